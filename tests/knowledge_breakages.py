"""Shared by the tests/test_knowledge_*.py modules: helpers that edit a copied FAQ, and the ways to break it.

Each breakage edits a copy of the real knowledge/ folder in one way and returns the problem the validator must
report for it. Expected lines are found by searching the file the breakage wrote, never hard-coded.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeError, Problem, load_knowledge

FaqCli = Callable[..., subprocess.CompletedProcess[str]]
TARGET = "cd19"  # the entry most cases break; any entry would do


# --------------------------------------------------------------------------- helpers to edit the copied FAQ


def entry_file(root: Path, entry_id: str = TARGET) -> Path:
    """Return the path of an entry's file in a FAQ folder."""
    return root / "entries" / f"{entry_id}.yaml"


def line_of(path: Path, needle: str, *, start: int = 1) -> int:
    """Return the 1-based number of the first line (from `start`) containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number >= start and needle in line:
            return number
    raise AssertionError(f"{needle!r} not found in {path}")


def first_key_line(path: Path) -> int:
    """Return the line of the first mapping key (where the loader says a missing field belongs)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(r"^[A-Za-z_][\w-]*:", line):
            return number
    raise AssertionError(f"no key in {path}")


def replace_once(path: Path, old: str, new: str) -> None:
    """Replace the first occurrence of `old` (which must be there) with `new`."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def set_block(path: Path, key: str, replacement: str) -> None:
    """Replace a top-level field (its line and its indented continuation lines) with `replacement`."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(key)}:.*\n(?:(?:[ \t-].*)?\n)*?(?=^[A-Za-z_][\w-]*:|\Z)", re.MULTILINE)
    assert pattern.search(text), f"no top-level {key!r} in {path}"
    new_text = pattern.sub(lambda _: replacement if replacement.endswith("\n") else replacement + "\n", text, count=1)
    path.write_text(new_text, encoding="utf-8")


def remove_block(path: Path, key: str) -> None:
    """Delete a top-level field and its continuation lines."""
    set_block(path, key, "")
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^\n", "", text, flags=re.MULTILINE), encoding="utf-8")


def prose(length: int) -> str:
    """Return sentence-like text of exactly `length` characters with no [n] markers."""
    words = ("Lupus patients in the study went into remission after one infusion of CAR T cells. " * 40).strip()
    text = words[: length - 1].rstrip() + "."
    return text + "x" * (length - len(text)) if len(text) < length else text


def source_ids(root: Path) -> list[str]:
    """Return the ids in sources.yaml, in order (read as text so a broken entry does not matter)."""
    return re.findall(r"^\s*-\s*id:\s*([a-z0-9-]+)\s*$", (root / "sources.yaml").read_text(encoding="utf-8"), re.M)


def load_problems(root: Path, **kwargs: object) -> tuple[Problem, ...]:
    """Load a FAQ folder that must be invalid and return its problems."""
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root, **kwargs)  # type: ignore[arg-type]
    return caught.value.problems


# --------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Expected:
    """The problem a breakage must produce."""

    file: Path
    line: int | None
    field: str
    words: tuple[str, ...]  # each must appear in the message (case-insensitive)
    severity: str = "error"

    def matches(self, problem: Problem) -> bool:
        """Say whether a reported problem is this one."""
        message = problem.message.lower()
        return (
            problem.file == str(self.file)
            and problem.line == self.line
            and problem.field == self.field
            and problem.severity == self.severity
            and all(w.lower() in message for w in self.words)
        )

    def where(self) -> str:
        """Return how the CLI writes the location: `file:line` or just `file`."""
        return f"{self.file}:{self.line}" if self.line else str(self.file)


Breakage = Callable[[Path], Expected]


def replaced(name: str, old: str, new: str, marker: str, field: str, words: tuple[str, ...]) -> Breakage:
    """Replace `old` with `new` in the target entry; the problem is on the first line that holds `marker`."""

    def breakage(root: Path) -> Expected:
        path = entry_file(root)
        replace_once(path, old, new)
        return Expected(path, line_of(path, marker), field, words)

    breakage.__name__ = name
    return breakage


