"""The SQLite connection the store runs on: opening the file privately, pragmas, one-statement helpers, warnings."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any, Final

import aiosqlite

log = logging.getLogger("bot.storage")
# aiosqlite logs every statement with its parameters at DEBUG: question text and the vote secret. Never let it,
# whatever BOT_LOG_LEVEL says.
logging.getLogger("aiosqlite").setLevel(logging.INFO)

BUSY_TIMEOUT_SECONDS: Final = 0.25
NO_GUILD: Final = 0  # DMs and user installs: no server's moderators see these rows
LEGACY_GUILD: Final = -1  # rows recorded before schema 3, when servers were not told apart

# ValueError is what aiosqlite raises once its connection is closed.
DB_ERRORS: Final = (sqlite3.Error, OSError, ValueError)


def guild_of(guild_id: int | None) -> int:
    """The server a row belongs to: its guild id, or 0 for DMs and user-installed use outside servers."""
    return int(guild_id) if guild_id else NO_GUILD


def create_private_file(path: Path) -> None:
    """Create the parent folders, and the file readable by its owner only, if they are missing."""
    if str(path) == ":memory:":
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # The file holds the vote secret and question text; SQLite gives the -wal and -shm files
    # the same permissions as the database, so setting them here covers all three.
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


async def configure(db: aiosqlite.Connection, path: Path) -> None:
    """Set the connection pragmas every session needs."""
    await db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    await db.execute("PRAGMA foreign_keys = ON")
    # Deleted question text is overwritten with zeros instead of lingering in free pages.
    await db.execute("PRAGMA secure_delete = ON")
    rows = await fetchall(db, "PRAGMA journal_mode = WAL")
    mode = str(rows[0][0]).lower() if rows else "unknown"
    if mode != "wal" and str(path) != ":memory:":
        log.warning("storage: %s is in %s journal mode, not WAL; writes may wait on readers", path, mode)
    await db.execute("PRAGMA synchronous = NORMAL")


async def run(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> int:
    """Execute one statement and return the number of rows it changed."""
    async with db.execute(sql, params) as cursor:
        return cursor.rowcount


async def fetchall(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
    """Execute one query and return all its rows."""
    return list(await db.execute_fetchall(sql, params))


async def join_worker(connection: aiosqlite.Connection) -> None:
    """Wait for the worker thread of a connection that failed to open.

    aiosqlite stops that thread without waiting; if the event loop closes first, the thread's last report
    fails with "Event loop is closed" (seen as an unhandled-thread warning at test teardown and at exit).
    """
    worker = getattr(connection, "_thread", None)
    if isinstance(worker, threading.Thread) and worker.is_alive():
        await asyncio.to_thread(worker.join, 2.0)


async def close_quietly(db: aiosqlite.Connection) -> None:
    """Close a connection whose opening already failed, keeping the first error."""
    with suppress(*DB_ERRORS):
        await db.close()


def warn(action: str, path: Path, reason: object) -> None:
    """Log the single warning line a failed write produces, never including stored content."""
    detail = str(reason).replace("\n", " ")
    if isinstance(reason, BaseException):
        detail = f"{type(reason).__name__}: {detail}"
    log.warning("storage: could not %s in %s: %s", action, path, detail)
