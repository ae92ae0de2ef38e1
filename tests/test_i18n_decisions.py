"""Personal decisions in German, Spanish and French: which doctor referral a member gets, in their language."""

from __future__ import annotations

import re

import pytest

from bot.answering import AnswerEngine, Status
from bot.i18n.decisions import DecisionReading, stemmer
from bot.i18n.engine import MultilingualEngine
from bot.knowledge.loader import LoadResult

BARE_VERDICT = re.compile(r"^\W*(nein|no|non|ja|sí|si|oui|yes)\b", re.I)
# How each referral opens in each language (knowledge/translations/<lang>/entries/<id>.yaml).
OPENINGS = {
    ("de", "stopped-my-medicine"): "Bitte melde dich bald bei deinem Rheumatologen",
    ("es", "stopped-my-medicine"): "Por favor, habla pronto con tu reumatólogo",
    ("fr", "stopped-my-medicine"): "Contactez vite votre rhumatologue",
    ("de", "could-i-qualify"): "Nur ein Rheumatologe oder ein Studienteam",
    ("es", "could-i-qualify"): "Solo un reumatólogo o el equipo de un estudio",
    ("fr", "could-i-qualify"): "Seul un rhumatologue ou l'équipe d'une étude",
    ("de", "ask-about-car-t"): "Das ist eine gute Frage für deinen Rheumatologen",
    ("es", "ask-about-car-t"): "Es una buena pregunta para tu reumatólogo",
    ("fr", "ask-about-car-t"): "C'est une bonne question à poser à votre rhumatologue",
    ("de", "my-treatment"): "Bitte sprich mit deinem Rheumatologen",
    ("es", "my-treatment"): "Por favor, habla con tu reumatólogo",
    ("fr", "my-treatment"): "Parlez à votre rhumatologue",
}


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        # a change made already: a done word, or "no longer" near a verb of taking, said of oneself
        ("de", "Ich nehme mein Kortison seit Montag nicht mehr, was nun?", "stopped-my-medicine"),
        ("es", "Hace días que ya no tomo la hidroxicloroquina", "stopped-my-medicine"),
        ("fr", "J'ai déjà arrêté mon Imurel la semaine dernière", "stopped-my-medicine"),
        # the same verb, not yet done: a change to a medicine named
        ("fr", "J'arrête mon plaquenil ?", "my-treatment"),
        ("es", "¿Dejamos el metotrexato de nuestro hijo?", "my-treatment"),  # "dejamos": a form not listed
        # could I, or someone I care for, qualify or take part
        ("de", "Könnte mein Bruder an einer CAR-T-Studie teilnehmen?", "could-i-qualify"),
        ("fr", "Est-ce que je remplis les critères pour un essai CAR-T ?", "could-i-qualify"),
        # asking one's doctor, trying, travelling
        ("es", "¿Debería hablar con mi reumatólogo sobre CAR-T?", "ask-about-car-t"),
        ("de", "Frag ich meine Ärztin mal nach CAR-T?", "ask-about-car-t"),
    ],
)
def test_a_personal_decision_gets_the_referral_of_its_kind_in_the_language(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert answer.status == Status.ANSWERED, answer
    assert (answer.entry_id, answer.reason) == (entry, "personal")
    assert answer.translation in ("pending", "reviewed")  # the referral's own text in the language, not English
    assert answer.body.startswith(OPENINGS[language, entry])
    assert not BARE_VERDICT.match(answer.body)


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("fr", "J'ai lu que les patients ne prenaient plus de médicaments après. C'est vrai ?"),  # the patients did
        ("es", "Mi reumatóloga me habló de CAR-T, ¿cómo funciona?"),  # the doctor spoke; nobody asks a doctor
        ("de", "Ich wollte mal fragen, wie lange die Remission bei CAR-T gehalten hat"),  # asks the FAQ
    ],
)
def test_a_question_about_the_research_is_not_a_referral(
    multi: MultilingualEngine, language: str, question: str
) -> None:
    answer = multi.answer(question, language)
    assert answer.reason != "personal"
    assert answer.entry_id not in ("my-treatment", "stopped-my-medicine", "could-i-qualify", "ask-about-car-t")


def test_every_form_of_a_listed_verb_has_its_stem() -> None:
    assert {stemmer("es")(w) for w in ("dejar", "dejamos", "dejo")} == {"dej"}
    assert {stemmer("fr")(w) for w in ("arreter", "arrete", "arreterais")} == {"arret"}
    assert stemmer("it")("fermare") == "fermare"  # a language without a stemmer keeps the word


def test_a_done_word_in_french_needs_its_helper_verb(faq_load: LoadResult) -> None:
    reading = DecisionReading("fr", faq_load.knowledge.languages["fr"].lexicon)
    assert reading.done(reading.words("j'ai arrêté mon plaquenil"))
    assert not reading.done(reading.words("j'arrête mon plaquenil"))


@pytest.mark.parametrize(
    ("language", "question", "decides"),
    [
        # A decision phrase with one filler word inside it (Québec "-tu", "realmente") is still the phrase.
        ("fr", "ça vaut-tu la peine que j'y aille pour le car-t?", True),
        ("es", "¿vale realmente la pena que yo viaje para el car-t?", True),
        # Two words between its parts, or a word that is not filler, and it is not.
        ("fr", "ça vaut bien cher la peine que je me suis donnée", False),
        ("es", "vale su peso en oro la pena", False),
    ],
)
def test_a_decision_phrase_may_have_one_filler_word_inside(
    faq_load: LoadResult, language: str, question: str, decides: bool
) -> None:
    reading = DecisionReading(language, faq_load.knowledge.languages[language].lexicon)
    assert reading.decides(question, names_medicine=False) is decides
