"""The matcher's vocabulary (knowledge/lexicon.yaml): synonyms, phrases, topic words, lists a moderator can edit.

The file is read like the rest of the FAQ (every problem names the file, the line and the field) and is part of
the KnowledgeBase, so a reload picks up a new synonym without a release. Word lists are stored folded
(lower case, no accents or punctuation); phrases may hold groups such as "(car t|cart) (cells|)", which are
expanded here into plain word sequences, so no pattern from the file ever runs as a regular expression.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from bot.knowledge.folding import fold

LEXICON_FILE = "lexicon.yaml"
MAX_EXPANSIONS = 400  # one phrase with groups may stand for at most this many word sequences

WORD_LISTS = (
    "filler_words",
    "feeling_words",
    "question_words",
    "subject_words",
    "topic_words",
    "implied_subject",
    "other_conditions",
    "medicines",
    "car_t_other_uses",
    "caused_by_words",
    "place_names",
    "autoimmune_words",
    "greetings",
    "everyday_words",
    "health_subjects",
)
PERSONAL_LISTS = (
    "first_person",
    "people_cared_for",
    "medicine_words",
    "change_verbs",
    "changed_verbs",
    "not_yet_words",
    "decision_openers",
    "decision_verbs",
    "eligibility_words",
    "care_words",
    "suits_words",
    "benefit_verbs",
)
TOP_FIELDS = {"phrases", "synonyms", "concepts", "personal", "examples", *WORD_LISTS}


class Reporter(Protocol):
    """Where problems go (the loader's per-file report)."""

    def error(self, line: int | None, field: str, message: str) -> None: ...

    def warn(self, line: int | None, field: str, message: str) -> None: ...


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary the matcher and the triage use; an empty Lexicon matches on the FAQ's own words only."""

    phrases: tuple[tuple[tuple[str, ...], str], ...] = ()  # folded word sequence -> replacement text
    synonyms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # word -> canonical word
    words: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))  # WORD_LISTS
    personal: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))  # PERSONAL_LISTS
    examples: tuple[str, ...] = ()  # entry ids offered as example questions
    # everyday word -> the FAQ words whose meaning it shares ("harm" -> side effect): read beside the word, not instead
    concepts: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def word_list(self, name: str) -> frozenset[str]:
        """Return one of WORD_LISTS (empty when the file leaves it out)."""
        return self.words.get(name, frozenset())

    def personal_list(self, name: str) -> frozenset[str]:
        """Return one of PERSONAL_LISTS (empty when the file leaves it out)."""
        return self.personal.get(name, frozenset())


def expand_groups(text: str) -> list[str]:
    """Expand "(a|b) c (d|)" into ["a c d", "a c", "b c d", "b c"]; raise ValueError on unbalanced brackets."""
    results = [""]
    position = 0
    while position < len(text):
        opening = text.find("(", position)
        closing = text.find(")", position)
        if opening < 0:
            if closing >= 0:
                raise ValueError("has a ')' without its '('")
            results = [r + text[position:] for r in results]
            break
        if 0 <= closing < opening:
            raise ValueError("has a ')' without its '('")
        closing = text.find(")", opening)
        if closing < 0 or "(" in text[opening + 1 : closing]:
            raise ValueError("has a '(' without its ')' (groups cannot be nested)")
        options = text[opening + 1 : closing].split("|")
        results = [r + text[position:opening] + option for r in results for option in options]
        if len(results) > MAX_EXPANSIONS:
            raise ValueError(f"stands for more than {MAX_EXPANSIONS} phrases; split it into several")
        position = closing + 1
    return [" ".join(fold(r).split()) for r in results]


def _line(container: Any, key: Any, default: int | None) -> int | None:
    lines = getattr(container, "lines", None)
    if isinstance(lines, dict):
        return lines.get(key, default)
    if isinstance(lines, list) and isinstance(key, int) and key < len(lines):
        return int(lines[key])
    return default


def _words(report: Reporter, data: Any, key: str, where: str, line: int | None) -> list[tuple[str, int | None]]:
    """Read a list of plain text items; report anything else."""
    value = data.get(key) if isinstance(data, dict) else None
    if value is None:
        return []
    if not isinstance(value, list):
        report.error(line, f"{where}{key}", "should be a list of words, each starting with '- ' (or [a, b])")
        return []
    items = []
    for index, item in enumerate(value):
        item_line = _line(value, index, line)
        if isinstance(item, bool):
            hint = 'YAML reads yes/no/on/off as true/false: put the word in quotes, like "off"'
            report.error(item_line, f"{where}{key}[{index + 1}]", hint)
            continue
        if not isinstance(item, str | int | float) or not fold(str(item)):
            report.error(item_line, f"{where}{key}[{index + 1}]", "should be a word or phrase in plain text")
            continue
        items.append((str(item), item_line))
    return items


