"""Grammar, not phrases: German zu-infinitives, Dutch te-infinitives, the Romance just-did past, short lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.safety.grammar import recent_past
from bot.safety.language import detect_language
from bot.safety.lexicon import Lexicon, Mark
from bot.safety.screen import screen
from bot.safety.text import plain_infinitive, tokenise

BATCH: list[dict[str, Any]] = yaml.safe_load(
    Path(__file__).with_name("screen_tune_grammar.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("item", BATCH, ids=[item["text"][:40] for item in BATCH])
def test_the_grammar_batch_gets_the_right_kind(item: dict[str, Any]) -> None:
    expected = None if item["label"] == "none" else item["label"]
    assert screen(item["text"]).kind == expected


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("umzubringen", "umbringen"),
        ("aufzuhoren", "aufhoren"),  # tokens have no accents
        ("einzunehmen", "einnehmen"),
        ("zuzumachen", "zumachen"),
        ("anzug", "anzug"),  # a noun, not an infinitive
        ("umzug", "umzug"),
        ("zu", "zu"),
        ("bezahlen", "bezahlen"),  # inseparable prefix: no infix to take out
    ],
)
def test_the_zu_infix_of_separable_verbs_is_taken_out(word: str, plain: str) -> None:
    assert plain_infinitive(word) == plain


def test_a_phrase_matches_across_one_infinitive_particle_but_not_two_words() -> None:
    lexicon = Lexicon([{"SUICIDE": ("mir das leben nehmen", "van kant maken")}])
    assert [m.tag for m in lexicon.mark(tokenise("mir das Leben zu nehmen"))] == ["SUICIDE"]
    assert [m.tag for m in lexicon.mark(tokenise("mezelf van kant te maken"))] == ["SUICIDE"]
    assert lexicon.mark(tokenise("mir das Leben zu schwer nehmen")) == []
    assert lexicon.mark(tokenise("mir das Leben")) == []


def test_an_infinitive_of_taking_right_after_a_just_did_construction_counts_as_taken() -> None:
    found = [Mark("RECENT", 1, 0), Mark("TAKE_INTENT", 3, 0), Mark("TAKE_INTENT", 9, 0), Mark("TAKE_INTENT", 4, 1)]
    ingested = [m for m in recent_past(found) if m.tag == "INGEST"]
    assert ingested == [Mark("INGEST", 3, 0)]  # not the far one, not one in the next sentence
    assert recent_past([Mark("TAKE_INTENT", 3, 0)]) == [Mark("TAKE_INTENT", 3, 0)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("me acabo de tomar 25 pastillas", "emergency"),  # it has happened
        ("voy a tomar 25 pastillas", "self_harm"),  # an intention
        ("je viens de prendre une vingtaine de cachets", "emergency"),
        ("je vais prendre une vingtaine de cachets", "self_harm"),
    ],
)
def test_done_is_an_emergency_and_intended_is_self_harm(text: str, kind: str) -> None:
    assert screen(text).kind == kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("quero me matar", "pt"),
        ("quiero matarme", "es"),
        ("voglio morire", "it"),
        ("voglio ammazzarmi", "it"),
        ("I want to die", "en"),
        ("where is the bathroom", "en"),
    ],
)
def test_short_romance_lines_are_not_taken_for_english(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert screen(text).language == language
