"""Check every quote in the FAQ against the article texts it claims to come from (`validate --articles DIR`).

A quote must appear in the copy named by its source's `file`, word for word once case, whitespace, quote marks
and dashes are normalised (as ../shared/tools/check_quotes.py does). Problems name the entry file and the
quote's line. The articles themselves stay outside this repository.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.knowledge.model import KnowledgeBase
from bot.knowledge.problems import Problem
from bot.knowledge.yaml_lines import LineDict, LineList, load_yaml_with_lines

_SINGLE = re.compile(r"[\u2018\u2019\u201a\u201b`´]")
_DOUBLE = re.compile(r"[\u201c\u201d\u201e\u201f]")
_DASH = re.compile(r"[\u2010-\u2015]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold case, quote marks, dashes and runs of whitespace, so only the words themselves must match."""
    text = _DASH.sub("-", _DOUBLE.sub('"', _SINGLE.sub("'", text.lower())))
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class QuoteReport:
    """How many quotes were checked, and every one that was not found where its source says."""

    checked: int
    problems: tuple[Problem, ...]


def _quote_lines(path: Path) -> list[int | None]:
    """Return the line of each citation's quote in an entry file (None where a citation has no quote)."""
    try:
        data = load_yaml_with_lines(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):  # the loader already reported unreadable files
        return []
    citations = data.get("citations") if isinstance(data, LineDict) else None
    if not isinstance(citations, LineList):
        return []
    return [item.lines.get("quote") if isinstance(item, LineDict) else None for item in citations]


def check_quotes(knowledge: KnowledgeBase, articles: Path) -> QuoteReport:
    """Look for every quote in the article copy its source names; report those missing, with file and line."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    if not articles.is_dir():
        return QuoteReport(0, (Problem(str(articles), None, "", "the articles folder does not exist"),))
    for path in sorted(articles.glob("*.txt")):
        texts[path.name] = normalise(path.read_text(encoding="utf-8", errors="replace"))
    checked = 0
    for entry in knowledge.entries:
        lines = _quote_lines(Path(entry.file))
        for index, ref in enumerate(entry.citations):
            if ref.quote is None:
                continue
            checked += 1
            line = lines[index] if index < len(lines) else None
            field = f"citations[{index + 1}].quote"
            source = knowledge.source(ref.source_id)
            needle = normalise(ref.quote.strip().strip("\"'").strip("."))
            if source is None or not source.file:
                message = f"source '{ref.source_id}' has no article copy to quote from; cite it without a quote"
                problems.append(Problem(entry.file, line, field, message))
            elif source.file not in texts:
                message = f"source '{source.id}' names the file {source.file}, which is not in {articles}"
                problems.append(Problem(entry.file, line, field, message))
            elif needle not in texts[source.file]:
                elsewhere = [name for name, text in texts.items() if needle in text]
                hint = f" (it is in {', '.join(elsewhere)}: cite that source)" if elsewhere else ""
                message = f"not found word for word in {source.file}, the copy of '{source.id}'{hint}"
                problems.append(Problem(entry.file, line, field, message))
    return QuoteReport(checked, tuple(problems))
