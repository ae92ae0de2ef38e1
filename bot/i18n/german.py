"""German word forms a word-by-word reading does not know, read as a form of a word the lexicon lists.

- The auxiliary and modal verbs in every person and tense ("habt", "seid", "worden", "musst", "durften"): a form the
  lexicon does not list is read as the forms of its verb it does list (filler words, mostly: "haben", "werden"),
  so "Woher habt ihr eure Infos?" has no word the FAQ never uses. "sollen" is left out: the lexicon reads it as
  "should" (a decision).
- Spoken forms: the "du" run into the verb ("haste", "kannste", "weißte" -> hast, kannst, weißt), "isses" (ist es),
  and the first person without its -e ("ich nehm", "krieg ich", "ich mach" -> nehme, kriege, mache).
These are tried only when the word as written is not known (bot/i18n/normalise.py).
"""

from __future__ import annotations

# Folded as the matcher folds (ä -> ae, ß -> ss). Written "verb: its forms; ...".
_PARADIGMS = (
    "sein: bin bist ist sind seid war warst waren wart sei seien waere waerst waeren waert gewesen; "
    "haben: habe hast hat haben habt hatte hattest hatten hattet haette haettest haetten haettet gehabt; "
    "werden: werde wirst wird werden werdet wurde wurdest wurden wurdet wuerde wuerdest wuerden wuerdet "
    "geworden worden; "
    "koennen: kann kannst koennen koennt konnte konntest konnten konntet koennte koenntest koennten gekonnt; "
    "muessen: muss musst muessen muesst musste musstest mussten musstet muesste muesstest muessten; "
    "duerfen: darf darfst duerfen duerft durfte durftest durften duerfte duerftest duerften; "
    "wollen: will willst wollen wollt wollte wolltest wollten wolltet gewollt; "
    "moegen: mag magst moegen moegt mochte mochtest mochten moechte moechtest moechten moechtet"
)
FORMS: dict[str, tuple[str, ...]] = {}
for _group in _PARADIGMS.split("; "):
    _verb, _forms = _group.split(": ")
    for _form in (_verb, *_forms.split()):
        FORMS[_form] = (_verb, *_forms.split())
_SPOKEN = {"isses": "ist", "issn": "ist", "hamse": "haben", "hamma": "haben", "gibste": "gibst"}
MIN_SPOKEN = 3  # "ich nehm": a first person without its -e is at least this long


def variants(word: str) -> tuple[str, ...]:
    """The forms the word may stand for: its verb's other forms, the standard spelling of a spoken form."""
    found: list[str] = [*FORMS.get(word, ())]
    if word in _SPOKEN:
        found.append(_SPOKEN[word])
    if word.endswith("ste") and len(word) >= MIN_SPOKEN + 2:  # "haste" -> hast
        found.append(word[:-1])
        found.extend(FORMS.get(word[:-1], ()))
    if len(word) >= MIN_SPOKEN and not word.endswith("e"):  # "nehm" -> nehme
        found.append(word + "e")
    return tuple(dict.fromkeys(v for v in found if v != word))
