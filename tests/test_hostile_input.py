"""Hostile member input: huge messages, markup, links, broken bytes and identifiers stay bounded and harmless."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.discord_app.render import render_answer, safe_user_text
from bot.storage import Store
from bot.storage.question_text import redact_question
from bot.storage.screen import may_keep_text

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# "I" + a treatment verb, over and over, with no medicine: the shape that made the personal-decision pattern
# cubic (4,000 characters took ~9.5 s before the fix; this one would have taken hours).
HOSTILE = ("i stop " * 20_000)[:100_000]


def test_a_100k_message_is_triaged_and_answered_in_well_under_a_second(faq_engine: AnswerEngine) -> None:
    started = time.perf_counter()
    answer = faq_engine.answer(HOSTILE)
    elapsed = time.perf_counter() - started
    assert answer.status == "no_match"
    assert elapsed < 1.0, f"took {elapsed:.2f} s"
    # A crisis at the start of a long message still gets help first.
    assert faq_engine.answer("i want to die. " + HOSTILE).status == "crisis"


def test_ask_answers_a_100k_line_and_the_lines_after_it(tmp_path: Path) -> None:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        cwd=PROJECT_ROOT,
        input=f"{HOSTILE}\nwhat is cd19\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and '"entry_id": "cd19"' in lines[1]
    assert elapsed < 15, f"took {elapsed:.1f} s (start-up included)"


def test_ask_survives_bytes_that_are_not_utf8_and_answers_the_later_lines() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        cwd=PROJECT_ROOT,
        input=b"what is cd19\n\xff\xfe broken \xc3\nis it a cure\n",
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 3
    assert '"entry_id": "cd19"' in lines[0] and "\ufffd broken" in lines[1]
    assert '"entry_id": "is-it-a-cure"' in lines[2]


def test_user_text_is_clipped_before_it_is_escaped() -> None:
    hostile = "<http" * 20_000  # 100,000 characters: escaping all of them took ~6.6 s
    started = time.perf_counter()
    shown = safe_user_text(hostile)
    assert time.perf_counter() - started < 0.5
    assert 0 < len(shown) <= 200 and shown.startswith("<http")
    underscores = safe_user_text("_" * 500)
    assert len(underscores) <= 200 and underscores.startswith("\\_\\_") and underscores.endswith("…")


def test_links_in_user_text_are_not_clickable_in_a_public_decline(faq_engine: AnswerEngine) -> None:
    asked = "is https://evil.example/free_cure real? see also http://x.example and discord://invite"
    answer = faq_engine.answer(asked)
    assert answer.status == "no_match"
    description = render_answer(answer, asked=asked).description or ""
    assert "https://" not in description and "http://" not in description and "discord://" not in description
    assert "https\u200b://evil.example/free\\_cure" in description


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me on +44 7700 900123 please", "call me on [phone] please"),
        ("my number is (555) 123-4567, thanks", "my number is [phone], thanks"),
        ("text 555.123.4567?", "text [phone]?"),
        ("write to jane.doe@example.org", "write to [email]"),
        ("my member no is 123456 and zip 90210", "my member no is [number] and zip 90210"),
        ("call 07700900123", "call [phone]"),
        ("the 2022-09-15 paper had 5 patients in 2021-2022", "the 2022-09-15 paper had 5 patients in 2021-2022"),
        ("is CD19 on 1,000,000 cells", "is CD19 on 1,000,000 cells"),
    ],
)
def test_redaction_removes_phone_numbers_emails_and_long_numbers(text: str, expected: str) -> None:
    assert redact_question(text) == expected


def test_redaction_of_a_huge_message_is_fast() -> None:
    started = time.perf_counter()
    for hostile in ("1 " * 50_000, "a" * 100_000, "a." * 50_000 + "@"):
        redact_question(hostile)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "i feel so hopeless and alone tonight, what is the weather",
        "nobody would miss me if i was gone, whats the point",
        "i cant cope anymore with any of it",
    ],
)
def test_distress_like_declines_are_not_kept(text: str) -> None:
    assert not may_keep_text(text)


def test_ordinary_declines_are_kept() -> None:
    assert may_keep_text("what's everyone's favourite pizza topping?")
    assert may_keep_text("does CAR-T work for psoriasis")


async def test_sql_parameters_are_never_logged_even_at_debug(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from bot.discord_app.runner import _setup_logging

    _setup_logging("DEBUG")
    secret_question = "zebra-question-text-9876"
    with caplog.at_level(logging.DEBUG):
        async with await Store.open(tmp_path / "db.sqlite3") as store:
            await store.record_answer(guild_id=1, entry_id=None, status="no_match", question=secret_question)
            await store.record_vote(guild_id=1, user_id=42, entry_id="cd19", helpful=True)
    assert logging.getLogger("aiosqlite").getEffectiveLevel() >= logging.INFO
    assert not [r for r in caplog.records if r.name.startswith("aiosqlite")]
    assert secret_question not in caplog.text


def test_about_says_what_is_redacted_and_that_names_are_not() -> None:
    from bot.trust import stored_text

    text = stored_text(30)
    assert "Phone numbers, e-mail addresses, long numbers" in text
    assert "names cannot be found reliably" in text
