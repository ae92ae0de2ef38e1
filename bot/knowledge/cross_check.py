"""Checks that span files: unique entry ids, a question or alias leading to one entry, related ids, required entries."""

from __future__ import annotations

from pathlib import Path

from bot.knowledge.entries import EntryDraft
from bot.knowledge.fields import Report, line_of
from bot.knowledge.folding import fold
from bot.knowledge.model import Entry
from bot.knowledge.problems import Problem
from bot.knowledge.yaml_lines import LineList

# Entries the bot's commands rely on: /lupus-cart shows the first; personal treatment questions get the second.
HEADLINE_ENTRY = "lupus-cart"
PERSONAL_TREATMENT_ENTRY = "my-treatment"
REQUIRED_ENTRIES = (HEADLINE_ENTRY, PERSONAL_TREATMENT_ENTRY)

_Owner = tuple[str, str, str, int | None]  # who holds a folded text: (entry id, "question"/"alias", file, line)


def _unique_ids(drafts: list[EntryDraft], problems: list[Problem]) -> dict[str, EntryDraft]:
    by_id: dict[str, EntryDraft] = {}
    for draft in drafts:
        entry = draft.entry
        if entry.id in by_id:
            Report(draft.file, problems).error(
                line_of(draft.lines, "id"),
                "id",
                f"the id '{entry.id}' is already used in {by_id[entry.id].file}; ids must be unique",
            )
            continue
        by_id[entry.id] = draft
    return by_id


def _texts(draft: EntryDraft) -> list[tuple[str, str, int | None]]:
    """The entry's question and aliases, each with its field name and line."""
    entry = draft.entry
    texts: list[tuple[str, str, int | None]] = [(entry.question, "question", line_of(draft.lines, "question"))]
    alias_lines = draft.lines.get("aliases")
    for index, alias in enumerate(entry.aliases):
        line = alias_lines.lines[index] if isinstance(alias_lines, LineList) else None
        texts.append((alias, f"aliases[{index + 1}]", line))
    return texts


def _shared_texts(draft: EntryDraft, owners: dict[str, _Owner], problems: list[Problem]) -> None:
    """Report a question or alias that another entry already has, in both files."""
    entry, report = draft.entry, Report(draft.file, problems)
    for text, field, line in _texts(draft):
        key = fold(text)
        owner = owners.get(key)
        what = "question" if field == "question" else "alias"
        if not owner:
            owners[key] = (entry.id, what, draft.file, line)
            continue
        if owner[0] == entry.id:
            continue
        # Both files hear of it: the one where it was just added and the one where it already was.
        there = f"{owner[2]}:{owner[3]}" if owner[3] else owner[2]
        report.error(
            line,
            field,
            f"'{text}' is also the {owner[1]} of entry '{owner[0]}' ({there}); a question must lead to one entry",
        )
        here = f"{draft.file}:{line}" if line else draft.file
        problems.append(
            Problem(
                owner[2],
                owner[3],
                "question" if owner[1] == "question" else "aliases",
                f"'{text}' is also the {what} of entry '{entry.id}' ({here}); a question must lead to one entry",
            )
        )


def _related(draft: EntryDraft, known: dict[str, EntryDraft], seen_ids: set[str], problems: list[Problem]) -> None:
    entry, report = draft.entry, Report(draft.file, problems)
    for index, rid in enumerate(entry.related):
        if rid == entry.id or (rid not in known and rid not in seen_ids):
            what = "is this entry itself" if rid == entry.id else "is not the id of any entry"
            report.error(line_of(draft.lines, "related"), f"related[{index + 1}]", f"'{rid}' {what}")


def cross_check(drafts: list[EntryDraft], problems: list[Problem], seen_ids: set[str]) -> list[Entry]:
    """Check what spans entries: duplicate ids, shared aliases, related ids. Return the entries kept."""
    by_id = _unique_ids(drafts, problems)
    owners: dict[str, _Owner] = {}
    for draft in drafts:
        if by_id.get(draft.entry.id) is draft:
            _shared_texts(draft, owners, problems)
            _related(draft, by_id, seen_ids, problems)
    return [draft.entry for draft in by_id.values()]


def check_required(entries: list[Entry], entry_dir: Path, problems: list[Problem]) -> None:
    """Report a missing entry the bot's commands rely on (unless its file is there and already failed)."""
    ids = {e.id for e in entries}
    failed_files = {p.file for p in problems if p.severity == "error"}
    for required in REQUIRED_ENTRIES:
        if required not in ids and str(entry_dir / f"{required}.yaml") not in failed_files:
            problems.append(
                Problem(
                    str(entry_dir),
                    None,
                    "id",
                    f"the FAQ needs an entry with id '{required}' (the bot's commands use it)",
                )
            )
