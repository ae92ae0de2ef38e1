"""Calm outages: wait for Discord with capped, jittered backoff and one log line per attempt, not a traceback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp
import discord
import discord.http

log = logging.getLogger("bot.network")

#: Errors that mean "Discord cannot be reached right now" (as opposed to a refused token or a bug).
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    aiohttp.ClientError,
    asyncio.TimeoutError,
    discord.GatewayNotFound,
    discord.DiscordServerError,
)


@dataclass
class Backoff:
    """Exponential delays, doubled each attempt up to `cap`, each with ±`jitter` random spread."""

    initial: float = 2.0
    cap: float = 300.0
    jitter: float = 0.2
    attempts: int = 0
    rng: Callable[[], float] = field(default=random.random, repr=False)

    def next_delay(self) -> float:
        """The pause before the next attempt."""
        base = min(self.cap, self.initial * float(2 ** min(self.attempts, 30)))
        self.attempts += 1
        spread: float = 1 - self.jitter + 2 * self.jitter * self.rng()
        return min(self.cap, base * spread)

    def reset(self) -> None:
        """Start again from the shortest pause (after a success)."""
        self.attempts = 0


def describe_network_error(error: BaseException) -> str:
    """A few words a self-hoster understands: 'DNS failed', 'connection refused', 'timed out'..."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, aiohttp.ClientConnectorDNSError | socket.gaierror):
            return "DNS failed"
        if isinstance(current, aiohttp.ClientConnectorCertificateError | ssl.SSLError):
            return "TLS failed"
        if isinstance(current, ConnectionRefusedError):
            return "connection refused"
        if isinstance(current, asyncio.TimeoutError | TimeoutError):
            return "timed out"
        if isinstance(current, discord.DiscordServerError | aiohttp.ClientResponseError):
            return f"Discord answered {current.status}"
        if isinstance(current, discord.GatewayNotFound):
            return "no gateway address"
        if isinstance(current, aiohttp.ClientConnectorError) and current.os_error is not None:
            current = current.os_error
            continue
        current = current.__cause__ or current.__context__
    return type(error).__name__


def log_unreachable(error: BaseException, delay: float) -> None:
    """One line per attempt; the traceback only at debug level."""
    log.warning("Discord unreachable (%s); retrying in %.0f s", describe_network_error(error), delay)
    log.debug("the error behind it:", exc_info=(type(error), error, error.__traceback__))


async def wait_for_discord(stop: asyncio.Event, *, backoff: Backoff | None = None, timeout: float = 10.0) -> bool:
    """Return True once Discord's API answers (any status below 500), False if `stop` is set first.

    Uses the unauthenticated `GET /gateway`, so no token is sent until Discord is reachable.
    """
    backoff = backoff or Backoff()
    url = f"{discord.http.Route.BASE}/gateway"
    while not stop.is_set():
        try:
            async with (
                aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session,
                session.get(url) as response,
            ):
                if response.status < 500:
                    if backoff.attempts:
                        log.info("Discord is reachable again")
                    return True
                raise aiohttp.ClientResponseError(
                    response.request_info, (), status=response.status, message=f"Discord answered {response.status}"
                )
        except NETWORK_ERRORS as error:
            delay = backoff.next_delay()
            log_unreachable(error, delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)
    return False


class ReconnectLogFilter(logging.Filter):
    """Turn discord.py's reconnect traceback ('Attempting a reconnect in 4.2s' + 60 lines) into one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; keep every other record as it is."""
        if record.msg != "Attempting a reconnect in %.2fs" or not record.exc_info or record.exc_info[1] is None:
            return True
        error = record.exc_info[1]
        first = record.args[0] if isinstance(record.args, tuple) and record.args else 0.0
        delay = float(first) if isinstance(first, int | float) else 0.0
        log.debug("the error behind the reconnect:", exc_info=record.exc_info)
        record.msg = "Discord unreachable (%s); retrying in %.0f s"
        record.args = (describe_network_error(error), delay)
        record.exc_info = None
        record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"  # expected during an outage, not a bug
        return True


def calm_discord_logs() -> None:
    """Install the reconnect filter on discord.py's client logger (idempotent)."""
    client_log = logging.getLogger("discord.client")
    if not any(isinstance(f, ReconnectLogFilter) for f in client_log.filters):
        client_log.addFilter(ReconnectLogFilter())
