"""Read a personal treatment decision in German, Spanish or French, and the kind of doctor referral that fits it.

The English reader (bot.answering.personal) reads concepts near each other; this one reads the same concepts from
the language's lexicon (knowledge/translations/<lang>/lexicon.yaml), by word stem, so that every form of a verb
counts once one is listed: "absetzen", "absetze"; "dejar", "dejamos", "dejé"; "arrêter", "arrête", "arrêterais".
The stems come from the Snowball stemmers (snowballstemmer), kept and tested for these languages for decades;
our own endings list (bot.i18n.normalise) serves matching, where it must agree with the FAQ's phrasings.

Kinds, first that fits: a change made already ("ich habe mein Kortison abgesetzt", "llevo una semana sin tomar",
"je prends plus mon plaquenil"); a change to a medicine named; whether one could qualify or take part ("in Frage
kommen", "participar"); asking one's doctor, travelling for, trying or waiting for a treatment; any other decision
("soll ich ...") gets the general referral.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.answering.personal import Decision
from bot.i18n.normalise import fold_for, fold_joined, without_clitic
from bot.i18n.stems import stemmer
from bot.knowledge.translation_model import LanguageLexicon

NO_LONGER_REACH = 5  # "nicht mehr genommen", "ich nehme mein Kortison seit Montag nicht mehr", "sin tomar"
HELPER_REACH = 3  # "j'ai (déjà) arrêté"
DOCTOR = "doctor"  # the lexicons' meaning of "Arzt", "reumatóloga", "médecin"
OTHERS = frozenset({"patient", "people"})  # the lexicons' meanings of "Patienten", "pacientes", "les gens"
SUBJECT_REACH = 10  # "hab mein quensyl schon seit ner woche nicht mehr genommen"
MIN_STEMMED = 3  # shorter words are compared only as written ("bajo" is not "bajar")


@dataclass(frozen=True)
class _Cues:
    """One list of cues, ready to compare: the stems of its words, its words as listed, its phrases."""

    stems: frozenset[str]
    words: frozenset[str]
    phrases: tuple[str, ...]


def _padded(words: Iterable[str]) -> str:
    return f" {' '.join(words)} "


class DecisionReading:
    """The language's decision cues, read by stem; phrases ("in frage", "ya no") by their words in a row."""

    def __init__(self, language: str, lexicon: LanguageLexicon) -> None:
        self.language = language
        self._lexicon = lexicon
        self._stem = stemmer(language)
        words_of = self._cues
        self._decide = words_of(lexicon.decision_words)
        self._eligible = words_of(lexicon.eligibility_words)
        self._asking = words_of(lexicon.asking_words)
        self._joining = words_of(lexicon.joining_words)
        self._taking = words_of(lexicon.taking_words)
        self._no_longer = tuple(f" {fold_for(language, p)} " for p in lexicon.no_longer_words)
        self._doctor = frozenset(word for word, meaning in lexicon.synonyms.items() if meaning == DOCTOR)
        self._others = frozenset(word for word, meaning in lexicon.synonyms.items() if meaning in OTHERS)

    def _cues(self, cues: Iterable[str]) -> _Cues:
        """Single words as stems (and as written), phrases as written (folded)."""
        folded = [fold_for(self.language, cue) for cue in cues]
        single = frozenset(c for c in folded if " " not in c)
        return _Cues(frozenset(self._stem(c) for c in single), single, tuple(f" {c} " for c in folded if " " in c))

    def words(self, text: str) -> tuple[str, ...]:
        """The folded words of a message, asking oneself ("ich frage mich", "je me demande") left out."""
        folded = f" {fold_joined(self.language, text, self._lexicon)} "
        for phrase in self._lexicon.wondering:
            folded = folded.replace(f" {phrase} ", " ")
        return tuple(without_clitic(word, self._lexicon) for word in folded.split())

    def _hits(self, words: Sequence[str], cues: _Cues, *, stems: bool = True) -> list[int]:
        """Where the cues stand in the words: each word listed (or, with `stems`, whose stem is one listed), each
        phrase's first word."""
        stopwords = self._lexicon.stopwords
        hits = [at for p in cues.phrases if (at := self._phrase_at(words, p.split())) is not None]
        hits += [
            i
            for i, word in enumerate(words)
            if word in cues.words
            or word in cues.stems
            or (stems and len(word) >= MIN_STEMMED and word not in stopwords and self._stem(word) in cues.stems)
        ]
        return hits

    def _phrase_at(self, words: Sequence[str], phrase: Sequence[str]) -> int | None:
        """Where a phrase starts in the words, its words in a row or with one filler word between two of them ("ça
        vaut-tu la peine", "vale realmente la pena"); None when it is not there."""
        for start, word in enumerate(words):
            if word != phrase[0]:
                continue
            at = start
            for part in phrase[1:]:
                if at + 1 < len(words) and words[at + 1] == part:
                    at += 1
                elif at + 2 < len(words) and words[at + 2] == part and words[at + 1] in self._lexicon.stopwords:
                    at += 2
                else:
                    break
            else:
                return start
        return None

    def _has(self, words: Sequence[str], cues: _Cues, *, stems: bool = True) -> bool:
        return bool(self._hits(words, cues, stems=stems))

    def _qualifies(self, words: Sequence[str]) -> bool:
        """ "Komme ich in Frage", "¿soy candidata?"; taking part with a "could" ("könnte meine Mutter teilnehmen")."""
        could = not self._lexicon.could_words.isdisjoint(words)
        return self._has(words, self._eligible) or (could and self._has(words, self._joining))

    def decides(self, text: str, *, names_medicine: bool, of_self: bool = True) -> bool:
        """Say whether the message has a decision cue (the asker and the subject are checked by the matcher).

        Asking, trying, waiting or taking part is a decision with a decision word ("soll ich meinen Arzt fragen"),
        a medicine named ("mi médico quiere darme belimumab, ¿mejor espero al car-t?") or when the asker asks a
        doctor named after the verb ("frage ich meine Rheumatologin", "preguntarle a mi médico"): "ich wollte fragen,
        wie lange ..." asks the FAQ, and "mi reumatóloga me habló de CAR-T" says who spoke of it. Unless the asker
        speaks of themselves (`of_self`), only the forms listed count: "¿dejaron los pacientes la prednisona?" asks
        what the patients did.
        """
        words = self.words(text)
        if not of_self:
            return self._has(words, self._decide, stems=False)
        if self.done(words) or self._has(words, self._decide) or self._qualifies(words):
            return True
        asking = self._has(words, self._asking) or self._has(words, self._joining)
        if (asking and names_medicine) or self._joins_by_own_hand(words):
            return True
        doctors = [i for i, word in enumerate(words) if word in self._doctor]
        asks = self._hits(words, self._asking) + self._hits(words, self._joining)
        return any(a < d for a in asks for d in doctors)

    def _joins_by_own_hand(self, words: Sequence[str]) -> bool:
        """Taking part said in the first person, as a question to oneself: "¿la anoto en un ensayo?" (Spanish
        first-person "-o" of a joining verb), "je l'inscris à un essai ?" ("je" just before it, a pronoun between)."""
        for at in self._hits(words, self._joining):
            word = words[at]
            if self.language == "es" and word.endswith("o"):
                return True
            if self.language == "fr" and any(w in ("je", "j") for w in words[max(0, at - 2) : at]):
                return True
        return False

    def done(self, words: Sequence[str]) -> bool:
        """A change the asker made already: a done word (after a helper verb, in a language listing some), or "no
        longer" near a verb of taking ("nicht mehr genommen", "sin tomar", "je prends plus"); said of oneself, not of
        the patients read about ("j'ai lu que les patients ne prenaient plus de médicaments")."""
        lexicon = self._lexicon
        helpers = lexicon.done_helpers
        for i, word in enumerate(words):
            helped = not helpers or any(h in helpers for h in words[max(0, i - HELPER_REACH) : i])
            if word in lexicon.done_words and helped and self._said_of_self(words, i):
                return True
        return any(self._no_longer_taking(words, start, end) for start, end in self._cue_spans(words))

    def _said_of_self(self, words: Sequence[str], at: int) -> bool:
        """Say whether the last person named before `at` (within reach) is the asker, not patients or people."""
        for word in reversed(words[max(0, at - SUBJECT_REACH) : at]):
            if word in self._lexicon.self_words:
                return True
            if word in self._others:
                return False
        return False

    def _cue_spans(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """The first and last word of each "no longer" phrase in the words."""
        padded, spans = _padded(words), []
        for phrase in self._no_longer:
            at = padded.find(phrase)
            while at >= 0:
                start = padded[:at].count(" ")
                spans.append((start, start + phrase.strip().count(" ")))
                at = padded.find(phrase, at + 1)
        return spans

    def _no_longer_taking(self, words: Sequence[str], start: int, end: int) -> bool:
        """A verb of taking near a "no longer" phrase, not one a change verb governs ("puedo dejar de tomar la
        azatioprina sin más" asks about a change)."""
        for i in range(max(0, start - NO_LONGER_REACH), min(len(words), end + NO_LONGER_REACH + 1)):
            if self._has(words[i : i + 1], self._taking):
                governed = self._has(words[max(0, i - 2) : i], self._decide)
                return not governed and self._said_of_self(words, max(i, end) + 1)  # "ya no tomo": I
        return False

    def kind(self, text: str, *, names_medicine: bool) -> Decision:
        """The kind of a decision already found (see the module's docstring for the order)."""
        words = self.words(text)
        if self.done(words):
            return Decision.ALREADY_CHANGED
        if names_medicine:
            return Decision.CHANGE_MEDICINE
        if self._qualifies(words):
            return Decision.ELIGIBILITY
        if self._has(words, self._asking) or self._has(words, self._joining):
            return Decision.ASK_OR_TRY
        return Decision.CHANGE_MEDICINE
