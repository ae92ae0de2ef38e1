"""What a piece of a message was read as and matched, and which of a message's pieces answers it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.answer import MatchReason
from bot.answering.index import QueryToken, Ranked


@dataclass(frozen=True)
class Match:
    """What one piece of a message matched: the leading entries, by how much the best cleared its line, and why."""

    ranked: tuple[Ranked, ...]
    margin: float  # best score minus the threshold it had to reach
    reason: MatchReason
    other_use: str = ""  # the other disease named with CAR-T ("lymphoma"), if any


@dataclass(frozen=True)
class Reading:
    """A piece of text read for matching: its query, whether it is on this FAQ's subject, what may answer it."""

    query: list[QueryToken]
    anchored: bool  # tied to the subject by a subject word or a pronoun for it
    named: bool  # names the subject (or follows on from a sentence that did)
    covering: frozenset[int] | None  # the entries that may answer a question about a medicine, if it is one
    other_use: str  # the other disease named with CAR-T ("lymphoma"), if any


def best_match(whole: Match, matches: list[Match], answered: list[Match], *, several: bool) -> Match:
    """Pick the match to answer: the first question asked that the FAQ answers, else the whole, else the closest."""
    if answered and (several or whole.reason != "match"):
        return answered[0]
    if whole.reason == "match" or not matches:
        return whole
    return max([whole, *matches], key=lambda m: m.margin)
