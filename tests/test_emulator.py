"""Tests of the Discord emulator itself, driving a real discord.py 2.7 client in-process through it."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.emulator import (
    CommandNotInvocable,
    DiscordEmulator,
    EmulatorTimeout,
    StoredMessage,
    point_discord_py_at,
    run_client,
)
from tests.emulator.validation import (
    validate_autocomplete,
    validate_commands,
    validate_components,
    validate_message,
)

NO_PINGS = discord.AllowedMentions.none()
QUESTIONS = ["Is CAR-T safe for lupus?", "How long does remission last?", "Who can take part in trials?"]
PROJECT_ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------------------------------------
# a small discord.py bot exercising what the FAQ bot does


class VoteView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Helpful", custom_id="vote:yes", style=discord.ButtonStyle.success)
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button[VoteView]) -> None:
        await interaction.response.edit_message(content="Thanks for the feedback!", view=None)

    @discord.ui.button(label="Not helpful", custom_id="vote:no")
    async def no(self, interaction: discord.Interaction, button: discord.ui.Button[VoteView]) -> None:
        await interaction.response.send_message("Sorry about that.", ephemeral=True)

    @discord.ui.select(
        custom_id="vote:topic",
        placeholder="Pick a topic",
        options=[
            discord.SelectOption(label="Safety", value="safety"),
            discord.SelectOption(label="Trials", value="trials"),
        ],
    )
    async def topic(self, interaction: discord.Interaction, select: discord.ui.Select[VoteView]) -> None:
        await interaction.response.send_message(f"Topic: {', '.join(select.values)}", ephemeral=True)


class AskModal(discord.ui.Modal, title="Ask a question"):
    question: discord.ui.TextInput[AskModal] = discord.ui.TextInput(
        label="Question", custom_id="ask:question", max_length=200
    )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"Got: {self.question.value}", ephemeral=True)


class EmuBot(commands.Bot):
    def __init__(self, modlog_channel_id: int, **kwargs: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            guild_ready_timeout=0.05,
            allowed_mentions=NO_PINGS,
            help_command=None,
            **kwargs,
        )
        self.modlog_channel_id = modlog_channel_id
        self.http_errors: list[discord.HTTPException] = []
        self.resumed = asyncio.Event()
        self._add_commands()

    async def on_resumed(self) -> None:
        self.resumed.set()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py sleeps 5 s before every non-initial IDENTIFY; tests need not wait."""

    def _add_commands(self) -> None:
        tree = self.tree

        @tree.command(name="faq", description="Ask the FAQ")
        @app_commands.describe(question="Your question", private="Only you see the answer")
        async def faq(interaction: discord.Interaction, question: str, private: bool = False) -> None:
            embed = discord.Embed(title=f"Answer: {question}", description="Early results are promising.")
            embed.add_field(name="Source", value="Example et al. 2024")
            embed.set_footer(text="Not medical advice")
            await interaction.response.send_message(embed=embed, ephemeral=private)

        @faq.autocomplete("question")
        async def faq_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=q, value=q) for q in QUESTIONS if current.lower() in q.lower()][:25]

        @tree.command(name="vote", description="An answer with buttons and a select")
        async def vote(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Was this helpful?", view=VoteView())

        @tree.command(name="slow", description="Deferred answer with follow-ups")
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send("first follow-up")
            await interaction.followup.send("second follow-up", ephemeral=True)
            await interaction.edit_original_response(content="edited original")

        @tree.command(name="ask", description="Opens a modal")
        async def ask(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(AskModal())

        @tree.command(name="report", description="Posts to the mod-log channel")
        async def report(interaction: discord.Interaction) -> None:
            channel = self.get_channel(self.modlog_channel_id) or await self.fetch_channel(self.modlog_channel_id)
            assert isinstance(channel, discord.TextChannel)
            await channel.send(f"Report from {interaction.user.name}", allowed_mentions=NO_PINGS)
            await interaction.response.send_message("Reported.", ephemeral=True)

        @tree.command(name="shout", description="Misbehaves: allows @everyone")
        async def shout(interaction: discord.Interaction) -> None:
            try:
                await interaction.response.send_message(
                    "@everyone look", allowed_mentions=discord.AllowedMentions(everyone=True)
                )
            except discord.HTTPException as error:
                self.http_errors.append(error)

        @tree.command(name="huge", description="Misbehaves: oversized embed title")
        async def huge(interaction: discord.Interaction) -> None:
            try:
                await interaction.response.send_message(embed=discord.Embed(title="x" * 300))
            except discord.HTTPException as error:
                self.http_errors.append(error)

        @tree.command(name="dawdle", description="Answers too late")
        async def dawdle(interaction: discord.Interaction) -> None:
            await asyncio.sleep(0.3)
            try:
                await interaction.response.send_message("finally")
            except discord.HTTPException as error:
                self.http_errors.append(error)

        @tree.command(name="export", description="Answers with a file")
        async def export(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Here you go.", file=discord.File(io.BytesIO(b"q,a\n"), "faq.csv"))

        @tree.command(name="whois", description="Describes a member")
        async def whois(interaction: discord.Interaction, member: discord.Member) -> None:
            roles = ", ".join(r.name for r in member.roles if not r.is_default()) or "none"
            await interaction.response.send_message(f"{member.name}: {roles}", ephemeral=True)

        @tree.context_menu(name="Describe user")
        async def describe_user(interaction: discord.Interaction, user: discord.Member) -> None:
            await interaction.response.send_message(f"That is {user.name}", ephemeral=True)

        @tree.context_menu(name="Find FAQ answer")
        async def find_answer(interaction: discord.Interaction, message: discord.Message) -> None:
            await interaction.response.send_message(f"You asked: {message.content}", ephemeral=True)

        mod = app_commands.Group(
            name="faq-admin",
            description="Moderator tools",
            guild_only=True,
            default_permissions=discord.Permissions(manage_guild=True),
        )

        @mod.command(name="reload", description="Reload the FAQ")
        async def reload(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Reloaded.", ephemeral=True)

        tree.add_command(mod)


# ------------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture
async def emu() -> AsyncIterator[DiscordEmulator]:
    async with DiscordEmulator(heartbeat_interval_ms=500) as emulator:
        yield emulator


@pytest.fixture
async def bot(emu: DiscordEmulator) -> AsyncIterator[EmuBot]:
    client = EmuBot(emu.guild.channel("mod-log").id)
    async with run_client(emu, client):
        await client.tree.sync()
        yield client


# ------------------------------------------------------------------------------------------------
# connection


async def test_connect_ready_and_guild_create(emu: DiscordEmulator) -> None:
    client = EmuBot(emu.guild.channel("mod-log").id)
    async with run_client(emu, client):
        assert client.user is not None and client.user.id == emu.bot_user.id
        assert client.application_id == emu.application_id
        guild = client.get_guild(emu.guild.id)
        assert guild is not None and guild.name == "Test Guild"
        assert {c.name for c in guild.text_channels} == {"general", "mod-log"}
        assert guild.get_role(emu.guild.role("Moderator").id) is not None
        assert guild.me is not None
    routes = [r.route for r in emu.requests]
    assert "GET /users/@me" in routes and "GET /oauth2/applications/@me" in routes
    assert emu.identify_count == 1 and emu.ready_count == 1
    sent = [e.t for e in emu.gateway_log if e.direction == "send" and e.op == 0]
    assert sent[:2] == ["READY", "GUILD_CREATE"]
    connect = next(e for e in emu.gateway_log if e.direction == "connect")
    assert connect.data["compress"] == "zlib-stream"  # discord.py 2.7 asks for it; frames were zlib-compressed
    assert any(e.direction == "recv" and e.op == 1 for e in emu.gateway_log)  # heartbeat sent and ACKed
    emu.assert_clean()


async def test_wrong_token_is_refused(emu: DiscordEmulator) -> None:
    client = discord.Client(intents=discord.Intents.none())
    with point_discord_py_at(emu), pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    assert emu.requests[-1].status == 401
    assert emu.violations_of("auth")


async def test_rest_basics_with_raw_http(emu: DiscordEmulator) -> None:
    headers = {"Authorization": f"Bot {emu.token}"}
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{emu.api_base}/users/@me", headers=headers) as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"] == "application/json"  # exactly, or discord.py reads text
            assert (await resp.json())["id"] == str(emu.bot_user.id)
        async with session.get(f"{emu.api_base}/users/@me") as resp:
            assert resp.status == 401
        async with session.get(f"{emu.api_base}/nope/nothing", headers=headers) as resp:
            assert resp.status == 404
        async with session.get(f"{emu.api_base}/gateway/bot", headers=headers) as resp:
            assert (await resp.json())["url"] == emu.gateway_url
    assert [r.route for r in emu.unknown_requests] == ["GET /nope/nothing"]


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


# ------------------------------------------------------------------------------------------------
# faults and gateway disruption


async def test_rate_limited_callback_is_retried(emu: DiscordEmulator, bot: EmuBot) -> None:
    fault = emu.inject_rate_limit("POST /interactions/*/callback", retry_after=0.1)
    handle = await emu.slash_command("faq", {"question": "rate limited?"})
    cb = await handle
    assert cb.embed["title"] == "Answer: rate limited?"
    assert fault.hits == 1
    assert [status for _, status in handle.attempts] == [200]
    statuses = [r.status for r in emu.requests_matching("POST /interactions/*/callback")]
    assert statuses == [429, 200]
    emu.assert_clean()


async def test_server_error_and_delay_injection(emu: DiscordEmulator, bot: EmuBot) -> None:
    emu.inject_error("GET /channels/*", status=403, code=50001, message="Missing Access")
    with pytest.raises(discord.Forbidden) as excinfo:
        await bot.fetch_channel(emu.guild.channel("general").id)
    assert excinfo.value.code == 50001
    emu.inject_delay("GET /channels/*", 0.2)
    loop = asyncio.get_running_loop()
    start = loop.time()
    channel = await bot.fetch_channel(emu.guild.channel("general").id)
    assert channel.id == emu.guild.channel("general").id and loop.time() - start >= 0.2


async def test_gateway_drop_resumes_and_keeps_answering(emu: DiscordEmulator, bot: EmuBot) -> None:
    await emu.drop_connection()
    # dispatched while the bot is disconnected: buffered and replayed on RESUME
    handle = await emu.slash_command("faq", {"question": "after the drop"})
    await emu.wait_resumed()
    await asyncio.wait_for(bot.resumed.wait(), 2)
    assert (await handle).embed["title"] == "Answer: after the drop"
    assert emu.identify_count == 1 and emu.resume_count == 1
    cb = await (await emu.slash_command("faq", {"question": "and later"}))
    assert cb.embed["title"] == "Answer: and later"
    emu.assert_clean()


async def test_reconnect_and_invalid_session(emu: DiscordEmulator, bot: EmuBot) -> None:
    await emu.send_reconnect()
    await emu.wait_resumed()
    await emu.drop_connection(code=4000)  # a close frame instead of a TCP abort
    await emu.wait_resumed()
    assert emu.identify_count == 1
    await emu.invalidate_session(resumable=True)
    await emu.wait_resumed()
    await emu.invalidate_session(resumable=False)
    await emu.wait_ready()  # a fresh IDENTIFY -> READY
    assert emu.identify_count == 2 and emu.resume_count == 3
    cb = await (await emu.slash_command("faq", {"question": "new session"}))
    assert cb.embed["title"] == "Answer: new session"


async def test_uncompressed_gateway(emu: DiscordEmulator) -> None:
    emu.gateway_compression = False
    client = EmuBot(emu.guild.channel("mod-log").id)
    async with run_client(emu, client):
        await client.tree.sync()
        assert (await (await emu.slash_command("faq", {"question": "plain text frames"}))).type == 4


def test_standalone_cli() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.emulator", "--port", "0", "--token", "cli-token"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
    )
    try:
        assert proc.stdout is not None
        api = proc.stdout.readline().strip()
        gateway = proc.stdout.readline().strip()
        assert api.startswith("DISCORD_API_BASE=http://127.0.0.1:") and api.endswith("/api/v10")
        assert gateway.startswith("DISCORD_GATEWAY_URL=ws://127.0.0.1:") and gateway.endswith("/gateway")

        async def probe() -> dict[str, Any]:
            base = api.split("=", 1)[1]
            async with (
                aiohttp.ClientSession() as session,
                session.get(f"{base}/users/@me", headers={"Authorization": "Bot cli-token"}) as resp,
            ):
                return dict(await resp.json())

        assert asyncio.run(probe())["username"] == "FAQ Bot"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0


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
