"""Two servers, one bot: each server's moderators see only their own server's data; other servers can be refused."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ask, build_bot, db_rows, eventually, field, make_config, running
from tests.emulator import DiscordEmulator, FakeChannel, FakeGuild, FakeMember, FakeUser, default_world, fixed_snowflake
from tests.emulator.models import World

OURS = "what is the best pizza topping, call me on 555 123 4567"
THEIRS = "how do I bake sourdough bread"


def two_server_world() -> tuple[World, FakeGuild]:
    """The default world plus 'Other Server', owned by 'rival' (who has every permission there)."""
    world = default_world()
    rival = FakeUser(id=fixed_snowflake(50), username="rival", global_name="Rival")
    other = FakeGuild(
        id=fixed_snowflake(51),
        name="Other Server",
        owner_id=rival.id,
        channels=[FakeChannel(id=fixed_snowflake(52), name="lobby", position=0)],
        members=[FakeMember(user=rival), FakeMember(user=world.bot_user)],
    )
    world.guilds.append(other)
    return world, other


@pytest.fixture
async def emu2() -> AsyncIterator[tuple[DiscordEmulator, FakeGuild]]:
    world, other = two_server_world()
    async with DiscordEmulator(heartbeat_interval_ms=500, world=world) as emulator:
        yield emulator, other


async def admin(emu: DiscordEmulator, command: str, guild: object, user: str, **options: object) -> dict[str, object]:
    cb = await (await emu.slash_command(f"faq-admin {command}", dict(options), guild=guild, user=user))
    return cb.embed


async def test_each_server_sees_and_clears_only_its_own_rows(
    emu2: tuple[DiscordEmulator, FakeGuild], tmp_path: Path
) -> None:
    emu, other = emu2
    config = make_config(tmp_path)
    async with running(emu, build_bot(config)):
        await ask(emu, OURS, user="alice")
        await ask(emu, "Is CAR-T a cure for lupus?", user="alice")
        await ask(emu, THEIRS, guild=other, user="rival")
        db = config.database_path
        await eventually(lambda: len(db_rows(db, "SELECT * FROM declined_questions")) == 2, what="both declines")
        rows = set(db_rows(db, "SELECT guild_id, text FROM declined_questions"))
        assert rows == {(emu.guild.id, "what is the best pizza topping, call me on [phone]"), (other.id, THEIRS)}

        theirs = await admin(emu, "unanswered", other, "rival")
        assert THEIRS in str(theirs["description"]) and "pizza" not in str(theirs["description"])
        stats = await admin(emu, "stats", other, "rival")
        assert stats["description"] == "Answered: **0** · Declined: **1** · Crisis replies: **0**"
        assert "is-it-a-cure" not in field(stats, "Per entry")

        await admin(emu, "unanswered", other, "rival", clear=True)  # clears only the other server's list
        ours = await admin(emu, "unanswered", emu.guild, "modsquad")
        assert "pizza" in str(ours["description"]) and "sourdough" not in str(ours["description"])
        assert db_rows(db, "SELECT guild_id FROM declined_questions") == [(emu.guild.id,)]
        ours_stats = await admin(emu, "stats", emu.guild, "modsquad")
        assert ours_stats["description"] == "Answered: **1** · Declined: **1** · Crisis replies: **0**"
    emu.assert_clean()


async def test_with_allowed_guild_ids_the_bot_leaves_and_ignores_other_servers(
    emu2: tuple[DiscordEmulator, FakeGuild], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    emu, other = emu2
    config = make_config(tmp_path, allowed_guild_ids=(emu.guild.id,))
    with caplog.at_level(logging.INFO, logger="bot.servers"):
        async with running(emu, build_bot(config)) as bot:
            await eventually(lambda: other in emu.left_guilds, what="the bot to leave the other server")
            assert f"leaving server {other.id}: it is not in allowed_guild_ids" in caplog.text
            assert [g.id for g in bot.guilds] == [emu.guild.id]
            # Its own server is served as before.
            assert (await ask(emu, "Is CAR-T a cure for lupus?", user="alice")).embed["title"]

            # A server that adds the bot later is left at once.
            newcomer = FakeGuild(id=fixed_snowflake(60), name="Newcomer", owner_id=other.owner_id)
            emu.world.guilds.append(newcomer)
            joined = newcomer.to_gateway_dict()
            joined.pop("unavailable", None)  # a server that adds the bot, not one coming back online
            await emu.dispatch_event("GUILD_CREATE", joined)
            await eventually(lambda: newcomer in emu.left_guilds, what="the bot to leave the newcomer")

            # An interaction from a server it does not serve (a user install, say) gets no answer and no row.
            handle = await emu.slash_command("faq", {"question": THEIRS}, guild=other, user="rival", strict=False)
            with pytest.raises(AssertionError):
                await handle.wait_callback(timeout=0.5)
            await asyncio.sleep(0.2)
            assert db_rows(config.database_path, "SELECT * FROM declined_questions") == []
