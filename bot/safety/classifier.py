"""The trained crisis text classifier: a small multinomial logistic regression over hashed n-grams, pure Python.

It sits beside the concept rules; a message is a crisis when either fires. The model file
(``crisis_model.json.gz``, built by ``python -m bot.safety.train`` from ``bot/safety/corpus/``) holds the non-zero
weights, the decision thresholds and the SHA-256 of the corpus it was trained on.

Recall first: a crisis class wins when its probability passes its own threshold, which is lower than argmax would
need (chosen on a held-out split so that non-crisis lookalikes stay at or under 1 % false positives). Long posts
are scored in overlapping word windows and the most alarming window decides, so one clause in the middle of a
long story about trials is not drowned out; the work is linear in the length and capped at ``MAX_CHARS``.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from bot.safety import features

Label = Literal["none", "distress", "emergency", "self_harm"]
LABELS: tuple[Label, ...] = ("none", "distress", "emergency", "self_harm")
CRISIS_LABELS: frozenset[Label] = frozenset({"emergency", "self_harm"})
MODEL_FILE = "crisis_model.json.gz"
MODEL_FORMAT = 1
_SEVERITY: dict[Label, int] = {"none": 0, "distress": 1, "emergency": 2, "self_harm": 2}
_WORD_CACHE_LIMIT = 50_000

Vector = tuple[float, float, float, float]
WordScore = tuple[Vector, int]  # summed weights of a word's features, and how many features it has


@dataclass(frozen=True)
class Prediction:
    """What the classifier thinks a message is, with the class probabilities of the window that decided."""

    label: Label
    probabilities: dict[str, float]

    @property
    def is_crisis(self) -> bool:
        """True for an emergency or self-harm message."""
        return self.label in CRISIS_LABELS


class ModelFileError(ValueError):
    """The model file is missing, of an unknown format, or does not fit the feature settings of this code."""


def _add(a: Vector, b: Vector) -> Vector:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])


_ZERO: Vector = (0.0, 0.0, 0.0, 0.0)


def _softmax(logits: Vector) -> Vector:
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return (exps[0] / total, exps[1] / total, exps[2] / total, exps[3] / total)


@dataclass(frozen=True)
class WeightTable:
    """Hash slot -> per-class weights, kept flat: the weighted slots in ascending order, each slot's row in a table of
    the distinct weight vectors, and those vectors. About 40,000 slots share about 8,000 vectors; as a dict of int
    keys they took 3.2 MB of the bot's memory, flat they take about 1 MB (a slot is found by bisection, and a word's
    sum is cached, so a burst of questions pays it once per new word)."""

    slots: array[int]
    rows: array[int]
    vectors: tuple[Vector, ...]

    def __len__(self) -> int:
        return len(self.slots)

    def get(self, slot: int) -> Vector | None:
        """The weights of a slot, or None when the model gives it none."""
        at = bisect_left(self.slots, slot)
        if at < len(self.slots) and self.slots[at] == slot:
            return self.vectors[self.rows[at]]
        return None


def decode_weights(model: dict[str, Any]) -> WeightTable:
    """The weight table, from the model's delta-encoded slots and quantised weights."""
    scale = float(model["scale"])
    deltas: list[int] = model["slots"]
    flat: list[int] = model["weights"]
    if len(flat) != 4 * len(deltas):
        raise ModelFileError("weights and slots differ in length")
    # Quantised weights take few values (about 160) and repeat as whole vectors: one shared object per value and a
    # row number per slot instead of a vector each.
    values = {q: q * scale for q in set(flat)}
    rows_of: dict[Vector, int] = {}
    slots, rows = array("q"), array("I")
    slot = 0
    for row, delta in enumerate(deltas):
        slot += delta
        q = flat[4 * row : 4 * row + 4]
        vector = (values[q[0]], values[q[1]], values[q[2]], values[q[3]])
        slots.append(slot)
        rows.append(rows_of.setdefault(vector, len(rows_of)))
    if any(a >= b for a, b in itertools.pairwise(slots)):
        raise ModelFileError("weighted slots are not in ascending order")
    return WeightTable(slots, rows, tuple(rows_of))


def check_settings(model: dict[str, Any]) -> None:
    """Refuse a model built with other feature settings: its hash slots would mean something else."""
    if model.get("format") != MODEL_FORMAT:
        raise ModelFileError(f"model format {model.get('format')!r}, this code reads {MODEL_FORMAT}")
    if tuple(model.get("labels", ())) != LABELS:
        raise ModelFileError(f"model labels {model.get('labels')!r}, expected {list(LABELS)}")
    if model.get("features") != feature_settings():
        raise ModelFileError("model was trained with other feature settings; retrain: python -m bot.safety.train")


def feature_settings() -> dict[str, int]:
    """The feature settings a model must have been trained with to be read by this code."""
    return {
        "buckets": features.BUCKETS,
        "min_gram": features.MIN_GRAM,
        "max_gram": features.MAX_GRAM,
        "max_word": features.MAX_WORD,
        "window_words": features.WINDOW_WORDS,
        "window_stride": features.WINDOW_STRIDE,
    }


