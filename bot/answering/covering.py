"""Which entries may answer a question that names other medicines and not this FAQ's subject."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.index import QueryToken, QuestionIndex
from bot.answering.normalise import Normaliser
from bot.answering.parts import sentences
from bot.answering.topics import Topics

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
