"""What the advisor records for study-group admins, and the settings they choose.

Adapters say who asked (platform, server, user); this turns that into salted-hash records on a
background Recorder, so nothing here ever delays a reply.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from core.faq import AskResult
from core.recorder import Recorder
from core.store import Report, Settings, Store, user_hash

TALLY_SECONDS = 0.5  # how long answered-question counts gather before they are written
PURGE_SECONDS = 24 * 3600.0  # how often question text past its retention is forgotten


@dataclass(frozen=True)
class Who:
    """Who asked: the platform, the server (guild or workspace; "dm" outside one) and the user."""

    platform: str
    scope: str
    user: str

    @property
    def key(self) -> str:
        """The server as stored: platform and id together, so ids of two platforms never mix."""
        return f"{self.platform}:{self.scope}"

    @property
    def person(self) -> str:
        """This user in this server: whose conversation a follow-up belongs to."""
        return f"{self.key}:{self.user}"


class Insights:
    """Records votes, questions and quiz outcomes; reads reports and settings."""

    SETTINGS_TTL = 60.0  # seconds a server's settings are cached (replicas catch up within this)

    def __init__(self, store: Store, salt: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.recorder = Recorder(store)
        self.salt = salt
        self.clock = clock
        self._settings: dict[str, tuple[float, Settings]] = {}
        self._tally: Counter[tuple[str, str]] = Counter()
        self._tally_lock = threading.Lock()
        self._purging: threading.Timer | None = None
        self._purge_daily()

    def _purge_daily(self) -> None:
        """Retention runs at start and then once a day, on the recorder's thread."""
        self.recorder.submit(self.store.purge)
        self._purging = threading.Timer(PURGE_SECONDS, self._purge_daily)
        self._purging.daemon = True
        self._purging.start()

    def question(self, who: Who, text: str, result: AskResult) -> None:
        if result.faq_id:
            # Answered questions are only counted: tally in memory, write the sums in one go.
            with self._tally_lock:
                first = not self._tally
                self._tally[(who.key, result.faq_id)] += 1
            if first:  # write the sums a moment later, whatever has been counted by then
                timer = threading.Timer(TALLY_SECONDS, self.recorder.submit, (self._write_tally,))
                timer.daemon = True
                timer.start()
        elif result.why in ("unsure", "unclear", "off-topic", "not-covered"):
            # Code look-ups, claims and empty messages are not gaps in the content.
            outcome = "unsure" if result.why == "unsure" else "unanswered"
            self.recorder.submit(self.store.record_question, who.key, text, outcome, None)

    def _write_tally(self) -> None:
        with self._tally_lock:
            tally, self._tally = self._tally, Counter()
        for (scope, faq_id), count in tally.items():
            self.store.record_question(scope, "", "answered", faq_id, count)

    def vote(self, who: Who, faq_id: str, helpful: bool) -> None:
        user = user_hash(self.salt, who.platform, who.user)
        self.recorder.submit(self.store.vote, who.key, faq_id, user, helpful)

    def quiz(self, who: Who, outcome: str) -> None:
        self.recorder.submit(self.store.record_quiz, who.key, outcome)

    def settings(self, who: Who) -> Settings:
        """This server's settings; read on every channel message, so cached for a minute."""
        cached = self._settings.get(who.key)
        if cached and cached[0] > self.clock():
            return cached[1]
        settings = self.store.settings(who.key)
        self._settings[who.key] = (self.clock() + self.SETTINGS_TTL, settings)
        return settings

    def save_settings(self, who: Who, settings: Settings) -> None:
        self.store.save_settings(who.key, settings)
        self._settings[who.key] = (self.clock() + self.SETTINGS_TTL, settings)

    def report(self, scope_key: str | None) -> Report:
        self.recorder.submit(self._write_tally)
        self.recorder.flush()  # a report right after a vote or a question shows it
        return self.store.report(scope_key)

    def close(self) -> None:
        if self._purging is not None:
            self._purging.cancel()
        self.recorder.submit(self._write_tally)
        self.recorder.close()
