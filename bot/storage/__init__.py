"""Storage for aggregate usage counts, declined questions kept for curation, and answer votes."""

from .clock import utc_day, utcnow
from .errors import StorageError
from .interface import StoreLike
from .null_store import NullStore
from .records import (
    ANSWERED,
    CRISIS,
    NO_MATCH,
    AnswerStatus,
    EntryStats,
    Stats,
    UnansweredQuestion,
    VoteOutcome,
)
from .schema import LATEST_VERSION
from .screen import may_keep_text
from .store import DEFAULT_PATH, DEFAULT_RETENTION_DAYS, Store

__all__ = [
    "ANSWERED",
    "CRISIS",
    "DEFAULT_PATH",
    "DEFAULT_RETENTION_DAYS",
    "LATEST_VERSION",
    "NO_MATCH",
    "AnswerStatus",
    "EntryStats",
    "NullStore",
    "Stats",
    "StorageError",
    "Store",
    "StoreLike",
    "UnansweredQuestion",
    "VoteOutcome",
    "may_keep_text",
    "utc_day",
    "utcnow",
]
