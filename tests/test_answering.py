"""AnswerEngine behaviour a member would notice: caveats and citations, crisis routing, doctor referrals, declines."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from bot.answering import Answer, AnswerEngine
from bot.answering.personal import ALL_REFERRAL_ENTRIES
from bot.knowledge import LoadResult, load_knowledge
from bot.knowledge.crisis_override import apply_crisis_override

PROJECT_ROOT = Path(__file__).resolve().parents[1]
FAQ_EVAL = PROJECT_ROOT.parent / "shared" / "tools" / "faq_eval.py"
MARKER = re.compile(r"\[(\d+)\]")

ORDINARY_QUESTIONS = [
    "what is CAR-T cell therapy",
    "is it a cure",
    "what are the side effects",
    "how is it given",
    "who did the research",
    "what is CD19",
]
CRISIS_MESSAGES = [
    "I took too many pills",
    "my friend is not breathing",
    "i want to kill myself",
    "I want to die",
    "i'm thinking about suicide",
    "I want to hurt myself",
    "she is unconscious",
    "I think I overdosed",
    "i want to kill myself. also is car-t a cure for lupus?",
    "CAR-T sounds great but honestly I want to end my life",
    "I WANT TO KILL MYSELF!!!",
]
EMERGENCY_MESSAGES = {
    "I took too many pills",
    "my friend is not breathing",
    "she is unconscious",
    "I think I overdosed",
}
NOT_CRISIS = [
    "do CAR-T cells kill B cells",
    "can you die from cytokine release syndrome",
    "why does the immune system attack the body",
    "do the car t cells attack healthy cells",
    "how do CAR T cells kill their target",
    "did any patient die in the study",
]
PERSONAL = [
    "should I stop taking my hydroxychloroquine",
    "can I quit prednisone now",
    "is CAR-T right for me",
    "should i stop my meds because of this news",
    "should I get CAR-T",
    "am I a candidate",
]
NEAR_MISSES = [
    "is there a cure for diabetes",
    "what is multiple sclerosis",
    "symptoms of covid",
    "how does chemotherapy work",
    "best pizza in town",
    "",
    "   ",
    "???",
]
HONEST_DECLINE = "I don't have"


def assert_answered_safely(answer: Answer, engine: AnswerEngine) -> None:
    """Check what every answered reply must carry: all caveats, citations with title/outlet/date, valid markers."""
    assert answer.status == "answered"
    assert answer.entry_id is not None
    for caveat in engine.knowledge.caveats:
        assert caveat.text in answer.caveats, f"{answer.entry_id} lacks caveat {caveat.id}"
    assert len(answer.citations) >= 1, answer.entry_id
    assert [c.number for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    for citation in answer.citations:
        assert citation.title.strip() and citation.outlet.strip() and citation.date.strip(), citation
    markers = {int(m) for m in MARKER.findall(answer.body)}
    assert markers, f"{answer.entry_id}: the body cites nothing"
    assert markers <= {c.number for c in answer.citations}, f"{answer.entry_id}: markers {markers}"
    assert answer.title.strip() and answer.body.strip()
    assert "not medical advice" in answer.footer.lower()


# --------------------------------------------------------------------------- answered replies


def test_every_entry_answers_with_caveats_and_citations(faq_engine: AnswerEngine) -> None:
    for entry in faq_engine.knowledge.entries:
        answer = faq_engine.answer_entry(entry.id)
        assert answer is not None
        assert answer.entry_id == entry.id and answer.title == entry.question
        assert_answered_safely(answer, faq_engine)
        assert answer.reviewed == entry.reviewed.isoformat()
        assert [r.entry_id for r in answer.related] == list(entry.related)


@pytest.mark.parametrize("question", ORDINARY_QUESTIONS)
def test_matched_questions_carry_caveats_and_citations(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert_answered_safely(answer, faq_engine)
    assert answer.question == question
    assert answer.reason == "match"
    assert answer.score >= faq_engine.policy.answer_at


def test_entry_specific_caveats_come_after_the_global_ones(faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    entry = kb.entries[0]
    extra = "Extra caveat for this entry only."
    patched = type(kb)(
        sources=kb.sources,
        caveats=kb.caveats,
        entries=(type(entry)(**{**entry.__dict__, "caveats": (extra,)}), *kb.entries[1:]),
        crisis=kb.crisis,
    )
    answer = AnswerEngine(patched).answer_entry(entry.id)
    assert answer is not None
    assert answer.caveats == (*(c.text for c in kb.caveats), extra)


def test_runners_up_never_repeat_the_answer(faq_engine: AnswerEngine) -> None:
    for question in [*ORDINARY_QUESTIONS, *NOT_CRISIS, "car t", "lupus", "b cells"]:
        answer = faq_engine.answer(question)
        if answer.status == "answered":
            ids = [s.entry_id for s in answer.suggestions]
            assert answer.entry_id not in ids, question
            assert len(ids) == len(set(ids)) <= faq_engine.policy.max_suggestions, question


def test_headline_is_the_lupus_cart_entry(faq_engine: AnswerEngine) -> None:
    headline = faq_engine.headline()
    assert headline.entry_id == "lupus-cart"
    assert_answered_safely(headline, faq_engine)


def test_answer_entry_for_an_unknown_id_is_none(faq_engine: AnswerEngine) -> None:
    assert faq_engine.answer_entry("no-such-entry") is None
    assert faq_engine.answer_entry("") is None


def test_very_long_message_is_answered_without_error(faq_engine: AnswerEngine) -> None:
    question = "what are the side effects of car t for lupus " + "and I am rambling on " * 100
    answer = faq_engine.answer(question)
    assert answer.question == question
    assert answer.status in ("answered", "no_match")


def test_question_followed_by_personal_context_is_answered(faq_engine: AnswerEngine) -> None:
    question = (
        "what are the side effects of car t for lupus? I have been sick for ten years, tried every medication "
        "my rheumatologist offered, and I am exhausted by the fatigue and joint pain. My sister told me about it."
    )
    answer = faq_engine.answer(question)
    assert answer.entry_id == "side-effects", (answer.status, answer.reason)


# --------------------------------------------------------------------------- crisis


@pytest.mark.parametrize("message", CRISIS_MESSAGES)
def test_crisis_messages_get_help_and_no_faq_content(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert answer.status == "crisis"
    emergency = message in EMERGENCY_MESSAGES
    assert answer.crisis_kind == ("emergency" if emergency else "self_harm")
    for number in ("911", "112", *(() if emergency else ("988", "116 123"))):
        assert number in answer.body, number
    assert answer.entry_id is None
    assert answer.citations == () and answer.caveats == ()
    assert answer.suggestions == () and answer.related == ()
    assert not MARKER.search(answer.body)
    faq_text = " ".join(e.answer for e in faq_engine.knowledge.entries)
    assert not any(sentence in answer.body for sentence in re.split(r"(?<=\.) ", faq_text) if len(sentence) > 30)


def test_crisis_reply_uses_the_community_lines(faq_load: LoadResult) -> None:
    line = {"region": "Testland", "name": "Test Line", "contact": "Call 555 0100"}
    override = {"message": "We are here for you.", "lines": [line]}
    custom = apply_crisis_override(faq_load.knowledge.crisis, override)
    engine = AnswerEngine(faq_load.knowledge, crisis=custom)
    answer = engine.answer("i want to kill myself")
    assert answer.status == "crisis"
    assert "Call 555 0100" in answer.body and "We are here for you." in answer.body
    assert "988" not in answer.body


@pytest.mark.parametrize("question", NOT_CRISIS)
def test_ordinary_questions_with_alarming_words_are_not_crisis(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert answer.status != "crisis"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("do CAR-T cells kill B cells", "what-is-car-t"),
        ("can you die from cytokine release syndrome", "side-effects"),
    ],
)
def test_alarming_words_still_find_their_entry(question: str, entry_id: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert answer.entry_id == entry_id
    assert_answered_safely(answer, faq_engine)


# --------------------------------------------------------------------------- personal treatment decisions


@pytest.mark.parametrize("question", PERSONAL)
def test_personal_treatment_questions_go_to_the_doctor(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert answer.entry_id in ALL_REFERRAL_ENTRIES and answer.reason == "personal"
    assert_answered_safely(answer, faq_engine)
    assert re.search(r"doctor|rheumatologist", answer.body, re.IGNORECASE)


# --------------------------------------------------------------------------- declines


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_out_of_scope_questions_are_declined_honestly(question: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(question)
    assert answer.status == "no_match", (answer.entry_id, answer.score)
    assert HONEST_DECLINE in answer.body
    assert answer.entry_id is None
    assert answer.citations == () and answer.caveats == ()
    assert 1 <= len(answer.suggestions) <= 5
    ids = {e.id for e in faq_engine.knowledge.entries}
    assert {s.entry_id for s in answer.suggestions} <= ids
    assert all(s.question for s in answer.suggestions)
    assert "doctor" in answer.footer or "rheumatologist" in answer.footer


def test_empty_question_offers_examples(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("")
    assert answer.reason == "empty"
    assert answer.suggestions == faq_engine.examples


# --------------------------------------------------------------------------- autocomplete


@pytest.mark.parametrize(
    ("partial", "wanted"),
    [
        ("cu", {"is-it-a-cure"}),
        ("sid", {"side-effects"}),
        ("cd", {"cd19"}),
        ("lup", {"lupus-cart", "what-is-lupus"}),
        ("side eff", {"side-effects"}),
        ("how is it gi", {"how-is-it-given"}),
        ("vacc", {"vaccine-immunity"}),
        ("cost", {"cost-manufacturing"}),
        ("b c", {"b-cells"}),
    ],
)
def test_autocomplete_puts_the_relevant_entry_in_the_top_five(
    partial: str, wanted: set[str], faq_engine: AnswerEngine
) -> None:
    suggestions = faq_engine.autocomplete(partial)
    assert wanted & {s.entry_id for s in suggestions[:5]}, [s.entry_id for s in suggestions[:5]]


@pytest.mark.parametrize("partial", ["", "cu", "lup", "what", "a", "car t lupus " * 20, "🦋", "x" * 300])
def test_autocomplete_respects_discord_limits(partial: str, faq_engine: AnswerEngine) -> None:
    suggestions = faq_engine.autocomplete(partial)
    assert len(suggestions) <= 25
    assert all(0 < len(s.question) <= 100 for s in suggestions)
    ids = [s.entry_id for s in suggestions]
    assert len(ids) == len(set(ids))


def test_autocomplete_on_empty_input_starts_with_the_headline(faq_engine: AnswerEngine) -> None:
    for partial in ("", "   "):
        suggestions = faq_engine.autocomplete(partial)
        assert suggestions[0].entry_id == "lupus-cart"
        assert len(suggestions) == min(25, len(faq_engine.knowledge.entries))


def test_autocomplete_honours_a_smaller_limit(faq_engine: AnswerEngine) -> None:
    assert len(faq_engine.autocomplete("", limit=5)) == 5
    assert len(faq_engine.autocomplete("lup", limit=3)) <= 3


def test_autocomplete_is_best_first(faq_engine: AnswerEngine) -> None:
    scores = [s.score for s in faq_engine.autocomplete("what is")]
    assert scores == sorted(scores, reverse=True)


# --------------------------------------------------------------------------- determinism and JSON


@pytest.mark.parametrize("question", [*ORDINARY_QUESTIONS, *NEAR_MISSES, CRISIS_MESSAGES[0], PERSONAL[0]])
def test_the_same_question_gives_an_equal_answer(question: str, faq_engine: AnswerEngine) -> None:
    first = faq_engine.answer(question)
    assert faq_engine.answer(question) == first
    other = AnswerEngine(load_knowledge(PROJECT_ROOT / "knowledge").knowledge)
    assert other.answer(question) == first
    assert other.autocomplete(question[:3]) == faq_engine.autocomplete(question[:3])


def _documented_fields() -> set[str]:
    """Read the fields faq_eval.py's docstring requires; fall back to its known list if the tool is absent."""
    if not FAQ_EVAL.exists():
        return {"status", "answer", "caveats", "citations"}
    spec = importlib.util.spec_from_file_location("faq_eval_doc", FAQ_EVAL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fields = set(re.findall(r"^ {4}(\w+) {2,}\S", module.__doc__ or "", re.MULTILINE))
    assert fields, "faq_eval.py's docstring lists no fields"
    return fields


EXTRA_FIELDS = {"question", "entry_id", "score", "title", "suggestions", "related", "footer", "reason", "also_asked"}
EXTRA_FIELDS |= {"language", "translation", "notice"}  # bot.i18n: the language of the reply
EXTRA_FIELDS |= {"crisis_kind", "support"}  # bot.safety: the kind of crisis reply, support above an answer


@pytest.mark.parametrize("question", ["is it a cure", "best pizza in town", "i want to kill myself"])
def test_json_shape_matches_the_eval_tool(question: str, faq_engine: AnswerEngine) -> None:
    payload = faq_engine.answer(question).to_json()
    assert set(payload) == _documented_fields() | EXTRA_FIELDS
    assert payload["status"] in ("answered", "no_match", "crisis", "support")
    assert isinstance(payload["answer"], str) and payload["answer"]
    assert isinstance(payload["caveats"], list) and all(isinstance(c, str) for c in payload["caveats"])
    assert isinstance(payload["citations"], list)
    for citation in payload["citations"]:
        assert isinstance(citation, dict)
        assert set(citation) == {"number", "source", "title", "outlet", "date", "url", "quote", "copy"}
    assert isinstance(payload["suggestions"], list) and isinstance(payload["related"], list)
    assert isinstance(payload["score"], int | float)


@pytest.mark.parametrize(
    "question",
    ["are they still taking medication", "did the patients stop their meds", "what medication did they take"],
)
def test_questions_about_the_study_patients_medication_are_not_sent_to_the_doctor(
    question: str, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(question)
    assert answer.status == "answered"
    assert answer.entry_id not in ALL_REFERRAL_ENTRIES


def test_an_entry_answer_is_its_template_with_the_questions_part_filled_in(faq_engine: AnswerEngine) -> None:
    """compose_entry copies the entry's composed template and sets four fields, without running Answer.__init__
    again (speed): the same Answer as dataclasses.replace gives, and nothing of one answer leaks into the next."""
    from dataclasses import fields, replace

    from bot.answering.compose import compose_entry

    assert not hasattr(Answer, "__post_init__")  # the copy would skip a check added there: use replace() then
    entry = faq_engine.knowledge.entries[0]
    first = compose_entry(faq_engine.knowledge, entry, question="q one", score=88.5, reason="match")
    second = compose_entry(faq_engine.knowledge, entry, question="q two", score=61.0, reason="personal")
    assert (first.question, first.score, first.reason) == ("q one", 88.5, "match")
    assert (second.question, second.score, second.reason) == ("q two", 61.0, "personal")
    assert replace(first, question="q two", score=61.0, reason="personal") == second
    assert [f.name for f in fields(Answer)] == list(vars(second))  # every field set, in order (same repr)
    assert first.body.startswith(entry.answer.strip()[:20]) and first.citations
