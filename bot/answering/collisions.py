"""Phrases of different entries that the matcher cannot tell apart (`python -m bot validate` warns of them)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from bot.answering.index import IndexedEntry
from bot.answering.normalise import Normaliser


def alias_collisions(
    entries: Sequence[IndexedEntry], normaliser: Normaliser
) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Find phrases of different entries that the matcher cannot tell apart (same words after normalising)."""
    owners: dict[frozenset[str], list[tuple[str, str]]] = defaultdict(list)
    for entry in entries:
        for text in entry.phrases:
            key = frozenset(normaliser.tokens(text))
            if key:
                owners[key].append((entry.entry_id, text))
    return [
        (" ".join(sorted(key)), tuple(found))
        for key, found in owners.items()
        if len({entry_id for entry_id, _ in found}) > 1
    ]
