"""Match a question against ONE language's questions and aliases, reusing the English matcher's index.

Each language gets its own index, built from its translated questions and aliases only: a German question is
never compared with Spanish or English aliases. The words are first read by the language's own normaliser
(bot.i18n.normalise); the index then ranks them exactly as it ranks English (typo tolerance, rare words weigh
more, the whole-phrase comparison).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answering.answer import MatchReason
from bot.answering.domain import unknown_words
from bot.answering.engine import MatchPolicy
from bot.answering.index import IndexedEntry, QueryToken, QuestionIndex, query_words
from bot.answering.normalise import Normaliser
from bot.answering.personal import ALL_REFERRAL_ENTRIES, REFERRAL_ENTRIES
from bot.i18n.decisions import DecisionReading
from bot.i18n.normalise import fold_for, folded_words, language_tokens
from bot.knowledge.lexicon import Lexicon
from bot.knowledge.translation_model import LanguagePack, TranslatedEntry

# The question words of every language map onto these (lexicon synonyms: "wie" -> how, "pourquoi" -> why).
QUESTION_MEANINGS = frozenset("what how who why when where which howmany howlong should".split())
LIGHT_QUESTION_WORDS = frozenset("what how which should".split())  # the rest name what the answer is
PRONOUN_REACH = 3  # a word the FAQ never uses this close before a pronoun is what it stands for
MIN_NAMING = 4  # shorter unknown words ("ab", "ja") name nothing
_CARE = frozenset("medicine therapy treatment doctor".split())  # meanings naming health care in every lexicon


class LanguageNormaliser(Normaliser):
    """The English matcher's Normaliser, reading words as one other language does.

    The index asks a normaliser for tokens, the folded text and the question words; the implied subject
    (cart, lupus, therapy, treatment) is shared, since every lexicon maps its words onto those meanings.
    """

    def __init__(self, english: Lexicon, pack: LanguagePack) -> None:
        super().__init__(english)
        language, lexicon = pack.language, pack.lexicon
        self.tokens = lru_cache(maxsize=8192)(lambda text: language_tokens(language, text, lexicon))
        self.expand_phrases = lru_cache(maxsize=8192)(lambda text: " ".join(language_tokens(language, text, lexicon)))
        self.light_words = LIGHT_QUESTION_WORDS


@dataclass(frozen=True)
class LanguageMatch:
    """The outcome of matching one question in one language."""

    entry_id: str | None  # None: nothing good enough to answer
    score: float
    runners_up: tuple[tuple[str, float], ...]  # (entry id, score), best first
    reason: MatchReason


class LanguageMatcher:
    """Ranks one language's translated entries for a question in that language."""

    def __init__(
        self,
        pack: LanguagePack,
        english: Lexicon,
        *,
        personal_entry: str | None = None,
        policy: MatchPolicy | None = None,
    ) -> None:
        self.pack = pack
        self.policy = policy or MatchPolicy()
        self.language = pack.language
        entries = [e for e in pack.entries.values() if e.aliases]
        self._ids = tuple(e.id for e in entries)
        self._personal = personal_entry  # an English entry the loader guarantees; shown in English until translated
        self._normaliser = LanguageNormaliser(english, pack)
        self._decisions = DecisionReading(pack.language, pack.lexicon)
        lexicon = pack.lexicon
        # Places and medicines are read as the language reads them; the English lexicon's names count too.
        self._places = self._read(english.word_list("place_names") | lexicon.place_names)
        brands = {word for word, meaning in english.synonyms.items() if meaning in english.word_list("medicines")}
        self._medicines = self._read(english.word_list("medicines") | brands | lexicon.medicines)
        # What ties a question to the FAQ: the language's own anchors and the English subject words ("nephritis").
        self._anchors = lexicon.anchors | self._read(english.word_list("subject_words"))
        self._arithmetic = self._read(lexicon.arithmetic_words) - self._anchors  # "fois", "por", "zwei"
        self._concepts = frozenset(w for meaning in lexicon.synonyms.values() for w in meaning.split())
        self._index = QuestionIndex(
            [IndexedEntry(e.id, (e.question, *e.aliases), e.answer or "") for e in entries], self._normaliser
        )
        # Words only the doctor referrals' questions use ("me soigner"): they must not steer a question that is not
        # about the asker's own treatment, or it finds nothing but a referral it may not get.
        phrase_words = {e.id: self._read((e.question, *e.aliases)) for e in entries}
        others = frozenset().union(*(w for eid, w in phrase_words.items() if eid not in ALL_REFERRAL_ENTRIES))
        self._referral_words = frozenset().union(*phrase_words.values()) - others
        self._asked_about = self._asked(entries, english)
        self._everyday = self._read(lexicon.glossary) - self._anchors  # everyday words, as the index reads them

    def _asked(self, entries: Iterable[TranslatedEntry], english: Lexicon) -> frozenset[str]:
        """What the FAQ's own questions ask about ("heil", "risk", "kidney"): a pronoun stands for the subject only
        next to one of these ("Ist das gefährlich?", not "Wie spät ist das?"), as in the English engine."""
        everyday = self._read(english.word_list("everyday_words")) | QUESTION_MEANINGS
        asked = self._read(e.question for e in entries if e.id not in ALL_REFERRAL_ENTRIES)
        return asked - everyday - self._places

    def _read(self, names: Iterable[str]) -> frozenset[str]:
        return frozenset(token for name in names for token in self._normaliser.tokens(name))

    def normalise(self, text: str) -> str:
        """Return the text as the index reads it: this language's meaningful words, normalised."""
        return " ".join(self._normaliser.tokens(text))

    def _anchored(self, words: Collection[str], question: str) -> bool:
        """Say whether a question is tied to the FAQ's subject: by one of its words, or by a pronoun for it next to
        something the FAQ's questions ask about ("Heilt das?", "¿Se puede quedar embarazada después?" has none)."""
        return not self._anchors.isdisjoint(words) or (
            not self._asked_about.isdisjoint(words) and self.refers_to_subject(question)
        )

    def refers_to_subject(self, question: str) -> bool:
        """Say whether the question has a pronoun standing for a thing ("das", "eso", "ça"): at the end of a clause,
        or before a word the FAQ knows or a filler word ("Ist das gefährlich", "Hilft das auch"); before a word the
        FAQ never uses it is an article ("Was kostet das Ticket?")."""
        pronouns = self.pack.lexicon.subject_pronouns
        folded = fold_for(self.language, question).split()
        for place, word in enumerate(folded):
            if word not in pronouns:
                continue
            after = folded[place + 1] if place + 1 < len(folded) else ""
            named_before = folded[max(0, place - PRONOUN_REACH) : place]
            if (not after or self._knows(after)) and all(map(self._knows, named_before)):
                return True
        return False

    def _knows(self, word: str) -> bool:
        """Say whether the FAQ knows a word (a filler word too); a word it never uses may be what a pronoun stands
        for ("l'arthrose, ça se soigne comment ?")."""
        return all(q.known or len(q.text) < MIN_NAMING or not q.text.isalpha() for q in self._index.resolve(word))

    def speaks_of_self(self, question: str) -> bool:
        """Say whether the asker talks about themselves ('ich', 'mi', 'mon')."""
        return bool(folded_words(self.language, question) & self.pack.lexicon.self_words)

    def is_personal(self, question: str) -> bool:
        """Say whether the asker speaks of a treatment decision of their own ('soll ich meine Medikamente absetzen').

        A decision word counts with a word for oneself, or with a named medicine ('puedo dejar el plaquenil':
        Spanish and French often leave the 'I' to the verb); and only about health care, as in English: with
        nothing naming the subject, a medicine or a treatment, and as many words the FAQ never uses as words it
        does ('comment je change mon pseudo sur le serveur'), it is not one.
        """
        if self._personal is None:
            return False
        medicine, of_self = self._names_medicine(question), self.speaks_of_self(question)
        if not (of_self or medicine) or not self._decisions.decides(question, names_medicine=medicine, of_self=of_self):
            return False
        return not self._off_domain(question)

    def _names_medicine(self, question: str) -> bool:
        return bool(set(self._stems(question)) & self._medicines)

    def _off_domain(self, question: str) -> bool:
        query = self._index.resolve(question)
        words = query_words(query)
        if words & (self._anchors | self._medicines | _CARE):
            return False
        unknown = unknown_words(query)
        return unknown > 0 and unknown >= sum(q.known and q.text not in QUESTION_MEANINGS for q in query)

    def _stems(self, text: str) -> tuple[str, ...]:
        return language_tokens(self.language, text, self.pack.lexicon)

    def match(self, question: str) -> LanguageMatch:
        """Rank entries for a question and decide whether the best one is good enough to answer.

        The English engine's policy, applied the same way: the line to answer, a stricter line for an unknown
        word with nothing on topic, unknown words on topic weighing as details, a clear leader just under the line.
        """
        query = self._index.resolve(question)
        if not query:
            return LanguageMatch(None, 0.0, (), "empty")
        words = query_words(query)
        anchored = self._anchored(words, question)
        if self.is_personal(question):
            return self._referral(question)
        if self._sums(query):
            return LanguageMatch(None, 0.0, (), "weak")
        # A doctor referral answers only a decision of one's own (above): 'my rheumatologist mentioned CAR-T, what
        # is it' asks what CAR-T is, and the words only referrals use must not steer it.
        general = [q for q in query if q.text not in self._referral_words]
        ranked = [(eid, sc) for eid, sc in self._rank(general, question, anchored) if eid not in ALL_REFERRAL_ENTRIES]
        threshold = self._threshold(query, anchored, ignore=self._everyday)
        return self._decide(ranked[: self.policy.max_suggestions + 1], threshold)

    def _sums(self, query: list[QueryToken]) -> bool:
        """Say whether a question is numbers, operators and question words only ('combien font 17 fois 23', 'wie viel
        ist zwei plus zwei'): arithmetic, not a question the FAQ answers ('wer bist du?' with no number may be one)."""
        asked = [q.text for q in query if q.text not in QUESTION_MEANINGS]
        return bool(asked) and all(not text.isalpha() or text in self._arithmetic for text in asked)

    def says_little(self, question: str) -> bool:
        """Say whether a question says nothing of its own: no concept the lexicon reads and at most one other word
        ('Stimmt das?', '¿Es verdad?', 'C'est vrai ?'): it asks about what was said before it."""
        asked = [t for t in self._normaliser.tokens(question) if t not in QUESTION_MEANINGS]
        return len(asked) <= 1 and not set(asked) & (self._concepts | self._anchors)

    def subject_of(self, before: str, question: str) -> str:
        """The words tying the text before a question to the FAQ ('lupus', 'cart'), when the question has none."""
        if set(self._normaliser.tokens(question)) & self._anchors:
            return ""
        return " ".join(dict.fromkeys(t for t in self._normaliser.tokens(before) if t in self._anchors))

    def strict(self, question: str) -> bool:
        """Say whether the question has a word no FAQ phrasing uses and nothing tying it to the FAQ's subject."""
        query = self._index.resolve(question)
        return self._threshold(query, self._anchored(query_words(query), question)) != self.policy.answer_at

    def _rank(self, query: list[QueryToken], question: str, anchored: bool) -> list[tuple[str, float]]:
        found = self._index.rank(self._weighed(query, anchored), question, limit=self.policy.max_suggestions + 4)
        return [(self._ids[r.entry_index], r.score) for r in found]

    def _threshold(self, query: list[QueryToken], anchored: bool, ignore: frozenset[str] = frozenset()) -> float:
        """The line to answer: stricter for a word the FAQ never uses when nothing ties the question to the FAQ. The
        language's own matching `ignore`s everyday words its glossary knows ("ganze", "possibles"): the English FAQ
        uses them, so an English question with them is not held to the stricter line either."""
        unknown = any(
            not q.known and len(q.text) >= 4 and q.text.isalpha() and q.text not in self._places | ignore for q in query
        )
        return self.policy.answer_unanchored_unknown_at if unknown and not anchored else self.policy.answer_at

    def _weighed(self, query: list[QueryToken], anchored: bool) -> list[QueryToken]:
        """A place is a detail, not the subject; on topic, so is a word the FAQ never uses."""
        detail = self._index.typical_weight * self.policy.detail_share
        query = [replace(q, weight=min(q.weight, detail)) if q.text in self._places else q for q in query]
        if not anchored:
            return query
        typical = self._index.typical_weight * self.policy.unknown_word_share
        return [q if q.known else replace(q, weight=min(q.weight, typical)) for q in query]

    def _referral(self, question: str) -> LanguageMatch:
        """A personal decision: the doctor referral that fits its kind (the English reader's entries), else the
        general one."""
        kind = self._decisions.kind(question, names_medicine=self._names_medicine(question))
        referral = next((eid for eid in REFERRAL_ENTRIES[kind] if eid in self.pack.entries), None)
        return LanguageMatch(referral or self._personal, 100.0, (), "personal")

    def _decide(self, ranked: list[tuple[str, float]], threshold: float) -> LanguageMatch:
        """Answer the best entry when it reaches the line (or leads clearly); else decline with the near ones."""
        policy = self.policy
        if not ranked:
            return LanguageMatch(None, 0.0, (), "weak")
        best_id, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        # As the English engine: a clear leader just under the line is answered unless the line was raised for a
        # word the FAQ never uses with nothing on its subject.
        clear_leader = threshold == policy.answer_at and best >= policy.clear_leader_at
        clear_leader = clear_leader and best - runner_up >= policy.clear_lead
        if best < threshold and not clear_leader:
            near = tuple((eid, score) for eid, score in ranked if score >= policy.suggest_at)
            return LanguageMatch(None, best, near[: policy.max_suggestions], "weak")
        margin = max(policy.suggest_at, best - policy.close_call_margin)
        return LanguageMatch(best_id, best, tuple((eid, sc) for eid, sc in ranked[1:] if sc >= margin), "match")

    def complete(self, partial: str, limit: int = 25) -> list[tuple[str, float]]:
        """Suggest this language's entries for a partly typed question, best first."""
        if not self.normalise(partial):
            return []
        return [(self._ids[r.entry_index], r.score) for r in self._index.complete(partial, limit=limit)]
