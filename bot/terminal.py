"""Render an Answer as readable terminal text: the same content the Discord reply shows."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from bot.answering.answer import Answer, Status
from bot.knowledge.messages import MessageCatalog
from bot.knowledge.provenance import copy_note

# The headings' built-in English; an answer in another language takes them from the message catalog.
LABELS = {
    "answer.keep_in_mind": "Keep in mind",
    "answer.sources": "Sources",
    "answer.did_you_mean": "Did you mean",
    "answer.also_asked": "You also asked",
    "answer.related": "Related",
}


def _labels(answer: Answer, messages: MessageCatalog | None) -> dict[str, str]:
    """The section headings in the answer's language (as far as the catalog has them), each ending in ':'."""
    catalog = messages or MessageCatalog()
    return {key: catalog.worded(key, answer.language, english).rstrip("…:. ") + ":" for key, english in LABELS.items()}


def _paragraphs(wrap: textwrap.TextWrapper, text: str) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n"):
        out.extend(wrap.wrap(paragraph) or [""])
    return out


def _section(heading: str | None, lines: list[str]) -> list[str]:
    """Lines under a heading after a blank line; nothing when there are no lines. No heading: the text before
    already introduces them."""
    if not lines:
        return []
    return (["", heading] if heading else []) + lines


def _caveats(answer: Answer, width: int) -> list[str]:
    wrap = textwrap.TextWrapper(width=width, initial_indent="  - ", subsequent_indent="    ")
    return [line for caveat in answer.caveats for line in wrap.wrap(caveat)]


def _sources(answer: Answer, width: int, messages: MessageCatalog | None) -> list[str]:
    out: list[str] = []
    for c in answer.citations:
        link = f" <{c.url}>" if c.url else ""
        out.append(f"  [{c.number}] {c.outlet}, “{c.title}” ({c.date}){link}")
        if c.quote:
            note = copy_note(c.outlet, c.copy, answer.language, messages)
            quoted = f"“{c.quote}”" + (f" ({note})" if note else "")
            out.extend(textwrap.wrap(quoted, width, initial_indent="      ", subsequent_indent="      "))
    return out


def _questions(heading: str | None, questions: Iterable[str]) -> list[str]:
    """A list of questions under a heading (none: the text before already introduces them)."""
    return _section(heading, [f"  - {question}" for question in questions])


def render_text(answer: Answer, *, width: int = 100, messages: MessageCatalog | None = None) -> str:
    """Return the answer as plain text for `python -m bot ask`, headings in the answer's language."""
    label = _labels(answer, messages)
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    out = [answer.title, "=" * min(len(answer.title), width), ""]
    if answer.support:  # support for someone who sounds distressed comes before the answer
        out += [*_paragraphs(wrap, answer.support), ""]
    if answer.notice:
        out += [*wrap.wrap(f"({answer.notice})"), ""]
    out += _paragraphs(wrap, answer.body)
    out += _section(label["answer.keep_in_mind"], _caveats(answer, width))
    out += _section(label["answer.sources"], _sources(answer, width, messages))
    # A decline's text already introduces its suggestions ("You could try one of these questions:").
    did_you_mean = label["answer.did_you_mean"] if answer.status == Status.ANSWERED else None
    out += _questions(did_you_mean, (s.question for s in answer.suggestions))
    out += _questions(label["answer.also_asked"], (s.question for s in answer.also_asked))
    out += _questions(label["answer.related"], (s.question for s in answer.related))
    if answer.footer:
        out += ["", answer.footer]
    return "\n".join(out)
