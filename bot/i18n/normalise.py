"""Read a question in German, Spanish or French into the tokens the matcher compares.

Each language brings its lexicon (knowledge/translations/<lang>/lexicon.yaml): filler words, synonyms that map
lay words onto the FAQ's concepts, compound parts ("zell" + "therapie") and word endings. German umlauts are
spelled out first (ä -> ae), so "Ärzte" and "Aerzte" meet; accents elsewhere are dropped, hyphens split words
("CAR-T-Zelltherapie" -> car t zell therapie), compounds split into known parts ("Lupuspatientinnen" -> lupus
patient), and endings are removed so plural and feminine forms meet their base word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.i18n.french import read_french
from bot.i18n.german import variants as german_variants
from bot.i18n.separable import SeparableVerbs, clauses
from bot.i18n.spanish import read_spanish
from bot.i18n.spanish import variants as spanish_variants
from bot.i18n.stems import stemmer
from bot.knowledge.folding import fold
from bot.knowledge.translation_model import LanguageLexicon

_SPELLED_OUT = {"de": str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})}
MIN_STEM = 4  # an ending is removed only if at least this much of the word is left
MIN_PART = 3  # a compound splits only into parts at least this long
_LINKING = ("s", "n", "en", "es")  # German joins compound parts with these: "Patient-en-daten"
_VERB_BEFORE_CLITIC = ("ar", "er", "ir", "ando", "iendo")  # the forms a Spanish pronoun joins: "dejar-las"
_MARKER_NAME = re.compile(r"\b([^\W\d_]{1,3})-(\d{1,3})\b")  # CD-19, IL-6
# A misspelt word is read as the lexicon word it is one slip from (two in long words): "Nebenwirkunegn".
MIN_TYPO_WORD = 8
LONG_TYPO_WORD = 10
MIN_SNOWBALL_STEM = 4  # a word meets a lexicon word by its Snowball stem only if the stem is at least this long


def fold_for(language: str, text: str) -> str:
    """Fold text as the language spells it: German umlauts spelled out, other accents dropped, no punctuation.

    A hyphen between a short name and its number is dropped first ("CD-19" is cd19, as the FAQ writes it).
    """
    table = _SPELLED_OUT.get(language)
    text = _names_joined(text)
    return fold(text.translate(table) if table else text)


@lru_cache(maxsize=1024)
def _names_joined(text: str) -> str:
    """The text with "CD-19" written cd19 (worked out once per text: every language's guess folds the question)."""
    return _MARKER_NAME.sub(r"\1\2", text) if "-" in text else text


@lru_cache(maxsize=32)
def _separable(language: str, lexicon: LanguageLexicon) -> SeparableVerbs | None:
    """The separable verbs the lexicon knows (German only): every word it lists, in any of its lists."""
    if language != "de":
        return None
    lists = (lexicon.synonyms, lexicon.glossary, lexicon.decision_words, lexicon.done_words, lexicon.taking_words)
    cues = (lexicon.eligibility_words, lexicon.asking_words, lexicon.joining_words)
    words = [fold_for(language, w) for group in (*lists, *cues) for w in group]
    return SeparableVerbs.of(words, stemmer(language))


def fold_joined(language: str, text: str, lexicon: LanguageLexicon) -> str:
    """Fold text as `fold_for` does, with a German separable verb joined to the particle its clause ends in
    ("Wie läuft die Behandlung ab?" -> wie ablaufen die behandlung; see bot/i18n/separable.py)."""
    if language == "fr":
        return read_french(text, lambda clause: fold_for(language, clause))
    if language == "es":
        return read_spanish(text, lambda clause: fold_for(language, clause))
    verbs = _separable(language, lexicon)
    if verbs is None:
        return fold_for(language, text)
    return verbs.join(fold_for(language, clause).split() for clause in clauses(text))


def without_clitic(word: str, lexicon: LanguageLexicon) -> str:
    """The verb without a pronoun joined to it: an infinitive or gerund with one ("dejarlas", "tomarlo",
    "cambiandola", "darte") is read as the verb."""
    for clitic in lexicon.clitics:  # longest first
        rest = word[: -len(clitic)]
        if not word.endswith(clitic) or not rest.endswith(_VERB_BEFORE_CLITIC):
            continue
        # A short verb only when the lexicon lists it ("darte": dar; "parte" is no "par" + "te")
        if len(rest) > MIN_STEM or rest in lexicon.stopwords or rest in lexicon.glossary:
            return rest
    return word


def strip_ending(word: str, lexicon: LanguageLexicon) -> str:
    """Remove the longest known ending that leaves a stem of at least MIN_STEM letters."""
    if word.isdigit():
        return word
    for suffix in lexicon.suffixes:  # longest first
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def _head_before(part: str, word: str, lexicon: LanguageLexicon) -> str | None:
    """The start of a compound that ends in `part`, without its linking letters, if it can be a word on its own."""
    if not word.endswith(part) or len(word) - len(part) < MIN_PART:
        return None
    head = word[: -len(part)]
    for link in ("", *_LINKING):
        if link and not head.endswith(link):
            continue
        stem = head[: len(head) - len(link)]
        if stem and (stem in lexicon.compound_parts or len(stem) >= MIN_STEM + 1):
            return stem
    return None


def _tail_after(part: str, word: str, lexicon: LanguageLexicon) -> str | None:
    """The rest of a compound that starts with `part`, if it can be a word on its own."""
    rest = word[len(part) :]
    if word.startswith(part) and (rest in lexicon.compound_parts or len(rest) > MIN_STEM + 1):
        return rest
    return None


def split_compound(word: str, lexicon: LanguageLexicon, depth: int = 0) -> list[str]:
    """Split a compound into known parts ("zelltherapie" -> zell, therapie); unknown words stay whole."""
    if depth > 3 or len(word) < 2 * MIN_PART:
        return [word]
    for part in lexicon.compound_parts:  # longest first
        if part == word or len(part) < MIN_PART:
            continue
        head = _head_before(part, word, lexicon)
        if head:
            return [*split_compound(head, lexicon, depth + 1), part]
        tail = _tail_after(part, word, lexicon)
        if tail:
            return [part, *split_compound(tail, lexicon, depth + 1)]
    return [word]


@dataclass(frozen=True)
class _Reading:
    """A lexicon prepared for reading: phrase rewrites, synonyms by word and by stem, canonical meanings."""

    phrases: tuple[tuple[re.Pattern[str], str], ...]
    by_word: dict[str, str]
    meanings: frozenset[str]
    spellings: tuple[str, ...]  # the single words the lexicon knows, for reading a misspelt one
    english: dict[str, str]  # the glossary by word and by stem: everyday words as plain English
    by_snowball: dict[str, str]  # synonyms by Snowball stem: another form of a listed word ("beobachtet")
    english_by_snowball: dict[str, str]  # the glossary by Snowball stem
    snowball: Callable[[str], str]
    variants: Callable[[str], tuple[str, ...]]  # the language's other spellings of a word (bot/i18n/spanish.py)

    def family(self, word: str, *, whole: bool = False) -> str | None:
        """The meaning of another form of a word the lexicon lists (a verb for its noun, a participle for its
        verb: "aprobado" for "aprobación", "beobachtet" for "Beobachtung"), found by the word's Snowball stem."""
        if len(word) <= MIN_SNOWBALL_STEM or not word.isalpha():
            return None
        stem = self.snowball(word)
        if len(stem) < MIN_SNOWBALL_STEM:
            return None
        return self.by_snowball.get(stem) or (self.english_by_snowball.get(stem) if whole else None)

    def misspelt(self, word: str) -> str | None:
        """Return the lexicon word `word` is a slip away from (synonym or compound), or None."""
        if len(word) < MIN_TYPO_WORD or not word.isalpha():
            return None
        edits = 1 if len(word) < LONG_TYPO_WORD else 2
        found = process.extractOne(word, self.spellings, scorer=OSA.distance, score_cutoff=edits)
        # A slip keeps the word's first letter: another first letter makes another word ("vorstellen" is no
        # "herstellen", a German prefix changes the verb).
        return found[0] if found and found[0][0] == word[0] else None


def _phrase_pattern(phrase: str, lexicon: LanguageLexicon) -> re.Pattern[str]:
    """A phrase's words with any of the language's endings: "effets secondaires" also reads "effet secondaire" and
    "effet secondaires", "b zellen" also "b zelle" (the phrase is listed in one form, a member writes any)."""
    endings = "|".join(re.escape(s) for s in lexicon.suffixes)
    words = []
    for word in phrase.split():
        stem = strip_ending(word, lexicon)
        words.append(f"{re.escape(stem)}(?:{endings})?" if stem != word and endings else re.escape(word))
    return re.compile(rf"\b{' '.join(words)}\b")


def _by_snowball(words: Mapping[str, str], snowball: Callable[[str], str]) -> dict[str, str]:
    """Single words by their Snowball stem; a stem two listed words with different meanings share is left out."""
    found: dict[str, set[str]] = {}
    for word, meaning in words.items():
        if " " not in word and len(word) > MIN_SNOWBALL_STEM and len(snowball(word)) >= MIN_SNOWBALL_STEM:
            found.setdefault(snowball(word), set()).add(meaning)
    return {stem: next(iter(meanings)) for stem, meanings in found.items() if len(meanings) == 1}


@lru_cache(maxsize=32)
def _reading(language: str, lexicon: LanguageLexicon) -> _Reading:
    phrases = sorted((k for k in lexicon.synonyms if " " in k), key=len, reverse=True)
    by_word = {strip_ending(k, lexicon): v for k, v in lexicon.synonyms.items() if " " not in k}
    by_word.update({k: v for k, v in lexicon.synonyms.items() if " " not in k})
    single = {k for k in lexicon.synonyms if " " not in k} | set(lexicon.compound_parts)
    english = {strip_ending(k, lexicon): v for k, v in lexicon.glossary.items()} | dict(lexicon.glossary)
    snowball = stemmer(language)
    return _Reading(
        tuple((_phrase_pattern(p, lexicon), f" {lexicon.synonyms[p]} ") for p in phrases),
        by_word,
        frozenset(w for v in lexicon.synonyms.values() for w in v.split()),
        tuple(sorted(w for w in single if len(w) >= MIN_TYPO_WORD - 1)),
        english,
        _by_snowball(lexicon.synonyms, snowball),
        _by_snowball(lexicon.glossary, snowball),
        snowball,
        _VARIANTS.get(language, _no_variants),
    )


def _no_variants(_word: str) -> tuple[str, ...]:
    return ()


_VARIANTS: dict[str, Callable[[str], tuple[str, ...]]] = {"es": spanish_variants, "de": german_variants}


def _read_word(word: str, lexicon: LanguageLexicon, reading: _Reading, *, whole: bool = False) -> str | None:
    """Return one word's meaning: a synonym, a canonical meaning kept as is, or the word without its ending (the
    word as written when `whole`: an English reading keeps a loanword whole, "nephritis", "outcome")."""
    if word in lexicon.stopwords or (len(word) == 1 and not word.isdigit() and word not in reading.by_word):
        # a single letter is read only when the lexicon lists it ("q es car-t": que); the English reading keeps
        # what a filler word says in English ("sin": without, "otro": other)
        return lexicon.glossary.get(word) if whole else None
    if word in reading.meanings:
        return word
    stem = strip_ending(word, lexicon)
    meaning = _meaning(word, stem, lexicon, reading, whole=whole)
    if meaning is None and _filler(word, lexicon):
        return None
    return meaning or (word if whole else stem)


def _meaning(word: str, stem: str, lexicon: LanguageLexicon, reading: _Reading, *, whole: bool) -> str | None:
    """A word's synonym (as written or without its ending), its glossary English when `whole`, else the meaning of
    another form of it (its Snowball stem)."""
    meaning = reading.by_word.get(word) or reading.by_word.get(stem)
    if meaning is None and whole:
        meaning = reading.english.get(word) or reading.english.get(stem)
    if meaning is None and word not in lexicon.compound_parts:
        meaning = reading.family(word, whole=whole)
    return meaning


def _filler(word: str, lexicon: LanguageLexicon) -> bool:
    """An adverb the lexicon does not know ("concrètement", "exactamente", "normalerweise"): manner, not matter."""
    return word not in lexicon.compound_parts and any(
        word.endswith(ending) and len(word) - len(ending) >= MIN_STEM for ending in lexicon.filler_endings
    )


def _known(word: str, lexicon: LanguageLexicon, reading: _Reading) -> bool:
    """Say whether the lexicon knows the word as written, without its ending, or by another form of it."""
    if word in lexicon.stopwords or word in reading.by_word or word in reading.meanings or word in reading.english:
        return True
    return strip_ending(word, lexicon) in reading.by_word or reading.family(word, whole=True) is not None


def _spelled(word: str, lexicon: LanguageLexicon, reading: _Reading) -> str:
    """The word; another form of it the lexicon knows (a stem-changing verb, a diminutive: the language's
    `variants`); or the lexicon word it misspells when the lexicon does not know it."""
    if _known(word, lexicon, reading):
        return word
    known_form = next((form for form in reading.variants(word) if _known(form, lexicon, reading)), None)
    if known_form is not None:
        return known_form
    parts = split_compound(word, lexicon)
    if len(parts) > 1 and parts[-1] in lexicon.compound_parts:  # a compound, not a slip: "Brustkrebs"
        return word
    return reading.misspelt(word) or word


@lru_cache(maxsize=8192)
def _words(language: str, text: str, lexicon: LanguageLexicon, whole: bool = False) -> tuple[str, ...]:
    reading = _reading(language, lexicon)
    folded = f" {fold_joined(language, text, lexicon)} "
    for pattern, meaning in reading.phrases:
        folded = pattern.sub(meaning, folded)
    result: list[str] = []
    for word in folded.split():
        raw = _spelled(without_clitic(word, lexicon), lexicon, reading)
        read = _read_word(raw, lexicon, reading)
        if read is None:  # a filler word; the English reading keeps what it says ("sin": without)
            result.extend((_read_word(raw, lexicon, reading, whole=True) or "").split() if whole else ())
            continue
        # A synonym or a canonical meaning is read whole; any other word may be a compound of known parts.
        known = read != strip_ending(raw, lexicon) or raw in reading.meanings or raw in lexicon.compound_parts
        parts = [raw] if known else split_compound(raw, lexicon)
        for part in parts:
            part_meaning = _read_word(part, lexicon, reading, whole=whole)
            if part_meaning:
                result.extend(part_meaning.split())
    return tuple(result)


def language_tokens(language: str, text: str, lexicon: LanguageLexicon) -> tuple[str, ...]:
    """Return the meaningful words of a question in this language, normalised to the FAQ's concepts."""
    return _words(language, text, lexicon)


def english_gloss(language: str, text: str, lexicon: LanguageLexicon) -> str:
    """Return the question as the English matcher can read it: every word the lexicon knows as its meaning (the
    FAQ's English concepts), every other word as written, so that a loanword the English FAQ uses still counts."""
    return " ".join(_words(language, text, lexicon, True))


def folded_words(language: str, text: str) -> frozenset[str]:
    """Return every folded word of the text, filler included (for cues such as 'ich' + 'absetzen')."""
    return frozenset(fold_for(language, text).split())
