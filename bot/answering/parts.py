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
_CLAUSE_END = re.compile(r"\s*(?:[,;:]|\s-\s|\.\.+)\s*")
MIN_CLAUSE_WORDS = 3
_REQUEST = re.compile(r"\s*(?:please\s+)?(?:tell me|explain|describe|any\b|so\s+(?:what|how|is|are|does|can))", re.I)
_LEADING_ALSO = re.compile(r"^(?:and|also|plus|oh and|and also)\b[\s,]*", re.IGNORECASE)
# "...a new cell therapy that might be one. Is that true?": "that" after a verb or a preposition stands for what the
# sentence before said (not "that marker", "those people": a determiner names its own thing).
_POINTS_BACK = re.compile(
    r"\b(?:is|was|does|did|do|can|could|would|will|about|with|of|for|mess|affect|change|mean|means|cause|like|"
    r"happen|happens)\s+that\b",
    re.IGNORECASE,
)


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


def referent(text: str, part: str) -> str | None:
    """A question part from the sentence before it, when it points back at what that sentence said ("My cousin was
    in ICU with a fever reaction. Is that what happens with lupus patients too?"); None when it does not, or when
    nothing but another question comes before it."""
    position = text.find(part)
    before = sentences(text[: max(position, 0)])
    if position <= 0 or not before or before[-1].endswith("?") or not _POINTS_BACK.search(part):
        return None
    start = text.rfind(before[-1], 0, position)
    return text[start : position + len(part)] if start >= 0 else None


def _without_lead_in(sentence: str) -> str:
    """A sentence from where its question starts: "sorry if this is dumb but how does it work" -> "how does it
    work"; a sentence that starts with its question, or has no question word after a "but", is kept."""
    lead_in, *question = _LEAD_IN.split(sentence, maxsplit=1)
    return sentence if not question or _QUESTION_START.match(lead_in) else question[0].strip()


def clauses(parts: list[str]) -> list[str]:
    """The clauses of question parts that have several and that ask something ("please tell me this is a cure, im
    19 and i cant do this for the rest of my life"): where a story wraps the question in one sentence, the clause
    asking it can be matched alone. Clauses of fewer than three words, and parts of a single clause, give none."""
    found: list[str] = []
    for part in parts:
        pieces = [c.strip() for c in _CLAUSE_END.split(part) if len(c.split()) >= MIN_CLAUSE_WORDS]
        if len(pieces) > 1:  # only the clauses that ask: "im 19 and got told i have lupus" tells
            found.extend(c for c in pieces if _QUESTION_START.match(c) or _REQUEST.match(c) or c.endswith("?"))
    return found[:MAX_PARTS]
