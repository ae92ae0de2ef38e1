"""The SQLite-backed Store: aggregate counts, declined question text and de-duplicated votes.

Privacy model. No table has a column for a Discord user, member, channel or message. Question
text is kept only for declined questions, only while `retention_days` allows, and with Discord
identifiers redacted. Votes are de-duplicated through HMAC-SHA256(secret, "user_id:entry_id")
with a random secret kept in the database: without the secret a hash reveals nothing, and with
it (that is, with the whole file) a known user id can be tested only against hashes that are
still inside the retention window, because expired hashes are deleted and a secret is deleted
as soon as no hash made with it remains. Deleted rows are zeroed (secure_delete) and the WAL is
truncated after purges so removed text does not linger in the files.

Batching. The reply path only counts a reply in memory (`count_answer`, no await, no database work); the
counts are written in one transaction per batch, FLUSH_SECONDS after the first one waits, by a background
flush. Reads (stats, unanswered) and close() write what is queued first, so nothing counted is lost on shutdown
or missing from a moderator's statistics; only a crash (SIGKILL, power loss) loses the last FLUSH_SECONDS.

Failure model. Answer-path writes (record_answer, record_vote, purge_expired) never raise and
never wait long: SQLite waits at most BUSY_TIMEOUT_SECONDS for a lock, a write queued behind
another gives up after WRITE_QUEUE_SECONDS, and any failure becomes one warning line on the
"bot.storage" logger. Moderator reads (stats, declined_questions, clear_declined_questions) raise StorageError.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import date, datetime
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Final, TypeVar

import aiosqlite

from bot.answering.answer import COUNTED_STATUSES, Status

from .clock import utc_day, utcnow
from .connection import BUSY_TIMEOUT_SECONDS, configure, create_private_file, fetchall, guild_of, join_worker
from .connection import DB_ERRORS as _DB_ERRORS
from .connection import close_quietly as _close_quietly
from .connection import warn as _warn
from .counts import PendingAnswer, adopt_legacy, read_stats, write_answers
from .errors import StorageError
from .question_text import redact_question
from .records import DeclinedQuestion, Stats, VoteOutcome
from .retention import delete_declined_questions, delete_expired, read_declined_questions
from .schema import migrate, rollback_quietly
from .votes import write_vote

DEFAULT_PATH: Final = Path("data/faq.sqlite3")
DEFAULT_RETENTION_DAYS: Final = 30
WRITE_QUEUE_SECONDS: Final = 0.5
FLUSH_SECONDS: Final = 0.5  # how long counted replies wait in memory before their batch is written
MAX_PENDING_ANSWERS: Final = 10_000  # replies queued while the database is unavailable

_T = TypeVar("_T")
_Work = Callable[[aiosqlite.Connection, date], Awaitable[_T]]


class Store:
    """Usage statistics, declined questions and votes in one SQLite file."""

    def __init__(
        self,
        db: aiosqlite.Connection,
        path: Path,
        *,
        retention_days: int,
        clock: Callable[[], datetime],
        flush_seconds: float = FLUSH_SECONDS,
    ) -> None:
        """Wrap an already migrated connection; use Store.open instead."""
        self._db = db
        self._path = path
        self._retention_days = retention_days
        # Vote de-duplication needs at least a day of memory, even when no question text is kept.
        self._vote_days = max(retention_days, 1)
        self._clock = clock
        self._lock = asyncio.Lock()
        self._closed = False
        self._pending: list[PendingAnswer] = []
        self._flush_lock = asyncio.Lock()
        self._flush_seconds = flush_seconds
        self._flush_timer: asyncio.TimerHandle | None = None
        self._flush_task: asyncio.Task[None] | None = None
        self._last_write_ok = True

    @classmethod
    async def open(
        cls,
        path: str | os.PathLike[str],
        *,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        clock: Callable[[], datetime] = utcnow,
        flush_seconds: float = FLUSH_SECONDS,
    ) -> Store:
        """Open or create the database, migrate it, purge expired data; StorageError if impossible."""
        if retention_days < 0:
            raise ValueError(f"retention_days must be 0 or more, not {retention_days}")
        location = Path(path)
        try:
            create_private_file(location)
        except OSError as exc:
            raise StorageError(f"cannot open the storage database {location}: {exc}") from exc

        db: aiosqlite.Connection | None = None
        connecting = aiosqlite.connect(location, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            try:
                db = await connecting
            except BaseException:
                await join_worker(connecting)
                raise
            await configure(db, location)
            await migrate(db, label=f"the storage database {location}")
        except BaseException as exc:
            if db is not None:
                await _close_quietly(db)
            if isinstance(exc, _DB_ERRORS):
                raise StorageError(f"cannot open the storage database {location}: {exc}") from exc
            raise

        store = cls(db, location, retention_days=retention_days, clock=clock, flush_seconds=flush_seconds)
        await store.purge_expired()
        return store

    @property
    def enabled(self) -> bool:
        """Always True: this store keeps data."""
        return True

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def retention_days(self) -> int:
        """How many days declined question text is kept (0: never stored)."""
        return self._retention_days

    async def __aenter__(self) -> Store:
        """Return the store itself; closing happens on exit."""
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        await self.close()

    async def close(self) -> None:
        """Write what is queued, then close the database; later writes log a warning, later reads raise."""
        await self.flush()
        async with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._flush_timer is not None:
                self._flush_timer.cancel()
            if self._pending:
                _warn("record answers", self._path, f"{len(self._pending)} counted reply(s) could not be written")
            try:
                await self._db.close()
            except _DB_ERRORS as exc:
                _warn("close the database", self._path, exc)

    async def writable(self) -> bool:
        """Whether the database takes a write lock now (for the health check); never raises, never waits long.

        While other writes hold the store's lock, the outcome of the latest write stands in for a new probe.
        """
        if self._closed:
            return False
        if self._lock.locked():
            return self._last_write_ok
        async with self._lock:
            try:
                async with self._transaction("BEGIN IMMEDIATE"):
                    pass
                self._last_write_ok = True
            except _DB_ERRORS:
                self._last_write_ok = False
        return self._last_write_ok

    def count_answer(self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None) -> None:
        """Count one reply by day, entry and status (redacted text only for declined questions), in memory.

        Returns at once; a background flush writes the queued replies FLUSH_SECONDS later in one transaction,
        so a burst of replies costs one write. Replies that arrive while the database is busy or unavailable
        stay queued for the next batch (at most MAX_PENDING_ANSWERS). Call it from the event loop.
        """
        if status not in COUNTED_STATUSES:
            _warn("record an answer", self._path, f"unknown status {status!r}")
            return
        if self._closed:
            _warn("record an answer", self._path, "the store is closed")
            return
        text = None
        if status == Status.DECLINED and question is not None and self._retention_days > 0:
            text = redact_question(question)
        day = utc_day(self._clock()).isoformat()
        # Crisis replies are counted and nothing else: no entry, no text.
        guild = guild_of(guild_id)
        self._pending.append(PendingAnswer(guild, day, "" if status == Status.CRISIS else entry_id or "", status, text))
        if len(self._pending) > MAX_PENDING_ANSWERS:
            dropped = len(self._pending) - MAX_PENDING_ANSWERS
            del self._pending[:dropped]
            _warn("record an answer", self._path, f"{dropped} queued count(s) dropped: the database is unavailable")
        self._schedule_flush()

    async def record_answer(
        self, *, guild_id: int | None, entry_id: str | None, status: Status, question: str | None
    ) -> None:
        """count_answer, then write what is queued now, unless a flush already running will pick it up."""
        self.count_answer(guild_id=guild_id, entry_id=entry_id, status=status, question=question)
        if not self._flush_lock.locked():
            await self.flush()

    async def flush(self) -> None:
        """Write every queued reply now (the background flush does this by itself FLUSH_SECONDS later)."""
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        if self._pending and not self._closed:
            await self._flush_answers()
            if self._pending and not self._closed:  # the database was unavailable: try again later
                self._schedule_flush()

    def _schedule_flush(self) -> None:
        if self._flush_timer is None and self._flush_task is None:
            loop = asyncio.get_running_loop()
            self._flush_timer = loop.call_later(self._flush_seconds, self._start_flush)

    def _start_flush(self) -> None:
        self._flush_timer = None
        self._flush_task = asyncio.create_task(self._background_flush(), name="store-flush")

    async def _background_flush(self) -> None:
        try:
            await self._flush_answers()
        finally:
            self._flush_task = None
            if self._pending and not self._closed:  # the database was unavailable: try again later
                self._schedule_flush()

    async def _flush_answers(self) -> None:
        """Write queued replies, one transaction per batch; a second caller waits for the running flush."""
        async with self._flush_lock:
            while self._pending:
                batch, self._pending = self._pending, []

                async def work(db: aiosqlite.Connection, today: date, batch: list[PendingAnswer] = batch) -> bool:
                    return await write_answers(db, batch)

                if await self._write("record answers", work) is None:
                    self._pending[:0] = batch  # keep them for the next attempt
                    return

    async def record_vote(
        self, *, guild_id: int | None, user_id: int, entry_id: str, helpful: bool
    ) -> VoteOutcome | None:
        """Record a Helpful/Not helpful vote, one per person and entry; None if it could not be stored."""
        if not entry_id:
            _warn("record a vote", self._path, "empty entry id")
            return None
        vote = partial(
            write_vote,
            vote_days=self._vote_days,
            guild=guild_of(guild_id),
            user_id=user_id,
            entry_id=entry_id,
            helpful=helpful,
        )
        return await self._write("record a vote", vote)

    async def stats(self, *, guild_id: int, since: datetime) -> Stats:
        """One server's counts from the UTC day of `since` to today; raises StorageError."""
        since_day = utc_day(since)

        async def work(db: aiosqlite.Connection, today: date) -> Stats:
            return await read_stats(db, guild_id, since_day)

        return await self._checked("read statistics", work, begin="BEGIN")

    async def declined_questions(self, *, guild_id: int, limit: int = 20) -> list[DeclinedQuestion]:
        """Declined questions, newest first, identical normalised wordings folded; raises StorageError."""
        if limit <= 0:
            return []

        async def work(db: aiosqlite.Connection, today: date) -> list[DeclinedQuestion]:
            return await read_declined_questions(db, guild_id, limit)

        return await self._checked("read unanswered questions", work, begin="BEGIN")

    async def clear_declined_questions(self, *, guild_id: int) -> int:
        """Delete one server's kept declined questions and return how many rows went; raises StorageError."""

        async def work(db: aiosqlite.Connection, today: date) -> int:
            return await delete_declined_questions(db, guild_id)

        # Raising rather than returning 0: a moderator told "nothing to clear" when the delete
        # actually failed would believe the text was gone.
        deleted = await self._checked("clear unanswered questions", work, begin="BEGIN IMMEDIATE")
        if deleted:
            await self._truncate_wal()
        return deleted

    async def adopt_legacy_rows(self, guild_id: int) -> int:
        """Give rows recorded before servers were told apart to the one server this bot serves; returns rows moved.

        Only for a bot limited to one server (allowed_guild_ids): then those rows can only have come from it.
        """

        async def work(db: aiosqlite.Connection, today: date) -> int:
            return await adopt_legacy(db, guild_id)

        return await self._write("give earlier rows to this server", work) or 0

    async def purge_expired(self) -> int:
        """Delete question text and vote hashes past retention; returns rows deleted, 0 on failure."""
        purge = partial(delete_expired, retention_days=self._retention_days, vote_days=self._vote_days)
        deleted = await self._write("purge expired data", purge)
        if deleted:
            await self._truncate_wal()
        return deleted or 0

    async def _write(self, action: str, work: _Work[_T]) -> _T | None:
        """Run `work` in a write transaction; on any database failure log one warning and return None."""
        try:
            async with asyncio.timeout(WRITE_QUEUE_SECONDS):
                await self._lock.acquire()
        except TimeoutError:
            _warn(action, self._path, "earlier storage writes are still waiting for the database")
            return None
        try:
            if self._closed:
                _warn(action, self._path, "the store is closed")
                return None
            async with self._transaction("BEGIN IMMEDIATE") as db:
                result = await work(db, utc_day(self._clock()))
            self._last_write_ok = True
            return result
        except _DB_ERRORS as exc:
            self._last_write_ok = False
            _warn(action, self._path, exc)
            return None
        finally:
            self._lock.release()

    async def _checked(self, action: str, work: _Work[_T], *, begin: str) -> _T:
        """Write what is queued, then run `work` in a transaction, turning any database failure into StorageError."""
        await self.flush()
        async with self._lock:
            if self._closed:
                raise StorageError(f"cannot {action}: the storage database {self._path} is closed")
            try:
                async with self._transaction(begin) as db:
                    return await work(db, utc_day(self._clock()))
            except _DB_ERRORS as exc:
                raise StorageError(f"could not {action} in the storage database {self._path}: {exc}") from exc

    @asynccontextmanager
    async def _transaction(self, begin: str) -> AsyncIterator[aiosqlite.Connection]:
        """Wrap the body in BEGIN ... COMMIT, rolling back on any exception."""
        await self._db.execute(begin)
        try:
            yield self._db
            await self._db.execute("COMMIT")
        except BaseException:
            await rollback_quietly(self._db)
            raise

    async def _truncate_wal(self) -> None:
        """Empty the WAL file so pages that held deleted text are not left behind in it."""
        try:
            async with asyncio.timeout(WRITE_QUEUE_SECONDS):
                await self._lock.acquire()
        except TimeoutError:
            return
        try:
            if not self._closed:
                await fetchall(self._db, "PRAGMA wal_checkpoint(TRUNCATE)")
        except _DB_ERRORS as exc:
            _warn("truncate the write-ahead log", self._path, exc)
        finally:
            self._lock.release()
