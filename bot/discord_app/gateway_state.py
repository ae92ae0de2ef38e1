"""Is the gateway session really live? discord.py's `is_ready()` stays true while it reconnects."""

from __future__ import annotations

import time
from dataclasses import dataclass

import discord


@dataclass(frozen=True)
class GatewayState:
    """The gateway as health sees it: a live session whose heartbeats Discord acknowledges."""

    live: bool
    ack_age: float | None  # seconds since Discord last acknowledged a heartbeat (None: no session)


def gateway_state(client: discord.Client) -> GatewayState:
    """Live = ready, not closed, the websocket open, and a heartbeat ACK within the last two intervals.

    discord.py keeps the heartbeat bookkeeping on its private keep-alive handler; if a future version moves it,
    this reports "not live" (fails closed), and the emulator tests of health notice at once.
    """
    ws = getattr(client, "ws", None)
    keep_alive = getattr(ws, "_keep_alive", None)
    last_ack = getattr(keep_alive, "_last_ack", None)
    interval = getattr(keep_alive, "interval", None)
    if ws is None or keep_alive is None or not isinstance(last_ack, float) or not interval:
        return GatewayState(live=False, ack_age=None)
    ack_age = max(0.0, time.perf_counter() - last_ack)
    socket_open = bool(getattr(ws, "open", False))
    live = client.is_ready() and not client.is_closed() and socket_open and ack_age <= 2 * float(interval)
    return GatewayState(live=live, ack_age=ack_age)