class CrisisClassifier:
    """Scores messages with a loaded model; keeps a bounded cache of per-word weight sums."""

    def __init__(self, model: dict[str, Any]) -> None:
        check_settings(model)
        self.corpus_sha256: str = str(model["corpus_sha256"])
        self.thresholds: dict[str, float] = {k: float(v) for k, v in model["thresholds"].items()}
        bias = [float(b) for b in model["bias"]]
        self._bias: Vector = (bias[0], bias[1], bias[2], bias[3])
        self._table = decode_weights(model)
        self._words: dict[str, WordScore] = {}

    @property
    def feature_count(self) -> int:
        """How many hash slots carry a weight."""
        return len(self._table)

    def _word_score(self, word: str) -> WordScore:
        cached = self._words.get(word)
        if cached is not None:
            return cached
        total = _ZERO
        table = self._table
        for slot in features.word_features(word):
            weights = table.get(slot)
            if weights is not None:
                total = _add(total, weights)
        if len(self._words) >= _WORD_CACHE_LIMIT:
            self._words.clear()
        score = (total, features.word_feature_count(word))
        self._words[word] = score
        return score

    def _bigram_vector(self, first: str, second: str) -> Vector:
        return self._table.get(features.bigram_feature(first, second)) or _ZERO

    def window_probabilities(self, words: list[str]) -> list[Vector]:
        """Class probabilities of every window of a message (one window when it is short)."""
        word_scores = [self._word_score(word) for word in words]
        pair_vectors = [self._bigram_vector(a, b) for a, b in itertools.pairwise(words)]
        # Running sums (C-speed accumulate) make every window's total two look-ups: linear in the message length.
        # Word i's running sum includes the bigram that joins it to word i - 1, so a window [start, end) takes the
        # words start..end-1 and the bigrams between them.
        columns = [list(itertools.accumulate((vector[k] for vector, _ in word_scores), initial=0.0)) for k in range(4)]
        pairs = [list(itertools.accumulate((vector[k] for vector in pair_vectors), initial=0.0)) for k in range(4)]
        counts = list(itertools.accumulate((size for _, size in word_scores), initial=0))
        result = []
        for start, end in features.windows(len(words)):
            inner = max(start, end - 1)  # bigrams start..end-2 lie inside the window
            value = 1.0 / math.sqrt(max(1, counts[end] - counts[start] + inner - start))  # the scaling of training
            logits = tuple(
                self._bias[k] + value * (columns[k][end] - columns[k][start] + pairs[k][inner] - pairs[k][start])
                for k in range(4)
            )
            result.append(_softmax((logits[0], logits[1], logits[2], logits[3])))
        return result

    def decide(self, probabilities: Vector) -> tuple[Label, float]:
        """The label of one window and how strongly it holds (a probability over its threshold)."""
        emergency = probabilities[2] / self.thresholds["emergency"]
        self_harm = probabilities[3] / self.thresholds["self_harm"]
        if max(emergency, self_harm) >= 1.0:
            return ("emergency", emergency) if emergency >= self_harm else ("self_harm", self_harm)
        distress = probabilities[1] / self.thresholds["distress"]
        if distress >= 1.0:
            return "distress", distress
        return "none", max(emergency, self_harm)  # so the most alarming window is the one reported

    def alarms_anywhere(self, text: str) -> bool:
        """A crisis alarm strong enough to count in a message with no crisis concept: a window over the thresholds
        chosen on every non-crisis message (`emergency_anywhere`, `self_harm_anywhere`; the crisis ones when absent)."""
        words = features.words_of(text)
        emergency = self.thresholds.get("emergency_anywhere", self.thresholds["emergency"])
        self_harm = self.thresholds.get("self_harm_anywhere", self.thresholds["self_harm"])
        return bool(words) and any(p[2] >= emergency or p[3] >= self_harm for p in self.window_probabilities(words))

    def predict(self, text: str) -> Prediction:
        """Classify a message; a crisis anywhere in it wins over everything else."""
        words = features.words_of(text)
        if not words:
            return Prediction("none", {"none": 1.0, "distress": 0.0, "emergency": 0.0, "self_harm": 0.0})
        return self.combine(self.window_probabilities(words))

    def combine(self, windows: list[Vector]) -> Prediction:
        """The prediction for a message from its windows' probabilities: the most alarming window decides."""
        best: tuple[int, float] | None = None
        best_probabilities = _ZERO
        label: Label = "none"
        for probabilities in windows:
            window_label, strength = self.decide(probabilities)
            rank = (_SEVERITY[window_label], strength)
            if best is None or rank > best:
                best, best_probabilities, label = rank, probabilities, window_label
        return Prediction(label, {name: round(p, 4) for name, p in zip(LABELS, best_probabilities, strict=True)})


def read_model(path: Path | None = None) -> dict[str, Any]:
    """The decoded model file (the shipped one unless a path is given)."""
    try:
        raw = resources.files("bot.safety").joinpath(MODEL_FILE).read_bytes() if path is None else path.read_bytes()
        return cast(dict[str, Any], json.loads(gzip.decompress(raw)))
    except (OSError, ValueError) as error:
        raise ModelFileError(f"cannot read the crisis model {path or MODEL_FILE}: {error}") from error


@lru_cache(maxsize=1)
def load_classifier() -> CrisisClassifier:
    """The shipped classifier, loaded once per process."""
    return CrisisClassifier(read_model())
