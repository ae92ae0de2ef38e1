"""The interface shared by the SQLite Store, the do-nothing NullStore and the LiveStore that fronts either."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.answering.answer import Status

from .records import DeclinedQuestion, Stats, VoteOutcome


class StoreLike(Protocol):
    """What the Discord adapter may call, whether or not storage is enabled."""

    @property
    def enabled(self) -> bool:
        """Whether anything is actually stored."""
        ...

    async def close(self) -> None:
        """Release the database."""
        ...

    async def writable(self) -> bool:
        """Whether the database takes writes right now (for the health check); never raises."""
        ...

    def count_answer(self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None) -> None:
        """Count one reply in memory, written with the next batch; returns at once, never raises."""
        ...

    async def flush(self) -> None:
        """Write every counted reply now; never raises."""
        ...

    async def record_answer(
        self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None
    ) -> None:
        """Count one reply; never raises."""
        ...

    async def record_vote(
        self, *, guild_id: int | None, user_id: int, entry_id: str, helpful: bool
    ) -> VoteOutcome | None:
        """Record a rating; never raises, returns None when nothing could be recorded."""
        ...

    async def stats(self, *, guild_id: int, since: datetime) -> Stats:
        """Aggregate counts from the UTC day of `since` onwards."""
        ...

    async def declined_questions(self, *, guild_id: int, limit: int = 20) -> list[DeclinedQuestion]:
        """Declined questions kept for curation, newest first."""
        ...

    async def clear_declined_questions(self, *, guild_id: int) -> int:
        """Delete every kept declined question and return how many rows went."""
        ...

    async def adopt_legacy_rows(self, guild_id: int) -> int:
        """Give rows recorded before servers were told apart to this bot's one server."""
        ...

    async def purge_expired(self) -> int:
        """Delete question text and vote hashes past retention; never raises."""
        ...
