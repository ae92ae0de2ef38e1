"""Round-8 matching: the learned classifier reads the words the matcher read (a slip corrected, an everyday word's
idea); a question pointing back at the sentence before it ("Is that true?") is read with that sentence; the round-8
question sets (every answered entry in patient registers, questions that never name CAR-T, long posts, personal
decisions, off-topic lookalikes; written before the round-8 changes) stay at what the matcher reaches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.answering.parts import referent
from bot.knowledge.loader import LoadResult
from tests.test_matching_round6 import _faq_eval, score

HERE = Path(__file__).parent

# What the matcher reaches on each half, a question under it: (least answers right, least personal decisions
# referred, least off-topic declined).
ROUND8_LINES = {
    # reached: answers 43/53, decisions 6/6, declines 7/8 (before round 8's changes: the same)
    "questions_round8_tune.yaml": (0.79, 0.99, 0.87),
    # scored at the start of round 8 and once at its end: 43/53, 5/6, 7/8 both times
    "questions_round8_heldout.yaml": (0.79, 0.83, 0.87),
}


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("are they allowed to give car t for lupus yet", "approval-status"),  # "allowed" is read as approved
        ("how did their anti dsdna do after", "autoantibodies"),  # not the CD19 entry the letters lean to
    ],
)
def test_the_classifier_reads_the_words_the_matcher_read(
    message: str, entry_id: str, faq_engine: AnswerEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)
    assert answer.caveats and answer.citations
    # without the matcher's reading, the classifier (asked on the typed words alone) settles it elsewhere
    monkeypatch.setattr("bot.answering.close_calls.read_as", lambda query: ())
    assert AnswerEngine(faq_engine.knowledge).answer(message).entry_id != entry_id


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("Someone on facebook said the lupus patients were cured for good. Is that true?", "is-it-a-cure"),
        ("my rheum said they give strong chemo before the cells go in. why is that needed", "conditioning-chemo"),
        ("The news said a young woman in Germany was the first one to get it. Who was that?", "first-patient"),
    ],
)
def test_a_question_pointing_back_is_read_with_the_sentence_before_it(
    message: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)


def test_a_question_the_story_does_not_answer_is_read_alone(faq_engine: AnswerEngine) -> None:
    # read with its story ("try for a baby next year") nothing answers: the question alone does
    answer = faq_engine.answer("We want to try for a baby next year. Would car t affect that?")
    assert (answer.status, answer.entry_id) == ("answered", "fertility-pregnancy")


@pytest.mark.parametrize(
    ("message", "part", "found"),
    [
        ("The chemo comes first. Is that true?", "Is that true?", "The chemo comes first. Is that true?"),
        ("They reprogram T cells to hunt a marker. What's that marker called?", "What's that marker called?", None),
        ("Is it a cure? Is that true?", "Is that true?", None),  # only another question before it
        ("Is that true?", "Is that true?", None),
        ("They wipe out your B cells. What happens after that?", "What happens after that?", None),  # a time
    ],
)
def test_what_points_back(message: str, part: str, found: str | None) -> None:
    assert referent(message, part) == found


@pytest.mark.parametrize("name", sorted(ROUND8_LINES))
def test_round8_sets_stay_at_what_the_matcher_reaches(name: str, faq_load: LoadResult) -> None:
    grader = _faq_eval()
    if grader is None:
        pytest.skip("../shared/tools/faq_eval.py is not beside the project")
    items = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    right, total, misses = score(AnswerEngine(faq_load.knowledge), items, grader)
    for kind, line in zip(("answer", "advice", "no_match"), ROUND8_LINES[name], strict=True):
        assert right[kind] >= line * total[kind], (kind, right[kind], total[kind], misses)
