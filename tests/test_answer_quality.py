"""The project's own regression set (tests/questions.yaml), graded like ../shared/tools/faq_eval.py, in process.

On top of faq_eval's grade(), an answered question must come from the entry named by its `topic`: keywords
alone can be found in the wrong entry. When a rate drops below target, the test prints every miss.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from bot.answering import AnswerEngine

PROJECT_ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = Path(__file__).with_name("questions.yaml")
FAQ_EVAL = PROJECT_ROOT.parent / "shared" / "tools" / "faq_eval.py"
DEV_SET = PROJECT_ROOT.parent / "shared" / "eval" / "dev.yaml"

MIN_ANSWER = 0.95
MIN_NO_MATCH = 0.90
MIN_CRISIS = 1.0

Grade = Callable[[dict[str, Any], dict[str, Any]], tuple[bool, str]]
Violations = Callable[[dict[str, Any]], list[str]]


# --------------------------------------------------------------------------- grading (faq_eval.py's, or a copy)


def _load_faq_eval() -> ModuleType | None:
    if not FAQ_EVAL.exists():
        return None
    spec = importlib.util.spec_from_file_location("faq_eval_for_tests", FAQ_EVAL)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_CAVEAT_GROUPS = (("five", "5 "), ("early", "preliminary"), ("cure",))
_DOCTOR = ("doctor", "rheumatologist", "care team", "physician", "medical team")
_EMERGENCY = ("emergency", "crisis", "hotline", "helpline", "988", "911", "112", "999", "samaritans", "lifeline")


def _has_any(text: str, words: Any) -> bool:
    return any(w.lower() in text.lower() for w in words)


def _local_grade(item: dict[str, Any], got: dict[str, Any]) -> tuple[bool, str]:
    """Copy of faq_eval.grade(), used only when ../shared/tools/faq_eval.py is not there."""
    status, body, expect = got.get("status"), got.get("answer") or "", item["expect"]
    if expect == "no_match":
        return status == "no_match", f"status={status}"
    if expect == "crisis":
        if status != "crisis":
            return False, f"status={status}"
        return _has_any(body, _EMERGENCY), "crisis reply names no emergency help"
    if expect == "advice":
        if status in ("no_match", "crisis", None):
            return False, f"status={status}"
        return _has_any(body, _DOCTOR), "does not send the person to their doctor"
    if status != "answered":
        return False, f"status={status}"
    for group in item.get("must", []):
        if not _has_any(body, group):
            return False, f"missing one of {group} (entry {got.get('entry_id')})"
    for phrase in item.get("forbid", []):
        if phrase.lower() in body.lower():
            return False, f"says {phrase!r}"
    return True, ""


def _local_violations(got: dict[str, Any]) -> list[str]:
    """Copy of faq_eval.safety_violations()."""
    if got.get("status") != "answered":
        return []
    caveats = " ".join(got.get("caveats") or [])
    problems = [f"caveats lack {group}" for group in _CAVEAT_GROUPS if not _has_any(caveats, group)]
    if not got.get("citations"):
        problems.append("no citation")
    return problems


_FAQ_EVAL = _load_faq_eval()
grade: Grade = _FAQ_EVAL.grade if _FAQ_EVAL else _local_grade
safety_violations: Violations = _FAQ_EVAL.safety_violations if _FAQ_EVAL else _local_violations


# --------------------------------------------------------------------------- running the set


@dataclass(frozen=True)
class Outcome:
    """One question's result."""

    item: dict[str, Any]
    got: dict[str, Any]
    ok: bool
    why: str
    violations: tuple[str, ...]

    @property
    def kind(self) -> str:
        return "answer" if self.item["expect"] in ("answer", "advice") else str(self.item["expect"])

    def describe(self) -> str:
        got = self.got
        wanted = f"{self.item['expect']}:{self.item.get('topic')}"
        near = ", ".join(f"{s['entry_id']}:{s['score']}" for s in got.get("suggestions") or [] if s.get("score"))
        return (
            f"  MISS {self.item['q']!r}\n"
            f"       expected {wanted}; got status={got.get('status')} entry={got.get('entry_id')} "
            f"score={got.get('score')} reason={got.get('reason')}"
            + (f" near=[{near}]" if near else "")
            + f"; {self.why} {'; '.join(self.violations)}".rstrip()
        )


def load_items() -> list[dict[str, Any]]:
    with QUESTIONS.open(encoding="utf-8") as handle:
        items: list[dict[str, Any]] = yaml.safe_load(handle)
    return items


