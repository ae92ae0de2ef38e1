"""Issue 10's done-when, measured on our own sets: every round of new-topic questions (tests/eval/new_topics*.yaml),
graded in process as ../shared/tools/faq_eval.py grades them.

Each round was written before that round's changes and split into a tune half and a held-out half. The floors are
what each set scores today less a small margin, so a change that costs new-topic answers fails here; the sealed set
the issue is judged on is separate and never seen. The held-out halves are asserted against a floor only (their
misses are not printed), so a failure says a rate fell without turning the held-out half into a tune half.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.answering.normalise import Normaliser
from tests.test_answer_quality import grade

EVAL_DIR = Path(__file__).with_name("eval")

# (answer + advice floor, decline floor) per set
FLOORS: dict[str, tuple[float, float]] = {
    "new_topics_tune.yaml": (0.90, 1.0),
    "new_topics_heldout.yaml": (0.90, 1.0),
    "new_topics_round2_tune.yaml": (0.90, 1.0),
    "new_topics_round2_heldout.yaml": (0.90, 1.0),
    "new_topics_round3_tune.yaml": (0.90, 1.0),
    "new_topics_round3_heldout.yaml": (0.85, 1.0),
    "new_topics_round4_tune.yaml": (0.90, 1.0),
    "new_topics_round4_heldout.yaml": (0.85, 1.0),
    "new_topics_round5_tune.yaml": (0.85, 1.0),
    # scored once at the end of round 5: 55/72 answers and decisions (53/70 answers), 8/8 declines
    "new_topics_round5_heldout.yaml": (0.75, 1.0),
    # round 6 as written, before any round-6 change: tune 37/48 answers and decisions, 5/6 declines; held-out 32/48,
    # 5/6. At the end of round 6: tune 45/48, 6/6; held-out (scored once) 32/48, 5/6
    "new_topics_round6_tune.yaml": (0.90, 1.0),
    "new_topics_round6_heldout.yaml": (0.65, 0.8),
    # round 7 as written, before any round-7 change: tune 50/59 answers and decisions, 7/7 declines; held-out 46/58,
    # 6/7. At the end of round 7: tune 52/59, 7/7; held-out (scored once) 46/58, 6/7
    "new_topics_round7_tune.yaml": (0.85, 1.0),
    "new_topics_round7_heldout.yaml": (0.75, 0.85),
}


def _items(name: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load((EVAL_DIR / name).read_text(encoding="utf-8"))
    return items


def test_every_round_has_a_floor() -> None:
    assert sorted(p.name for p in EVAL_DIR.glob("new_topics*.yaml")) == sorted(FLOORS)


def test_round5_covers_the_ten_new_topics_with_declines_and_decisions() -> None:
    items = _items("new_topics_round5_tune.yaml") + _items("new_topics_round5_heldout.yaml")
    answers = [i for i in items if i["expect"] == "answer"]
    by_topic = {i["topic"] for i in answers}
    assert len(by_topic) == 10
    assert all(sum(1 for i in answers if i["topic"] == t) >= 12 for t in by_topic)
    assert len(answers) >= 120
    assert sum(1 for i in items if i["expect"] == "no_match") >= 15
    earlier = [p.name for p in EVAL_DIR.glob("new_topics*.yaml") if "round5" not in p.name]
    older = {i["q"].strip().lower() for name in earlier for i in _items(name)}
    assert not older & {i["q"].strip().lower() for i in items}


def test_round6_has_four_voices_declines_and_decisions_and_no_older_wording() -> None:
    items = _items("new_topics_round6_tune.yaml") + _items("new_topics_round6_heldout.yaml")
    answers = [i for i in items if i["expect"] == "answer"]
    assert len(items) >= 90
    assert {"T", "P", "N", "L"} <= {i["voice"] for i in answers}
    assert len({i["topic"] for i in answers}) == 12
    assert sum(1 for i in items if i["expect"] == "no_match") >= 10
    assert sum(1 for i in items if i["expect"] == "advice") >= 6
    earlier = [p.name for p in EVAL_DIR.glob("new_topics*.yaml") if "round6" not in p.name]
    older = {i["q"].strip().lower() for name in earlier for i in _items(name)}
    assert not older & {i["q"].strip().lower() for i in items}


def test_round7_has_four_voices_over_every_new_topic_and_no_older_wording() -> None:
    items = _items("new_topics_round7_tune.yaml") + _items("new_topics_round7_heldout.yaml")
    answers = [i for i in items if i["expect"] == "answer"]
    assert len(answers) >= 100
    assert {i["voice"] for i in answers} == {"T", "P", "N", "L"}
    assert len({i["topic"] for i in answers}) == 12
    assert sum(1 for i in items if i["expect"] == "no_match") >= 12
    assert sum(1 for i in items if i["expect"] == "advice") >= 8
    earlier = [p.name for p in EVAL_DIR.glob("new_topics*.yaml") if "round7" not in p.name]
    older = {i["q"].strip().lower() for name in earlier for i in _items(name)}
    assert not older & {i["q"].strip().lower() for i in items}


def test_round7_has_no_phrasing_that_is_an_alias_word_for_word(faq_engine: AnswerEngine) -> None:
    """A phrasing that is an entry's alias word for word measures nothing."""
    items = _items("new_topics_round7_tune.yaml") + _items("new_topics_round7_heldout.yaml")
    tokens = Normaliser(faq_engine.knowledge.lexicon).tokens
    phrased = {frozenset(tokens(p)) for e in faq_engine.knowledge.entries for p in (e.question, *e.aliases)}
    assert not [i["q"] for i in items if frozenset(tokens(i["q"])) in phrased]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_new_topic_round_scores_at_least_its_floor(faq_engine: AnswerEngine, name: str) -> None:
    answer_floor, decline_floor = FLOORS[name]
    answered = declined = n_answer = n_decline = 0
    misses = []
    for item in _items(name):
        ok, why = grade(item, faq_engine.answer(item["q"]).to_json())
        if item["expect"] == "no_match":
            n_decline += 1
            declined += ok
        else:
            n_answer += 1
            answered += ok
        if not ok:
            misses.append(f"{item['q']!r}: {why}")
    shown = [] if "heldout" in name else misses
    assert answered / n_answer >= answer_floor, (answered, n_answer, shown)
    if n_decline:
        assert declined / n_decline >= decline_floor, (declined, n_decline, shown)
