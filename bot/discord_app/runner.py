"""Start the bot (`python -m bot run`) or register its commands (`python -m bot sync`)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

import discord

from bot.answering import AnswerEngine
from bot.config import Config, ConfigError, TokenMissing, load_config, load_token
from bot.discord_app.client import FaqBot
from bot.discord_app.endpoints import use_endpoints
from bot.discord_app.heap import freeze_long_lived
from bot.discord_app.outages import NETWORK_ERRORS, calm_discord_logs, describe_network_error, wait_for_discord
from bot.knowledge import KnowledgeError, load_knowledge

log = logging.getLogger("bot")


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", stream=sys.stderr
    )
    logging.getLogger("discord").setLevel(max(logging.INFO, logging.getLevelName(level.upper())))
    logging.getLogger("aiosqlite").setLevel(logging.INFO)  # at DEBUG it logs SQL parameters: question text
    calm_discord_logs()


def _prepare(config_path: str | None, knowledge_override: str | None) -> tuple[Config, AnswerEngine, str] | int:
    try:
        config = load_config(config_path)
    except ConfigError as error:
        print(f"Configuration problem: {error}", file=sys.stderr)
        return 2
    if knowledge_override:
        from dataclasses import replace

        config = replace(config, knowledge_path=knowledge_override)
    _setup_logging(config.log_level)
    try:
        token = load_token()
    except TokenMissing as error:
        print(error, file=sys.stderr)
        return 2
    try:
        result = load_knowledge(config.knowledge_path)
    except KnowledgeError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"The FAQ in {config.knowledge_path} is not valid; fix it and start again.", file=sys.stderr)
        return 1
    for warning in result.warnings:
        log.warning("%s", warning)
    engine = AnswerEngine(result.knowledge, crisis=config.crisis_resources(result.knowledge.crisis))
    use_endpoints(config.discord_api_base, config.discord_gateway_url)
    return config, engine, token


async def _run(bot: FaqBot, token: str) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: bot.spawn(bot.shutdown(), name="shutdown"))
    async with bot:
        # Without network the bot waits here, one log line per attempt, instead of exiting with a traceback
        # (which makes Docker restart it in a tight loop). No token is sent until Discord answers.
        if not await wait_for_discord(bot.stopping):
            return
        try:
            await bot.start(token)
        except discord.LoginFailure:
            log.error("Discord refused the token (DISCORD_TOKEN). Check it in the Developer Portal.")
            raise SystemExit(2) from None
        except NETWORK_ERRORS as error:
            if bot.shutting_down:
                return
            # Lost again between the check and the login: start over from a fresh process.
            log.error(
                "Discord unreachable (%s) while logging in; exiting to start again", describe_network_error(error)
            )
            log.debug("the error behind it:", exc_info=True)
            raise SystemExit(1) from None


def run_bot(*, config_path: str | None = None, knowledge_override: str | None = None) -> int:
    """Run the bot until SIGTERM or Ctrl-C; exit 0 after a clean shutdown."""
    prepared = _prepare(config_path, knowledge_override)
    if isinstance(prepared, int):
        return prepared
    config, engine, token = prepared
    log.info("FAQ loaded: %d entries from %s", len(engine.knowledge.entries), config.knowledge_path)
    bot = FaqBot(config, engine)  # also wraps the engine for languages (not left to the first interaction)
    freeze_long_lived()
    try:
        asyncio.run(_run(bot, token))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


async def _sync(bot: FaqBot, token: str, guild_id: int | None) -> int:
    async with bot:
        await bot.login(token)  # login() runs setup_hook, which loads the cogs
        if guild_id:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            where = f"server {guild_id}"
        else:
            synced = await bot.tree.sync()
            where = "all servers and DMs (global; may take a few minutes to appear)"
    print(f"Registered {len(synced)} commands in {where}: {', '.join(sorted(c.name for c in synced))}")
    return 0


def sync_commands(*, config_path: str | None = None, guild_id: int | None = None) -> int:
    """Register the application commands with Discord, then exit."""
    prepared = _prepare(config_path, None)
    if isinstance(prepared, int):
        return prepared
    config, engine, token = prepared
    bot = FaqBot(config, engine, sync_on_start=False, services=False)
    try:
        return asyncio.run(_sync(bot, token, guild_id))
    except discord.LoginFailure:
        print("Discord refused the token (DISCORD_TOKEN). Check it in the Developer Portal.", file=sys.stderr)
        return 2
    except discord.HTTPException as error:
        print(f"Discord rejected the commands: {error}", file=sys.stderr)
        return 1
