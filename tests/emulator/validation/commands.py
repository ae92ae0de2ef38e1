"""Checks for application command definitions (bulk overwrite, create, edit) and autocomplete results."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .base import CHAT_INPUT_NAME_RE, OPTION_TYPES, Errors, Path, check_len, count, slen


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
        check_len(errors, (*path, "description"), description, kind=kind, min_len=1, max_len=100, required=True)
        options = count(errors, (*path, "options"), cmd.get("options"), kind=kind, max_n=25)
        _validate_options(errors, (*path, "options"), options, kind=kind, depth=0)
    else:
        check_len(errors, (*path, "name"), name, kind=kind, min_len=1, max_len=32, required=True)
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


SUB_COMMAND, SUB_COMMAND_GROUP, STRING, INTEGER, NUMBER = 1, 2, 3, 4, 10
CHOICE_TYPES = (STRING, INTEGER, NUMBER)
RANGE_TYPES = (INTEGER, NUMBER)
MAX_STRING_OPTION_LENGTH = 6000


@dataclass
class _OptionScan:
    """What one level of an options list has shown so far (names, order of required options, kinds)."""

    names: set[str] = field(default_factory=set)
    seen_optional: bool = False
    has_sub: bool = False
    has_plain: bool = False


def _validate_options(errors: Errors, path: Path, options: list[Any], *, kind: str, depth: int) -> None:
    scan = _OptionScan()
    for i, opt in enumerate(options):
        _validate_option(errors, (*path, i), opt, scan, kind=kind, depth=depth)
    if scan.has_sub and scan.has_plain:
        errors.add(path, "Subcommands cannot be mixed with other option types", kind)


def _validate_option(errors: Errors, p: Path, opt: Any, scan: _OptionScan, *, kind: str, depth: int) -> None:
    if not isinstance(opt, dict):
        errors.add(p, "Must be an object", kind)
        return
    otype = opt.get("type")
    if otype not in OPTION_TYPES:
        errors.add((*p, "type"), f"Invalid option type {otype!r}", kind, "BASE_TYPE_CHOICES")
        return
    _validate_option_name(errors, p, opt, scan.names, kind)
    if otype in (SUB_COMMAND, SUB_COMMAND_GROUP):
        scan.has_sub = True
        _validate_subcommand(errors, p, opt, otype, kind=kind, depth=depth)
        return
    scan.has_plain = True
    _check_required_order(errors, p, opt, scan, kind)
    _validate_option_choices(errors, p, opt, otype, kind)
    _validate_option_bounds(errors, p, opt, otype, kind)


def _validate_option_name(errors: Errors, p: Path, opt: dict[str, Any], names: set[str], kind: str) -> None:
    name = opt.get("name")
    _validate_chat_input_name(errors, (*p, "name"), name, kind)
    check_len(errors, (*p, "description"), opt.get("description"), kind=kind, min_len=1, max_len=100, required=True)
    if not isinstance(name, str):
        return
    if name in names:
        errors.add((*p, "name"), f"Duplicate option name {name!r}", kind, "APPLICATION_COMMAND_OPTIONS_DUPLICATE")
    names.add(name)


def _validate_subcommand(errors: Errors, p: Path, opt: dict[str, Any], otype: int, *, kind: str, depth: int) -> None:
    if otype == SUB_COMMAND_GROUP and depth > 0:
        errors.add((*p, "type"), "Subcommand groups cannot be nested", kind)
    if otype == SUB_COMMAND and depth > 1:
        errors.add((*p, "type"), "Subcommands nested too deeply", kind)
    sub = count(errors, (*p, "options"), opt.get("options"), kind=kind, max_n=25)
    if otype == SUB_COMMAND_GROUP:
        for j, s in enumerate(sub):
            if isinstance(s, dict) and s.get("type") != SUB_COMMAND:
                errors.add((*p, "options", j, "type"), "Subcommand groups may only contain subcommands", kind)
    _validate_options(errors, (*p, "options"), sub, kind=kind, depth=depth + 1)


def _check_required_order(errors: Errors, p: Path, opt: dict[str, Any], scan: _OptionScan, kind: str) -> None:
    required = bool(opt.get("required", False))
    if required and scan.seen_optional:
        errors.add(
            (*p, "required"),
            "Required options must be placed before non-required options",
            kind,
            "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        )
    if not required:
        scan.seen_optional = True


def _validate_option_choices(errors: Errors, p: Path, opt: dict[str, Any], otype: int, kind: str) -> None:
    choices = opt.get("choices")
    if choices is not None:
        if otype not in CHOICE_TYPES:
            errors.add((*p, "choices"), "Choices are only allowed for string/integer/number options", kind)
        ch = count(errors, (*p, "choices"), choices, kind=kind, max_n=25)
        for j, c in enumerate(ch):
            _validate_choice(errors, (*p, "choices", j), c, otype, kind=kind)
        if ch and opt.get("autocomplete"):
            errors.add(
                (*p, "autocomplete"),
                "Autocomplete cannot be set when choices are present",
                kind,
                "APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES",
            )
    if opt.get("autocomplete") and otype not in CHOICE_TYPES:
        errors.add((*p, "autocomplete"), "Autocomplete is only allowed for string/integer/number options", kind)


def _validate_option_bounds(errors: Errors, p: Path, opt: dict[str, Any], otype: int, kind: str) -> None:
    for key in ("min_length", "max_length"):
        value = opt.get(key)
        if value is None:
            continue
        if otype != STRING:
            errors.add((*p, key), f"{key} is only allowed for string options", kind)
        elif not (isinstance(value, int) and 0 <= value <= MAX_STRING_OPTION_LENGTH):
            errors.add((*p, key), f"{key} must be between 0 and {MAX_STRING_OPTION_LENGTH}", kind)
    for key in ("min_value", "max_value"):
        if opt.get(key) is not None and otype not in RANGE_TYPES:
            errors.add((*p, key), f"{key} is only allowed for integer/number options", kind)


def _validate_choice(errors: Errors, path: Path, choice: Any, otype: int | None, *, kind: str) -> None:
    if not isinstance(choice, dict):
        errors.add(path, "Must be an object", kind)
        return
    check_len(errors, (*path, "name"), choice.get("name"), kind=kind, min_len=1, max_len=100, required=True)
    value = choice.get("value")
    if value is None:
        errors.add((*path, "value"), "This field is required", kind, "BASE_TYPE_REQUIRED")
    elif otype == 3 or (otype is None and isinstance(value, str)):
        if not isinstance(value, str):
            errors.add((*path, "value"), f"Choice value must be a string, got {type(value).__name__}", kind)
        else:
            check_len(errors, (*path, "value"), value, kind=kind, min_len=0, max_len=100)
    elif otype == 4:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.add((*path, "value"), f"Choice value must be an integer, got {value!r}", kind)
    elif otype == 10 and (isinstance(value, bool) or not isinstance(value, int | float)):
        errors.add((*path, "value"), f"Choice value must be a number, got {value!r}", kind)


def _command_text_length(cmd: dict[str, Any]) -> int:
    total = slen(cmd.get("name")) + slen(cmd.get("description"))

    def walk(opts: Iterable[Any]) -> int:
        n = 0
        for o in opts or []:
            if not isinstance(o, dict):
                continue
            n += slen(o.get("name")) + slen(o.get("description"))
            for c in o.get("choices") or []:
                if isinstance(c, dict):
                    n += slen(c.get("name")) + slen(str(c.get("value", "")))
            n += walk(o.get("options") or [])
        return n

    return total + walk(cmd.get("options") or [])


def validate_autocomplete(data: Any, focused_type: int | None) -> Errors:
    errors = Errors()
    if not isinstance(data, dict):
        errors.add(("data",), "Autocomplete result needs data", "autocomplete", "BASE_TYPE_REQUIRED")
        return errors
    choices = data.get("choices")
    if choices is None:
        errors.add(("data", "choices"), "This field is required", "autocomplete", "BASE_TYPE_REQUIRED")
        return errors
    choices = count(errors, ("data", "choices"), choices, kind="autocomplete", max_n=25)
    for i, choice in enumerate(choices):
        _validate_choice(errors, ("data", "choices", i), choice, focused_type, kind="autocomplete")
    return errors
