"""A per-user rate limit ("5 questions in 30 seconds"), with the clock passed in so it tests."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable


class Cooldown:
    """At most `rate` uses per `per` seconds for each key."""

    def __init__(self, rate: int = 5, per: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.per, self.clock = rate, per, clock
        self._uses: dict[Hashable, deque[float]] = {}

    def hit(self, key: Hashable) -> float:
        """Record a use and return 0, or return the seconds to wait (recording nothing)."""
        now = self.clock()
        uses = self._uses.setdefault(key, deque())
        while uses and now - uses[0] >= self.per:
            uses.popleft()
        if len(uses) >= self.rate:
            return self.per - (now - uses[0])
        uses.append(now)
        if len(self._uses) > 10_000:  # forget idle users so memory stays bounded
            self._uses = {k: v for k, v in self._uses.items() if v and now - v[-1] < self.per}
        return 0.0
