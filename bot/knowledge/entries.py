"""One FAQ entry file (entries/<id>.yaml): its fields, described once in ENTRY_TABLE, and the checks on each."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bot.knowledge.fields import (
    ID_PATTERN,
    Field,
    FieldReader,
    Report,
    check_keys,
    line_of,
    parse_date,
    read_fields,
    required_text,
    string_list,
    text,
)
from bot.knowledge.folding import fold
from bot.knowledge.model import CitationRef, Entry, Source
from bot.knowledge.problems import Problem
from bot.knowledge.safe_read import read_yaml
from bot.knowledge.yaml_lines import LineDict, LineList

ANSWER_SOFT_LIMIT = 600
ANSWER_HARD_LIMIT = 700
QUESTION_LIMIT = 100  # a Discord autocomplete choice holds at most 100 characters
ALIAS_LIMIT = 100
REVIEW_WARN_DAYS = 365

_MARKER = re.compile(r"\[(\d+)\]")
CITATION_FIELDS = {"source", "quote"}


@dataclass(frozen=True)
class EntryContext:
    """What an entry's readers need besides the file: its path, the known sources, today."""

    path: Path
    sources: dict[str, Source]
    today: date


@dataclass(frozen=True)
class EntryDraft:
    """A valid entry with the file and line map it came from (for the cross-file checks)."""

    entry: Entry
    file: str
    lines: LineDict


def _id(reader: FieldReader, key: str) -> str | None:
    eid = required_text(reader, key)
    path: Path = reader.context.path
    if eid and not ID_PATTERN.match(eid):
        reader.error(key, f"'{eid}' should use only a-z, 0-9 and '-' (like 'what-is-cd19')")
        return None
    if eid and path.stem != eid:
        reader.error(
            key, f"the file name '{path.name}' does not match the id '{eid}'; rename the file to '{eid}{path.suffix}'"
        )
    return eid


def _question(reader: FieldReader, key: str) -> str | None:
    question = required_text(reader, key)
    if question and len(question) > QUESTION_LIMIT:
        reader.error(
            key, f"is {len(question)} characters; keep it to {QUESTION_LIMIT} (Discord's limit for suggestions)"
        )
    return question


def aliases(report: Report, data: LineDict) -> list[str] | None:
    """Return the entry's aliases; report long, empty and repeated ones."""
    found = string_list(report, data, "aliases", required=True)
    if found is None:
        return None
    value = data["aliases"]
    seen: dict[str, int] = {}
    for index, alias in enumerate(found):
        line = value.lines[index] if isinstance(value, LineList) and index < len(value.lines) else value.line
        if len(alias) > ALIAS_LIMIT:
            report.error(line, f"aliases[{index + 1}]", f"is {len(alias)} characters; keep it to {ALIAS_LIMIT}")
        key = fold(alias)
        if not key:
            report.error(line, f"aliases[{index + 1}]", "has no letters or digits")
        elif key in seen:
            report.warn(line, f"aliases[{index + 1}]", f"'{alias}' repeats alias {seen[key]} of this entry")
        else:
            seen[key] = index + 1
    return found


def _aliases(reader: FieldReader, key: str) -> tuple[str, ...] | None:
    found = aliases(reader.report, reader.mapping)
    return None if found is None else tuple(found)


def _citation(report: Report, item: Any, line: int, where: str, sources: dict[str, Source]) -> CitationRef | None:
    if not isinstance(item, LineDict):
        report.error(line, where[:-1], "each citation needs 'source:' (and may have 'quote:')")
        return None
    check_keys(report, item, CITATION_FIELDS, ("source",), where)
    sid = text(report, item, "source", where)
    if sid and sources and sid not in sources:
        hint = difflib.get_close_matches(sid, sorted(sources), n=1)
        more = f" (did you mean '{hint[0]}'?)" if hint else f" (known sources: {', '.join(sorted(sources))})"
        report.error(line_of(item, "source"), where + "source", f"unknown source '{sid}'{more}")
        return None
    quote = text(report, item, "quote", where) if "quote" in item else None
    if ("quote" in item and quote is None) or not sid:
        return None
    return CitationRef(sid, quote)


def citations(report: Report, data: LineDict, sources: dict[str, Source]) -> list[CitationRef] | None:
    """Return the entry's citations, or None if any is unusable (after reporting it)."""
    if "citations" not in data:
        return None
    value = data["citations"]
    if not isinstance(value, LineList) or not value:
        report.error(
            line_of(data, "citations"), "citations", "every entry needs at least one citation (- source: <source id>)"
        )
        return None
    found = [_citation(report, item, value.lines[i], f"citations[{i + 1}].", sources) for i, item in enumerate(value)]
    result = [ref for ref in found if ref is not None]
    return result if len(result) == len(value) else None


