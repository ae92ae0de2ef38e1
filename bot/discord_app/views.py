"""Buttons and selects under an answer. Their custom_id carries what a click needs, so they survive restarts.

discord.py rebuilds an item from its custom_id for each click, so the items take the store from the bot the
click came to: `FaqBot.store`, one LiveStore set when the bot is built and never replaced.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar, cast

import discord

from bot.answering.answer import Answer, Status, Suggestion
from bot.discord_app import limits
from bot.discord_app.language import catalog, multilingual, reply_language, say
from bot.discord_app.render import clip, render_quotes
from bot.discord_app.replies import reply, send_answer
from bot.discord_app.serving import reply_privately, served

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

_ENTRY = r"[a-z0-9](?:[a-z0-9-]{0,60})"


def _bot(interaction: discord.Interaction[Any]) -> FaqBot:
    return cast("FaqBot", interaction.client)


async def answer_picked_entry(interaction: discord.Interaction[Any], entry_id: str) -> None:
    """A question picked from a select or a button: answer it privately (the callbacks are @served)."""
    bot = _bot(interaction)
    answer = multilingual(bot).answer_entry(entry_id, reply_language(bot, interaction))
    if answer is None:
        await reply_privately(interaction, say(bot, interaction, "reply.entry_gone_try"))
        return
    await send_answer(bot, interaction, answer, store=bot.store, ephemeral=True)


class QuotesButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"faq:q:(?P<entry>{_ENTRY})"):
    """'Show quotes': the verbatim quote behind each citation, shown only to the clicker."""

    def __init__(self, entry_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Show quotes", style=discord.ButtonStyle.secondary, custom_id=f"faq:q:{entry_id}", emoji="📖"
            )
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> QuotesButton:
        """Rebuild the button from its custom_id."""
        return cls(match["entry"])

    @served(rate_limited=False, defer=True)
    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Show the verbatim quotes behind the entry's citations, ephemerally."""
        bot = _bot(interaction)
        answer = multilingual(bot).answer_entry(self.entry_id, reply_language(bot, interaction))
        if answer is None:
            await reply_privately(interaction, say(bot, interaction, "reply.entry_gone"))
            return
        await reply(interaction, embed=render_quotes(answer, catalog(bot)), ephemeral=True)


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"faq:v:(?P<entry>{_ENTRY}):(?P<helpful>[01])"
):
    """'Helpful' / 'Not helpful': one vote per person per entry, counted without storing who voted."""

    def __init__(self, entry_id: str, helpful: bool) -> None:
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                style=discord.ButtonStyle.success if helpful else discord.ButtonStyle.secondary,
                custom_id=f"faq:v:{entry_id}:{int(helpful)}",
                emoji="👍" if helpful else "👎",
            )
        )
        self.entry_id = entry_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> VoteButton:
        """Rebuild the button from its custom_id."""
        return cls(match["entry"], match["helpful"] == "1")

    @served(votes=True, defer=True)
    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Record the vote (one per person per entry) and acknowledge it ephemerally."""
        bot = _bot(interaction)
        outcome = await bot.store.record_vote(
            guild_id=interaction.guild_id, user_id=interaction.user.id, entry_id=self.entry_id, helpful=self.helpful
        )
        key = {None: "vote.not_kept", "unchanged": "vote.unchanged", "changed": "vote.changed"}.get(outcome)
        await reply_privately(interaction, say(bot, interaction, key or "vote.thanks"))


class EntrySelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"faq:s:(?P<kind>[a-z]+)(?::.*)?"):
    """A select of other questions (runners-up, related, examples); picking one answers it privately."""

    PLACEHOLDERS: ClassVar[dict[str, str]] = {
        "mean": "Did you mean…",
        "related": "Related questions",
        "try": "Questions I can answer",
    }

    def __init__(self, kind: str, suggestions: tuple[Suggestion, ...] = (), key: str = "") -> None:
        options = [
            discord.SelectOption(label=clip(s.question, limits.SELECT_OPTION_LABEL), value=s.entry_id)
            for s in suggestions[: limits.SELECT_OPTIONS]
        ]
        custom_id = f"faq:s:{kind}:{key}"[: limits.CUSTOM_ID]
        select: discord.ui.Select[Any] = discord.ui.Select(
            custom_id=custom_id,
            placeholder=self.PLACEHOLDERS.get(kind, "More questions"),
            options=options or [discord.SelectOption(label="(none)", value="none")],
            min_values=1,
            max_values=1,
        )
        super().__init__(select)
        self.kind = kind

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> EntrySelect:
        """Rebuild the select from its custom_id; the picked entry id arrives in the interaction's values."""
        rebuilt = cls(match["kind"])
        if isinstance(item, discord.ui.Select):
            rebuilt.item = item
        return rebuilt

    @served(defer=True)
    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Answer the picked question, visible only to the person who picked it."""
        values = self.item.values
        await answer_picked_entry(interaction, str(values[0]) if values else "")


class PickButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=rf"faq:p:(?P<entry>{_ENTRY})"):
    """One click answers another question: the top "did you mean", or a question the message also asked."""

    def __init__(self, entry_id: str, label: str = "Show this answer") -> None:
        super().__init__(
            discord.ui.Button(
                label=clip(label, limits.BUTTON_LABEL),
                style=discord.ButtonStyle.primary,
                custom_id=f"faq:p:{entry_id}",
                emoji="➡️",
            )
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> PickButton:
        """Rebuild the button from its custom_id."""
        return cls(match["entry"])

    @served(defer=True)
    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Answer the picked question, visible only to the person who clicked."""
        await answer_picked_entry(interaction, self.entry_id)


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (QuotesButton, VoteButton, EntrySelect, PickButton)
MAX_PICK_BUTTONS = 2


def _pick_buttons(answer: Answer) -> list[PickButton]:
    """One-click buttons: the questions the message also asked, then the top "did you mean"."""
    near = [s for s in answer.suggestions[:1] if s.score > 0]  # example questions (score 0) are not a "did you mean"
    picks = [*answer.also_asked, *near]
    unique = {s.entry_id: s for s in reversed(picks) if s.entry_id != answer.entry_id}
    return [PickButton(s.entry_id, s.question) for s in reversed(unique.values())][:MAX_PICK_BUTTONS]


class AnswerView(discord.ui.View):
    """The buttons under an answer. Once stopped (see AnswerCache) it no longer changes and is sent with every
    identical answer, so its components are serialised once instead of once per reply."""

    _sent: list[dict[str, Any]] | None = None

    def to_components(self) -> list[dict[str, Any]]:
        """The components' payload, worked out once after the view is stopped."""
        if not self.is_finished():
            return super().to_components()
        if self._sent is None:
            self._sent = super().to_components()
        return self._sent


def answer_view(answer: Answer) -> discord.ui.View | None:
    """Build the buttons and selects for an answer (none for crisis replies)."""
    view = AnswerView(timeout=None)
    if answer.status == Status.ANSWERED and answer.entry_id:
        view.add_item(QuotesButton(answer.entry_id))
        view.add_item(VoteButton(answer.entry_id, True))
        view.add_item(VoteButton(answer.entry_id, False))
        for button in _pick_buttons(answer):
            view.add_item(button)
        if answer.suggestions:
            view.add_item(EntrySelect("mean", answer.suggestions, answer.entry_id))
        if answer.related:
            view.add_item(EntrySelect("related", answer.related, answer.entry_id))
    elif answer.status == Status.DECLINED and answer.suggestions:
        for button in _pick_buttons(answer):
            view.add_item(button)
        view.add_item(EntrySelect("try", answer.suggestions))
    return view if view.children else None
