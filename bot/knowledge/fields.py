"""The pieces every FAQ file is read with: a problem report per file, field readers, and a walker over field tables.

A file's fields are described once, as a tuple of `Field`s (name, reader, required); `read_fields` checks the keys
against the table (unknown, missing, repeated), then runs each field's reader in table order. Adding a field to a file
is one line in its table.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.knowledge.problems import Problem
from bot.knowledge.safe_read import read_yaml as _safe_read_yaml
from bot.knowledge.yaml_lines import LineDict, LineList

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DATE = re.compile(r"^\d{4}-\d{2}$")


class Report:
    """Collects problems for one file."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def error(self, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field, message))

    def warn(self, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field, message, "warning"))


def line_of(mapping: LineDict, key: str) -> int:
    """Return the line of `key` in the mapping (the mapping's own line if the key is absent)."""
    return mapping.lines.get(key, mapping.line)


def check_keys(report: Report, mapping: LineDict, allowed: set[str], required: Iterable[str], where: str) -> None:
    """Report repeated, unknown (with a suggestion) and missing keys."""
    for key, line in mapping.duplicate_keys:
        report.error(line, f"{where}{key}", "this field appears twice; keep only one")
    for key in mapping:
        if key not in allowed:
            hint = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(sorted(allowed))})"
            report.error(line_of(mapping, key), f"{where}{key}", f"unknown field{suggestion}")
    for key in required:
        if key not in mapping:
            report.error(mapping.line, f"{where}{key}", "required field is missing")


