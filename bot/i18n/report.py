"""What `python -m bot validate` says about languages: messages not translated, entries translated, stale, pending."""

from __future__ import annotations

from bot.knowledge.model import KnowledgeBase


def language_report(knowledge: KnowledgeBase) -> list[str]:
    """Return one line per language: what is missing (shown in English) and what awaits review."""
    lines: list[str] = []
    catalog = knowledge.messages
    languages = sorted(set(knowledge.languages) | set(catalog.languages if catalog else ()) - {"en"})
    total = len(knowledge.entries)
    for language in languages:
        parts = []
        if catalog is not None:
            missing = catalog.missing(language)
            parts.append(
                f"{len(missing)} message(s) not translated (shown in English)"
                + (f": {', '.join(missing)}" if missing else "")
            )
        pack = knowledge.languages.get(language)
        if pack is None:
            parts.append("no FAQ translations (answers in English)")
        else:
            with_answer = [e for e in pack.entries.values() if e.answer is not None]
            stale = sorted(e.id for e in pack.entries.values() if e.stale)
            pending = sorted(e.id for e in with_answer if e.pending_review and not e.stale)
            parts.append(f"{len(with_answer)}/{total} entries translated")
            if stale:
                parts.append(f"{len(stale)} out of date (English shown): {', '.join(stale)}")
            if pending:
                parts.append(f"{len(pending)} awaiting review: {', '.join(pending)}")
        lines.append(f"language {language}: " + "; ".join(parts))
    return lines
