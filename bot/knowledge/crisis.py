"""Crisis and support resources (knowledge/crisis.yaml): emergency numbers, crisis lines, support, reply texts.

Emergency numbers are kept apart from crisis lines: a medical emergency reply shows only the first, a self-harm
reply the second. Every item lists the languages it serves, so a German message gets German lines first.
`parse_crisis` validates the parsed YAML and reports each problem with the file, line and field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, TypeVar

from bot.knowledge.problems import Problem
from bot.knowledge.yaml_lines import LineDict, LineList

LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class EmergencyNumber:
    """A number to call for a medical emergency, for one region."""

    region: str
    number: str
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class CrisisLine:
    """One place to talk to a person now (suicide and crisis lines).

    `review`: no moderator has confirmed the number yet; such a line is never shown (a crisis is no time to try
    a wrong number). Not a validation warning, which would repeat in every reload report.
    """

    region: str
    name: str
    contact: str
    languages: tuple[str, ...] = ()
    review: bool = False


@dataclass(frozen=True)
class CrisisTexts:
    """The words of the crisis and support replies in one language (plain, short)."""

    emergency_title: str
    emergency_lead: str  # "Call your local emergency number now"; the numbers follow on the same line
    emergency_steps: str
    self_harm_title: str
    self_harm_lead: str
    self_harm_kind: str
    self_harm_danger: str  # "If you are in danger right now, call ..."; the numbers follow
    elsewhere: str  # "Anywhere else:" before the international directory
    support_title: str
    support_text: str
    footer: str


@dataclass(frozen=True)
class CrisisResources:
    """Everything the crisis and support replies draw on; `texts` is keyed by language code and has 'en'."""

    emergency: tuple[EmergencyNumber, ...]
    lines: tuple[CrisisLine, ...]
    support: tuple[CrisisLine, ...]
    directory: CrisisLine
    texts: Mapping[str, CrisisTexts] = field(hash=False, compare=False)

    def text(self, language: str) -> CrisisTexts:
        """The reply texts in this language, or English."""
        return self.texts.get(language) or self.texts["en"]


TOP_FIELDS = {"emergency_numbers", "crisis_lines", "support", "directory", "texts"}
NUMBER_FIELDS = {"region", "number", "languages"}
LINE_FIELDS = {"region", "name", "contact", "languages", "review"}
TEXT_FIELDS = {f.name for f in fields(CrisisTexts)}


class _Report:
    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file, self.problems = file, problems

    def error(self, line: int | None, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, where, message))

    def warn(self, line: int | None, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, where, message, "warning"))


def _line(mapping: LineDict, key: str) -> int:
    return int(mapping.lines.get(key, mapping.line))


def _keys(report: _Report, mapping: LineDict, allowed: set[str], required: tuple[str, ...], where: str) -> None:
    for key, line in mapping.duplicate_keys:
        report.error(line, f"{where}{key}", "this field appears twice; keep only one")
    for key in mapping:
        if key not in allowed:
            report.error(_line(mapping, key), f"{where}{key}", f"unknown field (allowed: {', '.join(sorted(allowed))})")
    for key in required:
        if key not in mapping:
            report.error(mapping.line, f"{where}{key}", "required field is missing")


def _text(report: _Report, mapping: LineDict, key: str, where: str) -> str | None:
    value = mapping.get(key)
    if key not in mapping:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
        report.error(_line(mapping, key), f"{where}{key}", "should be text (put quotes around numbers like '0800')")
        return None
    return " ".join(str(value).split())


def _languages(report: _Report, mapping: LineDict, where: str) -> tuple[str, ...]:
    value = mapping.get("languages", [])
    if not isinstance(value, list) or not all(isinstance(v, str) and _LANGUAGE.match(v) for v in value):
        report.error(_line(mapping, "languages"), f"{where}languages", "should be a list of two-letter codes: [en, es]")
        return ()
    unknown = [v for v in value if v not in LANGUAGES]
    if unknown:
        report.warn(_line(mapping, "languages"), f"{where}languages", f"'{unknown[0]}' has no reply texts; English")
    return tuple(value)


def _items(report: _Report, data: LineDict, key: str, required: bool = True) -> list[tuple[int, LineDict]]:
    raw = data.get(key)
    if raw is None and not required:
        return []
    if not isinstance(raw, LineList) or not raw:
        report.error(_line(data, key) if key in data else data.line, key, "should be a list with at least one item")
        return []
    found = []
    for index, item in enumerate(raw):
        if isinstance(item, LineDict):
            found.append((index + 1, item))
        else:
            report.error(raw.lines[index], f"{key}[{index + 1}]", "each item needs named fields (region: ..., ...)")
    return found


def _line_item(report: _Report, item: LineDict, where: str) -> CrisisLine | None:
    _keys(report, item, LINE_FIELDS, ("region", "name", "contact"), where)
    region, name, contact = (_text(report, item, k, where) for k in ("region", "name", "contact"))
    review = item.get("review", False)
    if not isinstance(review, bool):
        report.error(_line(item, "review"), f"{where}review", "should be true or false")
        review = False
    languages = _languages(report, item, where)
    if region and name and contact:
        return CrisisLine(region, name, contact, languages, review)
    return None


def _number_item(report: _Report, item: LineDict, where: str) -> EmergencyNumber | None:
    _keys(report, item, NUMBER_FIELDS, ("region", "number"), where)
    region, number = _text(report, item, "region", where), _text(report, item, "number", where)
    languages = _languages(report, item, where)
    return EmergencyNumber(region, number, languages) if region and number else None


def _texts(report: _Report, data: LineDict) -> dict[str, CrisisTexts]:
    raw = data.get("texts")
    if not isinstance(raw, LineDict) or "en" not in raw:
        report.error(_line(data, "texts") if "texts" in data else data.line, "texts", "needs texts for 'en' at least")
        return {}
    texts: dict[str, CrisisTexts] = {}
    for language, block in raw.items():
        where = f"texts.{language}."
        if not isinstance(block, LineDict):
            report.error(_line(raw, language), where[:-1], "should list the reply texts (emergency_title: ...)")
            continue
        _keys(report, block, TEXT_FIELDS, tuple(sorted(TEXT_FIELDS)), where)
        values = {k: _text(report, block, k, where) for k in TEXT_FIELDS}
        if all(values.values()):
            texts[str(language)] = CrisisTexts(**{k: str(v) for k, v in values.items()})
    return texts


_Item = TypeVar("_Item", CrisisLine, EmergencyNumber)


def _usable(items: list[_Item | None]) -> tuple[_Item, ...]:
    return tuple(item for item in items if item)


def _directory(report: _Report, data: LineDict) -> CrisisLine | None:
    if isinstance(data.get("directory"), LineDict):
        return _line_item(report, data["directory"], "directory.")
    if "directory" in data:
        report.error(_line(data, "directory"), "directory", "should have region, name and contact")
    return None


def parse_crisis(data: Any, file: str, problems: list[Problem]) -> CrisisResources | None:
    """Validate crisis.yaml's parsed content; return the resources, or None after reporting every problem."""
    report = _Report(file, problems)
    if not isinstance(data, LineDict):
        if data is not None:
            report.error(1, "", "the file should hold emergency_numbers, crisis_lines, support, directory, texts")
        return None
    _keys(report, data, TOP_FIELDS, ("emergency_numbers", "crisis_lines", "directory", "texts"), "")
    raw_numbers = _items(report, data, "emergency_numbers")
    numbers = [_number_item(report, i, f"emergency_numbers[{n}].") for n, i in raw_numbers]
    lines = [_line_item(report, i, f"crisis_lines[{n}].") for n, i in _items(report, data, "crisis_lines")]
    support = [_line_item(report, i, f"support[{n}].") for n, i in _items(report, data, "support", required=False)]
    directory = _directory(report, data)
    texts = _texts(report, data)
    failed = any(p.file == file and p.severity == "error" for p in problems)
    if failed or directory is None or not texts:
        return None
    return CrisisResources(
        emergency=_usable(numbers),
        lines=_usable(lines),
        support=_usable(support),
        directory=directory,
        texts=MappingProxyType(texts),
    )
