"""What a question's everyday words mean to this FAQ: a concept layer beside the alias index's exact words.

People ask in their own words: "how much harm can it do", "who produces the cells", "do you stay in hospital". The
lexicon's `concepts` give each of the FAQ's ideas a broad field of everyday words (written once per idea, not per
question): such a word is read as its own word and, a little less surely, as the FAQ word of its idea, so the entry
phrased with the FAQ word can answer. The lexicon's `health_subjects` name health subjects people bring up with lupus
(a supplement, a diet, a body part, one symptom): a question about lupus naming one that no entry speaks of asks about
something this FAQ does not cover, and is declined rather than answered with a general entry. Pure, per FAQ version.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence

from bot.answering.index import QueryToken, QuestionIndex
from bot.answering.normalise import Normaliser
from bot.answering.topics import refers_to_subject

CONCEPT_SIMILARITY = 0.75  # an everyday word is its idea's FAQ word less surely than a synonym or a typo is


class Concepts:
    """The concept layer of one FAQ: everyday words -> FAQ words, and the health subjects no entry speaks of."""

    def __init__(self, normaliser: Normaliser, index: QuestionIndex) -> None:
        self._index = index
        canonical = normaliser.canonical_token
        table: defaultdict[str, set[str]] = defaultdict(set)
        for word, targets in normaliser.lexicon.concepts.items():
            # Only FAQ words some question or alias uses (an idea no entry is phrased with cannot lead to one), and
            # only where the word does not reach the idea's entries already ("legal" is phrased where "approved" is).
            reached = self._entries(canonical(word))
            for target in map(canonical, targets):
                entries = self._entries(target)
                if entries and entries.isdisjoint(reached):
                    table[canonical(word)].add(target)
        self._table = {word: tuple(sorted(found)) for word, found in table.items() if found}
        subjects = normaliser.canonical_set(normaliser.lexicon.word_list("health_subjects"))
        self._uncovered = frozenset(w for w in subjects if not index.knows(w))  # no entry's text speaks of it
        self._lupus = canonical("lupus")
        # CAR-T and the parts of it ("b cells", "cd19", "remission", the chemo before it): a question naming one asks
        # about the therapy, whatever body part or symptom it names too
        lexicon = normaliser.lexicon
        therapy = lexicon.word_list("subject_words") | lexicon.word_list("topic_words")
        self._therapy = normaliser.canonical_set(therapy) - {self._lupus}

    def _entries(self, word: str) -> frozenset[int]:
        """The entries whose question or aliases use this (canonical) word."""
        return frozenset(entry for entry, _ in self._index.phrases_holding(word))

    def read(self, query: Sequence[QueryToken]) -> list[QueryToken]:
        """The query with each everyday word also read as its idea's FAQ words (a word the FAQ never uses then
        weighs as those words do)."""
        out = []
        for q in query:
            targets = self._table.get(q.text)
            own = {w for w, _ in q.matches}
            extra = tuple((t, CONCEPT_SIMILARITY) for t in targets or () if t not in own)
            if extra:
                weight = q.weight if q.known else max(map(self._index.weight, targets or ())) * CONCEPT_SIMILARITY
                q = QueryToken(q.text, weight, (*q.matches, *extra))
            out.append(q)
        return out

    def uncovered(self, words: Collection[str], text: str) -> bool:
        """Say whether a question asks about a health subject no entry speaks of ("does turmeric help lupus", "lupus
        and my eyes"): it names one and neither CAR-T nor a part of it, and names lupus or has no pronoun that may
        stand for CAR-T."""
        if self._uncovered.isdisjoint(words) or not self._therapy.isdisjoint(words):
            return False
        return self._lupus in words or not refers_to_subject(text)
