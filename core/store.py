"""What the advisor remembers for study-group admins: votes, questions it could not answer,
quiz outcomes and per-server settings, behind one small interface with two real backends.

SQLite (a file under ./data, nothing to install) is the default; Redis (REDIS_URL) lets several
replicas share state. User ids are stored only as salted hashes; question text only when the
advisor could not answer, trimmed, and forgotten after the retention period.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

Outcome = Literal["answered", "unsure", "unanswered"]
QUESTION_CHARS = 300
RETENTION_DAYS = 90
DAY = 86_400.0


@dataclass(frozen=True)
class Settings:
    """Per server (Discord guild or Slack workspace), set by its admins."""

    answer_channels: tuple[str, ...] = ()  # channels answered without a mention (when confident)
    share_results: bool = True  # whether "Share my result" may post quiz results publicly


@dataclass(frozen=True)
class Report:
    """What a server's members asked and how the advisor did."""

    top_questions: list[tuple[str, int]] = field(default_factory=list)  # (faq id, times answered)
    unanswered: list[tuple[str, int]] = field(default_factory=list)  # (question text, times)
    helpfulness: dict[str, tuple[int, int]] = field(default_factory=dict)  # faq id -> (up, down)
    quiz_outcomes: dict[str, int] = field(default_factory=dict)


class Store(Protocol):
    """The storage interface both backends implement (tests run one suite against both)."""

    def vote(self, scope: str, faq_id: str, user: str, helpful: bool) -> None: ...
    def record_question(
        self, scope: str, text: str, outcome: Outcome, faq_id: str | None = None, count: int = 1
    ) -> None: ...
    def record_quiz(self, scope: str, outcome: str) -> None: ...
    def settings(self, scope: str) -> Settings: ...
    def save_settings(self, scope: str, settings: Settings) -> None: ...
    def report(self, scope: str | None = None, limit: int = 10) -> Report: ...
    def purge(self, now: float | None = None) -> int: ...
    def salt(self) -> str: ...
    def batch(self) -> contextlib.AbstractContextManager[None]: ...
    def close(self) -> None: ...


def user_hash(salt: str, platform: str, user_id: str) -> str:
    """A user's stable pseudonym: the same person votes once, and nobody can read the id back."""
    return hashlib.sha256(f"{salt}\0{platform}\0{user_id}".encode()).hexdigest()[:24]


def trim_question(text: str) -> str:
    """A question as stored: one line, at most 300 characters."""
    return " ".join(text.split())[:QUESTION_CHARS]


def open_store(url: str | None = None, retention_days: int = RETENTION_DAYS) -> Store:
    """REDIS_URL-style 'redis://…' for Redis, otherwise a SQLite file (default ./data/advisor.db)."""
    if url and url.startswith(("redis://", "rediss://", "unix://")):
        from core.store_redis import RedisStore

        return RedisStore(url, retention_days)
    path = url.removeprefix("sqlite:///") if url else "data/advisor.db"
    return SqliteStore(path, retention_days)


# --- SQLite --------------------------------------------------------------------------------

