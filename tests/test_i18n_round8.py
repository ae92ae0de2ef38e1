"""Round 8 of the language matching, beyond German separable verbs: accent-less Spanish conditionals stem as their
verb, and taking part said in the first person is a decision to refer to the doctor."""

from __future__ import annotations

import pytest

from bot.answering import AnswerEngine, Status
from bot.i18n.engine import MultilingualEngine
from bot.i18n.stems import stemmer
from bot.knowledge.loader import LoadResult


@pytest.mark.parametrize(
    ("written", "verb"), [("aceptarian", "aceptar"), ("tomaria", "tomar"), ("pediriamos", "pedir")]
)
def test_a_spanish_conditional_without_its_accent_stems_as_its_verb(written: str, verb: str) -> None:
    stem = stemmer("es")
    assert stem(written) == stem(verb)


def test_a_spanish_noun_ending_in_ia_keeps_its_stem() -> None:
    assert stemmer("es")("terapia") == stemmer("es")("terapias")


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "mi hermano tiene lupus, ¿lo apunto a un ensayo de car-t?"),  # first-person "-o" of a joining verb
        ("fr", "ma fille a un lupus, je l'inscris dans une étude car-t ?"),  # "je" just before the joining verb
        ("es", "Mi madre tiene lupus, ¿la aceptarían para el car-t?"),  # eligibility, any form of "aceptar"
    ],
)
def test_taking_part_by_ones_own_hand_gets_the_doctor_referral(
    multi: MultilingualEngine, language: str, question: str
) -> None:
    answer = multi.answer(question, language)
    assert answer.status == Status.ANSWERED
    assert answer.reason == "personal", (answer.entry_id, answer.reason)
    assert answer.entry_id in ("ask-about-car-t", "could-i-qualify")


def test_the_patients_taking_part_is_not_a_decision(multi: MultilingualEngine) -> None:
    answer = multi.answer("¿cuántos pacientes participaron en el ensayo de car-t?", "es")
    assert answer.reason != "personal"
