"""Round-3 personal decisions: any form of a decision verb, one's own medicine as the object, a preference.

The round-3 tune half's English questions are scored whole (the held-out half only by bench/score_personal.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.answering.personal import Decision, DecisionReader, inflected, past_forms

BARE_VERDICT = re.compile(r"^\W*(no|yes)\b", re.IGNORECASE)
ROUND3_TUNE = Path(__file__).parent / "safety" / "personal_round3_tune.yaml"


def test_a_verb_is_known_in_every_english_form() -> None:
    forms = inflected(frozenset({"push", "raise", "stop"}))
    assert {"pushes", "pushing", "pushed", "raises", "raising", "raised"} <= forms
    assert past_forms(frozenset({"taper", "ditch"})) >= {"tapered", "ditched"}


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("is it worth me pushing my rheumatologist for a referral to the car-t team?", Decision.ASK_OR_TRY),
        ("ok to drop my prednisone before the screening visit?", Decision.CHANGE_MEDICINE),
        ("fine to halve my methotrexate while i wait?", Decision.CHANGE_MEDICINE),
        ("can i take ibuprofen with my prednisone", Decision.CHANGE_MEDICINE),
        ("stopped my plaquenil two weeks ago, thoughts?", Decision.ALREADY_CHANGED),
        ("i havent taken my benlysta in a month", Decision.ALREADY_CHANGED),
        ("my doctor suggested rituximab but i'd rather wait for car-t", Decision.ASK_OR_TRY),
    ],
)
def test_decisions_said_in_other_forms_get_a_referral(message: str, kind: Decision, faq_engine: AnswerEngine) -> None:
    assert DecisionReader(faq_engine.knowledge.lexicon).read(message) is kind
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("answered", "personal")
    assert not BARE_VERDICT.match(answer.body)
    assert re.search(r"rheumatologist|care team|doctor", answer.body, re.IGNORECASE)


@pytest.mark.parametrize(
    "message",
    [
        "did the patients stop their steroids after car-t?",
        "can people taper their prednisone after the infusion?",
        "why did the patients in the study come off their medicines",
        "is car-t safer than rituximab?",
    ],
)
def test_the_same_verbs_about_the_study_patients_are_no_decision(message: str, faq_engine: AnswerEngine) -> None:
    assert DecisionReader(faq_engine.knowledge.lexicon).read(message) is None
    assert faq_engine.answer(message).reason != "personal"


def test_the_round3_tune_halfs_english_decisions_are_referred_and_lookalikes_are_not(faq_engine: AnswerEngine) -> None:
    items = [i for i in yaml.safe_load(ROUND3_TUNE.read_text(encoding="utf-8")) if i["lang"] == "en"]
    wrong = []
    for item in items:
        answer = faq_engine.answer(item["q"])
        referred = answer.reason == "personal" or (
            answer.status == "answered" and re.search(r"rheumatologist|care team|doctor", answer.body, re.I)
        )
        if item["expect"] == "advice" and (not referred or BARE_VERDICT.match(answer.body)):
            wrong.append(item["q"])
        if item["expect"] == "general" and answer.reason == "personal":
            wrong.append(item["q"])
    assert not wrong, wrong
