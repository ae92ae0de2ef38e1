"""Round-6 mechanisms and the round-6 tune set (issue 9).

The tune half is scored whole here with floors that only rise as the round's mechanisms land; the held-out half is
scored only by bench/score_safety.py, once, at the end of the round.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.safety.screen import screen

ROUND6_TUNE = Path(__file__).with_name("screen_round6_tune.yaml")
CRISIS = ("emergency", "self_harm")

# Floors for the tune half (crisis caught with the right kind, per kind) and the ceiling of false crises.
MIN_RIGHT = {"emergency": 28, "self_harm": 33}
MAX_FALSE = 4


def _scores() -> tuple[dict[str, int], dict[str, int], list[str]]:
    items = yaml.safe_load(ROUND6_TUNE.read_text(encoding="utf-8"))
    right = dict.fromkeys(CRISIS, 0)
    total = dict.fromkeys(CRISIS, 0)
    false: list[str] = []
    for item in items:
        kind = screen(item["text"]).kind
        if item["label"] in CRISIS:
            total[item["label"]] += 1
            right[item["label"]] += kind == item["label"]
        elif kind in CRISIS:
            false.append(item["text"])
    return right, total, false


def test_round6_tune_set_has_every_language_and_kind() -> None:
    items = yaml.safe_load(ROUND6_TUNE.read_text(encoding="utf-8"))
    assert {item["lang"] for item in items} == {"en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr"}
    assert {item["label"] for item in items} == {"emergency", "self_harm", "none"}


def test_round6_tune_crisis_recall_and_false_crises_hold_their_floors() -> None:
    right, total, false = _scores()
    assert total == {"emergency": 35, "self_harm": 58}
    for kind, floor in MIN_RIGHT.items():
        assert right[kind] >= floor, (kind, right[kind])
    assert len(false) <= MAX_FALSE, false
