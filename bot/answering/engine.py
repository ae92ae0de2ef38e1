"""The answering engine: triage, match and compose, given one immutable knowledge base."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answering.answer import Answer, Suggestion
from bot.answering.compose import compose_crisis, compose_entry, compose_no_match
from bot.answering.index import QuestionIndex, Ranked, indexed_entries
from bot.answering.topics import DOMAIN_ANCHORS, OTHER_CONDITIONS, refers_to_subject
from bot.answering.triage import Triage, speaks_of_self, triage
from bot.knowledge.loader import HEADLINE_ENTRY, PERSONAL_TREATMENT_ENTRY
from bot.knowledge.model import CrisisResources, Entry, KnowledgeBase

MAX_QUESTION_CHARS = 600  # a context-menu message can be long; the start of it says what it is about


@dataclass(frozen=True)
class MatchPolicy:
    """When a match is good enough to answer, and which runners-up are worth offering."""

    answer_at: float = 58.0  # below this the bot declines rather than guess
    # A question with a word the FAQ never uses ("election", "server") and nothing tying it to lupus or CAR-T
    # is probably about something else: answer only a very close match.
    answer_unanchored_unknown_at: float = 80.0
    suggest_at: float = 40.0  # weaker matches may still be offered as "did you mean"
    close_call_margin: float = 15.0  # runners-up within this many points are offered beside the answer
    max_suggestions: int = 3


@dataclass(frozen=True)
class _Match:
    ranked: tuple[Ranked, ...]
    margin: float  # best score minus the threshold it had to reach
    reason: str  # "match", "weak", "off_topic", "empty"


_SENTENCE_END = re.compile(r"(?<=[?!.])\s+|\n+")
MAX_PARTS = 4


def question_parts(text: str) -> list[str]:
    """Split a long message into the whole and its question sentences: the question is often one of them."""
    parts = [text]
    if len(text) > 30:
        sentences = [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) > 3]
        if len(sentences) > 1:
            asked = [s for s in sentences if s.endswith("?")]
            if not sentences[-1].endswith((".", "!", "?")):
                asked.append(sentences[-1])  # a question typed without its question mark, at the end
            asked = asked or sentences[:1]
            parts.extend(asked[:MAX_PARTS])
    return parts


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
        self._entries: tuple[Entry, ...] = knowledge.entries
        self._index = QuestionIndex(indexed_entries(knowledge))
        self._personal = next((n for n, e in enumerate(self._entries) if e.id == PERSONAL_TREATMENT_ENTRY), None)
        self._examples = tuple(
            Suggestion(e.id, e.question, 0.0)
            for e in self._entries
            if e.id in ("lupus-cart", "is-it-a-cure", "side-effects", "availability", "what-is-car-t")
        ) or tuple(Suggestion(e.id, e.question, 0.0) for e in self._entries[:3])

    def answer(self, question: str) -> Answer:
        """Answer a question: crisis help, a doctor referral, the best entry, or an honest decline."""
        text = question[:MAX_QUESTION_CHARS]
        kind = triage(question)
        if kind is Triage.CRISIS:
            return compose_crisis(question, self.crisis)
        if kind is Triage.PERSONAL:
            personal = self.knowledge.entry(PERSONAL_TREATMENT_ENTRY)
            if personal is not None:
                return compose_entry(self.knowledge, personal, question=question, score=100.0, reason="personal")
        parts = question_parts(text)
        match = self._match(parts[0])
        if match.reason != "match" and len(parts) > 1:
            # The whole message did not match: maybe one of its sentences is the question.
            match = max((self._match(part) for part in parts), key=lambda m: m.margin)
        policy = self.policy
        if match.reason != "match":
            near = tuple(
                Suggestion(self._entries[r.entry].id, self._entries[r.entry].question, r.score)
                for r in match.ranked
                if r.score >= policy.suggest_at
            )
            return compose_no_match(
                question, reason=match.reason, suggestions=near[: policy.max_suggestions] or self._examples
            )
        best, *others = match.ranked
        runners_up = tuple(
            Suggestion(self._entries[r.entry].id, self._entries[r.entry].question, r.score)
            for r in others
            if r.score >= max(policy.suggest_at, best.score - policy.close_call_margin)
        )
        return compose_entry(
            self.knowledge,
            self._entries[best.entry],
            question=question,
            score=best.score,
            reason="match",
            suggestions=runners_up,
        )

    def _match(self, text: str) -> _Match:
        """Rank entries for one piece of text and decide whether the best one is good enough to answer."""
        query = self._index.resolve(text)
        if not query:
            return _Match((), -1000.0, "empty")
        words = {q.text for q in query} | {w for q in query for w, _ in q.matches}
        anchored = bool(words & DOMAIN_ANCHORS) or refers_to_subject(text)
        if words & OTHER_CONDITIONS and not anchored:
            return _Match((), -500.0, "off_topic")
        policy = self.policy
        threshold = policy.answer_at
        if not anchored and any(not q.known and len(q.text) >= 4 and q.text.isalpha() for q in query):
            threshold = policy.answer_unanchored_unknown_at
        if anchored:
            # On-topic questions: a word the FAQ doesn't know is likely a detail (a country, a name), not the subject.
            typical = self._index.typical_weight
            query = [q if q.known else replace(q, weight=min(q.weight, typical)) for q in query]
        ranked = tuple(self._index.rank(query, text, limit=policy.max_suggestions + 2))
        if self._personal is not None and not speaks_of_self(text):
            # "Are they still taking medication?" is about the patients in the study, not the asker's own care.
            ranked = tuple(r for r in ranked if r.entry != self._personal)
        ranked = ranked[: policy.max_suggestions + 1]
        if not ranked:
            return _Match((), -100.0, "weak")
        margin = ranked[0].score - threshold
        return _Match(ranked, margin, "match" if margin >= 0 else "weak")

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
            Suggestion(self._entries[r.entry].id, self._entries[r.entry].question[:100], r.score)
            for r in self._index.complete(partial[:100], limit=limit)
        ]

    @property
    def examples(self) -> tuple[Suggestion, ...]:
        """Return a few example questions the bot can answer."""
        return self._examples
