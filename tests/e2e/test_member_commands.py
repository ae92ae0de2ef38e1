"""Member commands through the emulator: /lupus-cart, /faq, autocomplete, /sources, /about, the context menu."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from bot.discord_app.client import FaqBot
from bot.knowledge.loader import HEADLINE_ENTRY
from tests.e2e.conftest import (
    PROJECT_ROOT,
    ask,
    build_bot,
    db_count,
    embed_length,
    eventually,
    field,
    labels,
    make_config,
    running,
    select_values,
)
from tests.emulator import CallbackRecord, DiscordEmulator

EPHEMERAL = 64
FOOTER = re.compile(
    r"not medical advice · last reviewed \d{4}-\d{2}-\d{2} · next review \d{4}-\d{2}-\d{2} · "
    r"covers research from \d{4} to \d{4}$",
    re.IGNORECASE,
)
NO_PINGS = {"parse": []}


def assert_within_limits(embed: dict[str, Any]) -> None:
    """Every limit Discord puts on one embed."""
    assert 0 < len(embed.get("title") or "x") <= 256
    assert len(embed.get("description") or "") <= 4096
    assert len(embed.get("fields") or []) <= 25
    for item in embed.get("fields") or []:
        assert 0 < len(item["name"]) <= 256 and 0 < len(item["value"]) <= 1024
    assert len((embed.get("footer") or {}).get("text") or "") <= 2048
    assert embed_length(embed) <= 6000


def assert_answer_embed(cb: CallbackRecord, bot: FaqBot, entry_id: str) -> dict[str, Any]:
    """The full answer shape: title, [n] markers, caveats, numbered sources, footer, buttons, no pings."""
    expected = bot.engine.answer_entry(entry_id)
    assert expected is not None
    embed = cb.embed
    assert embed["title"] == bot.engine.knowledge.entry(entry_id).question  # type: ignore[union-attr]
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", embed["description"])}
    assert markers and markers <= {c.number for c in expected.citations}
    caveats = field(embed, "Keep in mind")
    for caveat in bot.engine.knowledge.caveats:
        assert caveat.text in caveats
    sources = field(embed, "Sources").splitlines()
    assert [line.split("**")[1] for line in sources] == [f"[{c.number}]" for c in expected.citations]
    for line, citation in zip(sources, expected.citations, strict=True):
        if citation.url:
            assert f"]({citation.url})" in line
    assert FOOTER.search(embed["footer"]["text"])
    assert labels(cb.components)[:3] == ["Show quotes", "Helpful", "Not helpful"]
    assert cb.allowed_mentions == NO_PINGS
    assert_within_limits(embed)
    return embed


# ----- /lupus-cart -----


async def test_lupus_cart_is_the_headline_answer_in_public(emu: DiscordEmulator, bot: FaqBot) -> None:
    handle = await emu.slash_command("lupus-cart")
    cb = await handle
    assert cb.type == 4 and not cb.ephemeral
    embed = assert_answer_embed(cb, bot, HEADLINE_ENTRY)
    caveats = field(embed, "Keep in mind").lower()
    for word in ("five", "early", "cure", "not medical advice"):
        assert word in caveats
    assert "](https://doi.org/" in field(embed, "Sources")
    assert cb.custom_id is None and "faq:q:lupus-cart" in handle.original.custom_ids()  # type: ignore[union-attr]
    assert select_values(cb.components).keys() == {"faq:s:related:lupus-cart"}
    assert cb.message is not None and cb.message.channel_id == emu.guild.channel("general").id
    emu.assert_clean()


async def test_private_true_makes_the_answer_ephemeral(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await (await emu.slash_command("lupus-cart", {"private": True}))
    assert cb.flags & EPHEMERAL and cb.message is not None and cb.message.ephemeral
    cb = await ask(emu, "Is CAR-T a cure for lupus?", private=True)
    assert cb.flags & EPHEMERAL and cb.embed["title"] == "Is CAR-T a cure for lupus?"
    emu.assert_clean()


async def test_private_by_default_in_config(emu: DiscordEmulator, tmp_path: Path) -> None:
    async with running(emu, build_bot(make_config(tmp_path, private_by_default=True))):
        assert (await (await emu.slash_command("lupus-cart"))).ephemeral
        assert (await ask(emu, "Is CAR-T a cure for lupus?")).ephemeral
        public = await ask(emu, "Is CAR-T a cure for lupus?", private=False)
        assert not public.ephemeral and public.embed["title"] == "Is CAR-T a cure for lupus?"
    emu.assert_clean()


# ----- /faq -----


async def test_faq_answers_with_the_full_embed_and_related_questions(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await ask(emu, "Is CAR-T a cure for lupus?")
    assert not cb.ephemeral
    assert_answer_embed(cb, bot, "is-it-a-cure")
    related = bot.engine.answer("Is CAR-T a cure for lupus?").related
    assert select_values(cb.components) == {"faq:s:related:is-it-a-cure": [r.entry_id for r in related]}
    await eventually(
        lambda: db_count(bot.config.database_path, "answer_counts", "entry_id = 'is-it-a-cure'"),
        what="the answer to be counted",
    )
    emu.assert_clean()


def close_call(bot: FaqBot) -> str:
    """A question from the regression set that the engine answers with runners-up beside the answer."""
    items = yaml.safe_load((PROJECT_ROOT / "tests" / "questions.yaml").read_text())
    for item in items:
        answer = bot.engine.answer(item["q"])
        if answer.status == "answered" and answer.suggestions and len(item["q"]) <= 100:
            return str(item["q"])
    raise AssertionError("no question in tests/questions.yaml is a close call any more")


async def test_close_call_offers_did_you_mean(emu: DiscordEmulator, bot: FaqBot) -> None:
    question = close_call(bot)
    expected = bot.engine.answer(question)
    cb = await ask(emu, question)
    assert cb.embed["title"] == expected.title
    others = field(cb.embed, "Did you mean…")
    for suggestion in expected.suggestions:
        assert suggestion.question in others
    selects = select_values(cb.components)
    mean = f"faq:s:mean:{expected.entry_id}"
    assert selects[mean] == [s.entry_id for s in expected.suggestions]
    select = next(c for row in cb.components for c in row["components"] if c.get("custom_id") == mean)
    assert select["placeholder"] == "Did you mean…"
    emu.assert_clean()


async def test_no_match_declines_with_examples_and_escaped_echo(emu: DiscordEmulator, bot: FaqBot) -> None:
    question = "What is the weather on Mars tomorrow?"
    cb = await ask(emu, question)
    embed = cb.embed
    assert embed["title"] == "I don't have that in the FAQ"
    assert f"You asked: “{question}”" in embed["description"]
    assert "Keep in mind" not in [f["name"] for f in embed.get("fields") or []]
    assert labels(cb.components) == []  # no quotes or votes on a decline
    examples = bot.engine.answer(question).suggestions
    assert select_values(cb.components) == {"faq:s:try:": [s.entry_id for s in examples]}
    for example in examples:
        assert example.question in embed["description"]
    await eventually(lambda: db_count(bot.config.database_path, "declined_questions"), what="the declined question")
    emu.assert_clean()


async def test_mentions_in_a_question_ping_nobody_and_are_escaped(emu: DiscordEmulator, bot: FaqBot) -> None:
    question = "@everyone <@123> <@123456789012345678> **bold** what is the best pizza"
    cb = await ask(emu, question)
    assert cb.allowed_mentions == NO_PINGS  # parse nothing, no users, no roles, no replied user
    description = cb.embed["description"]
    assert "@\u200beveryone" in description and "@everyone" not in description
    assert "<@\u200b123456789012345678>" in description
    assert "\\*\\*bold\\*\\*" in description and "**bold**" not in description
    answered = await ask(emu, "@everyone is CAR-T a cure for lupus?")
    assert answered.allowed_mentions == NO_PINGS and "@everyone" not in answered.embed["title"]
    emu.assert_clean()


async def test_crisis_gets_private_help_and_no_faq(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await ask(emu, "i want to kill myself, does car-t cure lupus")
    assert cb.ephemeral and cb.components == []
    embed = cb.embed
    text = embed["description"]
    for line in ("988", "911", "116 123", "112"):
        assert line in text
    assert not embed.get("fields")  # no caveats, no sources: no FAQ content
    assert "CAR" not in text and "remission" not in text.lower()
    assert cb.allowed_mentions == NO_PINGS
    # even when the member asked for a public answer
    assert (await ask(emu, "I want to end my life", private=False)).ephemeral
    db = bot.config.database_path
    await eventually(lambda: db_count(db, "crisis_counts") == 2, what="crisis replies to be counted")
    assert db_count(db, "declined_questions") == 0 and db_count(db, "answer_counts") == 0
    emu.assert_clean()


async def test_personal_treatment_question_sends_to_the_doctor(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await ask(emu, "Should I stop taking my hydroxychloroquine?")
    assert cb.embed["title"] == bot.engine.knowledge.entry("my-treatment").question  # type: ignore[union-attr]
    assert re.search(r"doctor|rheumatologist", cb.embed["description"], re.IGNORECASE)
    assert "faq:q:my-treatment" in [c["custom_id"] for row in cb.components for c in row["components"]]
    emu.assert_clean()


async def test_an_oversized_answer_is_shortened_to_fit(emu: DiscordEmulator, bot: FaqBot) -> None:
    real = bot.engine.answer("Is CAR-T a cure for lupus?")
    from dataclasses import replace

    huge = replace(
        real,
        title="T" * 400,
        body="word " * 2000,
        caveats=tuple("caveat " * 40 for _ in range(12)),
        citations=real.citations * 12,
    )
    bot.engine.answer = lambda question: huge  # type: ignore[method-assign]
    cb = await ask(emu, "anything")
    assert cb.type == 4
    assert_within_limits(cb.embed)
    assert cb.embed["description"].endswith("…") and cb.embed["title"].endswith("…")
    emu.assert_clean()


# ----- autocomplete -----


async def test_autocomplete_suggests_relevant_questions_within_limits(emu: DiscordEmulator, bot: FaqBot) -> None:
    for typed, expected in (("cu", "Is CAR-T a cure for lupus?"), ("side", "side effects")):
        cb = await (await emu.autocomplete("faq", {"question": typed}, focused="question"))
        assert cb.type == 8
        choices = cb.choices
        assert 0 < len(choices) <= 25
        assert all(0 < len(c["name"]) <= 100 and 0 < len(c["value"]) <= 100 for c in choices)
        assert any(expected.lower() in c["name"].lower() for c in choices[:3]), (typed, choices[:3])
    empty = await (await emu.autocomplete("faq", {"question": ""}, focused="question"))
    assert len(empty.choices) == 25
    emu.assert_clean()


# ----- /sources and /about -----


async def test_sources_lists_articles_papers_and_doi_links(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await (await emu.slash_command("sources"))
    assert cb.ephemeral
    embed = cb.embed
    assert "reprinted" in embed["description"]
    names = [f["name"] for f in embed["fields"]]
    assert names[0] == "News stories" and "Research papers" in names
    text = "\n".join(f["value"] for f in embed["fields"])
    assert "more" not in re.findall(r"…and \d+ (\w+)", text)  # no source left out
    for source in bot.engine.knowledge.sources:
        assert source.date in text and source.outlet in text
        if source.url:
            assert f"]({source.url})" in text
    assert text.count("copy of this story") == sum(
        "copy of this story" in (s.note or "") for s in bot.engine.knowledge.sources
    )
    assert "https://doi.org/10.1038/s41591-022-02017-5" in field(embed, "Research papers")
    assert_within_limits(embed)
    emu.assert_clean()


async def test_about_says_what_the_bot_is_and_stores(emu: DiscordEmulator, tmp_path: Path) -> None:
    config = make_config(tmp_path, maintainers="the Lupus Circle mod team", retention_days=14)
    async with running(emu, build_bot(config)) as bot:
        cb = await (await emu.slash_command("about"))
        text = cb.message.text() if cb.message else ""
        assert cb.ephemeral
        assert "not medical advice" in text
        assert f"{len(bot.engine.knowledge.entries)} questions, last reviewed" in text
        assert "for 14 days" in text and "never who asked" in text
        assert "Maintained by the Lupus Circle mod team" in text
        assert "no advertising" in text and "No funding has been declared by this server's moderators" in text
        assert "message one of this server's moderators" in text and "covers research from 2021 to" in text
    emu.assert_clean()


# ----- outside servers -----


async def test_commands_work_in_a_dm(emu: DiscordEmulator, bot: FaqBot) -> None:
    handle = await emu.slash_command("faq", {"question": "Is CAR-T a cure for lupus?"}, dm=True, user="alice")
    assert "member" not in handle.payload and handle.payload["context"] == 1
    cb = await handle
    assert cb.embed["title"] == "Is CAR-T a cure for lupus?"
    assert (await (await emu.slash_command("lupus-cart", dm=True, user="alice"))).embed["title"]
    assert (await (await emu.slash_command("sources", dm=True, user="alice"))).embed["fields"]
    crisis = await (await emu.slash_command("faq", {"question": "I want to kill myself"}, dm=True, user="alice"))
    assert crisis.ephemeral
    emu.assert_clean()


async def test_commands_work_as_a_user_installed_app(emu: DiscordEmulator, bot: FaqBot) -> None:
    alice = emu.guild.member("alice").user
    user_install = {"authorizing_integration_owners": {"1": str(alice.id)}}
    # a group DM the bot is not in (context 2), and a server that did not install the bot (context 0)
    group_dm = await emu.slash_command(
        "faq", {"question": "Is CAR-T a cure for lupus?"}, dm=True, user=alice, extra={**user_install, "context": 2}
    )
    assert (await group_dm).embed["title"] == "Is CAR-T a cure for lupus?"
    in_server = await emu.slash_command("lupus-cart", user=alice, extra=user_install)
    assert (await in_server).embed["title"] == bot.engine.headline().title
    emu.assert_clean()


async def test_faq_takes_a_question_with_its_context_and_longer_messages_go_through_the_menu(
    emu: DiscordEmulator, bot: FaqBot
) -> None:
    """/faq accepts 500 characters (a question with its story); a longer message is answered from the menu."""
    story = (
        "My sister was diagnosed with lupus nephritis three years ago and has tried several treatments that did not "
        "work for long. Her rheumatologist mentioned new research, and we read about it online but the articles "
        "say different things and we are confused about what was really found. "
    )
    question = (story + "Is CAR-T a cure for lupus?").rjust(500)
    assert len(question) == 500
    cb = await ask(emu, question)
    assert cb.embed["title"] == "Is CAR-T a cure for lupus?"
    longer = story * 2 + "Is CAR-T a cure for lupus?"
    assert len(longer) > 500
    target = emu.create_user_message("general", "owner", longer)
    menu = await (await emu.message_command("Find FAQ answer", target, user="alice"))
    assert menu.embed["title"] == "Is CAR-T a cure for lupus?"
    emu.assert_clean()


# ----- the "Find FAQ answer" context menu -----


async def test_context_menu_answers_someone_elses_question_publicly(emu: DiscordEmulator, bot: FaqBot) -> None:
    question = "Hi everyone! Does CAR-T therapy cure lupus? Asking for a friend."
    target = emu.create_user_message("general", "owner", question)
    cb = await (await emu.message_command("Find FAQ answer", target, user="alice"))
    assert not cb.ephemeral
    assert cb.embed["title"] == "Is CAR-T a cure for lupus?"
    assert labels(cb.components)[:3] == ["Show quotes", "Helpful", "Not helpful"]
    emu.assert_clean()


async def test_context_menu_on_a_crisis_message_answers_privately(emu: DiscordEmulator, bot: FaqBot) -> None:
    target = emu.create_user_message("general", "owner", "i can't do this anymore, i want to die")
    cb = await (await emu.message_command("Find FAQ answer", target, user="alice"))
    assert cb.ephemeral and cb.components == [] and "988" in cb.embed["description"]
    declined = emu.create_user_message("general", "owner", "what's everyone's favourite pizza topping?")
    cb = await (await emu.message_command("Find FAQ answer", declined, user="alice"))
    assert cb.ephemeral and cb.embed["title"] == "I don't have that in the FAQ"
    empty = emu.create_user_message("general", "owner", "")
    cb = await (await emu.message_command("Find FAQ answer", empty, user="alice"))
    assert cb.ephemeral and cb.content == "That message has no text I can look up."
    emu.assert_clean()
