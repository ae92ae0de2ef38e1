"""Autocomplete's half of the index: entries found from the start of a question as it is typed."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from bot.knowledge.folding import fold

PHRASE_SCAN = 200  # phrases starting with the typed text, at most
WORD_SCAN = 400  # words starting with the last, half-typed word, at most


class PrefixIndex:
    """Finds entries whose phrases start with the typed text, or hold words starting with its last word.

    It works on the text as typed (folded, no phrase rewriting): "b c" is on its way to "b cells".
    """

    def __init__(self, phrases_by_entry: Sequence[Sequence[str]]) -> None:
        folded_phrases = [(fold(text), number) for number, phrases in enumerate(phrases_by_entry) for text in phrases]
        self._folded: list[tuple[str, int]] = sorted(folded_phrases)
        self._folded_keys = [f for f, _ in self._folded]
        entry_words: list[set[str]] = [set() for _ in phrases_by_entry]
        for folded, number in folded_phrases:
            entry_words[number].update(folded.split())
        self._entry_words = [frozenset(words) for words in entry_words]
        self._words: list[tuple[str, int]] = sorted(
            (word, number) for number, words in enumerate(self._entry_words) for word in words
        )
        self._word_keys = [w for w, _ in self._words]

    def scores(self, text: str) -> dict[int, float]:
        """Score entries for folded, partly typed text: whole-phrase prefixes, then word prefixes."""
        scores: dict[int, float] = {}
        start = bisect.bisect_left(self._folded_keys, text)
        for folded, entry in self._folded[start : start + PHRASE_SCAN]:
            if not folded.startswith(text):
                break
            _offer(scores, entry, 100.0 - min(len(folded) - len(text), 40) * 0.1)
        words = text.split()
        if words:
            # The last word may be half typed; the earlier ones should appear somewhere in the entry's phrases.
            *before, last = words
            start = bisect.bisect_left(self._word_keys, last)
            for word, entry in self._words[start : start + WORD_SCAN]:
                if not word.startswith(last):
                    break
                present = sum(w in self._entry_words[entry] for w in before)
                share = present / len(before) if before else 1.0
                _offer(scores, entry, (70.0 if word != last else 75.0) + 20.0 * share)
        return scores


def _offer(scores: dict[int, float], entry: int, score: float) -> None:
    if score > scores.get(entry, 0.0):
        scores[entry] = score
