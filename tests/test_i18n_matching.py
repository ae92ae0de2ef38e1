"""Matching in German, Spanish and French: how a question in the language is read and what it is matched to."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.i18n.engine import MultilingualEngine
from bot.i18n.normalise import language_tokens
from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.loader import LoadResult


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


def tokens(faq_load: LoadResult, language: str, text: str) -> tuple[str, ...]:
    return language_tokens(language, text, faq_load.knowledge.languages[language].lexicon)


@pytest.mark.parametrize(
    ("language", "right", "misspelt"),
    [
        ("de", "Nebenwirkungen", "Nebenwirkunegn"),  # two letters swapped
        ("de", "Zytokinsturm", "Zytokinstrum"),
        ("es", "efectos secundarios peligroso", "efectos secundarios peligorso"),
        ("fr", "guérison", "guerisson"),  # a doubled letter, no accent
    ],
)
def test_a_misspelt_lexicon_word_is_read_as_the_word(
    faq_load: LoadResult, language: str, right: str, misspelt: str
) -> None:
    assert tokens(faq_load, language, misspelt) == tokens(faq_load, language, right)


def test_a_word_far_from_every_lexicon_word_stays_itself(faq_load: LoadResult) -> None:
    assert tokens(faq_load, "de", "Käsekuchen") == ("kaesekuch",)


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_a_hyphenated_marker_name_is_one_word(faq_load: LoadResult, language: str) -> None:
    assert "cd19" in tokens(faq_load, language, "CD-19")
    assert tokens(faq_load, language, "CD-19") == tokens(faq_load, language, "CD19")


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "puedo dejar el plaquenil"),  # Spanish leaves the "I" to the verb
        ("es", "¿se puede dejar la prednisona?"),
        ("fr", "on peut arrêter le methotrexate ?"),
        ("de", "Kann man Kortison einfach absetzen?"),
    ],
)
def test_a_decision_about_a_named_medicine_is_personal(multi: MultilingualEngine, language: str, question: str) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.reason) == ("answered", "personal")
    assert answer.entry_id in ("my-treatment", "stopped-my-medicine")  # the doctor referrals for a medicine
    assert any(word in answer.body.lower() for word in ("rheumatolog", "reumatólogo", "rhumatologue"))


def test_a_question_about_the_patients_medicines_is_not_a_decision(multi: MultilingualEngine) -> None:
    assert not multi.matchers["es"].is_personal("¿dejaron los pacientes la prednisona?")


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "¿La terapia CAR-T está disponible en Uruguay?"),
        ("fr", "Le CAR-T est-il disponible au Canada ?"),
        ("de", "Ist CAR-T in Österreich verfügbar?"),
    ],
)
def test_a_place_is_a_detail_of_the_question(multi: MultilingualEngine, language: str, question: str) -> None:
    answer = multi.answer(question, language)
    assert answer.status == "answered" and answer.entry_id in ("availability", "approval-status")


@pytest.mark.parametrize(
    ("language", "question"),
    [("es", "¿Qué tiempo hace en Madrid?"), ("fr", "Il fait beau à Paris ?"), ("de", "Wie ist das Wetter in Wien?")],
)
def test_a_place_does_not_make_an_off_topic_question_an_faq_one(
    multi: MultilingualEngine, language: str, question: str
) -> None:
    assert multi.answer(question, language).status == "no_match"


@pytest.mark.parametrize("field", ["place_names", "medicines"])
def test_a_broken_word_list_in_a_language_lexicon_names_file_line_and_field(faq_copy: Path, field: str) -> None:
    path = faq_copy / "translations" / "de" / "lexicon.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"\n{field}:") + 1
    end = text.index("]", start) + 1
    path.write_text(text[:start] + f"{field}: 12" + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    assert any(
        (p.file, p.line, p.field, p.message) == (str(path), line, field, "should be a list of words")
        for p in caught.value.problems
    ), caught.value.problems


def test_words_only_a_referral_uses_do_not_steer_a_general_question(multi: MultilingualEngine) -> None:
    # "soigner" is in a doctor referral's alias only ("... plutôt que me soigner"); this asks about CAR-T in general.
    match = multi.matchers["fr"].match("est-ce que le car-t soigne le lupus")
    assert match.entry_id is None or match.entry_id not in ("my-treatment", "stopped-my-medicine")
    assert match.runners_up or match.entry_id, "a general question still gets the closest general entries"


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        ("de", "Wer hat die Forschung gemacht?", "researchers"),  # who: people
        ("fr", "Qui a fait ces recherches ?", "researchers"),
        ("es", "¿Cuántas personas recibieron el tratamiento?", "the-study"),  # how many: the study's numbers
        ("fr", "Combien de personnes ont reçu le traitement ?", "the-study"),
    ],
)
def test_a_question_word_naming_the_kind_of_answer_weighs_as_a_word(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id) == ("answered", entry)


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("es", "cuánto es 7 más 5"),
        ("de", "wie viel ist 7 plus 5"),
        ("fr", "Combien font 17 fois 23"),  # 'fois' is in a French alias ('une seule fois'): still a sum
        ("fr", "combien font deux plus deux"),
        ("de", "Wie viel ist 12 mal 15?"),
        ("es", "¿Cuánto es 12 por 15?"),
    ],
)
def test_numbers_operators_and_question_words_alone_are_declined(
    multi: MultilingualEngine, language: str, question: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.reason, answer.entry_id) == ("no_match", "weak", None)


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        ("fr", "combien de patients ont été traités en 2022 ?", "the-study"),
        ("de", "Was passierte mit den fünf Patienten?", "results"),
    ],
)
def test_a_number_word_with_the_subject_is_still_a_question(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id) == ("answered", entry)


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("fr", "un effet secondaire", "des effets secondaires"),  # the lexicon lists the plural phrase
        ("es", "la célula CAR-T", "las células CAR-T"),
    ],
)
def test_a_phrase_synonym_is_read_in_any_number(faq_load: LoadResult, language: str, one: str, many: str) -> None:
    assert tokens(faq_load, language, one) == tokens(faq_load, language, many) != ()


@pytest.mark.parametrize(
    ("member", "question", "title", "names"),
    [  # FAQ words ("CAR-T", "lupus", "is") read as English before; a Dutch question guessed Spanish; Italian
        ("en", "wat is CAR-T bij lupus?", "I can't answer in your language yet", "English, German, Spanish and French"),
        (
            "fr",
            "Wat zijn de bijwerkingen van CAR-T?",
            "Je ne peux pas encore répondre dans votre langue",
            "anglais, allemand, espagnol et français",
        ),
        (
            "de",
            "Quanto costa la terapia?",
            "In deiner Sprache kann ich noch nicht antworten",
            "Englisch, Deutsch, Spanisch und Französisch",
        ),
    ],
)
def test_a_question_in_a_language_the_faq_does_not_serve_gets_the_decline_naming_the_served_ones(
    multi: MultilingualEngine, member: str, question: str, title: str, names: str
) -> None:
    answer = multi.answer(question, member)
    assert (answer.status, answer.reason, answer.title) == ("no_match", "language", title)
    assert names in answer.body
    assert [s.entry_id for s in answer.suggestions] == ["lupus-cart"]


@pytest.mark.parametrize(
    ("member", "question", "entry"),
    [
        ("en", "wat is car t cell therapy", "what-is-car-t"),
        ("fr", "Quels sont les effets secondaires ?", "side-effects"),
    ],
)
def test_a_slip_or_a_served_language_is_not_taken_for_another_language(
    multi: MultilingualEngine, member: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, member)
    assert (answer.status, answer.entry_id) == ("answered", entry)


@pytest.mark.parametrize(
    ("language", "chat", "spelled"),
    [
        ("es", "q es car-t", "qué es car-t"),
        ("fr", "c koi car-t", "c'est quoi car-t"),
        ("fr", "pk car-t", "pourquoi car-t"),
    ],
)
def test_a_chat_spelling_is_read_as_the_word_it_stands_for(
    faq_load: LoadResult, language: str, chat: str, spelled: str
) -> None:
    assert tokens(faq_load, language, chat) == tokens(faq_load, language, spelled)


@pytest.mark.parametrize(
    ("language", "with_adverb", "without"),
    [
        ("fr", "l'étude a montré concrètement quoi", "l'étude a montré quoi"),
        ("es", "qué mostró concretamente el estudio", "qué mostró el estudio"),
        ("de", "was zeigt die Studie möglicherweise", "was zeigt die Studie"),
    ],
)
def test_an_adverb_the_lexicon_does_not_list_is_filler(
    faq_load: LoadResult, language: str, with_adverb: str, without: str
) -> None:
    assert tokens(faq_load, language, with_adverb) == tokens(faq_load, language, without)


def test_a_noun_with_an_adverb_ending_is_read_when_the_lexicon_lists_it(faq_load: LoadResult) -> None:
    assert tokens(faq_load, "fr", "un avertissement") == ("warning",)


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        ("es", "¿cuánto cuesta el car-t? ¿es caro?", "cost-manufacturing"),  # the first part alone reads 'how many'
        ("de", "Für wen käme CAR-T in Frage? Nur für schweren Lupus?", "who-is-it-for"),
    ],
)
def test_a_message_of_questions_only_is_matched_as_a_whole(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id) == ("answered", entry)


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        ("de", "Meine Tante meint, das sei nur was für Frauen. Stimmt das? Wer bekommt Lupus?", "who-gets-lupus"),
        ("es", "Mi tía dice que es cosa de mujeres. ¿Es verdad? ¿A quién le da lupus?", "who-gets-lupus"),
    ],
)
def test_a_question_that_says_nothing_of_its_own_gives_way_to_the_next(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id) == ("answered", entry)


def test_a_medicine_not_taken_for_a_while_is_a_change_made_already(multi: MultilingualEngine) -> None:
    answer = multi.answer("hace un mes que no me tomo el plaquenil", "es")
    assert (answer.status, answer.entry_id, answer.language) == ("answered", "stopped-my-medicine", "es")


def test_a_glossary_that_is_not_word_meaning_lines_names_file_line_and_field(faq_copy: Path) -> None:
    path = faq_copy / "translations" / "es" / "lexicon.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nglossary:") + 1
    path.write_text(text[:start] + "glossary: [dar, give]\n", encoding="utf-8")
    line = text[:start].count("\n") + 1
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    assert any(
        (p.file, p.line, p.field, p.message) == (str(path), line, "glossary", "should be lines like 'word: meaning'")
        for p in caught.value.problems
    ), caught.value.problems
