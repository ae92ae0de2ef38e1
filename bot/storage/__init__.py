"""Storage for aggregate usage counts, declined questions kept for curation, and answer votes."""

from .clock import utc_day, utcnow
from .errors import StorageError
from .interface import StoreLike
from .live import LiveStore
from .null_store import NullStore
from .records import (
    DeclinedQuestion,
    EntryStats,
    Stats,
    VoteOutcome,
)
from .schema import LATEST_VERSION
from .screen import may_keep_text
from .store import DEFAULT_PATH, DEFAULT_RETENTION_DAYS, Store

__all__ = [
    "DEFAULT_PATH",
    "DEFAULT_RETENTION_DAYS",
    "LATEST_VERSION",
    "DeclinedQuestion",
    "EntryStats",
    "LiveStore",
    "NullStore",
    "Stats",
    "StorageError",
    "Store",
    "StoreLike",
    "VoteOutcome",
    "may_keep_text",
    "utc_day",
    "utcnow",
]
