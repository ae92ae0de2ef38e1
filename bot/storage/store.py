"""The SQLite-backed Store: aggregate counts, declined question text and de-duplicated votes.

Privacy model. No table has a column for a Discord user, member, channel or message. Question
text is kept only for declined questions, only while `retention_days` allows, and with Discord
identifiers redacted. Votes are de-duplicated through HMAC-SHA256(secret, "user_id:entry_id")
with a random secret kept in the database: without the secret a hash reveals nothing, and with
it (that is, with the whole file) a known user id can be tested only against hashes that are
still inside the retention window, because expired hashes are deleted and a secret is deleted
as soon as no hash made with it remains. Deleted rows are zeroed (secure_delete) and the WAL is
truncated after purges so removed text does not linger in the files.

Failure model. Answer-path writes (record_answer, record_vote, purge_expired) never raise and
never wait long: SQLite waits at most BUSY_TIMEOUT_SECONDS for a lock, a write queued behind
another gives up after WRITE_QUEUE_SECONDS, and any failure becomes one warning line on the
"bot.storage" logger. Moderator reads (stats, unanswered, clear_unanswered) raise StorageError.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import secrets
import sqlite3
import threading
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Final, TypeVar

import aiosqlite

from .clock import utc_day, utcnow
from .errors import StorageError
from .question_text import normalise_question, redact_question
from .records import (
    ANSWER_STATUSES,
    ANSWERED,
    CRISIS,
    NO_MATCH,
    EntryStats,
    Stats,
    UnansweredQuestion,
    VoteOutcome,
)
from .schema import migrate, rollback_quietly

log = logging.getLogger("bot.storage")
# aiosqlite logs every statement with its parameters at DEBUG: question text and the vote secret. Never let it,
# whatever BOT_LOG_LEVEL says.
logging.getLogger("aiosqlite").setLevel(logging.INFO)

DEFAULT_PATH: Final = Path("data/faq.sqlite3")
DEFAULT_RETENTION_DAYS: Final = 30
BUSY_TIMEOUT_SECONDS: Final = 0.25
WRITE_QUEUE_SECONDS: Final = 0.5
MAX_PENDING_ANSWERS: Final = 10_000  # replies queued while the database is unavailable


@dataclass(frozen=True, slots=True)
class _PendingAnswer:
    guild: int
    day: str
    entry_id: str
    status: str
    text: str | None


SECRET_BYTES: Final = 32
NO_GUILD: Final = 0  # DMs and user installs: no server's moderators see these rows
LEGACY_GUILD: Final = -1  # rows recorded before schema 3, when servers were not told apart

# ValueError is what aiosqlite raises once its connection is closed.
_DB_ERRORS: Final = (sqlite3.Error, OSError, ValueError)

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
        self._pending: list[_PendingAnswer] = []
        self._flushing = False
        self._last_write_ok = True

    @classmethod
    async def open(
        cls,
        path: str | os.PathLike[str],
        *,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        clock: Callable[[], datetime] = utcnow,
    ) -> Store:
        """Open or create the database, migrate it, purge expired data; StorageError if impossible."""
        if retention_days < 0:
            raise ValueError(f"retention_days must be 0 or more, not {retention_days}")
        location = Path(path)
        try:
            _create_private_file(location)
        except OSError as exc:
            raise StorageError(f"cannot open the storage database {location}: {exc}") from exc

        db: aiosqlite.Connection | None = None
        connecting = aiosqlite.connect(location, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            try:
                db = await connecting
            except BaseException:
                await _join_worker(connecting)
                raise
            await _configure(db, location)
            await migrate(db, label=f"the storage database {location}")
        except BaseException as exc:
            if db is not None:
                await _close_quietly(db)
            if isinstance(exc, _DB_ERRORS):
                raise StorageError(f"cannot open the storage database {location}: {exc}") from exc
            raise

        store = cls(db, location, retention_days=retention_days, clock=clock)
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
        if self._pending and not self._closed:
            await self._flush_answers()
        async with self._lock:
            if self._closed:
                return
            self._closed = True
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

    async def record_answer(
        self, *, guild_id: int | None, entry_id: str | None, status: str, question: str | None
    ) -> None:
        """Count one reply by day, entry and status; keep redacted text only for declined questions.

        Replies are queued in memory and written in batches, one transaction per batch: a burst of
        replies costs a few writes, and replies that arrive while the database is busy are kept for
        the next batch instead of being dropped.
        """
        if status not in ANSWER_STATUSES:
            _warn("record an answer", self._path, f"unknown status {status!r}")
            return
        text = None
        if status == NO_MATCH and question is not None and self._retention_days > 0:
            text = redact_question(question)
        day = utc_day(self._clock()).isoformat()
        # Crisis replies are counted and nothing else: no entry, no text.
        guild = _guild(guild_id)
        self._pending.append(_PendingAnswer(guild, day, "" if status == CRISIS else entry_id or "", status, text))
        if len(self._pending) > MAX_PENDING_ANSWERS:
            dropped = len(self._pending) - MAX_PENDING_ANSWERS
            del self._pending[:dropped]
            _warn("record an answer", self._path, f"{dropped} queued count(s) dropped: the database is unavailable")
        await self._flush_answers()

    async def _flush_answers(self) -> None:
        """Write queued replies; if a flush is already running it picks up what was queued meanwhile."""
        if self._flushing:
            return
        self._flushing = True
        try:
            while self._pending:
                batch, self._pending = self._pending, []

                async def work(db: aiosqlite.Connection, today: date, batch: list[_PendingAnswer] = batch) -> bool:
                    counts: Counter[tuple[int, str, str, str]] = Counter(
                        (a.guild, a.day, a.entry_id, a.status) for a in batch
                    )
                    for (guild, day, entry_id, status), count in counts.items():
                        if status == CRISIS:
                            await _run(
                                db,
                                "INSERT INTO crisis_counts (guild_id, day, count) VALUES (?, ?, ?) "
                                "ON CONFLICT (guild_id, day) DO UPDATE SET count = count + excluded.count",
                                (guild, day, count),
                            )
                        else:
                            await _run(
                                db,
                                "INSERT INTO answer_counts (guild_id, day, entry_id, status, count) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (guild_id, day, entry_id, status) "
                                "DO UPDATE SET count = count + excluded.count",
                                (guild, day, entry_id, status, count),
                            )
                    for answer in batch:
                        if answer.text is not None:
                            await _run(
                                db,
                                "INSERT INTO declined_questions (guild_id, text, normalised, asked_on) "
                                "VALUES (?, ?, ?, ?)",
                                (answer.guild, answer.text, normalise_question(answer.text), answer.day),
                            )
                    return True

                if await self._write("record answers", work) is None:
                    if self._closed:
                        return
                    self._pending[:0] = batch  # keep them for the next attempt
                    return
        finally:
            self._flushing = False

    async def record_vote(
        self, *, guild_id: int | None, user_id: int, entry_id: str, helpful: bool
    ) -> VoteOutcome | None:
        """Record a Helpful/Not helpful vote, one per person and entry; None if it could not be stored."""
        if not entry_id:
            _warn("record a vote", self._path, "empty entry id")
            return None
        guild = _guild(guild_id)
        message = f"{guild}:{user_id}:{entry_id}".encode()  # one vote per person, entry and server

        async def work(db: aiosqlite.Connection, today: date) -> VoteOutcome:
            keys = await self._vote_secrets(db, today)
            # Hashing under every live secret finds a vote made before the latest rotation.
            hashes = [hmac.new(secret, message, hashlib.sha256).digest() for _, secret in keys]
            current_secret_id, current_hash = keys[0][0], hashes[0]
            marks = ", ".join("?" * len(hashes))
            previous = await _fetchall(
                db,
                f"SELECT helpful, voted_on, guild_id FROM vote_hashes WHERE voter_hash IN ({marks}) "
                "ORDER BY voted_on DESC LIMIT 1",
                hashes,
            )
            if previous and bool(previous[0][0]) == helpful:
                return VoteOutcome.UNCHANGED
            if previous:
                old_helpful, old_day, old_guild = bool(previous[0][0]), str(previous[0][1]), int(previous[0][2])
                column = "helpful" if old_helpful else "not_helpful"
                await _run(
                    db,
                    f"UPDATE vote_counts SET {column} = max({column} - 1, 0) "
                    "WHERE guild_id = ? AND day = ? AND entry_id = ?",
                    (old_guild, old_day, entry_id),
                )
                await _run(db, f"DELETE FROM vote_hashes WHERE voter_hash IN ({marks})", hashes)
            await _run(
                db,
                "INSERT INTO vote_hashes (voter_hash, secret_id, helpful, voted_on, guild_id) VALUES (?, ?, ?, ?, ?)",
                (current_hash, current_secret_id, int(helpful), today.isoformat(), guild),
            )
            await _run(
                db,
                "INSERT INTO vote_counts (guild_id, day, entry_id, helpful, not_helpful) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (guild_id, day, entry_id) DO UPDATE SET helpful = helpful + excluded.helpful, "
                "not_helpful = not_helpful + excluded.not_helpful",
                (guild, today.isoformat(), entry_id, int(helpful), int(not helpful)),
            )
            return VoteOutcome.CHANGED if previous else VoteOutcome.COUNTED

        return await self._write("record a vote", work)

    async def stats(self, *, guild_id: int, since: datetime) -> Stats:
        """One server's counts from the UTC day of `since` to today; raises StorageError."""
        since_day = utc_day(since)

        async def work(db: aiosqlite.Connection, today: date) -> Stats:
            params = (guild_id, since_day.isoformat())
            answers = await _fetchall(
                db,
                "SELECT entry_id, status, sum(count) FROM answer_counts WHERE guild_id = ? AND day >= ? "
                "GROUP BY entry_id, status",
                params,
            )
            votes = await _fetchall(
                db,
                "SELECT entry_id, sum(helpful), sum(not_helpful) FROM vote_counts WHERE guild_id = ? AND day >= ? "
                "GROUP BY entry_id",
                params,
            )
            crisis = await _fetchall(db, "SELECT sum(count) FROM crisis_counts WHERE guild_id = ? AND day >= ?", params)

            served: dict[str, int] = {}
            totals = {ANSWERED: 0, NO_MATCH: 0}
            for entry_id, status, count in answers:
                totals[str(status)] = totals.get(str(status), 0) + int(count)
                if status == ANSWERED and entry_id:
                    served[str(entry_id)] = served.get(str(entry_id), 0) + int(count)
            ratings = {str(entry_id): (int(up), int(down)) for entry_id, up, down in votes}
            entries = [
                EntryStats(
                    entry_id=entry_id,
                    served=served.get(entry_id, 0),
                    helpful=ratings.get(entry_id, (0, 0))[0],
                    not_helpful=ratings.get(entry_id, (0, 0))[1],
                )
                for entry_id in served.keys() | ratings.keys()
            ]
            entries = [e for e in entries if e.served or e.helpful or e.not_helpful]
            entries.sort(key=lambda e: (-e.served, e.entry_id))
            return Stats(
                since=since_day,
                entries=tuple(entries),
                answered=totals[ANSWERED],
                declined=totals[NO_MATCH],
                crisis=int(crisis[0][0] or 0) if crisis else 0,
            )

        return await self._checked("read statistics", work, begin="BEGIN")

    async def unanswered(self, *, guild_id: int, limit: int = 20) -> list[UnansweredQuestion]:
        """Declined questions, newest first, identical normalised wordings folded; raises StorageError."""
        if limit <= 0:
            return []

        async def work(db: aiosqlite.Connection, today: date) -> list[UnansweredQuestion]:
            # With a single max() aggregate SQLite takes the bare columns (text, asked_on) from
            # the row holding the max, i.e. the most recent wording of each question.
            rows = await _fetchall(
                db,
                "SELECT text, asked_on, count(*), max(id) AS newest FROM declined_questions WHERE guild_id = ? "
                "GROUP BY normalised ORDER BY newest DESC LIMIT ?",
                (guild_id, limit),
            )
            return [
                UnansweredQuestion(text=str(text), asked_at=date.fromisoformat(str(day)), times_asked=int(n))
                for text, day, n, _ in rows
            ]

        return await self._checked("read unanswered questions", work, begin="BEGIN")

    async def clear_unanswered(self, *, guild_id: int) -> int:
        """Delete one server's kept declined questions and return how many rows went; raises StorageError."""

        async def work(db: aiosqlite.Connection, today: date) -> int:
            return await _run(db, "DELETE FROM declined_questions WHERE guild_id = ?", (guild_id,))

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
            moved = 0
            for table, key, values in (
                ("answer_counts", "day, entry_id, status", "count = count + excluded.count"),
                ("crisis_counts", "day", "count = count + excluded.count"),
                (
                    "vote_counts",
                    "day, entry_id",
                    "helpful = helpful + excluded.helpful, not_helpful = not_helpful + excluded.not_helpful",
                ),
            ):
                columns = {"answer_counts": "count", "crisis_counts": "count", "vote_counts": "helpful, not_helpful"}
                fields = f"{key}, {columns[table]}"
                await _run(
                    db,
                    f"INSERT INTO {table} (guild_id, {fields}) SELECT ?, {fields} FROM {table} WHERE guild_id = ? "
                    f"ON CONFLICT (guild_id, {key}) DO UPDATE SET {values}",
                    (guild_id, LEGACY_GUILD),
                )
                moved += await _run(db, f"DELETE FROM {table} WHERE guild_id = ?", (LEGACY_GUILD,))
            for table in ("declined_questions", "vote_hashes"):
                moved += await _run(db, f"UPDATE {table} SET guild_id = ? WHERE guild_id = ?", (guild_id, LEGACY_GUILD))
            return moved

        return await self._write("give earlier rows to this server", work) or 0

    async def purge_expired(self) -> int:
        """Delete question text and vote hashes past retention; returns rows deleted, 0 on failure."""

        async def work(db: aiosqlite.Connection, today: date) -> int:
            if self._retention_days == 0:
                # Text kept under an earlier, longer setting goes as soon as retention is off.
                deleted = await _run(db, "DELETE FROM declined_questions")
            else:
                text_cutoff = (today - timedelta(days=self._retention_days)).isoformat()
                deleted = await _run(db, "DELETE FROM declined_questions WHERE asked_on < ?", (text_cutoff,))
            vote_cutoff = (today - timedelta(days=self._vote_days)).isoformat()
            deleted += await _run(db, "DELETE FROM vote_hashes WHERE voted_on < ?", (vote_cutoff,))
            # A secret is only useful for matching its own hashes; once none remain (and it is
            # not the one new votes are still hashed with) it goes, making leftovers unlinkable.
            await _run(
                db,
                "DELETE FROM vote_secrets WHERE id NOT IN (SELECT secret_id FROM vote_hashes) "
                "AND (id <> (SELECT max(id) FROM vote_secrets) OR created_on <= ?)",
                (vote_cutoff,),
            )
            return deleted

        deleted = await self._write("purge expired data", work)
        if deleted:
            await self._truncate_wal()
        return deleted or 0

    async def _vote_secrets(self, db: aiosqlite.Connection, today: date) -> list[tuple[int, bytes]]:
        """Return (id, secret) for every live secret, the one to hash new votes with first."""
        rows = await _fetchall(db, "SELECT id, secret, created_on FROM vote_secrets ORDER BY id DESC")
        keys = [(int(key_id), bytes(secret)) for key_id, secret, _ in rows]
        rotate_on_or_before = (today - timedelta(days=self._vote_days)).isoformat()
        if not rows or str(rows[0][2]) <= rotate_on_or_before:
            secret = secrets.token_bytes(SECRET_BYTES)
            async with db.execute(
                "INSERT INTO vote_secrets (secret, created_on) VALUES (?, ?)", (secret, today.isoformat())
            ) as cursor:
                new_id = cursor.lastrowid
            if new_id is None:
                raise sqlite3.OperationalError("no row id for the new vote secret")
            keys.insert(0, (new_id, secret))
        return keys

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
        """Run `work` in a transaction, turning any database failure into StorageError."""
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
                await _fetchall(self._db, "PRAGMA wal_checkpoint(TRUNCATE)")
        except _DB_ERRORS as exc:
            _warn("truncate the write-ahead log", self._path, exc)
        finally:
            self._lock.release()


