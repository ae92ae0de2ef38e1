"""The trained crisis classifier: the shipped model matches its corpus, and it labels clear messages right."""

from __future__ import annotations

import dataclasses
import gzip
import json
import time
from pathlib import Path

import pytest

from bot.safety import classifier, features, train
from bot.safety.corpus import CORPUS_DIR, LANGUAGES, CorpusError, Example, corpus_sha256, load_corpus
from bot.safety.screen import looks_like_distress, reaches_classifier

MODEL = classifier.load_classifier()


def test_shipped_model_was_trained_on_this_corpus() -> None:
    assert MODEL.corpus_sha256 == corpus_sha256(CORPUS_DIR), "corpus changed: run python -m bot.safety.train"


def test_refitting_on_the_corpus_reproduces_the_shipped_weights_exactly() -> None:
    # The final fit only (a few seconds); `python -m bot.safety.train --check` also redoes the cross-validation
    # that chose the thresholds and the report (five more fits).
    shipped = classifier.read_model()
    document = train.final_document(load_corpus(), shipped["thresholds"], shipped["report"])
    assert json.loads(json.dumps(document)) == shipped


def test_cross_validation_thresholds_keep_false_crisis_at_most_one_percent() -> None:
    report = classifier.read_model()["report"]["cross_validation"]
    flagged, negatives = map(int, report["false_crisis"].split("/"))
    assert negatives > 1000
    assert flagged / negatives <= 0.01
    assert report["thresholds"] == MODEL.thresholds


def test_thresholds_are_spent_where_the_bot_asks_the_classifier() -> None:
    # The budget counts the non-crisis messages the screen would ask about; asked about every one, the classifier
    # would flag many more (which is why the screen asks it only about messages with a crisis concept).
    report = classifier.read_model()["report"]["cross_validation"]
    asked, negatives = map(int, report["false_crisis"].split("/"))
    always, _ = map(int, report["false_crisis_if_always_asked"].split("/"))
    assert asked <= 0.01 * negatives < always
    caught, crises = map(int, report["crisis_recall_where_asked"].split("/"))
    assert crises > 50 and caught > 0  # the crisis messages no rule catches are the classifier's to find


def _example(text: str, label: str) -> Example:
    return Example(text, label, "en", text, "hand")


def test_the_budget_is_counted_over_the_messages_the_screen_asks_about() -> None:
    # Round 7: the budget was 0.5 % of EVERY non-crisis message, spent on the few the screen asks about, so adding
    # lookalikes with no crisis concept lowered the thresholds (and added false crises). Now they change nothing.
    asked = [_example(f"i have my rope {n}", "none") for n in range(300)]
    scores = [[(0.0, 0.0, 0.2 + n / 1000, 0.3 + n / 1000)] for n in range(300)]  # ranked by n: 0.499 / 0.599 highest
    crisis = [_example("i have my rope and a beam", "self_harm")]
    before = train.choose_thresholds([*asked, *crisis], [*scores, [(0.0, 0.0, 0.1, 0.9)]])
    others = [_example(f"does CAR-T help with fatigue {n}", "none") for n in range(5000)]
    quiet_scores = [[(0.0, 0.0, 0.9, 0.9)] for _ in others]  # alarming scores, but the screen never asks about these
    after = train.choose_thresholds([*asked, *others, *crisis], [*scores, *quiet_scores, [(0.0, 0.0, 0.1, 0.9)]])
    assert (before["emergency"], before["self_harm"]) == (after["emergency"], after["self_harm"])
    assert before["self_harm"] == pytest.approx(0.598 + 1e-4)  # 0.5 % of the 300 asked may pass: the top one
    assert after["self_harm_anywhere"] == train.THRESHOLD_RANGE[1]  # every message: the quiet ones decide there


def test_an_alarm_without_a_crisis_concept_needs_the_stricter_thresholds() -> None:
    # looks_like_distress (before a declined question is kept) asks the classifier about every message: there the
    # thresholds chosen on every non-crisis message apply, so ordinary declined questions are still kept.
    thresholds = MODEL.thresholds
    assert thresholds["self_harm_anywhere"] >= thresholds["self_harm"]
    assert thresholds["emergency_anywhere"] > thresholds["emergency"]
    assert not looks_like_distress("<@123> says **pizza** beats everything, agree?")
    assert MODEL.alarms_anywhere("everyone would be so much better off without me")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("does CAR-T help with fatigue?", False),  # no crisis concept
        ("i want to kill myself", False),  # the rules already fired
        ("my doctor isnt answering my emails", False),  # no one unresponsive
        ("estoy cansada de levantarme temprano para el trabajo", False),  # weary of an early start, not of days
        ("lohnt es sich für mich nach erlangen zu fahren", False),  # "zu" alone is no throat closing
        ("i have my rope", True),  # a crisis concept, no rule: the classifier decides
    ],
)
def test_the_screen_asks_the_classifier_only_about_messages_with_a_crisis_concept(text: str, asked: bool) -> None:
    assert reaches_classifier(text) is asked


