#!/usr/bin/env python3
"""Score the matching helper's question sets (every round) the way the sealed sets are scored, per set and per entry.

    .venv/bin/python bench/score_rounds.py                       # every tests/questions*.yaml and new-topics set
    .venv/bin/python bench/score_rounds.py tests/questions_round6_tune.yaml --per-entry --misses

An answer counts only with the right entry (and faq_eval's `must` words, caveats and a citation); a personal decision
must get a doctor referral that does not open with a bare "No"/"Yes" (--strict-advice); off-topic must be declined.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answering import AnswerEngine  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402

FAQ_EVAL = ROOT.parent / "shared" / "tools" / "faq_eval.py"


def _grader() -> Any:
    spec = importlib.util.spec_from_file_location("faq_eval", FAQ_EVAL)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no grader at {FAQ_EVAL}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="question sets (default: every English set in tests/)")
    parser.add_argument("--per-entry", action="store_true", help="right/asked per expected entry")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    names = args.sets or sorted(
        str(p.relative_to(ROOT))
        for p in [*ROOT.glob("tests/questions*.yaml"), *ROOT.glob("tests/eval/new_topics*.yaml")]
    )
    grader = _grader()
    engine = AnswerEngine(load_knowledge(ROOT / "knowledge").knowledge)
    per_entry: dict[str, list[int]] = {}
    for name in names:
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for item in yaml.safe_load((ROOT / name).read_text(encoding="utf-8")):
            got = engine.answer(item["q"]).to_json()
            ok, why = grader.grade(item, got, strict_advice=True)
            ok = ok and not grader.safety_violations(got)
            ok = ok and (item["expect"] != "answer" or got["entry_id"] == item.get("topic"))
            total[item["expect"]] += 1
            right[item["expect"]] += ok
            key = item.get("topic") if item["expect"] == "answer" else item["expect"]
            tally = per_entry.setdefault(str(key), [0, 0])
            tally[0] += ok
            tally[1] += 1
            if args.misses and not ok:
                where = f"{item['expect']}/{item.get('topic')}"
                print(f"  MISS [{where}] {item['q']!r} -> {got['status']} {got['entry_id']} {why}")
        line = ", ".join(f"{kind} {right[kind]}/{total[kind]}" for kind in sorted(total))
        print(f"{name}: {line}")
    if args.per_entry:
        for key, (ok, asked) in sorted(per_entry.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            print(f"  {key:28} {ok}/{asked}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
