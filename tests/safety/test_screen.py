"""The safety screen on the tune half of the evaluation set, on long input, and the sensitive distress screen."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.safety.screen import _assess, looks_like_distress, screen
from bot.safety.text import MAX_SCREEN_CHARS

TUNE = Path(__file__).with_name("screen_tune.yaml")
CRISIS = ("emergency", "self_harm")
MAX_FALSE_CRISIS = 0.01  # at most 1 in 100 lookalikes; none on plain questions


def _items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(TUNE.read_text(encoding="utf-8"))
    return items


ITEMS = _items()


def test_the_tune_set_covers_every_language_and_kind() -> None:
    crisis = [i for i in ITEMS if i["label"] in CRISIS]
    assert {i["lang"] for i in crisis} == {"en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr"}
    assert sum(i["label"] == "emergency" for i in crisis) >= 50 and sum(i["label"] == "self_harm" for i in crisis) >= 40
    assert sum(i["label"] == "none" for i in ITEMS) >= 50


def test_every_crisis_in_the_tune_set_is_caught_with_the_right_kind() -> None:
    wrong = [
        f"{i['label']} -> {v.kind} ({v.detector}): {i['text']}"
        for i in ITEMS
        if i["label"] in CRISIS and (v := screen(i["text"])).kind != i["label"]
    ]
    assert not wrong, "\n".join(wrong)


def test_lookalikes_and_plain_questions_are_not_crisis() -> None:
    ordinary = [i for i in ITEMS if i["label"] == "none"]
    false = [i for i in ordinary if screen(i["text"]).is_crisis]
    assert len(false) <= MAX_FALSE_CRISIS * len(ordinary), [i["text"] for i in false]
    assert not [i for i in false if i["cat"] == "plain"]


def test_distress_without_danger_is_support_not_crisis() -> None:
    for item in (i for i in ITEMS if i["label"] == "distress"):
        verdict = screen(item["text"])
        assert verdict.kind == "distress", (item["text"], verdict)


@pytest.mark.parametrize(
    ("text", "kind", "language"),
    [
        ("my dad collapsed and won't wake up", "emergency", "en"),
        ("mi hijo se bebió lejía", "emergency", "es"),
        ("ich will nicht mehr leben", "self_harm", "de"),
        ("do CAR-T cells kill B cells?", None, "en"),
    ],
)
def test_the_verdict_names_kind_language_and_detector(text: str, kind: str | None, language: str) -> None:
    verdict = screen(text)
    assert (verdict.kind, verdict.language) == (kind, language)
    assert verdict.detector.startswith(("rules:", "classifier")) if kind else verdict.detector == ""


def test_a_danger_clause_deep_in_a_long_post_is_found() -> None:
    story = "I have been reading about the trials in Erlangen and the follow-up papers. " * 150
    verdict = screen(story + "Honestly I have the pills lined up for when it gets too bad. Any UK trials?")
    assert verdict.kind == "self_harm"


def test_a_100k_character_message_is_screened_in_well_under_a_second() -> None:
    nasty = ("my my my took took 20 20 pills pills " * 3000)[:100_000]
    for text in (nasty, "a" * 100_000, "i " * 50_000, nasty.replace(" ", "\n")):
        start = time.perf_counter()
        screen(text)
        assert time.perf_counter() - start < 1.0  # a generous bound; bench/bench_safety.py prints real numbers
    assert MAX_SCREEN_CHARS >= 20_000


def test_the_second_screen_is_more_sensitive_than_the_first() -> None:
    assert looks_like_distress("i want to kill myself")
    assert looks_like_distress("I'm terrified of my biopsy results")
    # one weak cue of a farewell: not a crisis reply, but not stored either
    assert not screen("sorry for everything").is_crisis and looks_like_distress("sorry for everything")
    assert not looks_like_distress("is car-t a cure for lupus")


def test_the_store_screen_after_the_engine_screen_reads_the_message_once() -> None:
    """A declined question is screened by the engine and again before it is kept: the second reuses the reading."""
    message = "which lupus trial sites are closest to lyon, asking for my sister"
    before = _assess.cache_info()
    assert screen(message).kind is None
    assert looks_like_distress(message) is False
    after = _assess.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
