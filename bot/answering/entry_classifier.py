"""A learned third opinion: which entry a question is about, from character and word n-grams of the FAQ's own text.

The alias index scores a question against one phrasing at a time, word by word; a question in words no phrasing
uses ("will car t make me infertile", "the cd19 thing the doctors in the video kept talking about") can fall
under its line. This reads every entry as a class and learns its profile (a Rocchio centroid of tf-idf weighted
features) from the entry's question and aliases, and, weighing less, the sentences of its answer. The features
are the question's canonical words, word pairs, and the 3- to 5-letter pieces of each word, so word forms and
typos the normaliser does not unify still share most of their pieces ("infertile" / "fertility").

It is trained when the engine is built, from the FAQ being served, so a moderator's new alias or answer is in it
at the next reload, with no model file to retrain or ship. It never answers alone: the engine consults it only when
the alias index declines a question tied to this FAQ's subject (see `AnswerEngine._second_opinion`).
"""

from __future__ import annotations

import itertools
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import add

from bot.answering.normalise import Normaliser

PHRASE_WEIGHT = 1.0  # a question or alias is what people ask
ANSWER_SENTENCE_WEIGHT = 0.3  # an answer's sentence says what the entry is about, less directly
PIECE_WEIGHT = 0.3  # all the letter pieces of a word together weigh about one word
PIECE_SIZES = (3, 4, 5)
SPECIFIC_SHARE = 0.5  # a word at least this share of whose phrasings belong to one entry is specific to it
WORD_SHARES = 4096  # words whose share of the question's scores is remembered
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@lru_cache(maxsize=16384)
def _pieces(token: str) -> tuple[str, ...]:
    """The 3- to 5-letter pieces of a word, its edges marked ("cd19" -> " cd", "cd1", ...)."""
    padded = f" {token} "
    return tuple("p:" + padded[start : start + size] for size in PIECE_SIZES for start in range(len(padded) - size + 1))


def features(tokens: Sequence[str]) -> Mapping[str, float]:
    """The features of a tokenised text: words, neighbouring word pairs, and the letter pieces of each word."""
    found: defaultdict[str, float] = defaultdict(float)
    for token in tokens:
        found["w:" + token] += 1.0
        for piece in _pieces(token):
            found[piece] += PIECE_WEIGHT
    for first, second in itertools.pairwise(tokens):
        found[f"b:{first}_{second}"] += 1.0
    return found


def _specific_words(
    entries: Sequence[Iterable[str]], normaliser: Normaliser, unspecific: frozenset[str]
) -> dict[str, int]:
    """Each word that most of the phrasings using it belong to one entry, and that entry."""
    using: defaultdict[str, Counter[int]] = defaultdict(Counter)
    for number, phrasings in enumerate(entries):
        for text in phrasings:
            for token in set(normaliser.tokens(text)) - unspecific:
                using[token][number] += 1
    return {
        token: entry
        for token, counts in using.items()
        for entry, count in counts.most_common(1)
        if count >= SPECIFIC_SHARE * sum(counts.values())
    }


@dataclass(frozen=True)
class Opinion:
    """The entry the classifier prefers, how similar the question is to it (cosine, 0..1), and its lead."""

    entry_index: int
    similarity: float
    lead: float  # similarity minus the runner-up's
    specific: bool  # the question uses a word specific to the entry (most phrasings using it are the entry's)


