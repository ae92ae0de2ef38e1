"""Tests of the Discord emulator itself (messages and REST: protocol violations, refusals, validators), driving a
real discord.py 2.7 client in-process through it."""

from __future__ import annotations

from typing import Any

import aiohttp
import discord
import pytest

from tests.emulator import (
    DiscordEmulator,
    EmulatorTimeout,
)
from tests.emulator.validation import (
    validate_autocomplete,
    validate_commands,
    validate_components,
    validate_message,
)
from tests.emulator_bot import EmuBot

# ------------------------------------------------------------------------------------------------
# violations


async def test_allowed_mentions_permitting_everyone_is_a_violation(emu: DiscordEmulator, bot: EmuBot) -> None:
    handle = await emu.slash_command("shout")
    await emu.wait_until(lambda: bot.http_errors, what="the bot to see the 400")
    assert bot.http_errors[0].status == 400
    (violation,) = emu.violations_of("allowed_mentions")
    assert violation.path == "data.allowed_mentions.parse" and "everyone" in violation.message
    assert violation.interaction_id == handle.id
    assert handle.callback is None and handle.attempts[0][1] == 400


async def test_oversized_embed_is_rejected(emu: DiscordEmulator, bot: EmuBot) -> None:
    await emu.slash_command("huge")
    await emu.wait_until(lambda: bot.http_errors, what="the bot to see the 400")
    (violation,) = emu.violations
    assert violation.kind == "embed" and violation.path == "data.embeds.0.title"


async def test_late_callback_is_unknown_interaction(emu: DiscordEmulator, bot: EmuBot) -> None:
    emu.interaction_deadline = 0.1
    handle = await emu.slash_command("dawdle")
    await emu.wait_until(lambda: bot.http_errors, what="the bot to see the 404")
    assert isinstance(bot.http_errors[0], discord.NotFound) and bot.http_errors[0].code == 10062
    assert [v.kind for v in handle.violations] == ["late_callback"]
    with pytest.raises(EmulatorTimeout):
        await handle.wait_callback(timeout=0.05)


async def test_double_acknowledgement_is_rejected(emu: DiscordEmulator, bot: EmuBot) -> None:
    handle = await emu.slash_command("faq", {"question": "twice"})
    await handle
    url = f"{emu.api_base}/interactions/{handle.id}/{handle.token}/callback"
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json={"type": 4, "data": {"content": "again", "allowed_mentions": {"parse": []}}}) as resp,
    ):
        assert resp.status == 400
        assert (await resp.json())["code"] == 40060
    assert [v.kind for v in emu.violations] == ["already_acknowledged"]


def test_validators_directly() -> None:
    ok = {"content": "hi", "allowed_mentions": {"parse": []}}
    assert not validate_message(ok, creating=True, allow_ephemeral=False, require_allowed_mentions=True)
    missing = validate_message({"content": "hi"}, creating=True, allow_ephemeral=False, require_allowed_mentions=True)
    assert [e.kind for e in missing.items] == ["allowed_mentions"]
    pings = validate_message(
        {"content": "<@1>", "allowed_mentions": {"parse": [], "users": ["1"], "replied_user": True}},
        creating=True,
        allow_ephemeral=False,
        require_allowed_mentions=True,
    )
    assert {e.dotted() for e in pings.items} == {"allowed_mentions.users", "allowed_mentions.replied_user"}
    big = validate_message(
        {
            "content": "x" * 2001,
            "flags": 64 | 2,
            "allowed_mentions": {"parse": []},
            "embeds": [{"fields": [{"name": "", "value": "v"}] * 26}] * 11,
        },
        creating=True,
        allow_ephemeral=False,
        require_allowed_mentions=True,
    )
    assert {"content", "flags", "embeds", "embeds.0.fields", "embeds.0.fields.0.name"} <= {
        e.dotted() for e in big.items
    }
    assert big.to_discord_body()["errors"]["content"]["_errors"][0]["code"] == "BASE_TYPE_BAD_LENGTH"

    errors = validate_message({"components": []}, creating=False, allow_ephemeral=False, require_allowed_mentions=True)
    button = {"type": 2, "style": 1, "label": "b", "custom_id": "same"}
    validate_components(errors, [{"type": 1, "components": [button] * 6}] * 6, v2=False)
    assert {e.dotted() for e in errors.items} >= {
        "components",
        "components.0.components",
        "components.0.components.1.custom_id",
    }
    ac = validate_autocomplete({"choices": [{"name": "n", "value": "v" * 101}] * 26}, 3)
    assert {e.dotted() for e in ac.items} == {"data.choices", *(f"data.choices.{i}.value" for i in range(26))}
    cmds = validate_commands(
        [
            {
                "name": "ok",
                "description": "d",
                "options": [
                    {"type": 3, "name": "a", "description": "d"},
                    {"type": 3, "name": "b", "description": "d", "required": True},
                ],
            }
        ]
    )
    assert [e.dotted() for e in cmds.items] == ["0.options.1.required"]


async def test_rest_refusals_answer_with_discords_errors(emu: DiscordEmulator, bot: EmuBot) -> None:
    """Unknown resources and protocol violations get Discord's status and error code; nothing is stored."""
    auth = {"Authorization": f"Bot {emu.token}"}
    app = f"{emu.api_base}/applications/{emu.application_id}"
    channel = emu.guild.channel("mod-log").id
    handle = await emu.slash_command("faq", {"question": "first"})
    await handle
    hook = f"{emu.api_base}/webhooks/{emu.application_id}"
    calls: list[tuple[str, str, Any]] = [
        ("GET", f"{emu.api_base}/applications/1/commands", None),
        ("GET", f"{app}/commands/1", None),
        ("PATCH", f"{app}/commands/1", {"description": "x"}),
        ("DELETE", f"{app}/commands/1", None),
        ("GET", f"{emu.api_base}/channels/{channel}/messages/1", None),
        ("PATCH", f"{emu.api_base}/channels/{channel}/messages/1", {"content": "x"}),
        ("POST", f"{emu.api_base}/channels/1/messages", {"content": "x", "allowed_mentions": {"parse": []}}),
        ("PATCH", f"{hook}/not-a-token/messages/@original", {"content": "x"}),
        ("PATCH", f"{hook}/{handle.token}/messages/1", {"content": "x"}),
        ("DELETE", f"{hook}/{handle.token}/messages/1", None),
    ]
    answers = []
    async with aiohttp.ClientSession() as session:
        for method, url, body in calls:
            async with session.request(method, url, json=body, headers=auth) as resp:
                answers.append((resp.status, (await resp.json())["code"]))
        async with session.get(f"{app}/commands") as resp:  # no token
            answers.append((resp.status, (await resp.json())["code"]))
    assert answers == [
        (404, 10002),
        (404, 10063),
        (404, 10063),
        (404, 10063),
        (404, 10008),
        (404, 10008),
        (404, 10003),
        (404, 10015),
        (404, 10008),
        (404, 10008),
        (401, 0),
    ]
    assert [v.kind for v in emu.violations] == ["unknown_channel", "unknown_webhook", "unknown_message", "auth"]
    assert {c["name"] for c in emu.registered_commands()} >= {"faq"}
