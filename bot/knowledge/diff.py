"""What changed between two versions of the FAQ (for the reload report)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.model import KnowledgeBase


@dataclass(frozen=True)
class KnowledgeDiff:
    """Entry ids added, changed and removed, plus whether sources, caveats or crisis lines changed."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    other_changes: tuple[str, ...]

    @property
    def empty(self) -> bool:
        """Say whether nothing changed."""
        return not (self.added or self.changed or self.removed or self.other_changes)

    def summary(self) -> str:
        """Describe the change in one line."""
        if self.empty:
            return "no changes"
        parts = []
        for label, ids in (("added", self.added), ("changed", self.changed), ("removed", self.removed)):
            if ids:
                parts.append(f"{label} {len(ids)}: {', '.join(ids)}")
        if self.other_changes:
            parts.append(f"also changed: {', '.join(self.other_changes)}")
        return "; ".join(parts)


def diff_knowledge(old: KnowledgeBase, new: KnowledgeBase) -> KnowledgeDiff:
    """Compare two knowledge bases entry by entry."""
    before = {e.id: e for e in old.entries}
    after = {e.id: e for e in new.entries}
    other = [
        name
        for name, a, b in (
            ("sources", old.sources, new.sources),
            ("caveats", old.caveats, new.caveats),
            ("crisis lines", old.crisis, new.crisis),
        )
        if a != b
    ]
    return KnowledgeDiff(
        added=tuple(sorted(after.keys() - before.keys())),
        changed=tuple(sorted(k for k in before.keys() & after.keys() if before[k] != after[k])),
        removed=tuple(sorted(before.keys() - after.keys())),
        other_changes=tuple(other),
    )
