"""Personal treatment decisions: someone deciding about their own care, or the care of someone close to them.

The decision is read from concepts near each other, not from fixed phrases: who decides (I, me, my; my mum, my
partner), what kind of decision (stop or change a medicine, start or wait for one, ask a doctor, travel for or
enrol in a treatment, qualify for it) and, for medicines, which medicine. Each concept is a word list in the
lexicon. The scan looks at a few words either side of each word, so it takes time in proportion to the length
of the message (a regular expression with several `.*` took seconds on a long one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from enum import Enum
from functools import lru_cache

from bot.knowledge.folding import fold
from bot.knowledge.lexicon import Lexicon

WORDS_CACHE = 256  # the same message is read for a decision and, per part, for whether it speaks of oneself
MAX_TRIAGED_CHARS = 4000  # a decision is said near the start of even a long post
BEFORE = 7  # how far before a decision word its subject may stand
AFTER = 7  # how far after a change verb its medicine may stand
OPENER_GAP = 5  # "should i (just) wait", "worth (bringing) ..."
_THIRD_PERSON = frozenset({"she", "he", "her", "him", "his", "they", "them", "their"})
_POSSESSIVE = frozenset({"my", "mine"})  # "ok to drop my mycophenolate": the medicine is the asker's
_ASKER = frozenset({"i", "id", "im"})  # "can i take ibuprofen with my prednisone"
OBJECT_GAP = 2  # "drop (all) my ...", "stop (taking) my ..."
_WORTH = frozenset({"worth"})
_MODALS = frozenset({"can", "could", "would", "will", "might", "may", "should"})
# "i dont take my azathioprine anymore", "she's not taking her tablets": a medicine no longer taken
_NOT_TAKING = frozenset({"dont", "doesnt", "not", "never", "longer", "stopped"})
_TAKING = frozenset({"take", "takes", "taking", "use", "uses", "using"})


class Decision(Enum):
    """The kind of personal decision a message is about; each has a doctor referral that fits it."""

    ALREADY_CHANGED = "already_changed"  # "I already stopped my prednisone"
    CHANGE_MEDICINE = "change_medicine"  # "should I stop my plaquenil", "should I start rituximab or wait"
    ELIGIBILITY = "eligibility"  # "could my sister qualify", "would car-t work for me"
    ASK_OR_TRY = "ask_or_try"  # "worth bringing it up with my rheumatologist", "should I travel for CAR-T"


# The entry that answers each kind of decision (the first that exists in the FAQ is used).
REFERRAL_ENTRIES: dict[Decision, tuple[str, ...]] = {
    Decision.ALREADY_CHANGED: ("stopped-my-medicine", "my-treatment"),
    Decision.CHANGE_MEDICINE: ("my-treatment",),
    Decision.ELIGIBILITY: ("could-i-qualify", "my-treatment"),
    Decision.ASK_OR_TRY: ("ask-about-car-t", "my-treatment"),
}
ALL_REFERRAL_ENTRIES = frozenset(e for entries in REFERRAL_ENTRIES.values() for e in entries)


@dataclass(frozen=True)
class _Words:
    """The lexicon's personal word lists, with the named medicines folded in."""

    first_person: frozenset[str]
    cared_for: frozenset[str]
    medicine: frozenset[str]
    change: frozenset[str]
    changed: frozenset[str]
    not_yet: frozenset[str]
    openers: frozenset[str]
    decide: frozenset[str]
    eligibility: frozenset[str]
    suits: frozenset[str]
    benefit: frozenset[str]


def inflected(verbs: frozenset[str]) -> frozenset[str]:
    """The lexicon's verbs with their English -s, -ing and -ed forms ("push": pushes, pushing, pushed).

    The lists name a verb once; a message may use any form of it. Over-generated forms ("needed") are harmless:
    a form counts only where the verb would.
    """
    forms = set(verbs)
    for verb in verbs:
        if not verb.isalpha() or len(verb) < 3:
            continue
        stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
        forms.update((verb + "s", verb + "es", stem + "ing", stem + "ed", verb + "d" if verb.endswith("e") else ""))
    forms.discard("")
    return frozenset(forms)


def past_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The -ed forms of the lexicon's verbs (done already: "tapered", "ditched")."""
    return frozenset(form for form in inflected(verbs) if form.endswith("ed") and form not in verbs)


