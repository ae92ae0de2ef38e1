"""Fold text to a comparison key: case, accents, punctuation and spacing do not count."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: 'Is CD19 a vaccine?' -> 'is cd19 a vaccine'."""
    lowered = text.casefold()
    if lowered.isascii():  # most messages: nothing to decompose, no accent to strip
        return _NON_WORD.sub(" ", lowered).strip()
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", ascii_only).strip()
