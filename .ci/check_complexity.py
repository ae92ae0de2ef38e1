"""Fail when code in bot/ grows past the size the developers' guide allows.

    python .ci/check_complexity.py [folder]      # default: bot

Two limits, both from the guide: every function and method has a cyclomatic complexity of at most
MAX_COMPLEXITY (measured with radon, as `radon cc -s -n C bot` shows it), and every module has at most
MAX_LINES lines. Prints each offence as `path:line name complexity` and exits 1 if there is any.

ALLOWED lists the functions (`path:Qualified.name`) and modules (`path`) that were over a limit when the
check was switched on and are still being brought down, each with the complexity (or line count) it had
then. It cannot grow: anything over a limit that is not listed fails, and so does a listed one that grows
past its recorded number. A listed one that is back within the limit is reported so its line gets deleted
(a note, not a failure, so that bringing code down never turns CI red).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Class, Function

MAX_COMPLEXITY = 15
MAX_LINES = 400

# "path relative to the checked folder's parent[:Qualified.name]" -> the most it may have (complexity or lines).
# Being brought down by: answering/ the matching work, i18n/ the languages work, the rest the core refactor.
ALLOWED: dict[str, int] = {}


def _functions(blocks: Iterable[Function | Class]) -> Iterator[Function]:
    """Every function, method and nested function radon found, classes opened up."""
    for block in blocks:
        if isinstance(block, Class):
            yield from _functions(block.methods)
            yield from _functions(block.inner_classes)
        else:
            yield block
            yield from _functions(block.closures)


def _name(block: Function) -> str:
    return f"{block.classname}.{block.name}" if block.classname else block.name


def check(folder: Path, notes: list[str] | None = None) -> list[str]:
    """The offences under folder, one line each; empty when everything is within the limits.

    Allowed entries that are within the limits again are added to `notes`.
    """
    problems: list[str] = []
    over: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        rel = path.relative_to(folder.parent).as_posix()
        source = path.read_text(encoding="utf-8")
        lines = len(source.splitlines())
        if lines > MAX_LINES:
            over.add(rel)
            if lines > ALLOWED.get(rel, MAX_LINES):
                problems.append(f"{rel}: {lines} lines (at most {MAX_LINES})")
        seen: set[tuple[int, str]] = set()
        for block in _functions(cc_visit(source)):
            if block.complexity <= MAX_COMPLEXITY or (block.lineno, _name(block)) in seen:
                continue
            seen.add((block.lineno, _name(block)))
            key = f"{rel}:{_name(block)}"
            over.add(key)
            if block.complexity > ALLOWED.get(key, MAX_COMPLEXITY):
                problems.append(
                    f"{rel}:{block.lineno} {_name(block)}: cyclomatic complexity {block.complexity} "
                    f"(at most {MAX_COMPLEXITY})"
                )
    for key in sorted(set(ALLOWED) - over):
        if notes is not None:
            notes.append(f"{key}: within the limits now; delete its line from ALLOWED in {__file__}")
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "bot")
    notes: list[str] = []
    problems = check(folder, notes)
    for line in [*notes, *problems]:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s): see the limits at the top of {__file__}")
        return 1
    allowed = f" ({len(ALLOWED)} allowed while being brought down)" if ALLOWED else ""
    print(f"complexity: functions in {folder}/ at most {MAX_COMPLEXITY}, modules at most {MAX_LINES} lines{allowed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
