"""Abuse guards: a per-user cooldown and no identical public answer twice in a channel within a short window."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


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


@dataclass(frozen=True)
class PostedAnswer:
    """Where an entry was last answered publicly in a channel."""

    url: str
    at: float


class RecentAnswers:
    """Remember public answers per (channel, entry) so the same one is not posted twice in a short window."""

    def __init__(self, window_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window_seconds
        self._clock = clock
        self._posted: dict[tuple[int, str], PostedAnswer] = {}

    def recent(self, channel_id: int, entry_id: str) -> PostedAnswer | None:
        """Return the earlier public answer of this entry in this channel, if it is within the window."""
        posted = self._posted.get((channel_id, entry_id))
        if posted and self._clock() - posted.at < self.window:
            return posted
        return None

    def remember(self, channel_id: int, entry_id: str, url: str) -> None:
        """Note that this entry was just answered publicly here."""
        now = self._clock()
        if len(self._posted) > 5_000:
            self._posted = {k: v for k, v in self._posted.items() if now - v.at < self.window}
        self._posted[(channel_id, entry_id)] = PostedAnswer(url, now)
