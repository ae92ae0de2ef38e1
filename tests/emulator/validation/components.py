"""Checks for message components (action rows, buttons, selects, components v2) and modals."""

from __future__ import annotations

import re
from typing import Any

from .base import SELECT_TYPES, Errors, Path, check_len, count


def validate_components(errors: Errors, components: Any, *, v2: bool) -> None:
    custom_ids: dict[str, Path] = {}
    if v2:
        comps = count(errors, ("components",), components, kind="component", max_n=40)
        counter = [0]
        for i, comp in enumerate(comps):
            _validate_v2_component(errors, ("components", i), comp, custom_ids, counter)
        if counter[0] > 40:
            errors.add(("components",), f"Too many components in total ({counter[0]} > 40)", "component")
        return
    rows = count(errors, ("components",), components, kind="component", max_n=5)
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
        if not _validate_interactive(errors, cp, comp, custom_ids):
            errors.add(
                (*cp, "type"),
                f"Component type {comp.get('type')!r} is not allowed in a message action row",
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
    check_len(errors, (*path, "custom_id"), cid, kind="component", min_len=1, max_len=100)
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
    check_len(errors, (*p, "label"), comp.get("label"), kind="component", max_len=80)
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


STRING_SELECT = 3
MAX_SELECT_OPTIONS = 25


def _validate_select(errors: Errors, p: Path, comp: dict[str, Any], custom_ids: dict[str, Path]) -> None:
    _register_custom_id(errors, p, comp, custom_ids, required=True)
    check_len(errors, (*p, "placeholder"), comp.get("placeholder"), kind="component", max_len=150)
    min_v = comp.get("min_values", 1)
    max_v = comp.get("max_values", 1)
    if not (isinstance(min_v, int) and 0 <= min_v <= MAX_SELECT_OPTIONS):
        errors.add((*p, "min_values"), "min_values must be between 0 and 25", "component")
    if not (isinstance(max_v, int) and 1 <= max_v <= MAX_SELECT_OPTIONS):
        errors.add((*p, "max_values"), "max_values must be between 1 and 25", "component")
    if comp.get("type") == STRING_SELECT:
        _validate_string_select_options(errors, p, comp.get("options"), max_v)
    if isinstance(min_v, int) and isinstance(max_v, int) and min_v > max_v:
        errors.add((*p, "min_values"), "min_values cannot exceed max_values", "component")


def _validate_string_select_options(errors: Errors, p: Path, options: Any, max_v: Any) -> None:
    if not isinstance(options, list) or not (1 <= len(options) <= MAX_SELECT_OPTIONS):
        n = len(options) if isinstance(options, list) else 0
        errors.add(
            (*p, "options"), f"String selects need 1 to 25 options (got {n})", "component", "BASE_TYPE_BAD_LENGTH"
        )
        options = options if isinstance(options, list) else []
    values: set[str] = set()
    for k, opt in enumerate(options):
        _validate_select_option(errors, (*p, "options", k), opt, values)
    if isinstance(max_v, int) and options and max_v > len(options):
        errors.add(
            (*p, "max_values"), f"max_values ({max_v}) exceeds the number of options ({len(options)})", "component"
        )


def _validate_select_option(errors: Errors, op: Path, opt: Any, values: set[str]) -> None:
    if not isinstance(opt, dict):
        errors.add(op, "Must be an object", "component")
        return
    check_len(errors, (*op, "label"), opt.get("label"), kind="component", min_len=1, max_len=100, required=True)
    check_len(errors, (*op, "value"), opt.get("value"), kind="component", min_len=1, max_len=100, required=True)
    check_len(errors, (*op, "description"), opt.get("description"), kind="component", max_len=100)
    val = opt.get("value")
    if not isinstance(val, str):
        return
    if val in values:
        errors.add(
            (*op, "value"),
            f"Duplicate select option value {val!r}",
            "component",
            "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
        )
    values.add(val)


def _validate_interactive(errors: Errors, p: Path, comp: dict[str, Any], custom_ids: dict[str, Path]) -> bool:
    """Check a button or a select menu; False when the component is neither."""
    ctype = comp.get("type")
    if ctype == 2:
        _validate_button(errors, p, comp, custom_ids)
    elif ctype in SELECT_TYPES:
        _validate_select(errors, p, comp, custom_ids)
    else:
        return False
    return True


def _validate_v2_component(errors: Errors, p: Path, comp: Any, custom_ids: dict[str, Path], counter: list[int]) -> None:
    counter[0] += 1
    if not isinstance(comp, dict):
        errors.add(p, "Must be an object", "component")
        return
    ctype = comp.get("type")
    if ctype == 1:
        _validate_action_row(errors, p, comp, custom_ids)
        counter[0] += len(comp.get("components") or [])
    elif ctype == 10:
        check_len(
            errors, (*p, "content"), comp.get("content"), kind="component", min_len=1, max_len=4000, required=True
        )
    else:
        _validate_interactive(errors, p, comp, custom_ids)
    for key in ("components",):
        if ctype in (9, 17):
            for k, child in enumerate(comp.get(key) or []):
                _validate_v2_component(errors, (*p, key, k), child, custom_ids, counter)
    if ctype == 9 and isinstance(comp.get("accessory"), dict):
        _validate_v2_component(errors, (*p, "accessory"), comp["accessory"], custom_ids, counter)


def validate_modal(data: Any) -> Errors:
    errors = Errors()
    kind = "modal"
    if not isinstance(data, dict):
        errors.add(("data",), "Modal needs data", kind, "BASE_TYPE_REQUIRED")
        return errors
    check_len(errors, ("data", "custom_id"), data.get("custom_id"), kind=kind, min_len=1, max_len=100, required=True)
    check_len(errors, ("data", "title"), data.get("title"), kind=kind, min_len=1, max_len=45, required=True)
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
            check_len(errors, (*p, "label"), comp.get("label"), kind=kind, min_len=1, max_len=45, required=True)
            check_len(errors, (*p, "description"), comp.get("description"), kind=kind, max_len=100)
            child = comp.get("component")
            _validate_modal_input(errors, (*p, "component"), child, custom_ids, label_required=False)
        elif ctype == 10:
            check_len(errors, (*p, "content"), comp.get("content"), kind=kind, min_len=1, max_len=4000, required=True)
        else:
            errors.add((*p, "type"), f"Component type {ctype!r} is not allowed at the top level of a modal", kind)
    return errors


def _validate_modal_input(errors: Errors, p: Path, comp: Any, custom_ids: set[str], *, label_required: bool) -> None:
    kind = "modal"
    if not isinstance(comp, dict):
        errors.add(p, "Must be an object", kind)
        return
    cid = comp.get("custom_id")
    check_len(errors, (*p, "custom_id"), cid, kind=kind, min_len=1, max_len=100, required=True)
    if isinstance(cid, str):
        if cid in custom_ids:
            errors.add((*p, "custom_id"), f"Duplicate custom_id {cid!r}", kind, "COMPONENT_CUSTOM_ID_DUPLICATED")
        custom_ids.add(cid)
    ctype = comp.get("type")
    if ctype == 4:
        if comp.get("style") not in (1, 2):
            errors.add((*p, "style"), "Text input style must be 1 or 2", kind)
        if label_required:
            check_len(errors, (*p, "label"), comp.get("label"), kind=kind, min_len=1, max_len=45, required=True)
        check_len(errors, (*p, "placeholder"), comp.get("placeholder"), kind=kind, max_len=100)
        check_len(errors, (*p, "value"), comp.get("value"), kind=kind, max_len=4000)
        for key, lo in (("min_length", 0), ("max_length", 1)):
            v = comp.get(key)
            if v is not None and not (isinstance(v, int) and lo <= v <= 4000):
                errors.add((*p, key), f"{key} must be between {lo} and 4000", kind)
    elif ctype in SELECT_TYPES:
        _validate_select(errors, p, comp, {})
    elif ctype not in (19,):  # 19 = file upload
        errors.add((*p, "type"), f"Component type {ctype!r} is not allowed in a modal", kind)
