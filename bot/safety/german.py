"""The safety screen's German reading: a separable verb joined back together, a spoken first person read whole.

In a German main clause the finite verb comes early and its particle goes to the end of the clause: "ich tu mir
heute Nacht was an" is "sich etwas antun", "ich bring mich nach der Absage um" is "umbringen". Read word by word the
verb's meaning is lost, and so is the plain order of an inverted subject ("denke ich daran" is "ich denke daran").
The joiner is the one the answering side uses (`bot.i18n.separable`): a clause-final
particle is joined to the clause's verb when the joined verb is one the safety vocabulary knows, and the infinitive
stands where the particle stood ("ich mir heute nacht was antun"). A spoken first person drops its -e ("ich ritz
mich", "ich schneid mich", "ich tu mir was an"): beside "ich" a word that the vocabulary knows only with its -e is read
with it.

`reading` returns the German text read this way, or None when nothing changed (most messages): the screen then reads
the joined text as well as the original one and keeps what either finds, so no phrase written for the split order is
lost. Pure and linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.i18n.separable import SeparableVerbs
from bot.i18n.stems import stemmer
from bot.safety.text import normalise, phrase_words

# Where a clause ends: punctuation, and a conjunction joining two main clauses. The separators are kept, so the
# text's sentences stay where they were.
_CLAUSE_BREAK = re.compile(r"([,.;:!?¿¡\n()\"]+|\s(?:und|oder|aber|sondern|denn)\s)")
_WORD = re.compile(r"[a-z0-9]+")
FIRST_PERSON = "ich"
# "mich", "mir" without "ich" in the clause are the object of someone else's act ("die Müdigkeit bringt mich um", a
# figure of speech): such a clause is not joined, as the vocabulary reads "mich umbringen" as one's own act.
_OBJECT_ME = frozenset({"mich", "mir"})
# Words after which "ich" opens a subordinate clause ("wenn ich nicht mehr kann"), not a main clause's inverted subject.
_SUBORDINATORS = frozenset("dass weil wenn ob als obwohl damit bevor nachdem da wie was wo warum und oder aber".split())


@dataclass(frozen=True)
class GermanReading:
    """What the German reading needs to know of the vocabulary: its separable verbs and the words it lists."""

    verbs: SeparableVerbs
    words: frozenset[str]  # every word of a German phrase, as messages are normalised
    prefixes: tuple[str, ...]  # the phrases' word prefixes ("ritze*" -> "ritze")

    @classmethod
    def of(cls, vocabulary: Mapping[str, Iterable[str]]) -> GermanReading:
        listed = [word for phrases in vocabulary.values() for phrase in phrases for word in phrase_words(phrase)]
        words = frozenset(word for word in listed if not word.endswith("*"))
        prefixes = tuple(sorted({word[:-1] for word in listed if word.endswith("*")}))
        return cls(SeparableVerbs.of(words, stemmer("de")), words, prefixes)

    def knows(self, word: str) -> bool:
        return word in self.words or word.startswith(self.prefixes)

    def spoken(self, words: list[str]) -> list[str]:
        """A first-person verb without its -e read with it, beside "ich" or before "mich" when the subject is left out
        ("ich ritz", "ritz mich seit gestern" -> "ritze")."""
        out = list(words)
        for index, word in enumerate(words):
            after = words[index + 1] if index + 1 < len(words) else ""
            beside = {words[index - 1] if index else "", after}
            if (
                (FIRST_PERSON in beside or after == "mich")
                and not word.endswith("e")
                and not self.knows(word)
                and self.knows(word + "e")
            ):
                out[index] = word + "e"
        return out

    @staticmethod
    def upright(words: list[str]) -> list[str]:
        """A main clause's inverted subject put before its verb ("heute tu ich mir" -> "heute ich tu mir", "manchmal
        denke ich daran" -> "manchmal ich denke daran"), so a phrase written in the plain order reads both."""
        out = list(words)
        for index in range(2, len(out)):  # a verb first in its clause asks a question ("darf ich ...?"): left as is
            if out[index] == FIRST_PERSON and out[index - 1] not in _SUBORDINATORS | {FIRST_PERSON}:
                out[index - 1], out[index] = out[index], out[index - 1]
        return out

    def read(self, text: str) -> str | None:
        """The text with each clause's separable verb joined and spoken forms read whole; None when unchanged."""
        changed, out = False, []
        for part in _CLAUSE_BREAK.split(normalise(text)):
            if not part or _CLAUSE_BREAK.fullmatch(part):
                out.append(part)
                continue
            words = _WORD.findall(part)
            joined = self.upright(self.spoken(words))
            if FIRST_PERSON in words or not _OBJECT_ME.intersection(words):
                joined = self.verbs.join([joined]).split()  # not "das Warten bringt mich um": someone else's act
            if joined != words:
                changed = True
            out.append(f" {' '.join(joined)} ")
        return "".join(out) if changed else None
