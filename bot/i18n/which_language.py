"""Which language a question is in, judged by the FAQ's own vocabulary in each language.

A general-purpose guesser (the safety layer's) sees only common words and misreads short, unaccented messages
("comment se passe un traitement" as Spanish). Here every language scores the share of the question's words it
knows: its filler words, lexicon, and the words of its questions, aliases and answers. The general guess and the
member's language add a little, to break near ties. A question is then matched in that one language only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from bot.i18n.normalise import fold_for
from bot.knowledge.folding import fold
from bot.knowledge.model import KnowledgeBase

ENGLISH = "en"
DETECTED_BONUS = 0.2  # the general guess counts for a fifth of the words
MEMBER_BONUS = 0.05  # the member's own language breaks ties
# A message the general guess puts in a language the FAQ does not serve (Dutch, Italian...) is in it when less than
# this share of its words are words of the language it would be read in ("wat is CAR-T bij lupus": 3 of 5 English;
# "wat is car t cell therapy", English with one slip: 4 of 5).
UNSERVED_SHARE = 0.75


@lru_cache(maxsize=1024)
def _counted_words(folded: str) -> tuple[str, ...]:
    """The words of a folded question a language's share counts (once per text: English, Spanish and French fold
    a question alike, and German too when it has no umlaut)."""
    return tuple(w for w in folded.split() if len(w) > 1 and not w.isdigit())


def _words(language: str, texts: Iterable[str]) -> frozenset[str]:
    return frozenset(w for text in texts for w in fold_for(language, text).split())


class LanguageGuesser:
    """Scores a question against each language's vocabulary; built once per knowledge base."""

    def __init__(self, knowledge: KnowledgeBase, detect: Callable[[str], str]) -> None:
        self._detect = detect
        lexicon = knowledge.lexicon
        english = [t for e in knowledge.entries for t in (e.question, *e.aliases)]
        self.vocabulary: dict[str, frozenset[str]] = {
            ENGLISH: _words(ENGLISH, english) | lexicon.word_list("filler_words") | lexicon.word_list("question_words")
        }
        for language, pack in knowledge.languages.items():
            own = [t for e in pack.entries.values() for t in (e.question, *e.aliases, e.answer or "")]
            words = pack.lexicon
            self.vocabulary[language] = (
                _words(language, own)
                | words.stopwords
                | words.self_words
                | words.decision_words
                | frozenset(k for k in words.synonyms if " " not in k)
            )

    def scores(self, question: str, member_language: str) -> dict[str, float]:
        """Each language's share of the question's words it knows, plus the small bonuses."""
        detected = self._detect(question)
        scores: dict[str, float] = {}
        for language in self.vocabulary:
            bonus = (DETECTED_BONUS if language == detected else 0.0) + (
                MEMBER_BONUS if language == member_language else 0.0
            )
            scores[language] = self._share(language, question) + bonus
        return scores

    def _share(self, language: str, question: str) -> float:
        """The share of the question's words (numbers and single letters aside) the language's vocabulary knows."""
        words = _counted_words(fold_for(language, question))
        return sum(map(self.vocabulary[language].__contains__, words)) / len(words) if words else 0.0

    def unserved(self, question: str, language: str = ENGLISH) -> bool:
        """Say whether a message is in a language the FAQ does not answer in: the general guess names one, and the
        language it would be read in (English, or the served language guessed) knows too few of its words ("wat is
        CAR-T bij lupus?" is Dutch, not English; "Wat zijn de bijwerkingen van CAR-T?" is not Spanish)."""
        detected = self._detect(question)
        return detected not in self.vocabulary and self._share(language, question) < UNSERVED_SHARE

    def guess(self, question: str, member_language: str) -> str:
        """The language to match the question in (English when nothing is known: the English engine decides)."""
        if not fold(question):
            return member_language if member_language in self.vocabulary else ENGLISH
        scores = self.scores(question, member_language)
        return max(scores, key=lambda language: (scores[language], language == member_language))