def _guild(guild_id: int | None) -> int:
    """The server a row belongs to: its guild id, or 0 for DMs and user-installed use outside servers."""
    return int(guild_id) if guild_id else NO_GUILD


def _create_private_file(path: Path) -> None:
    """Create the parent folders, and the file readable by its owner only, if they are missing."""
    if str(path) == ":memory:":
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # The file holds the vote secret and question text; SQLite gives the -wal and -shm files
    # the same permissions as the database, so setting them here covers all three.
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


async def _configure(db: aiosqlite.Connection, path: Path) -> None:
    """Set the connection pragmas every session needs."""
    await db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    await db.execute("PRAGMA foreign_keys = ON")
    # Deleted question text is overwritten with zeros instead of lingering in free pages.
    await db.execute("PRAGMA secure_delete = ON")
    rows = await _fetchall(db, "PRAGMA journal_mode = WAL")
    mode = str(rows[0][0]).lower() if rows else "unknown"
    if mode != "wal" and str(path) != ":memory:":
        log.warning("storage: %s is in %s journal mode, not WAL; writes may wait on readers", path, mode)
    await db.execute("PRAGMA synchronous = NORMAL")


async def _run(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> int:
    """Execute one statement and return the number of rows it changed."""
    async with db.execute(sql, params) as cursor:
        return cursor.rowcount


async def _fetchall(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
    """Execute one query and return all its rows."""
    return list(await db.execute_fetchall(sql, params))


async def _join_worker(connection: aiosqlite.Connection) -> None:
    """Wait for the worker thread of a connection that failed to open.

    aiosqlite stops that thread without waiting; if the event loop closes first, the thread's last report
    fails with "Event loop is closed" (seen as an unhandled-thread warning at test teardown and at exit).
    """
    worker = getattr(connection, "_thread", None)
    if isinstance(worker, threading.Thread) and worker.is_alive():
        await asyncio.to_thread(worker.join, 2.0)


async def _close_quietly(db: aiosqlite.Connection) -> None:
    """Close a connection whose opening already failed, keeping the first error."""
    with suppress(*_DB_ERRORS):
        await db.close()


def _warn(action: str, path: Path, reason: object) -> None:
    """Log the single warning line a failed write produces, never including stored content."""
    detail = str(reason).replace("\n", " ")
    if isinstance(reason, BaseException):
        detail = f"{type(reason).__name__}: {detail}"
    log.warning("storage: could not %s in %s: %s", action, path, detail)
