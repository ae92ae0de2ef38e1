"""Close calls: when a leader under the line is answered anyway, and when an entry's whole text answers a
question no phrasing matches. Both lean on a second scorer, BM25 over each entry's whole text (documents.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from bot.answering.documents import EntryDocuments
from bot.answering.entry_classifier import EntryClassifier, Opinion
from bot.answering.index import QueryToken, Ranked
from bot.knowledge.folding import fold

# "my cat has kidney disease", "is ivf covered": a word the FAQ never uses right after a possessive or a question's
# opening verb is what the question is about, not an ordinary word beside it ("any bad side effects?")
_NAMING_BEFORE = frozenset({"my", "your", "his", "her", "our", "their", "is", "are", "does", "do", "can", "will"})


def read_as(query: Sequence[QueryToken]) -> tuple[str, ...]:
    """The FAQ words a query's words were read as where they differ from the words typed (the first reading of
    each: a slip corrected, an everyday word's idea)."""
    return tuple(q.matches[0][0] for q in query if q.matches and q.matches[0][0] != q.text)


@dataclass(frozen=True)
class MatchPolicy:
    """When a match is good enough to answer, and which runners-up are worth offering."""

    answer_at: float = 58.0  # below this the bot declines rather than guess
    # A question with a word the FAQ never uses ("election", "server") and nothing tying it to lupus or CAR-T
    # is probably about something else: answer only a very close match.
    answer_unanchored_unknown_at: float = 80.0
    # A close call: answer a clear leader a little under the line (lead over the runner-up), unless the question
    # has a word the FAQ never uses and nothing ties it to lupus or CAR-T (then only a very close match is answered).
    clear_leader_at: float = 44.0
    clear_lead: float = 8.0
    # ...or when the question names the subject and the entries' whole texts (BM25) lead to the same entry, ahead
    # of the next by at least this factor.
    agreement_lead: float = 1.05
    # No phrasing matches at all: an entry whose whole text uses every word asked about answers when it leads the
    # next by this factor (the words are in its answer: "doris", "interferon").
    documents_lead: float = 2.0
    # On topic, a word the FAQ never uses weighs at most this share of a typical word (a detail, not the subject).
    unknown_word_share: float = 0.7
    detail_share: float = 0.3  # a place ("in France") weighs this share of a typical word
    suggest_at: float = 40.0  # weaker matches may still be offered as "did you mean"
    close_call_margin: float = 15.0  # runners-up within this many points are offered beside the answer
    max_suggestions: int = 3
    other_use_answer_at: float = 75.0  # CAR-T for lymphoma: only a very close match beats the scoped reply
    # A near tie: the two best phrasings within this many points; the entries' whole texts (BM25) choose.
    tie_margin: float = 1.0
    # A runner-up this many points behind a leader under `reconsider_below` goes first when the classifier (at least
    # this sure, with this lead) and the entries' whole texts both choose it: two scorers outvote the alias index.
    outvote_margin: float = 5.0
    outvote_at: float = 0.2
    outvote_lead: float = 0.05
    # ...and a runner-up further behind (or outside the ranking), under `outvote_far_below`, when the classifier is
    # this sure, with this lead, and the entries' whole texts lead to the same entry ("how do they actually give it
    # to you, is it a drip": the chemo entry's "is it given through a drip" leads the alias index).
    outvote_far_below: float = 80.0
    outvote_far_at: float = 0.25
    outvote_far_lead: float = 0.08
    # Nothing over the line, the question names the subject, and the entries' whole texts clearly prefer one of
    # the leading few (by this factor over the next) that is itself a close call: that one answers ("does car t
    # make you infertile": "make" leans to how it is made, the texts to fertility).
    documents_prefer: float = 1.5
    documents_prefer_among: int = 3
    # The alias index declines a question tied to the subject: the learned classifier (entry_classifier.py) answers
    # when it prefers the index's leader with at least this similarity and lead over its runner-up...
    opinion_agrees_at: float = 0.15
    opinion_agree_lead: float = 0.04
    # ...or, for a question naming the subject, an entry of its own with this similarity and lead.
    opinion_alone_at: float = 0.28
    opinion_alone_lead: float = 0.14
    # A question not tied to the subject, with a word the FAQ never uses that is not what it asks about (its unknown
    # words under `consensus_unknown_share` of its weight: "any bad side effects?", "can i read the original articles
    # somewhere"): answered when all three scorers choose the same entry, the alias index at least at
    # `consensus_floor`, the classifier this sure with this lead, the entries' whole texts with `documents_prefer`.
    consensus_floor: float = 30.0
    consensus_at: float = 0.2
    consensus_lead: float = 0.1
    consensus_unknown_share: float = 0.4
    # An answer under this score is reconsidered: the classifier's own choice answers instead when the question uses
    # a word specific to it and the classifier is at least this sure, with this lead.
    reconsider_below: float = 70.0
    reconsider_at: float = 0.32
    reconsider_lead: float = 0.12
    # ...or, under `reconsider_any_below`, by no specific word, when it is this sure with this lead and its choice is
    # among the first `reconsider_documents_among` the entries' whole texts rank ("how was remission defined in this
    # research": the headline's phrasings lead, the classifier and the texts know what remission means here).
    reconsider_any_below: float = 65.0
    reconsider_any_at: float = 0.25
    reconsider_any_lead: float = 0.08
    reconsider_documents_among: int = 3
    # Close leaders over the line (covering.Coverage): a runner-up this many points behind a leader under
    # `covered_below` answers instead, at the leader's score, when its own phrasings use more of the words asked, by
    # this much weight (a word's weight: log(entries / entries whose phrasings use it); "2024" over "patients").
    covered_margin: float = 10.0
    covered_below: float = 80.0
    covered_gain: float = 1.5


