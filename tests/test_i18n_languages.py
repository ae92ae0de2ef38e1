"""Languages: locale resolution, the message catalog, and the Discord command translator."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import discord
import pytest
from discord import app_commands

from bot.discord_app.translator import CatalogTranslator, catalog_key
from bot.i18n.locales import normalise_locale, resolve_language
from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.messages import MessageCatalog


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("de", "de"),
        ("es-ES", "es"),
        ("es-419", "es"),
        ("fr", "fr"),
        ("en-GB", "en"),
        ("pt-BR", "pt"),
        (discord.Locale.latin_american_spanish, "es"),
        (discord.Locale.german, "de"),
        ("", None),
        (None, None),
        ("??", None),
    ],
)
def test_discord_locales_map_to_their_language(locale: object, language: str | None) -> None:
    assert normalise_locale(locale) == language


def test_member_locale_wins_over_the_servers_and_the_option_over_both() -> None:
    assert resolve_language(member_locale="de", guild_locale="fr") == "de"
    assert resolve_language(member_locale="pt-BR", guild_locale="es-ES") == "es"  # no Portuguese FAQ: the server's
    assert resolve_language(member_locale="pt-BR", guild_locale="ja") == "en"
    assert resolve_language(override="fr", member_locale="de", guild_locale="es-ES") == "fr"
    assert resolve_language(member_locale="es-419", available=("de",)) == "en"


def test_the_shipped_catalog_translates_every_message(faq_load) -> None:  # type: ignore[no-untyped-def]
    catalog = faq_load.knowledge.messages
    assert catalog is not None
    assert set(catalog.languages) >= {"en", "de", "es", "fr"}
    for language in ("de", "es", "fr"):
        assert catalog.missing(language) == (), language
    assert catalog.text("reply.cooldown", "de", seconds=7) == (
        "Du fragst sehr schnell! Bitte warte 7 Sekunden und versuche es dann noch einmal."
    )


def test_a_missing_message_falls_back_to_english_and_is_listed(faq_copy: Path) -> None:
    path = faq_copy / "messages" / "de.yaml"
    path.write_text(
        "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if "button.helpful:" not in line),
        encoding="utf-8",
    )
    catalog = load_knowledge(faq_copy).knowledge.messages
    assert catalog is not None
    assert catalog.missing("de") == ("button.helpful",)
    assert catalog.text("button.helpful", "de") == "Helpful"
    assert catalog.text("button.not_helpful", "de") == "Nicht hilfreich"


def test_validate_lists_missing_messages_per_language(faq_copy: Path, faq_cli) -> None:  # type: ignore[no-untyped-def]
    path = faq_copy / "messages" / "es.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('  vote.changed: "Gracias, he cambiado tu voto en esta respuesta."\n', ""), "utf-8")
    result = faq_cli("validate", str(faq_copy))
    assert result.returncode == 0, result.stderr
    assert "language es: 1 message(s) not translated (shown in English): vote.changed" in result.stderr
    assert "language de: 0 message(s) not translated" in result.stderr


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('  reply.cooldown: "Bitte warte {sekunden} Sekunden."', "same {placeholders} as English: {seconds}"),
        ('  reply.cooldwn: "Bitte warte."', "is not a message the bot uses (did you mean 'reply.cooldown'?)"),
        ('  option.question.name: "Deine Frage"', "an option name must be lowercase"),
    ],
)
def test_a_broken_message_is_reported_with_its_line(faq_copy: Path, line: str, expected: str) -> None:
    path = faq_copy / "messages" / "de.yaml"
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    problems = [p for p in caught.value.problems if p.file == str(path)]
    assert any(expected in p.message and p.line for p in problems), problems


def _command(name: str) -> app_commands.Command:  # type: ignore[type-arg]
    async def callback(interaction: discord.Interaction, question: str) -> None:  # type: ignore[type-arg]
        return None

    return app_commands.Command(name=name, description="English", callback=callback)


async def test_translator_localises_descriptions_and_option_names_but_not_command_names(faq_load) -> None:  # type: ignore[no-untyped-def]
    translator = CatalogTranslator(lambda: faq_load.knowledge.messages)
    command = _command("faq")
    parameter = command.parameters[0]
    where = app_commands.TranslationContextLocation

    async def ask(
        location: app_commands.TranslationContextLocation, data: object, locale: discord.Locale
    ) -> str | None:
        context = app_commands.TranslationContext(location=location, data=data)  # type: ignore[call-overload]
        return await translator.translate(app_commands.locale_str("x"), locale, context)

    assert await ask(where.command_name, command, discord.Locale.german) is None  # /faq stays /faq
    assert await ask(where.command_description, command, discord.Locale.german) == (
        "Stell eine Frage zur CAR-T-Zelltherapie bei Lupus"
    )
    assert await ask(where.parameter_name, parameter, discord.Locale.german) == "frage"
    assert await ask(where.parameter_name, parameter, discord.Locale.latin_american_spanish) == "pregunta"
    french = await ask(where.parameter_description, parameter, discord.Locale.french)
    assert french is not None and french.startswith("Votre question")
    assert await ask(where.command_description, command, discord.Locale.american_english) is None
    assert await ask(where.command_description, command, discord.Locale.japanese) is None


def test_catalog_key_ignores_what_has_no_translation() -> None:
    context = SimpleNamespace(location=app_commands.TranslationContextLocation.other, data=None)
    assert catalog_key(context) is None  # type: ignore[arg-type]
    assert MessageCatalog().text("button.helpful", "de") == "button.helpful"
