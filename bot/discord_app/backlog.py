"""How far behind the bot is, so a burst is acknowledged first and answered just after.

Discord forgets an interaction that is not acknowledged within 3 seconds. One answer takes a few milliseconds,
so the only way to miss that is a queue: a burst of interactions, or an event loop kept busy. The bot is behind
when interactions are waiting for their first response (`unacknowledged`) in large numbers, or when the event loop
is running scheduled work late right now (`lag_now()`: how overdue the wake-up of a probe that asks to wake every
PROBE_SECONDS is; a slow step that is over no longer counts once the probe has run). Then the served
wrapper acknowledges ("thinking…", a small request) before doing any work, and the follow-ups that carry the
answers wait until every waiting interaction has been acknowledged (at most ACKS_FIRST_MAX_SECONDS): with acks
first, the deadline depends only on how fast the bot can say "thinking…", not on how fast it can answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

#: Interactions waiting for their first response at which the bot is behind. Well above what an ordinary busy
#: server sends at once (the load benchmark keeps 50 in flight without reaching it), well below what a burst
#: that could miss the deadline queues.
BEHIND_UNACKNOWLEDGED = 100
#: Event-loop lag at which the bot is behind: scheduled work running this late means everything queues (the same
#: wait after which a single interaction is deferred, see replies.DEFER_AFTER_SECONDS).
BEHIND_LAG_SECONDS = 0.75
PROBE_SECONDS = 0.1
#: How long a follow-up waits for the acknowledgements queued before it; tokens stay valid for 15 minutes.
ACKS_FIRST_MAX_SECONDS = 5.0
#: Follow-ups sent at once after a burst: more only open more connections and hold more memory, all finishing
#: late together; a few at a time finish in arrival order.
FOLLOW_UPS_AT_ONCE = 16
#: First responses (a deferral, or the answer itself) being sent at once: as many as the bot keeps connections to
#: Discord (client.HTTP_CONNECTIONS). The rest wait here as a paused coroutine; waiting in aiohttp's queue for a
#: connection, each would already hold its whole request (payload, headers, URL, timers: about 10 KB), which in a
#: burst of 1,000 is memory the process keeps after the burst.
RESPONSES_AT_ONCE = 32


@dataclass
class Arrival:
    """One interaction in the backlog until its first response is sent."""

    acknowledged: bool = False


class Backlog:
    """Counts interactions waiting for their first response and measures the event loop's lag."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.unacknowledged = 0
        self.lag = 0.0  # the last lag the probe measured (for logs and tests)
        self._clock = clock
        self._probe_due: float | None = None
        self._none_waiting = asyncio.Event()
        self._none_waiting.set()
        self._follow_ups = asyncio.Semaphore(FOLLOW_UPS_AT_ONCE)
        self._responses = asyncio.Semaphore(RESPONSES_AT_ONCE)

    def behind(self) -> bool:
        """Whether answering in full before acknowledging could make a queued interaction miss the deadline."""
        return self.unacknowledged >= BEHIND_UNACKNOWLEDGED or self.lag_now() >= BEHIND_LAG_SECONDS

    def lag_now(self) -> float:
        """How late the event loop is right now: how long ago the probe should have woken (0 if it has)."""
        if self._probe_due is None:
            return 0.0
        return max(0.0, self._clock() - self._probe_due)

    @contextlib.contextmanager
    def arrived(self) -> Iterator[Arrival]:
        """Count an interaction as waiting until it is acknowledged (or its handling ends)."""
        arrival = Arrival()
        self.unacknowledged += 1
        self._none_waiting.clear()
        try:
            yield arrival
        finally:
            self.acknowledged(arrival)

    def acknowledged(self, arrival: Arrival) -> None:
        """The interaction got its first response (a deferral or the answer itself)."""
        if arrival.acknowledged:
            return
        arrival.acknowledged = True
        self.unacknowledged -= 1
        if self.unacknowledged == 0:
            self._none_waiting.set()

    @contextlib.asynccontextmanager
    async def follow_up(self, limit: float = ACKS_FIRST_MAX_SECONDS) -> AsyncIterator[None]:
        """Wait for the acknowledgements queued first, then for one of FOLLOW_UPS_AT_ONCE places to answer."""
        await self.acks_first(limit)
        async with self._follow_ups:
            yield

    @contextlib.asynccontextmanager
    async def responding(self) -> AsyncIterator[None]:
        """Wait for one of RESPONSES_AT_ONCE places to send a first response (in arrival order)."""
        async with self._responses:
            yield

    async def acks_first(self, limit: float = ACKS_FIRST_MAX_SECONDS) -> None:
        """Wait until no interaction is waiting for its acknowledgement (at most `limit` seconds)."""
        if self.unacknowledged == 0:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._none_waiting.wait(), limit)

    async def probe(self, interval: float = PROBE_SECONDS) -> None:
        """Measure the loop's lag every `interval` seconds, until cancelled."""
        try:
            while True:
                self._probe_due = self._clock() + interval
                await asyncio.sleep(interval)
                self.lag = self.lag_now()
        finally:
            self._probe_due = None
