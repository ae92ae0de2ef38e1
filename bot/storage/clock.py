"""Time helpers: storage counts by UTC day so every server groups the same way."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


def utc_day(moment: datetime) -> date:
    """Return the UTC calendar day of `moment`, reading a naive datetime as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).date()
