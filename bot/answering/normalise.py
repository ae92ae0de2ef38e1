"""Turn a question into comparable tokens: folding, domain phrases, lay synonyms, plurals, filler words.

The vocabulary (phrases, synonyms, filler and question words) comes from the lexicon (knowledge/lexicon.yaml),
so each FAQ version has its own Normaliser; only the grammar (plurals, -ing/-ed) lives here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from bot.knowledge.folding import fold
from bot.knowledge.lexicon import Lexicon

CACHE_SIZE = 8192


def _stem(token: str) -> str:
    if len(token) > 4 and token.endswith(("ies", "ied")):
        return token[:-3] + "y"  # "studies", "tried" -> "study", "try"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is", "ous")):
        return token[:-1]
    return token


def _suffix(token: str) -> str:
    """Strip -ing, -ed and a final -e the same way everywhere ("wiping", "wipe" -> "wip")."""
    if token.isdigit() or len(token) < 4:
        return token
    if len(token) > 5 and token.endswith("ing"):
        token = token[:-3]
    elif len(token) > 4 and token.endswith("ed") and not token.endswith("eed"):
        token = token[:-2]
    if len(token) > 3 and token.endswith("e"):
        token = token[:-1]
    if len(token) > 3 and token[-1] == token[-2] and token[-1] not in "lsz":
        token = token[:-1]  # "stopp" -> "stop"
    return token


class Normaliser:
    """Tokenises text with one lexicon. Immutable; caches its results."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.synonyms = lexicon.synonyms
        # How the asker feels ("i'm a bit scared, what are the side effects") is not what they ask about: feeling
        # words are left out of matching like filler (the safety screen reads them on its own).
        self.stopwords = lexicon.word_list("filler_words") | lexicon.word_list("feeling_words")
        self.light_words = lexicon.word_list("question_words")
        by_first: defaultdict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
        for words, replacement in lexicon.phrases:
            by_first[words[0]].append((words, tuple(replacement.split())))
        # Per first word, the phrase lengths longest first (so "car t cells therapy" wins over "car t"), and one map
        # of every phrase by its words: one lookup per length, not one comparison per phrase ("how" starts 97).
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}
        for first, found in by_first.items():
            for phrase, words_instead in found:
                self._phrases.setdefault(phrase, words_instead)  # the first listed wins
            self._lengths[first] = tuple(sorted({len(phrase) for phrase, _ in found}, reverse=True))
        self.expand_phrases: Callable[[str], str] = lru_cache(maxsize=CACHE_SIZE)(self._expand_phrases)
        self.canonical_token: Callable[[str], str] = lru_cache(maxsize=CACHE_SIZE)(self._canonical_token)
        self.tokens: Callable[[str], tuple[str, ...]] = lru_cache(maxsize=CACHE_SIZE)(self._tokens)

    def _expand_phrases(self, text: str) -> str:
        """Fold text and rewrite domain phrases ('CAR-T cells' -> 'cart', 'B cells' -> 'bcell'), in one pass."""
        words = fold(text).split()
        out: list[str] = []
        position = 0
        while position < len(words):
            for length in self._lengths.get(words[position], ()):
                replacement = self._phrases.get(tuple(words[position : position + length]))
                if replacement is not None:
                    out.extend(replacement)
                    position += length
                    break
            else:
                out.append(words[position])
                position += 1
        return " ".join(out)

    def _canonical_token(self, word: str) -> str:
        """Map one folded word to its canonical form: synonym, plural, then -ing/-ed/-e."""
        word = self.synonyms.get(word, word)
        stemmed = _stem(word)
        return _suffix(self.synonyms.get(stemmed, stemmed))

    def _tokens(self, text: str) -> tuple[str, ...]:
        """Return the meaningful tokens of a question, in order, without filler words."""
        result = []
        for word in self.expand_phrases(text).split():
            word = self.synonyms.get(word, word) if len(word) <= 3 else word
            if word in self.stopwords or (len(word) == 1 and not word.isdigit()):
                continue
            result.append(word if word in self.light_words else self.canonical_token(word))
        return tuple(result)

    def synonym_forms(self) -> dict[str, str]:
        """Each lexicon synonym as a question's token would read it (plural and ending off) -> its canonical token,
        so that a slip in a synonym ("adminstered") is read as the word it stands for ("given")."""
        forms: dict[str, str] = {}
        for word in self.synonyms:
            form = _suffix(_stem(word))
            if " " not in word and word.isalpha() and form != self.canonical_token(word):
                forms.setdefault(form, self.canonical_token(word))
        return forms

    def canonical_set(self, words: frozenset[str]) -> frozenset[str]:
        """Canonical forms of a lexicon word list (single words only)."""
        return frozenset(self.canonical_token(word) for word in words if " " not in word)
