"""One bad save in knowledge/ never crashes the loader: every hostile file becomes a problem naming the file.

Every hostile file is generated here, in tmp_path; none is committed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from bot.knowledge import KnowledgeError, Problem, load_knowledge
from bot.knowledge.safe_read import MAX_FILE_BYTES

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ENTRY = "cd19"
T = TypeVar("T")


def problems_of(folder: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [p for p in caught.value.problems if p.severity == "error"]


def the_problem(folder: Path, file: Path) -> Problem:
    problems = problems_of(folder)
    mine = [p for p in problems if p.file == str(file)]
    assert mine, f"no problem names {file}: {[str(p) for p in problems]}"
    return mine[0]


def within_two_seconds(load: Callable[[], T]) -> T:
    """What `load` returns, after checking it took under two seconds (a hostile file must not hang or swell it)."""
    started = time.perf_counter()
    result = load()
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"took {elapsed:.1f} s"
    return result


def validate(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "validate", str(folder)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def nested_brackets(count: int) -> str:
    return f"\nextra: {'[' * count}\n"


@pytest.mark.parametrize("count", [10_000, 200_000])
def test_deeply_nested_brackets_are_a_problem_not_a_crash(faq_copy: Path, count: int) -> None:
    entry = faq_copy / "entries" / f"{ENTRY}.yaml"
    with entry.open("a", encoding="utf-8") as file:
        file.write(nested_brackets(count))
    problem = the_problem(faq_copy, entry)
    assert "nested" in problem.message and problem.line is not None
    # The same file through `validate` in a fresh process: a problem, no traceback, no crash (was exit -11).
    done = validate(faq_copy)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and f"{ENTRY}.yaml" in done.stderr


def test_deeply_nested_block_sequences_on_one_line_are_a_problem(faq_copy: Path) -> None:
    entry = faq_copy / "entries" / f"{ENTRY}.yaml"
    with entry.open("a", encoding="utf-8") as file:
        file.write("extra:\n  " + "- " * 50_000 + "x\n")
    assert "nested" in the_problem(faq_copy, entry).message


def test_a_list_used_as_a_mapping_key_names_the_file_and_line(faq_copy: Path) -> None:
    entry = faq_copy / "entries" / f"{ENTRY}.yaml"
    with entry.open("a", encoding="utf-8") as file:
        file.write("? [a, b]\n: value\n")
    problem = the_problem(faq_copy, entry)
    assert problem.line is not None and "field name" in problem.message
    assert "Traceback" not in validate(faq_copy).stderr


def test_billion_laughs_in_reviewed_is_reported_quickly(faq_copy: Path) -> None:
    entry = faq_copy / "entries" / f"{ENTRY}.yaml"
    lines = [line for line in entry.read_text().splitlines() if not line.startswith("reviewed:")]
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [{','.join(['*' + previous] * 9)}]")
    # The bomb lives under an unknown field; `reviewed:` points at its top.
    text = "\n".join(lines) + "\nbomb:\n" + "\n".join("  " + b for b in bomb) + "\nreviewed: *i\n"
    entry.write_text(text)
    assert len(text.encode()) < 12_000
    problems = within_two_seconds(lambda: problems_of(faq_copy))  # 1 KB of this took 47 s and 5.5 GB before
    reviewed = [p for p in problems if p.file == str(entry) and p.field == "reviewed"]
    assert reviewed and len(reviewed[0].message) < 200 and "lol" not in reviewed[0].message


def test_a_symlink_out_of_the_folder_is_not_followed(faq_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text((faq_copy / "entries" / f"{ENTRY}.yaml").read_text().replace(f"id: {ENTRY}", "id: outside"))
    link = faq_copy / "entries" / "outside.yaml"
    link.symlink_to(outside)
    problem = the_problem(faq_copy, link)
    assert "outside the FAQ folder" in problem.message


def test_a_symlink_to_dev_zero_is_refused_without_reading(faq_copy: Path) -> None:
    link = faq_copy / "entries" / "zero.yaml"
    link.symlink_to("/dev/zero")
    problem = within_two_seconds(lambda: the_problem(faq_copy, link))
    assert "outside the FAQ folder" in problem.message


def test_a_fifo_named_like_an_entry_does_not_hang_the_loader(faq_copy: Path) -> None:
    fifo = faq_copy / "entries" / "pipe.yaml"
    os.mkfifo(fifo)
    problem = within_two_seconds(lambda: the_problem(faq_copy, fifo))
    assert "not a regular file" in problem.message


def test_a_folder_named_like_an_entry_is_a_problem(faq_copy: Path) -> None:
    folder = faq_copy / "entries" / "folder.yaml"
    folder.mkdir()
    assert "not a regular file" in the_problem(faq_copy, folder).message


def test_a_huge_file_is_refused_before_it_is_read(faq_copy: Path) -> None:
    entry = faq_copy / "entries" / "huge.yaml"
    with entry.open("w", encoding="utf-8") as file:
        file.write("answer: >\n")
        line = "  " + "word " * 20 + "\n"
        for _ in range(50_000_000 // len(line)):
            file.write(line)
    problem = within_two_seconds(lambda: the_problem(faq_copy, entry))  # 50 MB took 20 s and 1.2 GB before
    assert f"{MAX_FILE_BYTES // 1000} KB" in problem.message


def test_bytes_that_are_not_utf8_name_the_line(faq_copy: Path) -> None:
    entry = faq_copy / "entries" / f"{ENTRY}.yaml"
    entry.write_bytes(entry.read_bytes() + b"\nnote: caf\xe9\n")
    problem = the_problem(faq_copy, entry)
    assert "UTF-8" in problem.message and problem.line == len(entry.read_bytes().splitlines())


def test_any_unexpected_error_in_a_file_becomes_a_problem_naming_it(
    faq_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.knowledge.safe_read as safe_read

    def explode(text: str) -> object:
        raise ZeroDivisionError("surprise")

    monkeypatch.setattr(safe_read, "load_yaml_with_lines", explode)
    problems = problems_of(faq_copy)
    assert any(p.file.endswith("sources.yaml") and "ZeroDivisionError" in p.message for p in problems)
