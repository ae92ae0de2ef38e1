"""Replies are counted in memory and written in batches: nothing counted is lost on shutdown, on a busy
database, or missing from what moderators read."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.storage import NullStore, Store, utcnow
from tests.storage_helpers import locked_by_another_connection, query

GUILD = 1


def count_burst(store: Store | NullStore, replies: int) -> None:
    """A burst: answers for two entries, declines with text, and crisis replies."""
    for n in range(replies):
        kind = n % 4
        if kind == 0:
            store.count_answer(guild_id=GUILD, entry_id="is-it-a-cure", status="answered", question=None)
        elif kind == 1:
            store.count_answer(guild_id=GUILD, entry_id="side-effects", status="answered", question=None)
        elif kind == 2:
            store.count_answer(guild_id=GUILD, entry_id=None, status="no_match", question=f"Question number {n}?")
        else:
            store.count_answer(guild_id=GUILD, entry_id=None, status="crisis", question="never stored")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "faq.sqlite3"


async def test_counting_does_no_database_work_and_close_writes_every_reply(db_path: Path) -> None:
    store = await Store.open(db_path, flush_seconds=60)
    count_burst(store, 400)
    # Counting is in memory: nothing has reached the database yet (no await happened since).
    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]
    await store.close()
    assert query(db_path, "SELECT entry_id, status, count FROM answer_counts ORDER BY entry_id, status") == [
        ("", "no_match", 100),
        ("is-it-a-cure", "answered", 100),
        ("side-effects", "answered", 100),
    ]
    assert query(db_path, "SELECT count FROM crisis_counts") == [(100,)]
    texts = {row[0] for row in query(db_path, "SELECT text FROM declined_questions")}
    assert len(texts) == 100 and "Question number 2?" in texts and "never stored" not in texts


async def test_the_background_flush_writes_without_being_asked(db_path: Path) -> None:
    store = await Store.open(db_path, flush_seconds=0.05)
    try:
        count_burst(store, 40)
        for _ in range(200):  # waits for the flush, whatever the machine's load (at most 10 s)
            if query(db_path, "SELECT coalesce(sum(count), 0) FROM answer_counts") == [(30,)]:
                break
            await asyncio.sleep(0.05)
        assert query(db_path, "SELECT coalesce(sum(count), 0) FROM answer_counts") == [(30,)]
        assert query(db_path, "SELECT count FROM crisis_counts") == [(10,)]
    finally:
        await store.close()


async def test_moderators_read_what_was_just_counted(db_path: Path) -> None:
    store = await Store.open(db_path, flush_seconds=60)
    try:
        count_burst(store, 8)
        stats = await store.stats(guild_id=GUILD, since=utcnow())
        assert (stats.answered, stats.declined, stats.crisis) == (4, 2, 2)
        unanswered = await store.declined_questions(guild_id=GUILD)
        assert sorted(q.text for q in unanswered) == ["Question number 2?", "Question number 6?"]
    finally:
        await store.close()


async def test_a_batch_the_database_refused_is_written_later(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    store = await Store.open(db_path, flush_seconds=60)
    count_burst(store, 20)
    with locked_by_another_connection(db_path):
        await store.flush()  # the database is locked: one warning, the batch is kept
    assert any("database is locked" in r.getMessage() for r in caplog.records if r.name == "bot.storage")
    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]
    count_burst(store, 4)
    await store.close()
    assert query(db_path, "SELECT sum(count) FROM answer_counts") == [(18,)]
    assert query(db_path, "SELECT count FROM crisis_counts") == [(6,)]


async def test_counting_after_close_only_warns(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage")
    store = await Store.open(db_path)
    await store.close()
    store.count_answer(guild_id=GUILD, entry_id="is-it-a-cure", status="answered", question=None)
    assert any("closed" in r.getMessage() for r in caplog.records if r.name == "bot.storage")
    await store.flush()
    assert query(db_path, "SELECT count(*) FROM answer_counts") == [(0,)]


async def test_the_null_store_counts_nothing() -> None:
    store = NullStore()
    count_burst(store, 8)
    await store.flush()
    assert (await store.stats(guild_id=GUILD, since=utcnow())).answered == 0
