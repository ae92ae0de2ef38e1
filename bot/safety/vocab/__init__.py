"""Each supported language's words for the safety concepts (reviewed code, not moderator-editable data)."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module

LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr")
SHARED = "common"  # words that are the same in every language (medicines by their international endings)


def phrases(table: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Turn {TAG: "phrase|phrase|prefix*"} into {TAG: (phrase, ...)}: one line per concept reads well."""
    return {tag: tuple(p.strip() for p in text.split("|") if p.strip()) for tag, text in table.items()}


def vocabularies() -> dict[str, Mapping[str, tuple[str, ...]]]:
    """Return every language's vocabulary by language code, and the shared one under `SHARED`."""
    found: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for code in (*LANGUAGES, SHARED):
        try:
            module = import_module(f"bot.safety.vocab.{code}")
        except ModuleNotFoundError:
            continue
        found[code] = module.VOCAB
    return found
