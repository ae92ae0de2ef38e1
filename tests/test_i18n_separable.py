"""Round 8 of the language matching: German separable verbs ("läuft ... ab", "bricht ... wieder aus") joined back to
their particle, and a distressed message in another language that asks a question the FAQ answers."""

from __future__ import annotations

import pytest

from bot.answering import AnswerEngine, Status
from bot.i18n.engine import MultilingualEngine
from bot.i18n.normalise import fold_joined, language_tokens
from bot.i18n.separable import SeparableVerbs
from bot.i18n.stems import stemmer
from bot.knowledge.loader import LoadResult
from bot.knowledge.translation_model import LanguageLexicon

# A lexicon that knows a few separable verbs, each listed in one form only.
LEXICON = LanguageLexicon(
    synonyms={"ablaufen": "procedure", "wieder ausbrechen": "return", "angreifen": "attack", "weitergehen": "next"},
    glossary={"anhalten": "last", "zulassen": "approve", "aufhoeren": "stop"},
)


def _joined(text: str) -> str:
    return fold_joined("de", text, LEXICON)


@pytest.mark.parametrize(
    ("question", "joined"),
    [
        ("Wie läuft eine Therapie ab?", "wie eine therapie ablaufen"),  # a present-tense strong verb
        ("Wie lange hielt die Besserung an?", "wie lange die besserung anhalten"),  # a strong verb's past
        ("Greifen die Zellen die Nieren an?", "die zellen die nieren angreifen"),  # a plural
        ("Lassen die Ämter das zu?", "die aemter das zulassen"),
        ("Hörten sie damit auf?", "sie damit aufhoeren"),  # a weak verb's past
        ("wie gehts weiter?", "wie weitergehen"),  # "es" joined on
    ],
)
def test_the_particle_at_the_end_of_a_clause_joins_its_verb(question: str, joined: str) -> None:
    assert _joined(question) == joined


def test_the_infinitive_stands_where_the_particle_stood_so_a_listed_phrase_reads_in_both_orders() -> None:
    asked = language_tokens("de", "Bricht die Krankheit wieder aus?", LEXICON)
    assert asked == language_tokens("de", "die Krankheit wieder ausbrechen", LEXICON)
    assert asked[-1] == "return"


def test_each_clause_joins_its_own_particle_and_a_conjunction_stays() -> None:
    assert _joined("Wie läuft das ab, und greifen die Zellen an?") == "wie das ablaufen und die zellen angreifen"


def test_an_adverb_particle_joins_with_a_phrase_after_it_a_preposition_does_not() -> None:
    assert _joined("Wie geht es jetzt weiter mit der Studie?") == "wie es jetzt weitergehen mit der studie"
    # "zu den Ergebnissen" is a preposition's phrase, not the particle of "zulassen"
    assert _joined("Was lassen die Ärzte zu den Ergebnissen verlauten?") == (
        "was lassen die aerzte zu den ergebnissen verlauten"
    )


def test_a_joined_verb_the_lexicon_does_not_know_is_left_as_written() -> None:
    assert _joined("Wann fährt der Zug ab?") == "wann faehrt der zug ab"  # "abfahren" is no lexicon word


def test_a_zu_infinitive_is_read_as_its_plain_infinitive() -> None:
    verbs = SeparableVerbs.of(["angreifen"], stemmer("de"))
    assert verbs.plain("anzugreifen") == "angreifen"
    assert verbs.plain("anzurufen") == "anzurufen"  # "anrufen" is not known


def test_other_languages_are_folded_as_before() -> None:
    assert fold_joined("fr", "Ça marche, ou pas ?", LEXICON) == "ca marche ou pas"


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Wie läuft die CAR-T-Therapie im Krankenhaus ab?", "how-is-it-given"),
        ("Tritt die Krankheit nach CAR-T wieder auf?", "relapse"),
        ("Wie geht es bei dieser Forschung weiter?", "whats-next"),
    ],
)
def test_a_german_question_with_a_separated_verb_is_answered(
    multi: MultilingualEngine, question: str, entry: str
) -> None:
    answer = multi.answer(question, "de")
    assert (answer.status, answer.entry_id) == (Status.ANSWERED, entry)


def test_a_distressed_question_in_german_is_answered_with_support_above_it(multi: MultilingualEngine) -> None:
    answer = multi.answer("Ich habe solche Angst. Welche Nebenwirkungen hat CAR-T bei Lupus?", "de")
    assert (answer.status, answer.entry_id) == (Status.ANSWERED, "side-effects")
    assert answer.support and "Lupus" in answer.support  # the pointer to support, in German


def test_distress_without_a_question_the_faq_answers_gets_support_not_a_decline(multi: MultilingualEngine) -> None:
    answer = multi.answer("Ich habe solche Angst vor der Zukunft und bin so traurig", "de")
    assert answer.status == Status.SUPPORT


@pytest.mark.parametrize(
    ("question", "folded"),
    [
        ("ou peut-on l'avoir ?", "where peut on l avoir"),  # "ou" opening a question is "où"
        ("D'où viennent tes infos ?", "d where viennent tes infos"),
        ("la fertilité ou une grossesse ?", "la fertilite ou une grossesse"),  # inside a clause it is "or"
        ("est-ce que ça guérit ?", "ca guerit"),  # yes or no: no "what"
        ("Qu'est-ce que le CD19 ?", "quoi le cd19"),  # what
        ("Que s'est-il passé ? Je pense que oui", "que s est il passe je pense oui"),
    ],
)
def test_french_reads_where_and_what_only_where_a_clause_opens(question: str, folded: str) -> None:
    assert fold_joined("fr", question, LanguageLexicon()) == folded


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        ("fr", "où est-ce qu'on peut se faire soigner avec le CAR-T ?", "availability"),
        ("es", "¿Cómo funciona esta terapia de células?", "what-is-car-t"),  # works, not a procedure
        ("fr", "Comment fonctionnent ces cellules CAR-T ?", "what-is-car-t"),
    ],
)
def test_where_and_how_it_works_are_read_as_asked(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id) == (Status.ANSWERED, entry)
