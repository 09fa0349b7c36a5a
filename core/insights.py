"""What the advisor records for study-group admins, and the settings they choose.

Adapters say who asked (platform, server, user); this turns that into salted-hash records on a
background Recorder, so nothing here ever delays a reply.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from core.faq import AskResult
from core.recorder import Recorder
from core.store import Report, Settings, Store, user_hash


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


class Insights:
    """Records votes, questions and quiz outcomes; reads reports and settings."""

    SETTINGS_TTL = 60.0  # seconds a server's settings are cached (replicas catch up within this)

    def __init__(self, store: Store, salt: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.recorder = Recorder(store)
        self.salt = salt
        self.clock = clock
        self._settings: dict[str, tuple[float, Settings]] = {}

    def question(self, who: Who, text: str, result: AskResult) -> None:
        if result.faq_id:
            self.recorder.submit(self.store.record_question, who.key, text, "answered", result.faq_id)
        elif result.why in ("unsure", "off-topic"):
            # Code look-ups, claims and empty messages are not gaps in the content.
            outcome = "unsure" if result.why == "unsure" else "unanswered"
            self.recorder.submit(self.store.record_question, who.key, text, outcome, None)

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
        self.recorder.flush()  # a report right after a vote shows that vote
        return self.store.report(scope_key)

    def close(self) -> None:
        self.recorder.close()
