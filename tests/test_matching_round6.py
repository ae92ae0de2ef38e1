"""Round-6 matching: the round-6 question sets (personas unlike rounds 1-5: a scared newly diagnosed 19-year-old, a
carer asking for a parent, a sceptical nurse in clinical words, a non-native speaker, phone typing, long posts) stay
at what the matcher reaches, graded like the sealed sets (../shared/tools/faq_eval.py, --strict-advice) and by the
entry answered."""

from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.answering.close_calls import MatchPolicy
from bot.answering.parts import clauses
from bot.knowledge.loader import LoadResult
from bot.knowledge.model import KnowledgeBase

FAQ_EVAL = Path(__file__).resolve().parents[2] / "shared" / "tools" / "faq_eval.py"
HERE = Path(__file__).parent

# What the matcher reaches on each half, a question under it: (least answers right, least personal decisions
# referred, least off-topic declined). The held-out half was scored once, at the end of round 6.
ROUND6_LINES = {
    # reached: answers 80/102, decisions 14/14, declines 8/18 (before round 6: 71/102, 12/14, 8/18)
    "questions_round6_tune.yaml": (0.77, 0.92, 0.38),
    # reached, scored once at the end of round 6: 79/101, 13/14, 13/18 (before: 68/101, 13/14, 14/18)
    "questions_round6_heldout.yaml": (0.77, 0.85, 0.66),
}


def without_concepts(knowledge: KnowledgeBase) -> KnowledgeBase:
    """The FAQ without the lexicon's concept layer (round 7), to show what an older mechanism does alone."""
    return replace(knowledge, lexicon=replace(knowledge.lexicon, concepts=MappingProxyType({})))


