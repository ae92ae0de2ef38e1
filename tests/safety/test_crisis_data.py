"""knowledge/crisis.yaml is validated like the FAQ: every problem names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.problems import Problem


def _break(faq_copy: Path, old: str, new: str) -> tuple[Problem, ...]:
    path = faq_copy / "crisis.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    return tuple(p for p in caught.value.problems if p.severity == "error")


def _line_of(faq_copy: Path, needle: str) -> int:
    lines = (faq_copy / "crisis.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if needle in line)


def test_the_shipped_crisis_file_is_valid_and_complete() -> None:
    crisis = load_knowledge(Path(__file__).resolve().parents[2] / "knowledge").knowledge.crisis
    assert set(crisis.texts) == {"en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr"}
    assert {n.number for n in crisis.emergency} >= {"911", "112", "999 or 112"}
    contacts = " ".join(line.contact for line in crisis.lines)
    for number in ("988", "116 123", "SHOUT to 85258", "0800 111 0 111", "0800 111 0 222", "024", "3114", "0800-0113"):
        assert number in contacts, number
    assert crisis.directory.contact == "findahelpline.com"


def test_a_missing_contact_is_named_with_file_line_and_field(faq_copy: Path) -> None:
    problems = _break(faq_copy, "    contact: Call 116 123 (free, any time)\n", "")
    [problem] = problems
    assert problem.file.endswith("crisis.yaml") and problem.field == "crisis_lines[3].contact"
    assert problem.line == _line_of(faq_copy, "region: United Kingdom & Ireland")
    assert "required" in problem.message


def test_an_unknown_field_is_named(faq_copy: Path) -> None:
    problems = _break(faq_copy, "    name: Shout\n", "    name: Shout\n    phone: 85258\n")
    [problem] = problems
    assert problem.field == "crisis_lines[4].phone" and problem.line == _line_of(faq_copy, "phone: 85258")


def test_a_bad_language_list_is_named(faq_copy: Path) -> None:
    problems = _break(faq_copy, "    languages: [de]\n", "    languages: German\n")
    [problem] = problems
    assert problem.field.endswith(".languages") and "two-letter" in problem.message
    assert problem.line == _line_of(faq_copy, "languages: German")


def test_a_missing_reply_text_is_named(faq_copy: Path) -> None:
    problems = _break(faq_copy, "    emergency_lead: Ruf jetzt den Notruf an\n", "")
    [problem] = problems
    assert problem.field == "texts.de.emergency_lead" and "required" in problem.message


def test_english_texts_are_required(faq_copy: Path) -> None:
    problems = _break(faq_copy, "texts:\n  en:\n", "texts:\n  xx:\n")
    assert any(p.field == "texts" and "'en'" in p.message for p in problems)


def test_an_unconfirmed_number_is_kept_but_flagged(faq_copy: Path) -> None:
    crisis = load_knowledge(faq_copy).knowledge.crisis
    flagged = [line for line in crisis.lines if line.review]
    assert flagged and all(line.contact for line in flagged)  # shown only once a moderator removes the flag


def test_review_must_be_true_or_false(faq_copy: Path) -> None:
    [problem] = _break(faq_copy, "    review: true\n", "    review: maybe\n")
    assert problem.field.endswith(".review") and "true or false" in problem.message
