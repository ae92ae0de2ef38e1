"""Helpers for pointing an in-process discord.py 2.7 client at the emulator."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypeVar

import discord
import discord.gateway
import discord.http
import yarl

if TYPE_CHECKING:
    from .server import DiscordEmulator

ClientT = TypeVar("ClientT", bound=discord.Client)


@contextlib.contextmanager
def point_discord_py_at(emu: DiscordEmulator) -> Iterator[None]:
    """Temporarily set ``discord.http.Route.BASE`` (a ``str``) and
    ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` (a ``yarl.URL``) to the emulator.

    Both are class attributes read lazily (each Route / each connect), so they must stay patched
    for the whole lifetime of the client. Restored on exit.
    """
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = emu.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(emu.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@contextlib.asynccontextmanager
async def run_client(
    emu: DiscordEmulator,
    client: ClientT,
    *,
    token: str | None = None,
    wait_until_ready: bool = True,
    timeout: float = 10.0,
) -> AsyncIterator[ClientT]:
    """Start ``client`` against ``emu`` (login + gateway) in a background task; close it on exit.

    Waits for the emulator to have sent READY/GUILD_CREATE and, with ``wait_until_ready``, for the
    client's own ``on_ready`` (which discord.py delays by ``guild_ready_timeout`` after the last
    GUILD_CREATE -- construct test clients with e.g. ``guild_ready_timeout=0.05``).
    If the client task dies, its exception is re-raised.
    """
    with point_discord_py_at(emu):
        task = asyncio.create_task(client.start(token or emu.token), name="emulated-discord-client")
        try:
            waiter = asyncio.ensure_future(emu.wait_ready(timeout=timeout))
            done, _ = await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
            if task in done:
                waiter.cancel()
                task.result()  # raises the client's exception
                raise RuntimeError("discord client exited before READY")
            waiter.result()
            if wait_until_ready:
                ready = asyncio.ensure_future(client.wait_until_ready())
                done, _ = await asyncio.wait({task, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
                if task in done:
                    ready.cancel()
                    task.result()
                    raise RuntimeError("discord client exited before on_ready")
                if ready not in done:
                    ready.cancel()
                    raise TimeoutError("client did not become ready")
            yield client
            if task.done():
                task.result()
        finally:
            if not client.is_closed():
                await client.close()
            with contextlib.suppress(asyncio.CancelledError):
                try:
                    await asyncio.wait_for(task, timeout=5.0)
                except TimeoutError:
                    task.cancel()
