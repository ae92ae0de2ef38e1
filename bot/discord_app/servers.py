"""Which servers the bot serves: `allowed_guild_ids` (empty = all). Other servers are left and ignored.

New Discord applications are public by default: anyone can add the bot to their server. Every stored row is
scoped to its server, so another server never sees this community's data; with `allowed_guild_ids` set the
bot also leaves such servers at once and answers nothing there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.config import Config
from bot.storage import StoreLike

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

log = logging.getLogger("bot.servers")


def server_allowed(config: Config, guild_id: int | None) -> bool:
    """Say whether the bot serves this server (DMs and user installs outside servers are always served)."""
    return not config.allowed_guild_ids or guild_id is None or guild_id in config.allowed_guild_ids


async def leave_if_not_allowed(bot: FaqBot, guild: discord.Guild) -> bool:
    """Leave a server that is not in allowed_guild_ids, saying so in the log; True if it was left."""
    if server_allowed(bot.config, guild.id):
        return False
    log.warning("leaving server %s: it is not in allowed_guild_ids", guild.id)
    try:
        await guild.leave()
    except discord.HTTPException as exc:
        log.warning("could not leave server %s (%s); ignoring it instead", guild.id, exc)
    return True


async def adopt_legacy_rows(store: StoreLike, config: Config) -> None:
    """With exactly one allowed server, rows stored before servers were told apart can only be its own."""
    if len(config.allowed_guild_ids) != 1:
        return
    (guild_id,) = config.allowed_guild_ids
    moved = await store.adopt_legacy_rows(guild_id)
    if moved:
        log.info("storage: %d row(s) recorded before servers were told apart now belong to server %s", moved, guild_id)


class ServerGate(commands.Cog):
    """Leaves servers the bot does not serve: those it is in at start, and any that add it later."""

    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Leave every server that is not allowed."""
        for guild in list(self.bot.guilds):
            await leave_if_not_allowed(self.bot, guild)

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        """Leave a server that added the bot, unless it is allowed."""
        await leave_if_not_allowed(self.bot, guild)


__all__: list[Any] = ["ServerGate", "adopt_legacy_rows", "leave_if_not_allowed", "server_allowed"]
