"""Each supported language's words for the safety concepts (reviewed code, not moderator-editable data)."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module

from bot.safety.text import phrase_words

LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr")
SHARED = "common"  # words that are the same in every language (medicines by their international endings)
# English verbs of an act whose simple past and past participle differ: people write either where the other belongs
# ("i wrote my will", "ive took them all"), so a phrase listed with one form also matches with the other. Only past
# forms (an act done stays an act done, never "take" for "took"), and only verbs whose participle is no adjective
# of its own ("drunk", "fallen", "broken" say something else) and whose past is no word of another language.
PAST_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("wrote", "written"), ("gave", "given"), ("took", "taken")),
}


def phrases(table: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Turn {TAG: "phrase|phrase|prefix*"} into {TAG: (phrase, ...)}: one line per concept reads well."""
    return {tag: tuple(p.strip() for p in text.split("|") if p.strip()) for tag, text in table.items()}


def vocabularies() -> dict[str, Mapping[str, tuple[str, ...]]]:
    """Return every language's vocabulary by language code, and the shared one under `SHARED`."""
    from bot.safety.vocab.moments import by_language  # the shared concept table, merged into each language

    shared = by_language()
    found: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for code in (*LANGUAGES, SHARED):
        try:
            module = import_module(f"bot.safety.vocab.{code}")
        except ModuleNotFoundError:
            continue
        merged = merge(module.VOCAB, shared.get(code, {}))
        found[code] = with_elisions(with_past_forms(merged, PAST_FORMS.get(code, ())), ELISIONS.get(code, {}))
    return found


def merge(
    vocabulary: Mapping[str, tuple[str, ...]], extra: Mapping[str, tuple[str, ...]]
) -> Mapping[str, tuple[str, ...]]:
    """A language's vocabulary with the shared concept table's phrases for it added (none replaced)."""
    if not extra:
        return vocabulary
    merged = dict(vocabulary)
    for tag, listed in extra.items():
        merged[tag] = tuple(dict.fromkeys([*merged.get(tag, ()), *listed]))
    return merged


# French elides these words before a vowel ("la meilleure façon d'en finir", "j'ai"): a phrase written with the full
# word also matches the elided one where the next word starts with a vowel or h, or the phrase ends there.
ELISIONS: dict[str, dict[str, str]] = {
    "fr": {"de": "d", "que": "qu", "je": "j", "me": "m", "se": "s", "ne": "n", "le": "l", "la": "l", "te": "t"},
}
_VOWELS = tuple("aeiouyh")


def with_elisions(
    vocabulary: Mapping[str, tuple[str, ...]], elided: Mapping[str, str]
) -> Mapping[str, tuple[str, ...]]:
    """The vocabulary with each phrase also written with its elidable words elided (French "de en" -> "d en")."""
    if not elided:
        return vocabulary
    expanded: dict[str, tuple[str, ...]] = {}
    for tag, listed in vocabulary.items():
        variants = []
        for phrase in listed:
            words = phrase.split(" ")
            short = [
                elided[word] if word in elided and (i + 1 == len(words) or words[i + 1].startswith(_VOWELS)) else word
                for i, word in enumerate(words)
            ]
            if short != words and len(words) > 1:
                variants.append(" ".join(short))
        expanded[tag] = tuple(dict.fromkeys([*listed, *variants]))
    return expanded


def function_words() -> dict[str, frozenset[str]]:
    """Each language's own grammatical words (`FUNCTION_WORDS` in its module, space-separated), as messages read."""
    found: dict[str, frozenset[str]] = {}
    for code in LANGUAGES:
        try:
            module = import_module(f"bot.safety.vocab.{code}")
        except ModuleNotFoundError:
            continue
        words = str(getattr(module, "FUNCTION_WORDS", ""))
        found[code] = frozenset(word for raw in words.split() for word in phrase_words(raw))
    return found


def with_past_forms(
    vocabulary: Mapping[str, tuple[str, ...]], forms: tuple[tuple[str, str], ...]
) -> Mapping[str, tuple[str, ...]]:
    """The vocabulary with each phrase that holds one past form of a verb also written with the other."""
    if not forms:
        return vocabulary
    other = {a: b for a, b in forms} | {b: a for a, b in forms}
    expanded: dict[str, tuple[str, ...]] = {}
    for tag, listed in vocabulary.items():
        variants = [" ".join(other.get(word, word) for word in phrase.split(" ")) for phrase in listed]
        expanded[tag] = tuple(dict.fromkeys([*listed, *variants]))
    return expanded
