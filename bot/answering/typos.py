"""Read a word the FAQ does not use as one it does: a typing slip ("remision") or another ending ("curative")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

TYPO_SIMILARITY = {0: 1.0, 1: 0.85, 2: 0.7}
# Word families: a word the FAQ does not use may be one it does plus an ending ("regenerate" / "regeneration").
FAMILY_STEM = 5  # the shared start must be at least this long
FAMILY_ENDING = 5  # and the ending at most this long
FAMILY_SIMILARITY = 0.7
MIN_JOINED = 7  # two words typed apart join only into a long word ("auto antibody"), never "is it"
NEGATIONS = ("non", "in", "un")  # a word the FAQ does not use may be one it does with a negating prefix


def typo_edits(token: str) -> int:
    """Return how many typing slips to forgive in a word: none in short words, where a slip makes another word."""
    if token.isdigit() or len(token) < 5:
        return 0
    return 1 if len(token) < 8 else 2


class TypoReader:
    """The FAQ's words arranged to find the ones an unknown word may stand for."""

    def __init__(self, vocabulary: Iterable[str], synonyms: Mapping[str, str] | None = None) -> None:
        # A slip in a synonym of an FAQ word reads as that word ("adminstered" -> "administer" -> "given").
        self._forms = dict(synonyms or {})
        self._stands_for = {form: word for form, word in self._forms.items() if len(form) >= FAMILY_STEM}
        vocabulary = [*vocabulary, *self._stands_for]
        self._known = frozenset(vocabulary)
        # Typo candidates by (first letter, length): a slip rarely hits the first letter; "point" is not "joint".
        self._by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for token in vocabulary:
            self._by_start[token[0], len(token)].append(token)
            if len(token) >= FAMILY_STEM and token.isalpha():
                self._by_prefix[token[:FAMILY_STEM]].append(token)

    def read(self, token: str) -> tuple[tuple[str, float], ...]:
        """The (at most two) FAQ words a word the FAQ does not use may be, each with its similarity 0..1."""
        matches: tuple[tuple[str, float], ...] = ()
        edits = typo_edits(token)
        if edits:
            first = token[0]
            pool = [
                w for n in range(len(token) - edits, len(token) + edits + 1) for w in self._by_start.get((first, n), ())
            ]
            found = process.extract(token, pool, scorer=OSA.distance, score_cutoff=edits, limit=2)
            matches = self._read_as(tuple((word, TYPO_SIMILARITY[int(distance)]) for word, distance, _ in found))
        if not matches and token.isalpha():
            matches = self._word_family(token)
        if not matches and token.startswith(NEGATIONS):
            # "infertile", "unsafe", "nonresponsive": the FAQ speaks of the word the prefix negates
            prefix = next(p for p in NEGATIONS if token.startswith(p))
            rest = token[len(prefix) :]
            if rest in self._known or rest in self._forms:
                matches = ((self._forms.get(rest, rest), FAMILY_SIMILARITY),)
            else:
                matches = self._word_family(rest)
        return matches

    def rejoin(self, tokens: Sequence[str], canonical: Callable[[str], str]) -> list[str]:
        """Join two words typed apart into the one word the FAQ uses ("auto antibodys" -> autoantibody, "chemo
        therapy" -> chemotherapy); canonical gives the joined word its FAQ form."""
        out: list[str] = []
        rest = list(tokens)
        while rest:
            first = rest.pop(0)
            # (only when some word of the FAQ starts like the two together: most pairs are checked by one lookup)
            if rest and (first + rest[0])[:FAMILY_STEM] in self._by_prefix and first.isalpha() and rest[0].isalpha():
                joined = canonical(first + rest[0])
                if len(joined) >= MIN_JOINED and joined in self._known:
                    out.append(joined)
                    rest.pop(0)
                    continue
            out.append(first)
        return out

    def _word_family(self, token: str) -> tuple[tuple[str, float], ...]:
        """Words of the same family the FAQ uses: one is the other plus an ending ("curative" / "cure",
        "regenerate" / "regeneration", "vaccinatons" / "vaccin")."""
        if len(token) < FAMILY_STEM:
            return ()
        family = [
            word
            for word in self._by_prefix.get(token[:FAMILY_STEM], ())
            if (token.startswith(word) or word.startswith(token)) and abs(len(word) - len(token)) <= FAMILY_ENDING
        ]
        family.sort(key=lambda word: (abs(len(word) - len(token)), word))
        return self._read_as(tuple((word, FAMILY_SIMILARITY) for word in family[:2]))

    def _read_as(self, found: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
        """The FAQ words found, a synonym's form replaced by the word it stands for (each word once)."""
        if not self._stands_for:
            return found
        best: dict[str, float] = {}
        for word, similarity in found:
            word = self._stands_for.get(word, word)
            best[word] = max(best.get(word, 0.0), similarity)
        return tuple(best.items())
