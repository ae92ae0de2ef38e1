"""A hostile save in knowledge/ while the bot runs: it keeps the last good FAQ, says why, and keeps watching."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    bot_env,
    bot_process,
    build_bot,
    copy_knowledge,
    make_config,
    process_log,
    running,
    wait_exit,
)
from tests.e2e.test_hot_reload import FIRST, add_note, answer_text, until_answer_contains, watched_config
from tests.e2e.test_moderator import reload
from tests.emulator import DiscordEmulator

ENTRY = "what-is-remission"


def break_entry(knowledge: Path, tail: str) -> Path:
    path = knowledge / "entries" / f"{ENTRY}.yaml"
    with path.open("a", encoding="utf-8") as file:
        file.write(tail)
    return path


async def test_the_watcher_survives_hostile_saves_and_picks_up_the_fix(emu: DiscordEmulator, tmp_path: Path) -> None:
    config, knowledge = watched_config(tmp_path, emu)
    async with running(emu, build_bot(config)) as bot:
        good = bot.engine
        entry = knowledge / "entries" / f"{ENTRY}.yaml"
        original = entry.read_text()
        for tail in ("\nextra: " + "[" * 200_000 + "\n", "\n? [a, b]\n: value\n", "\nextra: " + "[" * 10_000 + "\n"):
            entry.write_text(original + tail)
            modlog = await emu.wait_channel_messages(emu.guild.channel("mod-log"), 1, timeout=8)
            assert modlog[-1].content.startswith("FAQ not reloaded")
            emu.channel_messages[emu.guild.channel("mod-log").id].clear()
            assert bot.engine is good and FIRST not in await answer_text(emu)
        entry.write_text(original)
        add_note(knowledge, FIRST)  # a corrected file is picked up: the watcher is still running
        await until_answer_contains(emu, FIRST, timeout=8)
    emu.assert_clean()


async def test_faq_admin_reload_shows_the_problem_not_something_went_wrong(
    emu: DiscordEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    knowledge = copy_knowledge(tmp_path)
    async with running(emu, build_bot(make_config(tmp_path, knowledge_path=str(knowledge)))) as bot:
        good = bot.engine
        break_entry(knowledge, "\n? [a, b]\n: value\n")
        text = await reload(emu)
        assert text.startswith("FAQ not reloaded"), text
        assert re.search(rf"{ENTRY}\.yaml:\d+: error: a list or mapping is used as a field name", text), text
        assert "something went wrong" not in text

        import bot.discord_app.reload as reloading

        def crash(path: str) -> None:
            raise RuntimeError("parser fell over")

        monkeypatch.setattr(reloading, "load_knowledge", crash)
        text = await reload(emu)
        assert "FAQ not reloaded" in text and "could not be loaded: RuntimeError" in text
        assert bot.engine is good
    emu.assert_clean()


async def test_start_up_with_deeply_nested_brackets_reports_the_file(emu: DiscordEmulator, tmp_path: Path) -> None:
    knowledge = copy_knowledge(tmp_path)
    break_entry(knowledge, "\nextra: " + "[" * 200_000 + "\n")
    env = bot_env(emu, tmp_path, BOT_KNOWLEDGE_PATH=str(knowledge))
    with bot_process(env, tmp_path) as process:
        code = await wait_exit(process, timeout=30)
    log = process_log(tmp_path)
    assert code == 1, log[-2000:]  # was -11: the parser overflowed the C stack
    assert f"{ENTRY}.yaml" in log and "nested more than" in log and "Traceback" not in log
