"""Tests for bot.storage: opening the database, its schema and migrations."""

from __future__ import annotations

import re
import sqlite3
import stat
import threading
from datetime import date
from pathlib import Path

import pytest

from bot.storage import (
    LATEST_VERSION,
    DeclinedQuestion,
    EntryStats,
    StorageError,
    Store,
)
from bot.storage.schema import MIGRATIONS
from tests.storage_helpers import (
    START,
    FakeClock,
    create_v1_database,
    query,
    schema_sql,
)

# --- opening, schema and migrations -------------------------------------------------------------


async def test_open_creates_folders_private_file_in_wal_mode(db_path: Path, store: Store) -> None:
    assert db_path.is_file()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert query(db_path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert list(await store._db.execute_fetchall("PRAGMA busy_timeout")) == [(250,)]
    assert store.enabled is True
    assert store.path == db_path


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len(MIGRATIONS) == LATEST_VERSION
    assert LATEST_VERSION >= 2


async def test_v1_database_is_migrated_and_reopening_is_idempotent(db_path: Path, clock: FakeClock) -> None:
    create_v1_database(db_path)
    assert "vote_hashes" not in {name for _, name, _ in schema_sql(db_path)}

    async with await Store.open(db_path, clock=clock) as store:
        # Rows from before schema 3 belong to no server until the bot, limited to one server, adopts them.
        seen = {
            "server 1 stats before adoption": (await store.stats(guild_id=1, since=START)).entries,
            "server 1 declined before adoption": await store.declined_questions(guild_id=1),
            "rows adopted": await store.adopt_legacy_rows(1),
            "server 1 stats": (await store.stats(guild_id=1, since=START)).entries,
            "server 1 declined": await store.declined_questions(guild_id=1),
            "server 2 declined": await store.declined_questions(guild_id=2),
        }
    # Data written under v1 survives the migration.
    assert seen == {
        "server 1 stats before adoption": (),
        "server 1 declined before adoption": [],
        "rows adopted": 2,
        "server 1 stats": (EntryStats("what-is-cart", served=4, helpful=0, not_helpful=0),),
        "server 1 declined": [DeclinedQuestion("Is it approved?", date(2025, 3, 1), 1)],
        "server 2 declined": [],
    }
    assert query(db_path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    tables = {name for _, name, _ in schema_sql(db_path)}
    assert {
        "answer_counts",
        "declined_questions",
        "crisis_counts",
        "vote_secrets",
        "vote_hashes",
        "vote_counts",
    } <= tables

    schema_after_first_open = schema_sql(db_path)
    async with await Store.open(db_path, clock=clock) as store:
        answered_after_reopening = (await store.stats(guild_id=1, since=START)).answered
    reopened = (
        answered_after_reopening,
        query(db_path, "PRAGMA user_version"),
        schema_sql(db_path),
        query(db_path, "SELECT * FROM answer_counts"),
    )
    assert reopened == (
        4,
        [(LATEST_VERSION,)],
        schema_after_first_open,
        [(1, "2025-03-01", "what-is-cart", "answered", 4)],
    )


async def test_failed_migration_rolls_back_to_the_old_version(db_path: Path, clock: FakeClock) -> None:
    create_v1_database(db_path)
    conn = sqlite3.connect(db_path)
    # A stray table with a v2 name makes the v2 step fail half-way through.
    conn.execute("CREATE TABLE vote_hashes (x)")
    conn.commit()
    conn.close()

    with pytest.raises(StorageError, match=re.escape(str(db_path))):
        await Store.open(db_path, clock=clock)
    assert query(db_path, "PRAGMA user_version") == [(1,)]
    tables = {name for _, name, _ in schema_sql(db_path)}
    assert "crisis_counts" not in tables
    assert "vote_secrets" not in tables


async def test_newer_schema_is_refused(db_path: Path, clock: FakeClock) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer than this bot understands") as caught:
        await Store.open(db_path, clock=clock)
    assert str(db_path) in str(caught.value)


async def test_unopenable_path_raises_storage_error_naming_it(tmp_path: Path, clock: FakeClock) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    path = blocker / "faq.sqlite3"
    with pytest.raises(StorageError) as caught:
        await Store.open(path, clock=clock)
    assert str(path) in str(caught.value)

    folder_as_database = tmp_path / "folder.sqlite3"
    folder_as_database.mkdir()
    with pytest.raises(StorageError, match=re.escape(str(folder_as_database))):
        await Store.open(folder_as_database, clock=clock)


async def test_a_failed_open_leaves_no_database_thread_behind(tmp_path: Path, clock: FakeClock) -> None:
    """A thread still running when the test's event loop closes reports "Event loop is closed" at teardown."""
    folder_as_database = tmp_path / "folder.sqlite3"
    folder_as_database.mkdir()
    before = set(threading.enumerate())
    with pytest.raises(StorageError):
        await Store.open(folder_as_database, clock=clock)
    workers = [t.name for t in threading.enumerate() if t not in before and "connection_worker" in t.name]
    assert workers == []


async def test_negative_retention_is_a_configuration_error(db_path: Path) -> None:
    with pytest.raises(ValueError, match="retention_days"):
        await Store.open(db_path, retention_days=-1)
