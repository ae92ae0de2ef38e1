"""LiveStore: the one store object the bot hands to its cogs, with the database put behind it when it opens."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.answering.answer import Status
from bot.storage import LiveStore, NullStore, Store


async def test_a_store_handed_out_before_the_database_opened_writes_to_it_afterwards(tmp_path: Path) -> None:
    live = LiveStore()
    held_by_a_cog = live  # what a cog keeps from its constructor
    assert not held_by_a_cog.enabled and isinstance(live.backend, NullStore)
    held_by_a_cog.count_answer(guild_id=1, entry_id="is-it-a-cure", status=Status.ANSWERED, question=None)

    opened = await Store.open(tmp_path / "faq.sqlite3")
    live.use(opened)
    assert held_by_a_cog.enabled and await held_by_a_cog.writable()
    held_by_a_cog.count_answer(guild_id=1, entry_id="is-it-a-cure", status=Status.ANSWERED, question=None)
    held_by_a_cog.count_answer(guild_id=1, entry_id=None, status=Status.DECLINED, question="Is it sunny on Mars?")
    vote = await held_by_a_cog.record_vote(guild_id=1, user_id=42, entry_id="is-it-a-cure", helpful=True)
    assert vote == "counted"

    stats = await held_by_a_cog.stats(guild_id=1, since=datetime.now(UTC))
    # Only what was counted after the database opened is stored: the NullStore kept nothing.
    assert (stats.answered, stats.declined) == (1, 1)
    assert [(e.entry_id, e.served, e.helpful) for e in stats.entries] == [("is-it-a-cure", 1, 1)]
    assert [q.text for q in await held_by_a_cog.declined_questions(guild_id=1)] == ["Is it sunny on Mars?"]
    assert await held_by_a_cog.clear_declined_questions(guild_id=1) == 1
    await held_by_a_cog.close()
    assert not await opened.writable()
