"""A small discord.py bot exercising what the FAQ bot does, and the fixtures (emu, bot) that run it against the
Discord emulator, shared by test_emulator_*.py; tests/conftest.py registers the fixtures as a plugin."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.emulator import (
    DiscordEmulator,
    run_client,
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
