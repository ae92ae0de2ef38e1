"""The running bot's health, written to the heartbeat file every few seconds (read by `python -m bot health`)."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from bot.discord_app.gateway_state import gateway_state
from bot.health import HealthState, write_heartbeat
from bot.storage import StoreLike

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

log = logging.getLogger("bot.health")
HEARTBEAT_SECONDS = 5.0


class HealthMonitor:
    """Checks the gateway, the FAQ and the database, and remembers since when each check has been failing."""

    def __init__(self, bot: FaqBot, store: StoreLike) -> None:
        self.bot = bot
        self.store = store
        self._failing_since: dict[str, float] = {}
        self._unwritable_logged = False

    async def observe(self, *, stopped: bool = False) -> HealthState:
        """What the bot looks like now; `stopped` reports a bot that is shutting down as disconnected."""
        gateway = gateway_state(self.bot)
        storage = False if stopped else await self.store.writable()
        draft = HealthState(
            gateway=gateway.live and not stopped,
            heartbeat_ack_age=gateway.ack_age,
            entries=len(self.bot.engine.knowledge.entries),
            storage=storage,
        )
        now = draft.time
        failing = draft.failing
        for name in list(self._failing_since):
            if name not in failing:
                del self._failing_since[name]
        for name in failing:
            self._failing_since.setdefault(name, now)
        since = min(self._failing_since.values()) if self._failing_since else None
        return HealthState(
            gateway=draft.gateway,
            heartbeat_ack_age=draft.heartbeat_ack_age,
            entries=draft.entries,
            storage=draft.storage,
            failing_since=since,
            stopped=stopped,
            time=now,
        )

    async def beat(self, *, stopped: bool = False) -> None:
        """Write the heartbeat file now; a failure to write is logged once, not every few seconds."""
        state = await self.observe(stopped=stopped)
        try:
            await asyncio.to_thread(write_heartbeat, self.bot.config.heartbeat_path, state)
            self._unwritable_logged = False
        except OSError as exc:
            if not self._unwritable_logged:
                log.warning("could not write the heartbeat file: %s", exc)
                self._unwritable_logged = True

    async def run(self) -> None:
        """Beat every HEARTBEAT_SECONDS until cancelled."""
        while True:
            started = time.monotonic()
            await self.beat()
            await asyncio.sleep(max(0.0, HEARTBEAT_SECONDS - (time.monotonic() - started)))
