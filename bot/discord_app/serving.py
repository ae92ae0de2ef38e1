"""One wrapper for every command, button and select: the guards, the cooldown, error handling and the log line.

    @served(defer=True)
    async def sources(self, interaction: discord.Interaction[FaqBot]) -> None: ...

Before the handler runs: refuse politely while shutting down, ignore servers the bot does not serve, apply the
cooldown, and defer an interaction that waited long or arrived while the bot is behind (see backlog.py); a
deferred one is answered once the interactions queued with it have been acknowledged. Any error becomes a
polite reply with a reference id, and the traceback is logged under that id.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
import secrets
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

import discord

from bot.discord_app.guards import Cooldown
from bot.discord_app.language import say
from bot.discord_app.replies import defer as defer_reply
from bot.discord_app.replies import is_behind, reply
from bot.discord_app.servers import server_allowed

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

log = logging.getLogger("bot.discord")
UNKNOWN_INTERACTION = 10062  # Discord's error code for an interaction token that expired or never existed

P = ParamSpec("P")
Owner = TypeVar("Owner")
Handler = Callable[Concatenate[Owner, discord.Interaction[Any], P], Coroutine[Any, Any, None]]
#: Who sees a deferred reply: fixed, or worked out from the handler's owner and keyword arguments (the
#: `private` option of a command); None never defers.
DeferChoice = bool | None | Callable[[Any, dict[str, Any]], bool]


def served(
    *, rate_limited: bool = True, votes: bool = False, defer: DeferChoice = None
) -> Callable[[Handler[Owner, P]], Handler[Owner, P]]:
    """Wrap a cog command or a component callback `(owner, interaction, ...)` in the guards.

    `rate_limited` applies the question cooldown (`votes` the separate one for votes). The wrapper keeps the
    handler's signature, annotations resolved, so discord.py still reads the command's options from it.
    """

    def decorate(handler: Handler[Owner, P]) -> Handler[Owner, P]:
        signature = inspect.signature(handler, eval_str=True)

        @functools.wraps(handler)
        async def wrapper(
            owner: Owner, interaction: discord.Interaction[Any], *args: P.args, **kwargs: P.kwargs
        ) -> None:
            bot = cast("FaqBot", interaction.client)
            private = defer(owner, kwargs) if callable(defer) else defer
            cooldown = (bot.vote_cooldown if votes else bot.cooldown) if rate_limited else None
            with bot.in_flight(), bot.backlog.arrived() as arrival:
                try:
                    if await _turned_away(bot, interaction, cooldown):
                        return
                    if private is not None and (bot.backlog.behind() or is_behind(interaction)):
                        await defer_reply(interaction, ephemeral=private)
                        bot.backlog.acknowledged(arrival)
                        async with bot.backlog.follow_up():
                            await handler(owner, interaction, *args, **kwargs)
                        return
                    await handler(owner, interaction, *args, **kwargs)
                except Exception as error:
                    await report_error(interaction, error)
                finally:
                    release(interaction)

        wrapper.__signature__ = signature  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def release(interaction: discord.Interaction[Any]) -> None:
    """Let reference counting free a handled interaction at once: it and its `response` point at each other (a
    reference cycle), so without this each one, with its member, user, options and payload, waited for the cyclic
    garbage collector, which runs rarely in the bot (heap.YOUNG_COLLECTION_THRESHOLD) and in a burst only after the
    interactions alive at a collection had been moved to the older generations, collected more rarely still: after
    the load benchmark's 1,000 interactions at 200/s, 629 of them were still in memory. Only for a handled
    interaction: discord.py reads nothing of the response once the handler has returned."""
    with contextlib.suppress(AttributeError):
        delattr(interaction, "_cs_response")  # discord.py's cached `response` (a slot); a later read makes a new one


async def _turned_away(bot: FaqBot, interaction: discord.Interaction[Any], cooldown: Cooldown | None) -> bool:
    """Refuse during shutdown, ignore other servers, apply the cooldown; say whether the handler must not run."""
    if bot.shutting_down:
        await reply_privately(interaction, say(bot, interaction, "reply.restarting"))
        return True
    if not server_allowed(bot.config, interaction.guild_id):
        log.info("ignored an interaction from server %s (not in allowed_guild_ids)", interaction.guild_id)
        return True
    wait = cooldown.retry_after(interaction.user.id) if cooldown is not None else 0.0
    if wait > 0:
        await reply_privately(interaction, say(bot, interaction, "reply.cooldown", seconds=f"{wait:.0f}"))
        return True
    return False


async def report_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """Tell the user something went wrong (with a reference id) and log the traceback under that id."""
    original = getattr(error, "original", error)
    if isinstance(original, discord.NotFound) and original.code == UNKNOWN_INTERACTION:
        # Too late: Discord has forgotten the interaction (not answered within 3 s), so no reply can reach
        # the user. Another attempt and a traceback would only add load when the bot is already behind.
        log.warning("interaction %s expired before it could be answered", interaction.id)
        return
    reference = secrets.token_hex(3)
    log.error("interaction failed [ref %s]", reference, exc_info=(type(original), original, original.__traceback__))
    bot = cast("FaqBot", interaction.client)
    await reply_privately(interaction, say(bot, interaction, "reply.error", reference=reference))


async def reply_privately(interaction: discord.Interaction[Any], text: str) -> None:
    """An ephemeral text reply that never raises (the last resort when something already went wrong)."""
    try:
        await reply(interaction, content=text, ephemeral=True)
    except Exception as exc:  # Discord errors, a closed session, a lost socket
        log.warning("could not send a reply: %s", exc)
