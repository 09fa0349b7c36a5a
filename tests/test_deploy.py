"""docker-compose.yml, the Dockerfile and .env.example agree with what the code reads."""

from __future__ import annotations

import re

import yaml

from bots.cli import _parser
from bots.discord.bot import HEARTBEAT_FILE, HEARTBEAT_SECONDS
from bots.slack.app import HEALTH_PATH
from tests.conftest import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def env_vars_read_by_the_code() -> set[str]:
    names: set[str] = set()
    for path in [*(ROOT / "core").rglob("*.py"), *(ROOT / "bots").rglob("*.py")]:
        names.update(re.findall(r"os\.environ(?:\.get\(|\[)\"([A-Z_]+)\"", path.read_text()))
    return names


def test_services_and_their_commands():
    assert set(SERVICES) == {"redis", "discord", "slack"}
    for name in ("discord", "slack"):
        service = SERVICES[name]
        assert service["build"] == "." and (ROOT / "Dockerfile").exists()
        assert service["command"] == ["advisor", name]
        _parser().parse_args(service["command"][1:])  # a real subcommand of the advisor CLI
        assert service["profiles"] == [name]
        assert service["env_file"] == ".env"
        assert service["depends_on"]["redis"]["condition"] == "service_healthy"
        assert service["restart"] == "unless-stopped"


def test_environment_names_are_ones_the_code_reads():
    read = env_vars_read_by_the_code()
    for name in ("discord", "slack"):
        for var in SERVICES[name].get("environment", {}):
            assert var in read, var
        assert SERVICES[name]["environment"]["REDIS_URL"].startswith("redis://redis:")  # the service name


def test_env_example_documents_every_setting_the_code_reads():
    example = (ROOT / ".env.example").read_text()
    missing = [v for v in sorted(env_vars_read_by_the_code()) if v not in example and v != "CI"]
    assert missing == []


def test_healthchecks_match_the_code():
    slack = SERVICES["slack"]
    port = slack["environment"]["PORT"]
    assert slack["healthcheck"]["test"] == ["CMD", "advisor", "health", "slack"]
    assert slack["ports"] == [f"127.0.0.1:{port}:{port}"]  # published on loopback only
    discord = SERVICES["discord"]
    assert discord["healthcheck"]["test"] == ["CMD", "advisor", "health", "discord"]
    assert int(discord["healthcheck"]["interval"].rstrip("s")) >= HEARTBEAT_SECONDS
    assert 'CMD ["advisor", "health"]' in DOCKERFILE
    redis = SERVICES["redis"]
    assert redis["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]
    assert "redis-data:/data" in redis["volumes"] and "redis-data" in COMPOSE["volumes"]


def test_dockerfile_is_slim_non_root_and_finds_its_content():
    assert DOCKERFILE.startswith("#") and "FROM python:3.11-slim" in DOCKERFILE
    users = re.findall(r"^USER (\S+)", DOCKERFILE, re.M)
    assert users and users[-1] not in ("root", "0")
    assert "ADVISOR_CONTENT=/app/content" in DOCKERFILE and "COPY content ./content" in DOCKERFILE
    assert "RUN advisor check" in DOCKERFILE
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".env" in ignored and ".venv" in ignored  # secrets and local files stay out of the image


def test_health_command_reads_the_heartbeat_and_the_health_endpoint(tmp_path):
    import asyncio
    import os
    import subprocess
    import time

    from bots.slack.app import health_app
    from tests.conftest import ADVISOR_BIN
    from tests.loopback import serve

    beat = tmp_path / "alive"
    env = {"PATH": "/usr/bin:/bin", "ADVISOR_HEARTBEAT_FILE": str(beat), "PORT": "1"}

    def health(*platform: str) -> int:
        return subprocess.run([ADVISOR_BIN, "health", *platform], env=env, timeout=30).returncode

    assert health("discord") == 1  # no heartbeat yet
    beat.touch()
    assert health("discord") == 0 and health() == 0
    old = time.time() - 300
    os.utime(beat, (old, old))
    assert health("discord") == 1  # stale: the bot lost Discord
    assert HEARTBEAT_FILE.startswith("/tmp/")

    async def slack_check() -> int:
        runner, port = await serve(health_app())
        env["PORT"] = str(port)
        try:
            return await asyncio.to_thread(health, "slack")
        finally:
            await runner.cleanup()

    assert asyncio.run(slack_check()) == 0
    assert health("slack") == 1  # nothing listening any more
    assert HEALTH_PATH == "/health"
