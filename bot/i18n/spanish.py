"""Spanish question grammar that a word-by-word reading gets wrong, read before and while the words are.

- Periphrastic verbs: an auxiliary, its linking word and an infinitive say one thing, and the infinitive says
  what. "acabar de" + infinitive is something just done ("me acaban de diagnosticar" is diagnosed), "ir a" + one
  is what will happen ("lo van a aprobar" is approved), "soler" + one is what usually happens; "tener que",
  "hay que" + one is what must be done ("hay que hacerse quimio antes?"): the auxiliary and its linking word are
  dropped, so "acaban" is no word the FAQ never uses and the "que" of "hay que" is no question "what".
  "volver a" (again, "vuelve a aparecer": it comes back) and "dejar de" (stop taking) keep their verb: the lexicon
  reads them.
- Other forms of a word the lexicon lists (`variants`), tried only when the word as written is not known:
  - a stem-changing verb: "aprueban" is "aprobar", "duelen" "doler", "cuesta" "costar", "sirve" "servir"
    (ue -> o, ie -> e, i -> e in the stem);
  - an accent left off that the stemmer needs: "volvio", "salio" are "volvió", "salió" (the past), "podia" is
    "podía";
  - a diminutive: "riñoncitos" are "riñones", "pastillitas" "pastillas", "poquito" "poco";
  - an imperative with its pronouns joined ("explicámelo", "contame", "decime"): the verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_CLAUSE_END = re.compile(r"[,.;:!?¿¡\n()]+")
_INFINITIVE = re.compile(r"^[a-z]{1,}(?:ar|er|ir)(?:me|te|se|lo|la|le|nos|los|las|les){0,2}$")
# Auxiliaries dropped before their linking word and an infinitive (folded forms; a person form of "acabar" and
# "soler" is read by its start).
_DROPPED: dict[str, frozenset[str]] = {
    "de": frozenset(),  # "acabar de": every form starts with "acab" (below)
    "a": frozenset(
        "voy vas va vamos vais van iba ibas ibamos iban vaya vayas vayamos vayan ire iras ira iremos iran "
        "iria irian ir yendo".split()
    ),
    "que": frozenset(
        "tengo tienes tenes tiene tenemos tienen tenia tenias teniamos tenian tuve tuviste tuvo tuvimos tuvieron "
        "tendre tendras tendra tendremos tendran tendria tendrias tendrian tenga tengas tengamos tengan tener "
        "teniendo hay habra habria habia hubo haya".split()
    ),
}
_DROPPED_BY_START = {"de": ("acab",)}  # "acabo de", "acabaron de"
_SOLER = frozenset("suelo sueles suele solemos suelen solia solias soliamos solian soler".split())
# Stem vowels that change in a stem-changing verb, as the infinitive has them: "aprueb" -> aprob.
_DIPHTHONGS = (("ue", "o"), ("ie", "e"))
_LAST_I = re.compile(r"i(?=[^aeiou]+[aeiou]?[sn]?$)")  # "sirve" -> serve, "pide" -> pede (e -> i verbs)
_PAST_ENDING = re.compile(r"(?<=[^aeiou])io$")  # "volvio" -> volvió: the stemmer needs the accent
_IMPERFECT = re.compile(r"(?<=[^aeiou])ia(s|mos|n)?$")  # "podia" -> podía
_DIMINUTIVE = re.compile(r"(?:ec|c)?it(?:o|a)(s?)$")  # "riñoncitos", "pastillitas", "poquito"
_PRONOUNS = ("melo", "mela", "selo", "sela", "telo", "tela", "me", "te", "se", "lo", "la", "le", "nos", "les")
MIN_VERB = 4  # an imperative is read without its pronoun only if at least this much of it is left


def read_spanish(text: str, fold: Callable[[str], str]) -> str:
    """The folded text (`fold`: the language's folding), clause by clause, with the auxiliaries above dropped."""
    return " ".join(word for clause in _CLAUSE_END.split(text) for word in _without_auxiliaries(fold(clause).split()))


def _without_auxiliaries(words: list[str]) -> list[str]:
    out: list[str] = []
    skip = 0
    for place, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        link = words[place + 1] if place + 1 < len(words) else ""
        verb = words[place + 2] if place + 2 < len(words) else ""
        if link in _DROPPED and _is_auxiliary(word, link) and _INFINITIVE.match(verb):
            skip = 1  # the auxiliary and its linking word
            continue
        if word in _SOLER and _INFINITIVE.match(link):
            continue
        out.append(word)
    return out


def _is_auxiliary(word: str, link: str) -> bool:
    return word in _DROPPED[link] or word.startswith(_DROPPED_BY_START.get(link, ("\0",)))


def variants(word: str) -> tuple[str, ...]:
    """Other spellings of a folded word to look up when it is not known as written (see the notes above): the
    diminutive's base, the accented past and imperfect, the stem-changing verb's infinitive stem, and the
    imperative without its pronouns; each once, in that order."""
    found: list[str] = []
    found.extend(_diminutive_bases(word))
    accented = _PAST_ENDING.sub("ió", word)
    accented = _IMPERFECT.sub(lambda m: "ía" + (m.group(1) or ""), accented)
    found.append(accented)
    for spelling in (word, accented):
        plain = _undiphthong(spelling)
        found.append(plain)
        found.append(_LAST_I.sub("e", plain, count=1))
    found.extend(_imperative(word))
    return tuple(dict.fromkeys(v for v in found if v and v != word))


def _undiphthong(word: str) -> str:
    """The stem with its diphthong as the infinitive has it ("cuesta" -> costa, "pierden" -> perden); a word's
    first two letters are kept ("puede" -> pode, "hueso" is left: it opens with the diphthong)."""
    for diphthong, vowel in _DIPHTHONGS:
        at = word.rfind(diphthong, 1, max(len(word) - 2, 1))
        if at > 0:
            return word[:at] + vowel + word[at + len(diphthong) :]
    return word


def _diminutive_bases(word: str) -> Iterable[str]:
    """The words a diminutive may be made from: "riñoncitos" -> riñones, riñon; "poquito" -> poco."""
    match = _DIMINUTIVE.search(word)
    if match is None or match.start() < 3:
        return ()
    base, plural = word[: match.start()], match.group(1)
    base = base[:-2] + "c" if base.endswith("qu") else base
    vowel = word[match.end(1) - 1 - len(plural)]  # the diminutive's o or a
    return (base + vowel + plural, base + "es" if plural else base, base + "e" + plural, base)


def _imperative(word: str) -> Iterable[str]:
    """An imperative with its pronouns joined ("explicamelo" -> explica, "decime" -> deci)."""
    for pronoun in _PRONOUNS:
        rest = word[: -len(pronoun)]
        if word.endswith(pronoun) and len(rest) >= MIN_VERB and rest[-1] in "aei":
            for second in ("me", "te", "se", "nos"):  # a second pronoun: "explica-me-lo"
                if rest.endswith(second) and len(rest) - len(second) >= MIN_VERB:
                    return (rest[: -len(second)], rest)
            return (rest,)
    return ()
