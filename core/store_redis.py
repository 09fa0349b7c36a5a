"""The Redis store: the same interface as SQLite, for several replicas sharing state (REDIS_URL).

Keys (all under "advisor:"): votes:{scope}:{faq} hash user -> 1/0; answered:{scope} hash faq ->
count; missed:{scope} sorted set of "at|id|text" scored by time (so retention is one range
delete); quiz:{scope} hash outcome -> count; settings:{scope} JSON; scopes set.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import time
from collections.abc import Iterator

import redis

from core.store import (
    DAY,
    RETENTION_DAYS,
    Outcome,
    Report,
    Settings,
    merge_counts,
    settings_from_json,
    settings_to_json,
    trim_question,
)

PREFIX = "advisor:"


class RedisStore:
    """Store over one Redis database; every write is one atomic command or transaction."""

    def __init__(self, url: str, retention_days: int = RETENTION_DAYS) -> None:
        self.retention = retention_days * DAY
        self._redis = redis.Redis.from_url(url, decode_responses=True, socket_timeout=5)
        self._ids = itertools.count()
        self._tag = f"{os.getpid()}-{id(self):x}"  # keeps equal texts at the same instant distinct
        self._batch: redis.client.Pipeline | None = None

    def _key(self, *parts: str) -> str:
        return PREFIX + ":".join(parts)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Send every write made inside as one round trip (the Recorder batches its queue)."""
        self._batch = self._redis.pipeline(transaction=False)
        try:
            yield
            self._batch.execute()
        finally:
            self._batch = None

    @contextlib.contextmanager
    def _pipe(self) -> Iterator[redis.client.Pipeline]:
        if self._batch is not None:
            yield self._batch
            return
        with self._redis.pipeline() as pipe:
            yield pipe
            pipe.execute()

    def vote(self, scope: str, faq_id: str, user: str, helpful: bool) -> None:
        with self._pipe() as pipe:
            pipe.hset(self._key("votes", scope, faq_id), user, int(helpful))
            pipe.sadd(self._key("voted", scope), faq_id)
            pipe.sadd(self._key("scopes"), scope)

    def record_question(
        self, scope: str, text: str, outcome: Outcome, faq_id: str | None = None, count: int = 1
    ) -> None:
        with self._pipe() as pipe:
            if outcome == "answered":
                pipe.hincrby(self._key("answered", scope), faq_id or "?", count)
            else:
                now = time.time()
                member = f"{now:.6f}|{self._tag}-{next(self._ids)}|{trim_question(text)}"
                pipe.zadd(self._key("missed", scope), {member: now})
            pipe.sadd(self._key("scopes"), scope)

    def record_quiz(self, scope: str, outcome: str) -> None:
        with self._pipe() as pipe:
            pipe.hincrby(self._key("quiz", scope), outcome, 1)
            pipe.sadd(self._key("scopes"), scope)

    def settings(self, scope: str) -> Settings:
        data = self._redis.get(self._key("settings", scope))
        return settings_from_json(data) if data else Settings()

    def save_settings(self, scope: str, settings: Settings) -> None:
        self._redis.set(self._key("settings", scope), settings_to_json(settings))

    def report(self, scope: str | None = None, limit: int = 10) -> Report:
        scopes = [scope] if scope else sorted(self._redis.smembers(self._key("scopes")))
        answered: list[tuple[str, int]] = []
        missed: list[tuple[str, int]] = []
        helpfulness: dict[str, tuple[int, int]] = {}
        quiz: dict[str, int] = {}
        for s in scopes:
            answered += [(f, int(n)) for f, n in self._redis.hgetall(self._key("answered", s)).items()]
            missed += [(m.split("|", 2)[2], 1) for m in self._redis.zrange(self._key("missed", s), 0, -1)]
            for faq_id in self._redis.smembers(self._key("voted", s)):
                values = self._redis.hvals(self._key("votes", s, faq_id))
                up, down = helpfulness.get(faq_id, (0, 0))
                helpfulness[faq_id] = (up + values.count("1"), down + values.count("0"))
            for outcome, n in self._redis.hgetall(self._key("quiz", s)).items():
                quiz[outcome] = quiz.get(outcome, 0) + int(n)
        return Report(merge_counts(answered, limit), merge_counts(missed, limit), helpfulness, quiz)

    def purge(self, now: float | None = None) -> int:
        cutoff = (now or time.time()) - self.retention
        return sum(
            int(self._redis.zremrangebyscore(self._key("missed", s), "-inf", f"({cutoff}"))
            for s in self._redis.smembers(self._key("scopes"))
        )

    def salt(self) -> str:
        """Shared by every replica: the first to ask sets it."""
        self._redis.setnx(self._key("salt"), secrets.token_hex(16))
        return str(self._redis.get(self._key("salt")))

    def close(self) -> None:
        self._redis.close()
