"""Translated FAQ content: entries, caveats and matching vocabulary for one language besides English."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from bot.knowledge.model import Entry

PENDING_REVIEW = "pending"


def entry_fingerprint(entry: Entry) -> str:
    """Return a short fingerprint of the English text a translation must follow (question, answer, caveats).

    A translation records it as `translated_from`; when the English text changes, the fingerprint changes and the
    translation is stale until a moderator re-checks it and copies the new fingerprint.
    """
    text = "\n".join((entry.question, " ".join(entry.answer.split()), *entry.caveats))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class TranslatedEntry:
    """One entry in another language; citations stay those of the English entry (the sources are English)."""

    id: str
    language: str
    question: str
    aliases: tuple[str, ...]
    answer: str | None  # None: only the question and aliases are translated, so the English answer is served
    caveats: tuple[str, ...]
    reviewed: date
    reviewed_by: str
    translated_from: str
    stale: bool  # the English entry changed after this translation was made
    file: str = ""

    @property
    def pending_review(self) -> bool:
        """Say whether a native-speaking moderator has yet to sign this translation off."""
        return self.reviewed_by.casefold() == PENDING_REVIEW


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: it keys the normaliser's cache
class LanguageLexicon:
    """How to read questions in one language: filler words, synonyms, compound parts, personal-decision cues."""

    stopwords: frozenset[str] = frozenset()
    synonyms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    compound_parts: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    self_words: frozenset[str] = frozenset()
    decision_words: frozenset[str] = frozenset()
    clitics: tuple[str, ...] = ()  # pronouns joined to a verb ("dejarlas" = dejar + las), longest first
    wondering: tuple[str, ...] = ()  # "ich frage mich", "je me demande": asking oneself, never a decision
    anchors: frozenset[str] = frozenset()  # normalised words that tie a question to lupus or CAR-T
    place_names: frozenset[str] = frozenset()  # countries and regions: a detail of a question, not its subject
    medicines: frozenset[str] = frozenset()  # medicines as spelled in this language ("Kortison", "prednisona")
    # Which doctor referral fits a personal decision (bot.i18n.decisions); single words are compared by their stem.
    done_words: frozenset[str] = frozenset()  # a change made already: "abgesetzt", "dejé", "arrêté"
    done_helpers: frozenset[str] = frozenset()  # if any, a done word counts only just after one ("j'ai arrêté")
    no_longer_words: tuple[str, ...] = ()  # "nicht mehr", "ya no", "plus": with a taking word, a change made
    taking_words: frozenset[str] = frozenset()  # taking a medicine: "nehmen", "tomar", "prendre"
    eligibility_words: tuple[str, ...] = ()  # "in Frage kommen", "participar", "candidate": could I qualify
    asking_words: tuple[str, ...] = ()  # asking one's doctor, travelling for, trying or waiting for a treatment
    joining_words: tuple[str, ...] = ()  # "teilnehmen", "participar": with a could_words verb, could I qualify
    could_words: frozenset[str] = frozenset()  # "könnte", "podría", "pourrait"
    arithmetic_words: frozenset[str] = frozenset()  # "mal", "por", "fois", "zwei": with numbers, a sum to work out
    filler_endings: tuple[str, ...] = ()  # adverb endings ("-mente", "-ement"): a word the lexicon lacks is filler
    # Everyday words as plain English ("dar": give, "später": later), read only for the English reading
    # (bot.i18n.bridge): the English matcher understands a sentence, not only the FAQ's concepts.
    glossary: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Pronouns that stand for the FAQ's subject in a question that leaves it out ("Heilt das?", "¿Es peligroso
    # eso?", "Ça guérit ?"): as in English, with a word the FAQ's questions ask about they tie it to the subject.
    subject_pronouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LanguagePack:
    """Everything the FAQ has in one language. `caveats` are in the order of the English caveats, all of them."""

    language: str
    caveats: tuple[str, ...]
    entries: Mapping[str, TranslatedEntry]
    lexicon: LanguageLexicon

    def entry(self, entry_id: str) -> TranslatedEntry | None:
        """Return the translation of an entry, or None."""
        return self.entries.get(entry_id)
