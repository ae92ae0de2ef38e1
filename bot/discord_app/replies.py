"""Replying: within Discord's 3-second deadline (defer when interactions queue up), sending an answer, and the
recent-answer memory that keeps one answer from being posted twice in a channel in a short window."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.answering import Answer, Status
from bot.discord_app.backlog import Backlog
from bot.discord_app.language import catalog, say
from bot.discord_app.respond import can_respond_lightly, follow_up, message_link, respond
from bot.discord_app.respond import defer as defer_lightly
from bot.storage import StoreLike

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

#: Defer (acknowledge now, answer just after) an interaction that has already waited this long for its turn.
#: A burst that queues interactions behind each other is the only way one gets this old: a single answer takes
#: a few milliseconds. Discord forgets an interaction not acknowledged within 3 s.
DEFER_AFTER_SECONDS = 0.75
#: Ages outside this range mean this machine's clock disagrees with Discord's: then never defer on age.
PLAUSIBLE_AGE_SECONDS = 10.0
_DEFERRED = "deferred_ephemeral"


@dataclass(frozen=True)
class PostedAnswer:
    """Where an entry was last answered publicly in a channel."""

    url: str
    at: float


class RecentAnswers:
    """Remember public answers per (channel, entry) so the same one is not posted twice in a short window."""

    def __init__(self, window_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window_seconds
        self._clock = clock
        self._posted: dict[tuple[int, str], PostedAnswer] = {}

    def recent(self, channel_id: int, entry_id: str) -> PostedAnswer | None:
        """Return the earlier public answer of this entry in this channel, if it is within the window."""
        posted = self._posted.get((channel_id, entry_id))
        if posted and self._clock() - posted.at < self.window:
            return posted
        return None

    def remember(self, channel_id: int, entry_id: str, url: str) -> None:
        """Note that this entry was just answered publicly here."""
        now = self._clock()
        if len(self._posted) > 5_000:
            self._posted = {k: v for k, v in self._posted.items() if now - v.at < self.window}
        self._posted[(channel_id, entry_id)] = PostedAnswer(url, now)


def waited_seconds(interaction: discord.Interaction[Any]) -> float:
    """How long ago Discord created the interaction (from its snowflake id and this machine's clock)."""
    return (discord.utils.utcnow() - interaction.created_at).total_seconds()


def is_behind(interaction: discord.Interaction[Any]) -> bool:
    """Whether this interaction waited so long in the queue that answering in full might miss the deadline."""
    waited = waited_seconds(interaction)
    return DEFER_AFTER_SECONDS <= waited <= PLAUSIBLE_AGE_SECONDS


async def defer(interaction: discord.Interaction[Any], *, ephemeral: bool) -> None:
    """Acknowledge now ("thinking…"); the reply follows as a follow-up message."""
    async with _backlog(interaction).responding():
        if interaction.type is discord.InteractionType.application_command:
            await defer_lightly(interaction, ephemeral=ephemeral)
        else:
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    interaction.extras[_DEFERRED] = ephemeral


def _backlog(interaction: discord.Interaction[Any]) -> Backlog:
    return cast("FaqBot", interaction.client).backlog


async def reply(interaction: discord.Interaction[Any], *, ephemeral: bool, **message: Any) -> str | None:
    """Send the reply as the interaction's response, or as the follow-up of a deferral; return its link.

    Nobody is pinged: the client's default allowed_mentions (AllowedMentions.none()) applies to every send.

    A deferral decides who sees the reply. When the reply must be private but the deferral was public (a crisis
    reply to a public question), the public "thinking…" message is deleted and the reply sent privately.
    """
    if not interaction.response.is_done() and can_respond_lightly(message):
        async with _backlog(interaction).responding():
            sent_id = await respond(interaction, ephemeral=ephemeral, want_id=not ephemeral, **message)
        return message_link(interaction, sent_id) if sent_id is not None else None
    if not interaction.response.is_done():
        async with _backlog(interaction).responding():
            response = await interaction.response.send_message(ephemeral=ephemeral, **message)
        resource = response.resource if response is not None else None
        return resource.jump_url if isinstance(resource, discord.InteractionMessage) and not ephemeral else None
    deferred_ephemeral = interaction.extras.get(_DEFERRED)
    if ephemeral and deferred_ephemeral is False:
        await interaction.delete_original_response()
    private = bool(ephemeral or deferred_ephemeral)  # no link to keep
    if can_respond_lightly(message):
        sent_id = await follow_up(interaction, ephemeral=ephemeral, **message)
        return message_link(interaction, sent_id) if sent_id is not None and not private else None
    sent = await interaction.followup.send(ephemeral=ephemeral, wait=True, **message)
    return None if private else sent.jump_url


async def send_answer(
    bot: FaqBot,
    interaction: discord.Interaction[Any],
    answer: Answer,
    *,
    store: StoreLike,
    ephemeral: bool,
    asked: str | None = None,
    asker_wrote_it: bool = True,
) -> None:
    """Reply with an answer embed and its buttons; count the reply in `store` after it.

    A declined question's text is kept for moderators only when the person who asked wrote it
    (`asker_wrote_it`; not for "Find FAQ answer" on someone else's message) and it passes the distress screen.
    """
    if answer.status in (Status.CRISIS, Status.SUPPORT):
        ephemeral = True  # crisis help and support go only to the person who asked
    if not ephemeral and await _point_to_earlier(bot, store, interaction, answer):
        return
    # Every item is a DynamicItem, dispatched from its custom_id by add_dynamic_items: the view is stopped (a
    # live one would be kept, with a timer, for 15 minutes) and the same one serves every identical answer.
    embed, view = bot.answers.rendered(answer, asked, catalog(bot))
    if view is not None:
        link = await reply(interaction, embed=embed, view=view, ephemeral=ephemeral)
    else:
        link = await reply(interaction, embed=embed, ephemeral=ephemeral)
    channel_id = interaction.channel_id
    if link and answer.status == Status.ANSWERED and answer.entry_id and channel_id:
        bot.recent_answers.remember(channel_id, answer.entry_id, link)
    _record(bot, store, interaction, answer, asked if asker_wrote_it else None)


async def _point_to_earlier(
    bot: FaqBot, store: StoreLike, interaction: discord.Interaction[Any], answer: Answer
) -> bool:
    """If the same answer was posted in this channel a moment ago, link to it privately instead; say if so."""
    channel_id = interaction.channel_id
    if answer.status != Status.ANSWERED or not answer.entry_id or not channel_id:
        return False
    earlier = bot.recent_answers.recent(channel_id, answer.entry_id)
    if earlier is None:
        return False
    await reply(interaction, content=say(bot, interaction, "reply.already_answered", url=earlier.url), ephemeral=True)
    store.count_answer(guild_id=interaction.guild_id, entry_id=answer.entry_id, status=Status.ANSWERED, question=None)
    return True


def _record(
    bot: FaqBot, store: StoreLike, interaction: discord.Interaction[Any], answer: Answer, own_words: str | None
) -> None:
    """Count the reply (a decline with the asker's own words, if they may be kept); note crisis help to moderators.

    Counting is in memory (the store writes counts in batches in the background): no database work per reply.
    """
    keep = answer.status == Status.DECLINED and own_words and bot.answers.may_keep(own_words)
    question = own_words if keep else None
    if answer.status != Status.SUPPORT:  # distress is neither counted nor stored
        store.count_answer(
            guild_id=interaction.guild_id, entry_id=answer.entry_id, status=answer.status, question=question
        )
    if answer.status == Status.CRISIS and bot.config.mod_log_crisis_notes and interaction.guild is not None:
        channel_id = interaction.channel_id
        where = f"<#{channel_id}>" if channel_id else "a channel"
        bot.after_reply(bot.mod_log(f"A crisis-help reply was given in {where}."))
