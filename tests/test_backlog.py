"""The backlog: when the bot is behind (many interactions waiting, or a lagging event loop) and acks first."""

from __future__ import annotations

import asyncio
import time

import pytest

import bot.discord_app.backlog as backlog_module
from bot.discord_app.backlog import Backlog


def test_many_interactions_waiting_for_their_first_response_put_the_bot_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backlog_module, "BEHIND_UNACKNOWLEDGED", 3)
    backlog = Backlog()
    with backlog.arrived(), backlog.arrived():
        assert backlog.unacknowledged == 2 and not backlog.behind()
        with backlog.arrived() as third:
            assert backlog.behind()
            backlog.acknowledged(third)
            backlog.acknowledged(third)  # counted once, however often it is reported
            assert backlog.unacknowledged == 2 and not backlog.behind()
    assert backlog.unacknowledged == 0


def test_a_lagging_event_loop_puts_the_bot_behind() -> None:
    backlog = Backlog()
    backlog.lag = backlog_module.BEHIND_LAG_SECONDS
    assert backlog.behind()
    backlog.lag = 0.0
    assert not backlog.behind()


async def test_the_probe_measures_how_late_the_loop_runs() -> None:
    backlog = Backlog()
    probe = asyncio.create_task(backlog.probe(interval=0.01))
    try:
        await asyncio.sleep(0.05)
        time.sleep(0.6)  # blocks the event loop, as a long synchronous step would
        for _ in range(100):
            await asyncio.sleep(0.01)
            if backlog.lag > 0:
                break
        assert backlog.lag >= 0.5
    finally:
        probe.cancel()


async def test_follow_ups_wait_until_every_waiting_interaction_is_acknowledged() -> None:
    backlog = Backlog()
    with backlog.arrived() as first, backlog.arrived() as second:
        backlog.acknowledged(first)
        waiting = asyncio.create_task(backlog.acks_first(limit=30))
        for _ in range(5):
            await asyncio.sleep(0)
        assert not waiting.done()  # `second` is still waiting for its acknowledgement
        backlog.acknowledged(second)
        await asyncio.wait_for(waiting, 5)
    await backlog.acks_first()  # nothing waiting: returns at once


async def test_follow_ups_do_not_wait_forever() -> None:
    backlog = Backlog()
    with backlog.arrived():
        await asyncio.wait_for(backlog.acks_first(limit=0.01), 5)
        assert backlog.unacknowledged == 1
