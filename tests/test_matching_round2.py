"""Round-2 matching: slips in synonyms, medicines the FAQ speaks of, close calls settled by a second scorer."""

from __future__ import annotations

import math
from types import MappingProxyType

import pytest

from bot.answering import AnswerEngine
from bot.answering.close_calls import CloseCalls, MatchPolicy
from bot.answering.documents import EntryDocuments
from bot.answering.index import IndexedEntry, QuestionIndex
from bot.answering.normalise import Normaliser
from bot.knowledge.lexicon import Lexicon


def test_a_slip_in_a_synonym_is_read_as_the_word_it_stands_for() -> None:
    lexicon = Lexicon(synonyms=MappingProxyType({"administered": "given"}))
    entries = [IndexedEntry("given", ("how is it given",), "As one infusion."), IndexedEntry("x", ("other",), "y")]
    index = QuestionIndex(entries, Normaliser(lexicon))
    (token,) = index.resolve("adminstered")  # not a word of the FAQ, one slip from a synonym of one
    assert token.matches == (("given", 0.85),)
    assert index.rank(index.resolve("how is it adminstered"), "how is it adminstered")[0].entry_index == 0


def test_a_negating_prefix_reads_as_the_word_it_negates() -> None:
    lexicon = Lexicon(synonyms=MappingProxyType({"safe": "risk"}))
    entries = [IndexedEntry("fertility", ("fertility",), "Not known."), IndexedEntry("risk", ("risks",), "Mild.")]
    index = QuestionIndex(entries, Normaliser(lexicon))
    (infertile,) = index.resolve("infertile")
    assert infertile.known and infertile.matches[0][0].startswith("fertil")
    (unsafe,) = index.resolve("unsafe")  # "safe" is a synonym of "risk"
    assert unsafe.matches == (("risk", 0.7),)
    (insist,) = index.resolve("insist")  # "sist" is no word of the FAQ
    assert not insist.known


def test_the_second_scorer_reads_the_whole_entry_answer_included() -> None:
    lexicon = Lexicon()
    texts = [
        "what is the conditioning chemo? Fludarabine is given before the infusion.",
        "what are the side effects? Mild fevers.",
        "what is lupus? A disease of the immune system.",
    ]
    documents = EntryDocuments(texts, Normaliser(lexicon))
    assert documents.leader([("fludarabin", 1.0)]) == (0, math.inf)  # a word only in the first answer
    best = documents.leader([("fever", 1.0), ("chemo", 0.5)])
    assert best is not None and best[0] == 1 and best[1] > 1
    assert documents.leader([("unknownword", 1.0)]) is None


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("how is car t adminstered", "how-is-it-given"),  # a slip in a synonym of "given"
        ("is hydroxychloroquine still recommended?", "current-treatments"),  # a medicine an entry asks about
        ("why do they target b cells and not something else", "b-cells"),  # a close call both scorers agree on
        ("is car t unsafe", "side-effects"),  # a negated synonym of "risk"
        ("why do you need chemotherapy if it's a cell therapy", "conditioning-chemo"),  # "therapy" names it
        ("does anybody relapse after cell therapy", "relapse"),  # "anybody" is filler like "anyone"
    ],
)
def test_round_two_mechanisms_answer_the_right_entry(message: str, entry_id: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)
    assert answer.caveats and answer.citations


@pytest.mark.parametrize(
    "message",
    [
        "what does css stand for",  # a short word the FAQ never uses is what it is about
        "is hydroxychloroquine safe to take with alcohol",  # no entry asks that of the medicine
        "what is rituximab",  # a medicine alone
        "can you recommend a good lupus-friendly sunscreen brand",  # names the subject, no entry agrees
    ],
)
def test_round_two_mechanisms_still_decline(message: str, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(message).status == "no_match"


@pytest.mark.parametrize(
    ("message", "referred"),
    [
        ("can you help with my homework", False),  # a personal question about something else than health care
        ("could my sister qualify", True),  # "sister" is no word of the FAQ, but who decides
        ("should i sign up for the trial in my city", True),  # an unknown word beside more words of the FAQ
        ("am i eligible", True),
        ("could car t help my lupus", True),
    ],
)
def test_a_personal_decision_is_one_about_health_care(message: str, referred: bool, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.reason == "personal") is referred
    if not referred:
        assert answer.status == "no_match"


def test_an_entry_whose_answer_uses_every_word_asked_answers_when_no_phrasing_matches() -> None:
    normaliser = Normaliser(Lexicon())
    texts = [
        "what is the study? Five patients; one had pneumonia after the infusion.",
        "what are the side effects? Mild fevers after the infusion.",
        "what is lupus? A disease of the immune system.",
    ]
    close_calls = CloseCalls(EntryDocuments(texts, normaliser), MatchPolicy(), frozenset({"lupus"}), frozenset())
    index = QuestionIndex([IndexedEntry(str(n), (t.split("?")[0],), t) for n, t in enumerate(texts)], normaliser)
    every = frozenset({0, 1, 2})
    query = index.resolve("pneumonia")
    assert close_calls.from_documents(query, named=True, allowed=every) == 0  # "pneumonia" is only in answer 0
    assert close_calls.from_documents(query, named=False, allowed=every) is None  # the subject must be named
    assert close_calls.from_documents(query, named=True, allowed=frozenset({1, 2})) is None  # a referral, say
    assert close_calls.from_documents(index.resolve("pneumonia homework"), named=True, allowed=every) is None
