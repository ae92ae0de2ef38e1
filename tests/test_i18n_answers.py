"""Answers in German, Spanish and French: translations, staleness, caveats, matching per language, the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.i18n.engine import MultilingualEngine
from bot.i18n.matching import LanguageMatcher
from bot.i18n.normalise import language_tokens
from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.translation_model import entry_fingerprint


def english_only(_text: str) -> str:
    """A language guesser that is never sure (so the member's language is tried first, then English)."""
    return "en"


@pytest.fixture(scope="module")
def multi(faq_load) -> MultilingualEngine:  # type: ignore[no-untyped-def]
    return MultilingualEngine(AnswerEngine(faq_load.knowledge), detect_language=english_only)


def write_translation(root: Path, language: str, entry_id: str, **fields: str) -> Path:
    """Write a translation of an English entry, current unless `translated_from` is given."""
    english = load_knowledge(root).knowledge.entry(entry_id)
    assert english is not None
    values = {
        "id": entry_id,
        "translated_from": entry_fingerprint(english),
        "reviewed": "2026-12-01",
        "reviewed_by": "pending",
        "question": f"Frage {entry_id}?",
        "answer": "Eine Antwort " + "".join(re.findall(r"\[\d+\]", english.answer)) + ".",
    } | fields
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    lines += ["aliases:", f"  - {json.dumps('testfrage ' + entry_id.replace('-', ' '))}"]
    path = root / "translations" / language / "entries" / f"{entry_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_german_answer_has_german_text_caveats_and_an_unreviewed_note(multi: MultilingualEngine) -> None:
    answer = multi.answer("Ist CAR-T eine Heilung für Lupus?", "de")
    assert answer.status == "answered" and answer.entry_id == "is-it-a-cure"
    assert answer.language == "de" and answer.translation == "pending"
    assert answer.title == "Ist CAR-T eine Heilung für Lupus?"
    assert answer.body.startswith("Das kann man noch nicht sagen.")
    pack = multi.knowledge.languages["de"]
    assert answer.caveats[: len(pack.caveats)] == pack.caveats
    assert len(pack.caveats) == len(multi.knowledge.caveats)
    assert any("fünf" in c for c in answer.caveats) and any("Heilung" in c for c in answer.caveats)
    assert "Übersetzung noch nicht" in answer.footer and "Englisch" in answer.footer
    assert [c.source_id for c in answer.citations] == [
        c.source_id
        for c in multi.engine.answer_entry("is-it-a-cure").citations  # type: ignore[union-attr]
    ]


@pytest.mark.parametrize(
    ("language", "question", "entry_id"),
    [
        ("de", "kann man lupus jetzt heilen", "is-it-a-cure"),
        ("es", "¿el lupus ya se puede curar?", "is-it-a-cure"),
        ("fr", "est-ce que le lupus se guérit maintenant avec ça ?", "is-it-a-cure"),
        ("de", "wer bist du eigentlich und was speicherst du", "about-bot"),
        ("es", "¿quién eres y qué guardas?", "about-bot"),
        ("fr", "qui es-tu et que gardes-tu ?", "about-bot"),
    ],
)
def test_questions_match_their_own_languages_aliases(
    multi: MultilingualEngine, language: str, question: str, entry_id: str
) -> None:
    answer = multi.answer(question, language)
    assert (answer.status, answer.entry_id, answer.language) == ("answered", entry_id, language)


def test_a_question_is_never_matched_against_another_languages_aliases(faq_load) -> None:  # type: ignore[no-untyped-def]
    packs = faq_load.knowledge.languages
    spanish = LanguageMatcher(packs["es"], faq_load.knowledge.lexicon)
    german = LanguageMatcher(packs["de"], faq_load.knowledge.lexicon)
    question = "ist das eine heilung"  # a German alias, word for word
    assert german.match(question).entry_id == "is-it-a-cure"
    assert spanish.match(question).entry_id is None


def test_german_compounds_and_hyphens_are_read_as_their_parts(faq_load) -> None:  # type: ignore[no-untyped-def]
    lexicon = faq_load.knowledge.languages["de"].lexicon
    assert language_tokens("de", "CAR-T-Zelltherapie", lexicon) == ("cart",)
    assert language_tokens("de", "Lupus-Patientinnen", lexicon) == ("lupus", "patient")
    assert language_tokens("de", "Lupuspatientinnen", lexicon) == ("lupus", "patient")
    assert language_tokens("de", "Ärzte", lexicon) == language_tokens("de", "Aerzte", lexicon)
    assert language_tokens("de", "Nebenwirkungen", lexicon) == ("sideeffect",)
    spanish = faq_load.knowledge.languages["es"].lexicon
    assert language_tokens("es", "¿Qué efectos secundarios tiene la terapia con células CAR-T?", spanish) == (
        "what",
        "sideeffect",
        "cart",
    )


def test_off_topic_german_question_is_declined_in_german(multi: MultilingualEngine) -> None:
    answer = multi.answer("Wie wird das Wetter morgen in Berlin?", "de")
    assert answer.status == "no_match" and answer.language == "de"
    assert answer.title == "Dazu habe ich nichts in den FAQ"
    assert "Vielleicht hilft dir eine dieser Fragen" in answer.body
    assert answer.suggestions


def test_a_personal_decision_in_german_goes_to_the_referral_entry(multi: MultilingualEngine) -> None:
    answer = multi.answer("Soll ich jetzt mein Kortison absetzen?", "de")
    assert answer.entry_id == "my-treatment"


def test_stale_translation_falls_back_to_english_with_a_note_and_validate_warns(faq_copy: Path, faq_cli) -> None:  # type: ignore[no-untyped-def]
    write_translation(faq_copy, "de", "cd19", question="Was ist CD19?")
    fresh = MultilingualEngine(AnswerEngine(load_knowledge(faq_copy).knowledge), detect_language=english_only)
    assert fresh.answer("Was ist CD19?", "de").body.startswith("Eine Antwort [1]")
    english_file = faq_copy / "entries" / "cd19.yaml"
    english_file.write_text(english_file.read_text("utf-8").replace("answer: >-\n", "answer: >-\n  Updated.\n", 1))
    result = load_knowledge(faq_copy)
    stale = MultilingualEngine(AnswerEngine(result.knowledge), detect_language=english_only).answer(
        "Was ist CD19?", "de"
    )
    assert stale.status == "answered" and stale.entry_id == "cd19"
    assert stale.language == "de" and stale.translation == "stale"
    assert stale.body.startswith("Updated. ")
    assert stale.notice.startswith("Die deutsche Übersetzung dieser Antwort wird gerade überarbeitet")
    assert any("fünf" in c for c in stale.caveats)  # the caveats stay in the member's language
    assert not result.warnings  # a reload after an English edit is not flooded; validate says it (below)
    validated = faq_cli("validate", str(faq_copy))
    assert validated.returncode == 0
    assert re.search(r"language de: .*\d+ out of date \(English shown\): [a-z, -]*\bcd19\b", validated.stderr)
    current = entry_fingerprint(result.knowledge.entry("cd19"))  # type: ignore[arg-type]
    assert (
        f"translations/de/entries/cd19.yaml: warning: field 'translated_from': the English entry changed since "
        f"this translation; re-check it, then set translated_from: {current}"
    ) in validated.stderr


def test_a_language_without_all_caveats_cannot_load(faq_copy: Path) -> None:
    path = faq_copy / "translations" / "fr" / "caveats.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("  - id: not-a-cure")], encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    assert any(
        p.file == str(path) and "cannot load without every caveat; missing: not-a-cure, not-medical-advice" in p.message
        for p in caught.value.problems
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"answer": "Eine Antwort ohne Quelle [3]."}, "same citation markers as the English answer"),
        ({"id": "no-such-entry"}, "is not the id of an English entry"),
    ],
)
def test_a_broken_translation_is_an_error(faq_copy: Path, fields: dict[str, str], expected: str) -> None:
    path = write_translation(faq_copy, "de", "cd19")
    if "id" in fields:
        path.write_text(path.read_text("utf-8").replace('id: "cd19"', f'id: "{fields["id"]}"'), encoding="utf-8")
    else:
        text = re.sub(r'answer: ".*"', "answer: " + json.dumps(fields["answer"]), path.read_text("utf-8"))
        path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    assert any(p.file == str(path) and expected in p.message for p in caught.value.problems), caught.value.problems


