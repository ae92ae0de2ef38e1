"""A member's language through the emulator: German answers, caveats, buttons, crisis help, autocomplete, commands."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bot.discord_app.client import FaqBot
from tests.e2e.conftest import ask, build_bot, field, labels, make_config, running
from tests.emulator import DiscordEmulator

GERMAN = "de"


async def test_a_german_member_gets_german_text_caveats_and_buttons(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await ask(emu, "Ist CAR-T eine Heilung für Lupus?", locale=GERMAN)
    pack = bot.engine.knowledge.languages[GERMAN]
    embed = cb.embed
    assert embed["title"] == pack.entries["is-it-a-cure"].question
    assert embed["description"].startswith("Das kann man noch nicht sagen.")
    caveats = field(embed, "Bitte beachten")
    for caveat in pack.caveats:
        assert caveat in caveats
    assert "[1]" in field(embed, "Quellen")  # the sources stay as published, in English
    footer = embed["footer"]["text"]
    assert "keine medizinische Beratung" in footer and "Übersetzung noch nicht" in footer
    assert labels(cb.components)[:3] == ["Zitate zeigen", "Hilfreich", "Nicht hilfreich"]
    emu.assert_clean()


async def test_the_language_option_wins_over_the_members_language(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await (await emu.slash_command("lupus-cart", {"language": "fr"}, locale=GERMAN))
    assert cb.embed["title"] == bot.engine.knowledge.languages["fr"].entries["lupus-cart"].question
    assert labels(cb.components)[:3] == ["Voir les citations", "Utile", "Pas utile"]
    english = await (await emu.slash_command("lupus-cart", {"language": "en"}, locale=GERMAN))
    assert english.embed["title"] == bot.engine.knowledge.entry("lupus-cart").question  # type: ignore[union-attr]
    assert labels(english.components)[:3] == ["Show quotes", "Helpful", "Not helpful"]
    emu.assert_clean()


async def test_an_untranslated_answer_is_english_with_a_german_note(emu: DiscordEmulator, bot: FaqBot) -> None:
    pack = bot.engine.knowledge.languages[GERMAN]
    only_asked = pack.entries["cd19"]  # its question and aliases are German, its answer is not translated yet
    assert only_asked.answer is None
    cb = await ask(emu, only_asked.question, locale=GERMAN)
    english = bot.engine.knowledge.entry("cd19")
    assert english is not None and cb.embed["title"] == english.question
    assert cb.embed["description"].startswith("*Diese Antwort gibt es noch nicht auf Deutsch.")
    assert "Bitte beachten" in [f["name"] for f in cb.embed["fields"]]
    emu.assert_clean()


async def test_a_german_member_in_crisis_gets_help_first_in_german(emu: DiscordEmulator, bot: FaqBot) -> None:
    texts = bot.engine.crisis.text(GERMAN)
    cb = await ask(emu, "I want to kill myself", locale=GERMAN)
    assert cb.ephemeral and cb.components == []
    assert cb.embed["title"] == texts.self_harm_title
    assert cb.embed["description"].startswith(texts.self_harm_lead) and "TelefonSeelsorge" in cb.embed["description"]
    emergency = await ask(emu, "Mein Vater ist zusammengebrochen und atmet nicht", locale=GERMAN, private=False)
    assert emergency.ephemeral and emergency.embed["title"] == texts.emergency_title
    assert emergency.embed["description"].startswith(f"{texts.emergency_lead}: 112")
    emu.assert_clean()


async def test_sources_and_about_speak_the_members_language(emu: DiscordEmulator, bot: FaqBot) -> None:
    sources = await (await emu.slash_command("sources", locale=GERMAN))
    text = sources.message.text() if sources.message else ""
    assert sources.ephemeral and "Woher die Antworten dieser FAQ kommen" in text and "Zeitungsartikel" in text
    assert "Nature Medicine" in text  # the sources themselves stay as published
    about = await (await emu.slash_command("about", locale=GERMAN))
    text = about.message.text() if about.message else ""
    assert "Wer diese FAQ pflegt" in text and "Gepflegt von den Moderatorinnen und Moderatoren dieses Servers" in text
    assert "Was gespeichert wird" in text and "keine Werbung" in text and "Who maintains" not in text
    emu.assert_clean()


async def test_autocomplete_suggests_german_questions(emu: DiscordEmulator, bot: FaqBot) -> None:
    cb = await (await emu.autocomplete("faq", {"question": "nebenwirkungen"}, focused="question", locale=GERMAN))
    assert (
        cb.choices and cb.choices[0]["name"] == bot.engine.knowledge.languages[GERMAN].entries["side-effects"].question
    )
    empty = await (await emu.autocomplete("faq", {"question": ""}, focused="question", locale=GERMAN))
    assert "Ist CAR-T eine Heilung für Lupus?" in [c["name"] for c in empty.choices]
    emu.assert_clean()


async def test_a_cooldown_notice_is_in_the_members_language(emu: DiscordEmulator, tmp_path: Path) -> None:
    async with running(emu, build_bot(make_config(tmp_path, cooldown_rate=1, cooldown_per_seconds=30))):
        assert not (await ask(emu, "Ist CAR-T eine Heilung?", locale="es-ES", user="alice")).ephemeral
        slow = await ask(emu, "Ist CAR-T eine Heilung?", locale="es-ES", user="alice")
        assert re.fullmatch(
            r"¡Preguntas muy rápido! Espera (29|30) segundos y vuelve a intentarlo\.", slow.content or ""
        )
    emu.assert_clean()


def _command(emu: DiscordEmulator, name: str) -> dict[str, Any]:
    return next(c for c in emu.registered_commands() if c["name"] == name)


async def test_commands_are_registered_with_descriptions_and_option_names_per_language(
    emu: DiscordEmulator, bot: FaqBot
) -> None:
    faq = _command(emu, "faq")
    assert not faq.get("name_localizations")  # /faq stays /faq
    assert faq["description_localizations"]["de"] == "Stell eine Frage zur CAR-T-Zelltherapie bei Lupus"
    assert faq["description_localizations"]["es-ES"] == faq["description_localizations"]["es-419"]
    options = {o["name"]: o for o in faq["options"]}
    assert options["question"]["name_localizations"]["de"] == "frage"
    assert options["language"]["name_localizations"]["fr"] == "langue"
    assert {c["value"] for c in options["language"]["choices"]} == {"en", "de", "es", "fr"}
    emu.assert_clean()
