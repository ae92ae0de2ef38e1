"""`validate` messages a moderator can act on: tabs named, duplicate aliases in both files, file name = id."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import KnowledgeError, Problem, load_knowledge


def errors_of(folder: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [p for p in caught.value.problems if p.severity == "error"]


def test_a_tab_that_breaks_yaml_is_named_with_its_line_and_column(faq_copy: Path) -> None:
    entry = faq_copy / "entries" / "cd19.yaml"
    lines = entry.read_text().splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("aliases:")) + 1
    lines[number - 1] = "\t" + lines[number - 1].lstrip()
    entry.write_text("\n".join(lines) + "\n")
    (problem,) = [p for p in errors_of(faq_copy) if p.file == str(entry)]
    assert problem.line == number
    assert "tab character (column 1)" in problem.message and "replace the tab with spaces" in problem.message


def test_a_duplicate_alias_is_reported_in_both_files(faq_copy: Path) -> None:
    cd19 = faq_copy / "entries" / "cd19.yaml"
    cure = faq_copy / "entries" / "is-it-a-cure.yaml"
    lines = cure.read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("aliases:")) + 1
    lines.insert(at, "  - what does cd19 stand for exactly")
    cure.write_text("\n".join(lines) + "\n")
    text = cd19.read_text()
    at_cd19 = text.splitlines().index("aliases:") + 2
    cd19.write_text(text.replace("aliases:\n", "aliases:\n  - What does CD19 stand for, exactly?\n", 1))
    problems = errors_of(faq_copy)
    in_cure = [p for p in problems if p.file == str(cure)]
    in_cd19 = [p for p in problems if p.file == str(cd19)]
    assert len(in_cure) == 1 and len(in_cd19) == 1, [str(p) for p in problems]
    # Each names the other file and line.
    assert f"cd19.yaml:{at_cd19}" in in_cure[0].message and in_cure[0].line == at + 1
    assert f"is-it-a-cure.yaml:{at + 1}" in in_cd19[0].message and in_cd19[0].line == at_cd19


def test_a_file_name_that_does_not_match_its_id_is_an_error(faq_copy: Path) -> None:
    entry = faq_copy / "entries" / "cd19.yaml"
    renamed = entry.rename(faq_copy / "entries" / "cd-19.yaml")
    (problem,) = [p for p in errors_of(faq_copy) if p.file == str(renamed)]
    assert problem.field == "id" and "rename the file to 'cd19.yaml'" in problem.message
