"""Round-3 matching in German, Spanish and French: the English reading of a question (bot/i18n/bridge.py), a long
post's question sentence, and what is (and is not) a personal decision."""

from __future__ import annotations

import pytest

from bot.answering import AnswerEngine
from bot.i18n.bridge import EnglishReading
from bot.i18n.engine import MultilingualEngine
from bot.i18n.normalise import language_tokens
from bot.knowledge.loader import LoadResult


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


@pytest.fixture(scope="module")
def reading(faq_load: LoadResult) -> EnglishReading:
    return EnglishReading(faq_load.knowledge)


def test_the_english_reading_keeps_meanings_and_loanwords_and_drops_other_words(reading: EnglishReading) -> None:
    # "Beschwerden" is the lexicon's symptom, "Myositis" a word the English FAQ uses; "neulich" is neither.
    assert reading.gloss("de", "Welche Beschwerden hat man neulich bei Myositis?").split() == [
        "which",
        "symptom",
        "myositis",
    ]


def test_a_question_mostly_unread_as_english_gets_no_english_reading(reading: EnglishReading) -> None:
    assert reading.gloss("es", "¿Qué tiempo hace en Madrid?") == ""  # only the question word is read
    assert reading.gloss("es", "cuanto son 3 mas 4") == ""  # numbers say nothing about what is asked


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        # The translations of these entries have a question and five aliases; the English entry's many phrasings
        # and its answer hold these words.
        ("de", "Welche Beschwerden hat man bei Lupus?", "lupus-symptoms"),
        ("fr", "Quels sont les signes du lupus ?", "lupus-symptoms"),
    ],
)
def test_words_only_the_english_faq_uses_answer_through_the_english_reading(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id, answer.language) == ("answered", entry, language)


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("de", "was ist 3 plus 4"),
        ("fr", "tu as une recette de gâteau"),  # 'recette' is no slip for 'récente'
        ("de", "Wie ändere ich mein Passwort im Forum?"),  # 'ändern' is a decision word, but not about care
        ("fr", "Comment je modifie mon avatar sur le forum ?"),
    ],
)
def test_off_topic_questions_stay_declined(multi: MultilingualEngine, language: str, question: str) -> None:
    assert multi.answer(question, language).status == "no_match"


def test_asking_oneself_is_no_decision(multi: MultilingualEngine) -> None:
    wondering = multi.answer("Ich frage mich, ob CAR-T auch bei Myositis hilft", "de")
    assert (wondering.reason, wondering.entry_id) == ("match", "other-autoimmune-diseases")
    deciding = multi.answer("Ich frage mich, ob ich mein Cortison absetzen soll", "de")
    assert (deciding.reason, deciding.entry_id) == ("personal", "my-treatment")


def test_a_doctor_named_in_passing_does_not_make_a_question_a_referral(multi: MultilingualEngine) -> None:
    answer = multi.answer("Mi médico me habló del CAR-T. ¿Cuáles son los riesgos?", "es")
    assert (answer.reason, answer.entry_id) == ("match", "side-effects")


def test_a_long_post_is_answered_by_its_question_sentence(multi: MultilingualEngine) -> None:
    post = (
        "Hola a todos. Tengo lupus desde hace años y leo mucho sobre esto, mis amigas también. "
        "¿Cuánto tiempo duró la remisión?"
    )
    answer = multi.answer(post, "es")
    assert (answer.status, answer.entry_id) == ("answered", "follow-up-duration")


def test_a_pronoun_joined_to_a_verb_leaves_the_decision_word(multi: MultilingualEngine) -> None:
    # "dejarla" is "dejar" + "la": with "tomo" (I take) and a medicine it is one's own decision.
    answer = multi.answer("tomo prednisona, ¿puedo dejarla ya?", "es")
    assert (answer.reason, answer.entry_id) == ("personal", "my-treatment")


def test_a_german_feminine_form_meets_the_other_forms(faq_load: LoadResult) -> None:
    lexicon = faq_load.knowledge.languages["de"].lexicon
    read = [language_tokens("de", word, lexicon) for word in ("Kollegin", "Kolleginnen", "Kollegen")]
    assert read[0] == read[1] == read[2] == ("kolleg",)


def test_the_english_reading_says_everyday_words_in_english(reading: EnglishReading) -> None:
    # The glossary (knowledge/translations/<lang>/lexicon.yaml) reads everyday words as English, filler words
    # included ("sin": without, "otro": other), and a verb with a pronoun joined to it as the verb ("darte": dar).
    assert reading.gloss("es", "puede el car t darte un linfoma u otro cancer mas adelante?").split() == [
        "cart",
        "give",
        "lymphoma",
        "other",
        "cancer",
        "later",
    ]
    assert "without" in reading.gloss("es", "cuanto tiempo les duro la mejoria sin medicamentos?").split()
    assert reading.gloss("de", "wie lange blieb der lupus ruhig?").split() == ["howlong", "stayed", "lupus", "calm"]


def test_a_glossary_word_is_not_matched_against_the_language_s_aliases(multi: MultilingualEngine) -> None:
    # "mejoria" is in the Spanish glossary only: the Spanish matcher reads it as its stem, as before.
    matcher = multi.matchers["es"]
    assert "improvement" not in matcher.normalise("cuanto tiempo les duro la mejoria").split()


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        # Every word is read as English (concepts, glossary words, loanwords), and the English match reaches the line.
        ("es", "puede el car t darte un linfoma u otro cancer mas adelante?", "secondary-cancer"),
        ("de", "wie lange blieb der lupus bei den leuten ruhig?", "follow-up-duration"),
        ("fr", "vous prenez vos infos ou?", "sources"),
    ],
)
def test_a_question_read_whole_as_english_is_answered_by_the_english_engine(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id, answer.language) == ("answered", entry, language)


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "salut tout le monde"),
        ("fr", "salut tout le monde"),  # 'monde' is not glossed 'people': "tout le monde" is everyone
        ("es", "¿Qué tiempo hace en Madrid?"),  # 'tiempo' is weather here, 'hace' may be 'ago': not glossed
        ("de", "wie spät ist es in zürich?"),
    ],
)
def test_greetings_and_weather_stay_declined_with_the_glossary(
    multi: MultilingualEngine, language: str, question: str
) -> None:
    assert multi.answer(question, language).status == "no_match"
