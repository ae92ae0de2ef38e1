"""Member commands: /lupus-cart, /faq (with autocomplete), /sources, /about, and 'Find FAQ answer'."""

from __future__ import annotations

from typing import Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.answering.answer import Status
from bot.discord_app import limits
from bot.discord_app.client import FaqBot
from bot.discord_app.language import catalog, multilingual, reply_language, say
from bot.discord_app.render import render_about, render_sources
from bot.discord_app.replies import reply, send_answer
from bot.discord_app.servers import server_allowed
from bot.discord_app.serving import served
from bot.i18n.locales import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from bot.storage import StoreLike

PRIVATE_HELP = "Only you will see the answer"
LANGUAGE_HELP = "Answer in this language (default: your Discord language)"
LANGUAGE_CHOICES = [app_commands.Choice(name=LANGUAGE_NAMES[code], value=code) for code in SUPPORTED_LANGUAGES]
T = TypeVar("T")


def everywhere(command: T) -> T:
    """Allow a command in servers, DMs and group DMs, installed to a server or to a user."""
    command = app_commands.allowed_installs(guilds=True, users=True)(command)
    return app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)(command)


def _private_option(cog: MemberCommands, options: dict[str, Any]) -> bool:
    """Who sees the reply to a command with a `private` option: the member's choice, else the server's default."""
    return cog._private(options.get("private"))


class MemberCommands(commands.Cog):
    """Commands every member can use, in servers, in DMs and as a user-installed app."""

    def __init__(self, bot: FaqBot, store: StoreLike) -> None:
        self.bot = bot
        self.store = store  # counts every reply; handed in once (see FaqBot.store)
        self.find_answer_menu = app_commands.ContextMenu(name="Find FAQ answer", callback=self.find_answer)
        self.find_answer_menu.allowed_installs = app_commands.AppInstallationType(guild=True, user=True)
        self.find_answer_menu.allowed_contexts = app_commands.AppCommandContext(
            guild=True, dm_channel=True, private_channel=True
        )

    async def cog_load(self) -> None:
        """Register the context menu (context menus cannot live inside a cog class)."""
        self.bot.tree.add_command(self.find_answer_menu)

    async def cog_unload(self) -> None:
        """Remove the context menu."""
        self.bot.tree.remove_command(self.find_answer_menu.name, type=self.find_answer_menu.type)

    def _private(self, choice: bool | None) -> bool:
        return self.bot.config.private_by_default if choice is None else choice

    @everywhere
    @app_commands.command(name="lupus-cart", description="The headline: what early research found on CAR-T for lupus")
    @app_commands.describe(private=PRIVATE_HELP, language=LANGUAGE_HELP)
    @app_commands.choices(language=LANGUAGE_CHOICES)
    @served(defer=_private_option)
    async def lupus_cart(
        self,
        interaction: discord.Interaction[FaqBot],
        private: bool | None = None,
        language: app_commands.Choice[str] | None = None,
    ) -> None:
        """Show the headline summary of the research."""
        chosen = reply_language(self.bot, interaction, language.value if language else None)
        headline = multilingual(self.bot).headline(chosen)
        await send_answer(self.bot, interaction, headline, store=self.store, ephemeral=self._private(private))

    @everywhere
    @app_commands.command(name="faq", description="Ask a question about CAR-T cell therapy for lupus")
    @app_commands.describe(
        question="Your question (suggestions appear as you type)", private=PRIVATE_HELP, language=LANGUAGE_HELP
    )
    @app_commands.choices(language=LANGUAGE_CHOICES)
    @served(defer=_private_option)
    async def faq(
        self,
        interaction: discord.Interaction[FaqBot],
        question: app_commands.Range[str, 1, limits.OPTION_STRING_MAX],
        private: bool | None = None,
        language: app_commands.Choice[str] | None = None,
    ) -> None:
        """Answer a question from the FAQ."""
        chosen = reply_language(self.bot, interaction, language.value if language else None)
        answer = self.bot.answer(question, chosen)
        await send_answer(
            self.bot, interaction, answer, store=self.store, ephemeral=self._private(private), asked=question
        )

    @faq.autocomplete("question")
    async def faq_autocomplete(
        self, interaction: discord.Interaction[FaqBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """Suggest FAQ questions as the member types."""
        if not server_allowed(self.bot.config, interaction.guild_id):
            return []
        chosen = getattr(interaction.namespace, "language", None)  # the language option, if already picked
        language = reply_language(self.bot, interaction, chosen if isinstance(chosen, str) else None)
        return [
            app_commands.Choice(name=s.question[: limits.CHOICE_NAME], value=s.question[: limits.CHOICE_VALUE])
            for s in self.bot.suggest(current, language)
        ]

    @everywhere
    @app_commands.command(name="sources", description="The articles and research papers this FAQ draws on")
    @served(defer=True)
    async def sources(self, interaction: discord.Interaction[FaqBot]) -> None:
        """List the sources, with notes on reprinted copies and the papers' DOI links."""
        embed = render_sources(self.bot.engine.knowledge, reply_language(self.bot, interaction))
        await reply(interaction, embed=embed, ephemeral=True)

    @everywhere
    @app_commands.command(name="about", description="What this bot is and is not, and what it stores")
    @served(defer=True)
    async def about(self, interaction: discord.Interaction[FaqBot]) -> None:
        """Explain the bot: not medical advice, how current, what it stores, who maintains it."""
        language = reply_language(self.bot, interaction)
        embed = render_about(self.bot.engine.knowledge, self.bot.config.trust_info(), language)
        if language != "en":
            messages = catalog(self.bot)
            embed.title = messages.text("about.title", language)
            embed.description = messages.text("about.body", language)
            embed.insert_field_at(
                0,
                name=messages.text("about.languages", language),
                value=messages.text("about.languages_text", language),
                inline=False,
            )
        await reply(interaction, embed=embed, ephemeral=True)

    # An answer goes to the channel; a decline (or a crisis reply) replaces a public deferral privately.
    @served(defer=False)
    async def find_answer(self, interaction: discord.Interaction[FaqBot], message: discord.Message) -> None:
        """Run the FAQ on someone's message and answer it in the channel."""
        text = message.content or " ".join(e.description or "" for e in message.embeds)
        if not text.strip():
            await reply(interaction, content=say(self.bot, interaction, "reply.no_text"), ephemeral=True)
            return
        answer = self.bot.answer(text, reply_language(self.bot, interaction))
        # A decline is only useful to the person who clicked; an answer helps the whole channel.
        ephemeral = answer.status != Status.ANSWERED
        # The message's author never asked the bot: their words are shown to the clicker, never stored.
        await send_answer(
            self.bot, interaction, answer, store=self.store, ephemeral=ephemeral, asked=text, asker_wrote_it=False
        )


async def setup(bot: commands.Bot) -> None:
    """Load the member commands."""
    assert isinstance(bot, FaqBot)
    await bot.add_cog(MemberCommands(bot, bot.store))


__all__: list[Any] = ["MemberCommands", "setup"]
