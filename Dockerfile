# The advisor, for `docker compose up` (see docker-compose.yml): one image, one service per platform.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ADVISOR_CONTENT=/app/content \
    ADVISOR_DB=/app/data/advisor.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY core ./core
COPY bots ./bots
RUN pip install .
COPY content ./content

# Run as an unprivileged user; only ./data is writable.
RUN useradd --create-home --uid 10001 advisor && mkdir -p /app/data && chown advisor /app/data
USER advisor

RUN advisor check
EXPOSE 3000
# Healthy when the Discord bot's heartbeat is fresh or Slack's /health answers (compose narrows it).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["advisor", "health"]
CMD ["advisor", "run"]
