"""The cogs are handed the store once (FaqBot.store) and count replies in whatever store they were given."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.answering.answer import Status
from bot.discord_app.client import FaqBot
from bot.storage import LiveStore, NullStore, Store
from tests.e2e.conftest import ask, eventually
from tests.emulator import DiscordEmulator

QUESTION = "Is CAR-T a cure for lupus?"


class CountingStore(NullStore):
    """Remembers what it was asked to count (a stand-in given to a cog instead of the bot's store)."""

    def __init__(self) -> None:
        self.counted: list[tuple[str | None, Status]] = []

    def count_answer(self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None) -> None:
        self.counted.append((entry_id, status))


async def test_the_cogs_hold_the_bots_one_store_with_the_database_behind_it(bot: FaqBot) -> None:
    member, moderator = bot.get_cog("MemberCommands"), bot.get_cog("ModeratorCommands")
    # (discord.py loads extensions as fresh module objects, so the cogs are looked up by name, not by class)
    assert member is not None and moderator is not None
    assert vars(member)["store"] is bot.store and vars(moderator)["store"] is bot.store
    assert isinstance(bot.store, LiveStore) and isinstance(bot.store.backend, Store)


async def test_a_reply_is_counted_in_the_store_the_cog_was_given(emu: DiscordEmulator, bot: FaqBot) -> None:
    member = bot.get_cog("MemberCommands")
    assert member is not None
    given = CountingStore()
    vars(member)["store"] = given
    callback = await ask(emu, QUESTION)
    assert callback.embed["title"] == QUESTION
    declined = await ask(emu, "What is the weather on Mars tomorrow?")
    assert declined.type == 4
    # A reply is counted after Discord has acknowledged it, so the count may come a moment after the reply.
    await eventually(lambda: len(given.counted) == 2, timeout=10, what="both replies counted")
    assert given.counted == [("is-it-a-cure", Status.ANSWERED), (None, Status.DECLINED)]
    await bot.store.flush()
    stats = await bot.store.stats(guild_id=emu.guild.id, since=datetime.now(UTC))
    assert stats.answered == 0 and stats.declined == 0  # nothing went to the bot's own store
    emu.assert_clean()
