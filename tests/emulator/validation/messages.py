"""Checks for message payloads: content, flags, allowed mentions and embeds."""

from __future__ import annotations

import re
from typing import Any

from .base import (
    EPHEMERAL,
    IS_COMPONENTS_V2,
    SETTABLE_MESSAGE_FLAGS,
    SUPPRESS_EMBEDS,
    Errors,
    Path,
    check_len,
    count,
    slen,
)
from .components import validate_components


def validate_message(
    payload: Any,
    *,
    creating: bool,
    allow_ephemeral: bool,
    require_allowed_mentions: bool,
    n_files: int = 0,
    existing_flags: int = 0,
) -> Errors:
    """Validate a message create/edit payload (channel message, interaction response, webhook)."""
    errors = Errors()
    if not isinstance(payload, dict):
        errors.add((), "Message payload must be an object", "message", "MODEL_TYPE_CONVERT")
        return errors

    content = payload.get("content")
    if content is not None:
        check_len(errors, ("content",), content, kind="message", max_len=2000)
    flag_value = _message_flags(
        errors, payload.get("flags"), creating=creating, allow_ephemeral=allow_ephemeral, existing_flags=existing_flags
    )
    v2 = bool((flag_value | existing_flags) & IS_COMPONENTS_V2)

    embeds = payload.get("embeds")
    if embeds is not None:
        validate_embeds(errors, embeds)
        if v2 and embeds:
            errors.add(("embeds",), "Embeds cannot be used with IS_COMPONENTS_V2", "message")
    if v2 and content:
        errors.add(("content",), "Content cannot be used with IS_COMPONENTS_V2", "message")

    components = payload.get("components")
    if components is not None:
        validate_components(errors, components, v2=v2)

    if "tts" in payload and not isinstance(payload["tts"], bool):
        errors.add(("tts",), "tts must be a boolean", "message")

    if creating and not _has_something_to_show(payload, n_files):
        errors.add((), "Cannot send an empty message", "message", "EMPTY_MESSAGE")

    needs_mentions = creating or bool(content)
    validate_allowed_mentions(errors, payload, required=require_allowed_mentions and needs_mentions)
    return errors


def _message_flags(errors: Errors, flags: Any, *, creating: bool, allow_ephemeral: bool, existing_flags: int) -> int:
    """The payload's flags as an integer (0 when absent or not an integer, which is reported)."""
    if flags is None:
        return 0
    if isinstance(flags, bool) or not isinstance(flags, int):
        errors.add(("flags",), f"flags must be an integer, got {flags!r}", "flags")
        return 0
    validate_flags(errors, flags, creating=creating, allow_ephemeral=allow_ephemeral, existing_flags=existing_flags)
    return flags


def _has_something_to_show(payload: dict[str, Any], n_files: int) -> bool:
    content = payload.get("content")
    return bool(
        (isinstance(content, str) and content.strip())
        or payload.get("embeds")
        or payload.get("components")
        or n_files
        or payload.get("sticker_ids")
        or payload.get("poll")
        or payload.get("attachments")
    )


def validate_flags(errors: Errors, flags: int, *, creating: bool, allow_ephemeral: bool, existing_flags: int) -> None:
    remaining = flags
    for bit, name in SETTABLE_MESSAGE_FLAGS.items():
        if not flags & bit:
            continue
        remaining &= ~bit
        if bit == EPHEMERAL:
            if not allow_ephemeral and not (existing_flags & EPHEMERAL):
                errors.add(("flags",), "EPHEMERAL (64) can only be set on interaction responses/follow-ups", "flags")
            elif not creating and not (existing_flags & EPHEMERAL):
                errors.add(("flags",), "EPHEMERAL (64) cannot be added by an edit", "flags")
        elif not creating and bit not in (SUPPRESS_EMBEDS, IS_COMPONENTS_V2):
            errors.add(("flags",), f"{name} ({bit}) cannot be set by an edit", "flags")
    if remaining:
        errors.add(
            ("flags",),
            f"Unknown or read-only message flag bits: {remaining} (flags={flags})",
            "flags",
            "MESSAGE_FLAGS_INVALID",
        )


