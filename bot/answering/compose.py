"""Turn a decision (an entry, a decline, a crisis) into an Answer that always carries caveats and citations."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.answer import Answer, CitedSource, Reason, Status, Suggestion
from bot.knowledge.model import Entry, KnowledgeBase
from bot.knowledge.provenance import research_span, review_line

NOT_ADVICE = "Information, not medical advice"
_MARKER = re.compile(r"\[\d+\]")


def cite(knowledge: KnowledgeBase, entry: Entry) -> tuple[CitedSource, ...]:
    """Number an entry's citations as the [n] markers in its answer do."""
    cited = []
    for number, ref in enumerate(entry.citations, start=1):
        source = knowledge.source(ref.source_id)
        if source is None:  # the loader refuses unknown sources; this only guards hand-built knowledge
            continue
        cited.append(
            CitedSource(
                number,
                source.id,
                source.title,
                source.outlet,
                source.date,
                source.url,
                ref.quote,
                source.note,
                source.copy,
            )
        )
    return tuple(cited)


class _EntryAnswers:
    """What an answer with an entry says whatever the question (text, caveats, citations, related questions), kept
    per entry of the latest knowledge base: composed once, not on every answer."""

    def __init__(self) -> None:
        self._latest: tuple[KnowledgeBase | None, dict[str, tuple[Entry, Answer]]] = (None, {})

    def template(self, knowledge: KnowledgeBase, entry: Entry) -> Answer:
        latest = self._latest
        if latest[0] is not knowledge:
            latest = self._latest = (knowledge, {})
        found = latest[1].get(entry.id)
        if found is None or found[0] is not entry:
            found = latest[1][entry.id] = (entry, _entry_template(knowledge, entry))
        return found[1]


_ENTRY_ANSWERS = _EntryAnswers()


def compose_entry(
    knowledge: KnowledgeBase,
    entry: Entry,
    *,
    question: str,
    score: float,
    reason: Reason,
    suggestions: Sequence[Suggestion] = (),
) -> Answer:
    """Answer with one entry: its text with [n] markers, every caveat, numbered citations, related questions."""
    template = _ENTRY_ANSWERS.template(knowledge, entry)
    # dataclasses.replace would run Answer.__init__ over all its fields again (~7x slower, per answer); an Answer has
    # no __post_init__, so a copy of the template's fields with these four set is the same Answer.
    answer = object.__new__(Answer)
    vars(answer).update(vars(template), question=question, score=score, reason=reason, suggestions=tuple(suggestions))
    return answer


def _entry_template(knowledge: KnowledgeBase, entry: Entry) -> Answer:
    """An answer with the entry for no question in particular (`compose_entry` fills in the question's part)."""
    citations = cite(knowledge, entry)
    body = entry.answer.strip()
    if not _MARKER.search(body):
        body = f"{body} " + "".join(f"[{c.number}]" for c in citations)
    related = tuple(
        Suggestion(other.id, other.question, 0.0)
        for rid in entry.related
        if (other := knowledge.entry(rid)) is not None
    )
    reviewed = entry.reviewed.isoformat()
    span = research_span(knowledge)
    footer = " · ".join(
        part for part in (NOT_ADVICE, review_line(entry.reviewed, entry.review_due), span and f"covers {span}") if part
    )
    return Answer(
        question="",
        status=Status.ANSWERED,
        entry_id=entry.id,
        score=0.0,
        title=entry.question,
        body=body,
        caveats=tuple(c.text for c in knowledge.caveats) + entry.caveats,
        citations=citations,
        related=related,
        footer=footer,
        reviewed=reviewed,
        reason="entry",
    )


def declined(
    question: str, *, title: str, body: str, suggestions: Sequence[Suggestion], footer: str, reason: Reason
) -> Answer:
    """A decline (`Status.DECLINED`): no entry and no score, only what to ask instead."""
    return Answer(
        question=question,
        status=Status.DECLINED,
        entry_id=None,
        score=0.0,
        title=title,
        body=body,
        suggestions=tuple(suggestions),
        footer=footer,
        reason=reason,
    )


def compose_decline(question: str, *, reason: Reason, suggestions: Sequence[Suggestion]) -> Answer:
    """Decline honestly and say what the bot can answer instead."""
    body = (
        "I don't have an answer to that. I only answer questions about the early research on CAR-T cell "
        "therapy for lupus, from the articles and papers this FAQ cites, and I'd rather say so than guess."
    )
    if suggestions:
        body += " You could try one of these questions:"
    footer = f"{NOT_ADVICE} · for your own health, talk to your rheumatologist or care team"
    title = "I don't have that in the FAQ"
    return declined(question, title=title, body=body, suggestions=suggestions, footer=footer, reason=reason)
