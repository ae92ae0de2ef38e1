"""Tests for bot.storage: failures (locked, read-only, full or closed database) degrade to a log line."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from pathlib import Path

import pytest

from bot.storage import (
    StorageError,
    Store,
)
from tests.storage_helpers import (
    START,
    USER_ID,
    FakeClock,
    locked_by_another_connection,
    query,
    storage_warnings,
    within,
)

# --- failures degrade to a log line -------------------------------------------------------------


async def test_locked_database_fails_fast_with_one_warning(
    db_path: Path, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    with locked_by_another_connection(db_path):
        await within(1.0, store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None))
        [warning] = storage_warnings(caplog)
        assert "locked" in warning.getMessage()
        assert "\n" not in warning.getMessage()

        vote = store.record_vote(guild_id=1, user_id=USER_ID, entry_id="what-is-cart", helpful=True)
        assert await within(1.0, vote) is None

    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM vote_hashes") == [(0,)]
    # The count made while the database was locked was kept in memory, not lost: it lands with the next one.
    await store.record_answer(guild_id=1, entry_id="what-is-cart", status="answered", question=None)
    assert query(db_path, "SELECT count FROM answer_counts") == [(2,)]


async def test_counts_queued_while_locked_are_written_on_close(db_path: Path, store: Store) -> None:
    with locked_by_another_connection(db_path):
        for _ in range(3):
            await store.record_answer(guild_id=1, entry_id="cd19", status="answered", question=None)
        await store.record_answer(guild_id=1, entry_id=None, status="no_match", question="what is the weather")
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
    with locked_by_another_connection(db_path):
        ten = (store.record_answer(guild_id=1, entry_id="e", status="answered", question=None) for _ in range(10))
        await within(1.5, asyncio.gather(*ten))
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
