"""The knowledge layer: the FAQ's data model and its loader/validator (pure; no Discord, no matching)."""

from bot.knowledge.loader import LoadResult, load_knowledge
from bot.knowledge.model import (
    Caveat,
    CitationRef,
    CrisisLine,
    CrisisResources,
    Entry,
    KnowledgeBase,
    Source,
)
from bot.knowledge.problems import KnowledgeError, Problem

__all__ = [
    "Caveat",
    "CitationRef",
    "CrisisLine",
    "CrisisResources",
    "Entry",
    "KnowledgeBase",
    "KnowledgeError",
    "LoadResult",
    "Problem",
    "Source",
    "load_knowledge",
]
