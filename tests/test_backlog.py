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


async def test_a_loop_running_late_right_now_puts_the_bot_behind_and_a_slow_step_that_is_over_does_not() -> None:
    backlog = Backlog()
    probe = asyncio.create_task(backlog.probe(interval=0.01))
    try:
        await asyncio.sleep(0.05)
        assert not backlog.behind()
        time.sleep(1.0)  # blocks the event loop, as a long synchronous step would
        # Code that runs now (before the probe could wake) sees the loop running late.
        assert backlog.lag_now() >= 0.9 and backlog.behind()
        for _ in range(100):  # let the probe run again (whatever the machine's load)
            await asyncio.sleep(0.01)
            if backlog.lag >= 0.9:
                break
        assert backlog.lag >= 0.9  # what the probe measured
        assert backlog.lag_now() < backlog_module.BEHIND_LAG_SECONDS and not backlog.behind()
    finally:
        probe.cancel()
    await asyncio.gather(probe, return_exceptions=True)
    assert backlog.lag_now() == 0.0  # no probe, no lag


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


async def test_follow_ups_after_a_burst_go_a_few_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backlog_module, "FOLLOW_UPS_AT_ONCE", 2)
    backlog = Backlog()
    inside = 0
    most = 0
    release = asyncio.Event()

    async def answer() -> None:
        nonlocal inside, most
        async with backlog.follow_up():
            inside += 1
            most = max(most, inside)
            await release.wait()
            inside -= 1

    tasks = [asyncio.create_task(answer()) for _ in range(5)]
    for _ in range(10):
        await asyncio.sleep(0)
    assert inside == 2  # the other three wait for a place
    release.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert most == 2 and inside == 0
