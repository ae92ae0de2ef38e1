#!/usr/bin/env python3
"""The baseline for bench/bench_load.py: the least a discord.py bot can do for `/faq` -- a fixed embed.

    DISCORD_TOKEN=... DISCORD_API_BASE=... DISCORD_GATEWAY_URL=... python bench/minimal_bot.py

It registers the same `/faq question [private]` command in the server named by BOT_DEV_GUILD_IDS and answers
every call with one fixed embed: no matching, no rendering, no storage, no cooldown. Its latency under a load is
what discord.py, aiohttp and the machine cost by themselves; the FAQ bot is compared with it.
"""

from __future__ import annotations

import asyncio
import os
import signal

import discord
import yarl
from discord import app_commands

EMBED = discord.Embed(
    title="Is CAR-T a cure for lupus?",
    description="A fixed answer of about the same size as the FAQ bot's. " * 8,
).add_field(name="Keep in mind", value="Only five patients were treated in this study. " * 4, inline=False)


def main() -> None:
    """Run until SIGTERM."""
    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"].rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    intents = discord.Intents.none()
    intents.guilds = True
    client = discord.Client(
        intents=intents,
        allowed_mentions=discord.AllowedMentions.none(),
        max_messages=None,
        member_cache_flags=discord.MemberCacheFlags.none(),
        chunk_guilds_at_startup=False,
    )
    tree = app_commands.CommandTree(client)
    guild = discord.Object(id=int(os.environ["BOT_DEV_GUILD_IDS"]))

    @tree.command(name="faq", description="Ask a question about CAR-T cell therapy for lupus", guild=guild)
    async def faq(interaction: discord.Interaction, question: str, private: bool = False) -> None:
        await interaction.response.send_message(embed=EMBED, ephemeral=private)

    async def setup_hook() -> None:
        await tree.sync(guild=guild)

    client.setup_hook = setup_hook  # type: ignore[method-assign]

    async def run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lambda: asyncio.ensure_future(client.close()))
        async with client:
            await client.start(os.environ["DISCORD_TOKEN"])

    asyncio.run(run())


if __name__ == "__main__":
    main()
