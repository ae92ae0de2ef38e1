"""The FAQ's data model: sources, caveats, entries, crisis resources, and the knowledge base holding them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.knowledge.messages import MessageCatalog
    from bot.knowledge.translation_model import LanguagePack

from bot.knowledge.crisis import CrisisLine as CrisisLine  # re-exported: part of the FAQ model
from bot.knowledge.crisis import CrisisResources as CrisisResources
from bot.knowledge.lexicon import Lexicon


@dataclass(frozen=True)
class Source:
    """Something the FAQ may cite: a news story (we may hold a reprinted copy) or a primary paper."""

    id: str
    kind: str  # "news" | "paper"
    outlet: str
    title: str
    date: str  # "YYYY-MM-DD" or "YYYY-MM"
    url: str | None = None
    authors: str | None = None
    note: str | None = None
    file: str | None = None
    further_reading: bool = False
    copy: str = "original"  # what our text is: "original" | "rewritten" | "translated" (shown beside its quotes)


@dataclass(frozen=True)
class CitationRef:
    """An entry's citation: which source, and optionally a verbatim quote from it."""

    source_id: str
    quote: str | None = None


@dataclass(frozen=True)
class Caveat:
    """A caveat attached to every answer."""

    id: str
    text: str


@dataclass(frozen=True)
class Entry:
    """One FAQ entry: a canonical question, how people ask it, a short cited answer."""

    id: str
    question: str
    aliases: tuple[str, ...]
    answer: str
    citations: tuple[CitationRef, ...]
    reviewed: date
    related: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    file: str = ""
    review_due: date | None = None  # the loader fills it in: the file's review_due, else a year after reviewed


@dataclass(frozen=True)
class KnowledgeBase:
    """A fully validated, immutable FAQ; swapping it at runtime is one reference assignment."""

    sources: tuple[Source, ...]
    caveats: tuple[Caveat, ...]
    entries: tuple[Entry, ...]
    crisis: CrisisResources
    lexicon: Lexicon = field(default_factory=Lexicon)  # the matcher's vocabulary (knowledge/lexicon.yaml)
    # Other languages (bot.knowledge.translations) and the bot's own words per language (bot.knowledge.messages).
    languages: Mapping[str, LanguagePack] = field(default_factory=lambda: MappingProxyType({}))
    messages: MessageCatalog | None = None
    _entries_by_id: Mapping[str, Entry] = field(init=False, repr=False, compare=False)
    _sources_by_id: Mapping[str, Source] = field(init=False, repr=False, compare=False)
    _research_years: tuple[int, int] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_entries_by_id", MappingProxyType({e.id: e for e in self.entries}))
        object.__setattr__(self, "_sources_by_id", MappingProxyType({s.id: s for s in self.sources}))
        years = [int(s.date[:4]) for s in self.sources if s.kind in ("paper", "news") and s.date[:4].isdigit()]
        object.__setattr__(self, "_research_years", (min(years), max(years)) if years else None)  # read per answer

    def entry(self, entry_id: str) -> Entry | None:
        """Return the entry with this id, or None."""
        return self._entries_by_id.get(entry_id)

    def source(self, source_id: str) -> Source | None:
        """Return the source with this id, or None."""
        return self._sources_by_id.get(source_id)

    @property
    def alias_count(self) -> int:
        """Count every alias of every entry."""
        return sum(len(e.aliases) for e in self.entries)

    @property
    def last_reviewed(self) -> date | None:
        """Return the most recent review date of any entry."""
        return max((e.reviewed for e in self.entries), default=None)

    @property
    def research_years(self) -> tuple[int, int] | None:
        """Return the first and last year of the research the FAQ cites (from its sources' dates)."""
        return self._research_years
