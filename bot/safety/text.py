"""Turn a message into comparable word tokens in sentences: case, accents, apostrophes and spacing do not count.

Unlike the FAQ's `fold`, letters that Unicode does not decompose (Turkish ı, Polish ł, German ß) are mapped
to plain letters rather than dropped, and sentence ends are kept so the rules can stay inside one sentence.
Everything here is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

MAX_SCREEN_CHARS = 20_000  # a generous cap: a long post is screened whole, a pasted book is cut

_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d"})
# English contractions join up (can't -> cant, I'm -> im); other apostrophes split (j'ai -> j ai).
_CONTRACTION = re.compile(r"(?<=[a-z])['’`´](?=(?:t|m|re|ve|ll|d|s)\b)")
# Spanish opens a question or an exclamation with an inverted mark ("cada día tomo 2, ¿es demasiado?"): it starts a
# sentence of its own, as a full stop ends one.
_TOKEN = re.compile(r"[a-z0-9]+|[.!?;\n¿¡]")
_SENTENCE_END = frozenset(".!?;\n¿¡")
# German zu-infinitives of separable verbs put "zu" between the prefix and the stem (um-zu-bringen, auf-zu-hören):
# the infix is taken out so "umzubringen" reads as "umbringen" and the vocabulary needs only the plain infinitive.
_SEPARABLE = (
    "ab|an|auf|aus|bei|ein|fest|fort|her|herunter|hin|hinunter|los|mit|nach|um|vor|weg|weiter|zu|zurueck|zurück|"
    "zusammen|durch|dar|heraus|hinaus|kaputt|runter|rein|raus|umher|wieder"
)
_ZU_INFIX = re.compile(rf"^({_SEPARABLE})zu([a-z]{{2,}}(?:en|ern|eln)|[a-z]+un)$")


class Token(NamedTuple):
    """One word, where it is (index among words) and which sentence it belongs to."""

    text: str
    sentence: int


def normalise(text: str) -> str:
    """Lower-case, map special letters, strip accents; keeps sentence punctuation and spaces."""
    lowered = text[:MAX_SCREEN_CHARS].casefold().translate(_LETTERS)
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _CONTRACTION.sub("", lowered)


def tokenise(text: str) -> list[Token]:
    """Split a message into word tokens, each tagged with the number of the sentence it is in."""
    tokens: list[Token] = []
    sentence = 0
    for match in _TOKEN.finditer(normalise(text)):
        word = match.group()
        if word in _SENTENCE_END:
            if tokens and tokens[-1].sentence == sentence:
                sentence += 1
            continue
        tokens.append(Token(plain_infinitive(word) if "zu" in word else word, sentence))
    return tokens


def plain_infinitive(word: str) -> str:
    """Take the "zu" out of a German separable verb's zu-infinitive (umzubringen -> umbringen); else the word."""
    match = _ZU_INFIX.match(word) if "zu" in word else None  # (most words have no "zu" to take out)
    return match.group(1) + match.group(2) if match else word


def phrase_words(phrase: str) -> list[str]:
    """Normalise a vocabulary phrase the way messages are normalised; a trailing '*' marks a word prefix."""
    words: list[str] = []
    for raw in phrase.split():
        star = raw.endswith("*")
        body = [t for t in _TOKEN.findall(normalise(raw.rstrip("*"))) if t not in _SENTENCE_END]
        if not body:
            continue
        words.extend(plain_infinitive(word) for word in body[:-1])
        words.append(body[-1] + "*" if star else plain_infinitive(body[-1]))
    return words