def rewritten(name: str, key: str, text: str, field: str, words: tuple[str, ...], severity: str = "error") -> Breakage:
    """Rewrite the target entry's top-level `key` (with its continuation lines) as `text`; the problem is on the
    line of `key`."""

    def breakage(root: Path) -> Expected:
        path = entry_file(root)
        set_block(path, key, text)
        return Expected(path, line_of(path, f"{key}:"), field, words, severity)

    breakage.__name__ = name
    return breakage


def bad_indentation(root: Path) -> Expected:
    path = entry_file(root)
    text = path.read_text(encoding="utf-8")
    items = re.findall(r"^  - (.+)$", text, re.MULTILINE)
    assert len(items) >= 2, "the entry should have an indented alias list"
    # Un-indent the second item: YAML then finds a list item where it expects a key.
    replace_once(path, f"\n  - {items[0]}\n  - {items[1]}\n", f"\n  - {items[0]}\n - {items[1]}\n")
    match = re.search(rf"^ - {re.escape(items[1])}$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert match
    line = path.read_text(encoding="utf-8")[: match.start()].count("\n") + 1
    return Expected(path, line, "", ("YAML syntax error", "indentation"))


key_indented_under_previous = replaced(
    "key_indented_under_previous", "\nquestion:", "\n  question:", "  question:", "", ("YAML syntax error",)
)
tab_indentation = replaced("tab_indentation", "\nanswer:", "\n\tanswer:", "\tanswer:", "", ("YAML syntax error", "tab"))
misspelled_key = replaced(
    "misspelled_key", "\nquestion:", "\nqestion:", "qestion:", "qestion", ("unknown field", "did you mean 'question'")
)


def misspelled_key_reports_missing_question(root: Path) -> Expected:
    path = entry_file(root)
    replace_once(path, "\nquestion:", "\nqestion:")
    return Expected(path, first_key_line(path), "question", ("required", "missing"))


unknown_key = replaced(
    "unknown_key", "\nreviewed:", "\nmood: cheerful\nreviewed:", "mood:", "mood", ("unknown field", "allowed")
)


def missing_field(field: str) -> Breakage:
    def breakage(root: Path) -> Expected:
        path = entry_file(root)
        remove_block(path, field)
        return Expected(path, first_key_line(path), field, ("required field is missing",))

    breakage.__name__ = f"missing_{field}"
    return breakage


def duplicate_id_in_two_files(root: Path) -> Expected:
    original = entry_file(root)
    copy = root / "entries" / f"zz-{TARGET}-copy.yaml"  # sorts after the original, so the copy is the duplicate
    shutil.copyfile(original, copy)
    return Expected(copy, line_of(copy, "id:"), "id", (f"'{TARGET}'", f"{TARGET}.yaml", "unique"))


def alias_of_another_entry(root: Path) -> Expected:
    owner = entry_file(root, "b-cells")  # sorts before cd19, so cd19 is the one that repeats it
    theirs = re.search(r"^  - (.+)$", owner.read_text(encoding="utf-8"), re.MULTILINE)
    assert theirs, "b-cells should have aliases"
    alias = theirs.group(1).strip().strip("'\"")
    variant = f"{alias.upper()}?!"  # differs in case and punctuation only
    path = entry_file(root)
    replace_once(path, "\naliases:\n", f'\naliases:\n  - "{variant}"\n')
    return Expected(path, line_of(path, variant), "aliases[1]", ("b-cells", "one entry"))


question_is_alias_of_another_entry = rewritten(
    "question_is_alias_of_another_entry",
    "question",
    'question: "Why target B-cells in LUPUS??"',
    "question",
    ("b-cells",),
)


def unknown_source(root: Path) -> Expected:
    path = entry_file(root)
    match = re.search(r"- source: ([a-z0-9-]+)", path.read_text(encoding="utf-8"))
    assert match
    typo = match.group(1)[:-1]  # "nature-medicine-2022" -> "nature-medicine-202"
    replace_once(path, match.group(0), f"- source: {typo}")
    return Expected(
        path,
        line_of(path, f"- source: {typo}"),
        "citations[1].source",
        (f"unknown source '{typo}'", f"did you mean '{match.group(1)}'"),
    )


def no_citations(value: str) -> Breakage:
    return rewritten(
        f"citations_{value.strip() or 'blank'}",
        "citations",
        f"citations:{value}",
        "citations",
        ("at least one citation",),
    )


def answer_of_length(length: int, severity: str) -> Breakage:
    limit = "700" if severity == "error" else "600"
    words = (f"{length} characters", limit)
    return rewritten(f"answer_{length}_chars", "answer", f'answer: "{prose(length)}"', "answer", words, severity)


def empty_text(field: str, value: str) -> Breakage:
    return rewritten(f"empty_{field}_{value or 'blank'}", field, f"{field}: {value}", field, ("empty",))


def bad_review_date(value: str) -> Breakage:
    words = (f"'{value}' is not a date", "YYYY-MM-DD")
    return rewritten(f"reviewed_{value}", "reviewed", f"reviewed: {value}", "reviewed", words)


def marker_beyond_citations(root: Path) -> Expected:
    path = entry_file(root)
    first, second = source_ids(root)[:2]
    set_block(path, "answer", 'answer: "CD19 is a protein [1] on B cells [2]; see also [5]."\n')
    set_block(path, "citations", f"citations:\n  - source: {first}\n  - source: {second}\n")
    return Expected(path, line_of(path, "answer:"), "answer", ("[5]", "2 citation"))


marker_zero = rewritten("marker_zero", "answer", 'answer: "CD19 is a protein [0]."', "answer", ("[0]",))
unknown_related = rewritten(
    "unknown_related",
    "related",
    "related: [lupus-cart, no-such-entry]",
    "related[2]",
    ("'no-such-entry'", "not the id of any entry"),
)
related_to_itself = rewritten("related_to_itself", "related", f"related: [{TARGET}]", "related[1]", ("itself",))


def missing_required_entry(entry_id: str) -> Breakage:
    def breakage(root: Path) -> Expected:
        entry_file(root, entry_id).unlink()
        # Other entries may list it under `related`; a cascade of related errors may come too.
        return Expected(root / "entries", None, "id", (f"'{entry_id}'",))

    breakage.__name__ = f"missing_entry_{entry_id}"
    return breakage


bad_entry_id = rewritten("bad_entry_id", "id", "id: CD 19!", "id", ("a-z, 0-9",))


def source_without_title(root: Path) -> Expected:
    path = root / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^(\s+)title: .*\n", text, re.MULTILINE)
    assert match
    id_line = max(n for n, line in enumerate(text[: match.start()].splitlines(), start=1) if "- id:" in line)
    path.write_text(text.replace(match.group(0), "", 1), encoding="utf-8")
    return Expected(path, id_line, "sources[1].title", ("required field is missing",))


def source_bad_kind(root: Path) -> Expected:
    path = root / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^(\s+)kind: \w+$", text, re.MULTILINE)
    assert match
    path.write_text(text.replace(match.group(0), f"{match.group(1)}kind: blogpost", 1), encoding="utf-8")
    return Expected(path, line_of(path, "kind: blogpost"), "sources[1].kind", ("news", "paper"))


ERRORS: list[Breakage] = [
    bad_indentation,
    key_indented_under_previous,
    tab_indentation,
    misspelled_key,
    misspelled_key_reports_missing_question,
    unknown_key,
    missing_field("question"),
    missing_field("answer"),
    missing_field("citations"),
    missing_field("reviewed"),
    missing_field("aliases"),
    duplicate_id_in_two_files,
    alias_of_another_entry,
    question_is_alias_of_another_entry,
    unknown_source,
    no_citations(" []"),
    no_citations(""),
    answer_of_length(701, "error"),
    answer_of_length(900, "error"),
    empty_text("answer", '""'),
    empty_text("answer", ""),
    empty_text("question", "''"),
    bad_review_date("last week"),
    bad_review_date("2026-13-01"),
    bad_review_date("2026-02-30"),
    bad_review_date("22/11/2026"),
    marker_beyond_citations,
    marker_zero,
    unknown_related,
    related_to_itself,
    missing_required_entry("lupus-cart"),
    missing_required_entry("my-treatment"),
    bad_entry_id,
    source_without_title,
    source_bad_kind,
]

WARNINGS: list[Breakage] = [answer_of_length(601, "warning"), answer_of_length(700, "warning")]


def describe(problems: tuple[Problem, ...]) -> str:
    return "\n".join(f"  {p!s}  [field={p.field!r} line={p.line}]" for p in problems)
