"""Headroom under bursts: a bounded pool of connections to Discord; a reloaded FAQ's language wrappers are built
before it goes live, not by the first interaction after it."""

from __future__ import annotations

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
