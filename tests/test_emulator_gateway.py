"""Tests of the Discord emulator itself (gateway: connecting, faults, reconnects, the standalone CLI), driving a real
discord.py 2.7 client in-process through it."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from typing import Any

import aiohttp
import discord
import pytest

from tests.emulator import (
    DiscordEmulator,
    point_discord_py_at,
    run_client,
)
from tests.emulator_bot import PROJECT_ROOT, EmuBot

# ------------------------------------------------------------------------------------------------
# connection


def assert_client_sees_the_guild(client: EmuBot, emu: DiscordEmulator) -> None:
    """What discord.py built from READY and GUILD_CREATE: its user, application, the guild's channels and roles."""
    assert client.user is not None and client.user.id == emu.bot_user.id
    assert client.application_id == emu.application_id
    guild = client.get_guild(emu.guild.id)
    assert guild is not None and guild.name == "Test Guild"
    assert {c.name for c in guild.text_channels} == {"general", "mod-log"}
    assert guild.get_role(emu.guild.role("Moderator").id) is not None
    assert guild.me is not None


async def test_connect_ready_and_guild_create(emu: DiscordEmulator) -> None:
    client = EmuBot(emu.guild.channel("mod-log").id)
    async with run_client(emu, client):
        assert_client_sees_the_guild(client, emu)
    routes = [r.route for r in emu.requests]
    assert "GET /users/@me" in routes and "GET /oauth2/applications/@me" in routes
    assert emu.identify_count == 1 and emu.ready_count == 1
    sent = [e.t for e in emu.gateway_log if e.direction == "send" and e.op == 0]
    assert sent[:2] == ["READY", "GUILD_CREATE"]
    connect = next(e for e in emu.gateway_log if e.direction == "connect")
    assert connect.data["compress"] == "zlib-stream"  # discord.py 2.7 asks for it; frames were zlib-compressed
    assert any(e.direction == "recv" and e.op == 1 for e in emu.gateway_log)  # heartbeat sent and ACKed
    emu.assert_clean()


async def test_wrong_token_is_refused(emu: DiscordEmulator) -> None:
    client = discord.Client(intents=discord.Intents.none())
    with point_discord_py_at(emu), pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    assert emu.requests[-1].status == 401
    assert emu.violations_of("auth")


async def test_rest_basics_with_raw_http(emu: DiscordEmulator) -> None:
    headers = {"Authorization": f"Bot {emu.token}"}
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{emu.api_base}/users/@me", headers=headers) as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"] == "application/json"  # exactly, or discord.py reads text
            assert (await resp.json())["id"] == str(emu.bot_user.id)
        async with session.get(f"{emu.api_base}/users/@me") as resp:
            assert resp.status == 401
        async with session.get(f"{emu.api_base}/nope/nothing", headers=headers) as resp:
            assert resp.status == 404
        async with session.get(f"{emu.api_base}/gateway/bot", headers=headers) as resp:
            assert (await resp.json())["url"] == emu.gateway_url
    assert [r.route for r in emu.unknown_requests] == ["GET /nope/nothing"]


# ------------------------------------------------------------------------------------------------
# faults and gateway disruption


async def test_rate_limited_callback_is_retried(emu: DiscordEmulator, bot: EmuBot) -> None:
    fault = emu.inject_rate_limit("POST /interactions/*/callback", retry_after=0.1)
    handle = await emu.slash_command("faq", {"question": "rate limited?"})
    cb = await handle
    assert cb.embed["title"] == "Answer: rate limited?"
    assert fault.hits == 1
    assert [status for _, status in handle.attempts] == [200]
    statuses = [r.status for r in emu.requests_matching("POST /interactions/*/callback")]
    assert statuses == [429, 200]
    emu.assert_clean()


async def test_server_error_and_delay_injection(emu: DiscordEmulator, bot: EmuBot) -> None:
    emu.inject_error("GET /channels/*", status=403, code=50001, message="Missing Access")
    with pytest.raises(discord.Forbidden) as excinfo:
        await bot.fetch_channel(emu.guild.channel("general").id)
    assert excinfo.value.code == 50001
    emu.inject_delay("GET /channels/*", 0.2)
    loop = asyncio.get_running_loop()
    start = loop.time()
    channel = await bot.fetch_channel(emu.guild.channel("general").id)
    assert channel.id == emu.guild.channel("general").id and loop.time() - start >= 0.2


async def test_gateway_drop_resumes_and_keeps_answering(emu: DiscordEmulator, bot: EmuBot) -> None:
    await emu.drop_connection()
    # dispatched while the bot is disconnected: buffered and replayed on RESUME
    handle = await emu.slash_command("faq", {"question": "after the drop"})
    await emu.wait_resumed()
    await asyncio.wait_for(bot.resumed.wait(), 2)
    assert (await handle).embed["title"] == "Answer: after the drop"
    assert emu.identify_count == 1 and emu.resume_count == 1
    cb = await (await emu.slash_command("faq", {"question": "and later"}))
    assert cb.embed["title"] == "Answer: and later"
    emu.assert_clean()


async def test_reconnect_and_invalid_session(emu: DiscordEmulator, bot: EmuBot) -> None:
    await emu.send_reconnect()
    await emu.wait_resumed()
    await emu.drop_connection(code=4000)  # a close frame instead of a TCP abort
    await emu.wait_resumed()
    assert emu.identify_count == 1
    await emu.invalidate_session(resumable=True)
    await emu.wait_resumed()
    await emu.invalidate_session(resumable=False)
    await emu.wait_ready()  # a fresh IDENTIFY -> READY
    assert emu.identify_count == 2 and emu.resume_count == 3
    cb = await (await emu.slash_command("faq", {"question": "new session"}))
    assert cb.embed["title"] == "Answer: new session"


async def test_uncompressed_gateway(emu: DiscordEmulator) -> None:
    emu.gateway_compression = False
    client = EmuBot(emu.guild.channel("mod-log").id)
    async with run_client(emu, client):
        await client.tree.sync()
        assert (await (await emu.slash_command("faq", {"question": "plain text frames"}))).type == 4


def test_standalone_cli() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.emulator", "--port", "0", "--token", "cli-token"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
    )
    try:
        assert proc.stdout is not None
        api = proc.stdout.readline().strip()
        gateway = proc.stdout.readline().strip()
        assert api.startswith("DISCORD_API_BASE=http://127.0.0.1:") and api.endswith("/api/v10")
        assert gateway.startswith("DISCORD_GATEWAY_URL=ws://127.0.0.1:") and gateway.endswith("/gateway")

        async def probe() -> dict[str, Any]:
            base = api.split("=", 1)[1]
            async with (
                aiohttp.ClientSession() as session,
                session.get(f"{base}/users/@me", headers={"Authorization": "Bot cli-token"}) as resp,
            ):
                return dict(await resp.json())

        assert asyncio.run(probe())["username"] == "FAQ Bot"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
