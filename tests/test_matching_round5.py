"""Round-5 matching: worry wrapped round a question gets the answer (with the support lines), words of feeling are not
what a question is about, the three scorers agreeing settle a question tied to the subject by a pronoun, and two
scorers outvote the alias index on a close runner-up; off-topic questions stay declined."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.answering.close_calls import MatchPolicy
from bot.answering.normalise import Normaliser
from bot.knowledge.loader import LoadResult
from tests.test_matching_round6 import without_concepts

FAQ_EVAL = Path(__file__).resolve().parents[2] / "shared" / "tools" / "faq_eval.py"


def _faq_eval() -> Any:
    """../shared/tools/faq_eval.py, the sealed sets' own grader (the round-5 set test is skipped without it)."""
    spec = importlib.util.spec_from_file_location("faq_eval_round5", FAQ_EVAL)
    if not FAQ_EVAL.exists() or spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WORRIED = "hiya... i'm a bit scared, what sort of side effects"


def test_worry_and_a_question_get_the_answer_with_the_support_lines(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(WORRIED)
    assert (answer.status, answer.entry_id) == ("answered", "side-effects")
    assert "cytokine release" in answer.body
    assert answer.support  # the kind words and where to find support come along
    assert answer.caveats
    assert answer.citations


@pytest.mark.parametrize("message", ["I feel so alone with this", "I'm terrified of my biopsy results"])
def test_worry_the_faq_answers_nothing_of_gets_the_support_lines_alone(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("support", "distress")
    assert answer.entry_id is None


def test_words_of_feeling_are_left_out_of_matching(faq_load: LoadResult) -> None:
    tokens = Normaliser(faq_load.knowledge.lexicon).tokens
    assert tokens("hiya, i'm so scared and worried, what are the side effects") == tokens("what are the side effects")
    assert "excit" in tokens("are doctors excited about this")  # how experts react is what that question asks


def test_a_question_tied_by_a_pronoun_is_settled_when_the_three_scorers_agree(faq_load: LoadResult) -> None:
    message, entry_id = "how many people did they actually test this on", "the-study"
    answer = AnswerEngine(faq_load.knowledge).answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)
    # without the classifier's opinion the alias index alone declines it (just under its line)
    never = MatchPolicy(opinion_agrees_at=float("inf"), opinion_alone_at=float("inf"))
    assert AnswerEngine(faq_load.knowledge, policy=never).answer(message).reason == "weak"


def test_a_question_not_tied_to_the_subject_is_settled_only_when_all_three_agree_clearly(
    faq_engine: AnswerEngine,
) -> None:
    answer = faq_engine.answer("is the effect permanent")  # every word the FAQ's; the three scorers agree
    assert (answer.status, answer.entry_id) == ("answered", "follow-up-duration")
    # the index, the classifier and (by a little) the entries' texts lean to the study: it stays declined
    assert faq_engine.answer("how many people live in germany").status == "no_match"


def test_two_scorers_outvote_the_alias_index_on_a_close_runner_up(faq_load: LoadResult) -> None:
    message = "how bad are the side effects of this treatment"
    answer = AnswerEngine(faq_load.knowledge).answer(message)
    assert (answer.status, answer.entry_id) == ("answered", "side-effects")
    never = MatchPolicy(outvote_margin=0.0, outvote_far_at=float("inf"), reconsider_any_at=float("inf"))
    # (the round-7 concept layer reads "bad" as a side effect too: left out, to show the outvoting alone)
    alone = AnswerEngine(without_concepts(faq_load.knowledge), policy=never).answer(message)
    assert alone.entry_id != "side-effects"  # the alias index's own leader, two points ahead


@pytest.mark.parametrize(
    "message",
    [
        "is it safe to eat raw cookie dough",  # a pronoun and words the FAQ never uses
        "can you get tattoos with lupus",
        "can lupus patients drink coffee",
        "is car t halal",
        "what's the capital of australia",
    ],
)
def test_questions_the_faq_does_not_answer_stay_declined(message: str, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(message).status == "no_match"


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("do people get new cancers years after the treatment", "answered"),  # an entry asks just that of cancer
        ("how is type 2 diabetes treated", "no_match"),  # one word shared with "could it help type 1 diabetes"
        ("how do i get a flu shot", "no_match"),  # ... with "flu shot after this treatment"
    ],
)
def test_a_condition_named_without_the_subject_is_answered_only_by_an_entry_asking_the_same_of_it(
    message: str, status: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert answer.status == status
    if status == "answered":
        assert answer.entry_id == "secondary-cancer"


# --------------------------------------------------------------------------- the round-5 question set


ROUND5 = Path(__file__).parent
# What the matcher reaches on each half (tune, held-out: scored once, at the end of round 5), a question under it:
# (least answers right, least personal decisions referred, least off-topic declined).
ROUND5_LINES = {
    "questions_round5_tune.yaml": (0.89, 0.9, 0.86),  # reached: answers 90/100, decisions 10/10, declines 14/15
    "questions_round5_heldout.yaml": (0.87, 0.9, 0.66),  # reached: 88/100, 10/10, 11/15
}


@pytest.mark.parametrize("name", sorted(ROUND5_LINES))
def test_the_round5_sets_stay_at_what_the_matcher_reaches(name: str, faq_engine: AnswerEngine) -> None:
    grader = _faq_eval()
    if grader is None:
        pytest.skip("../shared/tools/faq_eval.py is not beside the project")
    grade, safety_violations = grader.grade, grader.safety_violations
    items = yaml.safe_load((ROUND5 / name).read_text(encoding="utf-8"))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for item in items:
        got = faq_engine.answer(item["q"]).to_json()
        ok, why = grade(item, got, strict_advice=True)
        ok = ok and not safety_violations(got) and (item["expect"] != "answer" or got["entry_id"] == item["topic"])
        assert item["expect"] == "crisis" or got["status"] != "crisis", f"false crisis: {item['q']!r}"
        total[item["expect"]] += 1
        right[item["expect"]] += ok
        if not ok:
            misses.append(f"{item['q']!r}: {why or got['entry_id']}")
    answer, advice, declined = ROUND5_LINES[name]
    shares = {kind: right[kind] / total[kind] for kind in total}
    assert total["answer"] >= 90 and total["advice"] >= 10 and total["no_match"] >= 15, total
    assert shares["answer"] >= answer, "\n".join(misses)
    assert shares["advice"] >= advice, "\n".join(misses)
    assert shares["no_match"] >= declined, "\n".join(misses)
