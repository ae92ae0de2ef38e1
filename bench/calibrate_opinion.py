#!/usr/bin/env python3
"""How sure the learned classifier (bot/answering/entry_classifier.py) is when it is right, and on off-topic text.

    .venv/bin/python bench/calibrate_opinion.py [--sets GLOB ...]

Right/wrong: every alias of the real FAQ, asked of a classifier trained without it (leave-one-alias-out).
Off-topic: every question the tune halves of the English question sets expect declined (`expect: no_match`;
held-out halves are left out). For each threshold pair of MatchPolicy (similarity, lead) it prints how many
held-out aliases the classifier would answer right and wrong, and how many off-topic questions it would answer,
so the policy's lines can be read off numbers rather than guessed. (The engine adds its own conditions: the alias
index declined, the question is tied to the subject, and for `opinion_agrees_*` the index's leader agrees.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answering.close_calls import MatchPolicy  # noqa: E402
from bot.answering.entry_classifier import EntryClassifier, Opinion  # noqa: E402
from bot.answering.normalise import Normaliser  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402
from bot.knowledge.model import KnowledgeBase  # noqa: E402

TUNE_SETS = ("tests/questions.yaml", "tests/questions*_tune.yaml", "tests/eval/*_tune.yaml")


def _off_topic(patterns: list[str]) -> list[str]:
    found = []
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)):
            for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                if isinstance(item, dict) and item.get("expect") == "no_match" and isinstance(item.get("q"), str):
                    found.append(item["q"])
    return found


def _held_out(knowledge: KnowledgeBase, normaliser: Normaliser) -> list[tuple[bool, Opinion]]:
    """Every alias, asked of a classifier trained without it: whether it chose the alias's entry, and how surely."""
    entries = [((e.question, *e.aliases), e.answer) for e in knowledge.entries]
    found = []
    for position, entry in enumerate(knowledge.entries):
        for alias in entry.aliases:
            kept = list(entries)
            kept[position] = ((entry.question, *(a for a in entry.aliases if a != alias)), entry.answer)
            opinion = EntryClassifier(kept, normaliser).opinion(alias)
            if opinion is not None:
                found.append((opinion.entry_index == position, opinion))
    return found


def _lines() -> dict[str, tuple[float, float]]:
    policy = MatchPolicy()
    lines = {
        "agrees (policy)": (policy.opinion_agrees_at, policy.opinion_agree_lead),
        "alone (policy)": (policy.opinion_alone_at, policy.opinion_alone_lead),
    }
    for similarity in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35):
        for lead in (0.02, 0.04, 0.08, 0.14, 0.2):
            lines.setdefault(f"{similarity:.2f} / {lead:.2f}", (similarity, lead))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", default=list(TUNE_SETS))
    args = parser.parse_args()
    knowledge = load_knowledge(ROOT / "knowledge").knowledge
    normaliser = Normaliser(knowledge.lexicon)
    held_out = _held_out(knowledge, normaliser)
    whole = EntryClassifier([((e.question, *e.aliases), e.answer) for e in knowledge.entries], normaliser)
    off = [o for o in map(whole.opinion, _off_topic(args.sets)) if o is not None]
    print(f"{len(held_out)} held-out aliases, {len(off)} off-topic questions")
    print(f"{'similarity / lead':22s} {'right':>6s} {'wrong':>6s} {'off-topic':>10s}")
    for name, (similarity, lead) in _lines().items():
        passes = [right for right, o in held_out if o.similarity >= similarity and o.lead >= lead]
        answered_off = sum(o.similarity >= similarity and o.lead >= lead for o in off)
        print(f"{name:22s} {sum(passes):6d} {len(passes) - sum(passes):6d} {answered_off:6d}/{len(off)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