def text(report: Report, mapping: LineDict, key: str, where: str, *, required: bool = True) -> str | None:
    """Return a field's text, or None after reporting why it is not usable text."""
    if key not in mapping:
        return None
    value = mapping[key]
    line = line_of(mapping, key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            report.error(line, f"{where}{key}", "is empty; write some text here")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        report.error(line, f"{where}{key}", "should be plain text")
        return None
    return " ".join(str(value).split()) if key != "answer" else str(value).strip()


def read_yaml(path: Path, report: Report, root: Path | None = None) -> Any:
    """Read one FAQ file safely (see safe_read); `root` is the folder it must stay inside (default: its own)."""
    return _safe_read_yaml(path, path.parent if root is None else root, report)


def top_list(data: Any, report: Report, key: str) -> LineList | None:
    """Return the list under the file's single top-level `key:`, or None after reporting why there is none."""
    if data is None and any(p.file == report.file for p in report.problems):
        return None  # already reported: missing, unreadable or not valid YAML
    if not isinstance(data, LineDict):
        report.error(1, key, f"the file should start with '{key}:'")
        return None
    check_keys(report, data, {key}, (key,), "")
    value = data.get(key)
    if not isinstance(value, LineList):
        if key in data:
            report.error(line_of(data, key), key, "should be a list of items, each starting with '- '")
        return None
    return value


def _is_date(text: str, allow_month: bool) -> bool:
    ok = bool(_FULL_DATE.match(text)) or (allow_month and bool(_MONTH_DATE.match(text)))
    if ok:
        try:
            date.fromisoformat(text if _FULL_DATE.match(text) else text + "-01")
        except ValueError:
            ok = False
    return ok


def parse_date(report: Report, mapping: LineDict, key: str, where: str, *, allow_month: bool) -> str | None:
    """Return a date field as YYYY-MM-DD (or YYYY-MM if allowed) text, or None after reporting it."""
    raw = mapping.get(key)
    # Never turn a list or mapping into text: an alias bomb in `reviewed:` would expand to gigabytes.
    shown_text = str(raw).strip() if isinstance(raw, str | int | float) and not isinstance(raw, bool) else ""
    if not _is_date(shown_text, allow_month):
        form = "YYYY-MM-DD (or YYYY-MM)" if allow_month else "YYYY-MM-DD, for example 2026-11-22"
        shown = f"'{shown_text[:40]}'" if shown_text else "this"
        report.error(line_of(mapping, key), f"{where}{key}", f"{shown} is not a date; write it as {form}")
        return None
    return shown_text


def _list_item(report: Report, value: LineList, index: int, key: str) -> str | None:
    item, item_line = value[index], value.lines[index]
    if isinstance(item, bool) or not isinstance(item, str | int | float) or not str(item).strip():
        report.error(item_line, f"{key}[{index + 1}]", "is empty or not plain text")
        return None
    if getattr(value, "merged", None) and value.merged[index]:
        report.error(
            item_line,
            f"{key}[{index + 1}]",
            "runs over several lines and contains ' - ': the '-' lines below it are probably indented "
            "differently; line every '- ' up under the first one",
        )
        return None
    return " ".join(str(item).split())


def string_list(report: Report, data: LineDict, key: str, *, required: bool) -> list[str] | None:
    """Return a list of plain texts (empty if absent and optional), or None after reporting why it is unusable."""
    if key not in data:
        return [] if not required else None
    value = data[key]
    line = line_of(data, key)
    if value is None:
        value = LineList()
        value.line, value.lines = line, []
    if not isinstance(value, LineList):
        report.error(line, key, "should be a list, each item on its own line starting with '- '")
        return None
    items = (_list_item(report, value, index, key) for index in range(len(value)))
    return [item for item in items if item is not None]


@dataclass
class FieldReader:
    """What a field's reader sees: the file's report, the mapping, the field prefix, the fields read so far."""

    report: Report
    mapping: LineDict
    where: str
    values: dict[str, Any] = field(default_factory=dict)
    context: Any = None  # what the file's readers need besides the mapping (sources, today, the path...)

    def line(self, key: str) -> int:
        return line_of(self.mapping, key)

    def error(self, key: str, message: str) -> None:
        self.report.error(self.line(key), self.where + key, message)


@dataclass(frozen=True)
class Field:
    """One field of a file: its name, how to read it (None: not usable, already reported), whether it is required.

    `when_usable` fields are read only once every required field before them is usable (their problems would only
    repeat that the item is broken).
    """

    name: str
    read: Callable[[FieldReader, str], Any]
    required: bool = False
    when_usable: bool = False


def read_fields(reader: FieldReader, table: tuple[Field, ...]) -> dict[str, Any]:
    """Check the mapping's keys against the table, then read every field in table order into reader.values."""
    allowed = {f.name for f in table}
    check_keys(reader.report, reader.mapping, allowed, [f.name for f in table if f.required], reader.where)
    for spec in table:
        if spec.when_usable and not usable(reader.values, table):
            reader.values[spec.name] = None
            continue
        reader.values[spec.name] = spec.read(reader, spec.name)
    return reader.values


def usable(values: dict[str, Any], table: tuple[Field, ...]) -> bool:
    """True when every required field read so far has a usable (truthy) value."""
    return all(values.get(f.name) for f in table if f.required and f.name in values)


def required_text(reader: FieldReader, key: str) -> str | None:
    """A text field that may not be empty."""
    return text(reader.report, reader.mapping, key, reader.where)


def optional_text(reader: FieldReader, key: str) -> str | None:
    """A text field that may be empty or absent."""
    return text(reader.report, reader.mapping, key, reader.where, required=False)


def one_of(*choices: str, default: str | None = None) -> Callable[[FieldReader, str], str | None]:
    """A text field holding one of `choices` (absent or empty: `default`, required if there is no default)."""

    def read(reader: FieldReader, key: str) -> str | None:
        value = text(reader.report, reader.mapping, key, reader.where, required=default is None) or default
        if value and value not in choices:
            reader.error(key, f"should be one of: {', '.join(choices)}")
        return value

    return read


def flag(reader: FieldReader, key: str) -> bool:
    """A true/false field (absent: false)."""
    value = reader.mapping.get(key, False)
    if not isinstance(value, bool):
        reader.error(key, "should be true or false")
        return False
    return value
