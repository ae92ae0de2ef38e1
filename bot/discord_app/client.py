"""The discord.py bot: holds the live answering engine, the store and the guards; cogs hold the commands."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.answering import Answer, AnswerEngine
from bot.answering.answer import Suggestion
from bot.config import Config
from bot.discord_app.answer_cache import AnswerCache
from bot.discord_app.backlog import Backlog
from bot.discord_app.guards import Cooldown
from bot.discord_app.heap import AfterBursts
from bot.discord_app.heartbeat import HealthMonitor
from bot.discord_app.language import multilingual, prepare_languages
from bot.discord_app.limits import AUTOCOMPLETE_CHOICES
from bot.discord_app.reload import folder_fingerprint, watch_knowledge
from bot.discord_app.replies import RecentAnswers
from bot.discord_app.servers import ServerGate
from bot.discord_app.serving import release, report_error
from bot.discord_app.store_opener import reopen_store, try_open_store
from bot.discord_app.translator import CatalogTranslator
from bot.discord_app.views import DYNAMIC_ITEMS
from bot.storage import LiveStore

log = logging.getLogger("bot.discord")
NO_PINGS = discord.AllowedMentions.none()
PURGE_SECONDS = 6 * 3600.0
#: Connections to Discord's API open at once. discord.py allows any number: a burst of 1,000 interactions then
#: opens ~1,000 connections (each a TLS handshake with the real Discord, and memory held after the burst) to send
#: one request each. A few dozen kept alive carry the same requests in arrival order (aiohttp queues the rest).
HTTP_CONNECTIONS = 32


@dataclass
class _Lifecycle:
    shutting_down: bool = False
    inflight: int = 0
    idle: asyncio.Event = field(default_factory=asyncio.Event)
    background: set[asyncio.Task[Any]] = field(default_factory=set)
    bursts: AfterBursts = field(default_factory=AfterBursts)


class FaqTree(app_commands.CommandTree["FaqBot"]):
    """Command tree whose error handler answers politely with a reference id and keeps the bot running."""

    async def on_error(self, interaction: discord.Interaction[FaqBot], error: app_commands.AppCommandError) -> None:
        """Answer ephemerally with a short reference id; log the traceback under that id."""
        if isinstance(error, app_commands.CheckFailure) and interaction.response.is_done():
            return  # the check already told the user why (for example, missing moderator permission)
        await report_error(interaction, error)

    async def _call(self, interaction: discord.Interaction[FaqBot]) -> None:
        """discord.py's dispatch, then an autocomplete interaction freed at once (`serving.release`): discord.py
        answers it after our callback returns, so the callback cannot; without this each keystroke's interaction
        waited for the cyclic garbage collector. Commands are freed by their own wrapper."""
        try:
            await super()._call(interaction)
        finally:
            if interaction.type is discord.InteractionType.autocomplete:
                release(interaction)


class FaqBot(commands.Bot):
    """The FAQ bot. `engine` is swapped whole on reload, so an interaction never sees a half-loaded FAQ."""

    def __init__(
        self, config: Config, engine: AnswerEngine, *, sync_on_start: bool = True, services: bool = True
    ) -> None:
        # discord.py warns at every start that PyNaCl and davey (voice encryption) are missing. This bot only
        # answers text commands and never joins a voice channel, so the warnings are noise that makes
        # self-hosters think something is broken: turn them off here rather than install voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        intents = discord.Intents.none()
        intents.guilds = True  # not privileged; gives the bot its servers and channels
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=NO_PINGS,
            tree_cls=FaqTree,
            help_command=None,
            # The bot reads no messages and needs no member lists: keep its memory small.
            max_messages=None,
            member_cache_flags=discord.MemberCacheFlags.none(),
            chunk_guilds_at_startup=False,
        )
        self.config = config
        self.engine = engine
        # What the FAQ folder looked like when `engine` was loaded (the runner loads it just before this).
        self.knowledge_fingerprint = folder_fingerprint(config.knowledge_path)
        # Set once: the cogs, views and health monitor are handed this object; the database opened in setup_hook
        # (or later, see store_opener) is put behind it with `use()`, never swapped in its place.
        self.store = LiveStore()
        self.cooldown = Cooldown(config.cooldown_rate, config.cooldown_per_seconds)
        # Votes are writes: they get the same limit as questions, counted apart so voting never blocks asking.
        self.vote_cooldown = Cooldown(config.cooldown_rate, config.cooldown_per_seconds)
        self.recent_answers = RecentAnswers(config.duplicate_window_seconds)
        self.sync_on_start = sync_on_start
        self.services = services  # False for `python -m bot sync`: the command tree only
        self._life = _Lifecycle()
        self._life.idle.set()
        self.reload_lock = asyncio.Lock()  # one reload at a time (see reload.reload_knowledge)
        self._stop = asyncio.Event()
        self.health = HealthMonitor(self, self.store)
        self.answers = AnswerCache()
        self.backlog = Backlog()
        if services:
            # One matcher per language (0.1-0.5 s of CPU): built now, not by the first interaction, which would
            # hold up every interaction queued behind it long enough to be deferred.
            prepare_languages(engine)

    # ----- start-up and shutdown -----

    async def login(self, token: str) -> None:
        """Log in over a bounded pool of HTTP connections (see HTTP_CONNECTIONS), then as discord.py does."""
        if self.http.connector is discord.utils.MISSING:  # created here: aiohttp wants the running event loop
            self.http.connector = aiohttp.TCPConnector(limit=HTTP_CONNECTIONS)
        await super().login(token)

    async def setup_hook(self) -> None:
        """Load the cogs and persistent components; when serving, open storage and start background tasks."""
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        # Descriptions and option names in each language, registered before any sync (also `python -m bot sync`).
        await self.tree.set_translator(CatalogTranslator(lambda: self.engine.knowledge.messages))
        await self.load_extension("bot.discord_app.cogs.member")
        await self.load_extension("bot.discord_app.cogs.moderator")
        await self.add_cog(ServerGate(self))
        if not self.services:
            return
        failure = await try_open_store(self)
        if failure is not None:
            self.spawn(reopen_store(self, failure), name="open-store")
        if self.sync_on_start:
            for guild_id in self.config.dev_guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)
                log.info("synced commands to development server %s", guild_id)
        self.spawn(self.health.run(), name="heartbeat")
        self.spawn(self.backlog.probe(), name="lag-probe")
        self.spawn(self._purge_loop(), name="purge")
        if self.config.watch_knowledge:
            self.spawn(watch_knowledge(self, self._stop), name="watch-knowledge")

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        """Run a background task the bot waits for (or cancels) on shutdown."""
        task = asyncio.create_task(coro, name=name)
        self._life.background.add(task)
        task.add_done_callback(self._life.background.discard)
        return task

    async def shutdown(self) -> None:
        """Stop taking interactions, finish those in flight, close the database, disconnect."""
        if self._life.shutting_down:
            return
        self._life.shutting_down = True
        self._stop.set()
        log.info("shutting down: waiting for %d interaction(s) in flight", self._life.inflight)
        try:
            await asyncio.wait_for(self._life.idle.wait(), timeout=self.config.shutdown_grace_seconds)
        except TimeoutError:
            log.warning("shutdown: %d interaction(s) still running after the grace period", self._life.inflight)
        current = asyncio.current_task()
        pending = [t for t in self._life.background if t is not current]
        for task in pending:
            if task.get_name() in ("heartbeat", "lag-probe", "purge", "watch-knowledge", "open-store"):
                task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await self.health.beat(stopped=True)
        await self.store.close()
        await self.close()
        log.info("shut down cleanly")

    @property
    def stopping(self) -> asyncio.Event:
        """Set when shutdown begins: background waits (for Discord, for the FAQ folder) end on it."""
        return self._stop

    @property
    def shutting_down(self) -> bool:
        """Say whether the bot has stopped taking new interactions."""
        return self._life.shutting_down

    @contextlib.contextmanager
    def in_flight(self) -> Iterator[None]:
        """Count one interaction as in flight: shutdown waits for it (and must not close the HTTP session under
        a reply still being sent, the "restarting" one too)."""
        self._life.inflight += 1
        self._life.idle.clear()
        self._life.bursts.busy(self._life.inflight)
        try:
            yield
        finally:
            self._life.inflight -= 1
            if self._life.inflight == 0:
                self._life.idle.set()
                self._life.bursts.idle()

    # ----- serving interactions -----

    def answer(self, question: str, language: str) -> Answer:
        """The live FAQ's answer in a language (worked out once per distinct question; see AnswerCache)."""
        return self.answers.answer(self.engine, question, language, multilingual(self).answer)

    def suggest(self, typed: str, language: str) -> tuple[Suggestion, ...]:
        """Autocomplete: FAQ questions for what the member has typed so far (once per distinct text; AnswerCache)."""
        return self.answers.suggestions(self.engine, typed, language, self._complete)

    def _complete(self, typed: str, language: str) -> list[Suggestion]:
        return multilingual(self).autocomplete(typed, language, limit=AUTOCOMPLETE_CHOICES)

    def after_reply(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Run a write after the reply has gone out; it never delays or breaks the answer."""
        self.spawn(coro, name="after-reply")

    # ----- moderators -----

    def is_moderator(self, interaction: discord.Interaction[Any]) -> bool:
        """Manage Server, or one of the configured moderator roles."""
        member = interaction.user
        if not isinstance(member, discord.Member):
            return False
        if member.guild_permissions.manage_guild:
            return True
        allowed = set(self.config.moderator_role_ids)
        return any(role.id in allowed for role in member.roles)

    async def mod_log(self, text: str) -> None:
        """Post a note to the configured mod-log channel, if any; failures only log."""
        channel_id = self.config.mod_log_channel_id
        if not channel_id:
            return
        try:
            channel = self.get_channel(channel_id) or await self.fetch_channel(channel_id)
            if isinstance(channel, discord.abc.Messageable):
                await channel.send(text[:2000])  # no pings: the client's default allowed_mentions
        except discord.DiscordException as exc:
            log.warning("could not post to the mod-log channel %s: %s", channel_id, exc)

    # ----- background -----

    async def _purge_loop(self) -> None:
        while True:
            await asyncio.sleep(PURGE_SECONDS)
            removed = await self.store.purge_expired()
            if removed:
                log.info("retention: removed %d expired row(s)", removed)

    async def on_ready(self) -> None:
        """Log who we are and mark the bot healthy."""
        log.info(
            "connected as %s (id %s) in %d server(s)", self.user, self.user.id if self.user else "?", len(self.guilds)
        )
        await self.health.beat()

    async def on_resumed(self) -> None:
        """Mark the bot healthy again after a gateway resume."""
        await self.health.beat()
