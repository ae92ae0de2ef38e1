"""A loopback emulator of the parts of Discord's API a discord.py 2.7 bot uses.

It serves REST under ``http://127.0.0.1:PORT/api/v10`` and a Gateway websocket at
``ws://127.0.0.1:PORT/gateway``, validates everything the bot sends against Discord's limits (plus a
"never ping anyone" allowed_mentions policy), and lets tests inject interactions and faults.

In-process use (pytest, ``asyncio_mode=auto``)::

    from tests.emulator import DiscordEmulator, run_client

    async def test_faq():
        async with DiscordEmulator(heartbeat_interval_ms=500) as emu:
            bot = make_bot(guild_ready_timeout=0.05,
                           allowed_mentions=discord.AllowedMentions.none())
            async with run_client(emu, bot):          # patches discord.py, starts, waits for on_ready
                await bot.tree.sync()                 # registers commands with the emulator
                handle = await emu.slash_command("faq", {"query": "safety"})
                cb = await handle                     # CallbackRecord; raises EmulatorTimeout (AssertionError)
                assert cb.type == 4 and "safety" in cb.embed["title"]
            emu.assert_clean()                        # no violations / unknown routes

A bot running in another process is pointed at it with ``DISCORD_TOKEN=emu.token``,
``DISCORD_API_BASE=emu.api_base`` and ``DISCORD_GATEWAY_URL=emu.gateway_url``; ``await emu.wait_ready()``
then means it has logged in (and synced, if it syncs in ``setup_hook``). ``python -m tests.emulator
--port N --token T`` runs it standalone (prints both URLs, serves until SIGTERM, and exposes a small JSON
control API under ``/_emulator``). ``tests.emulator.fixtures`` has a ``discord_emulator`` pytest fixture.

Things discord.py does that tests must allow for: ``on_ready`` fires ``guild_ready_timeout`` (default 2 s)
after the last GUILD_CREATE; every non-initial IDENTIFY (after a non-resumable INVALID_SESSION) sleeps 5 s
in ``Client.before_identify_hook``; RESUME after a dropped connection is immediate.

Main entry points: :class:`DiscordEmulator` (server, interaction injection, gateway disruption, fault
injection, records), :class:`InteractionHandle` / :class:`CallbackRecord` / :class:`StoredMessage`
(what the bot answered), :func:`point_discord_py_at` and :func:`run_client` (in-process discord.py),
:func:`default_world` and the ``Fake*`` dataclasses (users, guilds, roles, channels, members).
"""

from .defaults import default_world
from .discordpy import point_discord_py_at, run_client
from .models import FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser, Perm, World, fixed_snowflake
from .records import EmulatorTimeout, Fault, GatewayEvent, InteractionHandle, Session, Violation
from .sent import CallbackRecord, RequestRecord, StoredMessage, UploadedFile
from .server import DEFAULT, CommandNotInvocable, DiscordEmulator

__all__ = [
    "DEFAULT",
    "CallbackRecord",
    "CommandNotInvocable",
    "DiscordEmulator",
    "EmulatorTimeout",
    "FakeChannel",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "Fault",
    "GatewayEvent",
    "InteractionHandle",
    "Perm",
    "RequestRecord",
    "Session",
    "StoredMessage",
    "UploadedFile",
    "Violation",
    "World",
    "default_world",
    "fixed_snowflake",
    "point_discord_py_at",
    "run_client",
]
