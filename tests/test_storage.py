"""Tests for bot.storage: counting answers, votes, the NullStore and the question text helpers."""

from __future__ import annotations

import hashlib
import hmac
import logging
import sqlite3
import struct
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.storage import (
    EntryStats,
    NullStore,
    Stats,
    Store,
    StoreLike,
    VoteOutcome,
)
from bot.storage.question_text import normalise_question, redact_question
from tests.storage_helpers import (
    OTHER_USER_ID,
    START,
    USER_ID,
    FakeClock,
    file_bytes,
    query,
    storage_warnings,
)

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
