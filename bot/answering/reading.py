"""How a question's words are weighed before ranking: details (a place) weigh less, a named medicine is also a kind
of medication, and on topic a word the FAQ never uses is a detail, not the subject. Pure functions of one FAQ's
index and vocabulary."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.index import QueryToken, QuestionIndex
from bot.answering.normalise import Normaliser
from bot.answering.topics import Topics

MEDICINE_IS_MEDICATION = 0.7  # "did they stop hydroxychloroquine" asks about their medication


def reweigh(query: list[QueryToken], index: QuestionIndex, unknown_word_share: float) -> list[QueryToken]:
    """On topic, a word the FAQ doesn't know is likely a detail (a country, a name), not the subject."""
    typical = index.typical_weight * unknown_word_share
    return [
        q if any(index.phrased(w) for w, _ in q.matches) else replace(q, weight=min(q.weight, typical)) for q in query
    ]


def details(
    query: list[QueryToken], topics: Topics, index: QuestionIndex, normaliser: Normaliser, detail_share: float
) -> list[QueryToken]:
    """A place, or who the question is about ("my husband"), is a detail, not the subject; a named medicine is also a
    kind of medication."""
    detail = index.typical_weight * detail_share
    medication = normaliser.canonical_token("medication")
    out = []
    for q in query:
        if q.text in topics.places or q.text in topics.relatives:
            q = replace(q, weight=min(q.weight, detail))
        elif q.text in topics.kinds_of_medication and index.knows(medication) and q.text != medication:
            q = replace(q, matches=(*q.matches, (medication, MEDICINE_IS_MEDICATION)))
        out.append(q)
    return out


def never_used(word: str, index: QuestionIndex, besides: frozenset[str]) -> bool:
    """Say whether a word of a message is one the FAQ never uses, even misspelt (and not one of `besides`)."""
    if word in besides:
        return False
    query = index.resolve(word)
    return bool(query) and not any(q.known for q in query)
