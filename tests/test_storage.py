"""Tests for bot.storage: schema migrations, privacy rules, retention, votes and failure handling."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import sqlite3
import stat
import struct
import threading
import time
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.storage import (
    LATEST_VERSION,
    DeclinedQuestion,
    EntryStats,
    NullStore,
    Stats,
    StorageError,
    Store,
    StoreLike,
    VoteOutcome,
)
from bot.storage.question_text import normalise_question, redact_question
from bot.storage.schema import MIGRATIONS

USER_ID = 123456789012345678
OTHER_USER_ID = 876543210987654321
START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


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
    tables_v1 = {name for _, name, _ in schema_sql(db_path)}
    assert "vote_hashes" not in tables_v1

    async with await Store.open(db_path, clock=clock) as store:
        # Rows from before schema 3 belong to no server until the bot, limited to one server, adopts them.
        assert (await store.stats(guild_id=1, since=START)).entries == ()
        assert await store.declined_questions(guild_id=1) == []
        assert await store.adopt_legacy_rows(1) == 2
        stats = await store.stats(guild_id=1, since=START)
        declined = await store.declined_questions(guild_id=1)
        assert await store.declined_questions(guild_id=2) == []
    assert query(db_path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    tables = {name for _, name, _ in schema_sql(db_path)}
    assert {"answer_counts", "declined_questions", "crisis_counts", "vote_secrets", "vote_hashes"} <= tables
    assert "vote_counts" in tables
    # Data written under v1 survives the migration.
    assert stats.entries == (EntryStats("what-is-cart", served=4, helpful=0, not_helpful=0),)
    assert declined == [DeclinedQuestion("Is it approved?", date(2025, 3, 1), 1)]

    schema_after_first_open = schema_sql(db_path)
    async with await Store.open(db_path, clock=clock) as store:
        assert (await store.stats(guild_id=1, since=START)).answered == 4
    assert query(db_path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert schema_sql(db_path) == schema_after_first_open
    assert query(db_path, "SELECT * FROM answer_counts") == [(1, "2025-03-01", "what-is-cart", "answered", 4)]


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


# --- counting answers ---------------------------------------------------------------------------


async def test_record_answer_counts_per_day_entry_and_status(db_path: Path, store: Store) -> None:
    await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question="what is car-t?")
    await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None)
    await store.record_answer(guild_id=1, entry_id="side-effects", status="answered", question="side effects?")
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="Can I get it in Ohio?")

    assert sorted(query(db_path, "SELECT day, entry_id, status, count FROM answer_counts")) == [
        ("2025-03-01", "", "no_match", 1),
        ("2025-03-01", "side-effects", "answered", 1),
        ("2025-03-01", "what-is-cart", "answered", 2),
    ]
    # Answered questions never keep their text.
    assert query(db_path, "SELECT text FROM declined_questions") == [("Can I get it in Ohio?",)]


async def test_stats_filters_by_period(store: Store, clock: FakeClock) -> None:
    await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None)
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="old question")
    await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True)
    first_day = clock.now

    clock.advance(days=10)
    await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None)
    await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None)
    await store.record_answer(guild_id=1, entry_id="trial-sites", status="answered", question=None)
    await store.record_answer(guild_id=1, entry_id=None, status="crisis", question=None)
    await store.record_vote(guild_id=1, user_id=OTHER_USER_ID, entry_id="trial-sites", helpful=False)

    everything = await store.stats(guild_id=1, since=first_day)
    assert everything == Stats(
        since=date(2025, 3, 1),
        entries=(
            EntryStats("what-is-cart", served=3, helpful=1, not_helpful=0),
            EntryStats("trial-sites", served=1, helpful=0, not_helpful=1),
        ),
        answered=4,
        declined=1,
        crisis=1,
    )

    recent = await store.stats(guild_id=1, since=first_day + timedelta(days=5))
    assert recent == Stats(
        since=date(2025, 3, 6),
        entries=(
            EntryStats("what-is-cart", served=2, helpful=0, not_helpful=0),
            EntryStats("trial-sites", served=1, helpful=0, not_helpful=1),
        ),
        answered=3,
        declined=0,
        crisis=1,
    )

    assert await store.stats(guild_id=1, since=clock.now + timedelta(days=1)) == Stats.empty(date(2025, 3, 12))


async def test_unknown_status_is_logged_not_raised(
    db_path: Path, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    await store.record_answer(guild_id=1, entry_id="x", status="maybe", question="hello?")
    assert len(storage_warnings(caplog)) == 1
    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]


async def test_crisis_is_counted_without_text(db_path: Path, store: Store) -> None:
    await store.record_answer(guild_id=1, entry_id="crisis-help", status="crisis", question="I cannot cope anymore")
    await store.record_answer(guild_id=1, entry_id=None, status="crisis", question=None)

    assert query(db_path, "SELECT day, count FROM crisis_counts") == [("2025-03-01", 2)]
    assert query(db_path, "SELECT count(*) FROM declined_questions") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]
    assert [c[1] for c in query(db_path, "PRAGMA table_info(crisis_counts)")] == ["guild_id", "day", "count"]
    assert b"cannot cope" not in file_bytes(db_path)
    assert (await store.stats(guild_id=1, since=START)).crisis == 2


# --- declined questions -------------------------------------------------------------------------


async def test_declined_questions_listed_newest_first_with_counts(store: Store, clock: FakeClock) -> None:
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="What is CAR-T?")
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="Is it covered by insurance?")
    clock.advance(days=2)
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="what is   car-t")
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="Can teenagers join a trial?")
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="   ")

    assert await store.declined_questions(guild_id=1) == [
        DeclinedQuestion("Can teenagers join a trial?", date(2025, 3, 3), 1),
        DeclinedQuestion("what is car-t", date(2025, 3, 3), 2),
        DeclinedQuestion("Is it covered by insurance?", date(2025, 3, 1), 1),
    ]
    assert [q.text for q in await store.declined_questions(guild_id=1, limit=1)] == ["Can teenagers join a trial?"]
    assert await store.declined_questions(guild_id=1, limit=0) == []


async def test_declined_text_is_stored_redacted(db_path: Path, store: Store) -> None:
    await store.record_answer(
        guild_id=1,
        entry_id=None,
        status="no_match",
        question="<@!123456789012345678> told me in <#998877665544332211>,\nmail me at pat@example.org",
    )
    assert query(db_path, "SELECT text FROM declined_questions") == [("@user told me in #channel, mail me at [email]",)]


async def test_retention_zero_stores_no_text(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, retention_days=0, clock=clock) as store:
        await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="Does CAR-T cure lupus?")
        assert await store.declined_questions(guild_id=1) == []
        assert query(db_path, "SELECT count(*) FROM declined_questions") == [(0,)]
        assert query(db_path, "SELECT day, entry_id, status, count FROM answer_counts") == [
            ("2025-03-01", "", "no_match", 1)
        ]
    assert b"cure lupus" not in file_bytes(db_path)


async def test_switching_retention_to_zero_deletes_kept_text(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, retention_days=30, clock=clock) as store:
        await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="kept for now")
    assert query(db_path, "SELECT count(*) FROM declined_questions") == [(1,)]
    async with await Store.open(db_path, retention_days=0, clock=clock):
        assert query(db_path, "SELECT count(*) FROM declined_questions") == [(0,)]


async def test_clear_declined_questions_deletes_and_returns_count(db_path: Path, store: Store) -> None:
    for question in ("one?", "One", "two?"):
        await store.record_answer(guild_id=1, entry_id=None, status="no_match", question=question)
    assert await store.clear_declined_questions(guild_id=1) == 3
    assert query(db_path, "SELECT count(*) FROM declined_questions") == [(0,)]
    assert await store.declined_questions(guild_id=1) == []
    assert await store.clear_declined_questions(guild_id=1) == 0
    # The aggregate counts are not question text and stay.
    assert query(db_path, "SELECT count FROM answer_counts") == [(3,)]


# --- retention ----------------------------------------------------------------------------------


async def test_purge_after_retention_removes_text_and_vote_hashes(
    db_path: Path, store: Store, clock: FakeClock
) -> None:
    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="Zebra quokka question")
    assert await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True) == "counted"
    assert query(db_path, "SELECT count(*) FROM vote_hashes") == [(1,)]

    clock.advance(days=30)
    assert await store.purge_expired() == 0
    assert query(db_path, "SELECT count(*) FROM declined_questions") == [(1,)]

    clock.advance(days=1)
    assert await store.purge_expired() == 2
    assert query(db_path, "SELECT count(*) FROM declined_questions") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM vote_hashes") == [(0,)]
    # With no hash left to match, the secret is gone too.
    assert query(db_path, "SELECT count(*) FROM vote_secrets") == [(0,)]
    # The aggregate tally outlives the hash.
    assert (await store.stats(guild_id=1, since=START)).entries == (EntryStats("what-is-cart", 0, 1, 0),)
    # secure_delete and the WAL truncation leave no copy of the text in any file.
    data = file_bytes(db_path)
    assert b"quokka" not in data.lower()


async def test_open_runs_purge(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, clock=clock) as store:
        await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="old one")
    clock.advance(days=40)
    async with await Store.open(db_path, clock=clock):
        assert query(db_path, "SELECT count(*) FROM declined_questions") == [(0,)]


# --- votes --------------------------------------------------------------------------------------


async def test_votes_counted_changed_unchanged(db_path: Path, store: Store) -> None:
    first = await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True)
    assert first is VoteOutcome.COUNTED
    assert first.value == "counted"
    outcomes = [
        await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True),
        await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=False),
        await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=False),
        await store.record_vote(guild_id=1, user_id=OTHER_USER_ID, entry_id="what-is-cart", helpful=False),
        await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="side-effects", helpful=True),
    ]
    assert outcomes == ["unchanged", "changed", "unchanged", "counted", "counted"]

    assert sorted(query(db_path, "SELECT entry_id, helpful, not_helpful FROM vote_counts")) == [
        ("side-effects", 1, 0),
        ("what-is-cart", 0, 2),
    ]
    assert query(db_path, "SELECT count(*) FROM vote_hashes") == [(3,)]
    stats = await store.stats(guild_id=1, since=START)
    assert {e.entry_id: (e.helpful, e.not_helpful) for e in stats.entries} == {
        "what-is-cart": (0, 2),
        "side-effects": (1, 0),
    }


async def test_vote_hash_is_hmac_of_user_and_entry(db_path: Path, store: Store) -> None:
    await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True)
    [(secret,)] = query(db_path, "SELECT secret FROM vote_secrets")
    [(voter_hash,)] = query(db_path, "SELECT voter_hash FROM vote_hashes")
    assert len(secret) == 32
    assert voter_hash == hmac.new(secret, f"1:{USER_ID}:what-is-cart".encode(), hashlib.sha256).digest()


async def test_vote_change_is_recognised_across_secret_rotation(db_path: Path, store: Store, clock: FakeClock) -> None:
    assert await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True) == "counted"
    clock.advance(days=30)
    # The secret is now due for rotation but the earlier hash is still within retention.
    assert await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=False) == "changed"
    assert query(db_path, "SELECT count(*) FROM vote_secrets") == [(2,)]
    [(secret_id,)] = query(db_path, "SELECT secret_id FROM vote_hashes")
    assert secret_id == max(r[0] for r in query(db_path, "SELECT id FROM vote_secrets"))
    assert (await store.stats(guild_id=1, since=START)).entries == (EntryStats("what-is-cart", 0, 0, 1),)

    assert await store.purge_expired() == 0
    assert query(db_path, "SELECT id FROM vote_secrets") == [(secret_id,)]


async def test_raw_user_id_is_never_stored(db_path: Path, clock: FakeClock) -> None:
    store = await Store.open(db_path, clock=clock)
    await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True)
    await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=False)
    await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="side-effects", helpful=True)
    await store.record_answer(
        guild_id=1, entry_id=None, status="no_match", question=f"<@{USER_ID}> asks: is {USER_ID} eligible?"
    )
    needles = [str(USER_ID).encode(), struct.pack(">q", USER_ID), struct.pack("<q", USER_ID)]
    for needle in needles:
        assert needle not in file_bytes(db_path)
    await store.close()

    for needle in needles:
        assert needle not in file_bytes(db_path)
    conn = sqlite3.connect(db_path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert str(USER_ID) not in dump
    assert query(db_path, "SELECT text FROM declined_questions") == [("@user asks: is [id] eligible?",)]


# --- failures degrade to a log line -------------------------------------------------------------


async def test_locked_database_fails_fast_with_one_warning(
    db_path: Path, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    other = sqlite3.connect(db_path, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        started = time.perf_counter()
        await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None)
        assert time.perf_counter() - started < 1.0
        [warning] = storage_warnings(caplog)
        assert "locked" in warning.getMessage()
        assert "\n" not in warning.getMessage()

        started = time.perf_counter()
        assert await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True) is None
        assert time.perf_counter() - started < 1.0
    finally:
        other.rollback()
        other.close()

    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM vote_hashes") == [(0,)]
    # The count made while the database was locked was kept in memory, not lost: it lands with the next one.
    await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None)
    assert query(db_path, "SELECT count FROM answer_counts") == [(2,)]


async def test_counts_queued_while_locked_are_written_on_close(db_path: Path, store: Store) -> None:
    other = sqlite3.connect(db_path, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        for _ in range(3):
            await store.record_answer(guild_id=1, entry_id="cd19", status="answered", question=None)
        await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="what is the weather")
    finally:
        other.rollback()
        other.close()
    await store.close()
    assert query(db_path, "SELECT entry_id, status, count FROM answer_counts ORDER BY status") == [
        ("cd19", "answered", 3),
        ("", "no_match", 1),
    ]
    assert query(db_path, "SELECT text FROM declined_questions") == [("what is the weather",)]


async def test_a_burst_of_answers_is_counted_completely(db_path: Path, store: Store) -> None:
    await asyncio.gather(
        *(store.record_answer(guild_id=1, entry_id=f"e{i % 7}", status="answered", question=None) for i in range(500))
    )
    assert query(db_path, "SELECT sum(count) FROM answer_counts") == [(500,)]


async def test_queued_writes_on_a_locked_database_all_return_quickly(
    db_path: Path, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    other = sqlite3.connect(db_path, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        started = time.perf_counter()
        await asyncio.gather(
            *(store.record_answer(guild_id=1, entry_id="e", status="answered", question=None) for _ in range(10))
        )
        assert time.perf_counter() - started < 1.5
    finally:
        other.rollback()
        other.close()
    # The ten replies were queued into one batch: one failed write, one warning line, nothing lost.
    assert len(storage_warnings(caplog)) == 1
    await store.close()
    assert query(db_path, "SELECT count FROM answer_counts") == [(10,)]


async def test_read_only_connection_degrades_to_log_lines(
    db_path: Path, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    # query_only makes every write fail the way a read-only file does, even when running as root.
    await store._db.execute("PRAGMA query_only = ON")

    await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="anything?")
    assert await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True) is None
    warnings = storage_warnings(caplog)
    assert len(warnings) == 2
    assert all("readonly" in w.getMessage() for w in warnings)
    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]
    # Reads keep working.
    assert (await store.stats(guild_id=1, since=START)).answered == 0


def permissions_are_enforced(folder: Path) -> bool:
    """False when running with root's override of file modes, where chmod cannot make a file read-only."""
    probe = folder / "permission-probe"
    probe.write_text("")
    probe.chmod(0o444)
    try:
        with probe.open("a"):
            return False
    except PermissionError:
        return True
    finally:
        probe.chmod(0o600)
        probe.unlink()


