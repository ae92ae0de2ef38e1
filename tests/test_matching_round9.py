"""Round-9 matching: the round-9 question sets (every answered entry three times in patient registers, questions
that never name CAR-T, long posts, personal decisions, off-topic lookalikes; written before the round-9 changes)
stay at what the matcher reaches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.knowledge.loader import LoadResult
from tests.test_matching_round6 import _faq_eval, score

HERE = Path(__file__).parent

# What the matcher reaches on each half, a question under it: (least answers right, least personal decisions
# referred, least off-topic declined).
ROUND9_LINES = {
    # reached: answers 51/60, decisions 7/7, declines 9/9 (before round 9's changes: 51/60, 7/7, 8/9)
    "questions_round9_tune.yaml": (0.84, 0.99, 0.99),
    # scored at the start of round 9 and once at its end: 51/60, 7/7, 8/9 both times
    "questions_round9_heldout.yaml": (0.84, 0.99, 0.88),
}


@pytest.mark.parametrize("name", sorted(ROUND9_LINES))
def test_round9_sets_stay_at_what_the_matcher_reaches(name: str, faq_load: LoadResult) -> None:
    grader = _faq_eval()
    if grader is None:
        pytest.skip("../shared/tools/faq_eval.py is not beside the project")
    items = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    assert {item["expect"] for item in items} == {"answer", "advice", "no_match"}
    right, total, misses = score(AnswerEngine(faq_load.knowledge), items, grader)
    for kind, line in zip(("answer", "advice", "no_match"), ROUND9_LINES[name], strict=True):
        assert right[kind] >= line * total[kind], (kind, right[kind], total[kind], misses)


# A decision about a health subject no entry speaks of (a diet, a vitamin), with no medicine, treatment or CAR-T named
# beside it, is declined like the same question asked without "should i" ("is intermittent fasting good for lupus"),
# not referred as if it were about CAR-T; with a medicine or CAR-T named it stays a referral (phrasings in no set).
@pytest.mark.parametrize(
    "message",
    ["should my daughter with lupus take vitamin d", "should i try a gluten free diet for my lupus"],
)
def test_a_decision_about_a_subject_the_faq_does_not_cover_is_declined(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("no_match", "off_topic")
    assert answer.entry_id is None


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("should i stop my meds and try turmeric instead", "my-treatment"),
        ("should i start taking vitamin d instead of my hydroxychloroquine", "my-treatment"),
        ("i stopped my plaquenil and started turmeric, is that ok", "stopped-my-medicine"),
        ("should i do yoga instead of car t", "ask-about-car-t"),
    ],
)
def test_a_decision_naming_a_medicine_or_car_t_beside_it_is_still_referred(
    message: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id, answer.reason) == ("answered", entry_id, "personal")
    assert not answer.body.startswith(("No", "Yes"))
