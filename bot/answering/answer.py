"""The platform-neutral Answer: what to say, rendered later as a Discord embed, terminal text or JSON."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal

from bot.safety.screen import CrisisKind


class Status(StrEnum):
    """What a reply is. Each value is the external name: `ask --json`'s "status" and the stored counts' status."""

    ANSWERED = "answered"
    DECLINED = "no_match"  # a decline: the FAQ does not cover the question (external name kept: JSON and stored rows)
    CRISIS = "crisis"
    SUPPORT = "support"  # a pointer to support for someone distressed; neither counted nor stored


#: The statuses storage counts (a support reply is not counted).
COUNTED_STATUSES: Final = frozenset({Status.ANSWERED, Status.DECLINED, Status.CRISIS})

#: What the matcher concludes about one piece of text (the English engine's and the translated aliases'):
#: "match" (close enough to answer), "personal" (a doctor referral), "weak" (nothing close enough), "off_topic",
#: "empty" (no word to match).
MatchReason = Literal["match", "personal", "weak", "off_topic", "empty"]
#: Why a reply is what it is (`Answer.reason`, the JSON "reason"): a MatchReason, or "entry" (asked for by id),
#: "greeting", "other_disease" (CAR-T for another disease), "language" (not English), "crisis", "distress" (a
#: support reply).
Reason = Literal[MatchReason, "entry", "greeting", "other_disease", "language", "crisis", "distress"]


@dataclass(frozen=True)
class CitedSource:
    """A numbered citation as shown under an answer; `number` matches the [n] markers in the body."""

    number: int
    source_id: str
    title: str
    outlet: str
    date: str
    url: str | None
    quote: str | None
    note: str | None
    copy: str = "original"  # what the quoted text is: "original" | "rewritten" | "translated"


@dataclass(frozen=True)
class Suggestion:
    """Another entry worth offering: a runner-up, a related question, or an example question."""

    entry_id: str
    question: str
    score: float


@dataclass(frozen=True)
class Answer:
    """A reply to one question. Every `answered` reply carries the caveats and at least one citation."""

    question: str
    status: Status
    entry_id: str | None
    score: float
    title: str
    body: str
    reason: Reason
    caveats: tuple[str, ...] = ()
    citations: tuple[CitedSource, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = ()
    footer: str = ""
    reviewed: str | None = None
    also_asked: tuple[Suggestion, ...] = ()  # other questions in the same message that the FAQ answers
    language: str = "en"  # the reply's language (bot.i18n); translation "stale"/"missing": the entry text is English
    translation: str | None = None  # None (English), "reviewed", "pending", or why English is shown: "stale", "missing"
    notice: str = ""  # one line shown above the body, e.g. why the answer is in English
    crisis_kind: CrisisKind | None = None  # set when status is "crisis": a medical emergency or self-harm
    support: str = ""  # shown above the body: a gentle pointer to support when the asker sounds distressed

    def to_json(self) -> dict[str, object]:
        """Return the JSON shape of `python -m bot ask --json`."""
        return {
            "question": self.question,
            "status": self.status.value,
            "entry_id": self.entry_id,
            "score": round(self.score, 1),
            "title": self.title,
            "answer": self.body,
            "caveats": list(self.caveats),
            "citations": [
                {
                    "number": c.number,
                    "source": c.source_id,
                    "title": c.title,
                    "outlet": c.outlet,
                    "date": c.date,
                    "url": c.url,
                    "quote": c.quote,
                    "copy": c.copy,
                }
                for c in self.citations
            ],
            "suggestions": [
                {"entry_id": s.entry_id, "question": s.question, "score": round(s.score, 1)} for s in self.suggestions
            ],
            "related": [{"entry_id": s.entry_id, "question": s.question} for s in self.related],
            "also_asked": [{"entry_id": s.entry_id, "question": s.question} for s in self.also_asked],
            "footer": self.footer,
            "reason": self.reason,
            "language": self.language,
            "translation": self.translation,
            "notice": self.notice,
            "crisis_kind": self.crisis_kind,
            "support": self.support,
        }
