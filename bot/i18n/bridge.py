"""Read a German, Spanish or French question as English, to match it against the English FAQ as well.

A translation has its question and a few aliases per entry; the English FAQ has many phrasings and every answer.
The language's lexicon reads each word it knows as the FAQ's English concept ("Nebenwirkungen" -> sideeffect,
"recaída" -> relapse); a word it does not know is kept only when the English FAQ uses it as written (a loanword:
"Remission", "Outcome", "Myositis"), so a foreign word never passes for a similar English one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bot.answering import Answer, Status
from bot.answering.normalise import Normaliser
from bot.i18n.matching import QUESTION_MEANINGS, LanguageMatch
from bot.i18n.normalise import english_gloss
from bot.knowledge.model import KnowledgeBase

MIN_READ_SHARE = (1, 2)  # at least this share of a question's words must be read as English (1 in 2)


def _asks(word: str) -> bool:
    """Say whether a word says what is asked about (a number or a question word alone does not: "2 plus 2")."""
    return word not in QUESTION_MEANINGS and not word.isdigit()


@dataclass(frozen=True)
class Agreement:
    """How the English reading settles a question the language's own matcher leaves under its line."""

    answer_at: float = 0.0  # the English match must score this much (beyond the English engine's own line)
    at_least: float = 44.0  # the own leader must score this much (the English engine's clear-leader line)


class EnglishReading:
    """Turns a question in one of the FAQ's languages into English words the English matcher knows."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self._knowledge = knowledge
        self._english = Normaliser(knowledge.lexicon)
        texts = (t for e in knowledge.entries for t in (e.question, *e.aliases, e.answer))
        self._vocabulary = frozenset(token for text in texts for token in self._english.tokens(text))
        self.gloss: Callable[[str, str, bool], str] = lru_cache(maxsize=4096)(self._gloss)

    def _gloss(self, language: str, question: str, whole: bool = False) -> str:
        """The question's words as English: the lexicon's meanings, and loanwords the English FAQ uses. Empty when
        less than half of what it asks (question words and numbers aside) can be read so: the rest would go unheard;
        and, when `whole`, unless every word can ('wie lange dauert eine Erkältung': the cold is what it asks)."""
        lexicon = self._knowledge.languages[language].lexicon
        meanings = (*lexicon.synonyms.values(), *lexicon.glossary.values())
        concepts = {word for meaning in meanings for word in meaning.split()}
        # A place is a detail of what is asked ("¿hay car-t en Chile?"): read, and left to the English engine's own
        # place names when it knows them.
        words = [w for w in english_gloss(language, question, lexicon).split() if w not in lexicon.place_names]
        kept = [w for w in words if w in concepts or self._known(w)]
        asked = sum(self._asks(w) for w in words)
        read = sum(self._asks(w) for w in kept)
        enough = read == asked if whole else read * MIN_READ_SHARE[1] >= asked * MIN_READ_SHARE[0]
        return " ".join(kept) if read and enough else ""

    def names_concept(self, language: str, gloss: str) -> bool:
        """Say whether an English reading names a concept of the language's lexicon (what the FAQ is about:
        "sideeffect", "relapse"), beyond question words and the glossary's everyday words ("how later")."""
        lexicon = self._knowledge.languages[language].lexicon
        concepts = {word for meaning in lexicon.synonyms.values() for word in meaning.split()}
        return any(word in concepts and _asks(word) for word in gloss.split())

    def _asks(self, word: str) -> bool:
        """Say whether a word of the reading says what is asked: not an English filler word ("other", "without")."""
        return _asks(word) and bool(self._english.tokens(word))

    def _known(self, word: str) -> bool:
        tokens = self._english.tokens(word)
        return bool(tokens) and all(token in self._vocabulary for token in tokens)


def settle(english: Answer, own: LanguageMatch, agreement: Agreement) -> LanguageMatch | None:
    """An English match for a question the language's matcher declined; or, when the English reading's nearest
    entry is the language's own leader (two readings agree), that leader; else None."""
    answered = english.entry_id if english.status == Status.ANSWERED and english.reason == "match" else None
    if answered is not None and english.score >= agreement.answer_at:
        runners_up = tuple((s.entry_id, s.score) for s in english.suggestions)
        return LanguageMatch(answered, english.score, runners_up, "match")
    near = [s.entry_id for s in english.suggestions if s.score > 0]
    if not near or not own.runners_up or own.score < agreement.at_least:
        return None
    leader, score = own.runners_up[0]
    if near[0] != leader:
        return None
    return LanguageMatch(leader, score, own.runners_up[1:], "match")
