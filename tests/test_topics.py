"""What a question is about: hellos, CAR-T for other diseases, other languages, long posts, several questions."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering import AnswerEngine
from bot.answering.covering import Coverage
from bot.answering.engine import MatchPolicy
from bot.answering.index import QueryToken, Ranked
from bot.answering.normalise import Normaliser
from bot.answering.topics import Topics
from bot.knowledge import LoadResult
from bot.knowledge.model import Entry


@pytest.mark.parametrize("message", ["hi", "hey bot", "good morning!", "testing 123", "thanks", "is this thing on"])
def test_a_greeting_gets_a_hello_and_examples(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason, answer.title) == ("no_match", "greeting", "Hello!")
    assert answer.body.startswith("Hi!") and "CAR-T" in answer.body
    assert answer.suggestions == faq_engine.examples and answer.citations == ()


def test_a_greeting_with_a_question_is_answered(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("hi, what is car-t?")
    assert (answer.status, answer.entry_id) == ("answered", "what-is-car-t")


@pytest.mark.parametrize(
    ("message", "disease"),
    [("does car-t work for lymphoma", "lymphoma"), ("car t success rate in myeloma", "myeloma")],
)
def test_car_t_for_another_disease_is_scoped_to_lupus(message: str, disease: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("no_match", "other_disease")
    assert f"CAR-T for {disease}" in answer.body and "for lupus" in answer.body
    assert answer.suggestions and all(s.entry_id for s in answer.suggestions)


@pytest.mark.parametrize(
    "message", ["does car-t cause lymphoma", "risk of leukemia from car t cells", "can car t trigger lymphoma later"]
)
def test_a_disease_car_t_may_cause_is_answered_by_the_secondary_cancer_entry(
    message: str, faq_engine: AnswerEngine
) -> None:
    """A blood cancer named as an outcome of CAR-T (caused_by_words) is the FAQ's question, not CAR-T for it."""
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", "secondary-cancer")
    assert "boxed warning" in answer.body


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("does car t help lupus nephritis", "lupus-nephritis"),
        ("how is car-t different from the rituximab i had", "other-lupus-drugs"),
        ("isn't car-t a cancer treatment? why use it for lupus", "cancer-therapy"),
    ],
)
def test_another_medicine_or_disease_next_to_the_subject_is_on_topic(
    message: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)