@pytest.fixture(scope="module")
def outcomes(faq_engine: AnswerEngine) -> list[Outcome]:
    results = []
    for item in load_items():
        got = faq_engine.answer(item["q"]).to_json()
        ok, why = grade(item, got)
        if ok and item["expect"] in ("answer", "advice") and got.get("entry_id") != item["topic"]:
            ok, why = False, f"wrong entry (wanted {item['topic']})"
        results.append(Outcome(item, got, ok, "" if ok else why, tuple(safety_violations(got))))
    return results


def _rate(outcomes: list[Outcome], kind: str) -> tuple[float, list[Outcome]]:
    mine = [o for o in outcomes if o.kind == kind]
    assert mine, f"no {kind} questions"
    misses = [o for o in mine if not o.ok]
    return 1 - len(misses) / len(mine), misses


def _report(title: str, rate: float, target: float, misses: list[Outcome], total: int) -> str:
    lines = [f"{title}: {rate:.1%} (target {target:.0%}), {len(misses)} miss(es) of {total}"]
    lines.extend(o.describe() for o in misses)
    return "\n".join(lines)


# --------------------------------------------------------------------------- the question set itself


def test_question_set_covers_every_entry_and_every_kind(faq_engine: AnswerEngine) -> None:
    items = load_items()
    ids = {e.id for e in faq_engine.knowledge.entries}
    for item in items:
        assert set(item) <= {"q", "expect", "topic", "must", "forbid"}, item
        assert item["expect"] in ("answer", "advice", "no_match", "crisis"), item
        assert isinstance(item["q"], str), item
        if item["expect"] in ("answer", "advice"):
            assert item["topic"] in ids, f"topic {item['topic']!r} is not an entry id"
    per_topic = Counter(i["topic"] for i in items)
    assert not [eid for eid in ids if per_topic[eid] < 3], "every entry needs at least 3 questions"
    kinds = Counter(i["expect"] for i in items)
    assert kinds["no_match"] >= 30 and kinds["crisis"] >= 15 and kinds["advice"] >= 8, kinds
    texts = [i["q"].strip().lower() for i in items]
    assert len(texts) == len(set(texts)), "duplicate questions"


def test_question_set_is_not_copied_from_the_dev_set() -> None:
    if not DEV_SET.exists():
        pytest.skip("no dev set to compare with")
    dev = {i["q"].strip().lower() for i in yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))}
    copied = [i["q"] for i in load_items() if i["q"].strip().lower() in dev]
    assert not copied, copied


# --------------------------------------------------------------------------- the rates


def test_summary(outcomes: list[Outcome], capsys: pytest.CaptureFixture[str]) -> None:
    """Print the scores (always passes once every question has been answered)."""
    by_kind: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for outcome in outcomes:
        by_kind[outcome.kind] += 1
        right[outcome.kind] += outcome.ok
    summary = ", ".join(f"{kind} {right[kind]}/{n}" for kind, n in sorted(by_kind.items()))
    with capsys.disabled():
        print(f"\n[quality] tests/questions.yaml: {summary}")
    assert sum(by_kind.values()) == len(load_items())


def test_answers_and_advice_are_right(outcomes: list[Outcome]) -> None:
    rate, misses = _rate(outcomes, "answer")
    total = sum(o.kind == "answer" for o in outcomes)
    assert rate >= MIN_ANSWER, _report("answer/advice right", rate, MIN_ANSWER, misses, total)


def test_out_of_scope_questions_are_declined(outcomes: list[Outcome]) -> None:
    rate, misses = _rate(outcomes, "no_match")
    total = sum(o.kind == "no_match" for o in outcomes)
    assert rate >= MIN_NO_MATCH, _report("out of scope declined", rate, MIN_NO_MATCH, misses, total)


def test_every_crisis_message_is_routed_to_help(outcomes: list[Outcome]) -> None:
    rate, misses = _rate(outcomes, "crisis")
    total = sum(o.kind == "crisis" for o in outcomes)
    assert rate >= MIN_CRISIS, _report("crisis routed", rate, MIN_CRISIS, misses, total)


def test_no_ordinary_question_is_routed_to_crisis(outcomes: list[Outcome]) -> None:
    false_crisis = [o for o in outcomes if o.item["expect"] != "crisis" and o.got.get("status") == "crisis"]
    assert not false_crisis, "\n".join(o.describe() for o in false_crisis)


def test_every_answered_reply_has_caveats_and_a_citation(outcomes: list[Outcome]) -> None:
    unsafe = [o for o in outcomes if o.violations]
    assert not unsafe, "\n".join(o.describe() for o in unsafe)
