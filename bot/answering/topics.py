"""What a question is about: this FAQ's subject, another condition or medicine, CAR-T for another disease, a hello.

Every word list comes from the lexicon (knowledge/lexicon.yaml); only the grammar lives here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from bot.answering.normalise import Normaliser
from bot.knowledge.folding import fold

# "Isn't it a cancer drug?" is about CAR-T: a pronoun stands for the subject people leave out.
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|this|that|they|them|these|those)\b")
# ...but not the "it" of "is it safe to get pregnant on warfarin", "is it ok for me to": it stands for what follows.
_DUMMY_IT = re.compile(
    r"\bit\s+(?:is\s+|s\s+|was\s+)?(?:(?:really|very|too|even|a|an)\s+)*"
    r"(?:safe|ok|okay|possible|normal|common|wise|advisable|good|bad|better|best|fine|alright|hard|easy|dangerous|"
    r"risky|worth|smart|sensible|allowed|necessary)\s+(?:idea\s+)?(?:for\s+\w+\s+)?to\b"
)
# "lymphoma after car t": a disease that comes after CAR-T (or "it", "the infusion") is an outcome of it.
_AFTER_SUBJECT = re.compile(
    r"\b(?:after|following|since)\s+(?:the\s+|a\s+|getting\s+|having\s+)?(?:car\s*t|cart|it|this|that|infusion|treatment)\b"
)
GREETING_MAX_WORDS = 6
_GREETING_COMPANIONS = frozenset({"bot", "there", "everyone", "all", "guys", "folks", "again", "so", "much", "you"})


def refers_to_subject(question: str) -> bool:
    """Say whether a question points at the FAQ's subject with a pronoun ("is it…", "why are they…")."""
    return bool(_SUBJECT_PRONOUN.search(_DUMMY_IT.sub(" ", fold(question))))


class Topics:
    """The lexicon's topic words, in the normaliser's canonical form."""

    def __init__(self, normaliser: Normaliser, entry_questions: Iterable[str] = ()) -> None:
        lexicon = normaliser.lexicon
        # What the FAQ's own questions ask about ("approved", "chemo", "cost"): a pronoun stands for the subject
        # only next to one of these ("is it approved", not "what time is it").
        asked = frozenset(token for question in entry_questions for token in normaliser.tokens(question))
        self.everyday = normaliser.canonical_set(lexicon.word_list("everyday_words"))
        # ...and not an everyday word either: "how is lupus treated today" does not make "what day is it today" one.
        self.asked_about = asked - normaliser.light_words - self.everyday
        self.anchors = normaliser.canonical_set(lexicon.word_list("subject_words"))
        self.topic_words = normaliser.canonical_set(lexicon.word_list("topic_words"))
        self.medicines = normaliser.canonical_set(lexicon.word_list("medicines"))
        # Kinds of medication ("steroids", "immunosuppressants", a named medicine): each also means "medication".
        self.kinds_of_medication = self.medicines | normaliser.canonical_set(lexicon.personal_list("medicine_words"))
        self.other = normaliser.canonical_set(lexicon.word_list("other_conditions")) | self.medicines
        self.other_uses = normaliser.canonical_set(lexicon.word_list("car_t_other_uses"))
        self.caused_by = normaliser.canonical_set(lexicon.word_list("caused_by_words"))
        self._caused_by_words = lexicon.word_list("caused_by_words")
        self.autoimmune = normaliser.canonical_set(lexicon.word_list("autoimmune_words"))
        self.places = normaliser.canonical_set(lexicon.word_list("place_names"))
        # Who a question is about ("my daughter", "my husband") is a detail like a place, not what it asks; an age
        # word is not: "can a teenager have it" asks about children and teenagers.
        ages = normaliser.canonical_set(frozenset({"child", "kid", "kids", "baby", "teen", "teenager"}))
        self.relatives = normaliser.canonical_set(lexicon.personal_list("people_cared_for")) - ages
        self.car_t = normaliser.canonical_token("cart")
        self._greetings = lexicon.word_list("greetings")
        self._greeting_words = frozenset(w for g in self._greetings for w in g.split()) | _GREETING_COMPANIONS

    def anchored(self, words: Collection[str], question: str) -> bool:
        """Say whether a question is tied to this FAQ's subject: by a subject word, by a word only this FAQ's topics
        use when it names no other condition or medicine ("is the pre-treatment chemo harsh", not "the chemo part of
        breast cancer treatment"), or by a pronoun for it next to something the FAQ's questions ask about ("is it
        approved yet"); a pronoun alone proves nothing."""
        if self.anchors.intersection(words):
            return True
        if self.topic_words.intersection(words) and self.other.isdisjoint(words):
            return True
        return bool(self.asked_about.intersection(words)) and refers_to_subject(question)

    def everyday_only(self, known: Collection[Collection[str]]) -> bool:
        """Say whether every word of a question that the FAQ knows (each as the FAQ words it may be) is an everyday
        word ("what time is it"): an alias using the word does not make the question one about this FAQ."""
        return bool(known) and all(words and words <= self.everyday for words in map(set, known))

    def other_use(self, words: Collection[str], question: str = "") -> bool:
        """Say whether a question asks about CAR-T for another disease (lymphoma, myeloma), not for lupus; a
        disease CAR-T may cause ("can CAR-T cause lymphoma", "leukemia from car t", "lymphoma after car-t") is an
        outcome of it, not a use. The question's own words are read too: "from" is a filler word for matching."""
        if self.car_t not in words or not self.other_uses.intersection(words) or self.autoimmune.intersection(words):
            return False
        folded = fold(question)
        return not (
            self.caused_by.intersection(words)
            or self._caused_by_words.intersection(folded.split())
            or _AFTER_SUBJECT.search(folded)
        )

    def is_greeting(self, message: str) -> bool:
        """Say whether a message is only a hello, a thank-you or a test ("hey bot", "testing 123")."""
        words = fold(message).split()
        if not words or len(words) > GREETING_MAX_WORDS:
            return False
        text = " ".join(w for w in words if not w.isdigit())
        if text in self._greetings:
            return True
        return any(w in self._greetings for w in words) and all(w in self._greeting_words or w.isdigit() for w in words)
