"""German separable verbs, joined back together before a question is read.

In a German main clause or question the finite verb comes early and its particle goes to the end of the clause:
"Wie läuft die Behandlung ab?" is "ablaufen", "Bricht der Lupus wieder aus?" is "ausbrechen", "Lassen die Behörden
das zu?" is "zulassen". Read word by word, the verb's meaning is lost ("laufen" is to run, "ab" is filler). This
module finds a clause that ends in a particle, joins the particle to the clause's verb when the joined verb is one
the language's lexicon knows (any listed form of it: the Snowball stem decides) and puts the infinitive where the
particle stood, as a subordinate clause or an infinitive phrase has it ("Bricht der Lupus wieder aus?" -> "der
Lupus wieder ausbrechen", so a listed phrase "wieder ausbrechen" is read in both word orders); a clause
whose joined verb the lexicon does not know is left as it is, so a stranded preposition never makes a verb up.
A zu-infinitive ("anzugreifen", "abzusetzen") is read as its plain infinitive the same way.

The grammar is the language's, not the FAQ's: the particles, the person and tense endings and the vowel-changing
(strong) verbs' forms below hold for every verb, so a verb added to the lexicon is joined in every form at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Particles a separable verb leaves at the end of its clause (folded: "zurück" -> zurueck).
PARTICLES = frozenset(
    "ab an auf aus bei dar durch ein fest fort frei her heraus herein herunter hin hinaus hinein hoch los mit nach "
    "raus rein runter teil um verloren vor voran vorbei weg weiter wieder zu zurueck zusammen".split()
)
# Particles that are also prepositions ("mit der Forschung"): joined only at the very end of a clause.
PREPOSITIONS = frozenset("ab an auf aus bei durch mit nach um vor zu".split())
# Person and tense endings of a finite verb, longest first: "setzt" -> setz, "stellte" -> stell, "greifen" -> greif.
_ENDINGS = ("test", "tet", "ten", "est", "et", "st", "te", "en", "t", "e", "n")
# Strong verbs change their vowel in the present ("läuft") or the past ("hielt", "kam"): the form's infinitive stem.
# Folded as the matcher folds (ä -> ae, ß -> ss); a past plural ("kamen") is its singular plus an ending.
# Written "stem: its forms; stem: its forms; ..."
_STRONG = (
    "lauf: laeuft laeufst lief; halt: haelt haeltst hielt; fall: faellt faellst fiel; "
    "schlag: schlaegt schlaegst schlug; trag: traegt traegst trug; fahr: faehrt faehrst fuhr; "
    "lass: laesst liess; wachs: waechst wuchs; nehm: nimmt nimmst nahm; geb: gibt gibst gab; "
    "brech: bricht brichst brach; sprech: spricht sprichst sprach; treff: trifft triffst traf; "
    "tret: tritt trittst trat; seh: sieht siehst sah; les: liest las; helf: hilft hilfst half; "
    "werf: wirft wirfst warf; sterb: stirbt starb; komm: kam; geh: ging; steh: stand; find: fand; zieh: zog; "
    "biet: bot; greif: griff; schneid: schnitt; steig: stieg; bleib: blieb; schein: schien; ruf: rief; "
    "lieg: lag; sitz: sass; heb: hob; schieb: schob; schliess: schloss; weis: wies; reiss: riss; bring: brachte; "
    "denk: dachte; kenn: kannte; wend: wandte; send: sandte; tu: tat; stoss: stiess stoesst; spring: sprang; "
    "wasch: wusch waescht; lad: lud laedt; meid: mied; weich: wich; schreib: schrieb; treib: trieb; "
    "fang: faengt faengst fing; haeng: hing; gelt: gilt galt; ess: isst ass; mess: misst mass; renn: rannte; "
    "nenn: nannte"
)
STRONG_FORMS = {
    form: stem for group in _STRONG.split("; ") for stem, forms in [group.split(": ")] for form in forms.split()
}
# A clause ends at punctuation and before a conjunction that joins two main clauses (the conjunction is kept).
_CLAUSE_BREAK = re.compile(r"[,.;:!?¿¡\n()]+|\s(und|oder|aber|sondern|denn)\s", re.IGNORECASE)
_ZU_INFIX = re.compile(rf"^({'|'.join(sorted(PARTICLES, key=len, reverse=True))})zu([a-z]{{2,}}(?:en|ern|eln))$")


@dataclass(frozen=True)
class SeparableVerbs:
    """The separable verbs one lexicon knows, by Snowball stem (so every listed form of a verb counts)."""

    known: frozenset[str]  # the listed words and their Snowball stems
    stem: Callable[[str], str]

    @classmethod
    def of(cls, words: Iterable[str], stem: Callable[[str], str]) -> SeparableVerbs:
        """The lexicon's words (a phrase's too: "wieder ausbrechen") that start with a particle: only those can be a
        joined verb."""
        listed = {w for phrase in words for w in phrase.split() if w.startswith(tuple(PARTICLES))}
        return cls(frozenset(listed | {stem(w) for w in listed}), stem)

    def knows(self, infinitive: str) -> bool:
        return infinitive in self.known or self.stem(infinitive) in self.known

    def joined(self, particle: str, word: str) -> str | None:
        """The infinitive of `word` (a finite verb form) with `particle` before it, if the lexicon knows it."""
        for stem in _stems(word):
            for ending in _infinitive_endings(stem):
                infinitive = f"{particle}{stem}{ending}"
                if self.knows(infinitive):
                    return infinitive
        return None

    def plain(self, word: str) -> str:
        """A zu-infinitive as its plain infinitive ("anzugreifen" -> angreifen) when the lexicon knows it."""
        match = _ZU_INFIX.match(word) if "zu" in word else None
        if match and self.knows(match.group(1) + match.group(2)):
            return match.group(1) + match.group(2)
        return word

    def join(self, folded_clauses: Iterable[list[str]]) -> str:
        """The clauses' words with each clause-final particle joined to its verb; one folded line."""
        out: list[str] = []
        for words in folded_clauses:
            out.extend(self._join_clause([self.plain(w) for w in words]))
        return " ".join(out)

    def _join_clause(self, words: list[str]) -> list[str]:
        """Join the clause's particle to the first word before it that makes a verb the lexicon knows: the last
        word, or an adverb-like particle a phrase may follow ("wie geht es weiter mit der Forschung")."""
        for at in range(len(words) - 1, 0, -1):
            particle = words[at]
            if particle not in PARTICLES or (at < len(words) - 1 and particle in PREPOSITIONS):
                continue
            for place, word in enumerate(words[:at]):
                infinitive = self.joined(particle, word)
                if infinitive:  # where an infinitive stands: "bricht ... wieder aus" -> "... wieder ausbrechen"
                    return [*words[:place], *words[place + 1 : at], infinitive, *words[at + 1 :]]
        return words


def _infinitive_endings(stem: str) -> tuple[str, ...]:
    """The endings that make an infinitive of a stem: "-en", "-n" after -el/-er ("wandern"), after -u only "-n"
    ("tun": "ich tu mir was an" -> antun)."""
    if stem.endswith("u"):
        return ("n",)
    return ("en", "n") if stem.endswith(("el", "er")) else ("en",)


def _stems(word: str) -> list[str]:
    """The stems a finite verb form may have: a strong verb's from the table, else the form without its ending."""
    if word.endswith("ts") and len(word) > 4:  # "es" joined on: "gehts", "klappts"
        word = word[:-1]
    found = [STRONG_FORMS[word]] if word in STRONG_FORMS else []
    for ending in _ENDINGS:
        rest = word[: -len(ending)]
        if word.endswith(ending) and len(rest) >= 2:
            found.append(STRONG_FORMS.get(rest, rest))
    return found or [word]


def clauses(text: str) -> list[str]:
    """The text split where a clause ends: punctuation, and a conjunction that joins two main clauses (kept as a
    clause of its own: "Wie läuft das ab und was kostet es?" -> "Wie läuft das ab", "und", "was kostet es")."""
    return [part for part in _CLAUSE_BREAK.split(text) if part and part.strip()]
