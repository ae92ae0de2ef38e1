"""Text → hashed features for the crisis classifier; shared by training and inference so both see the same thing.

A message is folded (case, accents, digits, repeated letters), split into words, and each word gives its character
2- to 5-grams (with word-boundary marks) plus itself; each pair of neighbouring words gives a bigram. Every feature
is hashed (CRC-32, stable across processes and platforms) into one of ``BUCKETS`` slots.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from collections.abc import Iterator

BUCKETS = 1 << 20
_MASK = BUCKETS - 1
MIN_GRAM = 3
MAX_GRAM = 4
MAX_WORD = 24  # longer tokens (URLs, keyboard mashing) are cut so a single word cannot cost more than ~100 grams
MAX_CHARS = 100_000  # text beyond this is not read: bounds the work on hostile input
WINDOW_WORDS = 16  # long posts are scored in overlapping windows so one clause in the middle is not drowned out
WINDOW_STRIDE = 8

# Letters that NFKD does not take apart but that people drop on phones: Polish ł, Turkish dotless ı, Danish ø...
_LETTERS = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ħ": "h", "þ": "th"})
_DIGITS = re.compile(r"[0-9]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold_text(text: str) -> str:
    """Casefold, strip accents, numbers → '0', 'sooooo' → 'soo', everything else → single spaces."""
    lowered = text[:MAX_CHARS].casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_only = ascii_only.replace("'", "").replace("’", "")  # don't → dont, j'ai → jai, like people type them
    collapsed = _REPEATS.sub(r"\1\1", _DIGITS.sub("0", ascii_only))
    return _NON_WORD.sub(" ", collapsed).strip()


def words_of(text: str) -> list[str]:
    """The folded words of a message, each cut to ``MAX_WORD`` characters."""
    return [word[:MAX_WORD] for word in fold_text(text).split()]


def bucket(feature: str) -> int:
    """The hash slot of one feature string."""
    return zlib.crc32(feature.encode()) & _MASK


def word_features(word: str) -> Iterator[int]:
    """Hash slots of one word: its character n-grams within boundary marks, and the word itself."""
    padded = f" {word} "
    size = len(padded)
    for n in range(MIN_GRAM, MAX_GRAM + 1):
        for start in range(size - n + 1):
            yield bucket(padded[start : start + n])
    yield bucket("w:" + word)


def bigram_feature(first: str, second: str) -> int:
    """Hash slot of two neighbouring words."""
    return bucket(f"b:{first} {second}")


def word_feature_count(word: str) -> int:
    """How many features ``word_features`` yields for a word (known or not to the model)."""
    size = len(word) + 2
    return sum(max(0, size - n + 1) for n in range(MIN_GRAM, MAX_GRAM + 1)) + 1


def message_features(words: list[str]) -> list[int]:
    """Every hash slot a run of words sets, once per occurrence (counts, so per-word sums at inference agree).

    Each occurrence has the value 1/sqrt(len(result)): the vector has about unit length whatever the message's size.
    """
    slots: list[int] = []
    for word in words:
        slots.extend(word_features(word))
    slots.extend(bigram_feature(first, second) for first, second in itertools.pairwise(words))
    return sorted(slots)


def windows(count: int) -> list[tuple[int, int]]:
    """Word ranges to score: the whole message when short, else overlapping windows that cover every word."""
    if count <= WINDOW_WORDS:
        return [(0, count)]
    starts = list(range(0, count - WINDOW_WORDS + 1, WINDOW_STRIDE))
    if starts[-1] + WINDOW_WORDS < count:
        starts.append(count - WINDOW_WORDS)
    return [(start, start + WINDOW_WORDS) for start in starts]
