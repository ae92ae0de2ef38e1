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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--summary", action="store_true", help="per label and language only, not per category")
    parser.add_argument("--cli", action="store_true", help="score the replies of `python -m bot ask --json -`")
    args = parser.parse_args(argv)
    for file in args.files:
        items = yaml.safe_load(Path(file).read_text(encoding="utf-8"))
        hit, kind_ok, total = Counter[str](), Counter[str](), Counter[str]()
        wrong: list[str] = []
        verdicts = through_cli([i["text"] for i in items]) if args.cli else [screen(i["text"]) for i in items]
        for item, verdict in zip(items, verdicts, strict=True):
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
            if verdict.kind != (label if label != "none" else None):
                wrong.append(f"  {label:>9} -> {verdict.kind!s:>9} [{verdict.detector}] {item['text'][:110]}")
        print(f"== {file}")
        print("  (crisis items: caught / right kind / total; others: false crisis / right kind / total)")
        for key in sorted(total):
            if args.summary and key.startswith("cat:"):
                continue
            print(f"  {key:32} {hit[key]:4} {kind_ok[key]:4} {total[key]:4}")
        if args.verbose:
            print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