class EntryClassifier:
    """A nearest-centroid classifier over the FAQ's entries; built once per knowledge base, immutable."""

    def __init__(
        self,
        entries: Sequence[tuple[Iterable[str], str]],
        normaliser: Normaliser,
        unspecific: frozenset[str] = frozenset(),
    ) -> None:
        """entries: each entry's phrasings (question first, then aliases) and its answer; unspecific: words that
        never make a question specific to an entry (the subject itself, question words)."""
        self._normaliser = normaliser
        self._specific = _specific_words([phrasings for phrasings, _ in entries], normaliser, unspecific)
        summed, frequency, total = self._summed(entries)
        idf = {feature: math.log(total / count) for feature, count in frequency.items() if count < total}
        # Each feature's row, and per row its idf and postings: the entries whose unit-length tf-idf centroid has it,
        # with its weight there (a question costs its features). Flat arrays, not a dict of lists of tuples: the same
        # numbers in a fifth of the memory, and about 100,000 fewer objects for the garbage collector to walk.
        postings: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
        for number, own in enumerate(summed):
            centroid = {feature: value * idf[feature] for feature, value in own.items() if feature in idf}
            length = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
            for feature, value in centroid.items():
                postings[feature].append((number, value / length))
        self._entry_count = len(summed)
        self._word_share = lru_cache(maxsize=WORD_SHARES)(self._read_word_share)  # 44 entries: ~0.4 kB a word
        self._rows: dict[str, int] = {}
        self._idf = array("d")
        self._starts = array("I", [0])
        self._entries = array("H")
        self._weights = array("d")
        for feature, posted in postings.items():
            self._rows[feature] = len(self._idf)
            self._idf.append(idf[feature])
            self._entries.extend(number for number, _ in posted)
            self._weights.extend(weight for _, weight in posted)
            self._starts.append(len(self._entries))

    def _summed(
        self, entries: Sequence[tuple[Iterable[str], str]]
    ) -> tuple[list[defaultdict[str, float]], Counter[str], int]:
        """Each entry's summed features (its documents weighted), in how many documents each feature is, and how
        many documents there are (a question or alias is one, so is each sentence of an answer)."""
        summed: list[defaultdict[str, float]] = [defaultdict(float) for _ in entries]
        frequency: Counter[str] = Counter()
        total = 0
        for number, (phrasings, answer) in enumerate(entries):
            documents = [(text, PHRASE_WEIGHT) for text in phrasings]
            documents.extend((sentence, ANSWER_SENTENCE_WEIGHT) for sentence in _SENTENCE.split(answer))
            own = summed[number]
            for text, weight in documents:
                found = self._features(text)
                frequency.update(found.keys())
                total += 1
                for feature, times in found.items():
                    own[feature] += weight * times
        return summed, frequency, total

    def _features(self, text: str) -> Mapping[str, float]:
        return features(self._normaliser.tokens(text))

    def opinion(self, question: str, read_as: Iterable[str] = ()) -> Opinion | None:
        """The entry whose profile is most like the question, or None when nothing of it is known. read_as: the FAQ
        words the matcher read the question's words as (a slip corrected, an everyday word's idea: "fertilty" ->
        fertility, "harm" -> side effect), counted as words of the question beside its own.

        The similarity is the question's tf-idf vector times each centroid, summed a word at a time: each word's
        share (its own feature and its letter pieces) is worked out once per word (`_word_share`), so a question
        costs its words and word pairs, not its ~100 features times their postings. The sums are the same as feature
        by feature up to rounding in the last digit."""
        tokens = self._normaliser.tokens(question)
        own = set(tokens)
        read = [word for word in dict.fromkeys(read_as) if word not in own]
        counts: dict[int, float] = {}
        scores: list[float] | None = None
        for token in (*tokens, *read):
            rows, share = self._word_share(token)
            for row, count in rows:
                counts[row] = counts.get(row, 0.0) + count
            if rows:
                scores = list(share) if scores is None else list(map(add, scores, share))
        scores = scores or [0.0] * self._entry_count
        for first, second in itertools.pairwise(tokens):
            pair = self._rows.get(f"b:{first}_{second}")
            if pair is not None:
                counts[pair] = counts.get(pair, 0.0) + 1.0
                self._add_row(scores, pair, self._idf[pair])
        idf = self._idf
        length = math.sqrt(sum((count * idf[row]) ** 2 for row, count in counts.items()))
        if not length:
            return None
        best = max(range(len(scores)), key=scores.__getitem__)  # the first of equals: the lowest entry number
        similarity = scores[best]
        runner_up = sorted(scores)[-2] if len(scores) > 1 else 0.0
        specific = any(self._specific.get(token) == best for token in (*tokens, *read))
        return Opinion(best, similarity / length, (similarity - runner_up) / length, specific)

    def _add_row(self, scores: list[float], row: int, value: float) -> None:
        """Add a feature's postings, times its value in the question, to the entries' scores."""
        start, end = self._starts[row], self._starts[row + 1]
        for entry, weight in zip(self._entries[start:end], self._weights[start:end], strict=True):
            scores[entry] += value * weight

    def _read_word_share(self, token: str) -> tuple[tuple[tuple[int, float], ...], array[float]]:
        """One word's known features (row, count) and what they add to each entry's score (see `_word_share`)."""
        rows = tuple((row, count) for f, count in features((token,)).items() if (row := self._rows.get(f)) is not None)
        scores = [0.0] * self._entry_count
        for row, count in rows:
            self._add_row(scores, row, count * self._idf[row])
        return rows, array("d", scores)
