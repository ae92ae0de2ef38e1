"""Open the database at start, and keep trying in the background when it cannot be opened."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from bot.discord_app.outages import Backoff
from bot.discord_app.servers import adopt_legacy_rows
from bot.storage import StorageError, Store

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

log = logging.getLogger("bot.storage")
FIRST_RETRY_SECONDS = 2.0  # then doubling, up to Backoff's cap (5 minutes)


async def try_open_store(bot: FaqBot) -> StorageError | None:
    """Open the database as the bot's store; return the error instead if it cannot be opened."""
    try:
        opened = await Store.open(bot.config.database_path, retention_days=bot.config.retention_days)
    except StorageError as error:
        return error
    bot.store.use(opened)
    await adopt_legacy_rows(opened, bot.config)
    return None


async def reopen_store(bot: FaqBot, error: StorageError) -> None:
    """Answer without storage meanwhile (health says so) and retry with growing pauses until it opens."""
    backoff = Backoff(initial=FIRST_RETRY_SECONDS)
    failure: StorageError | None = error
    while failure is not None:
        delay = backoff.next_delay()
        log.warning("running without storage: %s; trying again in %.0f s", failure, delay)
        await asyncio.sleep(delay)
        failure = await try_open_store(bot)
    log.info("storage is back: opened %s", bot.config.database_path)
    await bot.health.beat()
