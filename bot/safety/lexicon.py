"""Find concept words in a tokenised message: every vocabulary phrase becomes a tag at a token position.

A vocabulary maps a concept tag (say INGEST or BURDEN) to phrases; a phrase is one or more words and a word
ending in '*' matches any word starting with it. Matching looks up each token once in a dictionary (and each of
its prefixes), so the cost is linear in the message length: no backtracking regular expressions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from bot.safety.text import Token, phrase_words

MIN_PREFIX = 3
MAX_PREFIX = 24
NUMBER_TAG = "NUMBER"  # a count of five or more, not a dose ("20 pills", not "400 mg")
MIN_COUNT = 5
CACHE_WORDS = 50_000  # distinct words whose candidate patterns are remembered
# Infinitive particles that may stand inside a phrase ("mir das Leben zu nehmen", "van kant te maken"): a phrase
# written without one still matches when one is there.
_PARTICLES = frozenset({"zu", "te"})
_DOSE_UNITS = frozenset({"mg", "mcg", "ug", "g", "gr", "ml", "iu", "units", "unit", "percent", "years", "yrs", "min"})


class Mark(NamedTuple):
    """A concept found in the message: its tag, the token where it starts, and its sentence."""

    tag: str
    position: int
    sentence: int


@dataclass(frozen=True)
class _Pattern:
    rest: tuple[str, ...]  # the words after the first; a trailing '*' marks a prefix
    tag: str


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


class Lexicon:
    """A compiled vocabulary: tags every concept phrase found in a token list."""

    def __init__(self, vocabularies: Iterable[Mapping[str, Iterable[str]]]) -> None:
        self._exact: dict[str, list[_Pattern]] = {}  # one-word patterns and those whose second word is a prefix
        self._pairs: dict[tuple[str, str], list[_Pattern]] = {}  # by their first two (exact) words
        self._prefix: dict[str, list[_Pattern]] = {}
        self._cache: dict[str, list[_Pattern]] = {}
        self.tags: set[str] = {NUMBER_TAG}
        for vocabulary in vocabularies:
            for tag, phrases in vocabulary.items():
                self.tags.add(tag)
                for phrase in phrases:
                    self._add(tag, phrase)

    def _add(self, tag: str, phrase: str) -> None:
        words = phrase_words(phrase)
        if not words:
            raise ValueError(f"empty phrase for {tag}")
        first, rest = words[0], tuple(words[1:])
        if first.endswith("*"):
            stem = first[:-1]
            if not MIN_PREFIX <= len(stem) <= MAX_PREFIX:
                raise ValueError(f"prefix '{first}' of {tag} must have {MIN_PREFIX}-{MAX_PREFIX} letters")
            self._prefix.setdefault(stem, []).append(_Pattern(rest, tag))
        elif rest and not rest[0].endswith("*"):
            self._pairs.setdefault((first, rest[0]), []).append(_Pattern(rest, tag))
        else:
            self._exact.setdefault(first, []).append(_Pattern(rest, tag))

    def _candidates(self, word: str) -> list[_Pattern]:
        """Patterns that may start at this word (cached: messages repeat words)."""
        found = self._cache.get(word)
        if found is None:
            found = list(self._exact.get(word, ()))
            for length in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
                found.extend(self._prefix.get(word[:length], ()))
            if len(self._cache) < CACHE_WORDS:
                self._cache[word] = found
        return found

    def _paired(self, tokens: list[Token], index: int) -> list[_Pattern]:
        """Patterns indexed by their first two words that may start here (also across an infinitive particle)."""
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        found = list(self._pairs.get((tokens[index].text, following), ()))
        if following in _PARTICLES and index + 2 < len(tokens):
            found.extend(self._pairs.get((tokens[index].text, tokens[index + 2].text), ()))
        return found

    def mark(self, tokens: list[Token]) -> list[Mark]:
        """Return every concept found, in token order (a token may carry several tags)."""
        marks: list[Mark] = []
        for index, token in enumerate(tokens):
            if _is_count(tokens, index):
                marks.append(Mark(NUMBER_TAG, index, token.sentence))
            seen: set[str] = set()
            for pattern in (*self._candidates(token.text), *self._paired(tokens, index)):
                if pattern.tag not in seen and _rest_matches(tokens, index, pattern.rest):
                    seen.add(pattern.tag)
                    marks.append(Mark(pattern.tag, index, token.sentence))
        return marks


def _rest_matches(tokens: list[Token], index: int, rest: tuple[str, ...]) -> bool:
    """Match the phrase's other words after `index`; one infinitive particle ("zu", "te") may stand between."""
    sentence = tokens[index].sentence
    position, skipped = index + 1, False
    for pattern in rest:
        if position >= len(tokens) or tokens[position].sentence != sentence:
            return False
        text = tokens[position].text
        if text in _PARTICLES and not skipped and not _word_matches(pattern, text):
            position, skipped = position + 1, True
            if position >= len(tokens) or tokens[position].sentence != sentence:
                return False
            text = tokens[position].text
        if not _word_matches(pattern, text):
            return False
        position += 1
    return True


def _is_count(tokens: list[Token], index: int) -> bool:
    word = tokens[index].text
    if not word.isdigit() or len(word) > 4:
        return False
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return int(word) >= MIN_COUNT and after not in _DOSE_UNITS and not after.startswith(("mg", "ml"))
