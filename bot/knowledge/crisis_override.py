"""A community's own crisis help from config.yaml's `crisis:` section, laid over knowledge/crisis.yaml.

crisis:
  lines:       [{region, name, contact, languages?}]  # replace the crisis lines (shown in every language
                                                      # unless `languages` is given)
  emergency:   [{region, number, languages?}]         # replace the emergency numbers
  support:     [{region, name, contact, languages?}]  # shown first in support replies (your support channel)
  message:     "..."                                  # replaces the English kind words of a self-harm reply
  fallback:    "..."                                  # replaces the line about other countries (the directory)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from bot.knowledge.crisis import CrisisLine, CrisisResources, EmergencyNumber

CRISIS_OVERRIDE_FIELDS = ("lines", "emergency", "support", "message", "fallback")
_ITEM_FIELDS = {
    "lines": ("region", "name", "contact"),
    "emergency": ("region", "number"),
    "support": ("region", "name", "contact"),
}


def check_crisis_override(value: Any) -> str | None:
    """Return what is wrong with a `crisis:` section (the text after "config option 'crisis"), or None."""
    if not isinstance(value, dict) or not value:
        return "': should be a section with lines, emergency, support, message or fallback"
    unknown = sorted(set(value) - set(CRISIS_OVERRIDE_FIELDS))
    if unknown:
        return f".{unknown[0]}' is not known (use {', '.join(CRISIS_OVERRIDE_FIELDS)})"
    for key, needed in _ITEM_FIELDS.items():
        problem = _check_items(key, value[key], needed) if key in value else None
        if problem:
            return problem
    for key in ("message", "fallback"):
        if key in value and not (isinstance(value[key], str) and value[key].strip()):
            return f".{key}': should be text"
    return None


def _check_items(key: str, items: Any, needed: tuple[str, ...]) -> str | None:
    """What is wrong with a list of lines or numbers (each needs every field in `needed`), or None."""
    if not isinstance(items, list) or not items:
        return f".{key}': needs a list of {{{', '.join(needed)}}}"
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not all(str(item.get(k) or "").strip() for k in needed):
            return f".{key}[{number}]': needs {', '.join(needed)}"
    return None


def _languages(item: Mapping[str, Any]) -> tuple[str, ...]:
    value = item.get("languages") or ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _line(item: Mapping[str, Any]) -> CrisisLine:
    return CrisisLine(str(item["region"]), str(item["name"]), str(item["contact"]), _languages(item))


def apply_crisis_override(base: CrisisResources, override: Mapping[str, Any]) -> CrisisResources:
    """Return `base` with the community's lines, numbers, support and texts in place of the file's."""
    result = base
    if "lines" in override:
        result = replace(result, lines=tuple(_line(x) for x in override["lines"]))
    if "emergency" in override:
        numbers = [EmergencyNumber(str(x["region"]), str(x["number"]), _languages(x)) for x in override["emergency"]]
        result = replace(result, emergency=tuple(numbers))
    if "support" in override:
        result = replace(result, support=tuple(_line(x) for x in override["support"]) + base.support)
    if "fallback" in override:
        result = replace(result, directory=CrisisLine("", str(override["fallback"]).strip(), ""))
    if "message" in override:
        texts = dict(result.texts)
        texts["en"] = replace(texts["en"], self_harm_kind=" ".join(str(override["message"]).split()))
        result = replace(result, texts=MappingProxyType(texts))
    return result
