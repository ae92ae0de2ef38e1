"""Registering the commands: on start for development servers, and with `python -m bot sync [--guild ID]`."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from bot.discord_app.client import FaqBot
from tests.e2e.conftest import bot_env, build_bot, make_config, running
from tests.emulator import DiscordEmulator

MEMBER_COMMANDS = {"lupus-cart", "faq", "sources", "about"}
EVERYWHERE = {"contexts": [0, 1, 2], "integration_types": [0, 1]}
MANAGE_GUILD = str(1 << 5)


def assert_registered_commands(commands: list[dict[str, Any]]) -> None:
    """The FAQ bot's six commands, as Discord would store them."""
    by_name = {c["name"]: c for c in commands}
    assert set(by_name) == {*MEMBER_COMMANDS, "faq-admin", "Find FAQ answer"}
    for name in MEMBER_COMMANDS:
        command = by_name[name]
        assert command["type"] == 1 and 0 < len(command["description"]) <= 100
        assert {k: command[k] for k in EVERYWHERE} == EVERYWHERE
        assert command["default_member_permissions"] is None
    assert_member_options(by_name)
    menu = by_name["Find FAQ answer"]
    assert menu["type"] == 3 and {k: menu[k] for k in EVERYWHERE} == EVERYWHERE
    assert_admin_command(by_name["faq-admin"])


def assert_member_options(by_name: dict[str, dict[str, Any]]) -> None:
    """/faq's question (autocompleted, at most 500 characters), private and language; /lupus-cart's private and
    language."""
    faq = {o["name"]: o for o in by_name["faq"]["options"]}
    assert list(faq) == ["question", "private", "language"]
    assert faq["question"]["type"] == 3 and faq["question"]["required"] and faq["question"]["autocomplete"]
    assert faq["question"]["max_length"] == 500  # a real question with its context; Discord allows 6,000
    assert faq["private"]["type"] == 5 and not faq["private"]["required"]
    assert [o["name"] for o in by_name["lupus-cart"]["options"]] == ["private", "language"]
    assert faq["language"]["type"] == 3 and [c["value"] for c in faq["language"]["choices"]] == ["en", "de", "es", "fr"]


def assert_admin_command(admin: dict[str, Any]) -> None:
    """/faq-admin: for Manage Server only, in servers only, with its reload, stats and unanswered subcommands."""
    assert admin["default_member_permissions"] == MANAGE_GUILD
    assert admin["contexts"] == [0] and admin["dm_permission"] is False
    subcommands = {o["name"]: o for o in admin["options"]}
    assert set(subcommands) == {"reload", "stats", "unanswered"} and all(o["type"] == 1 for o in subcommands.values())
    period = subcommands["stats"]["options"][0]
    assert period["name"] == "period" and [c["value"] for c in period["choices"]] == ["day", "week", "month", "year"]
    assert subcommands["unanswered"]["options"][0]["name"] == "clear"


async def test_global_sync_registers_valid_commands(emu: DiscordEmulator, bot: FaqBot) -> None:
    assert_registered_commands(emu.registered_commands())
    assert emu.command_overwrites and emu.command_overwrites[-1][0] is None
    emu.assert_clean()  # the emulator validated names, descriptions and options


async def test_development_servers_are_synced_on_start(emu: DiscordEmulator, tmp_path: Path) -> None:
    config = make_config(tmp_path, dev_guild_ids=(emu.guild.id,))
    async with running(emu, build_bot(config), sync=False):
        assert_registered_commands(emu.registered_commands(emu.guild))
        assert emu.registered_commands() == []  # nothing global
        cb = await (await emu.slash_command("faq", {"question": "Is CAR-T a cure for lupus?"}))
        assert cb.embed["title"] == "Is CAR-T a cure for lupus?"
    emu.assert_clean()


async def run_sync(emu: DiscordEmulator, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    """Run `python -m bot sync ARGS` without blocking the event loop the emulator runs on."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "sync",
        *args,
        cwd=tmp_path,
        env=bot_env(emu, tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    return int(process.returncode or 0), out.decode(), err.decode()


async def test_python_m_bot_sync_registers_commands(emu: DiscordEmulator, tmp_path: Path) -> None:
    code, out, err = await run_sync(emu, tmp_path, "--guild", str(emu.guild.id))
    assert code == 0, err
    assert f"Registered 6 commands in server {emu.guild.id}" in out
    assert_registered_commands(emu.registered_commands(emu.guild))

    code, out, err = await run_sync(emu, tmp_path)
    assert code == 0, err
    assert "Registered 6 commands in all servers and DMs" in out
    assert_registered_commands(emu.registered_commands())
    # sync registers and exits: no gateway connection, no database
    assert emu.identify_count == 0
    assert not (tmp_path / "data").exists()
    assert emu.token not in out + err
    emu.assert_clean()
