"""Preparing declined question text for storage: redaction of identifiers and the dedupe key."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Discord's own limit for a message from a user without Nitro; longer text is not a question
# a moderator needs verbatim.
MAX_STORED_QUESTION_CHARS: Final = 2000

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
# Phone numbers in any common layout: 7 or more digits joined by spaces, dots, dashes, slashes or brackets.
_PHONE: Final = re.compile(r"(?<![\w+])\+?\(?\d(?:[\s().\-/]{0,3}\d){6,}(?![\w])")
# Dates and year ranges look like phone numbers to _PHONE but are part of the question.
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}|(?:19|20)\d{2} ?[-/] ?(?:19|20)\d{2}")
# Any other long run of digits (an account, card, insurance or postal number) says nothing about the question.
_DIGITS: Final = re.compile(r"\d{6,}")
_WHITESPACE: Final = re.compile(r"\s+")
_EDGE_PUNCTUATION: Final = " \t\n?!.,;:…\"'“”‘’«»¿¡"


def _phone(match: re.Match[str]) -> str:
    found = match.group(0)
    if _DATE.fullmatch(found.strip()) or sum(c.isdigit() for c in found) < 7:
        return found
    return "[phone]"


def redact_question(text: str) -> str | None:
    """Return the question with Discord identifiers, e-mail addresses, phone numbers and long numbers removed.

    Names cannot be found reliably and are kept; /about says so. Returns None if nothing is left.
    """
    # Cut first (with room for a number running over the edge): the patterns must never see unbounded text.
    text = text[: MAX_STORED_QUESTION_CHARS + 64]
    for pattern, replacement in _MENTIONS:
        text = pattern.sub(replacement, text)
    text = _EMAIL.sub("[email]", text)
    text = _HANDLE.sub("@user", text)
    text = _SNOWFLAKE.sub("[id]", text)
    text = _PHONE.sub(_phone, text)
    text = _DIGITS.sub("[number]", text)
    text = _WHITESPACE.sub(" ", text).strip()
    if not text:
        return None
    return text[:MAX_STORED_QUESTION_CHARS]


def normalise_question(text: str) -> str:
    """Return the key under which wordings differing only in case, spacing or end punctuation fold."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WHITESPACE.sub(" ", folded).strip(_EDGE_PUNCTUATION)
