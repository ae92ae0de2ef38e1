"""The interaction response for an answer, without discord.py building a Message from Discord's copy of it.

discord.py's `InteractionResponse.send_message` always asks Discord for the message it created
(`?with_response=1`) and builds a full `InteractionMessage` from it: embeds, every button and select with its
emoji, the author. In the running bot that was about as much CPU as everything else a cached answer costs. The
bot needs at most the new message's id (the link to a public answer, see `RecentAnswers`), and nothing for a
private one. So for the replies the bot sends most (content or an embed, perhaps a finished view: one that
dispatches its items by custom id and is never stored, never a file) it builds the same payload with discord.py's
own function and posts it through discord.py's own webhook adapter (same session, per-interaction lock, retries on
429 and 5xx, the same exceptions), asking for the created message only when it wants the link, and reading only its
id. Anything else (files, a live view) goes through `send_message` unchanged. The same holds for the follow-up
that carries a deferred reply (`follow_up`): discord.py's `followup.send` always builds a `WebhookMessage` from
Discord's copy, which in a burst (hundreds of deferred answers) was a fifth of the follow-ups' CPU.
"""

from __future__ import annotations

from typing import Any

import discord
from discord.enums import InteractionResponseType
from discord.http import Route, handle_message_parameters
from discord.utils import MISSING
from discord.webhook.async_ import (
    async_context,
    interaction_message_response_params,
    interaction_response_params,
)


def can_respond_lightly(message: dict[str, Any]) -> bool:
    """Whether `respond` can send this reply: only content, an embed and a finished view."""
    if set(message) - {"content", "embed", "view"}:
        return False
    view = message.get("view")
    return view is None or view.is_finished()


async def respond(
    interaction: discord.Interaction[Any], *, ephemeral: bool, want_id: bool, **message: Any
) -> int | None:
    """Answer the interaction with `message` (content, embed, view; see `can_respond_lightly`); the created
    message's id when `want_id`, else None. Raises `InteractionResponded` if it was already answered."""
    response = interaction.response
    if response.is_done():
        raise discord.InteractionResponded(interaction)
    state = interaction._state
    params = interaction_message_response_params(
        type=InteractionResponseType.channel_message.value,
        content=message.get("content", MISSING),
        embed=message.get("embed", MISSING),
        view=message.get("view", MISSING),
        flags=discord.MessageFlags(ephemeral=True) if ephemeral else MISSING,
        previous_allowed_mentions=state.allowed_mentions,
    )
    http = state.http
    data = await async_context.get().request(
        _callback_route(interaction),
        session=interaction._session,
        proxy=http.proxy,
        proxy_auth=http.proxy_auth,
        payload=params.payload,
        params={"with_response": "1"} if want_id else None,
    )
    response._response_type = InteractionResponseType.channel_message
    if not want_id or not isinstance(data, dict):
        return None
    created = data.get("interaction", {}).get("response_message_id")
    found = created or data.get("resource", {}).get("message", {}).get("id")
    return int(found) if found else None


async def defer(interaction: discord.Interaction[Any], *, ephemeral: bool) -> None:
    """Acknowledge a command now ("thinking...", private when `ephemeral`): the same request as discord.py's
    `InteractionResponse.defer(thinking=True)`, without asking for and parsing the placeholder message it creates
    (a burst defers most of its interactions). Raises `InteractionResponded` if it was already answered."""
    response = interaction.response
    if response.is_done():
        raise discord.InteractionResponded(interaction)
    kind = InteractionResponseType.deferred_channel_message
    params = interaction_response_params(type=kind.value, data={"flags": 64} if ephemeral else None)
    state = interaction._state
    await async_context.get().request(
        _callback_route(interaction),
        session=interaction._session,
        proxy=state.http.proxy,
        proxy_auth=state.http.proxy_auth,
        payload=params.payload,
    )
    response._response_type = kind


async def follow_up(interaction: discord.Interaction[Any], *, ephemeral: bool, **message: Any) -> int | None:
    """Send `message` (see `can_respond_lightly`) as a follow-up of the interaction (the reply to a deferral), as
    discord.py's `interaction.followup.send` does, and return the created message's id, read from Discord's copy
    without building a `WebhookMessage` from it (Discord always sends the copy back for an interaction's follow-up).
    """
    state = interaction._state
    http = state.http
    view = message.get("view", MISSING)
    with handle_message_parameters(
        content=message.get("content", MISSING),
        embed=message.get("embed", MISSING),
        view=view,
        flags=discord.MessageFlags(ephemeral=True) if ephemeral else MISSING,
        previous_allowed_mentions=state.allowed_mentions,
    ) as params:
        data = await async_context.get().execute_webhook(
            interaction.application_id,
            interaction.token,
            session=interaction._session,
            proxy=http.proxy,
            proxy_auth=http.proxy_auth,
            payload=params.payload,
            wait=True,
            with_components=view is not MISSING,
        )
    found = data.get("id") if isinstance(data, dict) else None
    return int(found) if found else None


def _callback_route(interaction: discord.Interaction[Any]) -> Route:
    return Route(
        "POST",
        "/interactions/{webhook_id}/{webhook_token}/callback",
        webhook_id=interaction.id,
        webhook_token=interaction.token,
    )


def message_link(interaction: discord.Interaction[Any], message_id: int) -> str:
    """The link to a message the interaction's response created (as discord.py's `Message.jump_url`)."""
    guild = interaction.guild_id if interaction.guild_id is not None else "@me"
    return f"https://discord.com/channels/{guild}/{interaction.channel_id}/{message_id}"
