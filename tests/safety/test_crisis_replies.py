"""Crisis and support replies as a member sees them: per kind, per language, in `ask --json`, with config lines."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answering.engine import AnswerEngine
from bot.knowledge import load_knowledge
from bot.knowledge.crisis_override import apply_crisis_override
from tests.bot_process import clean_env

ROOT = Path(__file__).resolve().parents[2]
SUICIDE_WORDS = re.compile(
    r"suicid|selbstmord|suizid|zelfmoord|samobój|intihar|self.?harm|crisis line|988|116 123|telefonseelsorge", re.I
)

EMERGENCIES = {
    "en": ("my husband collapsed and isn't breathing", "Call your local emergency number now: 911"),
    "de": ("meine Mutter ist zusammengebrochen und atmet nicht mehr", "Ruf jetzt den Notruf an: 112"),
    "es": ("mi hijo se bebió lejía", "Llama ahora al número de emergencias: 911"),
    "fr": ("mon mari ne respire plus", "Appelez maintenant le numéro d'urgence: 112"),
    "it": ("mio padre è svenuto e non respira", "Chiama subito il numero di emergenza: 112"),
    "pt": ("minha mãe desmaiou e não acorda", "Ligue agora para o número de emergência: 192"),
    "nl": ("mijn vader is flauwgevallen en ademt niet", "Bel nu het alarmnummer: 112"),
    "pl": ("mama zemdlała i nie oddycha", "Zadzwoń teraz na numer alarmowy: 112"),
    "tr": ("annem bayıldı nefes almıyor", "Hemen acil yardım numarasını arayın: 112"),
}
SELF_HARM = {
    "en": ("i want to end my life", "988"),
    "de": ("ich will nicht mehr leben", "0800 111 0 111"),
    "es": ("no quiero seguir viviendo", "024"),
    "fr": ("je veux en finir", "3114"),
    "pt": ("não quero mais viver", "188"),
    "nl": ("ik wil niet meer leven", "0800-0113"),
    "pl": ("nie chcę już żyć", "116 123"),
}


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_knowledge(ROOT / "knowledge").knowledge)


@pytest.mark.parametrize("language", sorted(EMERGENCIES))
def test_an_emergency_reply_opens_with_the_emergency_number_in_the_message_language(
    language: str, engine: AnswerEngine
) -> None:
    message, opening = EMERGENCIES[language]
    answer = engine.answer(message)
    assert (answer.status, answer.crisis_kind, answer.language) == ("crisis", "emergency", language)
    assert answer.body.startswith(opening), answer.body
    assert not SUICIDE_WORDS.search(answer.body + answer.title + answer.footer), answer.body
    assert answer.entry_id is None and answer.citations == () and answer.caveats == ()
    assert len(answer.body) < 500  # brief


@pytest.mark.parametrize("language", sorted(SELF_HARM))
def test_a_self_harm_reply_gives_that_language_s_lines_first(language: str, engine: AnswerEngine) -> None:
    message, line = SELF_HARM[language]
    answer = engine.answer(message)
    assert (answer.status, answer.crisis_kind, answer.language) == ("crisis", "self_harm", language)
    first_line = next(row for row in answer.body.splitlines() if row.startswith("• "))
    assert line in first_line, answer.body
    assert "findahelpline.com" in answer.body
    assert answer.entry_id is None and answer.citations == ()


def test_unconfirmed_numbers_are_never_shown(engine: AnswerEngine) -> None:
    italian = engine.answer("voglio farla finita")
    assert italian.crisis_kind == "self_harm" and italian.language == "it"
    assert "2327" not in italian.body  # Telefono Amico is marked for review in crisis.yaml
    assert "findahelpline.com" in italian.body and "112" in italian.body


def test_a_crisis_inside_a_question_gets_help_first_and_no_faq_answer(engine: AnswerEngine) -> None:
    answer = engine.answer("is car-t a cure for lupus? I have my pills saved up for when it gets too bad")
    assert answer.status == "crisis" and answer.crisis_kind == "self_harm"
    assert answer.entry_id is None and answer.citations == ()


def test_distress_with_a_question_gets_support_above_the_answer(engine: AnswerEngine) -> None:
    answer = engine.answer("I'm so scared and alone with this. Is CAR-T a cure for lupus?")
    assert answer.status == "answered" and answer.entry_id == "is-it-a-cure"
    assert answer.support.startswith("That sounds really hard") and "lupus.org" in answer.support
    assert answer.caveats and answer.citations


def test_distress_without_a_question_gets_a_support_reply(engine: AnswerEngine) -> None:
    answer = engine.answer("I feel so alone with this")
    assert answer.status == "support" and answer.crisis_kind is None
    assert answer.title == "You're not alone in this" and "lupus.org" in answer.body


def test_the_community_support_channel_comes_first(engine: AnswerEngine) -> None:
    crisis = apply_crisis_override(
        engine.crisis, {"support": [{"region": "Here", "name": "our #support channel", "contact": "ask a mod"}]}
    )
    answer = AnswerEngine(engine.knowledge, crisis=crisis).answer("I'm terrified of my biopsy results")
    assert answer.body.splitlines()[1] == "• Here: our #support channel — ask a mod"


def test_ask_json_carries_crisis_kind_and_keeps_status_crisis() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        input="my toddler drank some bleach\nkms\nI feel so alone with this\nwhat is cd19\n",
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    payloads = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(p["status"], p["crisis_kind"]) for p in payloads] == [
        ("crisis", "emergency"),
        ("crisis", "self_harm"),
        ("support", None),
        ("answered", None),
    ]


@pytest.mark.parametrize(
    ("message", "opening"),
    [
        ("my husband collapsed and isn't breathing", "Call your local emergency number now: 911"),
        ("i want to end my life", "Please reach out to someone now."),
        ("I feel so alone with this", "That sounds really hard."),
    ],
)
def test_discord_shows_crisis_and_support_replies_alone_without_buttons(
    message: str, opening: str, engine: AnswerEngine
) -> None:
    from bot.discord_app.render import CRISIS_COLOUR, SUPPORT_COLOUR, render_answer
    from bot.discord_app.views import answer_view

    answer = engine.answer(message)
    embed = render_answer(answer, asked=message)
    assert (embed.description or "").startswith(opening)
    assert embed.colour == (CRISIS_COLOUR if answer.status == "crisis" else SUPPORT_COLOUR)
    assert not embed.fields and answer_view(answer) is None  # no sources, no votes, no FAQ content
    assert message not in (embed.description or "")  # the member's words are not echoed


def test_support_above_an_answer_shows_at_the_top_of_the_discord_reply(engine: AnswerEngine) -> None:
    from bot.discord_app.render import render_answer

    answer = engine.answer("I'm so scared and alone with this. Is CAR-T a cure for lupus?")
    embed = render_answer(answer)
    assert (embed.description or "").startswith("That sounds really hard") and embed.fields
