"""What each person asked about last, for a short while, so "what about coders?" can follow on.

A small in-process memory, bounded in size and time. It is a convenience, not a record: a
restart forgets it, and a follow-up then reads as a question on its own.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

FOLLOW_UP_SECONDS = 15 * 60  # a conversation that paused longer than this starts afresh
PEOPLE = 10_000  # the most people remembered at once; the longest silent is forgotten first


@dataclass(frozen=True)
class Thread:
    """Where someone's conversation is: the entry they were last answered with, and the role
    ("billing", "coding" or "both") it was last about, which outlives answers for either role."""

    faq_id: str
    role: str


class Recent:
    """Each person's thread, forgotten after a pause."""

    def __init__(
        self,
        seconds: float = FOLLOW_UP_SECONDS,
        people: int = PEOPLE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._seconds = seconds
        self._people = people
        self._clock = clock
        self._topics: OrderedDict[str, tuple[Thread, float]] = OrderedDict()

    def thread(self, person: str) -> Thread | None:
        """Where this person's conversation is, if they spoke recently."""
        found = self._topics.get(person)
        if found is None:
            return None
        thread, when = found
        if self._clock() - when > self._seconds:
            self._topics.pop(person, None)
            return None
        return thread

    def remember(self, person: str, thread: Thread) -> None:
        """Note what this person was just answered with."""
        self._topics.pop(person, None)
        self._topics[person] = (thread, self._clock())
        while len(self._topics) > self._people:
            self._topics.popitem(last=False)

    def forget(self, person: str) -> None:
        """The conversation moved on to something the FAQ does not answer."""
        self._topics.pop(person, None)

    def __len__(self) -> int:
        return len(self._topics)
