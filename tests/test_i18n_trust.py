"""/sources, /about and the terminal's headings in the member's language; English stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.discord_app.render import SOURCES_ENGLISH, render_about, render_sources
from bot.i18n.engine import MultilingualEngine
from bot.knowledge import load_knowledge
from bot.knowledge.loader import LoadResult
from bot.knowledge.readability import SCALES, grade, translated_score, translation_readability_problems
from bot.terminal import render_text
from bot.trust import ENGLISH, TrustInfo


def test_the_english_catalog_holds_the_built_in_english(faq_load: LoadResult) -> None:
    messages = faq_load.knowledge.messages
    assert messages is not None
    for key, english in {**ENGLISH, **SOURCES_ENGLISH}.items():
        assert messages.text(key, "en") == english, key


@pytest.mark.parametrize(
    ("language", "title", "news", "footer"),
    [
        ("de", "Woher die Antworten dieser FAQ kommen", "Zeitungsartikel", "Information, keine medizinische Beratung."),
        ("es", "De dónde salen las respuestas de esta guía", "Noticias", "Información, no consejo médico."),
        ("fr", "D'où viennent les réponses de cette FAQ", "Articles de presse", "Information, pas un avis médical."),
    ],
)
def test_sources_speak_the_members_language(
    faq_load: LoadResult, language: str, title: str, news: str, footer: str
) -> None:
    english = render_sources(faq_load.knowledge)
    embed = render_sources(faq_load.knowledge, language)
    assert (embed.title, embed.fields[0].name, embed.footer.text) == (title, news, footer)

    # The sources themselves are English, as published: the same sources under the translated headings; which
    # copy we hold is said in the language (the moderators' notes are not translated yet).
    def sources(fields: list[str]) -> list[str]:
        return [line.split(" — ")[0] for value in fields for line in value.splitlines()]

    assert sources([f.value or "" for f in embed.fields]) == sources([f.value or "" for f in english.fields])
    assert "our text:" not in " ".join(f.value or "" for f in embed.fields)


def test_sources_in_english_are_unchanged(faq_load: LoadResult) -> None:
    embed = render_sources(faq_load.knowledge)
    assert embed.title == "Where this FAQ's answers come from"
    names = [f.name for f in embed.fields]
    assert names[0] == "News stories" and "Research papers" in names and "News stories (continued)" in names
    assert embed.footer.text == "Information, not medical advice."


def test_about_trust_fields_in_german_keep_the_configs_own_words(faq_load: LoadResult) -> None:
    default = render_about(faq_load.knowledge, TrustInfo(), "de")
    text = "\n".join(f"{f.name}: {f.value}" for f in default.fields)
    assert "Wer diese FAQ pflegt: Gepflegt von den Moderatorinnen und Moderatoren dieses Servers." in text
    assert "keine Werbung" in text and "nie, wer gefragt hat" in text and "für 30 Tage" in text
    assert f"{len(faq_load.knowledge.entries)} Fragen" in text
    own = render_about(faq_load.knowledge, TrustInfo("the Lupus Circle mods", "mods@example.org", "Donations", 0), "de")
    text = "\n".join(f"{f.name}: {f.value}" for f in own.fields)
    assert "Gepflegt von the Lupus Circle mods. So erreichst du sie: mods@example.org." in text
    assert "Donations. Die FAQ enthält keine Werbung" in text and "gar kein Fragetext" in text


def test_a_missing_trust_message_falls_back_to_english(faq_copy: Path) -> None:
    path = faq_copy / "messages" / "fr.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if "trust.stored.title:" not in line), encoding="utf-8")
    knowledge = load_knowledge(faq_copy).knowledge
    names = [f.name for f in render_about(knowledge, TrustInfo(), "fr").fields]
    assert names[0] == "Qui tient cette FAQ à jour" and names[-1] == "What is stored"


def test_the_terminal_headings_follow_the_answers_language(faq_load: LoadResult) -> None:
    multi = MultilingualEngine(AnswerEngine(faq_load.knowledge))
    german = render_text(multi.answer("Ist CAR-T eine Heilung?", "de"), messages=faq_load.knowledge.messages)
    assert "\nBitte beachten:\n" in german and "\nQuellen:\n" in german and "Keep in mind" not in german
    english = render_text(multi.answer("Is CAR-T a cure?", "en"), messages=faq_load.knowledge.messages)
    assert "\nKeep in mind:\n" in english and "\nSources:\n" in english


# --------------------------------------------------------------------------- readability of translations


@pytest.mark.parametrize(
    ("language", "plain", "hard"),
    [
        (
            "de",
            "Das ist ein kurzer Satz. Wir sagen es so. Es ist noch früh.",
            "Die immunologische Charakterisierung autoreaktiver Lymphozytenpopulationen erfordert "
            "hochdifferenzierte durchflusszytometrische Untersuchungsverfahren unterschiedlichster Spezialisierung.",
        ),
        (
            "es",
            "Es un paso. No es una cura. Es muy pronto para saber.",
            "La caracterización inmunológica de poblaciones linfocitarias autorreactivas requiere procedimientos "
            "citométricos extraordinariamente diferenciados e interdisciplinarios.",
        ),
        (
            "fr",
            "C'est un pas. Ce n'est pas une cure. Il est trop tôt.",
            "La caractérisation immunologique des populations lymphocytaires autoréactives nécessite des "
            "procédures cytométriques extraordinairement différenciées et interdisciplinaires.",
        ),
    ],
)
def test_each_language_scale_tells_plain_from_hard(language: str, plain: str, hard: str) -> None:
    scale = SCALES[language]
    assert not scale.too_hard(translated_score(language, plain))
    assert scale.too_hard(translated_score(language, hard))
    assert grade("It is an early step.") < 9  # the English measure is English again afterwards


def test_validate_warns_about_a_hard_translation_with_its_scale(faq_copy: Path, faq_cli) -> None:  # type: ignore[no-untyped-def]
    path = faq_copy / "translations" / "fr" / "entries" / "is-it-a-cure.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("answer: >-\n")
    end = text.index("\n", text.index("[4]", start))
    hard = (
        "answer: >-\n  La caractérisation immunologique des populations lymphocytaires autoréactives nécessite "
        "des procédures cytométriques extraordinairement différenciées [1] et interdisciplinaires [2] [3] [4]."
    )
    path.write_text(text[:start] + hard + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    result = faq_cli("validate", str(faq_copy))
    assert result.returncode == 0, result.stderr
    assert f"is-it-a-cure.yaml:{line}: warning: field 'answer': reads at Kandel–Moles" in result.stderr
    assert "harder than school grade 9; aim for 60 or higher" in result.stderr


def test_the_shipped_translations_read_at_grade_9_or_below(faq_load: LoadResult) -> None:
    assert translation_readability_problems(faq_load.knowledge) == []
