"""Fixtures for driving the real FaqBot (in-process or as `python -m bot run`) through the Discord emulator."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.config import Config
from bot.discord_app.client import FaqBot
from bot.knowledge import load_knowledge
from tests.emulator import CallbackRecord, DiscordEmulator, FakeMember, FakeUser, fixed_snowflake, run_client

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
T = TypeVar("T")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder `e2e` (run only these with `-m e2e`)."""
    for item in items:
        if "tests/e2e/" in item.nodeid.replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


# ----- the bot, built as the runner builds it -----


def make_config(tmp_path: Path, **overrides: Any) -> Config:
    """A test config: database and heartbeat in tmp_path, no watcher, no cooldown or duplicate window unless asked."""
    base = Config(
        knowledge_path=str(KNOWLEDGE_DIR),
        database_path=str(tmp_path / "data" / "faq.sqlite3"),
        heartbeat_path=str(tmp_path / "data" / "heartbeat.json"),
        cooldown_rate=1000,
        duplicate_window_seconds=0.0,
        watch_knowledge=False,
        reload_debounce_ms=50,
        shutdown_grace_seconds=3.0,
    )
    return replace(base, **overrides)


def build_bot(config: Config) -> FaqBot:
    """Build FaqBot exactly as `python -m bot run` does, tuned only in discord.py's timing for fast tests."""
    result = load_knowledge(config.knowledge_path)
    engine = AnswerEngine(result.knowledge, crisis=config.crisis_resources(result.knowledge.crisis))
    bot = FaqBot(config, engine)
    # discord.py waits guild_ready_timeout (2 s) after the last GUILD_CREATE before on_ready, and sleeps 5 s
    # before every non-initial IDENTIFY; neither is the bot's behaviour, so tests shorten both.
    bot._connection.guild_ready_timeout = 0.05

    async def no_identify_wait(shard_id: int | None, *, initial: bool = False) -> None:
        return None

    bot.before_identify_hook = no_identify_wait  # type: ignore[method-assign]
    return bot


@contextlib.asynccontextmanager
async def running(emu: DiscordEmulator, bot: FaqBot, *, sync: bool = True) -> AsyncIterator[FaqBot]:
    """Run the bot against the emulator (commands synced globally), then shut it down as SIGTERM would."""
    async with run_client(emu, bot):
        if sync:
            await bot.tree.sync()
        try:
            yield bot
        finally:
            await bot.shutdown()


@pytest.fixture
async def emu() -> AsyncIterator[DiscordEmulator]:
    """A started emulator with a short heartbeat."""
    async with DiscordEmulator(heartbeat_interval_ms=500) as emulator:
        yield emulator


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """The default test config (see make_config)."""
    return make_config(tmp_path)


@pytest.fixture
async def bot(emu: DiscordEmulator, config: Config) -> AsyncIterator[FaqBot]:
    """The FAQ bot, connected and with its commands registered globally."""
    async with running(emu, build_bot(config)) as client:
        yield client


# ----- asking -----


async def ask(emu: DiscordEmulator, question: str, **kwargs: Any) -> CallbackRecord:
    """Send `/faq question:<question>` and return the bot's callback."""
    options: dict[str, Any] = {"question": question}
    if "private" in kwargs:
        options["private"] = kwargs.pop("private")
    return await (await emu.slash_command("faq", options, **kwargs))


def new_member(emu: DiscordEmulator, name: str, *, roles: list[int] | None = None) -> FakeMember:
    """Add a member (no roles unless given) to the default guild."""
    user = FakeUser(id=fixed_snowflake(), username=name, global_name=name.title())
    return emu.guild.add_member(FakeMember(user=user, roles=roles or []))


async def eventually(check: Callable[[], T | None], *, timeout: float = 3.0, what: str = "condition") -> T:
    """Poll `check` until it returns something truthy (for effects that happen after the reply)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what} (last value {value!r})")
        await asyncio.sleep(0.02)


async def gather_answered(handles: list[Any], *, timeout: float = 5.0) -> list[CallbackRecord]:
    """Wait for every interaction's callback."""
    return list(await asyncio.gather(*(h.wait_callback(timeout=timeout) for h in handles)))


# ----- the database, read as an outsider -----


