"""`python -m bot run` as a self-hoster runs it: configured by environment variables, stopped with SIGTERM."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
from pathlib import Path

from tests.e2e.conftest import (
    KNOWLEDGE_DIR,
    bot_env,
    bot_process,
    db_count,
    db_rows,
    eventually,
    gather_answered,
    process_log,
    wait_exit,
)
from tests.emulator import CallbackRecord, DiscordEmulator

CALLBACK = "POST /interactions/*/callback"
QUESTIONS = [
    "Is CAR-T a cure for lupus?",
    "what are the side effects",
    "How much does it cost?",
    "What is the weather on Mars tomorrow?",
    "what is CAR-T",
]


def heartbeat(tmp_path: Path) -> dict[str, object]:
    """The heartbeat file the bot writes (empty if not written yet)."""
    try:
        return dict(json.loads((tmp_path / "data" / "heartbeat.json").read_text()))
    except (OSError, ValueError):
        return {}


def integrity(database: Path) -> str:
    """PRAGMA integrity_check of the database file."""
    with sqlite3.connect(database) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


async def answer_and_vote(emu: DiscordEmulator) -> None:
    """A public answer (pinging no one), a private one, and a helpful vote on the first: each gets its reply."""
    answer = await (await emu.slash_command("faq", {"question": QUESTIONS[0]}))
    assert answer.embed["title"] == QUESTIONS[0] and not answer.ephemeral
    assert answer.allowed_mentions == {"parse": []}
    private = await (await emu.slash_command("lupus-cart", {"private": True}))
    assert private.ephemeral and private.embed["fields"][0]["name"] == "Keep in mind"
    assert answer.message is not None
    vote = await (await emu.click_button(answer.message, "faq:v:is-it-a-cure:1", user="owner"))
    assert (vote.content or "").startswith("Thanks for the feedback!")


def assert_answered_or_turned_away(
    callbacks: list[CallbackRecord], answered: int, turned_away: int, deadline: float
) -> None:
    """Every interaction got a callback in time: `answered` with an answer embed, `turned_away` with a private
    "restarting" note and no embed."""
    refused = [cb for cb in callbacks if not cb.embeds]
    assert all(cb.ephemeral and "restarting" in (cb.content or "") for cb in refused)
    assert (len(callbacks) - len(refused), len(refused)) == (answered, turned_away)
    assert all(cb.latency < deadline for cb in callbacks)


async def test_the_bot_process_serves_and_stops_cleanly(emu: DiscordEmulator, tmp_path: Path) -> None:
    database = tmp_path / "data" / "faq.sqlite3"
    with bot_process(bot_env(emu, tmp_path), tmp_path) as process:
        await emu.wait_ready(timeout=20)
        # synced to the development server (BOT_DEV_GUILD_IDS) before connecting
        assert {c["name"] for c in emu.registered_commands(emu.guild)} >= {"faq", "lupus-cart", "faq-admin"}
        await answer_and_vote(emu)
        state = await eventually(
            lambda: heartbeat(tmp_path).get("gateway") and heartbeat(tmp_path),
            timeout=10,
            what="a connected heartbeat",
        )
        assert state["entries"] == len(list((KNOWLEDGE_DIR / "entries").glob("*.yaml")))
        await eventually(lambda: db_count(database, "answer_counts") == 2, what="both answers to be counted")
        assert db_rows(database, "SELECT entry_id, helpful, not_helpful FROM vote_counts") == [("is-it-a-cure", 1, 0)]
        process.send_signal(signal.SIGTERM)
        assert await wait_exit(process, timeout=10) == 0
    log = process_log(tmp_path)
    assert "connected as FAQ Bot" in log and "shut down cleanly" in log
    assert "voice will NOT be supported" not in log  # a text-only bot: discord.py's PyNaCl/davey notices are off
    assert emu.token not in log
    assert heartbeat(tmp_path)["gateway"] is False
    assert integrity(database) == "ok"
    emu.assert_clean()


async def test_sigterm_during_a_burst_answers_every_interaction(emu: DiscordEmulator, tmp_path: Path) -> None:
    database = tmp_path / "data" / "faq.sqlite3"
    env = bot_env(emu, tmp_path, BOT_COOLDOWN_RATE="1000", BOT_DUPLICATE_WINDOW_SECONDS="0")
    with bot_process(env, tmp_path) as process:
        await emu.wait_ready(timeout=20)
        assert (await (await emu.slash_command("faq", {"question": QUESTIONS[0]}))).type == 4
        # slow callbacks, so that interactions are still in flight when the signal arrives
        emu.inject_delay(CALLBACK, 1.0, count=None)
        handles = [await emu.slash_command("faq", {"question": QUESTIONS[i % len(QUESTIONS)]}) for i in range(30)]
        await emu.wait_until(lambda: len(emu.requests_matching(CALLBACK)) >= 31, what="the bot to be answering")
        in_flight = sum(1 for h in handles if h.callback is None)
        process.send_signal(signal.SIGTERM)
        await asyncio.sleep(0.3)
        # arriving while the bot drains: turned away politely, but answered
        late = [await emu.slash_command("faq", {"question": QUESTIONS[0]}) for _ in range(5)]
        callbacks = await gather_answered(handles + late, timeout=8)
        assert await wait_exit(process, timeout=10) == 0
    assert in_flight > 0
    assert_answered_or_turned_away(callbacks, len(handles), len(late), emu.interaction_deadline)
    # the writes after each reply were finished before the database was closed
    assert db_count(database, "answer_counts") == len(handles) + 1
    assert integrity(database) == "ok"
    log = process_log(tmp_path)
    assert "shutting down: waiting for" in log and "shut down cleanly" in log
    assert "Traceback" not in log and "ERROR" not in log, log
    emu.assert_clean()