def test_autocomplete_offers_german_questions(multi: MultilingualEngine) -> None:
    typed = multi.autocomplete("heilung", "de")
    assert typed and typed[0].question == "Ist CAR-T eine Heilung für Lupus?"
    empty = multi.autocomplete("", "de")
    assert "Ist CAR-T eine Heilung für Lupus?" in {s.question for s in empty}
    assert all(len(s.question) <= 100 for s in empty)


def test_crisis_help_comes_first_in_the_members_language(multi: MultilingualEngine) -> None:
    texts = multi.engine.crisis.text("de")
    answer = multi.answer("I want to kill myself", "de")
    assert (answer.status, answer.crisis_kind, answer.language) == ("crisis", "self_harm", "de")
    assert answer.title == texts.self_harm_title and "TelefonSeelsorge" in answer.body
    emergency = multi.answer("my friend collapsed and is not breathing", "es")
    assert (emergency.status, emergency.crisis_kind, emergency.language) == ("crisis", "emergency", "es")
    assert emergency.body.startswith(multi.engine.crisis.text("es").emergency_lead) and "112" in emergency.body
    assert "suicid" not in emergency.body.lower()
    english = multi.answer("I want to kill myself", "en")
    assert english.language == "en" and "988" in english.body


def test_cli_ask_reports_the_language(faq_cli) -> None:  # type: ignore[no-untyped-def]
    result = faq_cli("ask", "--json", "--lang", "es", "-", stdin="¿CAR-T cura el lupus?\nwhat is cd19\n")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["status"], first["entry_id"], first["language"], first["translation"]) == (
        "answered",
        "is-it-a-cure",
        "es",
        "pending",
    )
    assert first["caveats"][0].startswith("El primer estudio de CAR-T")
    assert (second["entry_id"], second["language"], second["translation"]) == ("cd19", "es", "missing")
    assert second["notice"] == "Esta respuesta aún no está en español, así que aquí está en inglés."
    english = json.loads(faq_cli("ask", "--json", "is it a cure").stdout)
    assert english["language"] == "en" and english["translation"] is None


def test_cli_ask_answers_in_english_unless_a_language_or_auto_is_asked_for(faq_cli) -> None:  # type: ignore[no-untyped-def]
    question = "Ist CAR-T eine Heilung für Lupus?\n"
    default = json.loads(faq_cli("ask", "--json", "-", stdin=question).stdout)
    # Matched through the German aliases, shown in English with the English caveats (as for an English locale).
    assert (default["status"], default["entry_id"], default["language"]) == ("answered", "is-it-a-cure", "en")
    assert default["caveats"][0].startswith("The first study of CAR-T")
    auto = json.loads(faq_cli("ask", "--json", "--lang", "auto", "-", stdin=question).stdout)
    assert (auto["entry_id"], auto["language"]) == ("is-it-a-cure", "de")
    assert auto["caveats"][0].startswith("Die erste Studie")
