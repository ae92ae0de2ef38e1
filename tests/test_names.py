"""One name per concept inside the code, and the external names that must not move.

A decline is `Status.DECLINED` in the code; `python -m bot ask --json` (read by the evaluation tools) and the
stored counts keep calling it "no_match". Every `reason` an engine gives is one of the declared `Reason` values.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Literal, get_args, get_origin

from bot.answering import AnswerEngine
from bot.answering.answer import COUNTED_STATUSES, MatchReason, Reason, Status
from bot.i18n.engine import MultilingualEngine
from bot.storage import Store


def _literal_values(alias: object) -> set[str]:
    """The strings of a Literal alias, nested Literals opened up."""
    values: set[str] = set()
    for arg in get_args(alias):
        if get_origin(arg) is Literal:
            values |= _literal_values(arg)
        else:
            values.add(arg)
    return values


def test_statuses_keep_their_external_names() -> None:
    # The names `ask --json` prints and ../shared/tools/faq_eval.py reads ("support" counts there as a decline).
    assert {status.value for status in Status} == {"answered", "no_match", "crisis", "support"}
    assert Status.DECLINED.value == "no_match"
    assert {status.value for status in COUNTED_STATUSES} == {"answered", "no_match", "crisis"}


def test_a_decline_is_no_match_in_json(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("what's the best pizza in town")
    assert answer.status is Status.DECLINED
    payload = answer.to_json()
    assert type(payload["status"]) is str and payload["status"] == "no_match"
    assert json.loads(json.dumps(payload))["status"] == "no_match"


# One message for each reason the engines give (the translated-alias engine for the last ones).
REASONS = {
    "cd19 car-t": "match",
    "would car t work for me": "personal",
    "asdfghjkl": "weak",
    "what causes psoriasis": "off_topic",
    "hi": "greeting",
    "how well does CAR-T work in myeloma?": "other_disease",
    "Ile trwała remisja?": "language",
    "I want to die": "crisis",
    "I feel so alone with this": "distress",
}


def test_every_reason_is_a_declared_one(faq_engine: AnswerEngine) -> None:
    declared = _literal_values(Reason)
    assert _literal_values(MatchReason) <= declared and "entry" in declared
    got = {question: faq_engine.answer(question).reason for question in REASONS}
    assert got == REASONS
    assert set(got.values()) <= declared
    assert faq_engine.headline().reason == "entry"
    multilingual = MultilingualEngine(faq_engine)
    assert multilingual.answer("Hallo!", "de").reason == "empty"
    assert multilingual.answer("Qui es-tu ?", "fr").reason in declared


async def test_a_decline_is_stored_as_no_match(tmp_path: Path) -> None:
    path = tmp_path / "faq.sqlite3"
    store = await Store.open(path)
    try:
        await store.record_answer(guild_id=1, entry_id=None, status=Status.DECLINED, question="Is it in Ohio?")
        await store.record_answer(guild_id=1, entry_id="what-is-cart", status=Status.ANSWERED, question=None)
        await store.record_answer(guild_id=1, entry_id=None, status=Status.SUPPORT, question="not kept")
    finally:
        await store.close()
    conn = sqlite3.connect(path)
    try:
        rows = sorted(conn.execute("SELECT entry_id, status, typeof(status), count FROM answer_counts").fetchall())
        kept = conn.execute("SELECT text FROM declined_questions").fetchall()
    finally:
        conn.close()
    assert rows == [("", "no_match", "text", 1), ("what-is-cart", "answered", "text", 1)]
    assert kept == [("Is it in Ohio?",)]
