"""What the bot says and how long it waits when Discord cannot be reached (no network needed)."""

from __future__ import annotations

import logging
import socket

import aiohttp
import pytest
from aiohttp.client_reqrep import ConnectionKey

from bot.discord_app.outages import Backoff, ReconnectLogFilter, describe_network_error


def connector_error(os_error: OSError) -> aiohttp.ClientConnectorError:
    """The error aiohttp raises when it cannot connect to discord.com."""
    key = ConnectionKey("discord.com", 443, True, True, None, None, None)
    return aiohttp.ClientConnectorError(key, os_error)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (connector_error(socket.gaierror(-3, "Temporary failure in name resolution")), "DNS failed"),
        (connector_error(ConnectionRefusedError(111, "Connection refused")), "connection refused"),
        (TimeoutError(), "timed out"),
        (OSError(101, "Network is unreachable"), "OSError"),
    ],
)
def test_the_reason_is_said_in_a_few_words(error: BaseException, words: str) -> None:
    assert describe_network_error(error) == words


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    low, high = Backoff(initial=2, cap=300, rng=lambda: 0.0), Backoff(initial=2, cap=300, rng=lambda: 1.0)
    lows = [round(low.next_delay(), 1) for _ in range(10)]
    highs = [round(high.next_delay(), 1) for _ in range(10)]
    assert lows[:4] == [1.6, 3.2, 6.4, 12.8] and highs[:4] == [2.4, 4.8, 9.6, 19.2]  # ±20 % around 2, 4, 8, 16
    assert max(highs) == 300 and lows[-1] == 240  # capped at 5 minutes
    for _ in range(2000):
        assert high.next_delay() == 300  # days of retrying never overflow
    high.reset()
    assert high.next_delay() == pytest.approx(2.4)


def test_discord_pys_reconnect_traceback_becomes_one_line() -> None:
    try:
        raise connector_error(socket.gaierror(-2, "Name or service not known"))
    except aiohttp.ClientConnectorError:
        import sys

        record = logging.LogRecord(
            "discord.client", logging.ERROR, __file__, 1, "Attempting a reconnect in %.2fs", (31.7,), sys.exc_info()
        )
    assert ReconnectLogFilter().filter(record)
    assert record.getMessage() == "Discord unreachable (DNS failed); retrying in 32 s"
    assert record.exc_info is None and record.levelname == "WARNING"
