"""Export the whole FAQ as JSON (for other tools) or Markdown (to publish as the community's FAQ page)."""

from __future__ import annotations

import json
from typing import Any

from bot.knowledge.model import Entry, KnowledgeBase, Source
from bot.knowledge.provenance import QUOTES_FOOTER, copy_note, review_line
from bot.trust import TrustInfo, trust_sections


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "kind": source.kind,
        "outlet": source.outlet,
        "title": source.title,
        "date": source.date,
        "url": source.url,
        "authors": source.authors,
        "note": source.note,
        "copy": source.copy,
        "further_reading": source.further_reading,
    }


def _entry_json(entry: Entry, knowledge: KnowledgeBase) -> dict[str, Any]:
    return {
        "id": entry.id,
        "question": entry.question,
        "aliases": list(entry.aliases),
        "answer": entry.answer,
        "caveats": [c.text for c in knowledge.caveats] + list(entry.caveats),
        "citations": [
            {"number": n, "source": c.source_id, "quote": c.quote} for n, c in enumerate(entry.citations, start=1)
        ],
        "related": list(entry.related),
        "reviewed": entry.reviewed.isoformat(),
        "review_due": entry.review_due.isoformat() if entry.review_due else None,
    }


def export_json(knowledge: KnowledgeBase) -> str:
    """Return the FAQ as a JSON object with `entries`, `sources` and `caveats`."""
    payload = {
        "entries": [_entry_json(e, knowledge) for e in knowledge.entries],
        "sources": [_source_json(s) for s in knowledge.sources],
        "caveats": [c.text for c in knowledge.caveats],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def source_line(source: Source) -> str:
    """Describe a source in one line: outlet, headline, date."""
    return f"{source.outlet}, “{source.title}” ({source.date})"


def reading_order(knowledge: KnowledgeBase, headline: str = "lupus-cart") -> list[Entry]:
    """Order entries as a reader meets them: the headline, then each entry's `related` ones, breadth first.

    Entries no `related` chain reaches come last, by question. knowledge/README.md documents this order.
    """
    order: list[Entry] = []
    seen: set[str] = set()
    queue = [headline] if knowledge.entry(headline) else []
    while queue:
        entry = knowledge.entry(queue.pop(0))
        if entry is None or entry.id in seen:
            continue
        seen.add(entry.id)
        order.append(entry)
        queue.extend(rid for rid in entry.related if rid not in seen)
    rest = sorted((e for e in knowledge.entries if e.id not in seen), key=lambda e: e.question.lower())
    return order + rest


def _citation_markdown(knowledge: KnowledgeBase, entry: Entry) -> list[str]:
    lines = []
    for number, citation in enumerate(entry.citations, start=1):
        source = knowledge.source(citation.source_id)
        if source is None:
            continue
        link = f"[{source_line(source)}]({source.url})" if source.url else source_line(source)
        quote = ""
        if citation.quote:
            note = copy_note(source.outlet, source.copy)
            quote = f" — “{citation.quote}”" + (f" ({note})" if note else "")
        lines.append(f"{number}. {link}{quote}")
    return lines


def export_markdown(knowledge: KnowledgeBase, trust: TrustInfo | None = None) -> str:
    """Return the FAQ as a Markdown page fit to publish: contents, entries in reading order, sources, about."""
    trust = trust or TrustInfo()
    entries = reading_order(knowledge)
    out = ["# CAR-T cell therapy for lupus: questions and answers", ""]
    out.append("**Keep in mind:**")
    out.extend(f"- {c.text}" for c in knowledge.caveats)
    out.append("")
    out.append("## Contents")
    out.extend(f"{n}. [{e.question}](#{e.id})" for n, e in enumerate(entries, start=1))
    out.append("")
    for entry in entries:
        out.append(f'<a id="{entry.id}"></a>')
        out.append(f"## {entry.question}")
        out.append("")
        out.append(entry.answer)
        out.append("")
        if entry.caveats:
            out.extend(f"> {c}" for c in entry.caveats)
            out.append("")
        out.append("Sources:")
        out.extend(_citation_markdown(knowledge, entry))
        out.append("")
        out.append(f"*{review_line(entry.reviewed, entry.review_due)}.*")
        out.append("")
    out.append("## Sources")
    for source in knowledge.sources:
        link = f"[{source_line(source)}]({source.url})" if source.url else source_line(source)
        note = f" {source.note}" if source.note else ""
        out.append(f"- {link}.{note}")
    out.append("")
    out.append("## About this FAQ")
    out.append("")
    for heading, text in trust_sections(knowledge, trust):
        out.append(f"**{heading}.** {text}")
        out.append("")
    out.append(QUOTES_FOOTER)
    out.append("")
    return "\n".join(out)