def validate_allowed_mentions(errors: Errors, payload: dict[str, Any], *, required: bool) -> None:
    am = payload.get("allowed_mentions")
    if am is None:
        if required:
            errors.add(
                ("allowed_mentions",),
                "allowed_mentions missing: the message could ping (emulator policy: always send "
                "AllowedMentions.none())",
                "allowed_mentions",
                "EMULATOR_ALLOWED_MENTIONS_MISSING",
            )
        return
    if not isinstance(am, dict):
        errors.add(("allowed_mentions",), "allowed_mentions must be an object", "allowed_mentions")
        return
    parse = am.get("parse") or []
    if parse:
        errors.add(
            ("allowed_mentions", "parse"),
            f"allowed_mentions.parse={parse!r} could ping",
            "allowed_mentions",
            "EMULATOR_ALLOWED_MENTIONS_PING",
        )
    for key in ("users", "roles"):
        if am.get(key):
            errors.add(
                ("allowed_mentions", key),
                f"allowed_mentions.{key}={am[key]!r} could ping",
                "allowed_mentions",
                "EMULATOR_ALLOWED_MENTIONS_PING",
            )
    if am.get("replied_user"):
        errors.add(
            ("allowed_mentions", "replied_user"),
            "allowed_mentions.replied_user=true could ping",
            "allowed_mentions",
            "EMULATOR_ALLOWED_MENTIONS_PING",
        )


MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
EMBED_FIELD_LIMITS = (("name", 256), ("value", 1024))
# (key of a nested object, its text key, the text's limit): each counts towards the embed's total size
EMBED_PARTS = (("footer", "text", 2048), ("author", "name", 256))
EMBED_URL_RE = re.compile(r"^https?://\S+$")
EMBED_MEDIA_URL_RE = re.compile(r"^(https?|attachment)://\S+$")


def validate_embeds(errors: Errors, embeds: Any) -> None:
    embeds = count(errors, ("embeds",), embeds, kind="embed", max_n=MAX_EMBEDS)
    total = 0
    for i, embed in enumerate(embeds):
        total += _validate_embed(errors, ("embeds", i), embed)
    if total > MAX_EMBED_TOTAL:
        errors.add(
            ("embeds",),
            f"Embed size exceeds maximum size of {MAX_EMBED_TOTAL} (got {total})",
            "embed",
            "MAX_EMBED_SIZE_EXCEEDED",
        )


def _validate_embed(errors: Errors, p: Path, embed: Any) -> int:
    """Check one embed; return how many characters it adds to the message's embed total."""
    if not isinstance(embed, dict):
        errors.add(p, "Must be an object", "embed")
        return 0
    check_len(errors, (*p, "title"), embed.get("title"), kind="embed", max_len=256)
    check_len(errors, (*p, "description"), embed.get("description"), kind="embed", max_len=4096)
    size = slen(embed.get("title")) + slen(embed.get("description"))
    fields = count(errors, (*p, "fields"), embed.get("fields"), kind="embed", max_n=25)
    for j, fld in enumerate(fields):
        size += _validate_embed_field(errors, (*p, "fields", j), fld)
    for key, text_key, limit in EMBED_PARTS:
        part = embed.get(key)
        if isinstance(part, dict):
            check_len(errors, (*p, key, text_key), part.get(text_key), kind="embed", max_len=limit, required=True)
            size += slen(part.get(text_key))
    _validate_embed_look(errors, p, embed)
    return size


def _validate_embed_field(errors: Errors, fp: Path, fld: Any) -> int:
    if not isinstance(fld, dict):
        errors.add(fp, "Must be an object", "embed")
        return 0
    size = 0
    for key, limit in EMBED_FIELD_LIMITS:
        val = fld.get(key)
        if val is None or (isinstance(val, str) and not val.strip()):
            errors.add((*fp, key), f"Embed field {key} must not be empty", "embed", "BASE_TYPE_REQUIRED")
        else:
            check_len(errors, (*fp, key), val, kind="embed", min_len=1, max_len=limit)
        size += slen(val)
    if "inline" in fld and not isinstance(fld["inline"], bool):
        errors.add((*fp, "inline"), "inline must be a boolean", "embed")
    return size


def _validate_embed_look(errors: Errors, p: Path, embed: dict[str, Any]) -> None:
    """Colour, link and image/thumbnail URLs (they do not count towards the size)."""
    color = embed.get("color")
    if color is not None and (isinstance(color, bool) or not isinstance(color, int) or not 0 <= color <= 0xFFFFFF):
        errors.add((*p, "color"), f"Invalid color {color!r}", "embed")
    url = embed.get("url")
    if url is not None and not (isinstance(url, str) and EMBED_URL_RE.match(url)):
        errors.add((*p, "url"), f"Not a well formed URL: {url!r}", "embed", "URL_TYPE_INVALID_URL")
    for key in ("image", "thumbnail"):
        media = embed.get(key)
        if not isinstance(media, dict):
            continue
        murl = media.get("url")
        if not (isinstance(murl, str) and EMBED_MEDIA_URL_RE.match(murl)):
            errors.add((*p, key, "url"), f"Not a well formed URL: {murl!r}", "embed", "URL_TYPE_INVALID_URL")
