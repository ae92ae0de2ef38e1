"""Self-hosting: a real `python -m bot run` and `python -m bot sync` against the local Discord emulator."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.health import check_health
from tests.bot_process import bot_cli, clean_env
from tests.selfhosting_support import PROJECT_ROOT


def emulator_available() -> bool:
    """Whether tests/emulator can run standalone (`python -m tests.emulator`)."""
    return (PROJECT_ROOT / "tests" / "emulator" / "__main__.py").exists()


@pytest.fixture
def standalone_emulator(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Start `python -m tests.emulator` on a free port; yield the env a bot needs to reach it."""
    if not emulator_available():
        pytest.skip("the local Discord emulator (tests/emulator) is not available")
    token = "selfhosting-test-token"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.emulator", "--port", "0", "--token", token],
        cwd=PROJECT_ROOT,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        urls: dict[str, str] = {"DISCORD_TOKEN": token}
        assert process.stdout is not None
        deadline = time.monotonic() + 20
        while len(urls) < 3 and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            name, _, value = line.strip().partition("=")
            if name in ("DISCORD_API_BASE", "DISCORD_GATEWAY_URL"):
                urls[name] = value
        assert len(urls) == 3, f"the emulator did not start: {process.stderr.read() if process.stderr else ''}"
        yield urls
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


@pytest.mark.e2e
def test_the_real_bot_becomes_healthy_and_stops_cleanly_on_sigterm(
    standalone_emulator: dict[str, str], tmp_path: Path
) -> None:
    """`python -m bot run` as Docker runs it: healthy once connected, exit 0 within 10 s of SIGTERM."""
    heartbeat = tmp_path / "data" / "heartbeat.json"
    env = clean_env(
        **standalone_emulator,
        BOT_DATABASE_PATH=str(tmp_path / "data" / "faq.sqlite3"),
        BOT_HEARTBEAT_PATH=str(heartbeat),
        BOT_KNOWLEDGE_PATH=str(PROJECT_ROOT / "knowledge"),
    )
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        healthy, why = False, ""
        while time.monotonic() < deadline and bot.poll() is None:
            healthy, why = check_health(heartbeat)
            if healthy:
                break
            time.sleep(0.2)
        assert healthy, f"not healthy after 30 s: {why}"
        assert bot_cli("health", cwd=tmp_path, env=env).returncode == 0

        bot.send_signal(signal.SIGTERM)
        started = time.monotonic()
        _, stderr = bot.communicate(timeout=10)
        stopped_after = time.monotonic() - started
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.communicate()
    assert bot.returncode == 0, stderr[-2000:]
    assert stopped_after < 10
    assert "shut down cleanly" in stderr
    assert standalone_emulator["DISCORD_TOKEN"] not in stderr
    # the last heartbeat says "disconnected", so a health check right after the stop fails
    assert bot_cli("health", cwd=tmp_path, env=env).returncode == 1
    assert (tmp_path / "data" / "faq.sqlite3").exists()


@pytest.mark.e2e
def test_sync_registers_the_commands_without_starting_the_bot(
    standalone_emulator: dict[str, str], tmp_path: Path
) -> None:
    """`python -m bot sync` (what the README tells admins to run once) registers the commands and exits."""
    data = tmp_path / "data"
    env = clean_env(
        **standalone_emulator,
        BOT_DATABASE_PATH=str(data / "faq.sqlite3"),
        BOT_HEARTBEAT_PATH=str(data / "heartbeat.json"),
        BOT_KNOWLEDGE_PATH=str(PROJECT_ROOT / "knowledge"),
    )
    try:
        done = bot_cli("sync", cwd=tmp_path, env=env, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("`python -m bot sync` did not exit within 20 s")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Registered 6 commands" in done.stdout
    for name in ("faq", "lupus-cart", "sources", "about", "faq-admin", "Find FAQ answer"):
        assert name in done.stdout
    # sync shares the data volume with a running bot in Docker: it must not write a heartbeat
    assert not (data / "heartbeat.json").exists()
