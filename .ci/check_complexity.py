"""Fail when Python code in the repository grows past the size the developers' guide allows.

    python .ci/check_complexity.py            # every Python file in the repository
    python .ci/check_complexity.py FOLDER...  # only these folders

Two limits, both from the guide: every function and method has a cyclomatic complexity of at most
MAX_COMPLEXITY (measured with radon, as `radon cc -s -n C bot tests bench .ci` shows it), and every module has at
most MAX_LINES lines. Every `.py` file counts, the project's code (bot/), its tests, the Discord emulator, the
benchmarks and this script alike; virtual environments, caches and build output (SKIPPED_FOLDERS, any folder with
a pyvenv.cfg) are not the project's code and are passed over. Data files (the FAQ's YAML, test question sets) are
not code and are not measured. Prints each offence as `path:line name complexity` and exits 1 if there is any.

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
ROOT = Path(__file__).resolve().parent.parent

# Folders that hold no code of the project's own: version control, caches, packaging output.
SKIPPED_FOLDERS = frozenset(
    {
        ".git",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".hypothesis",
        "build",
        "dist",
        "node_modules",
    }
)

# "path relative to the repository (or to a checked folder's parent)[:Qualified.name]" -> the most it may have
# (complexity or lines). Empty: everything is within the limits; an entry needs a reason and an owner.
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


def python_files(folder: Path) -> Iterator[Path]:
    """Every `.py` file under folder, in a stable order, passing over virtual environments, caches and build output."""
    for path in sorted(folder.iterdir()):
        if path.is_dir():
            skipped = path.name in SKIPPED_FOLDERS or path.name.endswith(".egg-info") or (path / "pyvenv.cfg").exists()
            if not skipped and not path.is_symlink():
                yield from python_files(path)
        elif path.suffix == ".py":
            yield path


def check(folder: Path, notes: list[str] | None = None, *, base: Path | None = None) -> list[str]:
    """The offences under folder, one line each; empty when everything is within the limits.

    Paths are named relative to `base` (by default the folder's parent, so `bot/...` for the folder bot).
    Allowed entries that are within the limits again are added to `notes`.
    """
    base = folder.parent if base is None else base
    problems: list[str] = []
    over: set[str] = set()
    for path in python_files(folder):
        rel = path.relative_to(base).as_posix()
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
    folders = [Path(arg) for arg in argv[1:]]
    notes: list[str] = []
    if folders:
        problems = [problem for folder in folders for problem in check(folder, notes)]
        where = ", ".join(f"{folder.as_posix().rstrip('/')}/" for folder in folders)
    else:
        problems = check(ROOT, notes, base=ROOT)
        where = f"the repository ({sum(1 for _ in python_files(ROOT))} Python files)"
    for line in [*notes, *problems]:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s): see the limits at the top of {__file__}")
        return 1
    allowed = f" ({len(ALLOWED)} allowed while being brought down)" if ALLOWED else ""
    print(f"complexity: functions in {where} at most {MAX_COMPLEXITY}, modules at most {MAX_LINES} lines{allowed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
