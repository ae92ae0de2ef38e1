"""Tests of the Discord emulator itself (application commands and interactions), driving a real discord.py 2.7
client in-process through it."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from tests.emulator import (
    CommandNotInvocable,
    DiscordEmulator,
    StoredMessage,
)
from tests.emulator_bot import QUESTIONS, EmuBot

# ------------------------------------------------------------------------------------------------
# commands


async def test_sync_registers_commands_and_rejects_bad_names(emu: DiscordEmulator, bot: EmuBot) -> None:
    names = {(c["type"], c["name"]) for c in emu.registered_commands()}
    assert (1, "faq") in names and (3, "Find FAQ answer") in names and (1, "faq-admin") in names
    faq = emu.get_command("faq")
    assert faq is not None and [o["name"] for o in faq["options"]] == ["question", "private"]

    assert bot.application_id is not None
    with pytest.raises(discord.HTTPException) as excinfo:
        await bot.http.bulk_upsert_global_commands(
            bot.application_id,
            payload=[
                {"name": "Bad Name", "description": "spaces and capitals", "type": 1},
                {"name": "Report", "description": "context menus have no description", "type": 3},
                {"name": "ok", "description": "d" * 101, "type": 1},
            ],
        )
    assert excinfo.value.status == 400 and excinfo.value.code == 50035
    paths = {v.path for v in emu.violations_of("command")}
    assert paths == {"0.name", "1.description", "2.description"}
    # the rejected overwrite did not replace the registered commands
    assert emu.get_command("faq") is not None


async def test_guild_sync(emu: DiscordEmulator, bot: EmuBot) -> None:
    guild = discord.Object(id=emu.guild.id)
    bot.tree.copy_global_to(guild=guild)
    await bot.tree.sync(guild=guild)
    assert {c["name"] for c in emu.registered_commands(emu.guild)} >= {"faq", "vote"}
    handle = await emu.slash_command("faq", {"question": "guild copy?"})
    assert handle.data["guild_id"] == str(emu.guild.id)  # resolved against the guild command
    assert (await handle).embed["title"] == "Answer: guild copy?"


# ------------------------------------------------------------------------------------------------
# interactions


async def test_slash_command_answered_with_embed(emu: DiscordEmulator, bot: EmuBot) -> None:
    handle = await emu.slash_command("faq", {"question": "Is it safe?"})
    cb = await handle
    assert cb.type == 4 and cb.type_name == "CHANNEL_MESSAGE_WITH_SOURCE"
    assert cb.embed["title"] == "Answer: Is it safe?"
    assert cb.embed["fields"] == [{"name": "Source", "value": "Example et al. 2024", "inline": True}]
    assert cb.allowed_mentions == {"parse": []}
    assert not cb.ephemeral
    assert cb.latency < emu.interaction_deadline
    assert handle.original is not None and "Not medical advice" in handle.original.text()
    emu.assert_clean()


async def test_ephemeral_response_has_flag_64(emu: DiscordEmulator, bot: EmuBot) -> None:
    cb = await (await emu.slash_command("faq", {"question": "private?", "private": True}))
    assert cb.flags & 64 and cb.ephemeral
    assert cb.message is not None and cb.message.ephemeral


async def test_dm_slash_command(emu: DiscordEmulator, bot: EmuBot) -> None:
    handle = await emu.slash_command("faq", {"question": "from a DM"}, dm=True, user="alice")
    assert "member" not in handle.payload and handle.payload["user"]["username"] == "alice"
    assert (await handle).embed["title"] == "Answer: from a DM"
    with pytest.raises(CommandNotInvocable):  # guild_only group
        await emu.slash_command("faq-admin reload", dm=True)


async def test_default_permissions_hide_moderator_commands(emu: DiscordEmulator, bot: EmuBot) -> None:
    with pytest.raises(CommandNotInvocable):
        await emu.slash_command("faq-admin reload", user="alice")
    cb = await (await emu.slash_command("faq-admin reload", user="modsquad"))
    assert cb.content == "Reloaded." and cb.ephemeral
    # a server admin could override the default permissions, so tests can still invoke it
    cb = await (await emu.slash_command("faq-admin reload", user="alice", enforce_permissions=False))
    assert cb.content == "Reloaded."


async def test_unregistered_command_is_a_test_error(emu: DiscordEmulator, bot: EmuBot) -> None:
    with pytest.raises(LookupError):
        await emu.slash_command("nope")
    with pytest.raises(ValueError):
        await emu.slash_command("faq", {"questoin": "typo"})
    with pytest.raises(ValueError):
        await emu.slash_command("faq", {})  # missing required option


async def test_autocomplete_returns_choices(emu: DiscordEmulator, bot: EmuBot) -> None:
    handle = await emu.autocomplete("faq", {"question": "safe"}, focused="question")
    focused = handle.data["options"][0]
    assert focused == {"name": "question", "type": 3, "value": "safe", "focused": True}
    cb = await handle
    assert cb.type == 8
    assert cb.choices == [{"name": QUESTIONS[0], "value": QUESTIONS[0]}]
    emu.assert_clean()


async def test_button_click_and_select(emu: DiscordEmulator, bot: EmuBot) -> None:
    cb = await (await emu.slash_command("vote"))
    message = cb.message
    assert message is not None
    assert message.custom_ids() == ["vote:yes", "vote:no", "vote:topic"]

    no = await (await emu.click_button(message, label="Not helpful"))
    assert no.type == 4 and no.content == "Sorry about that." and no.ephemeral

    topic = await (await emu.select_menu(message, "vote:topic", ["trials"]))
    assert topic.content == "Topic: trials"

    handle = await emu.click_button(message, "vote:yes")
    assert handle.payload["message"]["id"] == str(message.id)
    yes = await handle
    assert yes.type == 7  # UPDATE_MESSAGE edits the message the button is on
    assert message.content == "Thanks for the feedback!" and message.components == [] and message.edited
    with pytest.raises(KeyError):
        await emu.click_button(message, "vote:yes")  # the button is gone now
    emu.assert_clean()


async def test_followups_and_edit_of_original(emu: DiscordEmulator, bot: EmuBot) -> None:
    handle = await emu.slash_command("slow")
    cb = await handle
    assert cb.type == 5
    followups = await handle.wait_followups(2)
    await handle.wait_edits(1)
    first, second = followups
    # the first follow-up after a deferred response replaces the "thinking" message
    assert first is handle.original
    assert second.content == "second follow-up" and second.ephemeral
    original = await handle.wait_original()
    assert original.content == "edited original" and original.edited
    assert [m.content for m in handle.messages()] == ["edited original", "second follow-up"]
    emu.assert_clean()


async def test_modal_submit(emu: DiscordEmulator, bot: EmuBot) -> None:
    handle = await emu.slash_command("ask")
    cb = await handle
    assert cb.type == 9 and cb.title == "Ask a question" and cb.custom_id is not None
    with pytest.raises(ValueError):
        await emu.submit_modal(handle, {"ask:question": "x" * 201})  # over max_length
    submitted = await (await emu.submit_modal(handle, {"ask:question": "Is it safe?"}))
    assert submitted.content == "Got: Is it safe?" and submitted.ephemeral
    emu.assert_clean()


async def test_message_context_menu(emu: DiscordEmulator, bot: EmuBot) -> None:
    target = emu.create_user_message("general", "alice", "does CAR-T cure lupus?")
    handle = await emu.message_command("Find FAQ answer", target)
    assert handle.data["target_id"] == str(target.id)
    cb = await handle
    assert cb.content == "You asked: does CAR-T cure lupus?"


async def test_file_upload_is_multipart(emu: DiscordEmulator, bot: EmuBot) -> None:
    cb = await (await emu.slash_command("export"))
    assert cb.content == "Here you go."
    assert [(f.filename, f.data) for f in cb.files] == [("faq.csv", b"q,a\n")]
    assert cb.request is not None and cb.request.headers["Content-Type"].startswith("multipart/form-data")
    assert cb.message is not None and cb.message.data["attachments"][0]["filename"] == "faq.csv"
    emu.assert_clean()


async def test_user_option_and_user_context_menu(emu: DiscordEmulator, bot: EmuBot) -> None:
    cb = await (await emu.slash_command("whois", {"member": emu.guild.member("modsquad")}))
    assert cb.content == "modsquad: Moderator"
    cb = await (await emu.user_command("Describe user", "alice", user="modsquad"))
    assert cb.content == "That is alice"
    emu.assert_clean()


async def test_mod_log_channel_message(emu: DiscordEmulator, bot: EmuBot) -> None:
    cb = await (await emu.slash_command("report", user="alice"))
    assert cb.content == "Reported."
    modlog = emu.guild.channel("mod-log")
    (message,) = await emu.wait_channel_messages(modlog)
    assert isinstance(message, StoredMessage)
    assert message.content == "Report from alice" and message.allowed_mentions == {"parse": []}
    emu.assert_clean()


async def test_command_upsert_edit_and_refusal(emu: DiscordEmulator) -> None:
    """POST creates (201) then replaces (200) a command, PATCH edits it, and a bad one is refused with 400."""
    auth = {"Authorization": f"Bot {emu.token}"}
    url = f"{emu.api_base}/applications/{emu.application_id}/commands"
    command = {"name": "ping", "description": "Ping", "type": 1}
    async with aiohttp.ClientSession(headers=auth) as session:
        async with session.post(url, json=command) as created:
            assert created.status == 201
            stored = await created.json()
        async with session.post(url, json=command) as replaced:
            assert replaced.status == 200 and (await replaced.json())["id"] == stored["id"]
        async with session.patch(f"{url}/{stored['id']}", json={"description": "Pong"}) as edited:
            assert edited.status == 200 and (await edited.json())["description"] == "Pong"
        async with session.patch(f"{url}/{stored['id']}", json={"name": "Not Valid!"}) as refused:
            assert refused.status == 400 and (await refused.json())["code"] == 50035
        async with session.get(f"{url}/{stored['id']}") as kept:
            assert (await kept.json())["name"] == "ping"
        async with session.delete(f"{url}/{stored['id']}") as deleted:
            assert deleted.status == 204
    assert emu.get_command("ping") is None
    assert [v.kind for v in emu.violations] != [] and all(v.path.startswith("name") for v in emu.violations)
