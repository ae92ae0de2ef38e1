"""The FAQ validator: every way a moderator can break the YAML is reported with the file, the line and the field.

Each case copies the real knowledge/ folder, breaks one thing, and checks both `load_knowledge` (in process)
and `python -m bot validate PATH` (what a moderator runs). Expected lines are found by searching the file the
test wrote, never hard-coded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from tests.knowledge_breakages import (
    ERRORS,
    TARGET,
    WARNINGS,
    Breakage,
    FaqCli,
    answer_of_length,
    describe,
    entry_file,
    load_problems,
    misspelled_key,
    set_block,
)


@pytest.mark.parametrize("breakage", ERRORS, ids=lambda b: b.__name__)
def test_broken_faq_is_refused_naming_file_line_and_field(breakage: Breakage, faq_copy: Path) -> None:
    expected = breakage(faq_copy)
    problems = load_problems(faq_copy)
    assert any(expected.matches(p) for p in problems), f"expected {expected}\ngot:\n{describe(problems)}"


@pytest.mark.parametrize("breakage", ERRORS, ids=lambda b: b.__name__)
def test_validate_command_prints_the_problem_and_fails(breakage: Breakage, faq_copy: Path, faq_cli: FaqCli) -> None:
    expected = breakage(faq_copy)
    result = faq_cli("validate", str(faq_copy))
    assert result.returncode != 0, result.stdout
    assert "OK" not in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith(expected.where() + ":")]
    wanted = [
        line
        for line in lines
        if (not expected.field or f"'{expected.field}'" in line)
        and all(w.lower() in line.lower() for w in expected.words)
    ]
    assert wanted, f"no line for {expected} in stderr:\n{result.stderr}"
    assert re.search(r"The FAQ is not valid: [1-9]\d* error\(s\)", result.stderr)


@pytest.mark.parametrize("breakage", WARNINGS, ids=lambda b: b.__name__)
def test_long_answer_is_a_warning_and_still_loads(breakage: Breakage, faq_copy: Path, faq_cli: FaqCli) -> None:
    expected = breakage(faq_copy)
    result = load_knowledge(faq_copy)
    assert any(expected.matches(w) for w in result.warnings), describe(result.warnings)
    assert result.knowledge.entry(TARGET) is not None
    cli = faq_cli("validate", str(faq_copy))
    assert cli.returncode == 0, cli.stderr
    assert any(line.startswith(expected.where() + ": warning") for line in cli.stderr.splitlines()), cli.stderr


def test_answer_of_600_characters_has_no_warning(faq_copy: Path) -> None:
    answer_of_length(600, "warning")(faq_copy)
    result = load_knowledge(faq_copy)
    assert not [w for w in result.warnings if w.field == "answer"], describe(result.warnings)
    entry = result.knowledge.entry(TARGET)
    assert entry is not None and len(entry.answer) == 600


def test_every_problem_is_reported_at_once(faq_copy: Path) -> None:
    misspelled_key(faq_copy)
    second = entry_file(faq_copy, "side-effects")
    set_block(second, "reviewed", "reviewed: last week\n")
    problems = load_problems(faq_copy)
    files = {p.file for p in problems if p.severity == "error"}
    assert {str(entry_file(faq_copy)), str(second)} <= files