@pytest.mark.parametrize(
    "message", ["how does benlysta work", "what are the side effects of rituximab", "what is lymphoma"]
)
def test_another_medicine_or_disease_alone_is_declined(message: str, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(message).status == "no_match"


@pytest.mark.parametrize(
    "message",
    ["Quanto costa la terapia per il lupus?", "O que é a terapia CAR-T para lúpus?", "Czy terapia CAR-T leczy toczeń?"],
)
def test_another_language_is_told_which_languages_the_faq_answers_in(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("no_match", "language")
    assert "I can't answer in your language yet" in answer.body
    assert "this FAQ answers in English, German, Spanish and French." in answer.body
    assert [s.entry_id for s in answer.suggestions] == ["lupus-cart"]


def test_several_questions_answer_the_first_and_offer_the_others(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("what are the side effects and how much does it cost? also who did the research")
    assert answer.entry_id == "side-effects"
    assert [s.entry_id for s in answer.also_asked] == ["cost-manufacturing", "researchers"]
    assert not {s.entry_id for s in answer.suggestions} & {"cost-manufacturing", "researchers"}
    assert [a["entry_id"] for a in answer.to_json()["also_asked"]] == ["cost-manufacturing", "researchers"]  # type: ignore[index]


def test_a_long_post_is_answered_from_its_question_sentence(faq_engine: AnswerEngine) -> None:
    post = (
        "Hi all, newly diagnosed three months ago and still learning everything. My rheumatologist is great. "
        "People keep mentioning CAR-T in this server and my family keeps sending me articles about it. "
        "How is it actually given to patients? Thanks so much, this community has been lovely."
    )
    answer = faq_engine.answer(post)
    assert (answer.status, answer.entry_id) == ("answered", "how-is-it-given")


def test_slang_and_filler_leave_the_question_underneath(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("lowkey tbh is car t an actual cure for lupus or nah")
    assert (answer.status, answer.entry_id) == ("answered", "is-it-a-cure")


@pytest.mark.parametrize("message", ["can you do this math problem for me", "help me with my homework"])
def test_a_pronoun_alone_does_not_tie_trivia_to_the_subject(message: str, faq_engine: AnswerEngine) -> None:
    # "this" here is not CAR-T: nothing else in the message is something the FAQ's questions ask about.
    assert faq_engine.answer(message).status == "no_match"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("is it approved yet", "approval-status"), ("my sister says they give you chemo first, is that true?", None)],
)
def test_a_pronoun_next_to_what_the_faq_asks_about_is_on_topic(
    message: str, entry_id: str | None, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert answer.status == "answered"
    assert entry_id is None or answer.entry_id == entry_id


def test_a_clear_leader_under_the_line_is_answered_without_a_subject_word(faq_load: LoadResult) -> None:
    # "paper authors" names neither lupus nor CAR-T; under a line set high, it is still far ahead of the rest.
    strict = AnswerEngine(faq_load.knowledge, policy=MatchPolicy(answer_at=95.0))
    answer = strict.answer("paper authors")
    assert (answer.status, answer.entry_id) == ("answered", "researchers")
    # ...but a weak match barely ahead of the next one is not: then the bot offers choices instead.
    assert strict.answer("who wrote the study").status == "no_match"


# --------------------------------------------------------------------------- the new topics' own words (issue 10)


@pytest.mark.parametrize(
    "question",
    [
        "what is flu/cy",  # "flu" here is fludarabine, not influenza
        "is the flu cy regimen hard on the body",
        "what does lymphodepleting mean in plain words",
        "is the pre treatment chemo harsh",  # no subject word: the chemo before CAR-T ties it to this FAQ
        "will my hair fall out from the chemo part",
    ],
)
def test_the_chemo_before_car_t_is_read_in_patients_words(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", "conditioning-chemo")
    assert "fludarabine and cyclophosphamide" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        "does the flu shot help",
        "what is flu season",
        "how long does the chemo part of breast cancer treatment take",  # another condition named: not our chemo
        "is the chemo bit of leukemia treatment hard",
    ],
)
def test_flu_and_other_chemo_are_not_the_chemo_before_car_t(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("no_match", None)


@pytest.mark.parametrize(
    "question",
    [
        "im 16 with lupus, is car t something i could get one day",
        "our son is 16 and has really aggressive sle, has car t been tried on anyone his age",
    ],
)
def test_an_age_under_18_said_without_year_old_is_a_child(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", "children-teens")


def test_an_adult_age_is_not_a_child(faq_load: LoadResult) -> None:
    normaliser = Normaliser(faq_load.knowledge.lexicon)
    assert "child" in normaliser.tokens("my daughter is 15")
    assert "child" not in normaliser.tokens("im 27 and have lupus")
    assert "child" not in normaliser.tokens("i heard they treated 15 patients")


def test_a_topic_word_ties_a_question_only_without_another_condition(faq_load: LoadResult) -> None:
    normaliser = Normaliser(faq_load.knowledge.lexicon)
    topics = Topics(normaliser)
    assert "lymphodepletion" in topics.topic_words and "lymphodepletion" not in topics.anchors
    assert topics.anchored(set(normaliser.tokens("is the pre treatment chemo harsh")), "")
    assert not topics.anchored(set(normaliser.tokens("the chemo part of breast cancer care")), "")


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # close leaders: the one whose own phrasings use the telling words asked ("2024", "return") answers
        ("how long were people followed in the 2024 paper", "follow-up-2024"),
        ("what happens if lupus returns after the cells", "relapse"),
        ("what happens with the b cells after the treatment, do they come back and is that bad", "b-cells-return"),
        # ...and a leader whose phrasings hold them stands ("side effects" beats the chemo entry's "patients")
        ("what side effects did the patients have from car t", "side-effects"),
    ],
)
def test_of_close_leaders_the_one_whose_phrasings_use_the_telling_words_answers(
    question: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", entry_id)


def test_coverage_weighs_rare_words_and_needs_a_close_runner_up(faq_load: LoadResult) -> None:
    normaliser = Normaliser(faq_load.knowledge.lexicon)
    phrasings = ["remission patients", "remission patients 2024", *["patients"] * 6]
    entries = [Entry(f"e{n}", text, (), "", (), date(2026, 1, 1)) for n, text in enumerate(phrasings)]
    coverage = Coverage(entries, normaliser, frozenset(), MatchPolicy())
    query = faq_engine_query(normaliser, "remission patients 2024")
    close = (Ranked(0, 70.0), Ranked(1, 62.0))
    assert [r.entry_index for r in coverage.prefer(close, query)] == [1, 0]
    assert coverage.prefer(close, query)[0].score == 70.0  # at the leader's score: whether to answer is unchanged
    far = (Ranked(0, 70.0), Ranked(1, 55.0))  # more than covered_margin behind
    assert coverage.prefer(far, query) == far
    clear = (Ranked(0, 85.0), Ranked(1, 80.0))  # a clear leader stands
    assert coverage.prefer(clear, query) == clear
    common = faq_engine_query(normaliser, "remission patients")  # nothing telling the runner-up's phrasings add
    assert coverage.prefer(close, common) == close


def faq_engine_query(normaliser: Normaliser, text: str) -> list[QueryToken]:
    return [QueryToken(t, 1.0, ((t, 1.0),)) for t in normaliser.tokens(text)]


@pytest.mark.parametrize("question", ["how big is the cancer risk of car t for lupus", "could car t give her cancer"])
def test_a_cancer_given_or_risked_is_a_cancer_caused(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", "secondary-cancer")


@pytest.mark.parametrize("question", ["what is my cancer risk if i smoke", "does the sun give you cancer"])
def test_a_cancer_risk_without_the_subject_is_declined(question: str, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(question).entry_id is None


def test_a_place_is_no_telling_word_for_close_leaders(faq_engine: AnswerEngine) -> None:
    """'in germany' is in the first patient's phrasings; the 15 patients are the 2024 follow-up's."""
    answer = faq_engine.answer("what happened to the 15 patients treated in germany")
    assert (answer.status.value, answer.entry_id) == ("answered", "follow-up-2024")


@pytest.mark.parametrize(
    "question", ["can the chemo before car t leave you infertile", "does the chemo before car t stop you having kids"]
)
def test_the_chemo_taking_away_a_baby_is_a_fertility_question(question: str, faq_engine: AnswerEngine) -> None:
    """The chemo is what the question names; losing the chance of a baby is what it asks about."""
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", "fertility-pregnancy")


def test_infertility_from_another_condition_s_chemo_is_declined(faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer("does chemo for breast cancer make you infertile").entry_id is None


def test_a_joined_age_is_a_child(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("my 14yo has lupus can she get car t")
    assert (answer.status.value, answer.entry_id) == ("answered", "children-teens")


@pytest.mark.parametrize(
    ("question", "refers"),
    [
        ("is it safe to get pregnant while on warfarin", False),
        ("is it ok for me to take ibuprofen", False),
        ("is it a good idea to get a flu shot", False),
        ("is it safe", True),
        ("is it safe to get pregnant after it", True),
        ("is it going to work", True),
    ],
)
def test_the_it_of_is_it_safe_to_stands_for_what_follows(question: str, refers: bool) -> None:
    from bot.answering.topics import refers_to_subject

    assert refers_to_subject(question) is refers


def test_is_it_safe_to_with_another_medicine_and_no_subject_is_declined(faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer("is it ok to get pregnant on warfarin").status == "no_match"
    assert faq_engine.answer("is it safe to get pregnant after car t").entry_id == "fertility-pregnancy"


@pytest.mark.parametrize(
    "question",
    ["could it give me a second cancer", "odds of getting a blood cancer from car t", "car t and leukemia later on"],
)
def test_another_or_later_cancer_is_a_cancer_caused(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status, answer.entry_id) == ("answered", "secondary-cancer")
    assert "boxed warning" in answer.body


@pytest.mark.parametrize("question", ["what if the car t wears off", "what if the effect of car t runs out"])
def test_an_effect_wearing_off_is_asked_like_it_stopping_to_work(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert answer.entry_id in {"relapse", "follow-up-duration"}, answer.entry_id


def test_having_children_is_fertility_and_children_having_it_is_children(faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer("can i still have children after car t").entry_id == "fertility-pregnancy"
    assert faq_engine.answer("can minors have car t").entry_id == "children-teens"
    assert faq_engine.answer("how do kids get more sleep").status == "no_match"


@pytest.mark.parametrize(
    "question",
    ["if my son has it and his lupus returns, then what", "my daughter had car t, what if her lupus returns"],
)
def test_who_a_question_is_about_is_a_detail_not_what_it_asks(question: str, faq_engine: AnswerEngine) -> None:
    """A son named says who asks, not that the question is about children: the relapse entry answers."""
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", "relapse")


def test_an_age_word_still_asks_about_children(faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer("can a teenager get car t").entry_id == "children-teens"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("whats the likelihood of cancer from car t", "secondary-cancer"),  # odds, chances, likelihood: risk
        ("is there a database of lupus car t trials", "clinical-trials"),  # a website or database: a registry
        ("could car t give him lymphoma", "secondary-cancer"),  # a blood cancer given is a cancer caused
    ],
)
def test_everyday_words_for_the_new_topics_ideas(question: str, entry_id: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", entry_id)


@pytest.mark.parametrize(
    "question",
    [
        "isn't car t something they give leukemia patients",
        "what are the odds of rain tomorrow",
        "best website to learn python",
    ],
)
def test_the_new_everyday_words_do_not_overreach(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert answer.entry_id in ("cancer-therapy" if "leukemia" in question else None,)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what happens if the remission doesn't last", "relapse"),  # not lasting is stopping to work
        ("has anyone got cancer from the treatment", "secondary-cancer"),  # a cancer got from it is one it caused
        ("any recent developments", "newer-research"),  # developments, breakthroughs: updates
        ("do car t patients need cancer screening", "secondary-cancer"),  # screening, check-ups: monitoring
    ],
)
def test_ideas_said_in_other_words_reach_their_entry(question: str, entry_id: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("answered", entry_id)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how long does remission last", "follow-up-duration"),
        ("my cough doesn't last long", None),
        ("did you get a tumor from smoking", None),
        ("new developments in iphone", None),
        ("how often should i get breast cancer screening", None),
    ],
)
def test_those_words_keep_their_other_meanings(question: str, entry_id: str | None, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(question).entry_id == entry_id
