"""Round-4 matching: a wrong guess of another language does not decline an English question the FAQ reads; words
only the FAQ's answers use do not drown the word a question is about; the learned classifier settles questions tied
to the subject that the alias index declines, and off-topic questions stay declined."""

from __future__ import annotations

import math
from types import MappingProxyType

import pytest

import bot.answering.engine as engine_module
from bot.answering import AnswerEngine
from bot.answering.close_calls import MatchPolicy
from bot.answering.entry_classifier import EntryClassifier
from bot.answering.normalise import Normaliser
from bot.knowledge.lexicon import Lexicon
from bot.knowledge.loader import LoadResult
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


ENTRIES = [
    (("does it affect fertility", "can i have children afterwards"), "Fertility was not studied."),
    (("how is it made", "who makes the cells"), "In a lab, from your own cells."),
    (("what is lupus", "is lupus common"), "A disease of the immune system."),
]


FILLER = Lexicon(words=MappingProxyType({"filler_words": frozenset("a can does i is it me the who will".split())}))


def test_the_classifier_reads_word_forms_the_normaliser_does_not_unify() -> None:
    classifier = EntryClassifier(ENTRIES, Normaliser(FILLER))
    opinion = classifier.opinion("will it leave me infertile")  # "infertile" shares most of its pieces
    assert opinion is not None
    assert opinion.entry_index == 0
    assert 0 < opinion.lead <= opinion.similarity <= 1
    assert not opinion.specific  # no word of the question is one the entry's phrasings use
    assert classifier.opinion("zzz qqq") is None  # nothing of it is known


def test_a_word_most_of_whose_phrasings_are_one_entrys_makes_a_question_specific_to_it() -> None:
    classifier = EntryClassifier(ENTRIES, Normaliser(FILLER), unspecific=frozenset({"lupus"}))
    fertility = classifier.opinion("is fertility affected")
    assert fertility is not None
    assert (fertility.entry_index, fertility.specific) == (0, True)
    lupus = classifier.opinion("lupus")  # the subject itself is specific to no entry
    assert lupus is not None
    assert (lupus.entry_index, lupus.specific) == (2, False)


CD19_QUESTION = "so whats this cd19 thing everyone on the forum keeps going on about"


def test_a_rare_entry_term_among_words_the_faq_does_not_know_is_answered(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(CD19_QUESTION)
    assert (answer.status, answer.entry_id) == ("answered", "cd19")
    assert answer.caveats
    assert answer.citations


def test_it_is_the_classifier_that_settles_it(faq_load: LoadResult) -> None:
    never = MatchPolicy(opinion_agrees_at=math.inf, opinion_alone_at=math.inf)
    answer = AnswerEngine(faq_load.knowledge, policy=never).answer(CD19_QUESTION)
    assert (answer.status, answer.reason) == ("no_match", "weak")


@pytest.mark.parametrize(
    "message",
    [
        "can i dye my hair after car t",
        "is lupus worse in the summer heat",
        "is car t covered by my employer's dental plan",
        "how do i cook rice",
        "is car t halal",  # the subject and a word the FAQ does not know: about nothing the FAQ says
        "what does car t smell like",
        "is it safe to drink alcohol",  # tied to the subject by a pronoun only
        "can it cause a headache",
    ],
)
def test_questions_the_faq_does_not_answer_stay_declined(message: str, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(message).status == "no_match"


@pytest.mark.parametrize(("brand", "generic"), [("imuran", "azathioprine"), ("mabthera", "rituximab")])
def test_the_lexicon_reads_a_brand_name_as_its_generic_medicine(brand: str, generic: str, faq_load: LoadResult) -> None:
    canonical = Normaliser(faq_load.knowledge.lexicon).canonical_token
    assert canonical(brand) == canonical(generic)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("is car t stronger than the cytoxan infusions i had", "other-lupus-drugs"),  # cyclophosphamide
        ("would car t let me come off prograf", "my-treatment"),  # tacrolimus: a decision about one's medicine
    ],
)
def test_a_medicine_named_by_its_brand_is_that_medicine(message: str, entry_id: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("so does that mean lupus is cured now", "is-it-a-cure"),  # the alias index leans to what lupus is
        ("what happened to their autoantibodies", "autoantibodies"),  # ... to the results in general
    ],
)
def test_a_close_answer_the_classifier_clearly_places_elsewhere_by_a_word_of_that_entry_is_reconsidered(
    message: str, entry_id: str, faq_load: LoadResult
) -> None:
    answer = AnswerEngine(faq_load.knowledge).answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)
    # (nor close leaders' coverage of the words asked, covering.Coverage, which also prefers "autoantibodies")
    never = AnswerEngine(faq_load.knowledge, policy=MatchPolicy(reconsider_below=0.0, covered_below=0.0)).answer(
        message
    )
    assert never.status == "answered"
    assert never.entry_id != entry_id  # without the reconsidering the alias index's leader answers


def test_a_clear_answer_is_not_reconsidered(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("has lupus finally been cured then")
    assert (answer.entry_id, answer.score >= MatchPolicy().reconsider_below) == ("is-it-a-cure", True)
