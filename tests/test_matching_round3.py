"""Round-3 matching: everyday words do not make a question one about this FAQ; a lead-in before "but" is not the
question."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from bot.answering import AnswerEngine
from bot.answering.close_calls import CloseCalls, MatchPolicy
from bot.answering.covering import Covering
from bot.answering.documents import EntryDocuments
from bot.answering.index import IndexedEntry, QuestionIndex, Ranked
from bot.answering.normalise import Normaliser
from bot.answering.parts import question_parts
from bot.answering.topics import Topics
from bot.answering.typos import TypoReader
from bot.knowledge.lexicon import Lexicon


def test_a_question_whose_known_words_are_all_everyday_words_is_everyday() -> None:
    lexicon = Lexicon(words=MappingProxyType({"everyday_words": frozenset({"time", "outside"})}))
    topics = Topics(Normaliser(lexicon))
    time = Normaliser(lexicon).canonical_token("time")
    assert topics.everyday_only([{time}])
    assert not topics.everyday_only([{time}, {"infusion"}])  # one word about something else is enough
    assert not topics.everyday_only([{time, "infusion"}])  # a typo that may also be another word of the FAQ
    assert not topics.everyday_only([])  # no known word: other rules decide


@pytest.mark.parametrize("message", ["what time is it", "what is it like outside", "what day is it today"])
def test_everyday_questions_are_declined_even_if_an_alias_uses_the_word(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("no_match", "off_topic")
    assert answer.suggestions  # a decline still offers questions the FAQ can answer


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("is it a one time treatment", "how-is-it-given"),  # the alias itself: "one-time" is about the therapy
        ("is car t a one time thing", "how-is-it-given"),  # an everyday word beside the subject
        ("is it offered outside research", "availability"),
    ],
)
def test_everyday_words_beside_the_subject_still_answer(message: str, entry_id: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)


def test_the_question_after_a_lead_in_and_but_is_what_is_asked() -> None:
    assert question_parts("sorry for the dumb question but how does car t work") == ["how does car t work"]
    assert question_parts("it works but is it safe? and how much") == ["is it safe?", "how much"]
    # a sentence that starts with its question keeps its "but"; a "but" with no question after it is no lead-in
    assert question_parts("is it safe but expensive") == ["is it safe but expensive"]
    assert question_parts("i read it but did not understand") == ["i read it but did not understand"]
    assert question_parts("i read it but can't follow") == ["i read it but can't follow"]


@pytest.mark.parametrize(
    "message",
    [
        "can you get leukemia from car t",  # "from" is filler for matching, yet says where it comes from
        "did the fda warn about lymphoma after car t",  # a disease after CAR-T is an outcome of it
        "can car-t therapy lead to cancer",  # "lead to" means cause
    ],
)
def test_a_cancer_that_comes_of_car_t_is_the_secondary_cancer_question(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", "secondary-cancer")
    assert "boxed warning" in answer.body


@pytest.mark.parametrize("message", ["does car t work for lymphoma", "car t for myeloma after chemo failed"])
def test_car_t_used_for_another_disease_still_gets_the_scoped_reply(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("no_match", "other_disease")


def test_the_entries_texts_choose_among_close_calls_when_no_phrasing_answers() -> None:
    normaliser = Normaliser(Lexicon())
    texts = [
        "how is it made? In a lab, from the patient's own cells.",
        "does it affect fertility? Not known: infertility was not studied. Ask before a pregnancy.",
        "what is lupus? A disease of the immune system.",
    ]
    documents = EntryDocuments(texts, normaliser)
    close_calls = CloseCalls(documents, MatchPolicy(), frozenset({"lupus"}), frozenset())
    index = QuestionIndex([IndexedEntry(str(n), (t.split("?")[0],), t) for n, t in enumerate(texts)], normaliser)
    query = index.resolve("make infertility")
    ranked = (Ranked(0, 56.0), Ranked(1, 47.0), Ranked(2, 10.0))
    assert close_calls.documents_choice(ranked, query, named=True) == 1  # the texts prefer the runner-up
    assert close_calls.documents_choice(ranked, query, named=False) is None  # the subject must be named
    assert close_calls.documents_choice((Ranked(0, 56.0), Ranked(1, 30.0)), query, named=True) is None  # too far


def test_a_close_call_the_entries_texts_clearly_prefer_is_answered(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("does car t make you infertile")
    assert (answer.status, answer.entry_id) == ("answered", "fertility-pregnancy")


def test_two_words_typed_apart_read_as_the_one_word_the_faq_uses() -> None:
    reader = TypoReader(["autoantibody", "chemotherapy", "is", "it"])
    canonical = Normaliser(Lexicon()).canonical_token
    assert reader.rejoin(["what", "auto", "antibody"], canonical) == ["what", "autoantibody"]
    assert reader.rejoin(["chemo", "therapy", "harsh"], canonical) == ["chemotherapy", "harsh"]
    assert reader.rejoin(["is", "it"], canonical) == ["is", "it"]  # short words never join


def test_a_split_word_answers_like_the_word(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("what are auto antibodys")  # "auto" and "antibody" are both words of the FAQ
    assert (answer.status, answer.entry_id) == ("answered", "autoantibodies")


def test_an_alias_about_another_subject_word_matches_less_than_one_about_none() -> None:
    words = {"subject_words": frozenset({"lupus", "autoantibody"}), "implied_subject": frozenset({"lupus"})}
    normaliser = Normaliser(Lexicon(words=MappingProxyType(words)))
    entries = [
        IndexedEntry("autoantibodies", ("did autoantibodies go away",), "They dropped."),
        IndexedEntry("results", ("did symptoms go away",), "Yes, in all five."),
        IndexedEntry("lupus", ("what is lupus",), "A disease."),
    ]
    index = QuestionIndex(entries, normaliser)

    def lead(question: str) -> float:
        first, second = index.rank(index.resolve(question), question)[:2]
        assert entries[first.entry_index].entry_id == "results"
        return first.score - second.score

    # Naming lupus, the question is not about autoantibodies: the alias about them falls further behind.
    assert lead("did their lupus go away") > lead("did it go away") + 1


def test_their_lupus_going_away_is_the_results_question(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("did their lupus go away")
    assert (answer.status, answer.entry_id) == ("answered", "results")


@pytest.mark.parametrize("message", ["my 12 year old has sle, can she get car t", "is car t an option for a 15 yo"])
def test_an_age_under_eighteen_is_a_child(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", "children-teens")  # not the 20-year-old first patient


def test_an_entry_whose_answer_says_what_is_asked_of_a_medicine_in_one_sentence_covers_it() -> None:
    words = {
        "medicines": frozenset({"cyclophosphamide", "belimumab"}),
        "filler_words": frozenset({"is", "it", "of", "on", "the", "with"}),
        "question_words": frozenset({"does", "how", "why"}),
    }
    normaliser = Normaliser(Lexicon(words=MappingProxyType(words)))
    entries = [
        IndexedEntry("chemo", ("is cyclophosphamide part of it",), "Cyclophosphamide is given before the infusion."),
        IndexedEntry("drugs", ("how does it compare with belimumab",), "Belimumab acts on B cells. It works slowly."),
    ]
    index = QuestionIndex(entries, normaliser)
    covering = Covering(index, [e.answer for e in entries], normaliser, Topics(normaliser))

    def covered(question: str) -> frozenset[int]:
        query = index.resolve(question)
        return covering.entries({w for q in query for w, _ in q.matches} | {q.text for q in query}, query)

    assert covered("why cyclophosphamide before the infusion") == {0}  # one sentence says both
    assert covered("does belimumab work") == frozenset()  # "works" is in another sentence than belimumab
    assert covered("belimumab") == frozenset()  # a medicine alone


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("why cyclophosphamide before the infusion", "conditioning-chemo"), ("how does benlysta work", None)],
)
def test_a_medicine_named_alone_is_answered_only_by_an_entry_saying_what_is_asked(
    message: str, entry_id: str | None, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert answer.entry_id == entry_id
    assert answer.status == ("answered" if entry_id else "no_match")


def test_a_tumour_is_a_cancer(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("can car t cause tumours later")
    assert (answer.status, answer.entry_id) == ("answered", "secondary-cancer")


def test_a_year_the_faq_uses_weighs_like_a_word_and_other_numbers_little() -> None:
    normaliser = Normaliser(Lexicon())
    entries = [IndexedEntry("new", ("what did the 2024 paper find",), "More."), IndexedEntry("x", ("5 cats",), "y")]
    index = QuestionIndex(entries, normaliser)
    assert index.weight("2024") > 2 * index.weight("5")  # both used once by the FAQ
    assert index.weight("2024") == index.weight("paper")


def test_a_year_names_the_study_asked_about(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("did the 2024 study find anything new")
    assert (answer.status, answer.entry_id) == ("answered", "follow-up-2024")


def test_so_far_is_filler(faq_engine: AnswerEngine) -> None:
    # "far" is a word of the FAQ's answers only ("limited effect so far"): it must not dilute the question
    answer = faq_engine.answer("how many people have been treated so far")
    assert (answer.status, answer.entry_id) == ("answered", "the-study")
