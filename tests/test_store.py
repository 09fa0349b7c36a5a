"""One contract suite for both storage backends: SQLite on a temp file and a real redis-server."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from core.store import DAY, MIGRATIONS, Settings, SqliteStore, open_store, user_hash
from tests.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


class Backend:
    """Opens the store under test, and reopens it as a restarted process would."""

    def __init__(self, kind: str, tmp_path, redis_server=None) -> None:
        self.kind, self.tmp_path, self.redis_server = kind, tmp_path, redis_server

    @property
    def url(self) -> str:
        return self.redis_server.url if self.kind == "redis" else f"sqlite:///{self.tmp_path / 'advisor.db'}"

    def open(self):
        return open_store(self.url, retention_days=90)

    def restart(self, store):
        store.close()
        if self.kind == "redis":
            self.redis_server.stop()
            self.redis_server.start()
        return self.open()


@pytest.fixture(params=["sqlite", "redis"])
def backend(request, tmp_path):
    if request.param == "redis":
        server = request.getfixturevalue("redis_server")
        server.flush()
        return Backend("redis", tmp_path, server)
    return Backend("sqlite", tmp_path)


@pytest.fixture
def store(backend):
    opened = backend.open()
    yield opened
    opened.close()


def test_one_vote_per_user_per_answer_and_changing_it(store):
    store.vote("g1", "coder-pay", "u1", True)
    store.vote("g1", "coder-pay", "u1", True)  # the same click again: not counted twice
    store.vote("g1", "coder-pay", "u2", True)
    store.vote("g1", "coder-pay", "u2", False)  # changed their mind
    store.vote("g1", "biller-pay", "u1", False)
    assert store.report("g1").helpfulness == {"coder-pay": (1, 1), "biller-pay": (0, 1)}


def test_questions_answered_and_missed(store):
    for _ in range(3):
        store.record_question("g1", "how much do coders make", "answered", "coder-pay")
    store.record_question("g1", "wfh?", "answered", "remote-work")
    store.record_question("g1", "  what is   the meaning of life ", "unsure")
    store.record_question("g1", "what is the meaning of life", "unsure")
    store.record_question("g1", "x" * 1000, "unanswered")
    report = store.report("g1")
    assert report.top_questions == [("coder-pay", 3), ("remote-work", 1)]
    assert report.unanswered[0] == ("what is the meaning of life", 2)
    assert ("x" * 300, 1) in report.unanswered  # trimmed to 300 characters


def test_reports_per_server_and_overall(store):
    store.record_question("g1", "q", "answered", "coder-pay")
    store.record_question("g2", "q", "answered", "coder-pay")
    store.record_quiz("g1", "coding")
    store.record_quiz("g2", "coding")
    store.record_quiz("g2", "both")
    assert store.report("g1").top_questions == [("coder-pay", 1)]
    assert store.report().top_questions == [("coder-pay", 2)]
    assert store.report("g2").quiz_outcomes == {"coding": 1, "both": 1}
    assert store.report().quiz_outcomes == {"coding": 2, "both": 1}


def test_settings_per_server(store):
    assert store.settings("g1") == Settings()
    chosen = Settings(answer_channels=("C1", "C2"), share_results=False)
    store.save_settings("g1", chosen)
    assert store.settings("g1") == chosen
    assert store.settings("g2") == Settings()


def test_retention_forgets_question_text(store):
    store.record_question("g1", "old unanswered question", "unanswered")
    store.record_question("g1", "how much", "answered", "coder-pay")
    assert store.purge(now=time.time() + 30 * DAY) == 0
    assert store.purge(now=time.time() + 91 * DAY) == 1
    report = store.report("g1")
    assert report.unanswered == [] and report.top_questions == [("coder-pay", 1)]


def test_500_concurrent_votes_from_100_users_are_exact(store):
    entries = ["coder-pay", "biller-pay", "remote-work", "job-outlook", "certification"]

    def vote(n: int) -> None:
        user, entry = f"user{n % 100}", entries[n // 100]
        store.vote("g1", entry, user, n % 3 != 0)

    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(vote, range(500)))
    helpfulness = store.report("g1").helpfulness
    for index, entry in enumerate(entries):
        up = sum(1 for n in range(index * 100, index * 100 + 100) if n % 3 != 0)
        assert helpfulness[entry] == (up, 100 - up)


def test_nothing_recorded_is_lost_on_restart(backend):
    store = backend.open()
    store.vote("g1", "coder-pay", "u1", True)
    store.record_question("g1", "what is the meaning of life", "unsure")
    store.record_quiz("g1", "billing")
    store.save_settings("g1", Settings(share_results=False))
    before = store.report("g1")
    reopened = backend.restart(store)
    try:
        assert reopened.report("g1") == before
        assert reopened.settings("g1") == Settings(share_results=False)
    finally:
        reopened.close()


def test_user_ids_are_stored_only_as_salted_hashes():
    a = user_hash("salt-1", "discord", "80088516616269824")
    assert a == user_hash("salt-1", "discord", "80088516616269824")
    assert a != user_hash("salt-2", "discord", "80088516616269824")
    assert a != user_hash("salt-1", "slack", "80088516616269824")
    assert "80088516616269824" not in a and len(a) == 24


def test_sqlite_schema_is_versioned(tmp_path):
    store = SqliteStore(tmp_path / "a.db")
    assert store.schema_version == len(MIGRATIONS)
    store.vote("g", "f", "u", True)
    store.close()
    again = SqliteStore(tmp_path / "a.db")  # reopening runs no migration twice and keeps data
    assert again.schema_version == len(MIGRATIONS)
    assert again.report("g").helpfulness == {"f": (1, 0)}
    again.close()


def test_salt_is_made_once_and_kept(backend):
    store = backend.open()
    salt = store.salt()
    assert len(salt) >= 16 and store.salt() == salt
    reopened = backend.restart(store)
    try:
        assert reopened.salt() == salt
    finally:
        reopened.close()
