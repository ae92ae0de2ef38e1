#!/usr/bin/env python3
"""Leave-one-alias-out: how well the matcher generalises beyond the phrasings written into the FAQ.

    .venv/bin/python bench/bench_loao.py            # every alias of the real FAQ (about a minute)
    .venv/bin/python bench/bench_loao.py --verbose  # also print each alias that is no longer answered right

For each alias of each entry, the engine is rebuilt from the FAQ without that alias and asked the alias. The
share still answered with its own entry (a referral counts for the referral entries) is printed, per entry and
overall: an alias that only its own text can match adds a phrasing, not understanding.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answering import AnswerEngine  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--knowledge", default=str(ROOT / "knowledge"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    knowledge = load_knowledge(args.knowledge).knowledge
    started = time.perf_counter()
    per_entry: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for position, entry in enumerate(knowledge.entries):
        for alias in entry.aliases:
            kept = tuple(a for a in entry.aliases if a != alias)
            entries = list(knowledge.entries)
            entries[position] = replace(entry, aliases=kept)
            engine = AnswerEngine(replace(knowledge, entries=tuple(entries)))
            got = engine.answer(alias)
            ok = got.status == "answered" and got.entry_id == entry.id
            per_entry[entry.id][0] += ok
            per_entry[entry.id][1] += 1
            if not ok:
                misses.append(f"  {entry.id}: {alias!r} -> {got.status} {got.entry_id} ({got.reason})")
    elapsed = time.perf_counter() - started
    if args.verbose:
        print("\n".join(misses))
    print(f"{'entry':28s} still answered")
    for entry_id, (ok, total) in sorted(per_entry.items()):
        print(f"{entry_id:28s} {ok:3d}/{total:<3d} {ok / total:6.1%}")
    ok = sum(v[0] for v in per_entry.values())
    total = sum(v[1] for v in per_entry.values())
    print(f"{'ALL':28s} {ok:3d}/{total:<3d} {ok / max(total, 1):6.1%}   ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
