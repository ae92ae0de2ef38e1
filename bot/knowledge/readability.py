"""Readability warnings for `validate`: answers above school grade 9, and sentences over 30 words.

The grade is Flesch–Kincaid as textstat 0.7.3 computes it (pinned: later versions download NLTK data at run
time), on the answer without its [n] markers.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.knowledge.model import Entry, KnowledgeBase
from bot.knowledge.problems import Problem

MAX_GRADE = 9.0
MAX_SENTENCE_WORDS = 30

_MARKER = re.compile(r"\s*\[\d+\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")


def plain_answer(answer: str) -> str:
    """Return the answer as a reader hears it: without the [n] citation markers."""
    return " ".join(_MARKER.sub("", answer).split())


def grade(text: str) -> float:
    """Return the Flesch–Kincaid school grade of a text (textstat 0.7.3)."""
    import textstat  # imported here: only `validate` needs it, and it loads a hyphenation dictionary

    return float(textstat.flesch_kincaid_grade(text))


def sentence_lengths(text: str) -> list[int]:
    """Return the number of words in each sentence."""
    return [len(s.split()) for s in _SENTENCE_END.split(text) if s.strip()]


def _answer_line(entry: Entry) -> int | None:
    try:
        lines = Path(entry.file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, line in enumerate(lines, start=1) if line.startswith("answer:")), None)


def readability_problems(knowledge: KnowledgeBase) -> list[Problem]:
    """Warn about every answer that reads above grade 9 or has a sentence over 30 words."""
    try:
        import textstat  # noqa: F401
    except ImportError as exc:  # textstat 0.7.3 needs pyphen and setuptools' pkg_resources
        return [
            Problem(
                "knowledge", None, "answer", f"readability was not checked: textstat cannot load ({exc})", "warning"
            )
        ]
    problems = []
    for entry in knowledge.entries:
        text = plain_answer(entry.answer)
        line = _answer_line(entry)
        level = grade(text)
        if level > MAX_GRADE:
            problems.append(
                Problem(
                    entry.file,
                    line,
                    "answer",
                    f"reads at school grade {level:.1f}; aim for {MAX_GRADE:g} or "
                    "lower (shorter sentences, shorter words)",
                    "warning",
                )
            )
        longest = max(sentence_lengths(text), default=0)
        if longest > MAX_SENTENCE_WORDS:
            problems.append(
                Problem(
                    entry.file,
                    line,
                    "answer",
                    f"has a sentence of {longest} words; keep each to {MAX_SENTENCE_WORDS} or fewer",
                    "warning",
                )
            )
    return problems
