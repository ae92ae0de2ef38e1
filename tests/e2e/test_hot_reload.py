"""Hot reload through the file watcher: edits go live, broken or missing files keep the last good FAQ."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

from bot.config import Config
from tests.e2e.conftest import (
    KNOWLEDGE_DIR,
    ask,
    build_bot,
    copy_knowledge,
    entry_question,
    make_config,
    running,
    with_answer_note,
)
from tests.emulator import DiscordEmulator, StoredMessage

ENTRY = "what-is-remission"
QUESTION = entry_question(KNOWLEDGE_DIR, ENTRY)
FIRST = "Hot reload check one."
SECOND = "Hot reload check two."


def add_note(folder: Path, note: str) -> None:
    """Put `note` in front of the watched entry's answer."""
    path = folder / "entries" / f"{ENTRY}.yaml"
    path.write_text(with_answer_note(path.read_text(), note))


def watched_config(tmp_path: Path, emu: DiscordEmulator) -> tuple[Config, Path]:
    """A config that watches an editable copy of the FAQ and reports to the mod-log channel."""
    knowledge = copy_knowledge(tmp_path)
    config = make_config(
        tmp_path,
        knowledge_path=str(knowledge),
        watch_knowledge=True,
        reload_debounce_ms=100,
        mod_log_channel_id=emu.guild.channel("mod-log").id,
    )
    return config, knowledge


async def answer_text(emu: DiscordEmulator, question: str = QUESTION) -> str:
    """The description of the public answer to `question`."""
    return str((await ask(emu, question, private=True)).embed["description"])


async def until_answer_contains(emu: DiscordEmulator, text: str, timeout: float = 5.0) -> float:
    """Ask again and again until the answer contains `text`; return how long it took."""
    start = time.monotonic()
    while text not in await answer_text(emu):
        if time.monotonic() - start > timeout:
            raise AssertionError(f"the answer did not change to contain {text!r} within {timeout}s")
        await asyncio.sleep(0.1)
    return time.monotonic() - start


async def modlog_note(emu: DiscordEmulator, count: int, timeout: float = 5.0) -> StoredMessage:
    """The `count`-th message in the mod-log channel."""
    return (await emu.wait_channel_messages(emu.guild.channel("mod-log"), count, timeout=timeout))[count - 1]


async def test_an_edit_goes_live_within_seconds(emu: DiscordEmulator, tmp_path: Path) -> None:
    config, knowledge = watched_config(tmp_path, emu)
    async with running(emu, build_bot(config)):
        assert FIRST not in await answer_text(emu)
        await asyncio.sleep(0.3)  # let the watcher start
        add_note(knowledge, FIRST)
        assert await until_answer_contains(emu, FIRST) < 5
        note = await modlog_note(emu, 1)
        assert note.content.startswith("FAQ reloaded") and f"changed 1: {ENTRY}" in note.content
    emu.assert_clean()


async def test_an_edit_saved_before_the_watch_starts_is_picked_up(emu: DiscordEmulator, tmp_path: Path) -> None:
    """A save between loading the FAQ and the watcher's start sends no event the watcher could see."""
    config, knowledge = watched_config(tmp_path, emu)
    bot = build_bot(config)  # the FAQ is loaded here ...
    add_note(knowledge, FIRST)  # ... and changed before the bot (and its watcher) starts
    async with running(emu, bot):
        await until_answer_contains(emu, FIRST, timeout=8)
        # then edited again, once: the change is picked up once (no reload loop on an unchanged folder)
        add_note(knowledge, SECOND)
        await until_answer_contains(emu, SECOND, timeout=8)
        await asyncio.sleep(2.5)
        notes = [m.content for m in emu.channel_messages.get(emu.guild.channel("mod-log").id, [])]
        assert len(notes) == 2 and all(n.startswith("FAQ reloaded") for n in notes), notes
    emu.assert_clean()


async def test_a_half_written_file_keeps_the_last_good_faq(emu: DiscordEmulator, tmp_path: Path) -> None:
    config, knowledge = watched_config(tmp_path, emu)
    async with running(emu, build_bot(config)):
        await asyncio.sleep(0.3)
        path = knowledge / "entries" / f"{ENTRY}.yaml"
        full = with_answer_note(path.read_text(), FIRST)
        path.write_text(full[: len(full) // 2])  # an editor or copy caught half-way
        note = await modlog_note(emu, 1)
        assert note.content.startswith("FAQ not reloaded") and f"{ENTRY}.yaml" in note.content
        text = await answer_text(emu)
        assert FIRST not in text and "[1]" in text  # the last good answer, whole
        path.write_text(full)  # the write completes
        await until_answer_contains(emu, FIRST)
        assert (await modlog_note(emu, 2)).content.startswith("FAQ reloaded")
    emu.assert_clean()


async def test_a_deleted_folder_keeps_the_last_good_faq_and_comes_back(emu: DiscordEmulator, tmp_path: Path) -> None:
    config, knowledge = watched_config(tmp_path, emu)
    async with running(emu, build_bot(config)):
        await asyncio.sleep(0.3)
        shutil.rmtree(knowledge)
        note = await modlog_note(emu, 1)
        assert note.content.startswith("FAQ not reloaded") and "does not exist" in note.content
        assert "[1]" in await answer_text(emu)
        assert (await (await emu.slash_command("lupus-cart"))).embed["title"]
        # the folder is put back, already edited (a deploy that replaces the folder)
        staging = tmp_path / "staging"
        shutil.copytree(KNOWLEDGE_DIR, staging)
        add_note(staging, FIRST)
        staging.rename(knowledge)
        await until_answer_contains(emu, FIRST, timeout=8)
        note = await modlog_note(emu, 2)
        assert note.content.startswith("FAQ reloaded") and f"changed 1: {ENTRY}" in note.content
    emu.assert_clean()


async def test_a_folder_swapped_in_place_is_picked_up(emu: DiscordEmulator, tmp_path: Path) -> None:
    config, knowledge = watched_config(tmp_path, emu)
    async with running(emu, build_bot(config)):
        await asyncio.sleep(0.3)
        staging = tmp_path / "staging"
        shutil.copytree(KNOWLEDGE_DIR, staging)
        add_note(staging, FIRST)
        knowledge.rename(tmp_path / "previous")  # a deploy swaps the folder in two quick renames
        staging.rename(knowledge)
        await until_answer_contains(emu, FIRST, timeout=8)
        add_note(knowledge, SECOND)  # and the new folder is watched
        await until_answer_contains(emu, SECOND, timeout=8)
    emu.assert_clean()
