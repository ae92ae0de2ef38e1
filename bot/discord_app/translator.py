"""Localise command descriptions and option names from the message catalog (discord.py's Translator).

Command names stay as they are (`/faq` is `/faq` in every language); descriptions, option names and option
descriptions come from knowledge/messages/<lang>.yaml. Anything missing stays English (returning None).
"""

from __future__ import annotations

from collections.abc import Callable

from discord import Locale, app_commands

from bot.i18n.locales import DEFAULT_LANGUAGE, normalise_locale
from bot.knowledge.messages import MessageCatalog

_Where = app_commands.TranslationContextLocation


def catalog_key(context: app_commands.TranslationContextTypes) -> str | None:
    """Return the catalog key for what Discord asks to translate, or None for what stays as it is."""
    data = context.data
    if context.location is _Where.command_description and isinstance(data, app_commands.Command):
        return f"command.{data.qualified_name}.description"
    if context.location is _Where.command_name and isinstance(data, app_commands.ContextMenu):
        return f"menu.{data.name.lower().replace(' ', '-')}.name"
    if context.location in (_Where.parameter_name, _Where.parameter_description) and isinstance(
        data, app_commands.Parameter
    ):
        part = "name" if context.location is _Where.parameter_name else "description"
        return f"option.{data.name}.{part}"
    return None


class CatalogTranslator(app_commands.Translator):
    """Reads the live catalog on every call, so a reloaded FAQ's messages are used at the next sync."""

    def __init__(self, catalog: Callable[[], MessageCatalog | None]) -> None:
        self._catalog = catalog

    async def translate(
        self, string: app_commands.locale_str, locale: Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        """Return the text in the locale's language, or None to keep the English."""
        language = normalise_locale(locale)
        catalog = self._catalog()
        key = catalog_key(context)
        if catalog is None or key is None or language in (None, DEFAULT_LANGUAGE):
            return None
        assert language is not None
        return catalog.text(key, language) if catalog.has(key, language) else None
