"""Round 9 of the language matching, German: the auxiliary and modal verbs in every form, spoken forms, a slip that
keeps its first letter, and "Kinder bekommen" as having children."""

from __future__ import annotations

import pytest

from bot.answering import AnswerEngine, Status
from bot.i18n.engine import MultilingualEngine
from bot.i18n.german import variants
from bot.i18n.normalise import language_tokens
from bot.knowledge.loader import LoadResult
from bot.knowledge.translation_model import LanguageLexicon

# Folded, as the loader folds a lexicon; a few auxiliary forms listed as filler, as the German lexicon lists them.
LEXICON = LanguageLexicon(
    stopwords=frozenset({"ihr", "du", "ich", "das", "die", "ist", "woher", "haben", "werden", "hast", "kann"}),
    synonyms={"quellen": "source", "zugelassen": "approved", "kriegen": "get", "herstellen": "made"},
)


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("habt", "haben"),  # every form of an auxiliary stands for its verb's other forms
        ("worden", "werden"),
        ("muesst", "muss"),
        ("haste", "hast"),  # the "du" run into the verb
        ("kannste", "kannst"),
        ("isses", "ist"),  # "ist es"
        ("nehm", "nehme"),  # the first person without its -e
    ],
)
def test_a_german_word_has_the_forms_its_grammar_gives_it(word: str, form: str) -> None:
    assert form in variants(word)


def test_should_is_no_auxiliary_filler() -> None:
    assert not any(variants(form) and "sollen" in variants(form) for form in ("soll", "sollte", "solltet"))


@pytest.mark.parametrize(
    ("question", "tokens"),
    [
        ("Woher habt ihr die Quellen?", ("source",)),  # "habt" no longer a word the FAQ never uses
        ("ist das zugelassen worden", ("approved",)),
        ("krieg ich das", ("get",)),  # a listed verb, spoken without its -e
    ],
)
def test_an_auxiliary_form_is_filler_and_a_spoken_form_is_read(question: str, tokens: tuple[str, ...]) -> None:
    assert language_tokens("de", question, LEXICON) == tokens


def test_a_slip_keeps_its_first_letter() -> None:
    # "vorstellen" (to imagine) is two letters from "herstellen" (to make) but is no slip of it.
    assert "made" not in language_tokens("de", "vorstellen", LEXICON)
    assert "made" in language_tokens("de", "herstelen", LEXICON)  # one letter left out


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Was habt ihr für Quellen benutzt?", "sources"),
        ("Seid ihr ein Bot, speichert ihr meine Nachrichten?", "about-bot"),
        ("Kann man mit Lupus nach CAR-T noch Kinder bekommen?", "fertility-pregnancy"),  # not children-teens
    ],
)
def test_round_9_german_questions_are_answered(multi: MultilingualEngine, question: str, entry: str) -> None:
    answer = multi.answer(question, "de")
    assert (answer.status, answer.entry_id) == (Status.ANSWERED, entry)
