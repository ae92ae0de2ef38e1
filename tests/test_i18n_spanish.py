"""Round 9 of the language matching: Spanish grammar (periphrastic verbs, stem-changing verbs, an accent the stemmer
needs, diminutives, imperatives with their pronouns) and the English reading outvoting the own leader."""

from __future__ import annotations

import pytest

from bot.answering import AnswerEngine, Status
from bot.i18n.engine import MultilingualEngine
from bot.i18n.normalise import fold_joined, language_tokens
from bot.i18n.spanish import variants
from bot.knowledge.loader import LoadResult
from bot.knowledge.translation_model import LanguageLexicon

# Each word listed in one form only, folded (as the loader folds a lexicon), as a moderator would list it.
LEXICON = LanguageLexicon(
    stopwords=frozenset({"el", "la", "los", "las", "lo", "se", "me", "te", "mi", "a", "de", "que", "es", "explica"}),
    synonyms={
        "aprobar": "approved",
        "rinones": "kidney",
        "volver": "return",
        "costar": "cost",
        "que": "what",
        "servir": "work",
        "pastillas": "medicine",
        "quimio": "chemotherapy",
        "diagnosticar": "diagnosis",
    },
    clitics=("selo", "melo", "lo", "la", "le", "me", "te", "se"),
)


def _tokens(text: str) -> tuple[str, ...]:
    return language_tokens("es", text, LEXICON)


@pytest.mark.parametrize(
    ("question", "folded"),
    [
        ("Me acaban de diagnosticar", "me diagnosticar"),  # just done: the auxiliary says nothing asked
        ("¿Lo van a aprobar?", "lo aprobar"),  # what will happen
        ("¿Hay que hacerse quimio antes?", "hacerse quimio antes"),  # must: "que" is no question here
        ("¿Tienes que quedarte en el hospital?", "quedarte en el hospital"),
        ("¿Qué hay que hacer?", "que hacer"),  # the question's own "qué" stays
        ("¿Suele volver?", "volver"),
        ("¿Vuelve a aparecer?", "vuelve a aparecer"),  # "volver a" keeps its verb: it comes back
        ("Voy a la playa", "voy a la playa"),  # "ir a" before a place, not an infinitive, stays
    ],
)
def test_an_auxiliary_and_its_linking_word_before_an_infinitive_are_dropped(question: str, folded: str) -> None:
    assert fold_joined("es", question, LEXICON) == folded


@pytest.mark.parametrize(
    ("word", "variant"),
    [
        ("aprueban", "aproban"),  # ue -> o: aprobar
        ("cuesta", "costa"),
        ("pierden", "perden"),  # ie -> e: perder
        ("sirve", "serve"),  # i -> e: servir
        ("volvio", "volvió"),  # the past, its accent left off
        ("podia", "podía"),  # the imperfect
        ("rinoncitos", "rinones"),  # a diminutive
        ("pastillitas", "pastillas"),
        ("poquito", "poco"),
        ("explicamelo", "explica"),  # an imperative with two pronouns joined
        ("decime", "deci"),  # a voseo imperative
    ],
)
def test_a_word_has_the_forms_its_grammar_gives_it(word: str, variant: str) -> None:
    assert variant in variants(word)


def test_a_word_opening_with_a_diphthong_keeps_it() -> None:
    assert not any(v.startswith("o") for v in variants("hueso"))


@pytest.mark.parametrize(
    ("question", "meaning"),
    [
        ("no lo aprueban", "approved"),  # a stem-changing verb, listed as its infinitive
        ("cuánto cuesta", "cost"),
        ("volvió a salir", "return"),  # the past of a listed verb
        ("los riñoncitos", "kidney"),  # a diminutive of a listed noun
        ("¿sirve?", "work"),
    ],
)
def test_another_form_of_a_listed_word_is_read_as_it(question: str, meaning: str) -> None:
    assert meaning in _tokens(question)


def test_a_word_the_lexicon_knows_as_written_is_not_read_as_another_form() -> None:
    lexicon = LanguageLexicon(synonyms={"cuesta": "slope", "costar": "cost"})
    assert language_tokens("es", "cuesta", lexicon) == ("slope",)


def test_an_imperative_with_its_pronouns_says_nothing_asked() -> None:
    assert _tokens("explicámelo") == ()


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        ("es", "¿Y cuándo lo aprueban en Europa?", "approval-status"),  # a stem-changing verb
        # The own leader (the headline, on "qué pasa" + "lupus") is outvoted: the English reading answers its
        # runner-up, relapse, at least as strongly.
        ("es", "¿Qué le pasa al lupus si vuelve a brotar?", "relapse"),
        ("fr", "Est-ce que ce traitement peut donner une leucémie ?", "secondary-cancer"),
    ],
)
def test_round_9_questions_are_answered(multi: MultilingualEngine, language: str, question: str, entry: str) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id) == (Status.ANSWERED, entry)


def test_the_english_reading_does_not_outvote_with_an_entry_the_own_match_did_not_come_near(
    multi: MultilingualEngine,
) -> None:
    # The own match is sure (no runner-up close to it): the English reading is not asked to outvote it.
    answer = multi.answer("¿Qué es el CD19?", "es")
    assert (answer.status, answer.entry_id) == (Status.ANSWERED, "cd19")
