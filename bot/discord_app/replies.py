"""Replying within Discord's 3-second deadline: defer when interactions queue up, and reply either way."""

from __future__ import annotations

from typing import Any

import discord

NO_PINGS = discord.AllowedMentions.none()
#: Defer (acknowledge now, answer just after) an interaction that has already waited this long for its turn.
#: A burst that queues interactions behind each other is the only way one gets this old: a single answer takes
#: a few milliseconds. Discord forgets an interaction not acknowledged within 3 s.
DEFER_AFTER_SECONDS = 0.75
#: Ages outside this range mean this machine's clock disagrees with Discord's: then never defer on age.
PLAUSIBLE_AGE_SECONDS = 10.0
_DEFERRED = "deferred_ephemeral"


def waited_seconds(interaction: discord.Interaction[Any]) -> float:
    """How long ago Discord created the interaction (from its snowflake id and this machine's clock)."""
    return (discord.utils.utcnow() - interaction.created_at).total_seconds()


def is_behind(interaction: discord.Interaction[Any]) -> bool:
    """Whether this interaction waited so long in the queue that answering in full might miss the deadline."""
    waited = waited_seconds(interaction)
    return DEFER_AFTER_SECONDS <= waited <= PLAUSIBLE_AGE_SECONDS


async def defer(interaction: discord.Interaction[Any], *, ephemeral: bool) -> None:
    """Acknowledge now ("thinking…"); the reply follows as a follow-up message."""
    await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    interaction.extras[_DEFERRED] = ephemeral


async def reply(interaction: discord.Interaction[Any], *, ephemeral: bool, **message: Any) -> str | None:
    """Send the reply as the interaction's response, or as the follow-up of a deferral; return its link.

    A deferral decides who sees the reply. When the reply must be private but the deferral was public (a crisis
    reply to a public question), the public "thinking…" message is deleted and the reply sent privately.
    """
    if not interaction.response.is_done():
        response = await interaction.response.send_message(ephemeral=ephemeral, allowed_mentions=NO_PINGS, **message)
        resource = response.resource if response is not None else None
        return resource.jump_url if isinstance(resource, discord.InteractionMessage) and not ephemeral else None
    deferred_ephemeral = interaction.extras.get(_DEFERRED)
    if ephemeral and deferred_ephemeral is False:
        await interaction.delete_original_response()
    sent = await interaction.followup.send(ephemeral=ephemeral, allowed_mentions=NO_PINGS, wait=True, **message)
    return None if ephemeral or deferred_ephemeral else sent.jump_url