def test_model_file_is_small() -> None:
    assert train.MODEL_PATH.stat().st_size < 600 * 1024


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("my dad took about 25 of his sleeping tablets and now he's really drowsy", "emergency"),
        ("my wife's face is drooping and her speech is slurred", "emergency"),
        ("my 2 year old swallowed some of my pills", "emergency"),
        ("everyone would be so much better off without me", "self_harm"),
        ("how many patients were treated with CAR-T?", "none"),
        ("this fatigue is murdering me", "none"),
        ("i'd die for a full night's sleep", "none"),
        ("does the therapy destroy the B cells?", "none"),
        ("ich will nicht mehr leben, alle wären ohne mich besser dran", "self_harm"),
        ("mi hijo se tomó una caja de pastillas y no se despierta", "emergency"),
        ("mio padre è svenuto e non respira bene", "emergency"),
        ("nie chcę już żyć", "self_harm"),
        ("ik wil er niet meer zijn", "self_harm"),
        ("quero sumir para sempre, não aguento mais", "self_harm"),
        ("est-ce que le CAR-T guérit le lupus ?", "none"),
        ("bu yorgunluk beni öldürüyor", "none"),
    ],
)
def test_clear_messages(text: str, label: str) -> None:
    assert MODEL.predict(text).label == label


def test_prediction_is_frozen_with_probabilities_of_every_label() -> None:
    prediction = MODEL.predict("I don't want to be here anymore")
    assert set(prediction.probabilities) == set(classifier.LABELS)
    assert sum(prediction.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert prediction.is_crisis
    with pytest.raises(dataclasses.FrozenInstanceError):
        prediction.label = "none"  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂🙂", "!!!???", "\x00\u200b"])
def test_text_without_words_is_not_a_crisis(text: str) -> None:
    assert MODEL.predict(text).label == "none"


def test_an_emergency_in_the_middle_of_a_long_post_is_found() -> None:
    story = "I have been reading about the CAR-T trial in Erlangen and the five patients in remission. " * 40
    clause = "Anyway my mum just took 30 of her sleeping pills and won't wake up. "
    assert MODEL.predict(clause).label == "emergency"
    prediction = MODEL.predict(story + clause + story)
    assert prediction.label == "emergency"  # the window around the clause decides, not the 80 calm sentences
    assert MODEL.predict(story + story).label == "none"


def test_huge_input_is_bounded_and_linear() -> None:
    hostile = "x" * 100_000
    words = ("lupus flare trial remission " * 5000)[:100_000]
    started = time.perf_counter()
    assert MODEL.predict(hostile).label == "none"
    assert MODEL.predict(words).label in classifier.LABELS
    assert MODEL.predict(words * 3).label in classifier.LABELS  # beyond MAX_CHARS: the rest is not read
    assert time.perf_counter() - started < 5.0  # generous regression bound, not a speed target


def test_folding_keeps_letters_people_type_without_accents() -> None:
    assert features.fold_text("Żegnajcie, już nie chcę ŻYĆ!!") == "zegnajcie juz nie chce zyc"
    assert features.fold_text("Artık dayanamıyorum") == "artik dayanamiyorum"
    assert features.fold_text("I took 30 pills sooooo tired") == "i took 0 pills soo tired"


def test_every_corpus_language_is_present_with_every_label() -> None:
    seen = {(example.lang, example.label) for example in load_corpus()}
    for lang in LANGUAGES:
        for label in classifier.LABELS:
            assert (lang, label) in seen, f"no {label} examples in {lang}"


def test_a_model_of_another_format_is_refused(tmp_path: Path) -> None:
    document = classifier.read_model()
    document["features"] = {**document["features"], "buckets": 1024}
    path = tmp_path / "model.json.gz"
    path.write_bytes(gzip.compress(json.dumps(document).encode()))
    with pytest.raises(classifier.ModelFileError, match="retrain"):
        classifier.CrisisClassifier(classifier.read_model(path))


def test_a_malformed_corpus_line_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "en.tsv").write_text("# comment\nnone\thello\nsadness\tI am sad\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"en\.tsv:3: unknown label 'sadness'"):
        load_corpus(tmp_path)
