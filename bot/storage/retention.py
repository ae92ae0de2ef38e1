"""Declined question text kept for curation, and deleting what is past retention."""

from __future__ import annotations

from datetime import date, timedelta

import aiosqlite

from .connection import fetchall, run
from .records import DeclinedQuestion


async def read_declined_questions(db: aiosqlite.Connection, guild_id: int, limit: int) -> list[DeclinedQuestion]:
    """Declined questions, newest first, identical normalised wordings folded."""
    # With a single max() aggregate SQLite takes the bare columns (text, asked_on) from
    # the row holding the max, i.e. the most recent wording of each question.
    rows = await fetchall(
        db,
        "SELECT text, asked_on, count(*), max(id) AS newest FROM declined_questions WHERE guild_id = ? "
        "GROUP BY normalised ORDER BY newest DESC LIMIT ?",
        (guild_id, limit),
    )
    return [
        DeclinedQuestion(text=str(text), asked_at=date.fromisoformat(str(day)), times_asked=int(n))
        for text, day, n, _ in rows
    ]


async def delete_declined_questions(db: aiosqlite.Connection, guild_id: int) -> int:
    """Delete one server's kept declined questions; return how many rows went."""
    return await run(db, "DELETE FROM declined_questions WHERE guild_id = ?", (guild_id,))


async def delete_expired(db: aiosqlite.Connection, today: date, *, retention_days: int, vote_days: int) -> int:
    """Delete question text and vote hashes past retention, and secrets no hash needs; return rows deleted."""
    if retention_days == 0:
        # Text kept under an earlier, longer setting goes as soon as retention is off.
        deleted = await run(db, "DELETE FROM declined_questions")
    else:
        text_cutoff = (today - timedelta(days=retention_days)).isoformat()
        deleted = await run(db, "DELETE FROM declined_questions WHERE asked_on < ?", (text_cutoff,))
    vote_cutoff = (today - timedelta(days=vote_days)).isoformat()
    deleted += await run(db, "DELETE FROM vote_hashes WHERE voted_on < ?", (vote_cutoff,))
    # A secret is only useful for matching its own hashes; once none remain (and it is
    # not the one new votes are still hashed with) it goes, making leftovers unlinkable.
    await run(
        db,
        "DELETE FROM vote_secrets WHERE id NOT IN (SELECT secret_id FROM vote_hashes) "
        "AND (id <> (SELECT max(id) FROM vote_secrets) OR created_on <= ?)",
        (vote_cutoff,),
    )
    return deleted
