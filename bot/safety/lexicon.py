"""Find concept words in a tokenised message: every vocabulary phrase becomes a tag at a token position.

A vocabulary maps a concept tag (say INGEST or BURDEN) to phrases; a phrase is one or more words and a word
ending in '*' matches any word starting with it. Matching looks up each token once in a dictionary (and each of
its prefixes), so the cost is linear in the message length: no backtracking regular expressions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.safety.text import Token, phrase_words

MIN_PREFIX = 3
MAX_PREFIX = 24
NUMBER_TAG = "NUMBER"  # a count of five or more, not a dose ("20 pills", not "400 mg")
MIN_COUNT = 5
_DOSE_UNITS = frozenset({"mg", "mcg", "ug", "g", "gr", "ml", "iu", "units", "unit", "percent", "years", "yrs", "min"})


@dataclass(frozen=True)
class Mark:
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
        self._exact: dict[str, list[_Pattern]] = {}
        self._prefix: dict[str, list[_Pattern]] = {}
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
        else:
            self._exact.setdefault(first, []).append(_Pattern(rest, tag))

    def _candidates(self, word: str) -> list[_Pattern]:
        found = list(self._exact.get(word, ()))
        for length in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
            found.extend(self._prefix.get(word[:length], ()))
        return found

    def mark(self, tokens: list[Token]) -> list[Mark]:
        """Return every concept found, in token order (a token may carry several tags)."""
        marks: list[Mark] = []
        for index, token in enumerate(tokens):
            if _is_count(tokens, index):
                marks.append(Mark(NUMBER_TAG, index, token.sentence))
            seen: set[str] = set()
            for pattern in self._candidates(token.text):
                if pattern.tag not in seen and _rest_matches(tokens, index, pattern.rest):
                    seen.add(pattern.tag)
                    marks.append(Mark(pattern.tag, index, token.sentence))
        return marks


def _rest_matches(tokens: list[Token], index: int, rest: tuple[str, ...]) -> bool:
    if index + len(rest) >= len(tokens) + (0 if rest else 1):
        return False
    sentence = tokens[index].sentence
    for offset, pattern in enumerate(rest, start=1):
        token = tokens[index + offset]
        if token.sentence != sentence or not _word_matches(pattern, token.text):
            return False
    return True


def _is_count(tokens: list[Token], index: int) -> bool:
    word = tokens[index].text
    if not word.isdigit() or len(word) > 4:
        return False
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return int(word) >= MIN_COUNT and after not in _DOSE_UNITS and not after.startswith(("mg", "ml"))
