"""Optional pytest fixtures. Enable with ``pytest_plugins = ["tests.emulator.fixtures"]`` in the root
conftest.py (or import the fixtures into a conftest)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from .server import DiscordEmulator


@pytest.fixture
async def discord_emulator() -> AsyncIterator[DiscordEmulator]:
    """A started emulator with a short (0.5 s) heartbeat; it is stopped after the test.

    It does not assert anything on teardown: call ``discord_emulator.assert_clean()`` in the test."""
    async with DiscordEmulator(heartbeat_interval_ms=500) as emu:
        yield emu
