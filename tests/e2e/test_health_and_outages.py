"""Honest health and calm outages, through the emulator: what `python -m bot health` says while Discord stops
acknowledging heartbeats, goes away, or the database cannot be opened; and how the bot waits for Discord."""

from __future__ import annotations

import asyncio
import re
import signal
import socket
from pathlib import Path
from typing import Any

import pytest

import bot.discord_app.heartbeat as heartbeat_module
import bot.discord_app.store_opener as store_opener
from bot.health import check_health, read_heartbeat
from tests.e2e.conftest import (
    ask,
    bot_env,
    bot_process,
    build_bot,
    eventually,
    make_config,
    process_log,
    running,
    wait_exit,
)
from tests.emulator import DiscordEmulator

QUESTION = "Is CAR-T a cure for lupus?"


@pytest.fixture(autouse=True)
def quick_heartbeat(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write the heartbeat file every 0.1 s instead of every 5 s, so the tests need not wait."""
    monkeypatch.setattr(heartbeat_module, "HEARTBEAT_SECONDS", 0.1)


def report(path: str, grace: float = 60.0) -> tuple[bool, dict[str, Any]]:
    """What `python -m bot health` decides from the heartbeat file."""
    return check_health(path, grace_seconds=grace)


async def test_health_fails_when_discord_stops_acknowledging_heartbeats(emu: DiscordEmulator, tmp_path: Path) -> None:
    config = make_config(tmp_path)
    async with running(emu, build_bot(config)) as bot:
        await eventually(lambda: report(config.heartbeat_path)[1].get("gateway"), what="a live gateway")
        ok, got = report(config.heartbeat_path)
        assert ok and got["knowledge"] and got["storage"] and got["failing"] == []
        assert got["heartbeat_ack_age"] is not None and got["heartbeat_ack_age"] <= 1.0  # interval 0.5 s

        emu.ack_heartbeats = False  # a zombie connection: open, ready, but silent
        await eventually(lambda: report(config.heartbeat_path)[1]["failing"] == ["gateway"], timeout=5)
        assert bot.is_ready() and not bot.is_closed()  # what health used to look at
        ok, got = report(config.heartbeat_path)
        assert ok and "healthy for now" in got["status"]  # within the grace period
        await asyncio.sleep(0.4)
        ok, got = report(config.heartbeat_path, grace=0.3)
        assert not ok and "not connected to Discord" in got["status"] and got["heartbeat_ack_age"] > 1.0

        emu.ack_heartbeats = True
        await eventually(lambda: report(config.heartbeat_path)[1]["failing"] == [], timeout=5)
        assert (await ask(emu, QUESTION)).embed["title"] == QUESTION


async def test_health_fails_while_discord_is_gone_and_recovers(tmp_path: Path) -> None:
    async with DiscordEmulator(heartbeat_interval_ms=500) as emu:
        config = make_config(tmp_path)
        async with running(emu, build_bot(config)) as bot:
            await eventually(lambda: report(config.heartbeat_path)[1].get("gateway"), what="a live gateway")
            port = emu.port
            await emu.stop()  # Discord unreachable: the bot's reconnect loop runs, is_ready() stays True
            await eventually(lambda: not report(config.heartbeat_path)[1]["gateway"], timeout=5)
            assert bot.is_ready()
            assert not report(config.heartbeat_path, grace=0.0)[0]
            emu.port = port
            await emu.start()
            await eventually(lambda: report(config.heartbeat_path)[1]["gateway"], timeout=30, what="a reconnect")
            assert report(config.heartbeat_path, grace=0.0)[0]


async def test_a_database_that_cannot_be_opened_is_reported_and_retried(
    emu: DiscordEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_opener, "FIRST_RETRY_SECONDS", 0.3)
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("not a folder")  # the database's folder cannot be created: fails for root too
    config = make_config(tmp_path, database_path=str(blocker / "faq.sqlite3"))
    async with running(emu, build_bot(config)) as bot:
        await eventually(lambda: report(config.heartbeat_path)[1].get("gateway"), what="a live gateway")
        got = report(config.heartbeat_path)[1]
        assert got["storage"] is False and got["failing"] == ["storage"]
        assert (await ask(emu, QUESTION)).embed["title"] == QUESTION  # answering goes on without storage
        assert not report(config.heartbeat_path, grace=0.0)[0]

        blocker.unlink()  # the self-hoster fixes the volume
        await eventually(lambda: report(config.heartbeat_path)[1]["storage"], timeout=10, what="storage back")
        assert bot.store.enabled
        assert report(config.heartbeat_path, grace=0.0)[0]
    state = read_heartbeat(config.heartbeat_path)
    assert state is not None and state.stopped


def free_port() -> int:
    """A loopback port nothing listens on (yet)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_starting_without_discord_waits_calmly_and_connects_when_it_is_back(tmp_path: Path) -> None:
    port = free_port()
    emu = DiscordEmulator(port=port, heartbeat_interval_ms=500)
    env = bot_env(emu, tmp_path, BOT_DUPLICATE_WINDOW_SECONDS="0")
    env.update(
        DISCORD_API_BASE=f"http://127.0.0.1:{port}/api/v10", DISCORD_GATEWAY_URL=f"ws://127.0.0.1:{port}/gateway"
    )
    with bot_process(env, tmp_path) as process:
        await eventually(
            lambda: process_log(tmp_path).count("Discord unreachable") >= 2, timeout=20, what="two attempts"
        )
        assert process.poll() is None  # still running: no crash, no restart loop
        async with emu:
            await emu.wait_ready(timeout=30)
            await eventually(lambda: "connected as" in process_log(tmp_path), timeout=10, what="on_ready")
            assert (await ask(emu, QUESTION)).embed["title"] == QUESTION
            # Discord goes away again while connected: discord.py's own reconnect loop, also one line each
            lines_before = process_log(tmp_path).count("Discord unreachable")
            await emu.stop()
            await eventually(
                lambda: process_log(tmp_path).count("Discord unreachable") > lines_before, timeout=20, what="a retry"
            )
            await emu.start()
            await eventually(lambda: emu.resume_count + emu.ready_count >= 2, timeout=30, what="a reconnect")
            assert (await ask(emu, QUESTION)).embed["title"] == QUESTION
            process.send_signal(signal.SIGTERM)
            assert await wait_exit(process, timeout=10) == 0
    log = process_log(tmp_path)
    attempts = [line for line in log.splitlines() if "Discord unreachable" in line]
    assert attempts[0].endswith(tuple(f"retrying in {n} s" for n in (2, 3)))  # 2 s ± 20 %
    for line in attempts:
        assert re.search(r"WARNING .*Discord unreachable \(connection refused\); retrying in \d+ s$", line), line
    assert "Traceback" not in log and "Attempting a reconnect" not in log
    assert "connected as" in log and "shut down cleanly" in log, log


async def test_a_rejected_token_stops_at_once_in_one_line(emu: DiscordEmulator, tmp_path: Path) -> None:
    env = bot_env(emu, tmp_path, DISCORD_TOKEN="not-the-right-token")
    with bot_process(env, tmp_path) as process:
        assert await wait_exit(process, timeout=20) == 2
    log = process_log(tmp_path)
    refused = [line for line in log.splitlines() if "refused the token" in line]
    assert len(refused) == 1 and "Traceback" not in log and "retrying" not in log
    assert len(emu.requests_matching("GET /users/@me")) == 1  # no retries
