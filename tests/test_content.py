"""Issue 10: the medical content itself. One regression test per answer that used to mislead, plus the rules
every entry must keep (no bare yes/no opening, dated, reviewed, caveats that read right under any answer)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.knowledge import LoadResult
from bot.knowledge.loader import PERSONAL_TREATMENT_ENTRY

BARE_VERDICT = re.compile(r"^\W*(no|yes)\b", re.IGNORECASE)

# The referral texts (issue 10 item 1) are rewritten by the personal-decision work; their own tests check them.
NOT_MINE = {PERSONAL_TREATMENT_ENTRY}


def _ask(engine: AnswerEngine, question: str) -> tuple[str | None, str]:
    answer = engine.answer(question)
    return answer.entry_id, answer.body


def test_no_answer_opens_with_a_bare_yes_or_no(faq_load: LoadResult) -> None:
    """An alias that asks something else ("is this old news") would get a wrong 'Yes'."""
    opening = {e.id: e.answer[:40] for e in faq_load.knowledge.entries if e.id not in NOT_MINE}
    assert not {eid: text for eid, text in opening.items() if BARE_VERDICT.match(text)}


# A one-word verdict is a yes or no in other words: "Possibly." to "which other diseases could it treat", "It can, but
# rarely" to "is the cancer risk the same in lupus". Every answer opens with a fact.
VERDICT_IN_OTHER_WORDS = re.compile(
    r"^\W*(possibly|maybe|probably|perhaps|definitely|it can|it does|it is|it will)\b\W", re.IGNORECASE
)


def test_no_answer_opens_with_a_verdict_in_other_words(faq_load: LoadResult) -> None:
    opening = {e.id: e.answer[:40] for e in faq_load.knowledge.entries}
    assert not {eid: text for eid, text in opening.items() if VERDICT_IN_OTHER_WORDS.match(text)}


def test_no_alias_gets_an_answer_that_opens_with_yes_or_no(faq_engine: AnswerEngine, faq_load: LoadResult) -> None:
    """Served for any of an entry's aliases, the answer never opens with a verdict the alias did not ask for."""
    bad = []
    for entry in faq_load.knowledge.entries:
        for alias in entry.aliases:
            got = faq_engine.answer(alias)
            if got.status == "answered" and got.entry_id not in NOT_MINE and BARE_VERDICT.match(got.body):
                bad.append((alias, got.entry_id, got.body[:30]))
    assert not bad


@pytest.mark.parametrize(
    ("question", "entry_id", "must"),
    [
        # "does it cause cancer" and "is it a cancer drug" are different questions with different entries
        ("does CAR-T cause cancer?", "secondary-cancer", "boxed warning"),
        ("can car t give you cancer", "secondary-cancer", "18 April 2024"),
        ("is it a cancer drug", "cancer-therapy", "blood cancers"),
        # relapse, not how long remission lasted: the relapse entry says what is known about relapse
        ("has anyone relapsed", "relapse", "plasma cells"),
        ("did anyone relapse after car t", "relapse", "plasma cells"),
        ("how long did the remission last", "follow-up-duration", "median of 8 months"),
        # the B cells coming back is its own question
        ("what happened when the b cells came back", "b-cells-return", "110 days"),
    ],
)
def test_neighbouring_topics_go_to_their_own_entries(
    faq_engine: AnswerEngine, question: str, entry_id: str, must: str
) -> None:
    got, body = _ask(faq_engine, question)
    assert got == entry_id
    assert must in body
    assert not BARE_VERDICT.match(body)


def test_secondary_cancer_says_rare_and_unknown_in_lupus(faq_load: LoadResult) -> None:
    entry = faq_load.knowledge.entry("secondary-cancer")
    assert entry is not None
    assert "rare" in entry.answer.lower() and "not known" in entry.answer
    # the fact first: "It can, but rarely" read as a yes to "is the cancer risk the same for lupus patients"
    assert entry.answer.startswith("Rare T-cell cancers")
    assert "As of 2024, the risk after CAR-T for lupus was not known" in entry.answer
    assert [c.source_id for c in entry.citations] == ["fda-2024-boxed-warning"]


def test_pregnancy_question_is_not_answered_by_vaccines(faq_engine: AnswerEngine) -> None:
    got, body = _ask(faq_engine, "can i get pregnant after car t")
    assert got == "fertility-pregnancy"
    assert "not known" in body and "before" in body and not BARE_VERDICT.match(body)


def test_current_treatments_names_hydroxychloroquine(faq_engine: AnswerEngine, faq_load: LoadResult) -> None:
    got, body = _ask(faq_engine, "How is lupus treated today?")
    assert got == "current-treatments"
    assert "hydroxychloroquine" in body
    entry = faq_load.knowledge.entry("current-treatments")
    assert entry is not None and "eular-2023" in [c.source_id for c in entry.citations]


@pytest.mark.parametrize(
    "entry_id",
    [
        "availability",
        "approval-status",
        "who-is-it-for",
        "newer-research",
        # the new topics: what is known or not known today can change with the next paper
        "conditioning-chemo",
        "secondary-cancer",
        "follow-up-2024",
        "lupus-nephritis",
        "children-teens",
        "fertility-pregnancy",
        "other-lupus-drugs",
        "relapse",
        "whats-next",
    ],
)
def test_claims_that_age_are_dated(entry_id: str, faq_load: LoadResult) -> None:
    entry = faq_load.knowledge.entry(entry_id)
    assert entry is not None
    assert re.search(r"\b20(21|22|23|24|25)\b", entry.answer), "say when the claim was true"


