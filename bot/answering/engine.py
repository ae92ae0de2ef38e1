"""The answering engine: triage, match and compose, given one immutable knowledge base."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from itertools import repeat

from bot.answering.answer import Answer, Suggestion
from bot.answering.close_calls import CloseCalls, MatchPolicy
from bot.answering.compose import compose_decline, compose_entry
from bot.answering.concepts import Concepts
from bot.answering.covering import Coverage, Covering
from bot.answering.crisis_reply import compose_crisis, with_support
from bot.answering.declines import compose_greeting, compose_other_disease, compose_other_language, served_languages
from bot.answering.documents import EntryDocuments
from bot.answering.domain import Domain, unknown_words
from bot.answering.entry_classifier import EntryClassifier
from bot.answering.index import QueryToken, QuestionIndex, Ranked, indexed_entries, query_words
from bot.answering.matches import Match, Reading, best_match
from bot.answering.normalise import Normaliser
from bot.answering.parts import clauses, question_parts, referent, sentences
from bot.answering.personal import ALL_REFERRAL_ENTRIES, REFERRAL_ENTRIES, DecisionReader
from bot.answering.reading import details, never_used, reweigh
from bot.answering.topics import Topics, refers_to_subject
from bot.knowledge.loader import HEADLINE_ENTRY
from bot.knowledge.model import CrisisResources, Entry, KnowledgeBase
from bot.safety.language import DEFAULT_LANGUAGE
from bot.safety.screen import screen, warm_up

__all__ = ["AnswerEngine", "MatchPolicy"]

MAX_QUESTION_CHARS = 600  # a context-menu message can be long; the start of it says what it is about
MAX_POST_CHARS = 3000  # a long post's question may come after its story
SHORT_PART_TOKENS = 2  # a question this short ("why lupus?") goes on from the sentence before it


class AnswerEngine:
    """Answers questions from one knowledge base. Build a new engine to change the FAQ; never mutate one."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        *,
        crisis: CrisisResources | None = None,
        policy: MatchPolicy | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.crisis = crisis or knowledge.crisis
        self.policy = policy or MatchPolicy()
        warm_up()  # the safety screen's vocabulary and classifier are built once per process, not on a message
        self._entries: tuple[Entry, ...] = knowledge.entries
        self._normaliser = Normaliser(knowledge.lexicon)
        self._topics = Topics(self._normaliser, (e.question for e in knowledge.entries))
        self._decisions = DecisionReader(knowledge.lexicon)
        self._index = QuestionIndex(indexed_entries(knowledge), self._normaliser)
        self._concepts = Concepts(self._normaliser, self._index)
        self._documents = EntryDocuments(
            [" ".join((e.question, *e.aliases, e.answer)) for e in knowledge.entries], self._normaliser
        )
        self._implied = self._normaliser.canonical_set(knowledge.lexicon.word_list("implied_subject"))
        self._naming = self._topics.anchors | self._implied  # words naming the subject ("cart", "the therapy")
        light = self._normaliser.light_words
        phrasings = [((e.question, *e.aliases), e.answer) for e in self._entries]
        classifier = EntryClassifier(phrasings, self._normaliser, self._implied | light)
        unknown = self._decisions.vocabulary | light  # who decides and question words are no topic
        unused = partial(never_used, index=self._index, besides=unknown)
        self._close_calls = CloseCalls(self._documents, self.policy, self._naming, light, classifier, unused)
        self._domain = Domain(
            self._index,
            self._normaliser,
            self._topics,
            implied=self._implied,
            care=self._normaliser.canonical_set(knowledge.lexicon.personal_list("care_words")),
            people=self._decisions.vocabulary,
        )
        self._covering = Covering(self._index, [e.answer for e in self._entries], self._normaliser, self._topics)
        self._coverage = Coverage(self._entries, self._normaliser, self._topics.places, self.policy)
        self._referrals = frozenset(n for n, e in enumerate(self._entries) if e.id in ALL_REFERRAL_ENTRIES)
        self._all_entries = frozenset(range(len(self._entries)))
        self._not_referrals = self._all_entries - self._referrals
        wanted = knowledge.lexicon.examples or (HEADLINE_ENTRY,)
        examples = [*filter(None, map(knowledge.entry, wanted))] or self._entries[:3]
        self._examples = tuple(Suggestion(e.id, e.question, 0.0) for e in examples)
        self._served = served_languages(knowledge)

    def answer(self, question: str) -> Answer:
        """Answer a question: crisis help first (the safety screen reads the whole message), else the FAQ."""
        verdict = screen(question)
        if verdict.kind == "emergency" or verdict.kind == "self_harm":
            return compose_crisis(question, verdict.kind, verdict.language, self.crisis)
        answer = self._answer_faq(question, verdict.language)
        # Worry and a question ("i'm a bit scared, what sort of side effects", asked without a question mark): the
        # answer, with the support lines above it; worry the FAQ answers nothing of: the support lines alone.
        return with_support(answer, verdict.language, self.crisis) if verdict.kind == "distress" else answer

    def _answer_faq(self, question: str, language: str) -> Answer:
        """A doctor referral, a greeting, the best entry, or an honest decline (language: the screen's reading)."""
        decision = self._decisions.read(question)
        if (
            decision is not None
            and self._domain.decision_on_subject(question, decision)
            and not self._uncovered(question)
        ):
            referral = next(filter(None, map(self.knowledge.entry, REFERRAL_ENTRIES[decision])), None)
            if referral is not None:
                return compose_entry(self.knowledge, referral, question=question, score=100.0, reason="personal")
        if self._topics.is_greeting(question[:200]):
            return compose_greeting(question, self._examples)
        if language != DEFAULT_LANGUAGE and self._domain.maybe_foreign(question):
            headline = self.knowledge.entry(HEADLINE_ENTRY)
            summary = Suggestion(headline.id, headline.question, 0.0) if headline is not None else None
            return compose_other_language(question, summary, self._served)
        return self._answer_question(question)

    def _uncovered(self, question: str) -> bool:
        """Say whether a decision is about a health subject no entry speaks of ("what vitamins should i take for
        lupus"), with no medicine or treatment named beside it ("should i stop my meds and try turmeric")."""
        text = question[:MAX_QUESTION_CHARS]
        words = query_words(self._index.resolve(text))
        return self._concepts.uncovered(words, text) and words.isdisjoint(self._topics.kinds_of_medication)

    def _answer_question(self, question: str) -> Answer:
        text = question[:MAX_QUESTION_CHARS]
        if self._concepts.uncovered(query_words(self._index.resolve(text)), text):  # "her mouth ulcers... what helps?"
            return self._decline(question, Match((), -500.0, "off_topic"))
        parts = question_parts(question[:MAX_POST_CHARS])
        contexts = [self._context(question, part) for part in parts]
        matches = [self._match_part(question, part, context) for part, context in zip(parts, contexts, strict=True)]
        answered = [m for m in matches if m.reason == "match"]
        best, other_use = self._pick(text, matches, answered, same=parts == [text] and contexts == [""])
        if other_use and (best.reason != "match" or best.ranked[0].score < self.policy.other_use_answer_at):
            return compose_other_disease(question, other_use, self._suggest_for_other_use(best))
        if best.reason != "match":
            best = next(filter(None, map(self._answered_clause, repeat(question), clauses(parts))), best)
        if best.reason != "match":
            return self._decline(question, best)
        first = best.ranked[0].entry_index
        others = (m.ranked[0] for m in answered if m.ranked[0].entry_index != first)
        also = tuple(dict.fromkeys(self._suggestion(r) for r in others))
        return self._compose(question, best, also)

    def _match_part(self, message: str, part: str, context: str) -> Match:
        """A question part's match; one pointing back at the sentence before it ("Is that true?") is read with that
        sentence when that answers it."""
        told = referent(message[:MAX_POST_CHARS], part)
        told_match = self._match(told, context=self._context(message, told)) if told else None
        return told_match if told_match and told_match.reason == "match" else self._match(part, context=context)

    def _answered_clause(self, message: str, clause: str) -> Match | None:
        """A clause of a question's sentence answered alone, in context; None when the FAQ does not answer it."""
        tokens, topics = self._normaliser.tokens, self._topics
        if not (topics.other | topics.other_uses).isdisjoint(set(tokens(message)) - set(tokens(clause))):
            return None  # "my grandma has lymphoma, what are her treatment options": about what the clause leaves out
        match = self._match(clause, context=self._context(message, clause))
        if match.reason != "match" or match.other_use or match.ranked[0].entry_index in self._referrals:
            return None  # a personal decision is read from the whole message, never from a clause of it
        return match

    def _pick(self, text: str, matches: list[Match], answered: list[Match], *, same: bool) -> tuple[Match, str]:
        """The match to answer and the other disease named with CAR-T, if any (same: the one part is the text)."""
        if len(matches) > 1 and answered:
            # The first question asked that the FAQ answers; of the whole message only a disease named counts.
            return answered[0], answered[0].other_use or self._read(text, "").other_use
        whole = answered[0] if answered else matches[0] if same else self._match(text)
        best = best_match(whole, matches, answered, several=len(matches) > 1)
        return best, best.other_use or whole.other_use

    def _compose(self, question: str, match: Match, also: tuple[Suggestion, ...]) -> Answer:
        policy = self.policy
        best, *others = match.ranked
        also_ids = {s.entry_id for s in also}
        runners_up = tuple(
            self._suggestion(r)
            for r in others
            if r.score >= max(policy.suggest_at, best.score - policy.close_call_margin)
            and self._entries[r.entry_index].id not in also_ids
        )
        entry = self._entries[best.entry_index]
        answer = compose_entry(
            self.knowledge, entry, question=question, score=best.score, reason="match", suggestions=runners_up
        )
        return replace(answer, also_asked=also) if also else answer

    def _decline(self, question: str, match: Match) -> Answer:
        policy = self.policy
        near = tuple(self._suggestion(r) for r in match.ranked if r.score >= policy.suggest_at)
        return compose_decline(
            question, reason=match.reason, suggestions=near[: policy.max_suggestions] or self._examples
        )

    def _suggestion(self, ranked: Ranked) -> Suggestion:
        entry = self._entries[ranked.entry_index]
        return Suggestion(entry.id, entry.question, ranked.score)

    def _suggest_for_other_use(self, match: Match) -> tuple[Suggestion, ...]:
        """What the FAQ says about CAR-T and lupus nearest the question, and the headline summary."""
        near = [self._suggestion(r) for r in match.ranked if r.score >= self.policy.suggest_at]
        headline = self.knowledge.entry(HEADLINE_ENTRY)
        if headline is not None:
            near.append(Suggestion(headline.id, headline.question, 0.0))
        return tuple({s.entry_id: s for s in reversed(near)}.values())[::-1][: self.policy.max_suggestions]

    def _context(self, message: str, part: str) -> str:
        """The subject words of the message before a question that leaves its subject out ("what is it?")."""
        if len(message) <= len(part) + 3:
            return ""
        position = message.find(part)
        before = message[: max(position, 0)][-MAX_QUESTION_CHARS:]
        said_before = sentences(before)
        topics = self._topics
        anchors = topics.anchors
        if len(self._normaliser.tokens(part)) <= SHORT_PART_TOKENS:
            # "...a leukemia therapy, right? why lupus": a short question goes on from the topic said before it
            anchors = anchors | topics.other | topics.other_uses
        for sentence in reversed(said_before):
            found = [t for t in self._normaliser.tokens(sentence) if t in anchors]
            if found:
                return " ".join(dict.fromkeys(found))
        return ""

    def _match(self, text: str, *, context: str = "") -> Match:
        """Rank entries for one piece of text and decide whether the best one is good enough to answer."""
        reading = self._read(text, context)
        return reading if isinstance(reading, Match) else self._judge(text, reading)

    def _read(self, text: str, context: str) -> Match | Reading:
        """What a piece of text asks about, read in context; a Match already when that settles it (off topic)."""
        query = self._concepts.read(self._index.resolve(text))
        if not query:
            return Match((), -1000.0, "empty")
        if context and not any(q.known for q in query):
            return Match((), -100.0, "weak")  # a fragment with no word the FAQ knows: its context alone proves nothing
        query, words, anchored = self._with_context(query, text, context)
        topics = self._topics
        other_use = next(iter(sorted(words & topics.other_uses)), "") if topics.other_use(words, text) else ""
        covering = self._covering.entries(words, query) if words & topics.other and not anchored else None
        if self._off_topic(text, query, anchored=anchored, covering=covering) or self._concepts.uncovered(words, text):
            return Match((), -500.0, "off_topic")
        named = bool(context) or not self._naming.isdisjoint(words)
        return Reading(
            details(query, self._topics, self._index, self._normaliser, self.policy.detail_share),
            anchored,
            named,
            covering,
            other_use,
        )

    def _off_topic(
        self, text: str, query: list[QueryToken], *, anchored: bool, covering: frozenset[int] | None
    ) -> bool:
        """Say whether a question not tied to this FAQ's subject is about something else: it names another condition
        or medicine no entry speaks of, or the only words of it the FAQ knows are everyday words ("what time is
        it")."""
        if anchored:
            return False
        if covering is not None and not covering and not refers_to_subject(text):
            return True
        light = self._normaliser.light_words
        return self._topics.everyday_only([{w for w, _ in q.matches} for q in query if q.known and q.text not in light])

    def _judge(self, text: str, reading: Reading) -> Match:
        """Rank the entries for a query read in context, and say whether the best is good enough to answer."""
        query, covering, other_use = reading.query, reading.covering, reading.other_use
        threshold = self._threshold(query, reading.anchored)
        ranked = self._ranked(
            reweigh(query, self._index, self.policy.unknown_word_share) if reading.anchored else query, text
        )
        if covering:
            # Only an entry speaking of the medicine answers, and only a match over the line (no close calls).
            ranked = tuple(r for r in ranked if r.entry_index in covering)
        if not covering and threshold == self.policy.answer_at:
            ranked = self._with_documents(ranked, reading, text)
        if not ranked:
            return Match((), -100.0, "weak", other_use)
        ranked = self._close_calls.break_tie(ranked, query, text, None if covering else self._allowed(text))
        if ranked[0].score >= threshold:  # over the line: of close leaders, the one whose phrasings cover more
            ranked = self._coverage.prefer(ranked, query)
        margin = ranked[0].score - threshold
        if not covering:
            ranked, margin = self._settle(ranked, reading, text, margin, at_line=threshold == self.policy.answer_at)
        return Match(ranked, margin, "match" if margin >= 0 else "weak", other_use)

    def _settle(
        self, ranked: tuple[Ranked, ...], reading: Reading, text: str, margin: float, *, at_line: bool
    ) -> tuple[tuple[Ranked, ...], float]:
        """A leader under the line settled as a close call, or (a word the FAQ never uses, not what is asked: "any bad
        side effects?") by the three scorers' consensus; an answer reconsidered by the classifier."""
        close_calls, allowed = self._close_calls, self._allowed(text)
        if margin < 0 and at_line:
            ranked, margin = self._close_call(ranked, reading, text)
        elif margin < 0:
            settled = close_calls.consensus(ranked, reading.query, text, allowed)
            ranked, margin = (settled, 0.0) if settled is not None else (ranked, margin)
        if margin >= 0:
            ranked = close_calls.reconsider(ranked, text, allowed, reading.query)
        return ranked, margin

    def _close_call(self, ranked: tuple[Ranked, ...], reading: Reading, text: str) -> tuple[tuple[Ranked, ...], float]:
        """A leader under the line, answered (margin 0) when close_calls.py settles it; else the margin."""
        close_calls, query, named = self._close_calls, reading.query, reading.named
        margin = close_calls.settle(ranked, query, named=named)
        if margin >= 0:
            return ranked, margin
        place = close_calls.documents_choice(ranked, query, named=named)
        if place is not None:
            return (ranked[place], *ranked[:place], *ranked[place + 1 :]), 0.0
        if named or not unknown_words(query):
            # not named ("is it safe to eat raw cookie dough"): only with no word the FAQ never uses
            allowed, tied = self._allowed(text), named or reading.anchored
            settled = close_calls.second_opinion(ranked, query, text, named=named, allowed=allowed, tied=tied)
            if settled is not None:
                return settled, 0.0
        return ranked, margin

    def _with_documents(self, ranked: tuple[Ranked, ...], reading: Reading, text: str) -> tuple[Ranked, ...]:
        """No phrasing matches well, but one entry's whole text speaks of every word asked: it leads, at the line."""
        policy = self.policy
        if ranked and ranked[0].score >= policy.clear_leader_at:
            return ranked
        found = self._close_calls.from_documents(reading.query, named=reading.named, allowed=self._allowed(text))
        if found is None:
            return ranked
        return (Ranked(found, policy.answer_at), *(r for r in ranked if r.entry_index != found))

    def _allowed(self, text: str) -> frozenset[int]:
        """The entries a text may be answered with: a doctor referral only when the asker speaks of their care."""
        if self._referrals and not self._decisions.speaks_of_self(text):
            return self._not_referrals
        return self._all_entries

    def _with_context(
        self, query: list[QueryToken], text: str, context: str
    ) -> tuple[list[QueryToken], set[str], bool]:
        """The query with the subject said before it when it leaves its subject out; its words; whether it is on
        this FAQ's subject."""
        words = query_words(query)
        topics = self._topics
        anchored = topics.anchored(words, text)
        if context and (not (words & topics.anchors) or len(query) <= SHORT_PART_TOKENS):
            query = query + [q for q in self._index.resolve(context) if q.text not in words]
            words |= {q.text for q in query}
            anchored = True
        return query, words, anchored

    def _threshold(self, query: list[QueryToken], anchored: bool) -> float:
        """The score to reach: higher with a word the FAQ never uses and nothing naming its subject ("on mac")."""
        policy, places = self.policy, self._topics.places
        if not anchored and unknown_words(query, places):
            return policy.answer_unanchored_unknown_at
        return policy.answer_at

    def _ranked(self, query: list[QueryToken], text: str) -> tuple[Ranked, ...]:
        """The leading entries, best first (a doctor referral only when the asker speaks of their own care)."""
        limit = self.policy.max_suggestions
        ranked = tuple(self._index.rank(query, text, limit=limit + 2))
        if self._referrals and not self._decisions.speaks_of_self(text):
            # "Are they still taking medication?" is about the patients in the study, not the asker's own care.
            ranked = tuple(r for r in ranked if r.entry_index not in self._referrals)
        return ranked[: limit + 1]

    def answer_entry(self, entry_id: str, *, question: str | None = None) -> Answer | None:
        """Answer with a named entry (the headline, a related question, a picked suggestion)."""
        entry = self.knowledge.entry(entry_id)
        if entry is None:
            return None
        return compose_entry(self.knowledge, entry, question=question or entry.question, score=100.0, reason="entry")

    def headline(self) -> Answer:
        """Return the headline summary shown by /lupus-cart."""
        answer = self.answer_entry(HEADLINE_ENTRY)
        assert answer is not None, "the loader guarantees the headline entry exists"
        return answer

    def autocomplete(self, partial: str, limit: int = 25) -> list[Suggestion]:
        """Suggest entry questions for a partly typed question, best first (≤ limit, each ≤ 100 characters)."""
        if not partial.strip():
            head = [e for e in self._entries if e.id == HEADLINE_ENTRY]
            rest = [e for e in self._entries if e.id != HEADLINE_ENTRY]
            return [Suggestion(e.id, e.question[:100], 0.0) for e in (head + rest)[:limit]]
        return [
            Suggestion(self._entries[r.entry_index].id, self._entries[r.entry_index].question[:100], r.score)
            for r in self._index.complete(partial[:100], limit=limit)
        ]

    @property
    def examples(self) -> tuple[Suggestion, ...]:
        """Return a few example questions the bot can answer."""
        return self._examples
