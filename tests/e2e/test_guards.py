"""Abuse guards and the error path: cooldown, no duplicate public answers, a reference id on failure."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from bot.discord_app.client import FaqBot
from tests.e2e.conftest import ask, build_bot, make_config, new_member, running
from tests.emulator import DiscordEmulator

QUESTION = "Is CAR-T a cure for lupus?"
REFERENCE = re.compile(
    r"Sorry, something went wrong on my side\. Please try again in a moment\. \(Reference: `(\w{6})`\)"
)


async def test_cooldown_asks_a_fast_member_to_wait(emu: DiscordEmulator, tmp_path: Path) -> None:
    config = make_config(tmp_path, cooldown_rate=2, cooldown_per_seconds=30)
    async with running(emu, build_bot(config)):
        for _ in range(2):
            assert not (await ask(emu, QUESTION, user="alice")).ephemeral
        slow_down = await ask(emu, QUESTION, user="alice")
        assert slow_down.ephemeral and slow_down.embeds == []
        assert re.fullmatch(
            r"You're asking quickly! Please wait (29|30) seconds and try again\.", slow_down.content or ""
        )
        assert (await (await emu.slash_command("lupus-cart", user="alice"))).ephemeral  # every command counts
        # other members are not affected, and buttons are not limited
        bob = new_member(emu, "bob")
        answer = await ask(emu, QUESTION, user=bob)
        assert answer.embed["title"] == QUESTION and answer.message is not None
        quotes = await (await emu.click_button(answer.message, label="Show quotes", user="alice"))
        assert quotes.embed["title"].startswith("Quotes behind")
    emu.assert_clean()


async def test_the_same_public_answer_is_not_posted_twice(emu: DiscordEmulator, tmp_path: Path) -> None:
    general, modlog = emu.guild.channel("general"), emu.guild.channel("mod-log")
    async with running(emu, build_bot(make_config(tmp_path, duplicate_window_seconds=60))):
        first = await ask(emu, QUESTION, user="alice")
        assert first.message is not None and not first.ephemeral
        bob = new_member(emu, "bob")
        pointer = await ask(emu, QUESTION, user=bob)
        link = f"https://discord.com/channels/{emu.guild.id}/{general.id}/{first.message.id}"
        assert pointer.ephemeral and pointer.content == f"That was answered in this channel a moment ago: {link}"
        assert pointer.embeds == []
        # another channel, a private answer, or another entry: answered normally
        assert not (await ask(emu, QUESTION, user=bob, channel=modlog)).ephemeral
        assert (await ask(emu, QUESTION, user=bob, private=True)).embed["title"] == QUESTION
        assert not (await ask(emu, "what are the side effects", user=bob)).ephemeral
        assert len([m for m in emu.channel_messages[general.id] if not m.ephemeral]) == 2
    emu.assert_clean()


async def test_an_exception_answers_with_a_reference_and_the_bot_carries_on(
    emu: DiscordEmulator, bot: FaqBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(question: str) -> None:
        raise RuntimeError("the matcher fell over")

    monkeypatch.setattr(bot.engine, "answer", broken)
    with caplog.at_level(logging.ERROR, logger="bot.discord"):
        cb = await ask(emu, QUESTION)
    assert cb.ephemeral and cb.embeds == []
    match = REFERENCE.fullmatch(cb.content or "")
    assert match, cb.content
    (record,) = [r for r in caplog.records if f"[ref {match.group(1)}]" in r.getMessage()]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert "the matcher fell over" in caplog.text and "Traceback" in caplog.text

    monkeypatch.undo()
    assert (await ask(emu, QUESTION)).embed["title"] == QUESTION
    emu.assert_clean()


async def test_a_failing_button_answers_with_a_reference(
    emu: DiscordEmulator, bot: FaqBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    message = (await ask(emu, QUESTION)).message
    assert message is not None

    def broken(entry_id: str, *, question: str | None = None) -> None:
        raise KeyError(entry_id)

    monkeypatch.setattr(bot.engine, "answer_entry", broken)
    cb = await (await emu.click_button(message, label="Show quotes"))
    assert cb.ephemeral and REFERENCE.fullmatch(cb.content or "")
    assert "interaction failed [ref" in caplog.text
    monkeypatch.undo()
    assert (await (await emu.click_button(message, label="Show quotes"))).embed["title"].startswith("Quotes")
    emu.assert_clean()


async def test_a_failure_after_the_answer_was_sent_follows_up_privately(
    emu: DiscordEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async with running(emu, build_bot(make_config(tmp_path, duplicate_window_seconds=60))) as bot:

        def broken(channel_id: int, entry_id: str, url: str) -> None:
            raise RuntimeError("could not remember")

        monkeypatch.setattr(bot.recent_answers, "remember", broken)
        handle = await emu.slash_command("faq", {"question": QUESTION})
        assert (await handle).embed["title"] == QUESTION  # the answer itself went out
        (followup,) = await handle.wait_followups(1)
        assert followup.ephemeral and REFERENCE.fullmatch(followup.content)
    assert "could not remember" in caplog.text
    emu.assert_clean()


async def test_a_failing_autocomplete_does_not_break_the_bot(
    emu: DiscordEmulator, bot: FaqBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(partial: str, limit: int = 25) -> None:
        raise RuntimeError("autocomplete fell over")

    monkeypatch.setattr(bot.engine, "autocomplete", broken)
    handle = await emu.autocomplete("faq", {"question": "cu"}, focused="question")
    await emu.wait_until(lambda: "autocomplete fell over" in caplog.text, what="the error to be logged")
    monkeypatch.undo()
    cb = await (await emu.autocomplete("faq", {"question": "cu"}, focused="question"))
    assert cb.type == 8 and cb.choices
    assert handle.callback is None  # Discord shows "loading options failed"; no message is sent in its place
    emu.assert_clean()


async def test_an_interaction_that_expired_is_logged_once_and_not_retried(
    emu: DiscordEmulator, bot: FaqBot, caplog: pytest.LogCaptureFixture
) -> None:
    emu.interaction_deadline = 0.0  # Discord answers "Unknown interaction": the 3 s were up
    handle = await emu.slash_command("faq", {"question": QUESTION})
    await emu.wait_until(lambda: "expired before it could be answered" in caplog.text, what="the warning")
    assert [status for _, status in handle.attempts] == [404]  # no second, doomed attempt
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [v.kind for v in emu.violations] == ["late_callback"]
    emu.violations.clear()
    emu.interaction_deadline = 3.0
    assert (await ask(emu, QUESTION)).embed["title"] == QUESTION
    emu.assert_clean()
