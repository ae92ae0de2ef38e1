"""Validation problems, each naming the file, the line and the field, in words a moderator understands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in the FAQ files."""

    file: str
    line: int | None
    field: str
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        label = "warning" if self.severity == "warning" else "error"
        subject = f" field '{self.field}':" if self.field else ""
        return f"{where}: {label}:{subject} {self.message}"


class KnowledgeError(Exception):
    """The FAQ files could not be loaded; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        errors = [p for p in self.problems if p.severity == "error"]
        super().__init__(f"{len(errors)} problem(s) in the FAQ files:\n" + "\n".join(map(str, errors)))
