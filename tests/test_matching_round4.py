"""Round-4 matching: a wrong guess of another language does not decline an English question the FAQ reads, and
words only the FAQ's answers use do not drown the word a question is about."""

from __future__ import annotations

import pytest

import bot.answering.engine as engine_module
from bot.answering import AnswerEngine
from bot.safety.screen import SafetyVerdict


@pytest.fixture
def guessed_italian(monkeypatch: pytest.MonkeyPatch) -> None:
    """The language guess says Italian for every message (as a near tie can)."""
    monkeypatch.setattr(engine_module, "screen", lambda _text: SafetyVerdict(None, "it"))


@pytest.mark.usefixtures("guessed_italian")
@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("what side effects did the lupus patients get, asking for my blog", "side-effects"),  # "blog" is unknown
        ("is car t a cure for lupus or is that wishful thinking", "is-it-a-cure"),
    ],
)
def test_an_english_question_the_faq_reads_is_answered_whatever_the_guess(
    message: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)


@pytest.mark.usefixtures("guessed_italian")
def test_a_message_mostly_of_words_the_faq_does_not_know_gets_the_other_language_reply(
    faq_engine: AnswerEngine,
) -> None:
    answer = faq_engine.answer("quanto costa la terapia car t")
    assert (answer.status, answer.reason) == ("no_match", "language")


def test_an_english_question_with_words_italian_shares_is_not_declined_as_another_language(
    faq_engine: AnswerEngine,
) -> None:
    assert faq_engine.answer("where do your facts come from").reason != "language"


def test_words_only_an_answer_uses_do_not_drown_the_subject_of_an_anchored_question(faq_engine: AnswerEngine) -> None:
    # "actually", "here" and "no" are filler or answer-only words: the question is what remission means
    answer = faq_engine.answer("what does remission actually mean here, does it mean no symptoms at all")
    assert (answer.status, answer.entry_id) == ("answered", "what-is-remission")
