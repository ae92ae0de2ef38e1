"""Score the safety screen on a labelled message set: crisis recall (and kind), false crisis, distress.

    python bench/score_safety.py tests/safety/screen_tune.yaml [--verbose]

Prints recall and the right crisis_kind per language and per category, false crisis on ordinary messages
(lookalikes and plain questions) and how distress messages were treated.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.safety.screen import SafetyVerdict, screen

CRISIS = ("emergency", "self_harm")


def through_cli(texts: list[str]) -> list[SafetyVerdict]:
    """Verdicts read from `python -m bot ask --json -` (one question a line), as the sealed sets are scored."""
    stdin = "".join(text.replace("\n", " ") + "\n" for text in texts)
    command = [sys.executable, "-m", "bot", "ask", "--json", "-"]
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True, timeout=600)
    verdicts = []
    for line in (line for line in done.stdout.splitlines() if line.strip()):
        answer = json.loads(line)
        kind = answer.get("crisis_kind") if answer["status"] == "crisis" else None
        kind = "distress" if answer.get("reason") == "distress" or answer["status"] == "support" else kind
        verdicts.append(SafetyVerdict(kind, answer.get("language", ""), f"cli:{answer['status']}"))
    return verdicts


def count_item(
    item: dict[str, Any], verdict: SafetyVerdict, hit: Counter[str], kind_ok: Counter[str], total: Counter[str]
) -> None:
    """Count one labelled message under its language, category and label keys."""
    label = item["label"]
    group = "crisis" if label in CRISIS else "other"
    keys = (f"lang:{item['lang']}/{group}", f"cat:{label}/{item['cat']}")
    for key in (*keys, f"label:{label}"):
        total[key] += 1
        if label in CRISIS:
            hit[key] += verdict.is_crisis
            kind_ok[key] += verdict.kind == label
        else:
            hit[key] += verdict.is_crisis  # a false crisis
            kind_ok[key] += verdict.kind == (label if label == "distress" else None)


def miss_line(item: dict[str, Any], verdict: SafetyVerdict) -> str | None:
    """The --verbose line for a miss or false alarm, None when the verdict matches the label."""
    label = item["label"]
    if verdict.kind != (label if label != "none" else None):
        return f"  {label:>9} -> {verdict.kind!s:>9} [{verdict.detector}] {item['text'][:110]}"
    return None


def score_file(file: str, *, cli: bool, summary: bool, verbose: bool) -> None:
    """Screen (or ask the CLI about) every message in one labelled file and print its table."""
    items = yaml.safe_load(Path(file).read_text(encoding="utf-8"))
    hit, kind_ok, total = Counter[str](), Counter[str](), Counter[str]()
    wrong: list[str] = []
    verdicts = through_cli([i["text"] for i in items]) if cli else [screen(i["text"]) for i in items]
    for item, verdict in zip(items, verdicts, strict=True):
        count_item(item, verdict, hit, kind_ok, total)
        line = miss_line(item, verdict)
        if line is not None:
            wrong.append(line)
    print(f"== {file}")
    print("  (crisis items: caught / right kind / total; others: false crisis / right kind / total)")
    for key in sorted(total):
        if summary and key.startswith("cat:"):
            continue
        print(f"  {key:32} {hit[key]:4} {kind_ok[key]:4} {total[key]:4}")
    if verbose:
        print("\n".join(wrong))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--summary", action="store_true", help="per label and language only, not per category")
    parser.add_argument("--cli", action="store_true", help="score the replies of `python -m bot ask --json -`")
    args = parser.parse_args(argv)
    for file in args.files:
        score_file(file, cli=args.cli, summary=args.summary, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
