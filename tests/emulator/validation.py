"""Validation of what a bot sends, modelled on Discord's documented limits.

Every check appends to an :class:`Errors` collection; the server turns a non-empty collection into
violations plus a Discord-style ``400 Invalid Form Body`` response.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

Path = tuple[str | int, ...]

CHAT_INPUT_NAME_RE = re.compile(r"^[-_\w]{1,32}$")

# Message flags a bot may *set* when sending (others are read-only or unknown).
SETTABLE_MESSAGE_FLAGS: dict[int, str] = {
    1 << 2: "SUPPRESS_EMBEDS",
    1 << 6: "EPHEMERAL",
    1 << 12: "SUPPRESS_NOTIFICATIONS",
    1 << 13: "IS_VOICE_MESSAGE",
    1 << 15: "IS_COMPONENTS_V2",
}
EPHEMERAL = 1 << 6
SUPPRESS_EMBEDS = 1 << 2
LOADING = 1 << 7
IS_COMPONENTS_V2 = 1 << 15

SELECT_TYPES = {3, 5, 6, 7, 8}
OPTION_TYPES = set(range(1, 12))


@dataclass
class ValidationError:
    path: Path
    message: str
    kind: str
    code: str = "BASE_TYPE_INVALID"

    def dotted(self) -> str:
        return ".".join(str(p) for p in self.path) or "<root>"


@dataclass
class Errors:
    items: list[ValidationError] = field(default_factory=list)

    def add(self, path: Path, message: str, kind: str, code: str = "BASE_TYPE_INVALID") -> None:
        self.items.append(ValidationError(path, message, kind, code))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def extend(self, other: Errors) -> None:
        self.items.extend(other.items)

    def to_discord_body(self) -> dict[str, Any]:
        """``{"code": 50035, "message": "Invalid Form Body", "errors": {...nested... "_errors": [...]}}``."""
        tree: dict[str, Any] = {}
        for err in self.items:
            node = tree
            for part in err.path:
                node = node.setdefault(str(part), {})
            node.setdefault("_errors", []).append({"code": err.code, "message": err.message})
        return {"code": 50035, "message": "Invalid Form Body", "errors": tree}


# --------------------------------------------------------------------------------------------
# helpers


def _check_len(
    errors: Errors,
    path: Path,
    value: Any,
    *,
    kind: str,
    min_len: int = 0,
    max_len: int,
    required: bool = False,
) -> None:
    if value is None:
        if required:
            errors.add(path, "This field is required", kind, "BASE_TYPE_REQUIRED")
        return
    if not isinstance(value, str):
        errors.add(path, f"Must be a string (got {type(value).__name__})", kind, "BASE_TYPE_STRING")
        return
    if not (min_len <= len(value) <= max_len):
        errors.add(
            path,
            f"Must be between {min_len} and {max_len} in length (got {len(value)}).",
            kind,
            "BASE_TYPE_BAD_LENGTH",
        )


def _count(errors: Errors, path: Path, value: Any, *, kind: str, min_n: int = 0, max_n: int) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        errors.add(path, "Must be an array", kind, "BASE_TYPE_ARRAY")
        return []
    if not (min_n <= len(value) <= max_n):
        errors.add(
            path,
            f"Must be between {min_n} and {max_n} in length (got {len(value)}).",
            kind,
            "BASE_TYPE_BAD_LENGTH",
        )
    return value


def _slen(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


# --------------------------------------------------------------------------------------------
# application commands


def validate_commands(commands: Any, *, kind: str = "command") -> Errors:
    """Validate a bulk-overwrite payload (list of commands)."""
    errors = Errors()
    if not isinstance(commands, list):
        errors.add((), "Must be an array of application commands", kind, "BASE_TYPE_ARRAY")
        return errors
    seen: dict[tuple[int, str], int] = {}
    per_type: dict[int, int] = {}
    for i, cmd in enumerate(commands):
        validate_command(cmd, (i,), errors, kind=kind)
        if isinstance(cmd, dict):
            ctype = cmd.get("type", 1) or 1
            per_type[ctype] = per_type.get(ctype, 0) + 1
            key = (ctype, str(cmd.get("name")))
            if key in seen:
                errors.add(
                    (i, "name"),
                    f"Application command names must be unique (duplicate {key[1]!r}, also at index {seen[key]})",
                    kind,
                    "APPLICATION_COMMANDS_DUPLICATE_NAME",
                )
            seen[key] = i
    limits = {1: 100, 2: 15, 3: 15, 4: 1}
    for ctype, n in per_type.items():
        if n > limits.get(ctype, 100):
            errors.add((), f"Too many commands of type {ctype}: {n} > {limits.get(ctype)}", kind, "MAX_COMMANDS")
    return errors


def validate_command(cmd: Any, path: Path, errors: Errors, *, kind: str = "command") -> None:
    if not isinstance(cmd, dict):
        errors.add(path, "Must be an object", kind, "MODEL_TYPE_CONVERT")
        return
    ctype = cmd.get("type", 1) or 1
    if ctype not in (1, 2, 3, 4):
        errors.add((*path, "type"), f"Invalid application command type {ctype!r}", kind, "BASE_TYPE_CHOICES")
        return
    name = cmd.get("name")
    description = cmd.get("description")
    if ctype == 1:
        _validate_chat_input_name(errors, (*path, "name"), name, kind)
        _check_len(errors, (*path, "description"), description, kind=kind, min_len=1, max_len=100, required=True)
        options = _count(errors, (*path, "options"), cmd.get("options"), kind=kind, max_n=25)
        _validate_options(errors, (*path, "options"), options, kind=kind, depth=0)
    else:
        _check_len(errors, (*path, "name"), name, kind=kind, min_len=1, max_len=32, required=True)
        if description not in (None, ""):
            errors.add(
                (*path, "description"),
                "Context menu commands cannot have a description",
                kind,
                "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
            )
        if cmd.get("options"):
            errors.add((*path, "options"), "Context menu commands cannot have options", kind)
    perms = cmd.get("default_member_permissions")
    valid_perms = (isinstance(perms, str) and perms.isdigit()) or (
        isinstance(perms, int) and not isinstance(perms, bool) and perms >= 0
    )
    if perms is not None and not valid_perms:
        errors.add((*path, "default_member_permissions"), "Must be a permission bit set (digits) or null", kind)
    total = _command_text_length(cmd)
    if total > 4000:
        errors.add(path, f"Combined command text is {total} > 4000 characters", kind, "APPLICATION_COMMAND_TOO_LARGE")


def _validate_chat_input_name(errors: Errors, path: Path, name: Any, kind: str) -> None:
    if not isinstance(name, str):
        errors.add(path, "This field is required", kind, "BASE_TYPE_REQUIRED")
        return
    if not CHAT_INPUT_NAME_RE.match(name):
        errors.add(
            path,
            f"String value {name!r} did not match validation regex ^[-_\\w]{{1,32}}$.",
            kind,
            "STRING_TYPE_REGEX",
        )
    elif name != name.lower():
        errors.add(path, f"Command name {name!r} must be lowercase.", kind, "APPLICATION_COMMAND_INVALID_NAME")


def _validate_options(errors: Errors, path: Path, options: list[Any], *, kind: str, depth: int) -> None:
    names: set[str] = set()
    seen_optional = False
    has_sub = False
    has_plain = False
    for i, opt in enumerate(options):
        p = (*path, i)
        if not isinstance(opt, dict):
            errors.add(p, "Must be an object", kind)
            continue
        otype = opt.get("type")
        if otype not in OPTION_TYPES:
            errors.add((*p, "type"), f"Invalid option type {otype!r}", kind, "BASE_TYPE_CHOICES")
            continue
        name = opt.get("name")
        _validate_chat_input_name(errors, (*p, "name"), name, kind)
        _check_len(
            errors, (*p, "description"), opt.get("description"), kind=kind, min_len=1, max_len=100, required=True
        )
        if isinstance(name, str):
            if name in names:
                errors.add(
                    (*p, "name"), f"Duplicate option name {name!r}", kind, "APPLICATION_COMMAND_OPTIONS_DUPLICATE"
                )
            names.add(name)
        if otype in (1, 2):
            has_sub = True
            if otype == 2 and depth > 0:
                errors.add((*p, "type"), "Subcommand groups cannot be nested", kind)
            if otype == 1 and depth > 1:
                errors.add((*p, "type"), "Subcommands nested too deeply", kind)
            sub = _count(errors, (*p, "options"), opt.get("options"), kind=kind, max_n=25)
            if otype == 2:
                for j, s in enumerate(sub):
                    if isinstance(s, dict) and s.get("type") != 1:
                        errors.add((*p, "options", j, "type"), "Subcommand groups may only contain subcommands", kind)
            _validate_options(errors, (*p, "options"), sub, kind=kind, depth=depth + 1)
            continue
        has_plain = True
        required = bool(opt.get("required", False))
        if required and seen_optional:
            errors.add(
                (*p, "required"),
                "Required options must be placed before non-required options",
                kind,
                "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
            )
        if not required:
            seen_optional = True
        choices = opt.get("choices")
        if choices is not None:
            if otype not in (3, 4, 10):
                errors.add((*p, "choices"), "Choices are only allowed for string/integer/number options", kind)
            ch = _count(errors, (*p, "choices"), choices, kind=kind, max_n=25)
            for j, c in enumerate(ch):
                _validate_choice(errors, (*p, "choices", j), c, otype, kind=kind)
            if ch and opt.get("autocomplete"):
                errors.add(
                    (*p, "autocomplete"),
                    "Autocomplete cannot be set when choices are present",
                    kind,
                    "APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES",
                )
        if opt.get("autocomplete") and otype not in (3, 4, 10):
            errors.add((*p, "autocomplete"), "Autocomplete is only allowed for string/integer/number options", kind)
        for key in ("min_length", "max_length"):
            if key in opt and opt[key] is not None:
                if otype != 3:
                    errors.add((*p, key), f"{key} is only allowed for string options", kind)
                elif not (isinstance(opt[key], int) and 0 <= opt[key] <= 6000):
                    errors.add((*p, key), f"{key} must be between 0 and 6000", kind)
        for key in ("min_value", "max_value"):
            if opt.get(key) is not None and otype not in (4, 10):
                errors.add((*p, key), f"{key} is only allowed for integer/number options", kind)
    if has_sub and has_plain:
        errors.add(path, "Subcommands cannot be mixed with other option types", kind)


def _validate_choice(errors: Errors, path: Path, choice: Any, otype: int | None, *, kind: str) -> None:
    if not isinstance(choice, dict):
        errors.add(path, "Must be an object", kind)
        return
    _check_len(errors, (*path, "name"), choice.get("name"), kind=kind, min_len=1, max_len=100, required=True)
    value = choice.get("value")
    if value is None:
        errors.add((*path, "value"), "This field is required", kind, "BASE_TYPE_REQUIRED")
    elif otype == 3 or (otype is None and isinstance(value, str)):
        if not isinstance(value, str):
            errors.add((*path, "value"), f"Choice value must be a string, got {type(value).__name__}", kind)
        else:
            _check_len(errors, (*path, "value"), value, kind=kind, min_len=0, max_len=100)
    elif otype == 4:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.add((*path, "value"), f"Choice value must be an integer, got {value!r}", kind)
    elif otype == 10 and (isinstance(value, bool) or not isinstance(value, int | float)):
        errors.add((*path, "value"), f"Choice value must be a number, got {value!r}", kind)


def _command_text_length(cmd: dict[str, Any]) -> int:
    total = _slen(cmd.get("name")) + _slen(cmd.get("description"))

    def walk(opts: Iterable[Any]) -> int:
        n = 0
        for o in opts or []:
            if not isinstance(o, dict):
                continue
            n += _slen(o.get("name")) + _slen(o.get("description"))
            for c in o.get("choices") or []:
                if isinstance(c, dict):
                    n += _slen(c.get("name")) + _slen(str(c.get("value", "")))
            n += walk(o.get("options") or [])
        return n

    return total + walk(cmd.get("options") or [])


# --------------------------------------------------------------------------------------------
# messages


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
        _check_len(errors, ("content",), content, kind="message", max_len=2000)

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
    embeds = _count(errors, ("embeds",), embeds, kind="embed", max_n=10)
    total = 0
    for i, embed in enumerate(embeds):
        p: Path = ("embeds", i)
        if not isinstance(embed, dict):
            errors.add(p, "Must be an object", "embed")
            continue
        _check_len(errors, (*p, "title"), embed.get("title"), kind="embed", max_len=256)
        _check_len(errors, (*p, "description"), embed.get("description"), kind="embed", max_len=4096)
        total += _slen(embed.get("title")) + _slen(embed.get("description"))
        fields = _count(errors, (*p, "fields"), embed.get("fields"), kind="embed", max_n=25)
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
                    _check_len(errors, (*fp, key), val, kind="embed", min_len=1, max_len=limit)
                total += _slen(val)
            if "inline" in fld and not isinstance(fld["inline"], bool):
                errors.add((*fp, "inline"), "inline must be a boolean", "embed")
        footer = embed.get("footer")
        if isinstance(footer, dict):
            _check_len(errors, (*p, "footer", "text"), footer.get("text"), kind="embed", max_len=2048, required=True)
            total += _slen(footer.get("text"))
        author = embed.get("author")
        if isinstance(author, dict):
            _check_len(errors, (*p, "author", "name"), author.get("name"), kind="embed", max_len=256, required=True)
            total += _slen(author.get("name"))
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


def validate_components(errors: Errors, components: Any, *, v2: bool) -> None:
    custom_ids: dict[str, Path] = {}
    if v2:
        comps = _count(errors, ("components",), components, kind="component", max_n=40)
        counter = [0]
        for i, comp in enumerate(comps):
            _validate_v2_component(errors, ("components", i), comp, custom_ids, counter)
        if counter[0] > 40:
            errors.add(("components",), f"Too many components in total ({counter[0]} > 40)", "component")
        return
    rows = _count(errors, ("components",), components, kind="component", max_n=5)
    for i, row in enumerate(rows):
        p: Path = ("components", i)
        if not isinstance(row, dict) or row.get("type") != 1:
            errors.add(
                p,
                "Top-level components must be action rows (type 1) without IS_COMPONENTS_V2",
                "component",
                "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
            )
            continue
        _validate_action_row(errors, p, row, custom_ids)


def _validate_action_row(errors: Errors, p: Path, row: dict[str, Any], custom_ids: dict[str, Path]) -> None:
    children = row.get("components")
    if not isinstance(children, list) or not children:
        errors.add(
            (*p, "components"), "Action rows must contain 1 to 5 components", "component", "BASE_TYPE_BAD_LENGTH"
        )
        return
    types = [c.get("type") if isinstance(c, dict) else None for c in children]
    n_selects = sum(1 for t in types if t in SELECT_TYPES)
    if n_selects:
        if len(children) != 1:
            errors.add(
                (*p, "components"),
                "An action row with a select menu must contain exactly 1 component",
                "component",
                "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
            )
    elif len(children) > 5:
        errors.add(
            (*p, "components"),
            f"An action row can contain at most 5 buttons (got {len(children)})",
            "component",
            "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        )
    for j, comp in enumerate(children):
        cp = (*p, "components", j)
        if not isinstance(comp, dict):
            errors.add(cp, "Must be an object", "component")
            continue
        ctype = comp.get("type")
        if ctype == 2:
            _validate_button(errors, cp, comp, custom_ids)
        elif ctype in SELECT_TYPES:
            _validate_select(errors, cp, comp, custom_ids)
        else:
            errors.add(
                (*cp, "type"),
                f"Component type {ctype!r} is not allowed in a message action row",
                "component",
                "UNION_TYPE_CHOICES",
            )


def _register_custom_id(
    errors: Errors, path: Path, comp: dict[str, Any], custom_ids: dict[str, Path], *, required: bool
) -> None:
    cid = comp.get("custom_id")
    if cid is None:
        if required:
            errors.add((*path, "custom_id"), "custom_id is required", "component", "BASE_TYPE_REQUIRED")
        return
    _check_len(errors, (*path, "custom_id"), cid, kind="component", min_len=1, max_len=100)
    if isinstance(cid, str):
        if cid in custom_ids:
            errors.add(
                (*path, "custom_id"),
                f"Component custom id {cid!r} is duplicated (also at {'.'.join(map(str, custom_ids[cid]))})",
                "component",
                "COMPONENT_CUSTOM_ID_DUPLICATED",
            )
        else:
            custom_ids[cid] = path


def _validate_button(errors: Errors, p: Path, comp: dict[str, Any], custom_ids: dict[str, Path]) -> None:
    style = comp.get("style")
    if style not in (1, 2, 3, 4, 5, 6):
        errors.add((*p, "style"), f"Invalid button style {style!r}", "component", "BASE_TYPE_CHOICES")
    _check_len(errors, (*p, "label"), comp.get("label"), kind="component", max_len=80)
    if style == 5:
        url = comp.get("url")
        if not (isinstance(url, str) and re.match(r"^(https?|discord)://\S+$", url)):
            errors.add((*p, "url"), "Link buttons require a valid url", "component", "URL_TYPE_INVALID_URL")
        if comp.get("custom_id") is not None:
            errors.add((*p, "custom_id"), "Link buttons cannot have a custom_id", "component")
    elif style == 6:
        if not comp.get("sku_id"):
            errors.add((*p, "sku_id"), "Premium buttons require sku_id", "component")
    else:
        _register_custom_id(errors, p, comp, custom_ids, required=True)
        if comp.get("url") is not None:
            errors.add((*p, "url"), "Only link buttons can have a url", "component")
    if style != 6 and not comp.get("label") and not comp.get("emoji"):
        errors.add(p, "Buttons need a label or an emoji", "component", "BUTTON_COMPONENT_EMPTY")


def _validate_select(errors: Errors, p: Path, comp: dict[str, Any], custom_ids: dict[str, Path]) -> None:
    _register_custom_id(errors, p, comp, custom_ids, required=True)
    _check_len(errors, (*p, "placeholder"), comp.get("placeholder"), kind="component", max_len=150)
    min_v = comp.get("min_values", 1)
    max_v = comp.get("max_values", 1)
    if not (isinstance(min_v, int) and 0 <= min_v <= 25):
        errors.add((*p, "min_values"), "min_values must be between 0 and 25", "component")
    if not (isinstance(max_v, int) and 1 <= max_v <= 25):
        errors.add((*p, "max_values"), "max_values must be between 1 and 25", "component")
    if comp.get("type") == 3:
        options = comp.get("options")
        if not isinstance(options, list) or not (1 <= len(options) <= 25):
            n = len(options) if isinstance(options, list) else 0
            errors.add(
                (*p, "options"), f"String selects need 1 to 25 options (got {n})", "component", "BASE_TYPE_BAD_LENGTH"
            )
            options = options if isinstance(options, list) else []
        values: set[str] = set()
        for k, opt in enumerate(options):
            op = (*p, "options", k)
            if not isinstance(opt, dict):
                errors.add(op, "Must be an object", "component")
                continue
            _check_len(
                errors, (*op, "label"), opt.get("label"), kind="component", min_len=1, max_len=100, required=True
            )
            _check_len(
                errors, (*op, "value"), opt.get("value"), kind="component", min_len=1, max_len=100, required=True
            )
            _check_len(errors, (*op, "description"), opt.get("description"), kind="component", max_len=100)
            val = opt.get("value")
            if isinstance(val, str):
                if val in values:
                    errors.add(
                        (*op, "value"),
                        f"Duplicate select option value {val!r}",
                        "component",
                        "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
                    )
                values.add(val)
        if isinstance(max_v, int) and options and max_v > len(options):
            errors.add(
                (*p, "max_values"), f"max_values ({max_v}) exceeds the number of options ({len(options)})", "component"
            )
    if isinstance(min_v, int) and isinstance(max_v, int) and min_v > max_v:
        errors.add((*p, "min_values"), "min_values cannot exceed max_values", "component")


def _validate_v2_component(errors: Errors, p: Path, comp: Any, custom_ids: dict[str, Path], counter: list[int]) -> None:
    counter[0] += 1
    if not isinstance(comp, dict):
        errors.add(p, "Must be an object", "component")
        return
    ctype = comp.get("type")
    if ctype == 1:
        _validate_action_row(errors, p, comp, custom_ids)
        counter[0] += len(comp.get("components") or [])
    elif ctype == 2:
        _validate_button(errors, p, comp, custom_ids)
    elif ctype in SELECT_TYPES:
        _validate_select(errors, p, comp, custom_ids)
    elif ctype == 10:
        _check_len(
            errors, (*p, "content"), comp.get("content"), kind="component", min_len=1, max_len=4000, required=True
        )
    for key in ("components",):
        if ctype in (9, 17):
            for k, child in enumerate(comp.get(key) or []):
                _validate_v2_component(errors, (*p, key, k), child, custom_ids, counter)
    if ctype == 9 and isinstance(comp.get("accessory"), dict):
        _validate_v2_component(errors, (*p, "accessory"), comp["accessory"], custom_ids, counter)


# --------------------------------------------------------------------------------------------
# interaction callbacks


def validate_autocomplete(data: Any, focused_type: int | None) -> Errors:
    errors = Errors()
    if not isinstance(data, dict):
        errors.add(("data",), "Autocomplete result needs data", "autocomplete", "BASE_TYPE_REQUIRED")
        return errors
    choices = data.get("choices")
    if choices is None:
        errors.add(("data", "choices"), "This field is required", "autocomplete", "BASE_TYPE_REQUIRED")
        return errors
    choices = _count(errors, ("data", "choices"), choices, kind="autocomplete", max_n=25)
    for i, choice in enumerate(choices):
        _validate_choice(errors, ("data", "choices", i), choice, focused_type, kind="autocomplete")
    return errors


def validate_modal(data: Any) -> Errors:
    errors = Errors()
    kind = "modal"
    if not isinstance(data, dict):
        errors.add(("data",), "Modal needs data", kind, "BASE_TYPE_REQUIRED")
        return errors
    _check_len(errors, ("data", "custom_id"), data.get("custom_id"), kind=kind, min_len=1, max_len=100, required=True)
    _check_len(errors, ("data", "title"), data.get("title"), kind=kind, min_len=1, max_len=45, required=True)
    comps = data.get("components")
    if not isinstance(comps, list) or not (1 <= len(comps) <= 5):
        errors.add(("data", "components"), "Modals need 1 to 5 components", kind, "BASE_TYPE_BAD_LENGTH")
        comps = comps if isinstance(comps, list) else []
    custom_ids: set[str] = set()
    for i, comp in enumerate(comps):
        p: Path = ("data", "components", i)
        if not isinstance(comp, dict):
            errors.add(p, "Must be an object", kind)
            continue
        ctype = comp.get("type")
        if ctype == 1:
            inner = comp.get("components") or []
            if len(inner) != 1:
                errors.add((*p, "components"), "Modal action rows must contain exactly one text input", kind)
            for j, child in enumerate(inner):
                _validate_modal_input(errors, (*p, "components", j), child, custom_ids, label_required=True)
        elif ctype == 18:
            _check_len(errors, (*p, "label"), comp.get("label"), kind=kind, min_len=1, max_len=45, required=True)
            _check_len(errors, (*p, "description"), comp.get("description"), kind=kind, max_len=100)
            child = comp.get("component")
            _validate_modal_input(errors, (*p, "component"), child, custom_ids, label_required=False)
        elif ctype == 10:
            _check_len(errors, (*p, "content"), comp.get("content"), kind=kind, min_len=1, max_len=4000, required=True)
        else:
            errors.add((*p, "type"), f"Component type {ctype!r} is not allowed at the top level of a modal", kind)
    return errors


def _validate_modal_input(errors: Errors, p: Path, comp: Any, custom_ids: set[str], *, label_required: bool) -> None:
    kind = "modal"
    if not isinstance(comp, dict):
        errors.add(p, "Must be an object", kind)
        return
    cid = comp.get("custom_id")
    _check_len(errors, (*p, "custom_id"), cid, kind=kind, min_len=1, max_len=100, required=True)
    if isinstance(cid, str):
        if cid in custom_ids:
            errors.add((*p, "custom_id"), f"Duplicate custom_id {cid!r}", kind, "COMPONENT_CUSTOM_ID_DUPLICATED")
        custom_ids.add(cid)
    ctype = comp.get("type")
    if ctype == 4:
        if comp.get("style") not in (1, 2):
            errors.add((*p, "style"), "Text input style must be 1 or 2", kind)
        if label_required:
            _check_len(errors, (*p, "label"), comp.get("label"), kind=kind, min_len=1, max_len=45, required=True)
        _check_len(errors, (*p, "placeholder"), comp.get("placeholder"), kind=kind, max_len=100)
        _check_len(errors, (*p, "value"), comp.get("value"), kind=kind, max_len=4000)
        for key, lo in (("min_length", 0), ("max_length", 1)):
            v = comp.get(key)
            if v is not None and not (isinstance(v, int) and lo <= v <= 4000):
                errors.add((*p, key), f"{key} must be between {lo} and 4000", kind)
    elif ctype in SELECT_TYPES:
        _validate_select(errors, p, comp, {})
    elif ctype not in (19,):  # 19 = file upload
        errors.add((*p, "type"), f"Component type {ctype!r} is not allowed in a modal", kind)