class CloseCalls:
    """Settles close calls for one FAQ, its second scorer and one policy."""

    def __init__(
        self,
        documents: EntryDocuments,
        policy: MatchPolicy,
        naming: frozenset[str],
        light: frozenset[str],
        classifier: EntryClassifier | None = None,
        never_used: Callable[[str], bool] | None = None,
    ) -> None:
        self._documents = documents
        self._classifier = classifier
        self._policy = policy
        self._naming = naming  # words naming the subject ("cart", "lupus", "the therapy")
        self._light = light
        self._last_opinion: tuple[tuple[str, tuple[str, ...]] | None, Opinion | None] = (None, None)
        self._never_used = never_used  # a message's word the FAQ never uses (and that is no question word)

    def settle(self, ranked: tuple[Ranked, ...], query: list[QueryToken], *, named: bool) -> float:
        """Answer a leader a little under the line (margin 0) when it is well ahead of the runner-up, or when the
        question names this FAQ's subject or a word only the leader uses, and the entries' whole texts point at
        the same entry; else the margin."""
        policy, best = self._policy, ranked[0]
        margin = best.score - policy.answer_at
        if best.score < policy.clear_leader_at:
            return margin
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        if best.score - runner_up >= policy.clear_lead:
            return 0.0
        documents = self._documents
        words = [(w, s) for q in query for w, s in q.matches]
        if not named and not any(documents.owner(w) == best.entry_index for w, _ in words):
            return margin  # neither the subject nor a word only the leading entry uses
        return 0.0 if self._documents_choice(words, policy.agreement_lead) == best.entry_index else margin

    def _weighed(self, query: list[QueryToken]) -> list[tuple[str, float]]:
        """The FAQ words a query may be, with their match scores, without the light words the whole texts skip."""
        return [(w, s) for q in query for w, s in q.matches if w not in self._light]

    def documents_choice(self, ranked: tuple[Ranked, ...], query: list[QueryToken], *, named: bool) -> int | None:
        """The place in the ranking of the close call the entries' whole texts clearly prefer, for a question that
        names the subject and that no phrasing answers; None when there is none."""
        policy = self._policy
        if not named or not ranked:
            return None
        leader = self._documents_choice(self._weighed(query), policy.documents_prefer)
        if leader is None:
            return None
        for place, candidate in enumerate(ranked[: policy.documents_prefer_among]):
            if candidate.entry_index == leader and candidate.score >= policy.clear_leader_at:
                return place
        return None

    def break_tie(
        self, ranked: tuple[Ranked, ...], query: list[QueryToken], text: str = "", allowed: frozenset[int] | None = None
    ) -> tuple[Ranked, ...]:
        """Two entries' phrasings match almost equally well ("does car-t cause lymphoma": the cancer-treatment
        entry or the secondary-cancer one): the runner-up goes first when the entries' whole texts clearly prefer
        it over the leader; or, a few points behind, when the two other scorers (the classifier and the entries'
        whole texts) both choose it ("how bad are the side effects of this treatment": the conditioning chemo's
        phrasings lead the side effects' by two points)."""
        if len(ranked) < 2:
            return ranked
        words = self._weighed(query)
        first, second = ranked[0].entry_index, ranked[1].entry_index
        if ranked[0].score - ranked[1].score < self._policy.tie_margin:
            scores = self._documents.scores(words)
            if scores.get(second, 0.0) >= scores.get(first, 0.0) * self._policy.agreement_lead:
                return (ranked[1], ranked[0], *ranked[2:])
            return ranked
        return self._outvoted(ranked, query, words, text, allowed)

    def _outvoted(
        self,
        ranked: tuple[Ranked, ...],
        query: list[QueryToken],
        words: list[tuple[str, float]],
        text: str,
        allowed: frozenset[int] | None,
    ) -> tuple[Ranked, ...]:
        """The ranking with a close runner-up first when the classifier and the entries' whole texts both choose it."""
        policy = self._policy
        if allowed is None or ranked[0].score >= policy.outvote_far_below:  # a clear answer stands
            return ranked
        # the entries' whole texts first (cheap): the classifier is asked only when they choose another entry
        led = self._documents_choice(words, policy.agreement_lead)
        if led is None or led == ranked[0].entry_index:
            return ranked
        close = any(r.entry_index == led and ranked[0].score - r.score <= policy.outvote_margin for r in ranked)
        if close and ranked[0].score < policy.reconsider_below:
            opinion = self._sure_opinion(text, allowed, policy.outvote_at, policy.outvote_lead, query)
        else:
            opinion = self._sure_opinion(text, allowed, policy.outvote_far_at, policy.outvote_far_lead, query)
        if opinion is None or opinion.entry_index != led:
            return ranked
        return (Ranked(led, ranked[0].score), *(r for r in ranked if r.entry_index != led))

    def _documents_choice(self, words: list[tuple[str, float]], lead: float) -> int | None:
        """The entry the entries' whole texts lead to, ahead of the next by this factor; else None."""
        leader = self._documents.leader(words)
        return leader[0] if leader is not None and leader[1] >= lead else None

    def _opinion(self, text: str, read_as: tuple[str, ...]) -> Opinion | None:
        """The classifier's opinion of a text read as these FAQ words; one answer may ask it several times, so the
        last is kept (a tuple swapped whole, safe to share between threads)."""
        if self._classifier is None:
            return None
        key = (text, read_as)
        last_key, last_opinion = self._last_opinion
        if last_key == key:
            return last_opinion
        opinion = self._classifier.opinion(text, read_as)
        self._last_opinion = (key, opinion)
        return opinion

    def _sure_opinion(
        self, text: str, allowed: frozenset[int], at: float, lead: float, query: Sequence[QueryToken] = ()
    ) -> Opinion | None:
        """The classifier's choice when it is an allowed entry, at least this similar, with this lead; else None.
        The classifier also reads the FAQ words the query's words were read as (typos, concepts)."""
        opinion = self._opinion(text, read_as(query))
        if opinion is None or opinion.entry_index not in allowed or opinion.similarity < at or opinion.lead < lead:
            return None
        return opinion

    def from_documents(self, query: list[QueryToken], *, named: bool, allowed: frozenset[int]) -> int | None:
        """The entry whose whole text clearly leads for a question naming the subject and uses every word it asks
        about; None when any word is unknown."""
        if any(not q.known for q in query):
            return None
        documents = self._documents
        words = self._weighed(query)
        entry = self._documents_choice(words, self._policy.documents_lead)
        if entry is None or entry not in allowed:
            return None
        if not named:
            return None  # a word of the answer alone may be an everyday word ("wrote"): the subject must be named
        return entry if all(documents.uses(entry, w) for w, _ in words if w not in self._naming) else None

    def second_opinion(
        self,
        ranked: tuple[Ranked, ...],
        query: list[QueryToken],
        text: str,
        *,
        named: bool,
        allowed: frozenset[int],
        tied: bool = True,
    ) -> tuple[Ranked, ...] | None:
        """The ranking to answer with when the learned classifier settles a question the alias index declined (its
        choice first, at the line), or None. Only for a question tied to the subject (the caller's condition): by
        a word specific to its choice, or, with no such word, when all three scorers (the alias index a little
        under the line, the classifier and the entries' whole texts) agree on the same entry. A question not tied
        to the subject at all (tied False: no subject word, no pronoun for it) is settled only by all three."""
        policy = self._policy
        opinion = self._sure_opinion(text, allowed, policy.opinion_agrees_at, policy.opinion_agree_lead, query)
        if opinion is None:
            return None
        if ranked and opinion.entry_index == ranked[0].entry_index:
            settles = (opinion.specific and tied) or self._all_agree(ranked, query, tied=tied)
        else:  # its own choice: only for a question naming the subject, by a word specific to it, clearly sure
            settles = named and opinion.specific and opinion.similarity >= policy.opinion_alone_at
            settles = settles and opinion.lead >= policy.opinion_alone_lead
        if not settles:
            return None  # a question about the subject alone ("is car t halal") is about nothing the FAQ says
        rest = tuple(r for r in ranked if r.entry_index != opinion.entry_index)
        return (Ranked(opinion.entry_index, policy.answer_at), *rest)

    def consensus(
        self, ranked: tuple[Ranked, ...], query: list[QueryToken], text: str, allowed: frozenset[int]
    ) -> tuple[Ranked, ...] | None:
        """The ranking to answer with (the leader at the line) when the alias index, the entries' whole texts and the
        classifier all choose the same entry, each clearly (see MatchPolicy.consensus_*); else None."""
        policy = self._policy
        if not ranked or ranked[0].score < policy.consensus_floor or ranked[0].entry_index not in allowed:
            return None
        if self._unknown_share(query) >= policy.consensus_unknown_share or self._names_unknown_thing(text):
            return None  # the words the FAQ never uses are much of the question, or name what it is about
        if self._documents_choice(self._weighed(query), policy.documents_prefer) != ranked[0].entry_index:
            return None
        opinion = self._sure_opinion(text, allowed, policy.consensus_at, policy.consensus_lead, query)
        if opinion is None or opinion.entry_index != ranked[0].entry_index:
            return None
        return (Ranked(ranked[0].entry_index, policy.answer_at), *ranked[1:])

    def _names_unknown_thing(self, text: str) -> bool:
        """Say whether a word the FAQ never uses stands where a question names what it is about: right after a
        possessive or a question's opening verb ("my cat has kidney disease", "is ivf covered by insurance")."""
        words, never_used = fold(text).split(), self._never_used
        return never_used is not None and any(
            before in _NAMING_BEFORE and never_used(word) for before, word in pairwise(words)
        )

    def _unknown_share(self, query: list[QueryToken]) -> float:
        """The share of a query's weight (question words aside) in words the FAQ never uses."""
        weights = [(q.weight, q.known) for q in query if q.text not in self._light]
        total = sum(w for w, _ in weights)
        return sum(w for w, known in weights if not known) / total if total else 1.0

    def _all_agree(self, ranked: tuple[Ranked, ...], query: list[QueryToken], *, tied: bool) -> bool:
        """Say whether the alias index's leader is a close call and the entries' whole texts lead to it too (for a
        question not tied to the subject, as clearly as when they answer alone: `documents_lead`)."""
        policy = self._policy
        if not ranked or ranked[0].score < policy.clear_leader_at:
            return False
        lead = policy.agreement_lead if tied else policy.documents_lead
        return self._documents_choice(self._weighed(query), lead) == ranked[0].entry_index

    def reconsider(
        self,
        ranked: tuple[Ranked, ...],
        text: str,
        allowed: frozenset[int],
        query: list[QueryToken] | None = None,
    ) -> tuple[Ranked, ...]:
        """A close answer the learned classifier clearly places elsewhere, by a word specific to its choice: its choice
        first, with the answer's score; else the ranking as it is."""
        policy = self._policy
        if not ranked or ranked[0].score >= policy.reconsider_below:
            return ranked
        opinion = self._sure_opinion(text, allowed, policy.reconsider_any_at, policy.reconsider_any_lead, query or ())
        if opinion is None or opinion.entry_index == ranked[0].entry_index:
            return ranked
        sure = opinion.specific and opinion.similarity >= policy.reconsider_at
        sure = sure and opinion.lead >= policy.reconsider_lead
        if not sure and not self._texts_allow(opinion.entry_index, ranked[0].score, query):
            return ranked
        rest = tuple(r for r in ranked if r.entry_index != opinion.entry_index)
        return (Ranked(opinion.entry_index, ranked[0].score), *rest)

    def _texts_allow(self, entry: int, score: float, query: list[QueryToken] | None) -> bool:
        """Say whether a close answer (under `reconsider_any_below`) may give way to the classifier's choice by no
        specific word: the entries' whole texts rank that choice among their first few."""
        policy = self._policy
        if score >= policy.reconsider_any_below or query is None:
            return False
        scores = self._documents.scores(self._weighed(query))
        return entry in sorted(scores, key=lambda found: -scores[found])[: policy.reconsider_documents_among]
