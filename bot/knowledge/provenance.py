"""Say honestly where a quote and an answer come from: which kind of copy we hold, and how current the FAQ is."""

from __future__ import annotations

from datetime import date

from bot.knowledge.messages import MessageCatalog
from bot.knowledge.model import KnowledgeBase

_COPY_WORDS = {"rewritten": "machine-rewritten", "translated": "machine-translated"}

QUOTES_FOOTER = (
    "Quotes are copied word for word from the texts we hold. Some are machine-rewritten or machine-translated "
    "copies of news stories, so their wording is the copy's, not the outlet's."
)


def copy_note(outlet: str, copy: str, language: str = "en", messages: MessageCatalog | None = None) -> str | None:
    """Describe a quote's copy, e.g. "from a machine-translated copy of Live Science's story", in the language when
    the message catalog has it (keys copy.rewritten, copy.translated); None for originals."""
    words = _COPY_WORDS.get(copy)
    if words is None:
        return None
    possessive = f"{outlet}'" if outlet.endswith("s") else f"{outlet}'s"
    english = f"from a {words} copy of {possessive} story"
    if messages is None:
        return english
    # {owner} is the outlet as the language names a story's owner: "Gizmodo's" in English, "Gizmodo" elsewhere.
    owner = possessive if language == "en" else outlet
    return messages.worded(f"copy.{copy}", language, english, owner=owner)


def research_span(knowledge: KnowledgeBase) -> str | None:
    """Say which years of research the FAQ covers, from its sources' dates: "research from 2021 to 2025"."""
    years = knowledge.research_years
    if years is None:
        return None
    first, last = years
    return f"research from {first}" if first == last else f"research from {first} to {last}"


def review_line(reviewed: date, due: date | None) -> str:
    """Return "Last reviewed 2026-12-01 · next review 2027-12-01" (without the due date if there is none)."""
    text = f"Last reviewed {reviewed.isoformat()}"
    return f"{text} · next review {due.isoformat()}" if due else text
