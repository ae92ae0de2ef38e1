"""Reading FAQ files safely: one bad save must become a problem naming the file, never a crash or a hang.

Before a file is parsed it must be a regular file whose real path lies inside the FAQ folder (no links out, no
FIFOs, no devices), no larger than MAX_FILE_BYTES, valid UTF-8, and nested no deeper than MAX_NESTING. The
YAML parser recurses once per level of nesting, and the C parser does so on the C stack: 200,000 nested '['
crashed the whole process. Any exception while reading or checking a file becomes a Problem.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar

import yaml

from bot.knowledge.yaml_lines import load_yaml_with_lines, unclosed_quote_line

MAX_FILE_BYTES: Final = 500_000  # the largest FAQ file today is 12 KB
MAX_NESTING: Final = 40  # lists and mappings inside each other; the FAQ's files need 4
_INDENT_PER_LEVEL: Final = 2
T = TypeVar("T")


class Reports(Protocol):
    """Where one file's problems go (the loader's per-file report)."""

    file: str

    def error(self, line: int | None, field: str, message: str) -> None: ...


class UnsafeFile(Exception):
    """A file that must not be parsed; the message says why in a moderator's words."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve(strict=True).relative_to(root.resolve(strict=True))
    except (OSError, ValueError, RuntimeError):
        return False
    return True


def read_text(path: Path, root: Path) -> str:
    """Return the text of a regular file inside `root`; raise FileNotFoundError or UnsafeFile."""
    if not os.path.lexists(path):
        raise FileNotFoundError(path)
    if not _inside(path, root):
        raise UnsafeFile("is a link to a file outside the FAQ folder (or a broken link); put the file itself here")
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer. Nothing is read before fstat says "regular".
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise UnsafeFile(f"cannot be opened ({exc.strerror or exc})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise UnsafeFile("is not a regular file (a folder, pipe or device?); FAQ files must be plain text files")
    with os.fdopen(fd, "rb") as file:
        if info.st_size > MAX_FILE_BYTES:
            raise UnsafeFile(
                f"is {info.st_size:,} bytes; a FAQ file may be at most {MAX_FILE_BYTES // 1000} KB. Was the wrong "
                "file saved here?"
            )
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise UnsafeFile(f"is larger than {MAX_FILE_BYTES // 1000} KB, the most a FAQ file may be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnsafeFile("is not valid UTF-8 text; save it as UTF-8 in your editor", line) from None


def nesting_problem(text: str) -> tuple[int, str] | None:
    """Find the first line nested deeper than MAX_NESTING, by brackets or by indentation and '- ' / '? '."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        block = len(line) - len(stripped)
        while stripped[:2] in ("- ", "? ") or stripped in ("-", "?"):
            block += _INDENT_PER_LEVEL
            stripped = stripped[2:].lstrip(" ")
        if block > MAX_NESTING * _INDENT_PER_LEVEL * 2:
            return number, f"is indented or nested more than {MAX_NESTING} levels deep; check the indentation"
        if "#" in line:
            line = line.split(" #", 1)[0]
        for char in line:
            if char in "[{":
                depth += 1
                if depth > MAX_NESTING:
                    return number, f"has brackets nested more than {MAX_NESTING} levels deep ('[' or '{{' not closed?)"
            elif char in "]}" and depth:
                depth -= 1
    return None


def _syntax_message(exc: yaml.MarkedYAMLError, text: str) -> tuple[int | None, str]:
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or exc.context or "the file is not valid YAML"
    line = min(mark.line + 1, max(len(text.splitlines()), 1)) if mark else None
    if isinstance(exc, yaml.constructor.ConstructorError):
        return line, f"{what}; write a plain name followed by ':'"
    lines = text.splitlines()
    bad_line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if "\t" in bad_line or "'\\t'" in what:
        column = bad_line.find("\t") + 1
        where = f" (column {column})" if column > 0 else ""
        return line, (
            f"YAML syntax error: this line has a tab character{where}. YAML allows only spaces for indentation: "
            "replace the tab with spaces"
        )
    # YAML notices an unclosed quote only where the next quote happens to be; point at where it opened.
    opened = unclosed_quote_line(text)
    if opened is not None and (line is None or opened <= line):
        line, what = opened, "a quote opened on this line is never closed"
    return line, f"YAML syntax error: {what}. Check the indentation and put quotes around text with ':'"


def read_yaml(path: Path, root: Path, report: Reports) -> Any:
    """Read and parse one FAQ file; on any failure report it (with the line where known) and return None."""
    try:
        text = read_text(path, root)
    except FileNotFoundError:
        report.error(None, "", "file is missing")
        return None
    except UnsafeFile as exc:
        report.error(exc.line, "", exc.message)
        return None
    except OSError as exc:
        report.error(None, "", f"cannot be read ({exc.strerror or type(exc).__name__})")
        return None
    deep = nesting_problem(text)
    if deep is not None:
        report.error(deep[0], "", deep[1])
        return None
    try:
        return load_yaml_with_lines(text)
    except yaml.MarkedYAMLError as exc:
        line, message = _syntax_message(exc, text)
        report.error(line, "", message)
    except yaml.YAMLError as exc:
        report.error(None, "", f"YAML syntax error: {str(exc)[:300]}")
    except RecursionError:
        report.error(None, "", f"is nested too deeply to read (more than {MAX_NESTING} levels?)")
    except Exception as exc:  # any parser failure is the file's problem
        report.error(None, "", f"could not be read: {type(exc).__name__}: {str(exc)[:200]}")
    return None


def guarded(report: Reports, work: Callable[[], T]) -> T | None:
    """Run one file's checks; an unexpected exception becomes a problem naming the file (and None), never a crash."""
    try:
        return work()
    except RecursionError:
        report.error(None, "", f"is nested too deeply to check (more than {MAX_NESTING} levels?)")
    except Exception as exc:  # one bad file must never stop a (re)load
        report.error(None, "", f"could not be checked: {type(exc).__name__}: {str(exc)[:200]}")
    return None