async def test_read_only_file_degrades_or_refuses_clearly(
    tmp_path: Path, db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    if not permissions_are_enforced(tmp_path):
        pytest.skip("file modes are not enforced for this user (root); query_only test covers this")
    async with await Store.open(db_path, clock=clock) as store:
        await store.record_answer(guild_id=1, entry_id="e", status="answered", question=None)
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    caplog.set_level(logging.WARNING, logger="bot.storage")
    try:
        try:
            store = await Store.open(db_path, clock=clock)
        except StorageError as exc:
            assert str(db_path) in str(exc)
        else:
            await store.record_answer(guild_id=1, entry_id="e", status="answered", question=None)
            await store.close()
            assert storage_warnings(caplog)
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o600)
    assert query(db_path, "SELECT count FROM answer_counts") == [(1,)]


async def test_full_disk_degrades_to_log_lines(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    [(pages,)] = list(await store._db.execute_fetchall("PRAGMA page_count"))
    await store._db.execute(f"PRAGMA max_page_count = {pages}")
    for n in range(20):
        await store.record_answer(guild_id=1, entry_id=None, status="no_match", question=f"{n} " + "x" * 1900)
    assert any("full" in w.getMessage() for w in storage_warnings(caplog))


async def test_closed_store_logs_writes_and_raises_on_reads(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    await store.close()
    await store.close()
    await store.record_answer(guild_id=1, entry_id="e", status="answered", question=None)
    assert await store.record_vote(guild_id=1, user_id=USER_ID, entry_id="e", helpful=True) is None
    assert await store.purge_expired() == 0
    assert len(storage_warnings(caplog)) == 3
    with pytest.raises(StorageError, match="closed"):
        await store.stats(guild_id=1, since=START)
    with pytest.raises(StorageError, match="closed"):
        await store.declined_questions(guild_id=1)
    with pytest.raises(StorageError, match="closed"):
        await store.clear_declined_questions(guild_id=1)


async def test_moderator_read_failure_raises_storage_error(db_path: Path, store: Store) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE crisis_counts")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match=re.escape(str(db_path))):
        await store.stats(guild_id=1, since=START)


# --- NullStore ----------------------------------------------------------------------------------


async def test_null_store_does_nothing() -> None:
    null: StoreLike = NullStore()
    assert null.enabled is False
    await null.record_answer(guild_id=1, entry_id="e", status="answered", question="q")
    assert await null.record_vote(guild_id=1, user_id=USER_ID, entry_id="e", helpful=True) is None
    assert await null.stats(guild_id=1, since=START) == Stats.empty(date(2025, 3, 1))
    assert await null.declined_questions(guild_id=1) == []
    assert await null.clear_declined_questions(guild_id=1) == 0
    assert await null.purge_expired() == 0
    await null.close()


def test_store_satisfies_the_shared_interface() -> None:
    def accepts(_: StoreLike) -> None:
        pass

    accepts(NullStore())
    # Store conformance is checked by mypy; this line only needs to type-check.
    store_type: type[StoreLike] = Store
    assert store_type is Store


# --- question text helpers ----------------------------------------------------------------------


@given(st.text(), st.integers(min_value=10**16, max_value=10**19))
def test_redaction_removes_discord_ids(text: str, snowflake: int) -> None:
    for template in ("<@{}>", "<@!{}>", "<@&{}>", "<#{}>", "{}"):
        redacted = redact_question(f"{text} {template.format(snowflake)} {text}")
        assert redacted is None or str(snowflake) not in redacted


@given(st.text())
def test_normalising_is_idempotent(text: str) -> None:
    once = normalise_question(text)
    assert normalise_question(once) == once


@pytest.mark.parametrize(
    ("a", "b"),
    [("What is CAR-T?", "what is  car-t"), ("Is it safe?!", "IS IT SAFE"), ("ﬁne?", "fine")],
)
def test_normalising_folds_trivial_differences(a: str, b: str) -> None:
    assert normalise_question(a) == normalise_question(b)


def test_redaction_caps_length_and_drops_blank_text() -> None:
    assert redact_question("   \n ") is None
    redacted = redact_question("y" * 5000)
    assert redacted is not None
    assert len(redacted) == 2000


def test_file_bytes_helper_sees_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES ('needle-in-wal')")
    conn.commit()
    try:
        assert b"needle-in-wal" in file_bytes(path)
    finally:
        conn.close()
