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

    flags = payload.get("flags")
    flag_value = 0
    if flags is not None:
        if isinstance(flags, bool) or not isinstance(flags, int):
            errors.add(("flags",), f"flags must be an integer, got {flags!r}", "flags")
        else:
            flag_value = flags
            validate_flags(
                errors, flags, creating=creating, allow_ephemeral=allow_ephemeral, existing_flags=existing_flags
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

    if creating:
        has_any = bool(
            (isinstance(content, str) and content.strip())
            or embeds
            or components
            or n_files
            or payload.get("sticker_ids")
            or payload.get("poll")
            or payload.get("attachments")
        )
        if not has_any:
            errors.add((), "Cannot send an empty message", "message", "EMPTY_MESSAGE")

    needs_mentions = creating or bool(content)
    validate_allowed_mentions(errors, payload, required=require_allowed_mentions and needs_mentions)
    return errors


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


def validate_embeds(errors: Errors, embeds: Any) -> None:
    embeds = count(errors, ("embeds",), embeds, kind="embed", max_n=10)
    total = 0
    for i, embed in enumerate(embeds):
        p: Path = ("embeds", i)
        if not isinstance(embed, dict):
            errors.add(p, "Must be an object", "embed")
            continue
        check_len(errors, (*p, "title"), embed.get("title"), kind="embed", max_len=256)
        check_len(errors, (*p, "description"), embed.get("description"), kind="embed", max_len=4096)
        total += slen(embed.get("title")) + slen(embed.get("description"))
        fields = count(errors, (*p, "fields"), embed.get("fields"), kind="embed", max_n=25)
        for j, fld in enumerate(fields):
            fp = (*p, "fields", j)
            if not isinstance(fld, dict):
                errors.add(fp, "Must be an object", "embed")
                continue
            for key, limit in (("name", 256), ("value", 1024)):
                val = fld.get(key)
                if val is None or (isinstance(val, str) and not val.strip()):
                    errors.add((*fp, key), f"Embed field {key} must not be empty", "embed", "BASE_TYPE_REQUIRED")
                else:
                    check_len(errors, (*fp, key), val, kind="embed", min_len=1, max_len=limit)
                total += slen(val)
            if "inline" in fld and not isinstance(fld["inline"], bool):
                errors.add((*fp, "inline"), "inline must be a boolean", "embed")
        footer = embed.get("footer")
        if isinstance(footer, dict):
            check_len(errors, (*p, "footer", "text"), footer.get("text"), kind="embed", max_len=2048, required=True)
            total += slen(footer.get("text"))
        author = embed.get("author")
        if isinstance(author, dict):
            check_len(errors, (*p, "author", "name"), author.get("name"), kind="embed", max_len=256, required=True)
            total += slen(author.get("name"))
        color = embed.get("color")
        if color is not None and (isinstance(color, bool) or not isinstance(color, int) or not 0 <= color <= 0xFFFFFF):
            errors.add((*p, "color"), f"Invalid color {color!r}", "embed")
        url = embed.get("url")
        if url is not None and not (isinstance(url, str) and re.match(r"^https?://\S+$", url)):
            errors.add((*p, "url"), f"Not a well formed URL: {url!r}", "embed", "URL_TYPE_INVALID_URL")
        for key in ("image", "thumbnail"):
            media = embed.get(key)
            if isinstance(media, dict):
                murl = media.get("url")
                if not (isinstance(murl, str) and re.match(r"^(https?|attachment)://\S+$", murl)):
                    errors.add((*p, key, "url"), f"Not a well formed URL: {murl!r}", "embed", "URL_TYPE_INVALID_URL")
    if total > 6000:
        errors.add(
            ("embeds",), f"Embed size exceeds maximum size of 6000 (got {total})", "embed", "MAX_EMBED_SIZE_EXCEEDED"
        )