# Each entry moves the schema up one version (PRAGMA user_version); never edit a shipped one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE votes (
        scope TEXT NOT NULL, faq_id TEXT NOT NULL, user TEXT NOT NULL,
        helpful INTEGER NOT NULL, at REAL NOT NULL,
        PRIMARY KEY (scope, faq_id, user)
    );
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY, scope TEXT NOT NULL, at REAL NOT NULL,
        outcome TEXT NOT NULL, faq_id TEXT, text TEXT
    );
    CREATE INDEX questions_scope_at ON questions (scope, at);
    CREATE TABLE quiz (id INTEGER PRIMARY KEY, scope TEXT NOT NULL, at REAL NOT NULL, outcome TEXT NOT NULL);
    CREATE TABLE settings (scope TEXT PRIMARY KEY, data TEXT NOT NULL);
    """,
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    """
    ALTER TABLE questions ADD COLUMN count INTEGER NOT NULL DEFAULT 1;
    """,
)


class SqliteStore:
    """The default store: one SQLite file, safe to share between threads."""

    def __init__(self, path: str | Path, retention_days: int = RETENTION_DAYS) -> None:
        self.path = Path(path)
        self.retention = retention_days * DAY
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._migrate()

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        with self._lock:
            version = self.schema_version
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self._db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        with self._lock:
            self._db.execute(sql, params)

    def vote(self, scope: str, faq_id: str, user: str, helpful: bool) -> None:
        self._write(
            "INSERT INTO votes (scope, faq_id, user, helpful, at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (scope, faq_id, user) DO UPDATE SET helpful = excluded.helpful, at = excluded.at",
            (scope, faq_id, user, int(helpful), time.time()),
        )

    def record_question(
        self, scope: str, text: str, outcome: Outcome, faq_id: str | None = None, count: int = 1
    ) -> None:
        kept = None if outcome == "answered" else trim_question(text)
        self._write(
            "INSERT INTO questions (scope, at, outcome, faq_id, text, count) VALUES (?, ?, ?, ?, ?, ?)",
            (scope, time.time(), outcome, faq_id, kept, count),
        )

    def record_quiz(self, scope: str, outcome: str) -> None:
        self._write("INSERT INTO quiz (scope, at, outcome) VALUES (?, ?, ?)", (scope, time.time(), outcome))

    def settings(self, scope: str) -> Settings:
        with self._lock:
            row = self._db.execute("SELECT data FROM settings WHERE scope = ?", (scope,)).fetchone()
        return settings_from_json(row[0]) if row else Settings()

    def save_settings(self, scope: str, settings: Settings) -> None:
        self._write(
            "INSERT INTO settings (scope, data) VALUES (?, ?) "
            "ON CONFLICT (scope) DO UPDATE SET data = excluded.data",
            (scope, settings_to_json(settings)),
        )

    def report(self, scope: str | None = None, limit: int = 10) -> Report:
        where, params = ("WHERE scope = ?", (scope,)) if scope else ("", ())
        also = "AND" if scope else "WHERE"
        with self._lock:
            top = self._db.execute(
                f"SELECT faq_id, SUM(count) FROM questions {where} {also} outcome = 'answered' "
                "GROUP BY faq_id ORDER BY SUM(count) DESC, faq_id LIMIT ?",
                (*params, limit),
            ).fetchall()
            missed = self._db.execute(
                f"SELECT text, SUM(count) FROM questions {where} {also} outcome != 'answered' "
                "GROUP BY text ORDER BY SUM(count) DESC, text LIMIT ?",
                (*params, limit),
            ).fetchall()
            votes = self._db.execute(
                f"SELECT faq_id, SUM(helpful), SUM(1 - helpful) FROM votes {where} GROUP BY faq_id", params
            ).fetchall()
            quiz = self._db.execute(
                f"SELECT outcome, COUNT(*) FROM quiz {where} GROUP BY outcome", params
            ).fetchall()
        return Report(
            top_questions=[(f, n) for f, n in top],
            unanswered=[(t, n) for t, n in missed],
            helpfulness={f: (int(up), int(down)) for f, up, down in votes},
            quiz_outcomes=dict(quiz),
        )

    def purge(self, now: float | None = None) -> int:
        cutoff = (now or time.time()) - self.retention
        with self._lock:
            return self._db.execute(
                "DELETE FROM questions WHERE at < ? AND text IS NOT NULL", (cutoff,)
            ).rowcount

    def salt(self) -> str:
        """This store's secret salt for user hashes: made once, then always the same."""
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)", (secrets.token_hex(16),)
            )
            return self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()[0]

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Make every write inside one transaction (the Recorder batches its queue)."""
        with self._lock:
            self._db.execute("BEGIN")
        try:
            yield
        finally:
            with self._lock:
                self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()


def settings_to_json(settings: Settings) -> str:
    return json.dumps(
        {"answer_channels": list(settings.answer_channels), "share_results": settings.share_results}
    )


def settings_from_json(data: str) -> Settings:
    raw = json.loads(data)
    return Settings(tuple(raw.get("answer_channels", ())), bool(raw.get("share_results", True)))


def merge_counts(rows: list[tuple[str, int]], limit: int) -> list[tuple[str, int]]:
    """Counts summed by key, largest first (ties by key), at most `limit`."""
    totals: Counter[str] = Counter()
    for key, count in rows:
        totals[key] += count
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]
