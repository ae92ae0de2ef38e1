"""The FAQ validator's known weaknesses (reported to the lead): unclosed quotes, under-indented aliases, repeats."""

from __future__ import annotations

import re
from pathlib import Path

from bot.knowledge import KnowledgeError, load_knowledge
from tests.knowledge_breakages import (
    TARGET,
    describe,
    entry_file,
    line_of,
    load_problems,
    misspelled_key,
    replace_once,
    set_block,
)


def test_unclosed_quote_names_the_line_of_the_quote(faq_copy: Path) -> None:
    path = entry_file(faq_copy)
    text = path.read_text(encoding="utf-8")
    question = re.search(r"^question: (.+)$", text, re.MULTILINE)
    assert question
    replace_once(path, question.group(0), f'question: "{question.group(1)}')
    expected_line = line_of(path, "question:")
    problems = [p for p in load_problems(faq_copy) if p.file == str(path)]
    assert problems and all("YAML" in p.message for p in problems), describe(tuple(problems))
    assert any(p.line == expected_line or f"line {expected_line}" in p.message for p in problems), describe(
        tuple(problems)
    )


def test_unclosed_quote_on_last_line_names_that_line(faq_copy: Path) -> None:
    path = entry_file(faq_copy)
    text = path.read_text(encoding="utf-8")
    reviewed = re.search(r"^reviewed: (\S+)$", text, re.MULTILINE)
    assert reviewed
    set_block(path, "reviewed", f'reviewed: "{reviewed.group(1)}\n')
    expected_line = line_of(path, "reviewed:")
    problems = [p for p in load_problems(faq_copy) if p.file == str(path)]
    assert any(p.line == expected_line for p in problems), describe(tuple(problems))


def test_under_indented_first_alias_does_not_merge_aliases_silently(faq_copy: Path) -> None:
    path = entry_file(faq_copy)
    set_block(path, "aliases", "aliases:\n - cd19 protein\n  - what is cd19 on b cells\n")
    try:
        result = load_knowledge(faq_copy)
    except KnowledgeError as error:
        assert any(p.file == str(path) and p.line == line_of(path, " - cd19 protein") for p in error.problems)
        return
    entry = result.knowledge.entry(TARGET)
    assert entry is not None
    # If it loads, at least a warning must say the two aliases ran together.
    assert any(w.file == str(path) and w.field.startswith("aliases") for w in result.warnings), entry.aliases


def test_a_broken_entry_is_reported_only_in_its_own_file(faq_copy: Path) -> None:
    misspelled_key(faq_copy)
    problems = tuple(p for p in load_problems(faq_copy) if p.severity == "error")
    assert {p.file for p in problems} == {str(entry_file(faq_copy))}, describe(problems)


def test_yaml_error_in_sources_is_reported_once(faq_copy: Path) -> None:
    path = faq_copy / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^(\s+)- id: ([a-z0-9-]+)$", text, re.MULTILINE)
    assert match
    path.write_text(text.replace(match.group(0), f"{match.group(1)}- id: {match.group(2)}\n   bad: [", 1))
    problems = [p for p in load_problems(faq_copy) if p.file == str(path)]
    assert len(problems) == 1 and "YAML" in problems[0].message, describe(tuple(problems))
