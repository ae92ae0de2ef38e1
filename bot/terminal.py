"""Render an Answer as readable terminal text: the same content the Discord reply shows."""

from __future__ import annotations

import textwrap

from bot.answering.answer import Answer
from bot.knowledge.provenance import copy_note


def render_text(answer: Answer, *, width: int = 100) -> str:
    """Return the answer as plain text for `python -m bot ask`."""
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    out = [answer.title, "=" * min(len(answer.title), width), ""]
    if answer.support:  # support for someone who sounds distressed comes before the answer
        for paragraph in answer.support.split("\n"):
            out.extend(wrap.wrap(paragraph) or [""])
        out.append("")
    if answer.notice:
        out += [*wrap.wrap(f"({answer.notice})"), ""]
    for paragraph in answer.body.split("\n"):
        out.extend(wrap.wrap(paragraph) or [""])
    if answer.caveats:
        out += ["", "Keep in mind:"]
        for caveat in answer.caveats:
            out.extend(textwrap.wrap(caveat, width, initial_indent="  - ", subsequent_indent="    "))
    if answer.citations:
        out += ["", "Sources:"]
        for c in answer.citations:
            link = f" <{c.url}>" if c.url else ""
            out.append(f"  [{c.number}] {c.outlet}, “{c.title}” ({c.date}){link}")
            if c.quote:
                note = copy_note(c.outlet, c.copy)
                quoted = f"“{c.quote}”" + (f" ({note})" if note else "")
                out.extend(textwrap.wrap(quoted, width, initial_indent="      ", subsequent_indent="      "))
    if answer.suggestions:
        # A decline's text already introduces its suggestions ("You could try one of these questions:").
        out += ["", "Did you mean:"] if answer.status == "answered" else []
        out.extend(f"  - {s.question}" for s in answer.suggestions)
    if answer.also_asked:
        out += ["", "You also asked:"]
        out.extend(f"  - {s.question}" for s in answer.also_asked)
    if answer.related:
        out += ["", "Related:"]
        out.extend(f"  - {s.question}" for s in answer.related)
    if answer.footer:
        out += ["", answer.footer]
    return "\n".join(out)
