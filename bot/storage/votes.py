"""Helpful/Not helpful votes: one per person, entry and server, de-duplicated through HMACs under rotating secrets."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from datetime import date, timedelta
from typing import Final

import aiosqlite

from .connection import fetchall, run
from .records import VoteOutcome

SECRET_BYTES: Final = 32


async def vote_secrets(db: aiosqlite.Connection, today: date, vote_days: int) -> list[tuple[int, bytes]]:
    """Return (id, secret) for every live secret, the one to hash new votes with first (made if due)."""
    rows = await fetchall(db, "SELECT id, secret, created_on FROM vote_secrets ORDER BY id DESC")
    keys = [(int(key_id), bytes(secret)) for key_id, secret, _ in rows]
    rotate_on_or_before = (today - timedelta(days=vote_days)).isoformat()
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


async def write_vote(
    db: aiosqlite.Connection, today: date, *, vote_days: int, guild: int, user_id: int, entry_id: str, helpful: bool
) -> VoteOutcome:
    """Count a vote, replacing the person's earlier vote on the entry (if it differs)."""
    message = f"{guild}:{user_id}:{entry_id}".encode()  # one vote per person, entry and server
    keys = await vote_secrets(db, today, vote_days)
    # Hashing under every live secret finds a vote made before the latest rotation.
    hashes = [hmac.new(secret, message, hashlib.sha256).digest() for _, secret in keys]
    current_secret_id, current_hash = keys[0][0], hashes[0]
    marks = ", ".join("?" * len(hashes))
    previous = await fetchall(
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
        await run(
            db,
            f"UPDATE vote_counts SET {column} = max({column} - 1, 0) WHERE guild_id = ? AND day = ? AND entry_id = ?",
            (old_guild, old_day, entry_id),
        )
        await run(db, f"DELETE FROM vote_hashes WHERE voter_hash IN ({marks})", hashes)
    await run(
        db,
        "INSERT INTO vote_hashes (voter_hash, secret_id, helpful, voted_on, guild_id) VALUES (?, ?, ?, ?, ?)",
        (current_hash, current_secret_id, int(helpful), today.isoformat(), guild),
    )
    await run(
        db,
        "INSERT INTO vote_counts (guild_id, day, entry_id, helpful, not_helpful) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (guild_id, day, entry_id) DO UPDATE SET helpful = helpful + excluded.helpful, "
        "not_helpful = not_helpful + excluded.not_helpful",
        (guild, today.isoformat(), entry_id, int(helpful), int(not helpful)),
    )
    return VoteOutcome.CHANGED if previous else VoteOutcome.COUNTED
