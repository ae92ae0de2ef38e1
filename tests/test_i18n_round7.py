"""Round 7 of the language matching: other forms of a lexicon word (Snowball stems) and questions that leave the
subject out ("Heilt das?", "¿Eso se cura?", "Ça guérit ?")."""

from __future__ import annotations

import pytest

from bot.answering import AnswerEngine
from bot.i18n.engine import MultilingualEngine
from bot.i18n.normalise import english_gloss, language_tokens
from bot.knowledge.loader import LoadResult
from bot.knowledge.translation_model import LanguageLexicon


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


@pytest.mark.parametrize(
    ("language", "listed", "meaning", "other_form"),
    [
        ("de", "beobachtung", "observe", "beobachtet"),  # a participle for its noun
        ("es", "aprobacion", "approve", "aprobaron"),  # a past verb for its noun
        ("fr", "autorisation", "approve", "autorisee"),  # a participle for its noun
    ],
)
def test_another_form_of_a_listed_word_is_read_as_its_meaning(
    language: str, listed: str, meaning: str, other_form: str
) -> None:
    lexicon = LanguageLexicon(synonyms={listed: meaning})
    assert language_tokens(language, f"{other_form} lupus", lexicon) == (meaning, "lupus")
    assert english_gloss(language, other_form, LanguageLexicon(glossary={listed: meaning})) == meaning


def test_two_listed_words_sharing_a_stem_with_different_meanings_decide_nothing() -> None:
    lexicon = LanguageLexicon(synonyms={"curar": "cure", "curando": "heal"})
    assert language_tokens("es", "curamos", lexicon) == ("curamos",)  # no meaning chosen: the word as written


@pytest.mark.parametrize(
    ("language", "question", "entry"),
    [
        ("de", "Kann man das heilen?", "is-it-a-cure"),
        ("de", "Hilft das bei Kindern?", "children-teens"),
        ("fr", "Ça marche pour les reins ?", "lupus-nephritis"),
    ],
)
def test_a_pronoun_for_the_subject_beside_what_the_faq_asks_about_is_answered(
    multi: MultilingualEngine, language: str, question: str, entry: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status.value, answer.entry_id) == ("answered", entry)


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("de", "Was kostet das Ticket nach Berlin?"),  # "das" before a word the FAQ never uses is an article
        ("fr", "l'arthrose ça se soigne comment ?"),  # "ça" stands for the condition named just before it
        ("fr", "le diabète ça se guérit ?"),
    ],
)
def test_a_pronoun_standing_for_something_else_ties_nothing_to_the_faq(
    multi: MultilingualEngine, language: str, question: str
) -> None:
    assert multi.answer(question, language).status.value == "no_match"
    assert not multi.matchers[language].refers_to_subject(question)


def test_the_pronoun_lists_are_read_from_each_language_lexicon(faq_load: LoadResult) -> None:
    for language, pack in faq_load.knowledge.languages.items():
        assert pack.lexicon.subject_pronouns, language
    assert {"das", "eso", "ca"} <= set().union(
        *(p.lexicon.subject_pronouns for p in faq_load.knowledge.languages.values())
    )


@pytest.mark.parametrize(
    ("language", "question"),
    [("de", "Hat die Behörde das schon freigegeben?"), ("es", "¿Ya lo autorizaron?"), ("fr", "Est-ce homologué ?")],
)
def test_approval_words_mean_approval_not_availability(multi: MultilingualEngine, language: str, question: str) -> None:
    answer = multi.answer(question, language)
    assert (answer.status.value, answer.entry_id) == ("answered", "approval-status")


@pytest.mark.parametrize(
    ("language", "approval", "availability"),
    [("de", "zugelassen", "verfügbar"), ("es", "autorizado", "disponible"), ("fr", "autorisé", "disponible")],
)
def test_the_lexicons_keep_approval_and_availability_apart(
    faq_load: LoadResult, language: str, approval: str, availability: str
) -> None:
    lexicon = faq_load.knowledge.languages[language].lexicon
    assert language_tokens(language, approval, lexicon) == ("approved",)
    assert language_tokens(language, availability, lexicon) == ("available",)


def test_an_everyday_word_the_glossary_knows_does_not_raise_the_line(multi: MultilingualEngine) -> None:
    matcher = multi.matchers["de"]
    # "geben" is an everyday word (the glossary's "give"), "Tischtennis" is not: only the second holds the question
    # to the stricter line (the bridge to English still reads both strictly)
    assert matcher.strict("Welche Nebenwirkungen kann es geben?")
    assert matcher.match("Welche Nebenwirkungen kann es geben?").entry_id == "side-effects"
    assert matcher.match("Welche Nebenwirkungen hat Tischtennis?").entry_id is None


@pytest.mark.parametrize(
    ("language", "question", "referral"),
    [
        ("fr", "est-ce que je peux laisser tomber la cortisone ?", "my-treatment"),  # an idiom for stopping
        ("fr", "Est-ce que ma fille pourrait être prise dans un essai ?", "could-i-qualify"),  # "être pris(e)"
        ("es", "¿Podría ser aceptada en un ensayo?", "could-i-qualify"),
    ],
)
def test_everyday_decision_and_eligibility_phrases_get_their_referral(
    multi: MultilingualEngine, language: str, question: str, referral: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.entry_id, answer.reason) == (referral, "personal")
