"""Aggregate counts: replies by day, entry and status, crisis replies by day, and the statistics read from them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

import aiosqlite

from bot.answering.answer import Status

from .connection import LEGACY_GUILD, fetchall, run
from .question_text import normalise_question
from .records import EntryStats, Stats


@dataclass(frozen=True, slots=True)
class PendingAnswer:
    """A reply counted in memory, waiting for the next batch write."""

    guild: int
    day: str
    entry_id: str
    status: Status
    text: str | None


async def write_answers(db: aiosqlite.Connection, batch: list[PendingAnswer]) -> bool:
    """Add a batch of replies to the counts and keep the declined questions' text that came with them.

    At most three statements whatever the batch's size (each one a round trip to the database thread).
    """
    counts: Counter[tuple[int, str, str, str]] = Counter((a.guild, a.day, a.entry_id, a.status) for a in batch)
    crisis = [(guild, day, count) for (guild, day, _, status), count in counts.items() if status == Status.CRISIS]
    answers = [(g, day, entry, status, n) for (g, day, entry, status), n in counts.items() if status != Status.CRISIS]
    texts = [(a.guild, a.text, normalise_question(a.text), a.day) for a in batch if a.text is not None]
    if crisis:
        await db.executemany(
            "INSERT INTO crisis_counts (guild_id, day, count) VALUES (?, ?, ?) "
            "ON CONFLICT (guild_id, day) DO UPDATE SET count = count + excluded.count",
            crisis,
        )
    if answers:
        await db.executemany(
            "INSERT INTO answer_counts (guild_id, day, entry_id, status, count) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (guild_id, day, entry_id, status) "
            "DO UPDATE SET count = count + excluded.count",
            answers,
        )
    if texts:
        await db.executemany(
            "INSERT INTO declined_questions (guild_id, text, normalised, asked_on) VALUES (?, ?, ?, ?)",
            texts,
        )
    return True


async def read_stats(db: aiosqlite.Connection, guild_id: int, since_day: date) -> Stats:
    """One server's counts from `since_day` to today."""
    params = (guild_id, since_day.isoformat())
    answers = await fetchall(
        db,
        "SELECT entry_id, status, sum(count) FROM answer_counts WHERE guild_id = ? AND day >= ? "
        "GROUP BY entry_id, status",
        params,
    )
    votes = await fetchall(
        db,
        "SELECT entry_id, sum(helpful), sum(not_helpful) FROM vote_counts WHERE guild_id = ? AND day >= ? "
        "GROUP BY entry_id",
        params,
    )
    crisis = await fetchall(db, "SELECT sum(count) FROM crisis_counts WHERE guild_id = ? AND day >= ?", params)

    served: dict[str, int] = {}
    totals: dict[str, int] = {Status.ANSWERED: 0, Status.DECLINED: 0}
    for entry_id, status, count in answers:
        totals[str(status)] = totals.get(str(status), 0) + int(count)
        if status == Status.ANSWERED and entry_id:
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
        answered=totals[Status.ANSWERED],
        declined=totals[Status.DECLINED],
        crisis=int(crisis[0][0] or 0) if crisis else 0,
    )


# Each counted table: its key columns after guild_id, and how two rows with the same key add up.
_COUNTED = (
    ("answer_counts", "day, entry_id, status", "count", "count = count + excluded.count"),
    ("crisis_counts", "day", "count", "count = count + excluded.count"),
    (
        "vote_counts",
        "day, entry_id",
        "helpful, not_helpful",
        "helpful = helpful + excluded.helpful, not_helpful = not_helpful + excluded.not_helpful",
    ),
)


async def adopt_legacy(db: aiosqlite.Connection, guild_id: int) -> int:
    """Give rows recorded before servers were told apart to `guild_id`; return the rows moved."""
    moved = 0
    for table, key, columns, values in _COUNTED:
        fields = f"{key}, {columns}"
        await run(
            db,
            f"INSERT INTO {table} (guild_id, {fields}) SELECT ?, {fields} FROM {table} WHERE guild_id = ? "
            f"ON CONFLICT (guild_id, {key}) DO UPDATE SET {values}",
            (guild_id, LEGACY_GUILD),
        )
        moved += await run(db, f"DELETE FROM {table} WHERE guild_id = ?", (LEGACY_GUILD,))
    for table in ("declined_questions", "vote_hashes"):
        moved += await run(db, f"UPDATE {table} SET guild_id = ? WHERE guild_id = ?", (guild_id, LEGACY_GUILD))
    return moved
