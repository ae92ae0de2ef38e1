"""Language identification: cheap, and 'en' whenever it is unsure."""

from __future__ import annotations

import pytest

from bot.safety.language import SUPPORTED_LANGUAGES, detect_language

SAMPLES = {
    "en": [
        "is car-t a cure for lupus?",
        "my mum collapsed and she won't wake up",
        "ok so i read about this trial and i have no idea what it means for me",
        "I feel like everyone would be better off without me",
    ],
    "de": [
        "Ist CAR-T eine Heilung für Lupus?",
        "meine Mutter ist umgekippt und wacht nicht mehr auf",
        "Ich kann einfach nicht mehr, ich will nicht mehr leben",
        "hab grad die ganze packung schlaftabletten genommen",
    ],
    "es": [
        "¿La terapia CAR-T cura el lupus?",
        "mi hijo se tomó unas pastillas de mi bolso y no sé cuántas",
        "ya no quiero seguir viviendo, soy una carga para todos",
        "no puedo respirar bien y tengo los labios morados",
    ],
    "fr": [
        "Est-ce que le CAR-T guérit le lupus ?",
        "mon père ne respire plus, il est tombé dans la cuisine",
        "je ne veux plus vivre, je suis un fardeau pour tout le monde",
        "j'ai avalé toute la boîte de somnifères",
    ],
    "it": [
        "La terapia CAR-T è una cura per il lupus?",
        "mia madre è svenuta e non si sveglia",
        "non ce la faccio più, voglio farla finita",
        "ho preso tutte le pastiglie che avevo in casa",
    ],
    "pt": [
        "A terapia CAR-T é uma cura para o lúpus?",
        "minha filha engoliu os comprimidos da avó, não sei quantos",
        "não aguento mais, não quero mais viver",
        "estou com uma dor no peito que vai para o braço",
    ],
    "nl": [
        "Is CAR-T een genezing voor lupus?",
        "mijn vader is in elkaar gezakt en reageert niet",
        "ik wil niet meer leven, iedereen is beter af zonder mij",
        "ik heb net de hele strip slaappillen ingenomen",
    ],
    "pl": [
        "Czy terapia CAR-T leczy toczeń?",
        "mój syn połknął tabletki babci, nie wiem ile",
        "nie chcę już żyć, jestem dla wszystkich ciężarem",
        "mama nie oddycha i nie mogę jej obudzić",
    ],
    "tr": [
        "CAR-T tedavisi lupusu iyileştirir mi?",
        "annem bayıldı ve uyanmıyor",
        "artık yaşamak istemiyorum, herkese yük oluyorum",
        "bütün kutu uyku haplarını içtim",
    ],
}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, texts in SAMPLES.items() for t in texts])
def test_detects_the_language_of_short_messages(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "12345", "CAR-T", "lol", "???", "ok"])
def test_unsure_means_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_supported_languages_are_iso_codes() -> None:
    assert set(SUPPORTED_LANGUAGES) == {"en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr"}


def test_a_huge_message_is_cheap() -> None:
    assert detect_language("Ich weiß nicht mehr weiter. " * 10_000) == "de"


@pytest.mark.parametrize(
    "text",
    [
        "where do your facts come from",  # "come" is Italian too, and "where" ends like an Italian infinitive
        "come on, is it safe or not",
        "is there a trial near me come september",
        "de novo lupus after car t",
    ],
)
def test_english_with_words_other_languages_share_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "c'est quoi le lupus ?"),  # the elided forms people type: c'est, qu'est, j'ai
        ("fr", "comment marche la thérapie car-t"),
        ("es", "cuanto cuesta el car-t"),
        ("es", "quien fue la primera paciente"),
        ("de", "Wer steckt hinter der Forschung?"),
        ("de", "braucht man vorher eine chemo"),
    ],
)
def test_short_questions_are_read_by_their_function_words(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "tomei a caixa inteira de paracetamol há meia hora"),  # -ei: Portuguese, Spanish writes "tomé"
        ("pt", "engoli todos os comprimidos da caixa"),  # "os" is Portuguese ("los" in Spanish)
        ("pt", "minha família estaria melhor sem mim"),
        ("es", "soy candidata para car-t?"),
        ("fr", "le lupus touche surtout les femmes ?"),
    ],
)
def test_portuguese_spanish_and_french_are_told_apart_by_the_words_only_one_of_them_uses(
    language: str, text: str
) -> None:
    assert detect_language(text) == language


def test_an_english_message_with_words_polish_shares_is_english() -> None:
    assert detect_language("I said goodbye to my old rheumatologist today, new one starts next month") == "en"
