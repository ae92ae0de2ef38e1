"""Which language to answer in: a chosen one, else the member's Discord locale, else the server's, else English."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from types import MappingProxyType

DEFAULT_LANGUAGE = "en"
# The languages the bot's own strings and FAQ translations exist for, in the order menus show them.
SUPPORTED_LANGUAGES = ("en", "de", "es", "fr")
LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType(
    {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
)


def normalise_locale(locale: object) -> str | None:
    """Map a Discord locale ('de', 'es-ES', 'es-419', 'fr', 'en-GB', a discord.Locale) to a language code, or None.

    Only the language part counts: every Spanish locale is Spanish. Unknown or empty values give None.
    """
    raw = getattr(locale, "value", locale)
    if not isinstance(raw, str):
        return None
    language = raw.strip().replace("_", "-").split("-", 1)[0].casefold()
    return language if language.isalpha() and 2 <= len(language) <= 3 else None


def resolve_language(
    *,
    override: str | None = None,
    member_locale: object = None,
    guild_locale: object = None,
    available: Collection[str] = SUPPORTED_LANGUAGES,
) -> str:
    """Pick the reply language: the override, else the member's locale, else the server's, else English.

    A candidate counts only when the FAQ has that language (`available`); English is always available.
    """
    for candidate in (override, member_locale, guild_locale):
        language = normalise_locale(candidate)
        if language is not None and (language == DEFAULT_LANGUAGE or language in available):
            return language
    return DEFAULT_LANGUAGE
