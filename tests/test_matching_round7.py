"""Round-7 matching: a concept layer (lexicon `concepts`: everyday words read also as the FAQ word of their idea) and
health subjects the FAQ does not cover (lexicon `health_subjects`: declined, not answered with a general entry); the
round-7 question sets (four voices, not in the FAQ's alias wording) stay at what the matcher reaches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.answering import AnswerEngine
from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.loader import LoadResult
from tests.test_matching_round6 import _faq_eval, score, without_concepts

HERE = Path(__file__).parent

# What the matcher reaches on each half, a question under it: (least answers right, least personal decisions
# referred, least off-topic declined).
ROUND7_LINES = {
    # reached: answers 34/55, decisions 4/4, declines 9/11 (before round 7: 30/55, 4/4, 5/11)
    "questions_round7_tune.yaml": (0.6, 0.99, 0.8),
    # reached, scored once at the end of round 7: 39/55, 3/4, 8/11 (before: 35/55, 3/4, 6/11)
    "questions_round7_heldout.yaml": (0.69, 0.74, 0.72),
}


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("do u have to stay in hospital for it", "how-is-it-given"),  # staying in hospital is part of the procedure
        ("any bad reactions in the patients?", "side-effects"),  # not what experts' reactions were
        ("did the anti-dsdna antibodies go down", "autoantibodies"),
    ],
)
def test_an_everyday_word_is_read_as_the_faq_word_of_its_idea(
    message: str, entry_id: str, faq_load: LoadResult, faq_engine: AnswerEngine
) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.entry_id) == ("answered", entry_id)
    assert answer.caveats and answer.citations
    without = AnswerEngine(without_concepts(faq_load.knowledge)).answer(message)
    assert without.entry_id != entry_id  # the concept layer makes the difference, not an alias


def test_a_moderator_adds_a_word_to_an_idea_without_a_release(faq_copy: Path) -> None:
    question = "is car t a lot of moolah"
    assert AnswerEngine(load_knowledge(faq_copy).knowledge).answer(question).entry_id != "cost-manufacturing"
    path = faq_copy / "lexicon.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("concepts:\n", "concepts:\n  costly: [moolah]\n", 1))
    answer = AnswerEngine(load_knowledge(faq_copy).knowledge).answer(question)
    assert (answer.status, answer.entry_id) == ("answered", "cost-manufacturing")


def test_a_concept_word_of_several_words_is_an_error_on_its_line(faq_copy: Path) -> None:
    path = faq_copy / "lexicon.yaml"
    text = path.read_text(encoding="utf-8").replace("concepts:\n", "concepts:\n  costly: [an arm and a leg]\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    problem = next(p for p in caught.value.problems if p.file.endswith("lexicon.yaml"))
    assert problem.field == "concepts.costly" and "put the phrase under 'phrases'" in problem.message
    assert problem.line == text.splitlines().index("  costly: [an arm and a leg]") + 1


@pytest.mark.parametrize(
    "message",
    ["does turmeric help lupus", "whats a good diet for lupus", "does lupus make you gain weight", "lupus and my eyes"],
)
def test_a_health_subject_no_entry_speaks_of_is_declined(message: str, faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer(message)
    assert (answer.status, answer.reason) == ("no_match", "off_topic")


def test_a_health_subject_told_before_the_question_is_declined_unless_the_therapy_is_named(
    faq_engine: AnswerEngine,
) -> None:
    story = "My lupus gives me sore gums all the time. What can I do about it?"
    assert (faq_engine.answer(story).status, faq_engine.answer(story).reason) == ("no_match", "off_topic")
    # a story naming a part of the therapy (the B cells) asks about it, whatever it says of sleep
    post = "Up at 3am, can't sleep again. The B cells came back after a few months, so did the lupus come back?"
    assert faq_engine.answer(post).entry_id == "b-cells-return"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("can lupus affect the kidneys, and can car t help", "lupus-nephritis"),  # an entry speaks of kidneys
        ("will the chemo before car t make my hair fall out", "conditioning-chemo"),  # names CAR-T: about it
    ],
)
def test_a_covered_subject_or_one_asked_of_car_t_is_still_answered(
    message: str, entry_id: str, faq_engine: AnswerEngine
) -> None:
    assert faq_engine.answer(message).entry_id == entry_id


@pytest.mark.parametrize("name", sorted(ROUND7_LINES))
def test_round7_sets_stay_at_what_the_matcher_reaches(name: str, faq_load: LoadResult) -> None:
    grader = _faq_eval()
    if grader is None:
        pytest.skip("../shared/tools/faq_eval.py is not beside the project")
    items = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    right, total, misses = score(AnswerEngine(faq_load.knowledge), items, grader)
    for kind, line in zip(("answer", "advice", "no_match"), ROUND7_LINES[name], strict=True):
        assert right[kind] >= line * total[kind], (kind, right[kind], total[kind], misses)
