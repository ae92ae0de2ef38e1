"""Export the whole FAQ as JSON (for other tools) or Markdown (to publish as the community's FAQ page)."""

from __future__ import annotations

import json
from typing import Any

from bot.knowledge.model import Entry, KnowledgeBase, Source


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


def export_markdown(knowledge: KnowledgeBase) -> str:
    """Return the FAQ as a Markdown page fit to publish."""
    out = ["# CAR-T cell therapy for lupus: questions and answers", ""]
    out.append("**Keep in mind:**")
    out.extend(f"- {c.text}" for c in knowledge.caveats)
    out.append("")
    out.append("## Contents")
    out.extend(f"- [{e.question}](#{e.id})" for e in knowledge.entries)
    out.append("")
    for entry in knowledge.entries:
        out.append(f'<a id="{entry.id}"></a>')
        out.append(f"## {entry.question}")
        out.append("")
        out.append(entry.answer)
        out.append("")
        if entry.caveats:
            out.extend(f"> {c}" for c in entry.caveats)
            out.append("")
        out.append("Sources:")
        for number, citation in enumerate(entry.citations, start=1):
            source = knowledge.source(citation.source_id)
            if source is None:
                continue
            link = f"[{source_line(source)}]({source.url})" if source.url else source_line(source)
            quote = f" — “{citation.quote}”" if citation.quote else ""
            out.append(f"{number}. {link}{quote}")
        out.append("")
        out.append(f"*Last reviewed {entry.reviewed.isoformat()}.*")
        out.append("")
    out.append("## Sources")
    for source in knowledge.sources:
        link = f"[{source_line(source)}]({source.url})" if source.url else source_line(source)
        note = f" {source.note}" if source.note else ""
        out.append(f"- {link}.{note}")
    out.append("")
    return "\n".join(out)
