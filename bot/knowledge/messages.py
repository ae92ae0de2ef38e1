"""The bot's own words per language (knowledge/messages/<lang>.yaml), with English as the fallback for any gap.

Why a YAML catalog and not gettext or Fluent: discord.py's `app_commands.Translator` is just an async lookup
(string + locale -> text or None), so any catalog fits it; the FAQ's moderators already edit and validate YAML in
this folder, reloads already swap the whole folder at once, and a YAML catalog needs no compile step (.po -> .mo)
and no new dependency in CI. Placeholders are `{name}`, filled by plain substitution (never `str.format`, so a
translation cannot reach into the values).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from bot.knowledge.fields import Report, check_keys, read_yaml
from bot.knowledge.problems import Problem
from bot.knowledge.yaml_lines import LineDict

MESSAGES_DIR = "messages"
BASE_LANGUAGE = "en"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_LANGUAGE_FILE = re.compile(r"^[a-z]{2,3}$")


def placeholders(text: str) -> frozenset[str]:
    """Return the names of the {placeholders} in a message."""
    return frozenset(_PLACEHOLDER.findall(text))


@dataclass(frozen=True)
class MessageCatalog:
    """Messages by language and key; English holds every key, other languages may have gaps."""

    by_language: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def languages(self) -> tuple[str, ...]:
        """Return the languages with a message file, English first."""
        return tuple(sorted(self.by_language, key=lambda lang: (lang != BASE_LANGUAGE, lang)))

    def has(self, key: str, language: str) -> bool:
        """Say whether this language has its own text for the key (not the English fallback)."""
        return key in self.by_language.get(language, {})

    def text(self, key: str, language: str = BASE_LANGUAGE, **values: object) -> str:
        """Return the message in the language (English if it lacks it), with {placeholders} filled in."""
        template = self.by_language.get(language, {}).get(key)
        if template is None:
            template = self.by_language.get(BASE_LANGUAGE, {}).get(key, key)
        return _PLACEHOLDER.sub(lambda m: str(values.get(m[1], m[0])), template)

    def worded(self, key: str, language: str, english: str, **values: object) -> str:
        """Return the message in the language when the catalog lists the key, else `english` (the built-in text)."""
        template = english if key not in self.by_language.get(BASE_LANGUAGE, {}) else None
        if template is None:
            return self.text(key, language, **values)
        return _PLACEHOLDER.sub(lambda m: str(values.get(m[1], m[0])), template)

    def missing(self, language: str) -> tuple[str, ...]:
        """List the English keys this language does not translate (they are shown in English)."""
        own = self.by_language.get(language, {})
        return tuple(key for key in self.by_language.get(BASE_LANGUAGE, {}) if key not in own)


def _read_language(path: Path, problems: list[Problem]) -> tuple[dict[str, str], LineDict | None]:
    report = Report(str(path), problems)
    data = read_yaml(path, report)
    if data is None:
        return {}, None
    if not isinstance(data, LineDict) or not isinstance(data.get("messages"), LineDict):
        report.error(1, "messages", "the file should start with 'messages:' followed by 'key: text' lines")
        return {}, None
    check_keys(report, data, {"messages"}, ("messages",), "")
    body: LineDict = data["messages"]
    result: dict[str, str] = {}
    for key, value in body.items():
        if isinstance(value, bool) or not isinstance(value, str | int | float) or not str(value).strip():
            report.error(body.lines.get(key, body.line), f"messages.{key}", "should be some text")
            continue
        result[str(key)] = str(value).strip()
    for key, line in body.duplicate_keys:
        report.error(line, f"messages.{key}", "this message appears twice; keep only one")
    return result, body


_OPTION_NAME = re.compile(r"^[-_\w]{1,32}$")


def _discord_limit_problem(key: str, text: str) -> str | None:
    """Say what breaks Discord's rules for command texts: descriptions 1-100, option names 1-32 lowercase."""
    if key.endswith(".description") and key.startswith(("command.", "option.")) and len(text) > 100:
        return f"is {len(text)} characters; Discord allows 100 for a description"
    if key.startswith("option.") and key.endswith(".name") and (text != text.lower() or not _OPTION_NAME.match(text)):
        return "an option name must be lowercase, without spaces, at most 32 characters"
    if key.startswith("menu.") and len(text) > 32:
        return f"is {len(text)} characters; Discord allows 32 for a menu entry"
    return None


def _check_against_base(
    language: str, own: dict[str, str], body: LineDict, base: Mapping[str, str], path: Path, problems: list[Problem]
) -> dict[str, str]:
    """Keep the messages whose key and placeholders match English; report the others."""
    kept: dict[str, str] = {}
    for key, text in own.items():
        line = body.lines.get(key, body.line)
        if key not in base:
            hint = difflib.get_close_matches(key, sorted(base), n=1)
            more = f" (did you mean '{hint[0]}'?)" if hint else ""
            problems.append(Problem(str(path), line, f"messages.{key}", f"is not a message the bot uses{more}"))
            continue
        want, got = placeholders(base[key]), placeholders(text)
        if want != got:
            expected = ", ".join(f"{{{n}}}" for n in sorted(want)) or "none"
            problems.append(
                Problem(
                    str(path), line, f"messages.{key}", f"should use the same {{placeholders}} as English: {expected}"
                )
            )
            continue
        limit_problem = _discord_limit_problem(key, text)
        if limit_problem:
            problems.append(Problem(str(path), line, f"messages.{key}", limit_problem))
            continue
        kept[key] = text
    return kept


def load_messages(root: Path, problems: list[Problem]) -> MessageCatalog:
    """Load every messages/<lang>.yaml; errors go to `problems`, and no folder means an empty catalog."""
    folder = root / MESSAGES_DIR
    if not folder.is_dir():
        return MessageCatalog()
    base_path = folder / f"{BASE_LANGUAGE}.yaml"
    base, _ = _read_language(base_path, problems)
    if not base:
        problems.append(
            Problem(str(base_path), None, "", "the English messages are needed: every language falls back to them")
        )
    catalog: dict[str, Mapping[str, str]] = {BASE_LANGUAGE: MappingProxyType(base)}
    for path in sorted(folder.glob("*.yaml")):
        language = path.stem
        if language == BASE_LANGUAGE:
            continue
        if not _LANGUAGE_FILE.match(language):
            problems.append(Problem(str(path), None, "", "name message files after a language code, like de.yaml"))
            continue
        own, body = _read_language(path, problems)
        if body is not None:
            catalog[language] = MappingProxyType(_check_against_base(language, own, body, base, path, problems))
    return MessageCatalog(MappingProxyType(catalog))