class DecisionReader:
    """Finds a personal treatment decision in a message, using one lexicon's word lists."""

    def __init__(self, lexicon: Lexicon) -> None:
        p = lexicon.personal_list
        named = lexicon.word_list("medicines") | frozenset(
            word for word, canonical in lexicon.synonyms.items() if canonical in lexicon.word_list("medicines")
        )
        self._named = named
        self._w = _Words(
            first_person=p("first_person"),
            cared_for=p("people_cared_for"),
            medicine=p("medicine_words") | named,
            change=inflected(p("change_verbs")),
            changed=p("changed_verbs") | past_forms(p("change_verbs")),
            not_yet=p("not_yet_words"),
            openers=p("decision_openers"),
            decide=inflected(p("decision_verbs")),
            eligibility=p("eligibility_words"),
            suits=p("suits_words"),
            benefit=p("benefit_verbs"),
        )
        w = self._w
        # Only these words can be where a decision is read (see _at); the rest are skipped at once.
        self._triggers = w.suits | w.benefit | w.decide | w.change | w.eligibility
        self._self_words = w.first_person | w.cared_for
        self.vocabulary: frozenset[str] = frozenset().union(*(getattr(w, f.name) for f in fields(w)))
        self._words: Callable[[str], tuple[str, ...]] = lru_cache(maxsize=WORDS_CACHE)(self._read_words)

    def _read_words(self, message: str) -> tuple[str, ...]:
        return tuple(fold(message[:MAX_TRIAGED_CHARS]).split())

    def read(self, message: str) -> Decision | None:
        """Return the kind of personal decision the message is about, or None for an ordinary question."""
        words = self._words(message)
        w, triggers = self._w, self._triggers
        caring = any(word in w.cared_for for word in words)
        subject = w.first_person | (_THIRD_PERSON if caring else frozenset())
        found: list[Decision] = []
        for i, word in enumerate(words):
            if word not in triggers:
                continue
            kind = self._at(words, i, word, subject)
            if kind is Decision.ALREADY_CHANGED:
                return kind
            if kind is not None:
                found.append(kind)
        order = (Decision.CHANGE_MEDICINE, Decision.ELIGIBILITY, Decision.ASK_OR_TRY)
        return next((kind for kind in order if kind in found), None)

    def speaks_of_self(self, message: str) -> bool:
        """Say whether the asker talks about themselves or someone close to them (I, me, my; my mum)."""
        return not self._self_words.isdisjoint(self._words(message))

    def _at(self, words: Sequence[str], i: int, word: str, subject: frozenset[str]) -> Decision | None:
        before = words[max(0, i - BEFORE) : i]
        if self._for_whom(word, before, words[i + 1 : i + 5], subject):
            return Decision.ELIGIBILITY
        if self._worth_it(words, i, word, before, subject):
            return self._change_or_ask(words, i)
        own = self._own_medicine(words, i, word, before)
        if own is not None:
            return own
        if word in _TAKING and not _NOT_TAKING.isdisjoint(before[-2:]) and any(b in subject for b in before):
            return Decision.ALREADY_CHANGED if self._medicine_near(words, i) else None
        if not any(b in subject for b in before):
            return None  # nobody deciding for themselves or for someone close to them
        return self._own_decision(words, i, word, before)

    def _own_medicine(self, words: Sequence[str], i: int, word: str, before: Sequence[str]) -> Decision | None:
        """ "ok to drop my mycophenolate", "can i take ibuprofen with my prednisone": a change to one's own medicine.

        A change verb with "my" right after it, or a verb of taking after "can i" / "should i", with a medicine near.
        """
        w = self._w
        if word in w.change and not _POSSESSIVE.isdisjoint(words[i + 1 : i + 2 + OBJECT_GAP]):
            return self._change(word, before) if self._medicine_near(words, i) else None
        asked = len(before) >= 2 and before[-1] in _ASKER and before[-2] in _MODALS
        return Decision.CHANGE_MEDICINE if word in w.decide and asked and self._named_medicine_near(words, i) else None

    def _change(self, word: str, before: Sequence[str]) -> Decision:
        """ "I stopped", "I've been skipping": done already; "should I stop", "I want to stop": not yet."""
        done = word in self._w.changed or "been" in before[-2:]
        return Decision.ALREADY_CHANGED if done and not _near(before, self._w.not_yet, 4) else Decision.CHANGE_MEDICINE

    def _named_medicine_near(self, words: Sequence[str], i: int) -> bool:
        """A medicine by its name ("ibuprofen", "cellcept") within reach, not a word like "treatment"."""
        return any(word in self._named for word in words[max(0, i - 4) : i + AFTER + 1])

    def _worth_it(
        self, words: Sequence[str], i: int, word: str, before: Sequence[str], subject: frozenset[str]
    ) -> bool:
        """ "Is it worth asking", "would it be a good idea to raise it with my rheumatologist": the asker decides."""
        w = self._w
        return word in w.decide and (
            _near(before, _WORTH, OPENER_GAP)
            or (_near(before, w.suits, 3) and any(a in subject for a in words[i + 1 : i + 1 + AFTER]))
        )

    def _own_decision(self, words: Sequence[str], i: int, word: str, before: Sequence[str]) -> Decision | None:
        """The decision at a word when the asker (or someone close to them) was named just before it."""
        w = self._w
        if word in w.change and self._medicine_near(words, i):
            return self._change(word, before)
        if word in w.eligibility:
            return Decision.ELIGIBILITY
        if word in w.decide and _near(before, w.openers, OPENER_GAP):
            return self._change_or_ask(words, i)
        if word in w.decide and _near(before, _MODALS, 3) and any(b in w.cared_for for b in before[-3:]):
            return Decision.ELIGIBILITY  # "can my friend get it", "could my brother join a trial"
        return None

    def _change_or_ask(self, words: Sequence[str], i: int) -> Decision:
        return Decision.CHANGE_MEDICINE if self._medicine_near(words, i) else Decision.ASK_OR_TRY

    def _for_whom(self, word: str, before: Sequence[str], after: Sequence[str], subject: frozenset[str]) -> bool:
        """ "Is it a good idea for me", "would it help my lupus", "could car-t work for my mum"."""
        w = self._w
        if word in w.suits and "for" in after[:3]:
            return any(a in subject for a in after)
        return word in w.benefit and _near(before, _MODALS, 4) and any(a in subject for a in after[:2])

    def _medicine_near(self, words: Sequence[str], i: int) -> bool:
        medicine = self._w.medicine
        return any(word in medicine for word in words[max(0, i - 4) : i + AFTER + 1])


def _near(before: Sequence[str], cues: frozenset[str], gap: int) -> bool:
    return any(word in cues for word in before[-gap:])