@pytest.mark.parametrize("entry_id", ["availability", "approval-status", "clinical-trials"])
def test_access_answers_point_to_the_registries(entry_id: str, faq_load: LoadResult) -> None:
    entry = faq_load.knowledge.entry(entry_id)
    assert entry is not None
    assert "clinicaltrials.gov" in entry.answer
    assert "euclinicaltrials.eu" in entry.answer


def test_cd19_is_a_truth_sandwich(faq_load: LoadResult) -> None:
    """Fact first, the myth named once, then the fact again."""
    entry = faq_load.knowledge.entry("cd19")
    assert entry is not None
    sentences = re.split(r"(?<=[.!?])\s+", entry.answer)
    assert sentences[0].startswith("CD19 is a protein")
    myth = [i for i, s in enumerate(sentences) if "vaccine" in s]
    assert len(myth) == 1 and 0 < myth[0] < len(sentences) - 1
    assert "not a vaccine" not in sentences[0]


def test_caveats_read_right_under_any_answer(faq_load: LoadResult) -> None:
    texts = [c.text for c in faq_load.knowledge.caveats]
    joined = " ".join(texts).lower()
    assert "this study" not in joined
    assert "five" in joined and "early" in joined and "cure" in joined
    assert "your rheumatologist or care team" in joined
    assert "your doctor or rheumatologist" not in joined


def test_caveats_are_on_an_answer_about_lupus_itself(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("What is lupus?")
    assert answer.entry_id == "what-is-lupus"
    assert len(answer.caveats) >= 4


def test_who_gets_lupus_says_nine_in_ten_are_women(faq_engine: AnswerEngine) -> None:
    got, body = _ask(faq_engine, "is lupus more common in women")
    assert got == "who-gets-lupus" and "nine in ten" in body


def test_nine_in_ten_is_cited_to_the_official_page_that_says_it(faq_load: LoadResult) -> None:
    """No news copy says it (they give only the ages), so the sentence cites the US Office on Women's Health."""
    entry = faq_load.knowledge.entry("who-gets-lupus")
    assert entry is not None
    sentence = next(s for s in re.split(r"(?<=[.\]])\s+", entry.answer) if "nine in ten" in s)
    marker = int(re.findall(r"\[(\d)\]", sentence)[0])
    source = faq_load.knowledge.source(entry.citations[marker - 1].source_id)
    assert source is not None and source.kind == "official" and "womenshealth.gov" in (source.url or "")
    assert "9 out of 10 adults" in (source.note or "")


def test_newer_research_lists_what_came_after_2022_dated(faq_load: LoadResult) -> None:
    """newer-research answers "anything new since?" with the reports after 2022, each dated; follow-up-2024 owns
    questions about the 2024 study itself."""
    entry = faq_load.knowledge.entry("newer-research")
    assert entry is not None
    assert all(date in entry.answer for date in ("February 2024", "April 2024", "2025"))
    cited = [c.source_id for c in entry.citations]
    assert cited == ["nejm-2024", "fda-2024-boxed-warning", "nature-medicine-2025-relapse", "clinicaltrials-gov"]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what did the 2024 nejm follow-up find", "follow-up-2024"),
        ("how many lupus patients were in the 2024 case series", "follow-up-2024"),
        ("has anything been published since 2022", "newer-research"),
        ("whats the newest on car t for lupus", "newer-research"),
    ],
)
def test_the_2024_study_and_what_is_new_since_have_one_entry_each(
    question: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    assert _ask(faq_engine, question)[0] == entry_id


def test_newer_research_summarises_the_2024_paper(faq_load: LoadResult) -> None:
    entry = faq_load.knowledge.entry("newer-research")
    assert entry is not None
    assert all(fact in entry.answer for fact in ("15", "8 with lupus", "3 with myositis", "4 with systemic"))


def test_follow_up_2024_says_what_it_did_not_settle(faq_load: LoadResult) -> None:
    entry = faq_load.knowledge.entry("follow-up-2024")
    assert entry is not None
    assert "did not settle" in entry.answer and "no comparison group" in entry.answer


def test_the_faq_has_forty_entries_all_dated_and_reviewed(faq_load: LoadResult) -> None:
    entries = faq_load.knowledge.entries
    assert len(entries) >= 40
    for entry in entries:
        text = Path(entry.file).read_text(encoding="utf-8")
        assert re.search(r"^review_due: \d{4}-\d{2}-\d{2}$", text, re.M), f"{entry.file}: add review_due: YYYY-MM-DD"
        assert entry.review_due is not None and entry.review_due > entry.reviewed


def test_every_source_says_what_our_copy_is(faq_load: LoadResult) -> None:
    copies = {s.id: s.copy for s in faq_load.knowledge.sources}
    assert copies["livescience-2022"] == "translated"
    assert copies["gizmodo-2022-translated"] == "translated"
    assert copies["gizmodo-2022"] == "rewritten"
    assert copies["sciencealert-2022"] == "rewritten"
    assert copies["nature-medicine-2022"] == "original"


@pytest.mark.parametrize(
    "question",
    [
        # everyday health questions in the words of the new topics (kidneys, pregnancy, chemo, approval, trials)
        "what is dialysis like",
        "what causes protein in urine",
        "how do i get pregnant faster",
        "does chemo for breast cancer cause hair loss",
        "is the covid vaccine fda approved",
        "how do clinical trials for diabetes work",
        "what's the youngest age to get a tattoo",
    ],
)
def test_general_health_questions_in_new_topic_words_are_declined(faq_engine: AnswerEngine, question: str) -> None:
    answer = faq_engine.answer(question)
    assert (answer.status.value, answer.entry_id) == ("no_match", None)
