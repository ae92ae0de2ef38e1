"""Moderator commands: /faq-admin reload | stats | unanswered. Hidden from members and checked at run time."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands
from discord.utils import escape_markdown, escape_mentions

from bot.discord_app import limits
from bot.discord_app.client import FaqBot
from bot.discord_app.reload import reload_knowledge
from bot.discord_app.render import ANSWER_COLOUR, clip
from bot.discord_app.serving import served
from bot.storage import StorageError, StoreLike, utcnow

PERIODS = {"day": 1, "week": 7, "month": 30, "year": 365}
Period = Literal["day", "week", "month", "year"]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ModeratorCommands(commands.GroupCog, group_name="faq-admin", group_description="Moderator tools for the FAQ"):
    """FAQ tools for moderators: Manage Server or a configured moderator role."""

    def __init__(self, bot: FaqBot, store: StoreLike) -> None:
        self.bot = bot
        self.store = store  # statistics and declined questions; handed in once (see FaqBot.store)
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction[FaqBot]) -> bool:  # type: ignore[override]
        """Check permission at run time: default_permissions only hides the command."""
        if self.bot.is_moderator(interaction):
            return True
        await interaction.response.send_message(
            "Sorry, you don't have permission to use the FAQ moderator tools. They need the Manage Server "
            "permission or a moderator role.",
            ephemeral=True,
        )
        return False

    @app_commands.command(name="reload", description="Validate the FAQ files and swap them in")
    @served(rate_limited=False)
    async def reload(self, interaction: discord.Interaction[FaqBot]) -> None:
        """Reload the FAQ from disk and report what changed, or every problem."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        outcome = await reload_knowledge(self.bot, trigger=f"/faq-admin reload in {interaction.guild_id}")
        await interaction.followup.send(
            escape_mentions(outcome.describe(limit=limits.MESSAGE_CONTENT)),
            ephemeral=True,
        )

    @app_commands.command(name="stats", description="Answers served, declines and feedback per entry")
    @app_commands.describe(period="How far back to count (default: week)")
    @served(rate_limited=False)
    async def stats(self, interaction: discord.Interaction[FaqBot], period: Period = "week") -> None:
        """Show usage statistics over a period."""
        since = utcnow() - timedelta(days=PERIODS[period] - 1)
        try:
            stats = await self.store.stats(guild_id=interaction.guild_id or 0, since=since)
        except StorageError as error:
            await interaction.response.send_message(f"Statistics are unavailable: {error}", ephemeral=True)
            return
        embed = discord.Embed(title=f"FAQ statistics: last {period}", colour=ANSWER_COLOUR)
        embed.description = (
            f"Answered: **{stats.answered}** · Declined: **{stats.declined}** · Crisis replies: **{stats.crisis}**"
        )
        lines = [
            f"`{row.entry_id}` — served {row.served}, 👍 {row.helpful}, 👎 {row.not_helpful}" for row in stats.entries
        ]
        value = clip("\n".join(lines) or "No answers in this period.", limits.EMBED_FIELD_VALUE)
        embed.add_field(name="Per entry", value=value, inline=False)
        if not self.store.enabled:
            embed.set_footer(text="Storage is off, so nothing is counted.")
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(name="unanswered", description="Recent questions the FAQ could not answer")
    @app_commands.describe(clear="Delete the list after showing it")
    @served(rate_limited=False)
    async def declined_questions(self, interaction: discord.Interaction[FaqBot], clear: bool = False) -> None:
        """List recently declined questions (text only, never who asked), optionally clearing them."""
        try:
            guild_id = interaction.guild_id or 0  # this server's rows only, never another's
            questions = await self.store.declined_questions(guild_id=guild_id, limit=20)
            cleared = await self.store.clear_declined_questions(guild_id=guild_id) if clear else None
        except StorageError as error:
            await interaction.response.send_message(f"The list is unavailable: {error}", ephemeral=True)
            return
        lines = [
            f"• {escape_mentions(escape_markdown(clip(q.text, 150)))} ({q.asked_at.isoformat()}, ×{q.times_asked})"
            for q in questions
        ]
        embed = discord.Embed(title="Questions the FAQ could not answer", colour=ANSWER_COLOUR)
        embed.description = clip("\n".join(lines) or "None recorded.", limits.EMBED_DESCRIPTION)
        footer = f"Kept for {self.bot.config.retention_days} days; who asked is never stored."
        if cleared is not None:
            footer = f"Cleared {cleared} question(s). " + footer
        embed.set_footer(text=footer)
        await interaction.response.send_message(embed=embed, ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    """Load the moderator commands."""
    assert isinstance(bot, FaqBot)
    await bot.add_cog(ModeratorCommands(bot, bot.store))