def _faq_eval() -> Any:
    """../shared/tools/faq_eval.py, the sealed sets' own grader (the set test is skipped without it)."""
    spec = importlib.util.spec_from_file_location("faq_eval_round6", FAQ_EVAL)
    if not FAQ_EVAL.exists() or spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(
    engine: AnswerEngine, items: list[dict[str, Any]], grader: Any
) -> tuple[Counter[str], Counter[str], list[str]]:
    """Right and total per kind (answer, advice, no_match) and the misses; an answer must also be the right entry."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for item in items:
        got = engine.answer(item["q"]).to_json()
        ok, why = grader.grade(item, got, strict_advice=True)
        ok = ok and not grader.safety_violations(got)
        ok = ok and (item["expect"] != "answer" or got["entry_id"] == item["topic"])
        assert item["expect"] == "crisis" or got["status"] != "crisis", f"false crisis: {item['q']!r}"
        total[item["expect"]] += 1
        right[item["expect"]] += ok
        if not ok:
            misses.append(f"{item['q']!r}: {why or got['entry_id']}")
    return right, total, misses


INF = float("inf")


@pytest.mark.parametrize(
    ("message", "entry_id", "without", "policy"),
    [
        # the classifier and the entries' whole texts choose a runner-up far behind the alias index's leader
        (
            "how do they actually give it to you, is it a drip",
            "how-is-it-given",
            "conditioning-chemo",
            {"outvote_far_at": INF},
        ),
        # ... or the classifier by no specific word, for an answer under 65 the texts rank among their first three
        ("How was remission defined in this research?", "what-is-remission", "lupus-cart", {"reconsider_any_at": INF}),
        # all three scorers choose one entry; the one word the FAQ never uses is not what is asked
        ("can i read the original articles somewhere", "sources", None, {"consensus_at": INF}),
        ("any bad side effects?", "side-effects", None, {"consensus_at": INF}),
    ],
)
def test_the_two_other_scorers_settle_what_the_alias_index_gets_wrong(
    message: str, entry_id: str, without: str | None, policy: dict[str, float], faq_load: LoadResult
) -> None:
    answer = AnswerEngine(faq_load.knowledge).answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)
    assert answer.caveats and answer.citations
    alone = AnswerEngine(without_concepts(faq_load.knowledge), policy=MatchPolicy(**policy)).answer(message)
    assert alone.entry_id == without  # the mechanism, not an alias, makes the difference


@pytest.mark.parametrize(
    "message",
    [
        "how do i make discord bots",  # three scorers lean to the bot's own entry, the classifier not clearly
        "is coffee bad for your kidneys",  # they agree on nephritis, but the unknown word is what is asked
        "is ivf covered by insurance",  # ... a word the FAQ never uses right after a question's opening verb
        "my cat has kidney disease what should i feed her",  # ... or after a possessive
    ],
)
def test_agreement_does_not_answer_a_question_about_something_else(message: str, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(message).status == "no_match"


def test_the_clauses_that_ask_are_found_in_a_sentence_wrapped_in_a_story() -> None:
    story = "please tell me this is a cure, im 19 and i cant do this for the rest of my life"
    assert clauses([story]) == ["please tell me this is a cure"]  # the clause that tells is left out
    assert clauses(["my mums anti-dsdna is high, what are these antibodies"]) == ["what are these antibodies"]
    assert clauses(["is it a cure"]) == []  # one clause: the part itself is matched already


@pytest.mark.parametrize(
    ("message", "status", "entry_id"),
    [
        ("please tell me this is a cure, im 19 and i cant do this for the rest of my life", "answered", "is-it-a-cure"),
        ("my mums anti-dsdna is high, what are these antibodies that attack yourself", "answered", "autoantibodies"),
        ("my cat is sick, she wont eat, what should i do", "no_match", None),  # never a referral from a clause
        ("i love pizza, what is the capital of france", "no_match", None),
        ("my grandma has lymphoma, what are her treatment options", "no_match", None),  # the clause leaves it out
    ],
)
def test_a_clause_that_asks_is_answered_when_its_whole_sentence_is_not(
    message: str, status: str, entry_id: str | None, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == (status, entry_id)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("i dont take my azathioprine anymore since one month, is problem?", "stopped-my-medicine"),
        ("my mum is not taking her tablets", "stopped-my-medicine"),
        ("Do you think I should push my consultant for a referral?", "ask-about-car-t"),
    ],
)
def test_personal_decisions_in_everyday_words_get_the_referral_of_their_kind(
    message: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason, answer.entry_id) == ("answered", "personal", entry_id)
    assert not answer.body.lower().startswith(("no", "yes"))


@pytest.mark.parametrize(
    "message", ["i dont take the bus anymore", "should i ask my boss for a raise", "does anyone still take plaquenil"]
)
def test_no_medicine_of_ones_own_or_no_care_is_no_personal_decision(message: str, faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer(message).reason != "personal"


def test_every_answering_entry_is_asked_in_both_halves(faq_engine: AnswerEngine) -> None:
    answering = {e.id for e in faq_engine.knowledge.entries} - {
        "ask-about-car-t",
        "could-i-qualify",
        "my-treatment",
        "stopped-my-medicine",
    }
    for name in ROUND6_LINES:
        items = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
        assert {i["topic"] for i in items if i["expect"] == "answer"} == answering, name


@pytest.mark.parametrize("name", sorted(ROUND6_LINES))
def test_the_round6_sets_stay_at_what_the_matcher_reaches(name: str, faq_engine: AnswerEngine) -> None:
    grader = _faq_eval()
    if grader is None:
        pytest.skip("../shared/tools/faq_eval.py is not beside the project")
    items = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    right, total, misses = score(faq_engine, items, grader)
    answer, advice, declined = ROUND6_LINES[name]
    shares = {kind: right[kind] / total[kind] for kind in total}
    assert total["answer"] >= 100 and total["advice"] >= 14 and total["no_match"] >= 18, total
    assert shares["answer"] >= answer, "\n".join(misses)
    assert shares["advice"] >= advice, "\n".join(misses)
    assert shares["no_match"] >= declined, "\n".join(misses)
