"""`python -m bot ask`: what a moderator sees when trying the FAQ offline, as text and as JSON lines."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.answering import AnswerEngine

FaqCli = Callable[..., subprocess.CompletedProcess[str]]


def squash(text: str) -> str:
    """Collapse whitespace so wrapped terminal lines compare with the original text."""
    return " ".join(text.split())


TINY_CRISIS = """\
emergency_numbers:
  - {region: Tinyland, number: "555 0911"}
crisis_lines:
  - {region: Tinyland, name: Tiny Helpline, contact: Call 555 0199}
directory: {region: Anywhere else, name: Tiny Directory, contact: tiny.example}
texts:
  en:
    emergency_title: Get help now
    emergency_lead: Call your local emergency number now
    emergency_steps: Stay with the person.
    self_harm_title: You are not alone
    self_harm_lead: "Talk to someone now:"
    self_harm_kind: Tiny crisis message.
    self_harm_danger: In danger, call
    elsewhere: Anywhere else
    support_title: Not alone
    support_text: "Talk to others:"
    footer: Reach a person now.
"""


def write_tiny_faq(root: Path) -> Path:
    """Write a minimal valid FAQ: the three files and the two required entries, plus one about butterflies."""
    (root / "entries").mkdir(parents=True)
    (root / "sources.yaml").write_text(
        "sources:\n"
        "  - id: tiny-paper\n"
        "    kind: paper\n"
        "    outlet: Tiny Journal\n"
        '    title: "A tiny paper about butterflies"\n'
        '    date: "2024-05-01"\n'
        "    url: https://example.org/tiny\n",
        encoding="utf-8",
    )
    (root / "caveats.yaml").write_text(
        "caveats:\n"
        "  - id: tiny-five\n"
        '    text: "Only five butterflies were counted, early results, not a cure for anything."\n',
        encoding="utf-8",
    )
    (root / "crisis.yaml").write_text(TINY_CRISIS, encoding="utf-8")
    (root / "lexicon.yaml").write_text(
        "filler_words: [a, the, is, are, of, it, this]\nquestion_words: [what, why, how, who]\n", encoding="utf-8"
    )
    entries = {
        "lupus-cart": ("What is the tiny headline?", ["tiny headline", "tiny news"], "The tiny headline [1]."),
        "my-treatment": (
            "Should I change my medication?",
            ["should i stop my meds"],
            "Ask your doctor or rheumatologist [1].",
        ),
        "butterflies": (
            "Why are butterflies the symbol of lupus?",
            ["butterfly symbol", "why a butterfly"],
            "Because of the butterfly-shaped rash across the cheeks [1].",
        ),
    }
    for entry_id, (question, aliases, answer) in entries.items():
        alias_lines = "".join(f"  - {alias}\n" for alias in aliases)
        (root / "entries" / f"{entry_id}.yaml").write_text(
            f"id: {entry_id}\nquestion: {question}\naliases:\n{alias_lines}answer: {answer}\n"
            "citations:\n  - source: tiny-paper\nreviewed: 2026-11-01\n",
            encoding="utf-8",
        )
    return root


@pytest.fixture
def tiny_faq(tmp_path: Path) -> Path:
    return write_tiny_faq(tmp_path / "tiny")


# --------------------------------------------------------------------------- ask, as text


def test_ask_prints_title_answer_caveats_and_sources(faq_cli: FaqCli, faq_engine: AnswerEngine) -> None:
    result = faq_cli("ask", "is car-t a cure for lupus")
    assert result.returncode == 0, result.stderr
    expected = faq_engine.answer("is car-t a cure for lupus")
    assert expected.status == "answered"
    out = result.stdout
    assert out.splitlines()[0] == expected.title
    assert squash(expected.body) in squash(out)
    assert "Keep in mind:" in out
    for caveat in expected.caveats:
        assert squash(caveat) in squash(out), caveat
    assert "Sources:" in out
    for citation in expected.citations:
        assert f"[{citation.number}] {citation.outlet}" in out
        assert citation.title in out
    assert out.index("Keep in mind:") < out.index("Sources:")
    assert "not medical advice" in out


def test_ask_declines_with_example_questions(faq_cli: FaqCli) -> None:
    result = faq_cli("ask", "what is the best pizza in town")
    assert result.returncode == 0
    assert "I don't have" in result.stdout
    assert "Keep in mind:" not in result.stdout and "Sources:" not in result.stdout
    assert result.stdout.count("You could try one of these questions:") == 1
    assert "Questions I can answer:" not in result.stdout
    assert "  - Is CAR-T a cure for lupus?" in result.stdout


def test_ask_crisis_shows_help_lines_only(faq_cli: FaqCli) -> None:
    result = faq_cli("ask", "i want to kill myself")
    assert result.returncode == 0
    assert "988" in result.stdout and "116 123" in result.stdout
    assert "Keep in mind:" not in result.stdout and "Sources:" not in result.stdout


def test_ask_uses_the_community_crisis_lines_from_config(faq_cli: FaqCli, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "crisis:\n  lines:\n    - {region: Testland, name: Test Line, contact: Call 555 0123}\n", encoding="utf-8"
    )
    result = faq_cli("ask", "--config", str(config), "I want to end my life")
    assert result.returncode == 0, result.stderr
    assert "Call 555 0123" in result.stdout and "988" not in result.stdout


# --------------------------------------------------------------------------- ask, as JSON


def test_ask_json_prints_one_object_with_the_fields(faq_cli: FaqCli, faq_engine: AnswerEngine) -> None:
    question = "what are the side effects"
    result = faq_cli("ask", "--json", question)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    payload = json.loads(lines[0])
    assert {"status", "answer", "caveats", "citations", "entry_id", "question"} <= set(payload)
    assert payload == faq_engine.answer(question).to_json()
    assert payload["status"] == "answered" and payload["citations"] and payload["caveats"]


def test_ask_json_from_stdin_answers_every_line_in_order(faq_cli: FaqCli) -> None:
    questions = ["is it a cure", "best pizza in town", "i want to die"]
    result = faq_cli("ask", "--json", "-", stdin="".join(q + "\n" for q in questions))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    payloads = [json.loads(line) for line in lines]
    assert [p["question"] for p in payloads] == questions
    assert [p["status"] for p in payloads] == ["answered", "no_match", "crisis"]


def test_ask_from_stdin_without_final_newline_and_with_unicode(faq_cli: FaqCli) -> None:
    result = faq_cli("ask", "--json", "-", stdin="was ist CAR-T? 🦋\nis it a cure")
    assert result.returncode == 0, result.stderr
    payloads = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["question"] for p in payloads] == ["was ist CAR-T? 🦋", "is it a cure"]


def test_ask_text_from_stdin_answers_each_line(faq_cli: FaqCli, faq_engine: AnswerEngine) -> None:
    result = faq_cli("ask", "-", stdin="what is cd19\nwho did the research\n")
    assert result.returncode == 0, result.stderr
    first, second = (faq_engine.answer(q).title for q in ("what is cd19", "who did the research"))
    assert result.stdout.index(first) < result.stdout.index(second)


# --------------------------------------------------------------------------- another FAQ folder


def test_ask_with_another_knowledge_folder(faq_cli: FaqCli, tiny_faq: Path) -> None:
    result = faq_cli("ask", "--json", "--knowledge", str(tiny_faq), "-", stdin="why a butterfly\nwhat is cd19\n")
    assert result.returncode == 0, result.stderr
    butterfly, cd19 = (json.loads(line) for line in result.stdout.splitlines())
    assert butterfly["status"] == "answered" and butterfly["entry_id"] == "butterflies"
    assert butterfly["citations"][0]["outlet"] == "Tiny Journal"
    assert butterfly["caveats"] == ["Only five butterflies were counted, early results, not a cure for anything."]
    assert cd19["status"] == "no_match"


def test_tiny_faq_crisis_lines_come_from_its_crisis_file(faq_cli: FaqCli, tiny_faq: Path) -> None:
    result = faq_cli("ask", "--knowledge", str(tiny_faq), "i want to kill myself")
    assert result.returncode == 0, result.stderr
    assert "Call 555 0199" in result.stdout and "988" not in result.stdout


def test_tiny_faq_is_valid(faq_cli: FaqCli, tiny_faq: Path) -> None:
    result = faq_cli("validate", str(tiny_faq))
    assert result.returncode == 0, result.stderr
    assert "3 entries, 1 sources, 5 aliases" in result.stdout


def test_ask_with_an_invalid_faq_fails_with_problems_on_stderr(faq_cli: FaqCli, tiny_faq: Path) -> None:
    path = tiny_faq / "entries" / "butterflies.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("question:", "qestion:"), encoding="utf-8")
    result = faq_cli("ask", "--json", "--knowledge", str(tiny_faq), "why a butterfly")
    assert result.returncode != 0
    assert result.stdout == ""
    assert f"{path}:2" in result.stderr and "did you mean 'question'" in result.stderr
    assert "The FAQ is not valid" in result.stderr


def test_ask_with_a_missing_folder_fails(faq_cli: FaqCli, tmp_path: Path) -> None:
    result = faq_cli("ask", "--knowledge", str(tmp_path / "missing"), "is it a cure")
    assert result.returncode != 0
    assert "does not exist" in result.stderr


def test_ask_json_from_stdin_answers_blank_lines_too(faq_cli: FaqCli) -> None:
    result = faq_cli("ask", "--json", "-", stdin="is it a cure\n\n   \nwhat is cd19\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["is it a cure", "", "   ", "what is cd19"]
    assert [r["status"] for r in rows] == ["answered", "no_match", "no_match", "answered"]
