"""Readability warnings for `validate`: answers above school grade 9, and sentences over 30 words.

The grade is Flesch–Kincaid as textstat 0.7.3 computes it (pinned: later versions download NLTK data at run
time), on the answer without its [n] markers. Translations are measured with their language's own formula, all
offline in textstat 0.7.3 with pyphen's hyphenation for syllables: German with the Wiener Sachtextformel
(variant 1, which gives a school grade directly: warn above 9), Spanish with Fernández Huerta's reading ease and
French with Kandel and Moles' (textstat's Flesch reading ease with its French constants: 207, 1.015, 73.6). Both
are Flesch-type 0-100 scales on which 60-70 reads at school grade 8-9, so they warn below 60.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True)
class Scale:
    """A language's readability formula and its grade-9 line."""

    name: str
    score: Callable[[Any, str], float]  # (textstat, text) -> score
    limit: float
    higher_is_harder: bool  # a school grade (higher is harder) or a reading ease (lower is harder)

    def too_hard(self, score: float) -> bool:
        """Say whether a score reads above school grade 9."""
        return score > self.limit if self.higher_is_harder else score < self.limit


SCALES = {
    "de": Scale("Wiener Sachtextformel", lambda ts, text: ts.wiener_sachtextformel(text, 1), 9.0, True),
    "es": Scale("Fernández Huerta", lambda ts, text: ts.fernandez_huerta(text), 60.0, False),
    "fr": Scale("Kandel–Moles", lambda ts, text: ts.flesch_reading_ease(text), 60.0, False),
}


@contextmanager
def _language(textstat: Any, language: str) -> Iterator[None]:
    """Count syllables as the language hyphenates (textstat's setting is global: English again afterwards)."""
    textstat.set_lang(language)
    try:
        yield
    finally:
        textstat.set_lang("en_US")


def translated_score(language: str, text: str) -> float:
    """Return a translated text's score on its language's scale (see SCALES)."""
    import textstat

    with _language(textstat, language):
        return float(SCALES[language].score(textstat, plain_answer(text)))


def _line_of_answer(path: str) -> int | None:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, line in enumerate(lines, start=1) if line.startswith("answer:")), None)


def _translation_problems(language: str, file: str, answer: str) -> list[Problem]:
    scale = SCALES[language]
    score = translated_score(language, answer)
    line = _line_of_answer(file)
    problems = []
    if scale.too_hard(score):
        aim = f"{scale.limit:g} or lower" if scale.higher_is_harder else f"{scale.limit:g} or higher"
        problems.append(
            Problem(
                file,
                line,
                "answer",
                f"reads at {scale.name} {score:.1f}, harder than school grade 9; aim for {aim} "
                "(shorter sentences, shorter words)",
                "warning",
            )
        )
    longest = max(sentence_lengths(plain_answer(answer)), default=0)
    if longest > MAX_SENTENCE_WORDS:
        problems.append(
            Problem(
                file,
                line,
                "answer",
                f"has a sentence of {longest} words; keep each to {MAX_SENTENCE_WORDS} or fewer",
                "warning",
            )
        )
    return problems


def translation_readability_problems(knowledge: KnowledgeBase) -> list[Problem]:
    """Warn about every current translated answer that reads above the grade-9 line of its language's scale."""
    try:
        import textstat  # noqa: F401
    except ImportError:
        return []  # readability_problems already says why nothing was checked
    problems = []
    for language, pack in sorted(knowledge.languages.items()):
        if language not in SCALES:
            continue
        for entry in pack.entries.values():
            if entry.answer is not None and not entry.stale:
                problems += _translation_problems(language, entry.file, entry.answer)
    return problems