def _check_fields(report: Reporter, data: Any, allowed: set[str] | tuple[str, ...], where: str) -> None:
    for key in data:
        if key not in allowed:
            hint = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(sorted(allowed))})"
            report.error(_line(data, key, getattr(data, "line", None)), f"{where}{key}", f"unknown field{suggestion}")
    for key, line in getattr(data, "duplicate_keys", ()):
        report.error(line, f"{where}{key}", "this field appears twice; keep only one")


def _mapping_of_lists(report: Reporter, data: Any, key: str) -> list[tuple[str, str, int | None, str]]:
    """Read `canonical: [variant, ...]` groups as (canonical, variant, line, field) rows."""
    value = data.get(key)
    line = _line(data, key, None)
    if value is None:
        return []
    if not isinstance(value, dict):
        report.error(line, key, "should map a word to the list of words that mean the same (word: [a, b])")
        return []
    rows = []
    for canonical, variants in value.items():
        where = f"{key}.{canonical}"
        canonical_line = _line(value, canonical, line)
        target = " ".join(fold(str(canonical)).split())
        if not target:
            report.error(canonical_line, where, "the word before ':' is empty")
            continue
        if isinstance(variants, str):
            variants = [variants]
        for variant, variant_line in _words(report, {canonical: variants}, canonical, f"{key}.", canonical_line):
            rows.append((target, variant, variant_line, where))
    return rows


def _phrases(report: Reporter, data: Any) -> tuple[tuple[tuple[str, ...], str], ...]:
    seen: dict[tuple[str, ...], str] = {}
    for target, variant, line, where in _mapping_of_lists(report, data, "phrases"):
        try:
            expanded = expand_groups(variant)
        except ValueError as exc:
            report.error(line, where, f"'{variant[:60]}' {exc}")
            continue
        for phrase in expanded:
            words = tuple(phrase.split())
            if not words:
                continue
            if seen.get(words, target) != target:
                report.error(line, where, f"'{phrase}' already stands for '{seen[words]}'")
                continue
            seen[words] = target
    return tuple(seen.items())


def _synonyms(report: Reporter, data: Any) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for target, variant, line, where in _mapping_of_lists(report, data, "synonyms"):
        word = fold(variant)
        if " " in word or " " in target:
            report.error(line, where, f"'{variant}' is more than one word; put it under 'phrases' instead")
            continue
        if mapping.get(word, target) != target:
            report.error(line, where, f"'{word}' already means '{mapping[word]}'")
            continue
        mapping[word] = target
    return mapping


def _concepts(report: Reporter, data: Any) -> dict[str, tuple[str, ...]]:
    """Read `faq_word: [everyday words]` groups as everyday word -> the FAQ words it may mean (one word each)."""
    mapping: dict[str, tuple[str, ...]] = {}
    for target, variant, line, where in _mapping_of_lists(report, data, "concepts"):
        word = fold(variant)
        if " " in word or " " in target:
            report.error(line, where, f"'{variant}' is more than one word; put the phrase under 'phrases' instead")
            continue
        mapping[word] = (*mapping.get(word, ()), target)
    return mapping


def _lists(report: Reporter, data: Any, names: tuple[str, ...], where: str) -> dict[str, frozenset[str]]:
    line = getattr(data, "line", None)
    lists = {}
    for name in (n for n in names if n in data):
        words = _words(report, data, name, where, _line(data, name, line))
        lists[name] = frozenset(" ".join(fold(word).split()) for word, _ in words)
    return lists


def parse_lexicon(data: Any, report: Reporter) -> Lexicon | None:
    """Validate the parsed lexicon.yaml (a LineDict) and build the Lexicon; None when it cannot be used."""
    if data is None:
        return None
    if not isinstance(data, dict):
        report.error(1, "", "the file should hold fields such as 'synonyms:' and 'phrases:'")
        return None
    _check_fields(report, data, TOP_FIELDS, "")
    personal_data = data.get("personal", {})
    personal: dict[str, frozenset[str]] = {}
    if isinstance(personal_data, dict):
        _check_fields(report, personal_data, PERSONAL_LISTS, "personal.")
        personal = _lists(report, personal_data, PERSONAL_LISTS, "personal.")
    else:
        report.error(_line(data, "personal", None), "personal", "should hold word lists such as 'first_person:'")
    examples = [fold(w).replace(" ", "-") for w, _ in _words(report, data, "examples", "", _line(data, "examples", 1))]
    return Lexicon(
        phrases=_phrases(report, data),
        synonyms=MappingProxyType(_synonyms(report, data)),
        words=MappingProxyType(_lists(report, data, WORD_LISTS, "")),
        personal=MappingProxyType(personal),
        examples=tuple(examples),
        concepts=MappingProxyType(_concepts(report, data)),
    )
