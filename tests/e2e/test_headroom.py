"""Headroom under bursts: a bounded pool of connections to Discord; a handled interaction freed at once; a reloaded
FAQ's language wrappers are built before it goes live, not by the first interaction after it."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Callable, Iterator

import discord

from bot.discord_app.client import HTTP_CONNECTIONS, FaqBot
from bot.discord_app.language import _ENGINES, multilingual
from bot.discord_app.reload import reload_knowledge
from tests.e2e.conftest import gather_answered
from tests.emulator import DiscordEmulator, FakeUser, fixed_snowflake

QUESTION = "Is CAR-T a cure for lupus?"
CALLBACK = "POST /interactions/{interaction_id}/{token}/callback"
FOLLOW_UP = "POST /webhooks/{app_id}/{token}"


async def test_a_burst_is_answered_over_a_bounded_number_of_connections(emu: DiscordEmulator, bot: FaqBot) -> None:
    count = 3 * HTTP_CONNECTIONS
    handles = [
        await emu.slash_command("faq", {"question": QUESTION}, user=FakeUser(id=fixed_snowflake(), username=f"m{n}"))
        for n in range(count)
    ]
    callbacks = await gather_answered(handles, timeout=20)
    assert len(callbacks) == count
    await emu.wait_until(lambda: all(h.callback.type == 4 or h.followups for h in handles), 20, "every answer")
    peers = {r.peer for r in emu.requests if r.template in (CALLBACK, FOLLOW_UP)}
    assert None not in peers and 1 <= len(peers) <= HTTP_CONNECTIONS
    emu.assert_clean()


async def test_a_reloaded_faq_is_wrapped_for_languages_before_it_goes_live(emu: DiscordEmulator, bot: FaqBot) -> None:
    before = bot.engine
    outcome = await reload_knowledge(bot, trigger="test")
    assert outcome.ok and bot.engine is not before
    wrapped = _ENGINES.get(id(bot.engine))
    assert wrapped is not None and wrapped.engine is bot.engine  # built before the swap, not by an interaction
    assert multilingual(bot) is wrapped
    callback = await emu.slash_command("faq", {"question": QUESTION, "language": "de"})
    assert (await callback).embed["title"]  # answered by the new engine in German
    emu.assert_clean()


def _interactions_alive() -> int:
    return sum(isinstance(o, discord.Interaction) for o in gc.get_objects())


@contextlib.contextmanager
def _no_cyclic_collector() -> Iterator[int]:
    """Collect once, then keep the cyclic collector off; yields how many interactions are alive at the start."""
    gc.collect()
    gc.disable()
    try:
        yield _interactions_alive()
    finally:
        gc.enable()


async def _freed(emu: DiscordEmulator, before: int, done: Callable[[], bool], what: str) -> None:
    await emu.wait_until(lambda: done() and _interactions_alive() == before, 5, what)
    await asyncio.sleep(0.05)
    assert _interactions_alive() == before


async def test_a_handled_interaction_is_freed_without_the_cyclic_collector(emu: DiscordEmulator, bot: FaqBot) -> None:
    # An interaction and its response point at each other; the served wrapper breaks that cycle when the handler is
    # done, so a burst's interactions do not wait for a (rare) collection of the older generations.
    with _no_cyclic_collector() as before:
        users = [FakeUser(id=fixed_snowflake(), username=f"m{n}") for n in range(3)]
        handles = [await emu.slash_command("faq", {"question": QUESTION}, user=user) for user in users]
        handles.append(await emu.slash_command("faq", {"question": QUESTION, "private": True}))
        callbacks = await gather_answered(handles, timeout=10)
        assert [c.embed["title"] for c in callbacks] == [QUESTION] * 4
        await _freed(emu, before, lambda: bot.backlog.unacknowledged == 0, "the handlers' end")
    emu.assert_clean()


async def test_an_autocomplete_interaction_is_freed_without_the_cyclic_collector(
    emu: DiscordEmulator, bot: FaqBot
) -> None:
    # Autocomplete is asked at every keystroke; discord.py answers it after our callback returns, so the tree
    # breaks the interaction/response cycle once discord.py is done with it (FaqTree._call).
    with _no_cyclic_collector() as before:
        for typed in ("cu", "side eff", "cost"):
            callback = await (await emu.autocomplete("faq", {"question": typed}, focused="question"))
            assert callback.type == 8 and callback.data["choices"]  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
        await _freed(emu, before, lambda: True, "the autocomplete handlers' end")
    emu.assert_clean()
