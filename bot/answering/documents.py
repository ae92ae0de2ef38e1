"""A second opinion for close calls: each entry's whole text (question, aliases and answer) as one document, BM25.

The alias index scores how well a question matches one phrasing; this scores how much of the question an entry
talks about anywhere, answer included. When a question's best alias match is a little under the line, the two
agreeing on the same entry is evidence that it is the right one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.answering.normalise import Normaliser

K1 = 1.2
B = 0.75
MAX_DOCUMENT_SHARE = 0.5  # a word in more than half the entries says nothing about which one is meant


class EntryDocuments:
    """BM25 over every entry's whole text; scores entries for a question's (typo-resolved) words."""

    def __init__(self, texts: Sequence[str], normaliser: Normaliser) -> None:
        counts = [Counter(normaliser.tokens(text)) for text in texts]
        lengths = [sum(c.values()) for c in counts]
        average = (sum(lengths) / len(lengths)) if lengths else 1.0
        df = Counter(token for c in counts for token in c)
        total = len(texts)
        light = normaliser.light_words
        # word -> [(entry, the word's BM25 weight in that entry)], for words that tell entries apart
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for token, found_in in df.items():
            if token in light or found_in > max(1, MAX_DOCUMENT_SHARE * total):
                continue
            idf = math.log(1 + (total - found_in + 0.5) / (found_in + 0.5))
            self._postings[token] = [
                (n, idf * c[token] * (K1 + 1) / (c[token] + K1 * (1 - B + B * lengths[n] / average)))
                for n, c in enumerate(counts)
                if token in c
            ]

    def uses(self, entry: int, word: str) -> bool:
        """Say whether an entry's text uses this word (only words that tell entries apart are kept)."""
        return any(found == entry for found, _ in self._postings.get(word, ()))

    def owner(self, word: str) -> int | None:
        """The one entry whose text uses this word, if only one does."""
        postings = self._postings.get(word, ())
        return postings[0][0] if len(postings) == 1 else None

    def scores(self, words: Iterable[tuple[str, float]]) -> dict[int, float]:
        """How well each entry's text covers the (word, similarity) pairs (entries using none are left out)."""
        scores: dict[int, float] = {}
        for word, similarity in words:
            for entry, weight in self._postings.get(word, ()):
                scores[entry] = scores.get(entry, 0.0) + similarity * weight
        return scores

    def leader(self, words: Iterable[tuple[str, float]]) -> tuple[int, float] | None:
        """The entry whose text best covers these (word, similarity) pairs and its lead: best score / runner-up's
        (infinite when no other entry scores); None when no entry uses any of the words."""
        scores = self.scores(words)
        if not scores:
            return None
        best, runner_up = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[0], 0.0
        for entry, score in scores.items():
            if entry != best[0] and score > runner_up:
                runner_up = score
        return best[0], (best[1] / runner_up if runner_up > 0 else math.inf)
