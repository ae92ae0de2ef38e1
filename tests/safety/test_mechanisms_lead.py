"""Mechanisms added after the round-2 work, each with the lookalikes it must leave alone: intensifiers inside a
phrase ("ich will einfach nicht mehr leben"), chest pain with a numb or weak arm, wishing never to wake up, and a
medicine taken in excess as a cue for the classifier."""

from __future__ import annotations

import pytest

from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        "Ich will einfach nicht mehr leben",
        "ich will eh nicht mehr leben",
        "i honestly dont want to live anymore",
        "ik wil gewoon niet meer leven",
    ],
)
def test_an_intensifier_inside_a_phrase_does_not_hide_it(text: str) -> None:
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "mój tata ma silny ból w klatce piersiowej i drętwieje mu ręka",
        "bad pain in my chest and my left arm has gone numb",
        "mein Mann hat starke Schmerzen in der Brust und sein Arm ist taub",
    ],
)
def test_chest_pain_with_a_numb_or_weak_arm_is_an_emergency(text: str) -> None:
    assert screen(text).kind == "emergency"


def test_chest_pain_alone_or_a_weak_arm_alone_is_not_an_emergency_by_that_rule() -> None:
    assert screen("does car t help lupus chest pain from pleurisy?").kind is None
    assert screen("my arm feels weak after the infusion, is that a known side effect?").kind is None


@pytest.mark.parametrize(
    "text",
    [
        "je voudrais ne jamais me reveiller",
        "honestly i hope i never wake up tomorrow",
        "ich möchte einfach nie mehr aufwachen",
        "going to sleep tonight and hopefully never wake up",
    ],
)
def test_wishing_never_to_wake_up_is_self_harm(text: str) -> None:
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i never wake up before 10 on weekends",
        "does car t make you sleepy, i never wake up rested",
        "hope the baby doesnt wake up",
    ],
)
def test_never_waking_up_early_or_rested_is_ordinary(text: str) -> None:
    assert screen(text).kind is None


def test_a_medicine_doubled_is_a_cue_for_the_classifier_but_a_doctors_change_is_not_a_crisis() -> None:
    message = (
        "accidentally doubled my methotrexate for the whole week and now my mouth is full of sores and i'm shaking"
    )
    assert screen(message).kind == "emergency"
    assert screen("my rheumatologist doubled my prednisone this week, is that normal?").kind is None


def test_a_phrase_listed_with_one_past_form_matches_the_other() -> None:
    """'written my will' is listed; 'wrote my will' is the same act. With a second farewell cue it is a farewell."""
    from bot.safety.vocab import with_past_forms

    expanded = with_past_forms({"T": ("written my will", "took it")}, (("wrote", "written"), ("took", "taken")))
    assert expanded == {"T": ("written my will", "took it", "wrote my will", "taken it")}
    assert screen("i wrote my will last night and gave my cats to my neighbour").kind == "self_harm"
    assert screen("i have wrote my will and sorted out my affairs, so thats that").kind == "self_harm"


def test_a_will_written_for_an_ordinary_reason_is_not_a_farewell() -> None:
    ordinary = "we wrote our wills before the trial, as the nurse suggested. how long is the hospital stay?"
    assert screen(ordinary).kind is None
    assert screen("i wrote my will after my daughter was born").kind is None


@pytest.mark.parametrize(
    "text",
    [
        "honestly i would like to die, everything hurts all the time",
        "id like to just die tbh",
        "Manchmal würde ich am liebsten sterben.",
        "a veces me gustaría morirme y ya",
        "quisiera morir, estoy agotada de todo",
        "parfois je voudrais juste crever",
        "j'aimerais mourir ce soir",
        "certe sere vorrei morire",
        "às vezes gostaria de morrer",
        "chciałbym umrzeć",
        "bazen ölmek isterdim",
    ],
)
def test_a_wish_to_die_in_the_conditional_is_self_harm(text: str) -> None:
    """'would like', 'voudrais', 'me gustaría', 'gostaria', 'isterdim' are wants too, beside a language's own verb
    for dying (vocab.moments DIE); before, only the phrase lists' present-tense forms were read."""
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "quisiera morirme de la vergüenza cuando me caí en la consulta",
        "je voudrais mourir de rire devant cette vidéo",
        "Ich möchte wissen, ob man an dem Zytokinsturm sterben kann",
        "i would like to know if anyone can die from crs",
        "vorrei sapere se si può morire per la terapia",
    ],
)
def test_a_figure_of_speech_or_a_question_about_dying_is_not(text: str) -> None:
    assert screen(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "hace 12 dias que no tomo mi medicacion, pasa algo?",
        "ich habe seit 14 Tagen meine Tabletten nicht genommen, ist das schlimm?",
        "i haven't taken my pills for 10 days, is that bad",
        "depuis 15 jours je ne prends plus mes comprimés, c'est grave ?",
        "tengo lupus desde los 19 y tomo mis pastillas cada mañana, qué es CAR-T?",
    ],
)
def test_a_number_of_days_since_or_an_age_is_not_an_amount_taken(text: str) -> None:
    """'hace 12 dias', 'seit 14 Tagen', 'for 10 days': a duration; 'desde los 19': an age. Neither is a count."""
    assert screen(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "me tomé 20 días de pastillas de golpe",
        "took 20 days worth of my pills an hour ago",
        "i've taken 25 pills in the last 10 minutes",
    ],
)
def test_days_worth_of_pills_is_still_an_amount(text: str) -> None:
    assert screen(text).kind == "emergency"
