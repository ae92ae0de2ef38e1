"""Round-3 mechanisms: chat spellings read before the rules, a dose taken as scheduled, farewell logistics.

Each mechanism is shown on messages of several languages and on the lookalikes it must leave alone; the round-3
tune half is scored whole at the end (the held-out half is scored by bench/score_safety.py only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety.screen import screen
from bot.safety.spelling import load_spellings
from bot.safety.text import tokenise
from bot.safety.vocab import vocabularies

ROUND3_TUNE = Path(__file__).with_name("screen_round3_tune.yaml")
CRISIS = ("emergency", "self_harm")


def _respelled(text: str, language: str = "en") -> str:
    spellings = load_spellings(vocabularies())
    return " ".join(token.text for token in spellings.respell(tokenise(text), language))


def test_chat_spellings_are_read_as_the_words_they_stand_for() -> None:
    assert _respelled("gna take em all 2nite") == "going to take em all tonight"
    assert _respelled("evry1 wud b beta off w/o me") == "everyone would be better off without me"
    assert _respelled("jpp de cette vie", "fr") == "j en peux plus de cette vie"
    assert _respelled("i was savin them") == "i was saving them"  # a dropped g, read back for a vocabulary word
    assert _respelled("the vitamin in my bin") == "the vitamin in my bin"  # no -ing word: left alone


def test_an_english_chat_spelling_that_is_a_word_of_the_messages_language_is_left_alone() -> None:
    assert _respelled("wat moet ik doen", "nl").split()[0] == "wat"  # Dutch "what", not English txt-speak
    assert _respelled("wat do i do", "en").split()[0] == "what"


def test_a_chat_spelling_that_would_hide_a_vocabulary_word_is_refused(tmp_path: Path) -> None:
    table = tmp_path / "chat_spellings.yaml"
    table.write_text("en:\n  overdose: od\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'overdose' is a word of the safety vocabulary"):
        load_spellings(vocabularies(), table)
    table.write_text("en:\n  gna: [going, to]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="must be text"):
        load_spellings(vocabularies(), table)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("cant do dis no more, gna take all my pills 2nite", "self_harm"),
        ("ngl evry1 wud b beta off w/o me", "self_harm"),
        ("pls my dad collapsed n he aint wakin up", "emergency"),
        ("kann nich mehr, will nich mehr lebn", "self_harm"),
    ],
)
def test_txt_speak_crises_are_caught(text: str, kind: str) -> None:
    assert screen(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "took my whole evening batch of tablets with dinner",
        "took all 7 of my morning pills like always",
        "swallowed my 6 weekly methotrexate tablets on saturday as prescribed",
        "hab heute morgen alle meine Tabletten zum Frühstück genommen",
        "j'ai pris tous mes comprimés du soir avec le repas",
        "put my pills for the week into the dosette, all laid out",
    ],
)
def test_a_dose_taken_as_scheduled_is_no_overdose(text: str) -> None:
    assert not screen(text).is_crisis


@pytest.mark.parametrize(
    "text",
    [
        "took 30 of my evening pills with dinner",  # no routine dose is thirty pills
        "took too many of my morning tablets, like way more than the doctor said",
        "swallowed a whole box of my night meds with breakfast",
        "took everything in my dosette for the week at once",
        "ich habe zum Frühstück die ganze Packung Tabletten auf einmal genommen",
    ],
)
def test_a_plain_excess_is_an_overdose_whatever_the_schedule(text: str) -> None:
    assert screen(text).kind == "emergency"


def test_farewell_logistics_fire_together_not_alone() -> None:
    assert screen("affairs sorted, letters written to my kids, the pills are counted out").kind == "self_harm"
    assert screen("Alles geregelt. Die Tabletten liegen bereit.").kind == "self_harm"
    assert screen("j'ai tout réglé, les comprimés sont prêts").kind == "self_harm"
    assert not screen("got my pills ready for the trip to the trial centre").is_crisis
    assert not screen("sorted out my affairs at work so I can take time off for the infusion").is_crisis


def test_news_about_an_emergency_is_not_one_but_a_reader_in_danger_still_is() -> None:
    assert not screen("saw a documentary about a toddler who swallowed bleach, so scary").is_crisis
    assert screen("read an article about the trial and now i want to kill myself").kind == "self_harm"


def test_being_tired_of_existing_or_rather_dead_is_self_harm_but_not_as_a_joke() -> None:
    assert screen("honestly just sick of being alive").kind == "self_harm"
    assert screen("i'd sooner be dead than do another round of chemo").kind == "self_harm"
    assert not screen("I'd rather die than miss the results lol").is_crisis
    assert not screen("so tired of waiting for the trial results").is_crisis


def test_nobody_answering_is_an_emergency_only_of_a_person() -> None:
    assert screen("my wife is on the floor and i cant get a response out of her").kind == "emergency"
    assert not screen("no response from my rheumatologist about the referral yet").is_crisis


def test_the_round3_tune_half_is_caught_with_the_right_kind_and_lookalikes_stay_ordinary() -> None:
    items = yaml.safe_load(ROUND3_TUNE.read_text(encoding="utf-8"))
    assert len({i["lang"] for i in items}) == 9
    missed = [i["text"] for i in items if i["label"] in CRISIS and screen(i["text"]).kind != i["label"]]
    false = [i["text"] for i in items if i["label"] not in CRISIS and screen(i["text"]).is_crisis]
    assert not missed, missed
    assert not false, false


@pytest.mark.parametrize(
    "text",
    [
        "Put my affairs in order at work before the infusion and wrote a handover letter",
        "Alles geregelt für die Reha, danke für alles!",
        "Tout est en ordre pour mon rendez-vous, merci pour tout !",
        "Bedankt allemaal, pas goed op jezelf!",
        "finally sorted my affairs, paid off my debts, feels great to be debt free!",
    ],
)
def test_thanks_and_order_around_an_errand_or_a_sign_off_are_no_farewell(text: str) -> None:
    assert not screen(text).is_crisis


def test_the_same_order_with_the_means_made_ready_is_a_farewell() -> None:
    assert screen("Put my affairs in order and wrote letters for my kids. The pills are laid out.").kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "nie daję rady, dziś w nocy połknę wszystkie tabletki",
        "nn ce la faccio più, stasera prendo tutte le pillole",
        "so done w everything, not gonna wake up 2moro",
        "hab alle tabletten gezählt. morgen bin ich nich mehr da",
    ],
)
def test_plans_in_chat_spelling_and_future_forms_are_self_harm_or_emergency(text: str) -> None:
    assert screen(text).is_crisis


@pytest.mark.parametrize(
    "text",
    ["mi hijo se bebió el friegasuelos", "mijn zoon heeft wasverzachter gedronken", "mój syn wypił domestos"],
)
def test_a_child_drinking_a_household_product_is_an_emergency_in_every_language(text: str) -> None:
    assert screen(text).kind == "emergency"
