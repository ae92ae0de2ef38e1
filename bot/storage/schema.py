"""Versioned schema: ordered migration steps tracked in PRAGMA user_version."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Final

import aiosqlite

from .errors import StorageError


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step; `version` is the user_version the database has after it."""

    version: int
    description: str
    statements: tuple[str, ...]


# Never edit a released step: databases in the wild have already run it. Append a new one.
# Days are ISO 'YYYY-MM-DD' strings in UTC so that range filters compare as text.
MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(
        version=1,
        description="aggregate answer counts and declined question text",
        statements=(
            """
            CREATE TABLE answer_counts (
                day      TEXT    NOT NULL,
                entry_id TEXT    NOT NULL,  -- '' when no entry applies
                status   TEXT    NOT NULL CHECK (status IN ('answered', 'no_match')),
                count    INTEGER NOT NULL CHECK (count >= 0),
                PRIMARY KEY (day, entry_id, status)
            ) WITHOUT ROWID
            """,
            # Deliberately no user, member, channel or message column: see the privacy rule.
            """
            CREATE TABLE declined_questions (
                id         INTEGER PRIMARY KEY,
                text       TEXT NOT NULL,
                normalised TEXT NOT NULL,
                asked_on   TEXT NOT NULL
            )
            """,
            "CREATE INDEX declined_questions_asked_on ON declined_questions (asked_on)",
            "CREATE INDEX declined_questions_normalised ON declined_questions (normalised)",
        ),
    ),
    Migration(
        version=2,
        description="crisis reply counts and de-duplicated helpful/not-helpful votes",
        statements=(
            "CREATE TABLE crisis_counts (day TEXT PRIMARY KEY, count INTEGER NOT NULL CHECK (count >= 0))",
            # Keys for the voter hashes; a key is dropped once no live hash uses it, after
            # which the remaining hashes can no longer be tested against a known user id.
            """
            CREATE TABLE vote_secrets (
                id         INTEGER PRIMARY KEY,
                secret     BLOB NOT NULL CHECK (length(secret) = 32),
                created_on TEXT NOT NULL
            )
            """,
            # voter_hash = HMAC-SHA256(secret, "user_id:entry_id"); the only per-person trace.
            """
            CREATE TABLE vote_hashes (
                voter_hash BLOB    PRIMARY KEY,
                secret_id  INTEGER NOT NULL REFERENCES vote_secrets (id),
                helpful    INTEGER NOT NULL CHECK (helpful IN (0, 1)),
                voted_on   TEXT    NOT NULL
            ) WITHOUT ROWID
            """,
            "CREATE INDEX vote_hashes_voted_on ON vote_hashes (voted_on)",
            "CREATE INDEX vote_hashes_secret_id ON vote_hashes (secret_id)",
            """
            CREATE TABLE vote_counts (
                day         TEXT    NOT NULL,
                entry_id    TEXT    NOT NULL,
                helpful     INTEGER NOT NULL DEFAULT 0 CHECK (helpful >= 0),
                not_helpful INTEGER NOT NULL DEFAULT 0 CHECK (not_helpful >= 0),
                PRIMARY KEY (day, entry_id)
            ) WITHOUT ROWID
            """,
        ),
    ),
    Migration(
        version=3,
        description="every row belongs to one server (guild id; -1 = recorded before servers were told apart)",
        statements=(
            # Counting tables are keyed by day: rebuild them with guild_id in the key, keeping every row.
            """
            CREATE TABLE answer_counts_v3 (
                guild_id INTEGER NOT NULL,
                day      TEXT    NOT NULL,
                entry_id TEXT    NOT NULL,
                status   TEXT    NOT NULL CHECK (status IN ('answered', 'no_match')),
                count    INTEGER NOT NULL CHECK (count >= 0),
                PRIMARY KEY (guild_id, day, entry_id, status)
            ) WITHOUT ROWID
            """,
            "INSERT INTO answer_counts_v3 SELECT -1, day, entry_id, status, count FROM answer_counts",
            "DROP TABLE answer_counts",
            "ALTER TABLE answer_counts_v3 RENAME TO answer_counts",
            """
            CREATE TABLE crisis_counts_v3 (
                guild_id INTEGER NOT NULL,
                day      TEXT    NOT NULL,
                count    INTEGER NOT NULL CHECK (count >= 0),
                PRIMARY KEY (guild_id, day)
            ) WITHOUT ROWID
            """,
            "INSERT INTO crisis_counts_v3 SELECT -1, day, count FROM crisis_counts",
            "DROP TABLE crisis_counts",
            "ALTER TABLE crisis_counts_v3 RENAME TO crisis_counts",
            """
            CREATE TABLE vote_counts_v3 (
                guild_id    INTEGER NOT NULL,
                day         TEXT    NOT NULL,
                entry_id    TEXT    NOT NULL,
                helpful     INTEGER NOT NULL DEFAULT 0 CHECK (helpful >= 0),
                not_helpful INTEGER NOT NULL DEFAULT 0 CHECK (not_helpful >= 0),
                PRIMARY KEY (guild_id, day, entry_id)
            ) WITHOUT ROWID
            """,
            "INSERT INTO vote_counts_v3 SELECT -1, day, entry_id, helpful, not_helpful FROM vote_counts",
            "DROP TABLE vote_counts",
            "ALTER TABLE vote_counts_v3 RENAME TO vote_counts",
            "ALTER TABLE declined_questions ADD COLUMN guild_id INTEGER NOT NULL DEFAULT -1",
            "CREATE INDEX declined_questions_guild ON declined_questions (guild_id, normalised)",
            # A vote changed later must be taken back from the server it was counted in.
            "ALTER TABLE vote_hashes ADD COLUMN guild_id INTEGER NOT NULL DEFAULT -1",
        ),
    ),
)

LATEST_VERSION: Final = MIGRATIONS[-1].version


async def schema_version(db: aiosqlite.Connection) -> int:
    """Return the database's PRAGMA user_version."""
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row is not None else 0


async def migrate(db: aiosqlite.Connection, *, label: str) -> int:
    """Bring the schema to LATEST_VERSION in one transaction and return the version found before."""
    found = await schema_version(db)
    if found > LATEST_VERSION:
        raise StorageError(
            f"{label} has schema version {found}, newer than this bot understands ({LATEST_VERSION}); "
            "upgrade the bot or point it at another file"
        )
    if found == LATEST_VERSION:
        # Leaves a current database usable when the file is read-only: no write is attempted.
        return found

    # IMMEDIATE takes the write lock up front so two processes opening the same file cannot
    # both decide to run the same step.
    await db.execute("BEGIN IMMEDIATE")
    try:
        found = await schema_version(db)
        for step in MIGRATIONS:
            if step.version <= found:
                continue
            for statement in step.statements:
                await db.execute(statement)
            # PRAGMA does not accept bound parameters; the value is an int from our own table.
            await db.execute(f"PRAGMA user_version = {int(step.version)}")
        await db.execute("COMMIT")
    except BaseException:
        await rollback_quietly(db)
        raise
    return found


async def rollback_quietly(db: aiosqlite.Connection) -> None:
    """Roll back the open transaction, ignoring failure so the original error propagates."""
    # The original error is the one worth reporting; SQLite may already have rolled back.
    with suppress(aiosqlite.Error, ValueError):
        await db.execute("ROLLBACK")
