"""Retention: question text and vote hashes older than the retention period disappear; counts stay."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import bot.discord_app.client as client_module
from bot.storage import Store
from tests.e2e.conftest import ask, build_bot, db_count, db_rows, eventually, make_config, running
from tests.emulator import DiscordEmulator

DECLINED = "What is the weather on Mars tomorrow?"


async def test_the_running_bot_purges_expired_rows(
    emu: DiscordEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_module, "PURGE_SECONDS", 0.2)  # the bot purges every 6 hours; here every 0.2 s
    config = make_config(tmp_path, retention_days=30)
    db = config.database_path
    async with running(emu, build_bot(config)):
        await ask(emu, DECLINED)
        await eventually(lambda: db_count(db, "declined_questions") == 1, what="the declined question")
        old = (datetime.now(UTC) - timedelta(days=31)).date().isoformat()
        kept = (datetime.now(UTC) - timedelta(days=29)).date().isoformat()

        def add_rows() -> None:
            with sqlite3.connect(db) as conn:
                conn.execute(
                    "INSERT INTO declined_questions (text, normalised, asked_on) VALUES ('old', 'old', ?)", (old,)
                )
                conn.execute(
                    "INSERT INTO declined_questions (text, normalised, asked_on) VALUES ('kept', 'kept', ?)", (kept,)
                )
                conn.execute(
                    "INSERT INTO answer_counts (guild_id, day, entry_id, status, count) "
                    "VALUES (?, ?, '', 'no_match', 4)",
                    (emu.guild.id, old),
                )

        # In a thread: the bot runs in this event loop, and a write transaction it has open (a purge every 0.2 s)
        # can only finish while the loop runs; a blocking write here would wait for it until SQLite gives up.
        await asyncio.to_thread(add_rows)
        await eventually(lambda: db_count(db, "declined_questions") == 2, what="the old question to be purged")
        texts = {row[0] for row in db_rows(db, "SELECT text FROM declined_questions")}
        assert texts == {DECLINED, "kept"}
        assert db_count(db, "answer_counts", "day = ?", (old,)) == 4  # aggregate counts are not personal: kept
    emu.assert_clean()


async def test_a_clock_past_retention_removes_text_and_vote_hashes(emu: DiscordEmulator, tmp_path: Path) -> None:
    config = make_config(tmp_path, retention_days=30)
    db = config.database_path
    async with running(emu, build_bot(config)):
        await ask(emu, DECLINED)
        message = (await ask(emu, "Is CAR-T a cure for lupus?", user="owner")).message
        assert message is not None
        await (await emu.click_button(message, "faq:v:is-it-a-cure:1", user="alice"))
        await eventually(lambda: db_count(db, "declined_questions") == 1, what="the declined question")
    assert len(db_rows(db, "SELECT * FROM vote_hashes")) == 1

    now = datetime.now(UTC)
    async with await Store.open(db, retention_days=30, clock=lambda: now + timedelta(days=29)):
        assert db_count(db, "declined_questions") == 1  # still inside the window
    async with await Store.open(db, retention_days=30, clock=lambda: now + timedelta(days=31)) as store:
        assert db_count(db, "declined_questions") == 0
        assert db_rows(db, "SELECT * FROM vote_hashes") == []
        assert await store.declined_questions(guild_id=emu.guild.id) == []
        stats = await store.stats(guild_id=emu.guild.id, since=now - timedelta(days=1))
        assert stats.declined == 1 and stats.answered == 1  # the counts remain
        assert [(e.entry_id, e.helpful) for e in stats.entries] == [("is-it-a-cure", 1)]
