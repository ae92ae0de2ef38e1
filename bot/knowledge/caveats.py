"""A caveats file (caveats.yaml, and each language's translations/<lang>/caveats.yaml): its fields, described once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.fields import Field, FieldReader, Report, read_fields, read_yaml, required_text, top_list
from bot.knowledge.model import Caveat
from bot.knowledge.yaml_lines import LineDict

CAVEATS_FILE = "caveats.yaml"
CAVEAT_TABLE = (Field("id", required_text, required=True), Field("text", required_text, required=True))
CAVEAT_FIELDS = {f.name for f in CAVEAT_TABLE}


@dataclass(frozen=True)
class CaveatItem:
    """One usable caveat with where it stands: its field prefix (`caveats[2].`) and its line."""

    caveat: Caveat
    where: str
    line: int


@dataclass(frozen=True)
class CaveatsFile:
    """The usable caveats of a file; `listed` is False when the file holds no `caveats:` list at all."""

    items: tuple[CaveatItem, ...]
    listed: bool
    line: int


def read_caveats(path: Path, report: Report, root: Path) -> CaveatsFile:
    """Read a caveats file through CAVEAT_TABLE; every problem goes to `report`."""
    items = top_list(read_yaml(path, report, root), report, "caveats")
    found: list[CaveatItem] = []
    for index, item in enumerate(items or []):
        where = f"caveats[{index + 1}]."
        if not isinstance(item, LineDict):
            report.error(items.lines[index] if items else None, where[:-1], "each caveat needs 'id' and 'text'")
            continue
        values = read_fields(FieldReader(report, item, where), CAVEAT_TABLE)
        if values["id"] and values["text"]:
            found.append(CaveatItem(Caveat(**values), where, item.line))
    return CaveatsFile(tuple(found), items is not None, items.line if items is not None else 1)
