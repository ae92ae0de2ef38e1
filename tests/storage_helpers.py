"""Shared helpers and fixtures for the bot.storage tests (test_storage*.py); tests/conftest.py registers the
fixtures (clock, db_path, store) as a plugin."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from bot.storage import (
    Store,
)
from bot.storage.schema import MIGRATIONS

USER_ID = 123456789012345678
OTHER_USER_ID = 876543210987654321
START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
T = TypeVar("T")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, *, days: int) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "faq.sqlite3"


@pytest.fixture
async def store(db_path: Path, clock: FakeClock) -> AsyncIterator[Store]:
    opened = await Store.open(db_path, clock=clock)
    try:
        yield opened
    finally:
        await opened.close()


def query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read rows through a separate plain sqlite3 connection, as an outside observer would."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()


@contextlib.contextmanager
def locked_by_another_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """For the with block, another connection holds the database's exclusive lock (as another process could)."""
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield other
    finally:
        other.rollback()
        other.close()


async def within(seconds: float, work: Awaitable[T]) -> T:
    """What `work` returns, after checking it finished within `seconds` (a write must not wait on a lock)."""
    started = time.perf_counter()
    result = await work
    elapsed = time.perf_counter() - started
    assert elapsed < seconds, f"took {elapsed:.2f} s"
    return result


def file_bytes(path: Path) -> bytes:
    """Everything SQLite has on disk for the database: main file, WAL and shared memory index."""
    chunks = []
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            chunks.append(candidate.read_bytes())
    return b"".join(chunks)


def storage_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.storage" and r.levelno == logging.WARNING]


def create_v1_database(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        for statement in MIGRATIONS[0].statements:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO answer_counts VALUES ('2025-03-01', 'what-is-cart', 'answered', 4)")
        conn.execute(
            "INSERT INTO declined_questions (text, normalised, asked_on) "
            "VALUES ('Is it approved?', 'is it approved', '2025-03-01')"
        )
        conn.commit()
    finally:
        conn.close()


def schema_sql(path: Path) -> list[tuple[Any, ...]]:
    return query(path, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
