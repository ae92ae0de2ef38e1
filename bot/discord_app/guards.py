"""Abuse guards: a per-user cooldown (the recent-answer memory that stops duplicate public answers is in replies.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

#: Members remembered at once beyond which the idle ones are forgotten at the next use, whatever the time.
MAX_REMEMBERED = 10_000


class Cooldown:
    """Allow each user `rate` uses per `per_seconds`; remembers users only in memory, briefly.

    A member's recent uses are a small tuple of times, and members idle for `per_seconds` are forgotten at least
    once every `per_seconds`: after a burst from a thousand members the cooldown holds nobody for long (it held a
    growing deque per member until 10,000 had asked, and those scattered objects kept the burst's memory in use).
    """

    def __init__(self, rate: int, per_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per_seconds
        self._clock = clock
        self._uses: dict[int, tuple[float, ...]] = {}
        self._forget_at = clock() + per_seconds

    def retry_after(self, user_id: int) -> float:
        """Record a use and return 0, or return how many seconds the user should wait."""
        if self.per <= 0:
            return 0.0
        now = self._clock()
        self._forget_idle(now)
        uses = tuple(at for at in self._uses.get(user_id, ()) if now - at < self.per)
        if len(uses) >= self.rate:
            self._uses[user_id] = uses
            return self.per - (now - uses[0])
        self._uses[user_id] = (*uses, now)
        return 0.0

    def remembered(self) -> int:
        """How many members the cooldown holds now."""
        return len(self._uses)

    def _forget_idle(self, now: float) -> None:
        if now < self._forget_at and len(self._uses) <= MAX_REMEMBERED:
            return
        self._uses = {user: uses for user, uses in self._uses.items() if now - uses[-1] < self.per}
        self._forget_at = now + self.per
