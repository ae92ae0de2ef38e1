"""Preparing declined question text for storage: redaction of identifiers and the dedupe key."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Discord's own limit for a message from a user without Nitro; longer text is not a question
# a moderator needs verbatim.
MAX_QUESTION_CHARS: Final = 2000

# Raw message content carries mentions as <@id>; a mention of someone else next to a health
# question would tie that person to it, which the privacy rule forbids.
_MENTIONS: Final = (
    (re.compile(r"<@!?\d+>"), "@user"),
    (re.compile(r"<@&\d+>"), "@role"),
    (re.compile(r"<#\d+>"), "#channel"),
)
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# clean_content renders mentions as @name, so a caller passing it would otherwise store usernames.
_HANDLE: Final = re.compile(r"(?<![\w.@])@[\w.]{2,32}")
# Snowflakes (user, guild, message ids) pasted as plain numbers: 15-20 digits covers every id
# issued since Discord's 2015 epoch.
_SNOWFLAKE: Final = re.compile(r"(?<!\d)\d{15,20}(?!\d)")
_WHITESPACE: Final = re.compile(r"\s+")
_EDGE_PUNCTUATION: Final = " \t\n?!.,;:…\"'“”‘’«»¿¡"


def redact_question(text: str) -> str | None:
    """Return the question with Discord identifiers and emails removed, or None if nothing is left."""
    for pattern, replacement in _MENTIONS:
        text = pattern.sub(replacement, text)
    text = _EMAIL.sub("[email]", text)
    text = _HANDLE.sub("@user", text)
    text = _SNOWFLAKE.sub("[id]", text)
    text = _WHITESPACE.sub(" ", text).strip()
    if not text:
        return None
    return text[:MAX_QUESTION_CHARS]


def normalise_question(text: str) -> str:
    """Return the key under which wordings differing only in case, spacing or end punctuation fold."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WHITESPACE.sub(" ", folded).strip(_EDGE_PUNCTUATION)
