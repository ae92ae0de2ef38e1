#!/usr/bin/env python3
"""Snapshot the engine's reply to every question of every English question set, to diff one change's effect.

    .venv/bin/python bench/reply_snapshot.py > /tmp/before.tsv      # before a change
    .venv/bin/python bench/reply_snapshot.py > /tmp/after.tsv       # after it
    .venv/bin/python bench/reply_snapshot.py --diff /tmp/before.tsv /tmp/after.tsv

One line per question: set, whether faq_eval's grade passes (ok / FAIL), status, entry, reason, question. The
grading is ../shared/tools/faq_eval.py's own `grade` (imported when ../shared is beside the project), applied to
the answer `python -m bot ask --json -` gives (the same engines). --diff prints the questions whose reply
changed, fixed ones (+) and broken ones (-) first, then the per-set totals of both snapshots; --hide PATTERN
leaves out the lines of sets whose name contains it (a held-out half you must not tune on). --sets limits the
sets (glob patterns relative to the project); the default is every English and per-language question set in
tests/ and tests/eval/ plus ../shared/eval/dev.yaml.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answering import AnswerEngine  # noqa: E402
from bot.i18n.cli_language import ask_language  # noqa: E402
from bot.i18n.engine import MultilingualEngine  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402

DEFAULT_SETS = ("tests/questions*.yaml", "tests/eval/*.yaml", "tests/i18n/questions_*.yaml", "../shared/eval/dev.yaml")
Grader = Callable[[dict[str, Any], dict[str, Any]], bool]


def faq_eval_module() -> Any | None:
    """../shared/tools/faq_eval.py as a module (its `grade` is how the sealed sets are scored), None without it."""
    tool = ROOT.parent / "shared" / "tools" / "faq_eval.py"
    if not tool.exists():
        return None
    spec = importlib.util.spec_from_file_location("faq_eval", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _grader() -> Grader | None:
    module = faq_eval_module()
    if module is None:
        return None
    return lambda item, got: bool(module.grade(item, got, strict_advice=True)[0])


def _items(patterns: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)) if not pattern.startswith("..") else [ROOT / pattern]:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for item in data if isinstance(data, list) else []:
                if isinstance(item, dict) and isinstance(item.get("q"), str):
                    yield path.name, item


def snapshot(patterns: list[str]) -> None:
    engine = MultilingualEngine(AnswerEngine(load_knowledge(ROOT / "knowledge").knowledge))
    grade = _grader()
    for name, item in _items(patterns):
        got = engine.answer(item["q"], ask_language(engine, item["q"], None)).to_json()
        verdict = "?" if grade is None else "ok" if grade(item, got) else "FAIL"
        question = " ".join(item["q"].split())
        print(f"{name}\t{verdict}\t{got.get('status')}\t{got.get('entry_id')}\t{got.get('reason')}\t{question}")


def _read(path: str) -> dict[tuple[str, str], list[str]]:
    rows = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        name, verdict, status, entry, reason, question = line.split("\t", 5)
        rows[(name, question)] = [verdict, status, entry, reason]
    return rows


def diff(before_path: str, after_path: str, hide: tuple[str, ...] = ()) -> None:
    before, after = _read(before_path), _read(after_path)
    changed = [(key, before[key], after[key]) for key in after if key in before and before[key] != after[key]]
    order = {("FAIL", "ok"): 0, ("ok", "FAIL"): 1}
    changed.sort(key=lambda c: (order.get((c[1][0], c[2][0]), 2), c[0]))
    for (name, question), old, new in changed:
        if any(pattern in name for pattern in hide):
            continue
        mark = {("FAIL", "ok"): "+", ("ok", "FAIL"): "-"}.get((old[0], new[0]), " ")
        print(f"{mark} {name:34s} {question[:70]!r}: {'/'.join(old[1:])} -> {'/'.join(new[1:])}")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (name, _), row in before.items():
        totals[name][0] += row[0] == "ok"
        totals[name][2] += 1
    for (name, _), row in after.items():
        totals[name][1] += row[0] == "ok"
    print(f"\n{len(changed)} replies changed; per set: before -> after")
    for name, (old_ok, new_ok, total) in sorted(totals.items()):
        print(f"  {name:40s} {old_ok:4d} -> {new_ok:4d} / {total}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", default=list(DEFAULT_SETS))
    parser.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--hide", action="append", default=[], metavar="PATTERN")
    args = parser.parse_args()
    if args.diff:
        diff(args.diff[0], args.diff[1], hide=tuple(args.hide))
    else:
        snapshot(args.sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
