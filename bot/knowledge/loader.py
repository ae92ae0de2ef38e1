"""Read the FAQ folder, validate every file, and build an immutable KnowledgeBase (or report every problem)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from bot.knowledge.crisis import parse_crisis
from bot.knowledge.folding import fold
from bot.knowledge.lexicon import LEXICON_FILE, Lexicon, parse_lexicon
from bot.knowledge.model import (
    Caveat,
    CitationRef,
    CrisisResources,
    Entry,
    KnowledgeBase,
    Source,
)
from bot.knowledge.problems import KnowledgeError, Problem
from bot.knowledge.safe_read import guarded, read_yaml
from bot.knowledge.yaml_lines import LineDict, LineList

SOURCES_FILE = "sources.yaml"
CAVEATS_FILE = "caveats.yaml"
CRISIS_FILE = "crisis.yaml"
ENTRIES_DIR = "entries"

# Entries the bot's commands rely on: /lupus-cart shows the first; personal treatment questions get the second.
HEADLINE_ENTRY = "lupus-cart"
PERSONAL_TREATMENT_ENTRY = "my-treatment"
REQUIRED_ENTRIES = (HEADLINE_ENTRY, PERSONAL_TREATMENT_ENTRY)

ANSWER_SOFT_LIMIT = 600
ANSWER_HARD_LIMIT = 700
QUESTION_LIMIT = 100  # a Discord autocomplete choice holds at most 100 characters
ALIAS_LIMIT = 100
REVIEW_WARN_DAYS = 365

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MARKER = re.compile(r"\[(\d+)\]")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DATE = re.compile(r"^\d{4}-\d{2}$")

ENTRY_FIELDS = {"id", "question", "aliases", "answer", "citations", "related", "reviewed", "review_due", "caveats"}
ENTRY_REQUIRED = ("id", "question", "aliases", "answer", "citations", "reviewed")
CITATION_FIELDS = {"source", "quote"}
SOURCE_FIELDS = {"id", "kind", "outlet", "title", "date", "url", "authors", "note", "file", "further_reading", "copy"}
SOURCE_REQUIRED = ("id", "kind", "outlet", "title", "date")
SOURCE_KINDS = ("news", "paper", "official")
SOURCE_COPIES = ("original", "rewritten", "translated")  # what the text we hold (and quote) is
CAVEAT_FIELDS = {"id", "text"}


@dataclass(frozen=True)
class LoadResult:
    """A loaded FAQ and the warnings worth showing (errors raise KnowledgeError instead)."""

    knowledge: KnowledgeBase
    warnings: tuple[Problem, ...]


class _Report:
    """Collects problems for one file."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def error(self, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field, message))

    def warn(self, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field, message, "warning"))


def _line_of(mapping: LineDict, key: str) -> int:
    return mapping.lines.get(key, mapping.line)


def _check_keys(report: _Report, mapping: LineDict, allowed: set[str], required: Iterable[str], where: str) -> None:
    for key, line in mapping.duplicate_keys:
        report.error(line, f"{where}{key}", "this field appears twice; keep only one")
    for key in mapping:
        if key not in allowed:
            hint = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(sorted(allowed))})"
            report.error(_line_of(mapping, key), f"{where}{key}", f"unknown field{suggestion}")
    for key in required:
        if key not in mapping:
            report.error(mapping.line, f"{where}{key}", "required field is missing")