def _check_answer(reader: FieldReader, answer: str, cited: list[CitationRef] | None) -> None:
    if len(answer) > ANSWER_HARD_LIMIT:
        reader.error(
            "answer",
            f"is {len(answer)} characters; the limit is {ANSWER_HARD_LIMIT} (aim for under {ANSWER_SOFT_LIMIT})",
        )
    elif len(answer) > ANSWER_SOFT_LIMIT:
        reader.report.warn(
            reader.line("answer"), "answer", f"is {len(answer)} characters; aim for under {ANSWER_SOFT_LIMIT}"
        )
    for marker in _MARKER.findall(answer):
        if cited is not None and not 1 <= int(marker) <= len(cited):
            reader.error("answer", f"mentions [{marker}] but the entry has {len(cited)} citation(s)")


def _citations(reader: FieldReader, key: str) -> tuple[CitationRef, ...] | None:
    """The citations; then the answer's length and its [n] markers, which refer to them."""
    found = citations(reader.report, reader.mapping, reader.context.sources)
    if reader.values.get("answer"):
        _check_answer(reader, reader.values["answer"], found)
    return None if found is None else tuple(found)


def reviewed(report: Report, data: LineDict, today: date) -> date | None:
    """Return the `reviewed` date; warn if it is in the future."""
    if "reviewed" not in data:
        return None
    shown = parse_date(report, data, "reviewed", "", allow_month=False)
    if shown is None:
        return None
    when = date.fromisoformat(shown)
    if when > today:
        report.warn(line_of(data, "reviewed"), "reviewed", "is in the future")
    return when


def _reviewed(reader: FieldReader, key: str) -> date | None:
    return reviewed(reader.report, reader.mapping, reader.context.today)


def _review_due(reader: FieldReader, key: str) -> date | None:
    """When the entry must be checked again (review_due, else a year after reviewed); warn if overdue."""
    data = reader.mapping
    last: date | None = reader.values.get("reviewed")
    if last is None:
        return None
    due = last + timedelta(days=REVIEW_WARN_DAYS)
    if "review_due" in data:
        shown = parse_date(reader.report, data, "review_due", "", allow_month=False)
        if shown is None:
            return None
        due = date.fromisoformat(shown)
        if due <= last:
            reader.error("review_due", "should be after 'reviewed'")
    today: date = reader.context.today
    if today > due:
        field = "review_due" if "review_due" in data else "reviewed"
        reader.report.warn(
            reader.line(field),
            field,
            f"the review was due on {due.isoformat()} (last reviewed {(today - last).days} days ago); "
            "please check the entry against the sources and update 'reviewed' and 'review_due'",
        )
    return due


def _id_list(reader: FieldReader, key: str) -> tuple[str, ...]:
    return tuple(string_list(reader.report, reader.mapping, key, required=False) or ())


ENTRY_TABLE = (
    Field("id", _id, required=True),
    Field("question", _question, required=True),
    Field("aliases", _aliases, required=True),
    Field("answer", required_text, required=True),
    Field("citations", _citations, required=True),
    Field("reviewed", _reviewed, required=True),
    Field("review_due", _review_due),
    Field("related", _id_list),
    Field("caveats", _id_list),
)
_NEEDED = ("id", "question", "answer", "citations", "reviewed")


def _mapping(path: Path, report: Report, seen_ids: set[str]) -> LineDict | None:
    """Read the file; remember its id (or, if unreadable, its name) so `related:` elsewhere does not fail too."""
    data = read_yaml(path, path.parent.parent, report)
    if not isinstance(data, LineDict) or not isinstance(data.get("id"), str):
        seen_ids.add(path.stem)  # unreadable: assume the file is named after its id, as the README asks
    if data is None:
        if not any(p.file == report.file for p in report.problems):
            report.error(1, "", "the file is empty; it should hold one entry (id, question, aliases, ...)")
        return None
    if not isinstance(data, LineDict):
        report.error(1, "", "the file should hold one entry: lines like 'id: ...', 'question: ...'")
        return None
    if isinstance(data.get("id"), str):
        seen_ids.add(data["id"].strip())
    return data


def load_entry(
    path: Path, problems: list[Problem], sources: dict[str, Source], today: date, seen_ids: set[str]
) -> EntryDraft | None:
    """Read and check one entry file; None if it is not usable (every problem reported)."""
    report = Report(str(path), problems)
    data = _mapping(path, report, seen_ids)
    if data is None:
        return None
    values = read_fields(FieldReader(report, data, "", context=EntryContext(path, sources, today)), ENTRY_TABLE)
    if not all(values[name] for name in _NEEDED) or values["aliases"] is None:
        return None
    return EntryDraft(Entry(**values, file=str(path)), str(path), data)
