"""Whether a message is about this FAQ's domain at all: health care and the subject, not homework or a new phone."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.answering.index import QueryToken, QuestionIndex, query_words
from bot.answering.normalise import Normaliser
from bot.answering.personal import Decision
from bot.answering.topics import Topics, refers_to_subject

MAX_READ_CHARS = 600  # the start of a long message says what it is about
UNKNOWN_WORD_MIN = 3  # an unknown word this long may be what a question is about ("mac", "css")


def unknown_words(query: Sequence[QueryToken], besides: Collection[str] = ()) -> int:
    """How many words of a query the FAQ never uses and that may be what it is about (not short, not a number)."""
    return sum(
        not q.known and len(q.text) >= UNKNOWN_WORD_MIN and q.text.isalpha() and q.text not in besides for q in query
    )


class Domain:
    """Reads whether a message is about health care and this FAQ's subject, with one FAQ's vocabulary."""

    def __init__(
        self,
        index: QuestionIndex,
        normaliser: Normaliser,
        topics: Topics,
        *,
        implied: frozenset[str],
        care: frozenset[str],
        people: frozenset[str],
    ) -> None:
        self._index = index
        self._normaliser = normaliser
        self._topics = topics
        self._health = topics.kinds_of_medication | implied  # a medicine or a treatment named
        self._care = topics.anchors | self._health | care  # what a decision to ask, try or wait may be about
        self._people = people  # "my sister": who decides is no word of the FAQ, yet on topic

    def _read(self, question: str) -> tuple[list[QueryToken], set[str]]:
        query = self._index.resolve(question[:MAX_READ_CHARS])
        return query, query_words(query)

    def off_domain(self, question: str) -> bool:
        """Say whether a message is about something else than health care: nothing in it names this FAQ's subject,
        a medicine or a treatment, and words the FAQ never uses are as many as those it does ("help with homework")."""
        query, words = self._read(question)
        if self._topics.anchored(words, question) or not words.isdisjoint(self._health):
            return False
        light = self._normaliser.light_words
        unknown = unknown_words(query, self._people)
        return unknown > 0 and unknown >= sum(q.known and q.text not in light for q in query)

    def decision_on_subject(self, question: str, decision: Decision) -> bool:
        """Say whether a personal decision is one about care: a decision to ask, try or wait must name the subject,
        a medicine or the care around it ("should I ask my specialist"), or point at the subject with nothing else it
        could be about ("should I get this?"), not a phone or a book ("is it worth getting a new phone")."""
        query, words = self._read(question)
        care = decision is Decision.ASK_OR_TRY and not words.isdisjoint(self._care)
        if care and not unknown_words(query, self._people | self._care):
            return True  # "should i push my consultant for a referral": the care around it, and nothing else
        if self.off_domain(question):
            return False
        if decision is not Decision.ASK_OR_TRY or care:
            return True
        return refers_to_subject(question) and not unknown_words(query)

    def maybe_foreign(self, question: str) -> bool:
        """Say whether a message may be in another language: letters English does not use, or at least half its words
        unknown to this FAQ (a guess of another language for a message the FAQ reads is a near tie English wins)."""
        if not question.isascii():
            return True
        tokens = self._normaliser.tokens(question[:MAX_READ_CHARS])
        unknown = sum(not self._index.knows(token) for token in tokens)
        return unknown > 0 and 2 * unknown >= len(tokens)
