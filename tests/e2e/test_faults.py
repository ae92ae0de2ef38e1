"""Faults: a dropped gateway, 429s and 500s on callbacks, a locked or read-only database, a vanishing FAQ folder.

Every test checks that each interaction sent is still answered, once, and nothing Discord would reject is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Config
from bot.discord_app.client import FaqBot
from bot.storage import Store
from tests.e2e.conftest import (
    KNOWLEDGE_DIR,
    ask,
    build_bot,
    copy_knowledge,
    db_count,
    eventually,
    gather_answered,
    make_config,
    new_member,
    running,
)
from tests.emulator import DiscordEmulator, InteractionHandle

QUESTIONS = [
    "Is CAR-T a cure for lupus?",
    "what are the side effects",
    "How much does it cost?",
    "how long does remission last",
    "what is CAR-T",
    "What is the weather on Mars tomorrow?",
    "Should I stop taking my hydroxychloroquine?",
    "who took part in the study",
    "what is cd19",
    "can i get car t in canada",
]
CALLBACK = "POST /interactions/*/callback"


async def send_faq(emu: DiscordEmulator, count: int, offset: int = 0) -> list[InteractionHandle]:
    """Dispatch `count` /faq interactions (cycling through QUESTIONS) without waiting for the answers."""
    return [
        await emu.slash_command("faq", {"question": QUESTIONS[(offset + i) % len(QUESTIONS)]}) for i in range(count)
    ]


def assert_each_answered_once(emu: DiscordEmulator, handles: list[InteractionHandle]) -> None:
    """Every interaction has exactly one accepted callback and the emulator saw nothing wrong."""
    for handle in handles:
        assert handle.callback is not None, handle.describe()
        # 200 with the created message (?with_response), 204 without: a private answer does not ask for it
        assert sum(status in (200, 204) for _, status in handle.attempts) == 1, handle.describe()
    emu.assert_clean()


async def answer_title(handle: InteractionHandle) -> str:
    """The answer's title as the member sees it: in the callback, or, when the bot deferred because the
    interaction waited (a busy machine), in the follow-up that carries the answer."""
    callback = await handle.wait_callback()
    if callback.type == 5:  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
        return str((await handle.wait_followups())[-1].embed["title"])
    return str(callback.embed["title"])


def counted(config: Config) -> int:
    """Replies the store has counted (answers, declines and crisis replies)."""
    return db_count(config.database_path, "answer_counts") + db_count(config.database_path, "crisis_counts")


# ----- the gateway -----


async def test_a_dropped_gateway_resumes_and_answers_everything(
    emu: DiscordEmulator, bot: FaqBot, config: Config
) -> None:
    before = await send_faq(emu, 15)
    await emu.drop_connection()  # a TCP abort: no close frame
    during = await send_faq(emu, 10, offset=5)  # buffered by the gateway, replayed on RESUME
    await emu.wait_resumed()
    after = await send_faq(emu, 15, offset=3)
    handles = before + during + after
    await gather_answered(handles)
    assert_each_answered_once(emu, handles)
    assert emu.identify_count == 1 and emu.resume_count == 1
    await eventually(lambda: counted(config) == len(handles), what="every reply to be counted")

    await emu.send_reconnect()  # Discord asking the bot to reconnect (op 7)
    handles = await send_faq(emu, 5)
    await emu.wait_resumed()
    await gather_answered(handles)
    assert_each_answered_once(emu, handles)


async def test_an_invalidated_session_identifies_again_and_answers(emu: DiscordEmulator, bot: FaqBot) -> None:
    await emu.invalidate_session(resumable=False)
    await emu.wait_ready()
    handles = await send_faq(emu, 5)
    await gather_answered(handles)
    assert_each_answered_once(emu, handles)
    assert emu.identify_count == 2


# ----- REST faults on the interaction callback -----


async def test_a_429_on_the_callback_is_retried(emu: DiscordEmulator, bot: FaqBot) -> None:
    fault = emu.inject_rate_limit(CALLBACK, count=3, retry_after=0.2)
    handles = await send_faq(emu, 10)
    callbacks = await gather_answered(handles)
    assert fault.hits == 3
    assert all(cb.latency < emu.interaction_deadline for cb in callbacks)
    statuses = [r.status for r in emu.requests_matching(CALLBACK)]
    assert statuses.count(429) == 3 and statuses.count(200) + statuses.count(204) == 10
    assert_each_answered_once(emu, handles)


async def test_a_500_on_the_callback_is_retried(emu: DiscordEmulator, bot: FaqBot) -> None:
    fault = emu.inject_error(CALLBACK, status=500, count=1)
    (handle,) = await send_faq(emu, 1)
    cb = await handle.wait_callback(timeout=5)
    assert fault.hits == 1 and [status for _, status in handle.attempts] == [200]
    assert [r.status for r in emu.requests_matching(CALLBACK)] == [500, 200]
    assert cb.embed["title"] == QUESTIONS[0] and cb.latency < emu.interaction_deadline
    handles = await send_faq(emu, 3)  # and the bot carries on
    await gather_answered(handles)
    assert_each_answered_once(emu, [handle, *handles])


# ----- the database -----


async def test_a_locked_database_never_delays_or_stops_an_answer(
    emu: DiscordEmulator, bot: FaqBot, config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    message = (await ask(emu, QUESTIONS[0], user="owner")).message
    assert message is not None
    await eventually(lambda: counted(config) == 1, what="the first answer to be counted")
    holder = sqlite3.connect(config.database_path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        handles = await send_faq(emu, 10)
        vote = await emu.click_button(message, "faq:v:is-it-a-cure:1", user="alice")
        callbacks = await gather_answered([*handles, vote])
        assert all(cb.latency < 2.0 for cb in callbacks)  # a write waits 0.25 s for the lock, at most
        assert "isn't keeping feedback right now" in (callbacks[-1].content or "")
        await eventually(lambda: "database is locked" in caplog.text, what="a warning about the lock")
        await asyncio.sleep(0.8)  # the writes queued behind the lock give up
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    warnings = [r for r in caplog.records if r.name == "bot.storage" and r.levelno == logging.WARNING]
    assert warnings and all("could not" in r.getMessage() for r in warnings)
    assert_each_answered_once(emu, [*handles, vote])
    # the lock is gone: writes work again, and the answers counted while it was held were kept, not lost
    assert (await (await emu.click_button(message, "faq:v:is-it-a-cure:1", user="alice"))).content.startswith(
        "Thanks for the feedback!"
    )
    await ask(emu, QUESTIONS[1])
    await eventually(lambda: counted(config) == 1 + 10 + 1, what="every answer to be counted")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Make the database file unwritable for the bot: chmod for a normal user, the immutable flag for root."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield "chmod"
        finally:
            path.chmod(0o600)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot make a file read-only as root here: {done.stderr.decode().strip()}")
    try:
        yield "chattr"
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


async def test_a_read_only_database_degrades_to_warnings(
    emu: DiscordEmulator, config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    database = Path(config.database_path)
    async with await Store.open(database) as store:  # an existing, current database
        await store.record_answer(guild_id=emu.guild.id, entry_id="lupus-cart", status="answered", question=None)
    assert counted(config) == 1
    with read_only(database):
        async with running(emu, build_bot(config)) as bot:
            bob = new_member(emu, "bob")
            handles = [await emu.slash_command("faq", {"question": q}, user=bob) for q in QUESTIONS]
            callbacks = await gather_answered(handles)
            message = callbacks[0].message
            assert message is not None
            vote = await (await emu.click_button(message, "faq:v:is-it-a-cure:1", user="alice"))
            assert "isn't keeping feedback right now" in (vote.content or "")
            stats = await (await emu.slash_command("faq-admin stats", user="modsquad"))
            assert stats.ephemeral  # statistics can still be read, or say why not
            await eventually(
                lambda: "readonly database" in caplog.text or "running without storage" in caplog.text,
                what="a warning about the read-only database",
            )
            assert_each_answered_once(emu, handles)
            assert bot.shutting_down is False
    assert counted(config) == 1  # nothing was written, nothing was corrupted
    assert sqlite3.connect(database).execute("PRAGMA integrity_check").fetchone() == ("ok",)


# ----- the FAQ folder -----


async def test_a_reload_of_a_missing_or_half_written_folder_keeps_serving(emu: DiscordEmulator, tmp_path: Path) -> None:
    knowledge = copy_knowledge(tmp_path)
    config = make_config(tmp_path, knowledge_path=str(knowledge))
    async with running(emu, build_bot(config)) as bot:
        expected = {q: bot.engine.answer(q).title for q in QUESTIONS}
        shutil.rmtree(knowledge)
        reload = await emu.slash_command("faq-admin reload", user="modsquad")
        handles = await send_faq(emu, 20)  # interactions arriving while the reload runs
        await gather_answered(handles)
        text = (await reload.wait_original()).content
        assert text.startswith("FAQ not reloaded") and "the FAQ folder does not exist" in text
        for index, handle in enumerate(handles):
            assert await answer_title(handle) == expected[QUESTIONS[index % len(QUESTIONS)]]

        # half copied back: some entries only, the shared files still missing
        (knowledge / "entries").mkdir(parents=True)
        for file in sorted((KNOWLEDGE_DIR / "entries").glob("*.yaml"))[:10]:
            shutil.copy(file, knowledge / "entries" / file.name)
        live = bot.engine
        reload = await emu.slash_command("faq-admin reload", user="modsquad")
        handles = await send_faq(emu, 10)
        await gather_answered(handles)
        text = (await reload.wait_original()).content
        assert text.startswith("FAQ not reloaded") and "sources.yaml: error: file is missing" in text
        assert bot.engine is live
        for index, handle in enumerate(handles):
            assert await answer_title(handle) == expected[QUESTIONS[index % len(QUESTIONS)]]
        assert_each_answered_once(emu, handles)
