"""NullStore: the same interface as Store, for running with storage disabled."""

from __future__ import annotations

from datetime import datetime

from bot.answering.answer import Status

from .clock import utc_day
from .records import DeclinedQuestion, Stats, VoteOutcome


class NullStore:
    """Stores nothing and reports empty statistics."""

    @property
    def enabled(self) -> bool:
        """Always False: nothing is kept."""
        return False

    async def close(self) -> None:
        """Do nothing."""

    async def writable(self) -> bool:
        """Always False: there is no database (health reports it)."""
        return False

    def count_answer(self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None) -> None:
        """Discard the event."""

    async def flush(self) -> None:
        """Do nothing."""

    async def record_answer(
        self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None
    ) -> None:
        """Discard the event."""

    async def record_vote(
        self, *, guild_id: int | None, user_id: int, entry_id: str, helpful: bool
    ) -> VoteOutcome | None:
        """Discard the vote; None says it was not recorded."""
        return None

    async def stats(self, *, guild_id: int, since: datetime) -> Stats:
        """Return statistics with every count at zero."""
        return Stats.empty(utc_day(since))

    async def declined_questions(self, *, guild_id: int, limit: int = 20) -> list[DeclinedQuestion]:
        """Return no questions."""
        return []

    async def clear_declined_questions(self, *, guild_id: int) -> int:
        """Delete nothing."""
        return 0

    async def adopt_legacy_rows(self, guild_id: int) -> int:
        """Move nothing."""
        return 0

    async def purge_expired(self) -> int:
        """Delete nothing."""
        return 0