def _text(report: _Report, mapping: LineDict, key: str, where: str, *, required: bool = True) -> str | None:
    """Return a field's text, or None after reporting why it is not usable text."""
    if key not in mapping:
        return None
    value = mapping[key]
    line = _line_of(mapping, key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            report.error(line, f"{where}{key}", "is empty; write some text here")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        report.error(line, f"{where}{key}", "should be plain text")
        return None
    return " ".join(str(value).split()) if key != "answer" else str(value).strip()


def _read_yaml(path: Path, report: _Report, root: Path | None = None) -> Any:
    """Read one FAQ file safely (see safe_read); `root` is the folder it must stay inside (default: its own)."""
    return read_yaml(path, path.parent if root is None else root, report)


def _top_list(data: Any, report: _Report, key: str) -> LineList | None:
    if data is None and any(p.file == report.file for p in report.problems):
        return None  # already reported: missing, unreadable or not valid YAML
    if not isinstance(data, LineDict):
        report.error(1, key, f"the file should start with '{key}:'")
        return None
    _check_keys(report, data, {key}, (key,), "")
    value = data.get(key)
    if not isinstance(value, LineList):
        if key in data:
            report.error(_line_of(data, key), key, "should be a list of items, each starting with '- '")
        return None
    return value


def _parse_date(report: _Report, mapping: LineDict, key: str, where: str, *, allow_month: bool) -> str | None:
    raw = mapping.get(key)
    line = _line_of(mapping, key)
    # Never turn a list or mapping into text: an alias bomb in `reviewed:` would expand to gigabytes.
    text = str(raw).strip() if isinstance(raw, str | int | float) and not isinstance(raw, bool) else ""
    ok = bool(_FULL_DATE.match(text)) or (allow_month and bool(_MONTH_DATE.match(text)))
    if ok:
        try:
            date.fromisoformat(text if _FULL_DATE.match(text) else text + "-01")
        except ValueError:
            ok = False
    if not ok:
        form = "YYYY-MM-DD (or YYYY-MM)" if allow_month else "YYYY-MM-DD, for example 2026-11-22"
        shown = f"'{text[:40]}'" if text else "this"
        report.error(line, f"{where}{key}", f"{shown} is not a date; write it as {form}")
        return None
    return text


def _load_sources(root: Path, problems: list[Problem]) -> dict[str, Source]:
    report = _Report(str(root / SOURCES_FILE), problems)
    items = _top_list(_read_yaml(root / SOURCES_FILE, report, root), report, "sources")
    sources: dict[str, Source] = {}
    for index, item in enumerate(items or []):
        where = f"sources[{index + 1}]."
        if not isinstance(item, LineDict):
            report.error(items.lines[index] if items else None, where[:-1], "each source needs fields")
            continue
        _check_keys(report, item, SOURCE_FIELDS, SOURCE_REQUIRED, where)
        sid = _text(report, item, "id", where)
        if sid and not _ID.match(sid):
            report.error(_line_of(item, "id"), where + "id", f"'{sid}' should use only a-z, 0-9 and '-'")
        if sid and sid in sources:
            report.error(_line_of(item, "id"), where + "id", f"the source id '{sid}' is used twice")
        kind = _text(report, item, "kind", where)
        if kind and kind not in SOURCE_KINDS:
            report.error(_line_of(item, "kind"), where + "kind", f"should be one of: {', '.join(SOURCE_KINDS)}")
        outlet = _text(report, item, "outlet", where)
        title = _text(report, item, "title", where)
        when = _parse_date(report, item, "date", where, allow_month=True) if "date" in item else None
        url = _text(report, item, "url", where, required=False)
        if url and not url.startswith(("https://", "http://")):
            report.error(_line_of(item, "url"), where + "url", "should be a full link starting with https://")
        copy = _text(report, item, "copy", where, required=False) or "original"
        if copy not in SOURCE_COPIES:
            report.error(_line_of(item, "copy"), where + "copy", f"should be one of: {', '.join(SOURCE_COPIES)}")
        further = item.get("further_reading", False)
        if not isinstance(further, bool):
            report.error(_line_of(item, "further_reading"), where + "further_reading", "should be true or false")
            further = False
        if sid and kind and outlet and title and when:
            sources[sid] = Source(
                id=sid,
                kind=kind,
                outlet=outlet,
                title=title,
                date=when,
                url=url,
                authors=_text(report, item, "authors", where, required=False),
                note=_text(report, item, "note", where, required=False),
                file=_text(report, item, "file", where, required=False),
                further_reading=further,
                copy=copy,
            )
    if items is not None and not sources:
        report.error(items.line, "sources", "lists no usable source")
    return sources


def _load_caveats(root: Path, problems: list[Problem]) -> list[Caveat]:
    report = _Report(str(root / CAVEATS_FILE), problems)
    items = _top_list(_read_yaml(root / CAVEATS_FILE, report, root), report, "caveats")
    caveats: list[Caveat] = []
    for index, item in enumerate(items or []):
        where = f"caveats[{index + 1}]."
        if not isinstance(item, LineDict):
            report.error(items.lines[index] if items else None, where[:-1], "each caveat needs 'id' and 'text'")
            continue
        _check_keys(report, item, CAVEAT_FIELDS, ("id", "text"), where)
        cid, text = _text(report, item, "id", where), _text(report, item, "text", where)
        if cid and text:
            caveats.append(Caveat(cid, text))
    if items is not None and not caveats:
        report.error(items.line, "caveats", "at least one caveat is needed: every answer carries them")
    return caveats


def _load_crisis(root: Path, problems: list[Problem]) -> CrisisResources | None:
    """Read crisis.yaml; its format and checks live in bot/knowledge/crisis.py."""
    report = _Report(str(root / CRISIS_FILE), problems)
    return parse_crisis(_read_yaml(root / CRISIS_FILE, report, root), report.file, problems)


@dataclass(frozen=True)
class _EntryDraft:
    entry: Entry
    file: str
    lines: LineDict


def _load_entry(
    path: Path, problems: list[Problem], sources: dict[str, Source], today: date, seen_ids: set[str]
) -> _EntryDraft | None:
    report = _Report(str(path), problems)
    data = _read_yaml(path, report, path.parent.parent)
    if not isinstance(data, LineDict) or not isinstance(data.get("id"), str):
        seen_ids.add(path.stem)  # unreadable: assume the file is named after its id, as the README asks
    if data is None:
        if not any(p.file == report.file for p in problems):
            report.error(1, "", "the file is empty; it should hold one entry (id, question, aliases, ...)")
        return None
    if not isinstance(data, LineDict):
        report.error(1, "", "the file should hold one entry: lines like 'id: ...', 'question: ...'")
        return None
    _check_keys(report, data, ENTRY_FIELDS, ENTRY_REQUIRED, "")
    if isinstance(data.get("id"), str):
        seen_ids.add(data["id"].strip())  # so other entries' `related:` don't also fail because this one did
    eid = _text(report, data, "id", "")
    if eid and not _ID.match(eid):
        report.error(_line_of(data, "id"), "id", f"'{eid}' should use only a-z, 0-9 and '-' (like 'what-is-cd19')")
        eid = None
    if eid and path.stem != eid:
        report.error(
            _line_of(data, "id"),
            "id",
            f"the file name '{path.name}' does not match the id '{eid}'; rename the file to '{eid}{path.suffix}'",
        )
    question = _text(report, data, "question", "")
    if question and len(question) > QUESTION_LIMIT:
        report.error(
            _line_of(data, "question"),
            "question",
            f"is {len(question)} characters; keep it to {QUESTION_LIMIT} (Discord's limit for suggestions)",
        )
    aliases = _aliases(report, data)
    answer = _text(report, data, "answer", "")
    citations = _citations(report, data, sources)
    if answer:
        if len(answer) > ANSWER_HARD_LIMIT:
            report.error(
                _line_of(data, "answer"),
                "answer",
                f"is {len(answer)} characters; the limit is {ANSWER_HARD_LIMIT} (aim for under {ANSWER_SOFT_LIMIT})",
            )
        elif len(answer) > ANSWER_SOFT_LIMIT:
            report.warn(
                _line_of(data, "answer"), "answer", f"is {len(answer)} characters; aim for under {ANSWER_SOFT_LIMIT}"
            )
        for marker in _MARKER.findall(answer):
            if citations is not None and not 1 <= int(marker) <= len(citations):
                report.error(
                    _line_of(data, "answer"),
                    "answer",
                    f"mentions [{marker}] but the entry has {len(citations)} citation(s)",
                )
    reviewed = _reviewed(report, data, today)
    review_due = _review_due(report, data, reviewed, today)
    related = _string_list(report, data, "related", required=False)
    extra_caveats = _string_list(report, data, "caveats", required=False)
    if not (eid and question and answer and citations and reviewed and aliases is not None):
        return None
    entry = Entry(
        id=eid,
        question=question,
        aliases=tuple(aliases),
        answer=answer,
        citations=tuple(citations),
        reviewed=reviewed,
        related=tuple(related or ()),
        caveats=tuple(extra_caveats or ()),
        file=str(path),
        review_due=review_due,
    )
    return _EntryDraft(entry, str(path), data)


def _string_list(report: _Report, data: LineDict, key: str, *, required: bool) -> list[str] | None:
    if key not in data:
        return [] if not required else None
    value = data[key]
    line = _line_of(data, key)
    if value is None:
        value = LineList()
        value.line, value.lines = line, []
    if not isinstance(value, LineList):
        report.error(line, key, "should be a list, each item on its own line starting with '- '")
        return None
    result: list[str] = []
    for index, item in enumerate(value):
        item_line = value.lines[index]
        if isinstance(item, bool) or not isinstance(item, str | int | float) or not str(item).strip():
            report.error(item_line, f"{key}[{index + 1}]", "is empty or not plain text")
            continue
        if getattr(value, "merged", None) and value.merged[index]:
            report.error(
                item_line,
                f"{key}[{index + 1}]",
                "runs over several lines and contains ' - ': the '-' lines below it are probably indented "
                "differently; line every '- ' up under the first one",
            )
            continue
        result.append(" ".join(str(item).split()))
    return result


def _aliases(report: _Report, data: LineDict) -> list[str] | None:
    aliases = _string_list(report, data, "aliases", required=True)
    if aliases is None:
        return None
    value = data["aliases"]
    seen: dict[str, int] = {}
    for index, alias in enumerate(aliases):
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
    return aliases


def _citations(report: _Report, data: LineDict, sources: dict[str, Source]) -> list[CitationRef] | None:
    if "citations" not in data:
        return None
    value = data["citations"]
    line = _line_of(data, "citations")
    if not isinstance(value, LineList) or not value:
        report.error(line, "citations", "every entry needs at least one citation (- source: <source id>)")
        return None
    result: list[CitationRef] = []
    for index, item in enumerate(value):
        where = f"citations[{index + 1}]."
        if not isinstance(item, LineDict):
            report.error(value.lines[index], where[:-1], "each citation needs 'source:' (and may have 'quote:')")
            continue
        _check_keys(report, item, CITATION_FIELDS, ("source",), where)
        sid = _text(report, item, "source", where)
        if sid and sources and sid not in sources:
            hint = difflib.get_close_matches(sid, sorted(sources), n=1)
            more = f" (did you mean '{hint[0]}'?)" if hint else f" (known sources: {', '.join(sorted(sources))})"
            report.error(_line_of(item, "source"), where + "source", f"unknown source '{sid}'{more}")
            continue
        quote = _text(report, item, "quote", where) if "quote" in item else None
        if "quote" in item and quote is None:
            continue
        if sid:
            result.append(CitationRef(sid, quote))
    return result if len(result) == len(value) else None


def _reviewed(report: _Report, data: LineDict, today: date) -> date | None:
    if "reviewed" not in data:
        return None
    text = _parse_date(report, data, "reviewed", "", allow_month=False)
    if text is None:
        return None
    reviewed = date.fromisoformat(text)
    if reviewed > today:
        report.warn(_line_of(data, "reviewed"), "reviewed", "is in the future")
    return reviewed


def _review_due(report: _Report, data: LineDict, reviewed: date | None, today: date) -> date | None:
    """Return when the entry must be checked again (review_due, else a year after reviewed); warn if overdue."""
    if reviewed is None:
        return None
    due = reviewed + timedelta(days=REVIEW_WARN_DAYS)
    if "review_due" in data:
        text = _parse_date(report, data, "review_due", "", allow_month=False)
        if text is None:
            return None
        due = date.fromisoformat(text)
        if due <= reviewed:
            report.error(_line_of(data, "review_due"), "review_due", "should be after 'reviewed'")
    if today > due:
        field = "review_due" if "review_due" in data else "reviewed"
        age = (today - reviewed).days
        report.warn(
            _line_of(data, field),
            field,
            f"the review was due on {due.isoformat()} (last reviewed {age} days ago); "
            "please check the entry against the sources and update 'reviewed' and 'review_due'",
        )
    return due


def _cross_check(drafts: list[_EntryDraft], problems: list[Problem], seen_ids: set[str]) -> list[Entry]:
    """Check what spans entries: duplicate ids, shared aliases, related ids, required entries."""
    by_id: dict[str, _EntryDraft] = {}
    owners: dict[str, tuple[str, str, str, int | None]] = {}  # folded text -> (entry id, what, file, line)
    kept: list[Entry] = []
    for draft in drafts:
        entry, report = draft.entry, _Report(draft.file, problems)
        if entry.id in by_id:
            report.error(
                _line_of(draft.lines, "id"),
                "id",
                f"the id '{entry.id}' is already used in {by_id[entry.id].file}; ids must be unique",
            )
            continue
        by_id[entry.id] = draft
        kept.append(entry)
    for draft in drafts:
        entry, report = draft.entry, _Report(draft.file, problems)
        if by_id.get(entry.id) is not draft:
            continue
        texts: list[tuple[str, str, int | None]] = [(entry.question, "question", _line_of(draft.lines, "question"))]
        alias_lines = draft.lines.get("aliases")
        for index, alias in enumerate(entry.aliases):
            line = alias_lines.lines[index] if isinstance(alias_lines, LineList) else None
            texts.append((alias, f"aliases[{index + 1}]", line))
        for text, field, line in texts:
            key = fold(text)
            owner = owners.get(key)
            what = "question" if field == "question" else "alias"
            if owner and owner[0] != entry.id:
                # Both files hear of it: the one where it was just added and the one where it already was.
                there = f"{owner[2]}:{owner[3]}" if owner[3] else owner[2]
                report.error(
                    line,
                    field,
                    f"'{text}' is also the {owner[1]} of entry '{owner[0]}' ({there}); a question must lead to one "
                    "entry",
                )
                here = f"{draft.file}:{line}" if line else draft.file
                problems.append(
                    Problem(
                        owner[2],
                        owner[3],
                        "question" if owner[1] == "question" else "aliases",
                        f"'{text}' is also the {what} of entry '{entry.id}' ({here}); a question must lead to one "
                        "entry",
                    )
                )
            elif not owner:
                owners[key] = (entry.id, what, draft.file, line)
        for index, rid in enumerate(entry.related):
            if rid == entry.id or (rid not in by_id and rid not in seen_ids):
                what = "is this entry itself" if rid == entry.id else "is not the id of any entry"
                report.error(_line_of(draft.lines, "related"), f"related[{index + 1}]", f"'{rid}' {what}")
    return kept


def _load_lexicon(root: Path, problems: list[Problem]) -> Lexicon:
    report = _Report(str(root / LEXICON_FILE), problems)
    if not (root / LEXICON_FILE).exists():
        report.warn(None, "", "no lexicon: matching uses only the FAQ's own words (see knowledge/README.md)")
        return Lexicon()
    return parse_lexicon(_read_yaml(root / LEXICON_FILE, report, root), report) or Lexicon()


def load_knowledge(root: str | Path, *, today: Callable[[], date] = date.today) -> LoadResult:
    """Load and validate the FAQ folder; raise KnowledgeError listing every problem if anything is wrong."""
    folder = Path(root)
    problems: list[Problem] = []
    if not folder.is_dir():
        raise KnowledgeError([Problem(str(folder), None, "", "the FAQ folder does not exist")])

    def report(name: str) -> _Report:
        return _Report(str(folder / name), problems)

    sources = guarded(report(SOURCES_FILE), lambda: _load_sources(folder, problems)) or {}
    caveats = guarded(report(CAVEATS_FILE), lambda: _load_caveats(folder, problems)) or []
    crisis = guarded(report(CRISIS_FILE), lambda: _load_crisis(folder, problems))
    lexicon = guarded(report(LEXICON_FILE), lambda: _load_lexicon(folder, problems))
    entry_dir = folder / ENTRIES_DIR
    paths = sorted([*entry_dir.glob("*.yaml"), *entry_dir.glob("*.yml")]) if entry_dir.is_dir() else []
    if not paths:
        problems.append(Problem(str(entry_dir), None, "", "no entry files found (entries/<id>.yaml)"))
    now = today()
    seen_ids: set[str] = set()
    drafts: list[_EntryDraft] = []
    for path in paths:
        draft = guarded(_Report(str(path), problems), partial(_load_entry, path, problems, sources, now, seen_ids))
        if draft is not None:
            drafts.append(draft)
    entries = guarded(report(ENTRIES_DIR), lambda: _cross_check(drafts, problems, seen_ids)) or []
    ids = {e.id for e in entries}
    failed_files = {p.file for p in problems if p.severity == "error"}
    for required in REQUIRED_ENTRIES:
        if required not in ids and str(entry_dir / f"{required}.yaml") not in failed_files:
            problems.append(
                Problem(
                    str(entry_dir),
                    None,
                    "id",
                    f"the FAQ needs an entry with id '{required}' (the bot's commands use it)",
                )
            )
    from bot.knowledge.translations import load_localisations  # imports this module's helpers

    localised = load_localisations(folder, entries, caveats, now, problems)
    errors = [p for p in problems if p.severity == "error"]
    if errors or crisis is None:
        raise KnowledgeError(problems)
    knowledge = KnowledgeBase(
        sources=tuple(sources.values()),
        caveats=tuple(caveats),
        entries=tuple(entries),
        crisis=crisis,
        lexicon=Lexicon() if lexicon is None else lexicon,
        languages=localised.packs,
        messages=localised.messages,
    )
    return LoadResult(knowledge, tuple(p for p in problems if p.severity == "warning"))
