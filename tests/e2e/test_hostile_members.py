"""A hostile or careless member through the emulator: long messages, vote floods, other people's words, links."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

from bot.discord_app.client import FaqBot
from tests.e2e.conftest import ask, build_bot, db_rows, eventually, make_config, running
from tests.emulator import DiscordEmulator

QUESTION = "Is CAR-T a cure for lupus?"


async def test_find_faq_answer_on_a_100k_message_does_not_freeze_the_bot(emu: DiscordEmulator, bot: FaqBot) -> None:
    hostile = ("i stop " * 20_000)[:100_000]
    target = emu.create_user_message("general", "owner", hostile)
    started = time.perf_counter()
    long_one = await emu.message_command("Find FAQ answer", target, user="alice")
    other = await emu.slash_command("faq", {"question": QUESTION}, user="owner")  # another member, meanwhile
    answered, cb = await asyncio.gather(long_one.wait_callback(timeout=5), other.wait_callback(timeout=5))
    elapsed = time.perf_counter() - started
    assert answered.ephemeral and answered.embed["title"] == "I don't have that in the FAQ"
    # Answered directly, or (when the long message kept the event loop busy on a loaded machine) acknowledged
    # at once and answered just after: either way within the deadline.
    shown = cb.embed if cb.type == 4 else (await other.wait_original()).embed
    assert shown["title"] == QUESTION
    assert elapsed < 2.0, f"took {elapsed:.2f} s"
    emu.assert_clean()


async def test_votes_have_the_same_cooldown_as_questions(emu: DiscordEmulator, tmp_path: Path) -> None:
    config = make_config(tmp_path, cooldown_rate=3, cooldown_per_seconds=30)
    async with running(emu, build_bot(config)):
        answer = await ask(emu, QUESTION, user="owner")
        assert answer.message is not None
        replies = []
        for number in range(6):
            label = "Helpful" if number % 2 else "Not helpful"
            replies.append(await (await emu.click_button(answer.message, label=label, user="alice")))
        texts = [r.content or "" for r in replies]
        assert all(not t.startswith("You're asking quickly") for t in texts[:3]), texts
        slow_down = re.compile(r"You're asking quickly! Please wait \d+ seconds and try again\.")
        assert all(slow_down.fullmatch(t) for t in texts[3:]), texts
        # Voting did not use up alice's questions.
        assert (await ask(emu, "what are the side effects", user="alice")).embed["title"]
    emu.assert_clean()


async def test_find_faq_answer_does_not_store_the_target_members_message(emu: DiscordEmulator, bot: FaqBot) -> None:
    target = emu.create_user_message("general", "owner", "what's everyone's favourite pizza topping?")
    cb = await (await emu.message_command("Find FAQ answer", target, user="alice"))
    assert cb.ephemeral and cb.embed["title"] == "I don't have that in the FAQ"
    # The same words asked by the member themselves are kept: the store works, the context menu just skips it.
    await ask(emu, "what's your favourite pizza topping?", user="alice")
    rows = await eventually(lambda: db_rows(bot.config.database_path, "SELECT text FROM declined_questions"))
    await asyncio.sleep(0.2)
    assert db_rows(bot.config.database_path, "SELECT text FROM declined_questions") == rows
    assert rows == [("what's your favourite pizza topping?",)]
    emu.assert_clean()


async def test_a_distress_like_decline_is_answered_but_never_stored(emu: DiscordEmulator, bot: FaqBot) -> None:
    distress = "i feel so hopeless and alone tonight, what is the weather"
    cb = await ask(emu, distress, user="alice")
    assert cb.embed["title"] == "You're not alone in this" and cb.ephemeral  # the safety screen: a support reply
    cb = await ask(emu, "sorry for everything. what is the weather", user="alice")  # declined, distress-like
    assert cb.embed["title"] == "I don't have that in the FAQ"
    await ask(emu, "how do I bake bread", user="alice")
    rows = await eventually(lambda: db_rows(bot.config.database_path, "SELECT text FROM declined_questions"))
    await asyncio.sleep(0.2)
    assert (
        db_rows(bot.config.database_path, "SELECT text FROM declined_questions") == rows == [("how do I bake bread",)]
    )
    emu.assert_clean()


async def test_a_link_in_a_public_decline_is_not_clickable(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await ask(emu, "is https://evil.example/cure legit", user="alice")
    assert not cb.ephemeral and cb.embed["title"] == "I don't have that in the FAQ"
    assert "https://" not in cb.embed["description"]
    assert "https\u200b://evil.example/cure" in cb.embed["description"]
    emu.assert_clean()
