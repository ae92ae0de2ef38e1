"""The lexicon (knowledge/lexicon.yaml): vocabulary as validated, reloadable data."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.answering.normalise import Normaliser
from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.lexicon import expand_groups


def _append(folder: Path, text: str) -> None:
    path = folder / "lexicon.yaml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_moderator_adds_a_brand_name_without_a_release(faq_copy: Path) -> None:
    before = AnswerEngine(load_knowledge(faq_copy).knowledge)
    assert before.answer("should i stop my orapred").reason != "personal"
    path = faq_copy / "lexicon.yaml"
    text = path.read_text(encoding="utf-8").replace("synonyms:\n", "synonyms:\n  prednisolone: [orapred]\n", 1)
    path.write_text(text, encoding="utf-8")
    after = AnswerEngine(load_knowledge(faq_copy).knowledge)
    answer = after.answer("should i stop my orapred")
    assert (answer.entry_id, answer.reason) == ("my-treatment", "personal")
    assert Normaliser(after.knowledge.lexicon).tokens("orapred") == Normaliser(after.knowledge.lexicon).tokens(
        "prednisolone"
    )


@pytest.mark.parametrize(
    ("addition", "field", "message"),
    [
        ("\nsynonyms_typo: [a]\n", "synonyms_typo", "did you mean 'synonyms'"),
        ("\nmedicines: [aspirin]\n", "medicines", "appears twice"),
        ("\npersonal_extra: {}\n", "personal_extra", "unknown field"),
    ],
)
def test_problems_name_the_file_line_and_field(faq_copy: Path, addition: str, field: str, message: str) -> None:
    lines_before = len((faq_copy / "lexicon.yaml").read_text(encoding="utf-8").splitlines())
    _append(faq_copy, addition)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    problems = [p for p in caught.value.problems if p.file.endswith("lexicon.yaml")]
    assert problems, caught.value
    assert problems[0].field == field and message in problems[0].message
    assert problems[0].line is not None and problems[0].line > lines_before


def test_a_word_meaning_two_things_is_an_error_on_its_line(faq_copy: Path) -> None:
    path = faq_copy / "lexicon.yaml"
    text = path.read_text(encoding="utf-8").replace("synonyms:\n", "synonyms:\n  tablet: [pills]\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    problem = next(p for p in caught.value.problems if p.file.endswith("lexicon.yaml"))
    line = text.splitlines().index(
        "  medication: [meds, med, medicine, medicines, medications, drug, drugs, pills, pill]"
    )
    assert problem.line == line + 1 and "already means 'tablet'" in problem.message


def test_yes_no_on_off_need_quotes(faq_copy: Path) -> None:
    _append(faq_copy, "\ngreetings: [hi, on]\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(faq_copy)
    assert any("put the word in quotes" in p.message for p in caught.value.problems)


def test_groups_expand_and_bad_groups_are_reported() -> None:
    assert expand_groups("(car t|cart) (cells|)") == ["car t cells", "car t", "cart cells", "cart"]
    with pytest.raises(ValueError, match="without its"):
        expand_groups("(car t|cart")
    with pytest.raises(ValueError, match="more than"):
        expand_groups("(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h)")


def test_a_folder_without_a_lexicon_loads_with_a_warning(faq_copy: Path) -> None:
    (faq_copy / "lexicon.yaml").unlink()
    result = load_knowledge(faq_copy)
    assert any(p.file.endswith("lexicon.yaml") and p.severity == "warning" for p in result.warnings)
    assert AnswerEngine(result.knowledge).answer("what is cd19").status in ("answered", "no_match")


def test_no_vocabulary_is_left_in_the_python_modules() -> None:
    root = Path(__file__).resolve().parents[1] / "bot" / "answering"
    for name in ("normalise.py", "topics.py", "engine.py", "index.py"):
        text = (root / name).read_text(encoding="utf-8")
        for word in ("plaquenil", "cellcept", "rheumy", '"is-it-a-cure"', '"cancer-therapy"'):
            assert word not in text, f"{name} still spells out {word}"
