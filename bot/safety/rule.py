"""One concept rule: a combination of concepts within a few words of each other that means an emergency or self-harm.

`bot.safety.rules` lists the rules and applies them; `bot.safety.rules_means` adds round 7's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["emergency", "self_harm"]


@dataclass(frozen=True)
class Rule:
    """One concept combination; `guarded` rules stay quiet in general questions and past-tense sentences."""

    name: str
    kind: Kind
    groups: tuple[frozenset[str], ...]
    window: int = 8
    guarded: bool = True
    unless: frozenset[str] = frozenset()  # a tag in the same sentence that cancels the rule


def rule(name: str, kind: Kind, *groups: str, window: int = 8, guarded: bool = True, unless: str = "") -> Rule:
    """A rule from "TAG|TAG" group strings: one word of each group within `window` words of the first group's."""
    return Rule(
        name,
        kind,
        tuple(frozenset(group.split("|")) for group in groups),
        window,
        guarded,
        frozenset(unless.split("|")) if unless else frozenset(),
    )
