"""Immutable values that the storage layer hands back to callers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class VoteOutcome(StrEnum):
    """What a vote did to the tallies; compares equal to its string value."""

    COUNTED = "counted"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class EntryStats:
    """How often one FAQ entry was served and how people rated it in a period."""

    entry_id: str
    served: int
    helpful: int
    not_helpful: int


@dataclass(frozen=True, slots=True)
class Stats:
    """Aggregate usage for the UTC days from `since` up to today."""

    since: date
    entries: tuple[EntryStats, ...]
    answered: int
    declined: int
    crisis: int

    @classmethod
    def empty(cls, since: date) -> Stats:
        """Stats with nothing counted, for a period with no data or disabled storage."""
        return cls(since=since, entries=(), answered=0, declined=0, crisis=0)


@dataclass(frozen=True, slots=True)
class DeclinedQuestion:
    """A declined question kept for moderators, with identical wordings folded together."""

    text: str
    # Only the day is stored: an exact time would let anyone match the text to a message in
    # the channel history and so to its author.
    asked_at: date
    times_asked: int
