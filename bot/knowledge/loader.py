"""Read the FAQ folder, validate every file, and build an immutable KnowledgeBase (or report every problem).

Each file's fields are described once: sources in SOURCE_TABLE below, entries in entries.ENTRY_TABLE; the checks
that span files live in cross_check.py, the field readers in fields.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from bot.knowledge.caveats import CAVEATS_FILE, read_caveats
from bot.knowledge.crisis import parse_crisis
from bot.knowledge.cross_check import (
    HEADLINE_ENTRY,
    PERSONAL_TREATMENT_ENTRY,
    REQUIRED_ENTRIES,
    check_required,
    cross_check,
)
from bot.knowledge.entries import (
    ALIAS_LIMIT,
    ANSWER_HARD_LIMIT,
    ANSWER_SOFT_LIMIT,
    QUESTION_LIMIT,
    REVIEW_WARN_DAYS,
    EntryDraft,
    load_entry,
)
from bot.knowledge.fields import (
    ID_PATTERN,
    Field,
    FieldReader,
    Report,
    flag,
    one_of,
    optional_text,
    parse_date,
    read_fields,
    read_yaml,
    required_text,
    top_list,
)
from bot.knowledge.lexicon import LEXICON_FILE, Lexicon, parse_lexicon
from bot.knowledge.model import Caveat, CrisisResources, Entry, KnowledgeBase, Source
from bot.knowledge.problems import KnowledgeError, Problem
from bot.knowledge.safe_read import guarded
from bot.knowledge.translations import load_localisations
from bot.knowledge.yaml_lines import LineDict

__all__ = [
    "ALIAS_LIMIT",
    "ANSWER_HARD_LIMIT",
    "ANSWER_SOFT_LIMIT",
    "HEADLINE_ENTRY",
    "PERSONAL_TREATMENT_ENTRY",
    "QUESTION_LIMIT",
    "REQUIRED_ENTRIES",
    "REVIEW_WARN_DAYS",
    "LoadResult",
    "load_knowledge",
]

SOURCES_FILE = "sources.yaml"
CRISIS_FILE = "crisis.yaml"
ENTRIES_DIR = "entries"

SOURCE_KINDS = ("news", "paper", "official")
SOURCE_COPIES = ("original", "rewritten", "translated")  # what the text we hold (and quote) is


@dataclass(frozen=True)
class LoadResult:
    """A loaded FAQ and the warnings worth showing (errors raise KnowledgeError instead)."""

    knowledge: KnowledgeBase
    warnings: tuple[Problem, ...]


def _source_id(reader: FieldReader, key: str) -> str | None:
    sid = required_text(reader, key)
    if sid and not ID_PATTERN.match(sid):
        reader.error(key, f"'{sid}' should use only a-z, 0-9 and '-'")
    if sid and sid in reader.context:
        reader.error(key, f"the source id '{sid}' is used twice")
    return sid


def _source_date(reader: FieldReader, key: str) -> str | None:
    if key not in reader.mapping:
        return None
    return parse_date(reader.report, reader.mapping, key, reader.where, allow_month=True)


def _link(reader: FieldReader, key: str) -> str | None:
    url = optional_text(reader, key)
    if url and not url.startswith(("https://", "http://")):
        reader.error(key, "should be a full link starting with https://")
    return url


SOURCE_TABLE = (
    Field("id", _source_id, required=True),
    Field("kind", one_of(*SOURCE_KINDS), required=True),
    Field("outlet", required_text, required=True),
    Field("title", required_text, required=True),
    Field("date", _source_date, required=True),
    Field("url", _link),
    Field("copy", one_of(*SOURCE_COPIES, default="original")),
    Field("further_reading", flag),
    Field("authors", optional_text, when_usable=True),
    Field("note", optional_text, when_usable=True),
    Field("file", optional_text, when_usable=True),
)
SOURCE_FIELDS = {f.name for f in SOURCE_TABLE}


def _load_sources(root: Path, problems: list[Problem]) -> dict[str, Source]:
    report = Report(str(root / SOURCES_FILE), problems)
    items = top_list(read_yaml(root / SOURCES_FILE, report, root), report, "sources")
    sources: dict[str, Source] = {}
    for index, item in enumerate(items or []):
        where = f"sources[{index + 1}]."
        if not isinstance(item, LineDict):
            report.error(items.lines[index] if items else None, where[:-1], "each source needs fields")
            continue
        values = read_fields(FieldReader(report, item, where, context=sources), SOURCE_TABLE)
        if all(values[f.name] for f in SOURCE_TABLE if f.required):
            sources[values["id"]] = Source(**values)
    if items is not None and not sources:
        report.error(items.line, "sources", "lists no usable source")
    return sources


def _load_caveats(root: Path, problems: list[Problem]) -> list[Caveat]:
    report = Report(str(root / CAVEATS_FILE), problems)
    found = read_caveats(root / CAVEATS_FILE, report, root)
    if found.listed and not found.items:
        report.error(found.line, "caveats", "at least one caveat is needed: every answer carries them")
    return [item.caveat for item in found.items]


def _load_crisis(root: Path, problems: list[Problem]) -> CrisisResources | None:
    """Read crisis.yaml; its format and checks live in bot/knowledge/crisis.py."""
    report = Report(str(root / CRISIS_FILE), problems)
    return parse_crisis(read_yaml(root / CRISIS_FILE, report, root), report.file, problems)


def _load_lexicon(root: Path, problems: list[Problem]) -> Lexicon:
    report = Report(str(root / LEXICON_FILE), problems)
    if not (root / LEXICON_FILE).exists():
        report.warn(None, "", "no lexicon: matching uses only the FAQ's own words (see knowledge/README.md)")
        return Lexicon()
    return parse_lexicon(read_yaml(root / LEXICON_FILE, report, root), report) or Lexicon()


def _entry_paths(entry_dir: Path, problems: list[Problem]) -> list[Path]:
    paths = sorted([*entry_dir.glob("*.yaml"), *entry_dir.glob("*.yml")]) if entry_dir.is_dir() else []
    if not paths:
        problems.append(Problem(str(entry_dir), None, "", "no entry files found (entries/<id>.yaml)"))
    return paths


def _load_entries(folder: Path, problems: list[Problem], sources: dict[str, Source], now: date) -> list[Entry]:
    """Read every entry file, then check what spans them."""
    entry_dir = folder / ENTRIES_DIR
    seen_ids: set[str] = set()
    drafts: list[EntryDraft] = []
    for path in _entry_paths(entry_dir, problems):
        draft = guarded(Report(str(path), problems), partial(load_entry, path, problems, sources, now, seen_ids))
        if draft is not None:
            drafts.append(draft)
    report = Report(str(folder / ENTRIES_DIR), problems)
    entries = guarded(report, lambda: cross_check(drafts, problems, seen_ids)) or []
    check_required(entries, entry_dir, problems)
    return entries


def load_knowledge(root: str | Path, *, today: Callable[[], date] = date.today) -> LoadResult:
    """Load and validate the FAQ folder; raise KnowledgeError listing every problem if anything is wrong."""
    folder = Path(root)
    problems: list[Problem] = []
    if not folder.is_dir():
        raise KnowledgeError([Problem(str(folder), None, "", "the FAQ folder does not exist")])

    def report(name: str) -> Report:
        return Report(str(folder / name), problems)

    sources = guarded(report(SOURCES_FILE), lambda: _load_sources(folder, problems)) or {}
    caveats = guarded(report(CAVEATS_FILE), lambda: _load_caveats(folder, problems)) or []
    crisis = guarded(report(CRISIS_FILE), lambda: _load_crisis(folder, problems))
    lexicon = guarded(report(LEXICON_FILE), lambda: _load_lexicon(folder, problems))
    now = today()
    entries = _load_entries(folder, problems, sources, now)
    localised = load_localisations(folder, entries, caveats, now, problems)
    if crisis is None or any(p.severity == "error" for p in problems):
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
