"""Find concept words in a tokenised message: every vocabulary phrase becomes a tag at a token position.

A vocabulary maps a concept tag (say INGEST or BURDEN) to phrases; a phrase is one or more words and a word
ending in '*' matches any word starting with it. A one-word phrase starting with '*' matches any longer word ending
with it ("*zepam": diazepam, lorazepam, temazepam), so a drug named by its international ending is known in every
language. Inside a phrase an infinitive particle or a filler adverb may stand between the words ("mezelf weer
gesneden", "hurt myself again", "mir das Leben zu nehmen"). Matching looks up each token once in a dictionary (and
each of its prefixes and suffixes), so the cost is linear in the message length: no backtracking regular expressions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from bot.safety.text import Token, phrase_words

MIN_PREFIX = 3
MAX_PREFIX = 24
NUMBER_TAG = "NUMBER"  # a count of five or more, not a dose ("20 pills", not "400 mg")
MIN_COUNT = 5
BIG_NUMBER_TAG = "BIG_NUMBER"  # a count no routine dose reaches at once ("took 30 of my pills")
BIG_COUNT = 20
YEAR_TAG = "YEAR"  # a four-digit year ("2018"): grammar.dated reads it as a past event unless "since" stands by it
CACHE_WORDS = 50_000  # distinct words whose candidate patterns are remembered
# Infinitive particles that may stand inside a phrase ("mir das Leben zu nehmen", "van kant te maken"): a phrase
# written without one still matches when one is there.
_PARTICLES = frozenset({"zu", "te"})
# Adverbs that slip between the words of a phrase without changing what it says ("i have really taken",
# "dont really want", "mezelf weer gesneden"): up to two of them are skipped inside a phrase, in any language.
# fmt: off
_FILLERS = frozenset(
    {
        "again", "just", "really", "also", "even", "weer", "ook", "nog", "net", "wieder", "auch", "schon",
        "nochmal", "grad", "gerade", "encore", "deja", "aussi", "ancora", "gia", "ja", "ya", "znowu", "znow", "juz",
        "tez", "yine", "tekrar", "opnieuw", "erneut",
        # intensifiers ("ich will einfach nicht mehr leben", "i honestly dont want to live")
        "honestly", "literally", "actually", "seriously", "totally", "simply", "einfach", "echt", "wirklich",
        "halt", "eben", "uberhaupt", "vraiment", "juste", "realmente", "davvero", "veramente", "mesmo",
        "gewoon", "eigenlijk", "naprawde", "gercekten", "cidden", "eh", "sowieso", "ohnehin", "eigentlich",
        "anyway", "anyways",
        # by choice, inside a phrase ("ben er vrijwillig niet meer", "bin ich freiwillig nicht mehr da")
        "vrijwillig", "freiwillig", "volontairement", "dobrowolnie", "volontariamente",
        # only ("voglio solo morire", "will einfach nur weg")
        "only", "solo", "nur", "seulement", "so", "tylko", "sadece", "alleen",
        # a plural "you" between a verb and its object ("dziękuję wam za wszystko", "danke euch für alles")
        "wam", "euch", "os", "jullie", "vi",
    }
)
# fmt: on
MAX_SKIPS = 2
_PLURALS = ("s", "es", "en", "i", "e", "lar", "ler", "y", "ow", "u")  # a medicine's ending may stand before these
MIN_STEM = 2  # a suffix pattern matches only words at least this much longer than the suffix
_YEARS = (1900, 2099)  # a four-digit number in this range is a year, not a count
# Words that make the number beside them an age: "since i was 19", "aged 30", "19 year old", "mit 19 Jahren".
_AGE_BEFORE = frozenset({"was", "aged", "age", "turned", "ages"})
_AGE_AFTER = frozenset(
    {"yo", "yrs", "yr", "year", "years", "jahre", "jahren", "anos", "anni", "ans", "jaar", "lat", "yas"}
)
# A number after "since / for / ago" and before a unit of time is a duration, not a count ("hace 10 dias que no
# tomo las pastillas", "for 12 days", "seit 14 Tagen"); after "since the" (not "for the") an age ("desde los 20").
# A number of days' worth of pills ("took 20 days of my pills") has no such word before it and is still a count.
_SINCE = frozenset("for since hace desde durante seit vor depuis pendant da ha od przez sinds al".split())
_TIME_UNITS = frozenset(
    "days weeks months hours nights tage tagen wochen monate monaten stunden dias semanas meses horas noches jours "
    "semaines mois heures nuits giorni settimane mesi ore notti noites dagen weken maanden uur dni tygodni miesiecy "
    "godzin gun hafta ay saat".split()
)
_SINCE_AGE = frozenset("since desde seit depuis sinds".split())  # "desde los 20", "since the 20s": an age
_SINCE_ARTICLES = frozenset("los las the den dem les".split())
_DOSE_UNITS = frozenset({"mg", "mcg", "ug", "g", "gr", "ml", "iu", "units", "unit", "percent", "years", "yrs", "min"})


class Mark(NamedTuple):
    """A concept found in the message: its tag, the token where it starts, its sentence and how many tokens it spans."""

    tag: str
    position: int
    sentence: int
    length: int = 1


@dataclass(frozen=True)
class _Pattern:
    rest: tuple[str, ...]  # the words after the first; a trailing '*' marks a prefix
    tag: str
    origin: str = ""  # the language whose vocabulary listed it ("" when not said)


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


class Lexicon:
    """A compiled vocabulary: tags every concept phrase found in a token list."""

    def __init__(
        self,
        vocabularies: Iterable[Mapping[str, Iterable[str]]],
        origins: Iterable[str] = (),
        function_words: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        """Compile the vocabularies; `origins` names each one's language, `function_words` each language's own
        grammatical words (a word of another language's vocabulary that is one of these is read as the message's
        language's word: Polish "od" is "from", not the English "od"; German "die" is "the")."""
        self._exact: dict[str, list[_Pattern]] = {}  # one-word patterns and those whose second word is a prefix
        self._pairs: dict[tuple[str, str], list[_Pattern]] = {}  # by their first two (exact) words
        self._prefix: dict[str, list[_Pattern]] = {}
        self._suffix: dict[str, list[_Pattern]] = {}  # one-word patterns written '*ending'
        self._suffix_lengths: set[int] = set()
        self._cache: dict[str, list[_Pattern]] = {}
        self.tags: set[str] = {NUMBER_TAG, BIG_NUMBER_TAG, YEAR_TAG}
        self._function = dict(function_words or {})
        named = list(origins)
        for number, vocabulary in enumerate(vocabularies):
            origin = named[number] if number < len(named) else ""
            for tag, phrases in vocabulary.items():
                self.tags.add(tag)
                for phrase in phrases:
                    self._add(tag, phrase, origin)
        self._pair_starts = frozenset(first for first, _ in self._pairs)  # most words start no pair: one lookup

    def _add(self, tag: str, phrase: str, origin: str = "") -> None:
        if phrase.startswith("*"):
            ending = phrase_words(phrase[1:])
            if len(ending) != 1 or ending[0].endswith("*") or len(ending[0]) < MIN_PREFIX:
                raise ValueError(f"suffix '{phrase}' of {tag} must be one word of {MIN_PREFIX} letters or more")
            self._suffix.setdefault(ending[0], []).append(_Pattern((), tag, origin))
            self._suffix_lengths.add(len(ending[0]))
            return
        words = phrase_words(phrase)
        if not words:
            raise ValueError(f"empty phrase for {tag}")
        first, rest = words[0], tuple(words[1:])
        if first.endswith("*"):
            stem = first[:-1]
            if not MIN_PREFIX <= len(stem) <= MAX_PREFIX:
                raise ValueError(f"prefix '{first}' of {tag} must have {MIN_PREFIX}-{MAX_PREFIX} letters")
            self._prefix.setdefault(stem, []).append(_Pattern(rest, tag, origin))
        elif rest and not rest[0].endswith("*"):
            self._pairs.setdefault((first, rest[0]), []).append(_Pattern(rest, tag, origin))
        else:
            self._exact.setdefault(first, []).append(_Pattern(rest, tag, origin))

    def _candidates(self, word: str) -> list[_Pattern]:
        """Patterns that may start at this word (cached: messages repeat words)."""
        found = self._cache.get(word)
        if found is None:
            found = list(self._exact.get(word, ()))
            for length in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
                found.extend(self._prefix.get(word[:length], ()))
            found.extend(self._endings(word))
            if len(self._cache) < CACHE_WORDS:
                self._cache[word] = found
        return found

    def _endings(self, word: str) -> list[_Pattern]:
        """Suffix patterns the word ends with, also before a plural ending (tramadoles, prednisonas, haplar)."""
        found: list[_Pattern] = []
        for stem in {word, *(word[: -len(plural)] for plural in _PLURALS if word.endswith(plural))}:
            for length in self._suffix_lengths:
                if len(stem) >= length + MIN_STEM:
                    found.extend(self._suffix.get(stem[-length:], ()))
        return found

    def _paired(self, tokens: list[Token], index: int) -> list[_Pattern]:
        """Patterns indexed by their first two words that may start here (also across particles and fillers)."""
        word, found = tokens[index].text, list[_Pattern]()
        if word not in self._pair_starts:
            return found
        for position in range(index + 1, min(index + 2 + MAX_SKIPS, len(tokens))):
            following = tokens[position].text
            found.extend(self._pairs.get((word, following), ()))
            if following not in _PARTICLES and following not in _FILLERS:
                break
        return found

    def mark(self, tokens: list[Token], language: str = "") -> list[Mark]:
        """Return every concept found, in token order (a token may carry several tags).

        With the message's `language`, a one-word phrase of another language's vocabulary is not read where the word
        is one of that language's own grammatical words (see `__init__`).
        """
        marks: list[Mark] = []
        own = self._function.get(language, frozenset())
        pair_starts = self._pair_starts
        for index, token in enumerate(tokens):
            text = token.text
            if text.isdigit():  # a year or a count (most words are neither)
                if _is_year(text):
                    marks.append(Mark(YEAR_TAG, index, token.sentence))
                elif _is_count(tokens, index):
                    marks.append(Mark(NUMBER_TAG, index, token.sentence))
                    if int(text) >= BIG_COUNT:
                        marks.append(Mark(BIG_NUMBER_TAG, index, token.sentence))
            candidates = self._candidates(text)
            if text in pair_starts:  # (most words start no pair)
                candidates = candidates + self._paired(tokens, index)
            if not candidates:
                continue
            foreign = text in own
            seen: set[str] = set()
            for pattern in candidates:
                if pattern.tag in seen or (foreign and not pattern.rest and pattern.origin not in ("", language)):
                    continue
                end = _rest_end(tokens, index, pattern.rest)
                if end:
                    seen.add(pattern.tag)
                    marks.append(Mark(pattern.tag, index, token.sentence, end - index))
        return marks


def _rest_end(tokens: list[Token], index: int, rest: tuple[str, ...]) -> int:
    """Match the phrase's other words after `index` (particles and filler adverbs may stand between them).

    Returns the position just after the phrase, or 0 when it does not match.
    """
    sentence = tokens[index].sentence
    position, skips = index + 1, 0
    for pattern in rest:
        while True:
            if position >= len(tokens) or tokens[position].sentence != sentence:
                return 0
            text = tokens[position].text
            if _word_matches(pattern, text):
                break
            if skips < MAX_SKIPS and (text in _PARTICLES or text in _FILLERS):
                position, skips = position + 1, skips + 1
                continue
            return 0
        position += 1
    return position


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and _YEARS[0] <= int(word) <= _YEARS[1]


def _is_count(tokens: list[Token], index: int) -> bool:
    """A number that counts things: not a dose ("400 mg"), a year ("since 2019") or an age ("since i was 19")."""
    word = tokens[index].text
    if not word.isdigit() or len(word) > 4 or _YEARS[0] <= int(word) <= _YEARS[1]:
        return False
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    before = tokens[index - 1].text if index > 0 else ""
    if before in _AGE_BEFORE or after in _AGE_AFTER or _is_duration(tokens, index, before, after):
        return False
    return int(word) >= MIN_COUNT and after not in _DOSE_UNITS and not after.startswith(("mg", "ml"))


def _is_duration(tokens: list[Token], index: int, before: str, after: str) -> bool:
    """'hace 10 dias', 'for 12 days', 'seit 14 Tagen' (a duration); 'desde los 20' (an age after 'since the')."""
    if before in _SINCE:
        return after in _TIME_UNITS
    return before in _SINCE_ARTICLES and index > 1 and tokens[index - 2].text in _SINCE_AGE
