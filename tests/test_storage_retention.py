"""Tests for bot.storage: declined questions and how long their text is kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.storage import (
    DeclinedQuestion,
    EntryStats,
    Store,
)
from tests.storage_helpers import (
    START,
    USER_ID,
    FakeClock,
    file_bytes,
    query,
)

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
