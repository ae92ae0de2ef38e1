"""Buttons and selects under an answer: quotes, votes, related and did-you-mean questions, and after a restart."""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import Config
from bot.discord_app.client import FaqBot
from tests.e2e.conftest import build_bot, db_rows, every_value_in_db, new_member, running, select_values
from tests.emulator import DiscordEmulator, StoredMessage

QUESTION = "Is CAR-T a cure for lupus?"
ENTRY = "is-it-a-cure"


def unescape_markdown(text: str) -> str:
    """Undo discord.utils.escape_markdown so quotes can be compared with the FAQ files."""
    return re.sub(r"\\([*_~|`>\\])", r"\1", text)


def votes(config: Config, entry_id: str = ENTRY) -> tuple[int, int]:
    """(helpful, not helpful) stored for an entry."""
    rows = db_rows(
        config.database_path,
        "SELECT coalesce(sum(helpful), 0), coalesce(sum(not_helpful), 0) FROM vote_counts WHERE entry_id = ?",
        (entry_id,),
    )
    return int(rows[0][0]), int(rows[0][1])


async def public_answer(emu: DiscordEmulator, question: str = QUESTION) -> StoredMessage:
    """Ask in public and return the posted message."""
    cb = await (await emu.slash_command("faq", {"question": question}, user="owner"))
    assert cb.message is not None and not cb.ephemeral
    return cb.message


async def test_show_quotes_shows_each_quote_verbatim_and_privately(emu: DiscordEmulator, bot: FaqBot) -> None:
    message = await public_answer(emu)
    cb = await (await emu.click_button(message, label="Show quotes", user="alice"))
    assert cb.type == 4 and cb.ephemeral and cb.components == []
    embed = cb.embed
    assert embed["title"] == f"Quotes behind: {QUESTION}"
    text = unescape_markdown(embed["description"])
    answer = bot.engine.answer_entry(ENTRY)
    assert answer is not None and any(c.quote for c in answer.citations)
    for citation in answer.citations:
        assert f"[{citation.number}]" in text
        if citation.quote:
            assert f"“{citation.quote}”" in text
    assert "word for word" in embed["footer"]["text"]
    emu.assert_clean()


async def test_votes_are_counted_once_per_person_and_can_change(emu: DiscordEmulator, bot: FaqBot) -> None:
    message = await public_answer(emu)
    helpful, not_helpful = "faq:v:is-it-a-cure:1", "faq:v:is-it-a-cure:0"
    first = await (await emu.click_button(message, helpful, user="alice"))
    assert first.ephemeral and first.content == "Thanks for the feedback! It helps the moderators improve the FAQ."
    assert votes(bot.config) == (1, 0)

    again = await (await emu.click_button(message, helpful, user="alice"))
    assert again.ephemeral and "already voted" in (again.content or "")
    assert votes(bot.config) == (1, 0)

    changed = await (await emu.click_button(message, not_helpful, user="alice"))
    assert changed.ephemeral and "changed your vote" in (changed.content or "")
    assert votes(bot.config) == (0, 1)

    bob = new_member(emu, "bob")
    other = await (await emu.click_button(message, helpful, user=bob))
    assert other.content == "Thanks for the feedback! It helps the moderators improve the FAQ."
    assert votes(bot.config) == (1, 1)
    assert len(db_rows(bot.config.database_path, "SELECT * FROM vote_hashes")) == 2

    # votes are de-duplicated without keeping who voted
    ids = {emu.guild.member("alice").user.id, bob.user.id}
    stored = every_value_in_db(bot.config.database_path)
    assert not any(str(i) in str(value) for i in ids for value in stored)
    emu.assert_clean()


async def test_related_and_did_you_mean_selects_answer_privately(emu: DiscordEmulator, bot: FaqBot) -> None:
    message = await public_answer(emu)
    related = f"faq:s:related:{ENTRY}"
    picked = select_values(message.components)[related][0]
    cb = await (await emu.select_menu(message, related, [picked], user="alice"))
    assert cb.ephemeral
    assert cb.embed["title"] == bot.engine.knowledge.entry(picked).question  # type: ignore[union-attr]
    assert "faq:q:" + picked in [c["custom_id"] for row in cb.components for c in row["components"]]

    decline = await (await emu.slash_command("faq", {"question": "What is the weather on Mars tomorrow?"}))
    assert decline.message is not None
    example = select_values(decline.components)["faq:s:try:"][0]
    cb = await (await emu.select_menu(decline.message, "faq:s:try:", [example]))
    assert cb.ephemeral and cb.embed["title"] == bot.engine.knowledge.entry(example).question  # type: ignore[union-attr]
    emu.assert_clean()


async def test_components_keep_working_after_a_restart(emu: DiscordEmulator, config: Config, tmp_path: Path) -> None:
    async with running(emu, build_bot(config)):
        message = await public_answer(emu)
        voted = await (await emu.click_button(message, "faq:v:is-it-a-cure:1", user="alice"))
        assert voted.content and voted.content.startswith("Thanks for the feedback!")
    # a new process on the same database; the old message's components carry everything a click needs
    async with running(emu, build_bot(config), sync=False) as restarted:
        quotes = await (await emu.click_button(message, label="Show quotes", user="alice"))
        assert quotes.ephemeral and quotes.embed["title"] == f"Quotes behind: {QUESTION}"
        again = await (await emu.click_button(message, "faq:v:is-it-a-cure:1", user="alice"))
        assert "already voted" in (again.content or "")
        changed = await (await emu.click_button(message, "faq:v:is-it-a-cure:0", user="alice"))
        assert "changed your vote" in (changed.content or "")
        related = f"faq:s:related:{ENTRY}"
        picked = select_values(message.components)[related][-1]
        cb = await (await emu.select_menu(message, related, [picked], user="alice"))
        assert cb.embed["title"] == restarted.engine.knowledge.entry(picked).question  # type: ignore[union-attr]
    assert votes(config) == (0, 1)
    assert emu.identify_count == 2
    emu.assert_clean()


async def test_buttons_on_a_private_answer_work(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await (await emu.slash_command("faq", {"question": QUESTION, "private": True}, user="alice"))
    assert cb.ephemeral and cb.message is not None
    quotes = await (await emu.click_button(cb.message, label="Show quotes"))
    assert quotes.ephemeral and quotes.embed["title"] == f"Quotes behind: {QUESTION}"
    vote = await (await emu.click_button(cb.message, label="Helpful"))
    assert (vote.content or "").startswith("Thanks for the feedback!")
    assert votes(bot.config) == (1, 0)
    emu.assert_clean()


async def test_a_second_question_and_the_top_did_you_mean_are_one_click(emu: DiscordEmulator, bot: FaqBot) -> None:
    question = "what are the side effects and how much does it cost?"
    expected = bot.engine.answer(question)
    assert expected.entry_id == "side-effects" and [s.entry_id for s in expected.also_asked] == ["cost-manufacturing"]
    message = await public_answer(emu, question)
    also = next(f for f in message.embeds[0]["fields"] if f["name"] == "You also asked")
    assert expected.also_asked[0].question in also["value"]
    cb = await (await emu.click_button(message, "faq:p:cost-manufacturing", user="alice"))
    assert cb.ephemeral and cb.embed["title"] == expected.also_asked[0].question
    emu.assert_clean()
