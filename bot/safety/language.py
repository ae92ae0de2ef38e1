"""Guess a message's language cheaply (stopwords, letters and word endings); say 'en' when unsure.

Used to answer a crisis message in its own language and to pick the per-language safety rules. It looks only at
the start of a message (a few thousand characters are plenty) and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

SUPPORTED_LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr")
DEFAULT_LANGUAGE = "en"
SCAN_CHARS = 4000  # the language of a message is clear long before this

_WORD = re.compile(r"[^\W\d_]+")

# Frequent short words, with the unaccented spellings people type on phones. Words shared by several languages
# count for each of them; the letters and endings below break the ties.
_STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        "the and is are i my me you it to of a in that this have has was what with for not don't dont can can't "
        "cant so just he she they we do does be about im i'm won't wont want know how why will would if or at "
        "on it's its been feel anyone someone help please".split()
    ),
    "de": frozenset(
        "und ich nicht ist die der das ein eine einen mein meine meiner meinen mir mich du sie er es mit auf für "
        "fur sind habe hab hat bin wir kann nur noch mehr auch wie was wenn aber oder zu von den dem schon "
        "gerade grad weiß weiss nichts keine kein will jetzt einfach immer bitte hilfe sich ganze ganz alle "
        "nach wird wurde gibt mal doch heute dass".split()
    ),
    "es": frozenset(
        "el la los las que y es no mi mis yo me un una por para con se lo ya muy pero como qué tengo estoy "
        "quiero puedo sé hijo hija madre padre más mas todo todos todas esta este está del al sus su nada "
        "nunca porque también tambien bien hay soy cuántas cuantas cuántos cuantos ayuda creo ahora".split()
    ),
    "fr": frozenset(
        "le la les et est je j ne pas mon ma mes un une des du de que qui il elle nous vous pour avec sur dans "
        "plus tout toute toutes ce cette suis ai au aux mais ou très tres peux veux rien moi qu n m l d c "
        "est-ce ça ca sont aide".split()
    ),
    "it": frozenset(
        "il lo la gli le e è di che non mi mia mio un una per con sono ho ha ma più piu ce faccio voglio della "
        "del questo questa anche come cosa tutto tutte tutti perché perche niente si sto ancora nel nella "
        "aiuto sempre voglio posso farla fatto stato già gia".split()
    ),
    "pt": frozenset(
        "o a os as e é de do da dos das que não nao um uma meu minha eu para com em no na mais estou tenho "
        "quero vai sei muito mas também voce você ele ela isso isto tudo porque agora quantos aguento "
        "ajuda pra está esta me".split()
    ),
    "nl": frozenset(
        "de het een en is ik niet mijn je van dat die in op te met voor zijn er maar ook heb ben wil kan meer "
        "wat hoe naar nog al zo geen iedereen mij me hij zij net niets ze hem haar wordt hebben".split()
    ),
    "pl": frozenset(
        "i w nie na się sie jest to że ze z do mój moj moja moje mnie mi ja jak co już juz tak ale czy ten ta "
        "jestem mam dla od po tylko bardzo jej jego wszystko wszystkich chcę chce mogę moge wiem ile "
        "jeszcze".split()
    ),
    "tr": frozenset(
        "ve bir bu da de ben sen o ne için icin çok cok mi mı mu mü değil degil var yok gibi ama daha şimdi "
        "simdi artık artik annem babam herkese benim her hiç hic kadar ile ki".split()
    ),
}

# Letters that (among these nine languages) point to one language, and how strongly.
_LETTERS: Mapping[str, tuple[str, float]] = {
    "ß": ("de", 3.0),
    "ä": ("de", 1.5),
    "ñ": ("es", 3.0),
    "¿": ("es", 3.0),
    "¡": ("es", 3.0),
    "ã": ("pt", 3.0),
    "õ": ("pt", 3.0),
    "ł": ("pl", 3.0),
    "ą": ("pl", 3.0),
    "ę": ("pl", 3.0),
    "ś": ("pl", 3.0),
    "ź": ("pl", 3.0),
    "ż": ("pl", 3.0),
    "ć": ("pl", 3.0),
    "ń": ("pl", 3.0),
    "ı": ("tr", 3.0),
    "ğ": ("tr", 3.0),
    "ş": ("tr", 3.0),
    "œ": ("fr", 3.0),
    "ê": ("fr", 1.5),
    "î": ("fr", 1.5),
    "û": ("fr", 1.5),
    "ù": ("fr", 1.5),
    "ò": ("it", 1.5),
    "ì": ("it", 1.5),
}

# Word endings typical of one language (Turkish verbs, Polish and Dutch forms), for unaccented typing.
_ENDINGS: tuple[tuple[str, str, float], ...] = (
    ("iyor", "tr", 1.5),
    ("iyorum", "tr", 1.0),
    ("miyor", "tr", 1.0),
    ("yorum", "tr", 1.0),
    ("ları", "tr", 1.0),
    ("leri", "tr", 1.0),
    ("dım", "tr", 1.0),
    ("tım", "tr", 1.0),
    ("ść", "pl", 1.5),
    ("ować", "pl", 1.5),
    ("owac", "pl", 1.0),
    ("ij", "nl", 0.5),
    ("tje", "nl", 1.0),
    ("zione", "it", 1.0),
    ("ção", "pt", 2.0),
    ("ções", "pt", 2.0),
    ("ción", "es", 2.0),
    # Infinitives with an attached pronoun (matarme, ammazzarmi) and Italian infinitives: short lines such as
    # "quiero matarme" or "voglio morire" have one stopword only, and these endings settle them.
    ("arme", "es", 1.0),
    ("erme", "es", 1.0),
    ("irme", "es", 1.0),
    ("armi", "it", 1.0),
    ("ermi", "it", 1.0),
    ("irmi", "it", 1.0),
    ("are", "it", 0.5),
    ("ere", "it", 0.5),
    ("ire", "it", 0.5),
)
_IJ_WORDS = frozenset({"mij", "wij", "zij", "bij", "blij", "kijk", "tijd", "rijden", "lijkt", "pijn"})

MIN_SCORE = 1.5  # below this nothing is recognisable and the answer is English


def _scores(text: str) -> dict[str, float]:
    sample = text[:SCAN_CHARS].casefold()
    scores = dict.fromkeys(SUPPORTED_LANGUAGES, 0.0)
    for char in sample:
        hint = _LETTERS.get(char)
        if hint is not None:
            scores[hint[0]] += hint[1]
    for word in _WORD.findall(sample.replace("'", "")):
        for language, words in _STOPWORDS.items():
            if word in words:
                scores[language] += 1.0
        if word in _IJ_WORDS:
            scores["nl"] += 1.0
        for ending, language, weight in _ENDINGS:
            if len(word) > len(ending) + 1 and word.endswith(ending):
                scores[language] += weight
    return scores


@lru_cache(maxsize=2048)
def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the message's language among SUPPORTED_LANGUAGES, 'en' when unsure."""
    scores = _scores(text)
    best = max(SUPPORTED_LANGUAGES, key=lambda language: scores[language])
    if best == DEFAULT_LANGUAGE or scores[best] < MIN_SCORE or scores[best] <= scores[DEFAULT_LANGUAGE]:
        return DEFAULT_LANGUAGE
    return best
