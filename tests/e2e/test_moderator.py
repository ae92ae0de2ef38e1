"""/faq-admin: the permission gate, reload (with the mod-log), stats and unanswered, and the crisis note."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import Config
from bot.discord_app.client import FaqBot
from tests.e2e.conftest import (
    KNOWLEDGE_DIR,
    ask,
    build_bot,
    copy_knowledge,
    db_count,
    entry_question,
    eventually,
    every_value_in_db,
    field,
    make_config,
    new_member,
    running,
    with_answer_note,
)
from tests.emulator import CallbackRecord, CommandNotInvocable, DiscordEmulator, FakeRole, fixed_snowflake

REFUSAL = "you don't have permission to use the FAQ moderator tools"

NEW_ENTRY = """\
id: awareness-ribbon
question: What colour is the lupus awareness ribbon?
aliases:
  - lupus ribbon colour
  - purple ribbon lupus
answer: >-
  The lupus awareness colour is purple, which is why this bot's answers have a purple stripe. The
  research this FAQ covers was published in Nature Medicine [1].
citations:
  - source: nature-medicine-2022
related: [lupus-cart]
reviewed: 2026-11-22
"""


async def admin(
    emu: DiscordEmulator,
    command: str,
    options: dict[str, object] | None = None,
    user: object = "modsquad",
    **kwargs: object,
) -> CallbackRecord:
    """Run `/faq-admin <command>` and return the callback."""
    return await (await emu.slash_command(f"faq-admin {command}", options or {}, user=user, **kwargs))  # type: ignore[arg-type]


async def reload(emu: DiscordEmulator, user: object = "modsquad") -> str:
    """Run `/faq-admin reload` and return the text of its (deferred, ephemeral) reply."""
    handle = await emu.slash_command("faq-admin reload", user=user)
    cb = await handle
    assert cb.type == 5 and cb.ephemeral  # thinking..., privately
    message = await handle.wait_original(timeout=5)
    assert message.ephemeral and message.allowed_mentions == {"parse": []}
    return message.content


# ----- the permission gate -----


async def test_members_without_permission_are_refused(emu: DiscordEmulator, bot: FaqBot) -> None:
    with pytest.raises(CommandNotInvocable):  # Discord hides it from them (default_member_permissions)
        await emu.slash_command("faq-admin stats", user="alice")
    with pytest.raises(CommandNotInvocable):  # and it is not offered in DMs at all
        await emu.slash_command("faq-admin stats", dm=True, user="alice")
    # a server admin can override the hiding in Server Settings; the bot checks again at run time
    for command in ("stats", "reload", "unanswered"):
        cb = await admin(emu, command, user="alice", enforce_permissions=False)
        assert cb.type == 4 and cb.ephemeral and REFUSAL in (cb.content or "")
        assert "Manage Server" in (cb.content or "")
    emu.assert_clean()


async def test_manage_server_and_owner_are_allowed(emu: DiscordEmulator, bot: FaqBot) -> None:
    for user in ("modsquad", "owner"):
        cb = await admin(emu, "stats", user=user)
        assert cb.ephemeral and cb.embed["title"] == "FAQ statistics: last week"
    emu.assert_clean()


async def test_a_configured_moderator_role_is_allowed(emu: DiscordEmulator, tmp_path: Path) -> None:
    helper = FakeRole(id=fixed_snowflake(), name="FAQ helper", permissions=0, position=3)
    emu.guild.roles.append(helper)  # before the bot connects, so GUILD_CREATE carries it
    carol = new_member(emu, "carol", roles=[helper.id])
    dave = new_member(emu, "dave")
    async with running(emu, build_bot(make_config(tmp_path, moderator_role_ids=(helper.id,)))):
        cb = await admin(emu, "unanswered", user=carol, enforce_permissions=False)
        assert cb.ephemeral and cb.embed["title"] == "Questions the FAQ could not answer"
        cb = await admin(emu, "unanswered", user=dave, enforce_permissions=False)
        assert REFUSAL in (cb.content or "")
    emu.assert_clean()


# ----- reload -----


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """An editable copy of the FAQ."""
    return copy_knowledge(tmp_path)


@pytest.fixture
def modlog_config(tmp_path: Path, knowledge: Path, emu: DiscordEmulator) -> Config:
    """Config with the copied FAQ and a mod-log channel."""
    return make_config(tmp_path, knowledge_path=str(knowledge), mod_log_channel_id=emu.guild.channel("mod-log").id)


async def test_reload_reports_added_changed_and_removed(
    emu: DiscordEmulator, knowledge: Path, modlog_config: Config
) -> None:
    modlog = emu.guild.channel("mod-log")
    async with running(emu, build_bot(modlog_config)) as bot:
        before = len(bot.engine.knowledge.entries)
        assert (await ask(emu, "purple ribbon lupus")).embed["title"] == "I don't have that in the FAQ"

        (knowledge / "entries" / "awareness-ribbon.yaml").write_text(NEW_ENTRY)
        remission = knowledge / "entries" / "what-is-remission.yaml"
        remission.write_text(with_answer_note(remission.read_text(), "Reload check."))
        text = await reload(emu)
        assert text == (
            f"FAQ reloaded ({before + 1} entries): added 1: awareness-ribbon; changed 1: what-is-remission."
        )
        answer = await ask(emu, "purple ribbon lupus")
        assert answer.embed["title"] == "What colour is the lupus awareness ribbon?"
        asked = entry_question(knowledge, "what-is-remission")
        assert "Reload check." in (await ask(emu, asked)).embed["description"]
        (note,) = await emu.wait_channel_messages(modlog, 1)
        assert note.content == text and note.allowed_mentions == {"parse": []}

        (knowledge / "entries" / "awareness-ribbon.yaml").unlink()
        assert await reload(emu) == f"FAQ reloaded ({before} entries): removed 1: awareness-ribbon."
        assert answer.message is not None  # the old answer's buttons now point at a removed entry
        quotes = await (await emu.click_button(answer.message, label="Show quotes"))
        assert quotes.ephemeral and quotes.content == "That FAQ entry no longer exists."
        assert await reload(emu) == f"FAQ reloaded ({before} entries): no changes."
        assert len(await emu.wait_channel_messages(modlog, 3)) == 3
    emu.assert_clean()


async def test_a_broken_file_is_reported_and_the_last_good_faq_stays(
    emu: DiscordEmulator, knowledge: Path, modlog_config: Config
) -> None:
    modlog = emu.guild.channel("mod-log")
    async with running(emu, build_bot(modlog_config)) as bot:
        good = bot.engine
        remission = knowledge / "entries" / "what-is-remission.yaml"
        lines = remission.read_text().splitlines()
        number = next(i for i, line in enumerate(lines, 1) if line.startswith("question:"))
        lines[number - 1] = lines[number - 1].replace("question: ", 'question: "', 1)  # a quote never closed
        remission.write_text("\n".join(lines) + "\n")

        text = await reload(emu)
        assert re.match(r"FAQ not reloaded: \d+ problem\(s\); the last good FAQ is still live\.\n", text)
        match = re.search(r"what-is-remission\.yaml:(\d+): error", text)
        assert match, text
        assert int(match.group(1)) == number
        assert bot.engine is good
        question = entry_question(KNOWLEDGE_DIR, "what-is-remission")
        assert (await ask(emu, question)).embed["title"] == question
        (note,) = await emu.wait_channel_messages(modlog, 1)
        assert note.content == text
    emu.assert_clean()


async def test_reload_still_answers_when_the_mod_log_is_unreachable(
    emu: DiscordEmulator, knowledge: Path, modlog_config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    async with running(emu, build_bot(modlog_config)):
        emu.inject_error("POST /channels/*/messages", status=403, code=50001, message="Missing Access")
        assert (await reload(emu)).startswith("FAQ reloaded")
    assert "could not post to the mod-log channel" in caplog.text
    emu.assert_clean()


async def test_crisis_note_in_the_mod_log_names_no_one(emu: DiscordEmulator, tmp_path: Path) -> None:
    general, modlog = emu.guild.channel("general"), emu.guild.channel("mod-log")
    config = make_config(tmp_path, mod_log_channel_id=modlog.id, mod_log_crisis_notes=True)
    async with running(emu, build_bot(config)):
        question = "I want to kill myself"
        assert (await ask(emu, question, user="alice")).ephemeral
        (note,) = await emu.wait_channel_messages(modlog, 1)
        assert note.content == f"A crisis-help reply was given in <#{general.id}>."
        alice = emu.guild.member("alice").user
        assert str(alice.id) not in note.content and "alice" not in note.content.lower()
        assert question.lower() not in note.content.lower()
        assert note.allowed_mentions == {"parse": []}
        # in a DM there is no channel to point moderators at, and no note
        await ask(emu, question, dm=True, user="alice")
        await ask(emu, "Is CAR-T a cure for lupus?")
    assert len(emu.channel_messages[modlog.id]) == 1
    emu.assert_clean()


# ----- stats and unanswered -----


async def test_stats_count_stored_rows_over_a_period(emu: DiscordEmulator, bot: FaqBot) -> None:
    db = bot.config.database_path
    cure_question = entry_question(KNOWLEDGE_DIR, "is-it-a-cure")
    side_effects = entry_question(KNOWLEDGE_DIR, "side-effects")
    for question in (cure_question, cure_question, side_effects):
        assert (await ask(emu, question)).embed["title"] == question
    await ask(emu, "What is the weather on Mars tomorrow?")
    await ask(emu, "I want to kill myself")
    cure = (await ask(emu, cure_question, user="owner")).message
    assert cure is not None
    await (await emu.click_button(cure, "faq:v:is-it-a-cure:1", user="alice"))
    await (await emu.click_button(cure, "faq:v:is-it-a-cure:0", user="owner"))
    await eventually(
        lambda: db_count(db, "answer_counts") == 5 and db_count(db, "crisis_counts") == 1,
        what="every reply to be counted",
    )
    # an answer counted three weeks ago, written the way the bot writes it
    old_day = (datetime.now(UTC) - timedelta(days=20)).date().isoformat()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO answer_counts (guild_id, day, entry_id, status, count) "
            "VALUES (?, ?, 'side-effects', 'answered', 7)",
            (emu.guild.id, old_day),
        )

    week = await admin(emu, "stats", {"period": "week"})
    embed = week.embed
    assert embed["title"] == "FAQ statistics: last week"
    assert embed["description"] == "Answered: **4** · Declined: **1** · Crisis replies: **1**"
    rows = field(embed, "Per entry").splitlines()
    assert rows[0] == "`is-it-a-cure` — served 3, 👍 1, 👎 1"
    assert "`side-effects` — served 1, 👍 0, 👎 0" in rows

    month = (await admin(emu, "stats", {"period": "month"})).embed
    assert month["description"] == "Answered: **11** · Declined: **1** · Crisis replies: **1**"
    assert field(month, "Per entry").splitlines()[0] == "`side-effects` — served 8, 👍 0, 👎 0"
    emu.assert_clean()


async def test_unanswered_lists_text_only_and_can_be_cleared(emu: DiscordEmulator, bot: FaqBot) -> None:
    db = bot.config.database_path
    alice = emu.guild.member("alice").user
    questions = ["What is the weather on Mars tomorrow?", f"<@{alice.id}> says **pizza** beats everything, agree?"]
    for question in questions:
        assert bot.engine.answer(question).status == "no_match"
        await ask(emu, question, user="alice")
    await ask(emu, "What is the weather on Mars tomorrow?", user="owner")
    await eventually(lambda: db_count(db, "declined_questions") == 3, what="declined questions to be kept")

    cb = await admin(emu, "unanswered")
    assert cb.ephemeral
    description = cb.embed["description"]
    assert description.startswith("• ")
    assert "What is the weather on Mars tomorrow?" in description and "×2)" in description
    assert "\\*\\*pizza\\*\\*" in description  # escaped, so it cannot format
    assert "who asked is never stored" in cb.embed["footer"]["text"]
    # nobody's id anywhere in the database, not even the one typed into a question
    assert not any(str(alice.id) in str(value) for value in every_value_in_db(db))

    cleared = await admin(emu, "unanswered", {"clear": True})
    assert cleared.embed["footer"]["text"].startswith("Cleared 3 question(s).")
    assert "What is the weather on Mars tomorrow?" in cleared.embed["description"]  # shown one last time
    assert db_count(db, "declined_questions") == 0
    assert (await admin(emu, "unanswered")).embed["description"] == "None recorded."
    emu.assert_clean()


async def test_no_question_text_is_kept_when_retention_is_zero(emu: DiscordEmulator, tmp_path: Path) -> None:
    config = make_config(tmp_path, retention_days=0)
    async with running(emu, build_bot(config)):
        await ask(emu, "What is the weather on Mars tomorrow?")
        await eventually(
            lambda: db_count(config.database_path, "answer_counts", "status = 'no_match'"),
            what="the decline to be counted",
        )
        assert db_count(config.database_path, "declined_questions") == 0
        assert (await admin(emu, "unanswered")).embed["description"] == "None recorded."
        about = await (await emu.slash_command("about"))
        assert "no question text at all" in field(about.embed, "What is stored")
    emu.assert_clean()
