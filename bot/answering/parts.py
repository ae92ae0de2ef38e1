"""Find the question(s) in a message: a long post's question sentence, several questions asked at once."""

from __future__ import annotations

import re

MAX_PARTS = 4
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+|\n+")
# "what are the side effects and how much does it cost": a second question joined by "and", "also", "or".
_JOINED_QUESTION = re.compile(
    r"[,;]?\s+(?:and|also|plus|or|&)\s+(?:also\s+)?"
    r"(?=(?:what|whats|how|is|are|does|do|did|can|could|will|would|who|when|where|why|which|should)\b)",
    re.IGNORECASE,
)
# "the remission sounds great but how long has it held up": what comes before a "but" that a question follows is
# a lead-in; the question is what follows it (the lead-in stays as the context of the question). A comma is no
# such sign: "chemo first, is that true?" asks about what comes before it.
_LEAD_IN = re.compile(
    r"[,;]?\s+but\s+"
    r"(?=(?:what|whats|how|is|are|does|do|did|can|could|will|would|why|should)\b(?!\s+not\b|n?'t\b))",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"\s*(?:what|whats|how|is|are|does|do|did|can|could|will|would|who|when|where|why|which|should)\b", re.IGNORECASE
)
_LEADING_ALSO = re.compile(r"^(?:and|also|plus|oh and|and also)\b[\s,]*", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """Split a message into sentences (at . ! ? and line breaks), dropping fragments of three characters or less."""
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) > 3]


def question_parts(text: str) -> list[str]:
    """Return the questions a message asks, in order: question sentences, split where a second one is joined on.

    A message with a single question (or none recognisable) gives at most one part; the caller matches the
    whole message too.
    """
    found = sentences(text)
    if not found:
        return []
    asked = [s for s in found if s.endswith("?")]
    if not found[-1].endswith((".", "!", "?")) and found[-1] not in asked:
        asked.append(found[-1])  # a question typed without its question mark, at the end
    if not asked:
        asked = found[:1] if len(found) == 1 else []
    parts: list[str] = []
    for sentence in asked:
        for clause in _JOINED_QUESTION.split(_without_lead_in(sentence)):
            clause = _LEADING_ALSO.sub("", clause.strip())
            if len(clause) > 3:
                parts.append(clause)
    return parts[:MAX_PARTS]


def _without_lead_in(sentence: str) -> str:
    """A sentence from where its question starts: "sorry if this is dumb but how does it work" -> "how does it
    work"; a sentence that starts with its question, or has no question word after a "but", is kept."""
    lead_in, *question = _LEAD_IN.split(sentence, maxsplit=1)
    return sentence if not question or _QUESTION_START.match(lead_in) else question[0].strip()
