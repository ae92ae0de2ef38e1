"""Chat spellings: read txt-speak and phone spellings as the words they stand for, before the rules look.

"cant do dis no more gna take all my meds 2nite" reads "cant do this no more going to take all my meds tonight":
the concept rules then see what the message says. The table is data (`vocab/chat_spellings.yaml`, reviewed like
the vocabulary); this module loads it, checks it, and rewrites token lists in linear time. A second, table-free
reading restores a dropped final g ("savin", "wakin") when the full word is a vocabulary word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.safety.text import Token, phrase_words
from bot.safety.vocab import SHARED

SPELLINGS_FILE = Path(__file__).with_name("vocab") / "chat_spellings.yaml"
EVERY_LANGUAGE = "all"
MAX_SOURCE_WORDS = 2
MAX_TARGET_WORDS = 4
MIN_DROPPED_G = 4  # "savin" -> "saving"; shorter words ending in -in ("in", "bin", "min") are left alone

Table = dict[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Spellings:
    """The chat spellings of every language, and each language's vocabulary words (never rewritten)."""

    tables: Mapping[str, Table]
    known: Mapping[str, frozenset[str]] = field(default_factory=dict)  # vocabulary words by language
    _merged: dict[str, Table] = field(default_factory=dict, compare=False)
    _full_words: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)  # -ing words, by language

    def table(self, language: str) -> Table:
        """The rewrites read for a message in `language`: every-language and English ones, its own on top.

        An English spelling that is a word of the message's language ("wat" in Dutch) is left as it is.
        """
        merged = self._merged.get(language)
        if merged is None:
            own = self.known.get(language, frozenset())
            merged = dict(self.tables.get(EVERY_LANGUAGE, {}))
            merged.update((k, v) for k, v in self.tables.get("en", {}).items() if k[0] not in own)
            merged.update(self.tables.get(language, {}))
            self._merged[language] = merged
            words = own | self.known.get("en", frozenset())
            self._full_words[language] = frozenset(word for word in words if word.endswith("ing"))
        return merged

    def respell(self, tokens: list[Token], language: str) -> list[Token]:
        """Rewrite chat spellings (one or two words) into their words; each token is looked at once or twice."""
        table = self.table(language)
        out: list[Token] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            pair = (token.text, following.text) if following and following.sentence == token.sentence else None
            if pair and pair in table:
                out.extend(Token(word, token.sentence) for word in table[pair])
                index += 2
                continue
            words = table.get((token.text,))
            if not words and token.text.endswith("in"):  # (the only words _dropped_g reads)
                words = self._dropped_g(token.text, language)
            if words:
                out.extend(Token(word, token.sentence) for word in words)
            else:
                out.append(token)
            index += 1
        return out

    def _dropped_g(self, word: str, language: str) -> tuple[str, ...]:
        if len(word) < MIN_DROPPED_G or not word.endswith("in"):
            return ()
        full = word + "g"
        return (full,) if full in self._full_words[language] else ()


def vocabulary_words(vocabulary: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """Every whole word a safety vocabulary uses (prefix and suffix patterns left out)."""
    return frozenset(
        word
        for phrases in vocabulary.values()
        for phrase in phrases
        if not phrase.startswith("*")
        for word in phrase_words(phrase)
        if not word.endswith("*")
    )


def _entry(language: str, source: object, target: object, known: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Check one table entry and return (source words, target words); ValueError names what is wrong."""
    where = f"chat spelling '{source}' ({language})"
    if not isinstance(source, str | int) or not isinstance(target, str):
        raise ValueError(f"{where}: source and target must be text")
    words, meaning = tuple(phrase_words(str(source))), tuple(phrase_words(target))
    if not 1 <= len(words) <= MAX_SOURCE_WORDS or any(w.endswith("*") for w in words):
        raise ValueError(f"{where}: a source is one or two plain words")
    if not 1 <= len(meaning) <= MAX_TARGET_WORDS or any(w.endswith("*") for w in meaning):
        raise ValueError(f"{where}: a target is one to {MAX_TARGET_WORDS} plain words")
    if words == meaning:
        raise ValueError(f"{where}: rewrites a word into itself")
    used = [words[0]] if words[0] in known else []  # a pair's second word is read only after the first
    if used:
        raise ValueError(f"{where}: '{used[0]}' is a word of the safety vocabulary; rewriting it would hide it")
    return words, meaning


def load_spellings(vocabularies: Mapping[str, Mapping[str, Iterable[str]]], path: Path = SPELLINGS_FILE) -> Spellings:
    """Read and check the chat-spelling table against the vocabularies (by language code; `common` is shared).

    ValueError on any bad entry: a spelling of the every-language table must be no vocabulary's word, one of a
    language's table no word of that language's vocabulary (nor of the shared one).
    """
    known = {code: vocabulary_words(vocabulary) for code, vocabulary in vocabularies.items()}
    shared = known.pop(SHARED, frozenset())
    known = {code: words | shared for code, words in known.items()}
    everywhere = frozenset().union(*known.values()) | shared
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError(f"{path.name}: expected a mapping of language -> {{spelling: words}}")
    tables: dict[str, Table] = {}
    for language, entries in document.items():
        if not isinstance(entries, dict):
            raise ValueError(f"{path.name}: '{language}' must map spellings to words")
        table: Table = {}
        for source, target in entries.items():
            words, meaning = _entry(str(language), source, target, known.get(str(language), everywhere))
            table[words] = meaning
        tables[str(language)] = table
    return Spellings(tables, known)
