"""Hot reload: watch the FAQ folder, debounce, and ask the bot to validate and swap."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from watchfiles import awatch

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

log = logging.getLogger("bot.reload")
RETRY_SECONDS = 2.0


async def watch_knowledge(bot: FaqBot, stop: asyncio.Event) -> None:
    """Reload the FAQ whenever its files change; survive the folder being deleted and recreated."""
    path = Path(bot.config.knowledge_path)
    while not stop.is_set():
        if not path.is_dir():
            await _sleep_or_stop(stop, RETRY_SECONDS)
            continue
        try:
            async for changes in awatch(path, debounce=bot.config.reload_debounce_ms, stop_event=stop, recursive=True):
                names = sorted({Path(name).name for _, name in changes})
                log.info("FAQ files changed: %s", ", ".join(names[:10]))
                await bot.reload_knowledge(reason="file change")
                if not path.is_dir():
                    break
        except (FileNotFoundError, RuntimeError, OSError) as exc:
            log.warning("watching %s stopped (%s); retrying", path, exc)
            await _sleep_or_stop(stop, RETRY_SECONDS)


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
