"""What `python -m bot validate` says about languages: messages not translated, entries translated, stale, pending."""

from __future__ import annotations

from bot.knowledge.model import KnowledgeBase
from bot.knowledge.translation_model import LanguagePack, entry_fingerprint


def _pack_report(knowledge: KnowledgeBase, pack: LanguagePack) -> tuple[list[str], list[str]]:
    """The summary parts for one language's entries, and one warning per out-of-date translation."""
    entries = pack.entries.values()
    with_answer = [e for e in entries if e.answer is not None]
    stale = sorted((e for e in entries if e.stale), key=lambda e: e.id)
    pending = sorted(e.id for e in with_answer if e.pending_review and not e.stale)
    parts = [
        f"{len(with_answer)}/{len(knowledge.entries)} entries translated",
        f"{len(pack.entries) - len(with_answer)} with questions only (English answer)",
    ]
    if stale:
        parts.append(f"{len(stale)} out of date (English shown): {', '.join(e.id for e in stale)}")
    if pending:
        parts.append(f"{len(pending)} awaiting review: {', '.join(pending)}")
    warnings = []
    for translation in stale:
        english = knowledge.entry(translation.id)
        current = entry_fingerprint(english) if english else "?"
        warnings.append(
            f"{translation.file}: warning: field 'translated_from': the English entry changed since this "
            f"translation; re-check it, then set translated_from: {current}"
        )
    return parts, warnings


def language_report(knowledge: KnowledgeBase) -> list[str]:
    """Return, per language, a summary line (what is missing, shown in English, awaiting review) and its warnings."""
    lines: list[str] = []
    catalog = knowledge.messages
    languages = sorted((set(knowledge.languages) | set(catalog.languages if catalog else ())) - {"en"})
    for language in languages:
        parts: list[str] = []
        warnings: list[str] = []
        if catalog is not None:
            missing = catalog.missing(language)
            listed = f": {', '.join(missing)}" if missing else ""
            parts.append(f"{len(missing)} message(s) not translated (shown in English){listed}")
        pack = knowledge.languages.get(language)
        if pack is None:
            parts.append("no FAQ translations (answers in English)")
        else:
            entry_parts, warnings = _pack_report(knowledge, pack)
            parts += entry_parts
        lines += [f"language {language}: " + "; ".join(parts), *warnings]
    return lines
