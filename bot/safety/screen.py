"""The safety screen the answering engine calls first: is this message an emergency, self-harm, or distress?

Two detectors look at the whole message (up to `MAX_SCREEN_CHARS`): the concept rules (`bot.safety.rules`, with each
language's words in `bot.safety.vocab`; chat spellings such as "2nite" are read first, `bot.safety.spelling`) and
the trained classifier (`bot.safety.classifier`). A message is a crisis when the rules fire, or when the classifier
says crisis and the message holds at least one crisis concept outside a general question (`CLASSIFIER_NEEDS_CUE`;
see `screen`). Recall first: the kind the rules give wins, an emergency before self-harm. Pure, synchronous, linear
in the message length.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from bot.safety.german import GermanReading
from bot.safety.language import detect_language
from bot.safety.lexicon import Lexicon
from bot.safety.rules import Reading, read_message
from bot.safety.spelling import Spellings, load_spellings
from bot.safety.text import MAX_SCREEN_CHARS, Token, tokenise
from bot.safety.vocab import function_words, vocabularies

CrisisKind = Literal["emergency", "self_harm"]  # a crisis reply (bot.answering.answer.Answer.crisis_kind)
SafetyKind = Literal[CrisisKind, "distress"]

# The classifier alone calls a crisis only with a crisis concept in the message: on ordinary questions with no
# such concept ("does it affect fertility") its alarms were false. Set False to count every classifier alarm.
# Round 2 tried letting a sure alarm (probability 1.25x its threshold) count without a concept: the margin is too
# thin (crisis messages reach ~1.3, "i stop i stop ..." 1.26, "everyone would be better off if the NHS funded it"
# 1.16), so every classifier alarm still needs a concept.
CLASSIFIER_NEEDS_CUE = True


@dataclass(frozen=True)
class SafetyVerdict:
    """What the screen found: `kind` None means an ordinary message; `detector` says what fired."""

    kind: SafetyKind | None
    language: str
    detector: str = ""  # "rules:<rule>", "classifier", "rules:distress", or "" when nothing fired
    asks: bool = True  # the message holds a question ('?' or a sentence opening with a question word)

    @property
    def is_crisis(self) -> bool:
        """True for a medical emergency or self-harm: crisis help comes before anything else."""
        return self.kind in ("emergency", "self_harm")


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    found = vocabularies()
    return Lexicon(found.values(), found.keys(), function_words())


@lru_cache(maxsize=1)
def _spellings() -> Spellings:
    return load_spellings(vocabularies())


def _classifier_kind(text: str) -> Literal["emergency", "self_harm", "distress", "none"]:
    """The classifier's label, or 'none' when its module or model is not available."""
    try:
        from bot.safety.classifier import load_classifier
    except ImportError:  # pragma: no cover - the rules work alone
        return "none"
    return load_classifier().predict(text).label


@lru_cache(maxsize=1)
def _german() -> GermanReading:
    return GermanReading.of(vocabularies()["de"])


def _read(text: str, language: str) -> Reading:
    """The rules' reading of a message, its chat spellings read as the words they stand for ("2nite": tonight).

    German is read twice when a separable verb is split or a spoken first person drops its -e ("ich tu mir heute was
    an", bot.safety.german): as written and joined, and the screen keeps what either reading finds."""
    reading = _read_tokens(tokenise(text), language)
    joined = _german().read(text) if language == "de" else None
    return reading if joined is None else reading.either(_read_tokens(tokenise(joined), language))


def _read_tokens(tokens: list[Token], language: str) -> Reading:
    tokens = _spellings().respell(tokens, language)
    return read_message(tokens, _lexicon().mark(tokens, language))


def warm_up() -> None:
    """Build the vocabulary index and load the classifier now, so the first member's message is not slower."""
    screen("warm up")
    _classifier_kind("warm up")  # the screen asks the classifier only about some messages
    _german()  # the German reading (separable verbs) is built on the first German message otherwise: ~50 ms


SCREENED_MESSAGES = 256  # the engine screens a question and the store screens it again before keeping a decline


@lru_cache(maxsize=SCREENED_MESSAGES)
def _assess(text: str) -> tuple[str, Reading]:
    """Read a message (already cut to `MAX_SCREEN_CHARS`) once: its language and the rules' reading."""
    language = detect_language(text)
    return language, _read(text, language)


@lru_cache(maxsize=SCREENED_MESSAGES)
def _predicted(text: str) -> Literal["emergency", "self_harm", "distress", "none"]:
    """The classifier's label, asked only when it can change an answer: for a message with a crisis concept (see
    CLASSIFIER_NEEDS_CUE), and by `looks_like_distress`. Most questions have no such concept and skip it."""
    return _classifier_kind(text)


def _verdict(text: str, language: str, reading: Reading) -> SafetyVerdict:
    """The screen's verdict on a message from its reading (and, when it can matter, the classifier's label)."""
    if reading.finding is not None:
        return SafetyVerdict(reading.finding.kind, language, f"rules:{reading.finding.rule}")
    if _asks_classifier(reading):
        predicted = _predicted(text)
        if predicted in ("emergency", "self_harm"):
            return SafetyVerdict(predicted, language, "classifier")
    if reading.distress:  # the classifier's distress label is too loose to reply on
        return SafetyVerdict("distress", language, "rules:distress", asks=reading.asks or "?" in text)
    return SafetyVerdict(None, language)


def reaches_classifier(text: str) -> bool:
    """True when the screen would ask the classifier about this message: no rule fired and (see CLASSIFIER_NEEDS_CUE)
    it holds a crisis concept. Only these messages can become a false crisis through the classifier, so its
    thresholds are chosen on the non-crisis ones among them (bot.safety.train.choose_thresholds)."""
    return _asks_classifier(_assess(text[:MAX_SCREEN_CHARS])[1])


def _asks_classifier(reading: Reading) -> bool:
    """No rule fired and (see CLASSIFIER_NEEDS_CUE) the message holds a crisis concept."""
    return reading.finding is None and (not CLASSIFIER_NEEDS_CUE or reading.cue)


def screen(text: str) -> SafetyVerdict:
    """Screen a whole message for a medical emergency, self-harm or distress (None: an ordinary message)."""
    text = text[:MAX_SCREEN_CHARS]
    return _verdict(text, *_assess(text))


def looks_like_distress(text: str) -> bool:
    """A more sensitive second screen: True if the message might be distress or crisis in any way.

    Used before storing a declined question (privacy, issue 12): a message is stored only when this says False.
    It is True for anything `screen` flags, for any crisis concept in the message, and for a crisis alarm of the
    classifier without one, over the thresholds chosen on every non-crisis message (`alarms_anywhere`; the screen's
    own thresholds are chosen where it asks the classifier, messages with a concept). The message is read once for
    both screens (`_assess` remembers the last `SCREENED_MESSAGES`).
    """
    text = text[:MAX_SCREEN_CHARS]
    language, reading = _assess(text)
    if _verdict(text, language, reading).kind is not None or reading.cue:
        return True
    try:
        from bot.safety.classifier import load_classifier
    except ImportError:  # pragma: no cover - the rules work alone
        return False
    return load_classifier().alarms_anywhere(text)
