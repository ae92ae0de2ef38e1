"""Which entries may answer a question that names other medicines and not this FAQ's subject; and, of close
leaders, which one's phrasings cover more of the words asked."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from bot.answering.close_calls import MatchPolicy
from bot.answering.index import QueryToken, QuestionIndex, Ranked
from bot.answering.normalise import Normaliser
from bot.answering.parts import sentences
from bot.answering.topics import Topics
from bot.knowledge.model import Entry

CONDITION_SHARED_WORDS = 2


class Covering:
    """Finds the entries that speak of the medicines a question names, and of what it asks about them."""

    def __init__(self, index: QuestionIndex, answers: Sequence[str], normaliser: Normaliser, topics: Topics) -> None:
        self._index = index
        self._topics = topics
        self._light = normaliser.light_words
        # each entry's answer, sentence by sentence, as sets of words
        self._sentences = [[frozenset(normaliser.tokens(s)) for s in sentences(answer)] for answer in answers]

    def entries(self, words: set[str], query: list[QueryToken]) -> frozenset[int]:
        """The entries that can answer a question naming other medicines or conditions and not this FAQ's subject:
        those with a phrasing naming every medicine named, which asks the same of it ("is <a medicine> still
        recommended") or whose answer says in one sentence what is asked of it ("why cyclophosphamide before the
        infusion"); none when it names a condition or a medicine no entry's phrasings name, or a medicine alone."""
        topics = self._topics
        named = words & topics.other
        asked = {q.text for q in query if q.known} - named - topics.kinds_of_medication - self._light
        if not asked:
            return frozenset()
        entries = []
        for medicine in named:
            holding = self._index.phrases_holding(medicine)
            # a condition's phrasing must share two words asked ("new cancer after treatment"): one shared word and a
            # condition ("type 1 diabetes", "how is type 2 diabetes treated") is a question about the condition
            shared = 1 if medicine in topics.medicines else CONDITION_SHARED_WORDS
            by_phrase = {entry for entry, tokens in holding if len(asked & tokens) >= shared}
            needed = asked | {medicine}
            by_answer = {entry for entry, _ in holding if any(needed <= s for s in self._sentences[entry])}
            entries.append(frozenset(by_phrase | by_answer))
        return frozenset.intersection(*entries)


class Coverage:
    """How many of the words a question asks each entry's own phrasings (question and aliases) use."""

    def __init__(
        self, entries: Sequence[Entry], normaliser: Normaliser, details: frozenset[str], policy: MatchPolicy
    ) -> None:
        self._policy = policy
        self._light = normaliser.light_words | details  # a place is a detail, not what is asked ("in germany")
        self._vocabulary = [
            frozenset(t for text in (e.question, *e.aliases) for t in normaliser.tokens(text)) for e in entries
        ]
        held = Counter(t for words in self._vocabulary for t in words)
        # a word few entries' phrasings use says more about which entry is meant ("2024") than one most use ("patient")
        self._weight = {t: math.log(len(self._vocabulary) / n) for t, n in held.items()}

    def prefer(self, ranked: tuple[Ranked, ...], query: list[QueryToken]) -> tuple[Ranked, ...]:
        """The ranking with the close runner-up whose phrasings use the most words asked first, at the leader's score,
        when they use more of them than the leader's do; a clear leader (`covered_below` and over) stands."""
        policy = self._policy
        if len(ranked) < 2 or ranked[0].score >= policy.covered_below:
            return ranked
        # each word asked, as itself or as the FAQ words it may be (a typo's word, its idea's word: lexicon concepts)
        asked = [{q.text, *(w for w, _ in q.matches)} for q in query if q.known and q.text not in self._light]

        def covered(r: Ranked) -> float:
            vocabulary = self._vocabulary[r.entry_index]
            return sum(max((self._weight[t] for t in words & vocabulary), default=0.0) for words in asked)

        leader = ranked[0]
        close = [r for r in ranked[1:] if leader.score - r.score <= policy.covered_margin]
        best = max(close, key=covered, default=None)
        if best is None or covered(best) < covered(leader) + policy.covered_gain:
            return ranked
        return (Ranked(best.entry_index, leader.score), *(r for r in ranked if r is not best))
