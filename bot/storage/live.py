"""LiveStore: the one store object the bot hands out, whichever database is behind it right now.

The bot starts without storage (NullStore) and opens the database in setup_hook, or later when the database
comes back (store_opener). Handing the cogs and views a LiveStore once, instead of letting each reach for the
bot's current store at every use, keeps that swap in one place: `use()` puts the opened Store behind it.
"""

from __future__ import annotations

from datetime import datetime

from bot.answering.answer import Status

from .interface import StoreLike
from .null_store import NullStore
from .records import DeclinedQuestion, Stats, VoteOutcome


class LiveStore:
    """A StoreLike that forwards every call to the store in use (NullStore until a database is opened)."""

    def __init__(self, backend: StoreLike | None = None) -> None:
        self._backend: StoreLike = backend if backend is not None else NullStore()

    def use(self, backend: StoreLike) -> None:
        """Put `backend` behind this store from now on (the bot closes the previous one, if any, itself)."""
        self._backend = backend

    @property
    def backend(self) -> StoreLike:
        """The store every call goes to now."""
        return self._backend

    @property
    def enabled(self) -> bool:
        """Whether anything is actually stored."""
        return self._backend.enabled

    async def close(self) -> None:
        """Write what is queued and release the database."""
        await self._backend.close()

    async def writable(self) -> bool:
        """Whether the database takes writes right now; never raises."""
        return await self._backend.writable()

    def count_answer(self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None) -> None:
        """Count one reply in memory, written with the next batch; never raises."""
        self._backend.count_answer(guild_id=guild_id, entry_id=entry_id, status=status, question=question)

    async def flush(self) -> None:
        """Write every counted reply now; never raises."""
        await self._backend.flush()

    async def record_answer(
        self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None
    ) -> None:
        """Count one reply and write it now; never raises."""
        await self._backend.record_answer(guild_id=guild_id, entry_id=entry_id, status=status, question=question)

    async def record_vote(
        self, *, guild_id: int | None, user_id: int, entry_id: str, helpful: bool
    ) -> VoteOutcome | None:
        """Record a rating; None when nothing could be recorded."""
        return await self._backend.record_vote(guild_id=guild_id, user_id=user_id, entry_id=entry_id, helpful=helpful)

    async def stats(self, *, guild_id: int, since: datetime) -> Stats:
        """Aggregate counts from the UTC day of `since` onwards."""
        return await self._backend.stats(guild_id=guild_id, since=since)

    async def declined_questions(self, *, guild_id: int, limit: int = 20) -> list[DeclinedQuestion]:
        """Declined questions kept for curation, newest first."""
        return await self._backend.declined_questions(guild_id=guild_id, limit=limit)

    async def clear_declined_questions(self, *, guild_id: int) -> int:
        """Delete every kept declined question and return how many rows went."""
        return await self._backend.clear_declined_questions(guild_id=guild_id)

    async def adopt_legacy_rows(self, guild_id: int) -> int:
        """Give rows recorded before servers were told apart to this bot's one server."""
        return await self._backend.adopt_legacy_rows(guild_id)

    async def purge_expired(self) -> int:
        """Delete question text and vote hashes past retention; never raises."""
        return await self._backend.purge_expired()
