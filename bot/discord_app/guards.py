"""Abuse guards: a per-user cooldown (the recent-answer memory that stops duplicate public answers is in replies.py)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class Cooldown:
    """Allow each user `rate` uses per `per_seconds`; remembers users only in memory, briefly."""

    def __init__(self, rate: int, per_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per_seconds
        self._clock = clock
        self._uses: dict[int, deque[float]] = {}

    def retry_after(self, user_id: int) -> float:
        """Record a use and return 0, or return how many seconds the user should wait."""
        if self.per <= 0:
            return 0.0
        now = self._clock()
        uses = self._uses.setdefault(user_id, deque())
        while uses and now - uses[0] >= self.per:
            uses.popleft()
        if len(uses) >= self.rate:
            return self.per - (now - uses[0])
        uses.append(now)
        if len(self._uses) > 10_000:  # forget idle users so memory stays bounded
            self._uses = {u: q for u, q in self._uses.items() if q and now - q[-1] < self.per}
        return 0.0
