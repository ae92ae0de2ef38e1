"""The Snowball stemmers (snowballstemmer) for the FAQ's languages: every form of a word to one stem
("beobachtet" and "Beobachtung" -> beobacht, "aprobado" and "aprobación" -> aprob)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import snowballstemmer

STEMMERS = {"de": "german", "es": "spanish", "fr": "french"}
# A French feminine participle written without its accent ("autorisee", "approuvees"): the stemmer needs the "é"
# to see the ending.
_FRENCH_PARTICIPLE = re.compile(r"ee(?=s?$)")
# A Spanish conditional written without its accent ("aceptarian", "tomaria"): the stemmer needs the "í" to see the
# ending, else "aceptarian" stems to "aceptari" and not to "acept" as "aceptar" does.
_SPANISH_CONDITIONAL = re.compile(r"(?<=[aei]r)i(?=a|as|amos|ais|an$)")


@lru_cache(maxsize=8)
def stemmer(language: str) -> Callable[[str], str]:
    """Return the language's Snowball stemmer, or a function returning the word (a language it does not know)."""
    name = STEMMERS.get(language)
    if name is None:
        return lambda word: word
    stem: Callable[[str], str] = snowballstemmer.stemmer(name).stemWord
    if language == "fr":
        return lru_cache(maxsize=8192)(lambda word: stem(_FRENCH_PARTICIPLE.sub("ée", word)))
    if language == "es":
        return lru_cache(maxsize=8192)(lambda word: stem(_SPANISH_CONDITIONAL.sub("í", word)))
    return lru_cache(maxsize=8192)(stem)
