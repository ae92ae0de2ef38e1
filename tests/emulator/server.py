"""The emulator server: Discord REST (``/api/v10``) + Gateway websocket (``/gateway``) on 127.0.0.1.

Each Discord resource lives in its own module, layered by inheritance (each adds its routes):
core (state, waiting, records) < faults < http (routing) < guilds (users, channels, guilds) < commands
< messages < webhooks < interactions (callbacks) < gateway < options < invoke < components < control.
"""

from __future__ import annotations

from aiohttp import web

from .control import ControlLayer
from .core import DEFAULT, GATEWAY_PATH, CommandNotInvocable, log

__all__ = ["DEFAULT", "CommandNotInvocable", "DiscordEmulator"]


class DiscordEmulator(ControlLayer):
    """A loopback Discord (REST + Gateway) for end-to-end tests. See the package docstring."""

    # =========================================================================================
    # lifecycle

    async def start(self) -> DiscordEmulator:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", GATEWAY_PATH, self._ws_handler)
        app.router.add_route("*", "/{tail:.*}", self._http_entry)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        for addr in self._runner.addresses:
            if isinstance(addr, tuple):
                self.port = int(addr[1])
                break
        log.info("Discord emulator listening on %s", self.base_url)
        return self

    async def stop(self) -> None:
        for conn in list(self.connections):
            conn.server_closed = True
            if not conn.closed and conn.transport is not None:
                conn.transport.abort()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> DiscordEmulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
