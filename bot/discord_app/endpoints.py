"""Point discord.py at another API endpoint (a REST proxy, or a local emulator for tests)."""

from __future__ import annotations

import discord.gateway
import discord.http
import yarl


def use_endpoints(api_base: str | None, gateway_url: str | None) -> None:
    """Set discord.py's REST base and gateway URL; discord.py reads both at use time, so call before login."""
    if api_base:
        discord.http.Route.BASE = api_base.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
