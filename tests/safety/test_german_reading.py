"""The screen's German reading (bot/safety/german.py): a separable verb split by a main clause is joined by the
answering side's joiner (bot/i18n/separable.py), a spoken first person is read with its -e, an inverted subject in
the plain order. The phrasings are new (round 9); none is in a held-out set."""

from __future__ import annotations

import pytest

from bot.i18n.separable import SeparableVerbs
from bot.safety.screen import _german, screen


def test_the_joiner_makes_tun_from_its_forms() -> None:
    verbs = SeparableVerbs.of(["antun"], lambda word: word)
    assert [verbs.joined("an", form) for form in ("tu", "tue", "tut", "tust", "tat")] == ["antun"] * 5


def test_the_reading_joins_the_verb_and_keeps_the_sentences() -> None:
    assert (
        _german().read("Morgen früh tu ich mir was an. Sorry.").split()
        == "morgen fruh ich mir was antun . sorry .".split()
    )
    assert _german().read("Wie lange dauert die Studie?") is None  # nothing to join: read once


@pytest.mark.parametrize(
    "text",
    [
        "nach dem ganzen Mist tu ich mir am Wochenende was an",
        "Ich glaube, ich tue mir bald etwas an.",
        "Ich habe Angst, mir etwas anzutun.",
        "ich schneid mich wieder, jede Nacht",
        "Seit Wochen denke ich daran, Schluss zu machen.",
    ],
)
def test_german_self_harm_in_any_order_is_self_harm(text: str) -> None:
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bürokratie bringt mich noch um, wann kommt endlich der Bescheid?",
        "Die lange Anfahrt tu ich mir nicht mehr an. Gibt es ein Zentrum in Köln?",
        "Darf ich zwei Tabletten zusammen mit MTX nehmen?",
        "Ich tu mir heute was Gutes an und gehe in die Sauna.",
        "Ich denke daran, meine Ärztin nach der Studie zu fragen.",
    ],
)
def test_german_lookalikes_stay_ordinary(text: str) -> None:
    assert screen(text).kind is None


def test_warm_up_builds_the_german_reading_before_the_first_german_message() -> None:
    """Built lazily, the German reading cost the first German message ~50 ms; the engine's warm_up builds it."""
    import importlib

    screen_module = importlib.import_module("bot.safety.screen")
    _german.cache_clear()
    screen_module.warm_up()
    assert _german.cache_info().currsize == 1


@pytest.mark.parametrize(
    "text",
    [
        "Was kostet die Therapie? Ich denke schon seit Wochen daran, Schluss zu machen.",
        "Ich denke jeden Abend daran, allem ein Ende zu machen",
        "Wie lange dauert die Studie? Ich denke seit Tagen daran, es zu beenden.",
    ],
)
def test_a_thought_with_words_before_its_zu_clause_is_read(text: str) -> None:
    """'denke seit Tagen daran, Schluss zu machen': the correlate 'daran' a few words after the thought, and the
    zu-infinitive of the ending (a regression of 4bf58b6 the round-8 German CI line caught)."""
    assert screen(text).kind == "self_harm"


def test_a_thought_about_the_past_stays_ordinary() -> None:
    assert screen("ich denke oft daran, wie es vor der Diagnose war").kind is None