def db_rows(path: str | Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run one query on the bot's SQLite file with a separate connection."""
    with contextlib.closing(sqlite3.connect(path, timeout=2.0)) as db:
        return list(db.execute(sql, params).fetchall())


def db_count(path: str | Path, table: str, where: str = "1", params: tuple[Any, ...] = ()) -> int:
    """Sum of `count` (or number of rows) in a table."""
    columns = {row[1] for row in db_rows(path, f"PRAGMA table_info({table})")}
    total = "coalesce(sum(count), 0)" if "count" in columns else "count(*)"
    return int(db_rows(path, f"SELECT {total} FROM {table} WHERE {where}", params)[0][0])


def every_value_in_db(path: str | Path) -> list[Any]:
    """Every value in every table of the database (for privacy checks)."""
    values: list[Any] = []
    tables = [r[0] for r in db_rows(path, "SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in db_rows(path, f"SELECT * FROM {table}"):
            values.extend(row)
    return values


# ----- embeds -----


def field(embed: dict[str, Any], name: str) -> str:
    """The value of the embed field called `name`."""
    for item in embed.get("fields") or []:
        if item["name"] == name:
            return str(item["value"])
    raise AssertionError(f"no field {name!r} in embed: {[f['name'] for f in embed.get('fields') or []]}")


def embed_length(embed: dict[str, Any]) -> int:
    """Discord's count toward the 6000-character total."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += len((embed.get("footer") or {}).get("text") or "") + len((embed.get("author") or {}).get("name") or "")
    for item in embed.get("fields") or []:
        total += len(item.get("name") or "") + len(item.get("value") or "")
    return total


def select_values(components: list[dict[str, Any]]) -> dict[str, list[str]]:
    """custom_id -> option values of every select in the components."""
    out: dict[str, list[str]] = {}
    for row in components:
        for item in row.get("components") or []:
            if item.get("type") == 3:
                out[item["custom_id"]] = [o["value"] for o in item.get("options") or []]
    return out


def labels(components: list[dict[str, Any]]) -> list[str]:
    """Labels of every button in the components."""
    return [c["label"] for row in components for c in row.get("components") or [] if c.get("type") == 2]


# ----- `python -m bot run` as a self-hoster runs it -----


def bot_env(emu: DiscordEmulator, tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment a self-hoster gives the bot, pointed at the emulator, without inherited BOT_/DISCORD_ vars."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DISCORD_"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    env.update(
        DISCORD_TOKEN=emu.token,
        DISCORD_API_BASE=emu.api_base,
        DISCORD_GATEWAY_URL=emu.gateway_url,
        BOT_DEV_GUILD_IDS=str(emu.guild.id),
        BOT_DATABASE_PATH=str(tmp_path / "data" / "faq.sqlite3"),
        BOT_HEARTBEAT_PATH=str(tmp_path / "data" / "heartbeat.json"),
        BOT_KNOWLEDGE_PATH=str(KNOWLEDGE_DIR),
        BOT_WATCH_KNOWLEDGE="false",
        BOT_LOG_LEVEL="INFO",
    )
    env.update(extra)
    return env


@contextlib.contextmanager
def bot_process(env: dict[str, str], cwd: Path, *args: str) -> Iterator[subprocess.Popen[str]]:
    """Start `python -m bot run ARGS` (output to a file in cwd); kill it if the test leaves it running."""
    log = (cwd / "bot-stderr.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=log,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=5)
        log.close()


def process_log(cwd: Path) -> str:
    """What the bot process wrote to stderr."""
    return (cwd / "bot-stderr.log").read_text()


async def wait_exit(process: subprocess.Popen[str], timeout: float) -> int:
    """Wait (without blocking the event loop, which serves the emulator) for the process to exit."""
    deadline = time.monotonic() + timeout
    while process.poll() is None:
        if time.monotonic() > deadline:
            raise AssertionError(f"the bot process did not exit within {timeout}s")
        await asyncio.sleep(0.05)
    return int(process.returncode)


def with_answer_note(entry_yaml: str, note: str) -> str:
    """An entry file's text with `note` added as the first sentence of its (block scalar) answer."""
    lines = entry_yaml.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("answer:"))
    assert lines[at].rstrip().endswith((">-", ">", "|", "|-")), "expected a block scalar answer"
    indent = re.match(r"\s*", lines[at + 1])
    lines.insert(at + 1, f"{indent.group(0) if indent else '  '}{note}\n")
    return "".join(lines)


def entry_question(knowledge: Path, entry_id: str) -> str:
    """The question of an entry, read from its file."""
    return str(yaml.safe_load((knowledge / "entries" / f"{entry_id}.yaml").read_text())["question"])


def copy_knowledge(tmp_path: Path) -> Path:
    """A copy of the real FAQ folder that a test may edit or break."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target
