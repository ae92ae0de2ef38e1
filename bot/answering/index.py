"""A rapidfuzz-backed index over every entry's question and aliases, with candidate pruning for large FAQs."""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from bot.answering.normalise import Normaliser
from bot.answering.prefixes import PrefixIndex
from bot.answering.typos import TypoReader
from bot.knowledge.folding import fold
from bot.knowledge.model import KnowledgeBase

# An alias naming the subject people leave out ("is it a cure?") is not penalised for it (lexicon `implied_subject`).
IMPLIED_TOPIC_WEIGHT = 0.3
IMPLIED_TOPIC_QUERY_WEIGHT = 1.0
ANSWER_TEXT_CREDIT = 0.4  # a query word found only in the entry's answer counts for less than one in an alias
LIGHT_WEIGHT = 0.25  # question words ("who", "how") tell questions apart but must not win a match alone
WHOLE_TEXT_SHARE = 0.1
MAX_SCORED_PHRASES = 40
MAX_WALKED_POSTINGS = 800  # rarest words first; later, commoner words only confirm phrases already found
MAX_WALKED_COMMON = 150  # subject and question words alone: more postings than this start from the lightest phrases
BLEND_ENTRIES = 5  # only the leading entries get the (costlier) whole-string comparison
_YEAR = re.compile(r"(?:19|20)\d\d")
_NONE: frozenset[str] = frozenset()  # one shared empty set: most phrases name no subject word (~0.7 MB saved)
BLEND_MARGIN = 100 * WHOLE_TEXT_SHARE  # phrases further behind cannot catch up
# A question's text is resolved more than once (the engine's checks before matching, then each part of it; a clause
# and a message's context again): the last few texts are remembered.
RESOLVED_TEXTS = 256


@dataclass(frozen=True)
class IndexedEntry:
    """What the index needs of one FAQ entry."""

    entry_id: str
    phrases: tuple[str, ...]  # the question first, then the aliases
    answer: str


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


@dataclass(frozen=True)
class _Phrase:
    entry: int
    tokens: frozenset[str]
    weight: float
    text: str  # folded, with filler words kept: they break ties ("who is it for" / "who are you")
    sorted_text: str  # the same words in sorted order, what a token-sort comparison compares
    implied: frozenset[str]  # its words of the implied subject, and of the other subject words (most have none)
    subjects: frozenset[str]


@dataclass(frozen=True)
class QueryToken:
    """One token of a question, resolved against the FAQ's vocabulary (typos included)."""

    text: str
    weight: float
    matches: tuple[tuple[str, float], ...]  # (vocabulary token, similarity 0..1)

    @property
    def known(self) -> bool:
        """Say whether the FAQ uses this word (or something very close to it)."""
        return bool(self.matches)


def query_words(query: Sequence[QueryToken]) -> set[str]:
    """Every word a query may be: its own tokens and the FAQ words each resolved to (typos, synonyms)."""
    return {q.text for q in query} | {w for q in query for w, _ in q.matches}


@dataclass
class _Walk:
    """Phrases found so far while walking postings for one question."""

    touched: dict[int, dict[str, float]] = field(default_factory=dict)
    shared: defaultdict[int, float] = field(default_factory=lambda: defaultdict(float))
    used: defaultdict[int, float] = field(default_factory=lambda: defaultdict(float))
    confirm: list[str] = field(default_factory=list)
    walked: int = 0
    tier_done: bool = False


@dataclass(frozen=True)
class Ranked:
    """An entry's place in a ranking."""

    entry_index: int  # the entry's position in the index's (and the knowledge base's) entry list
    score: float


class QuestionIndex:
    """Ranks entries for a question (and for a partial question, as the user types)."""

    def __init__(self, entries: Sequence[IndexedEntry], normaliser: Normaliser) -> None:
        self.normaliser = normaliser
        self._light = normaliser.light_words
        self._implied = normaliser.canonical_set(normaliser.lexicon.word_list("implied_subject"))
        self._subjects = normaliser.canonical_set(normaliser.lexicon.word_list("subject_words")) - self._implied
        self._posting_sets: dict[str, frozenset[int]] = {}
        phrase_tokens, phrase_entry, phrase_text = self._read_phrases(entries)
        self._answer_vocab = [frozenset(normaliser.tokens(entry.answer)) for entry in entries]
        self._weigh_words(len(phrase_tokens))
        imp, sub = self._implied, self._subjects
        self._phrases = [
            _Phrase(o, t, sum(map(self.phrase_weight, t)), x, _sorted_words(x), t & imp or _NONE, t & sub or _NONE)
            for o, t, x in zip(phrase_entry, phrase_tokens, phrase_text, strict=True)
        ]
        by_weight = sorted(range(len(self._phrases)), key=lambda p: (self._phrases[p].weight, p))
        self._phrase_rank = [0] * len(self._phrases)  # phrase -> its place from lightest (fewest, commonest words)
        for place, phrase_number in enumerate(by_weight):
            self._phrase_rank[phrase_number] = place
        weights = sorted(self._idf.values())
        self.typical_weight = weights[len(weights) // 4] if weights else 1.0
        self._typos = TypoReader(self._idf, {f: w for f, w in normaliser.synonym_forms().items() if w in self._idf})
        self._prefixes = PrefixIndex([entry.phrases for entry in entries])
        self._resolve_token: Callable[[str], QueryToken] = lru_cache(maxsize=8192)(self._read_token)  # per word
        self._resolved: Callable[[str], tuple[QueryToken, ...]] = lru_cache(maxsize=RESOLVED_TEXTS)(self._read_text)

    def _read_phrases(self, entries: Sequence[IndexedEntry]) -> tuple[list[frozenset[str]], list[int], list[str]]:
        """Tokenise every phrase and fill the postings (word -> phrases); return each phrase's tokens, entry, text."""
        tokens, expand_phrases = self.normaliser.tokens, self.normaliser.expand_phrases
        self._postings: dict[str, list[int]] = defaultdict(list)
        phrase_tokens: list[frozenset[str]] = []
        phrase_entry: list[int] = []
        phrase_text: list[str] = []
        for number, entry in enumerate(entries):
            for text in entry.phrases:
                toks = frozenset(tokens(text))
                if not toks:
                    continue
                phrase_tokens.append(toks)
                phrase_entry.append(number)
                phrase_text.append(expand_phrases(text))
                for token in toks:
                    self._postings[token].append(len(phrase_tokens) - 1)
        return phrase_tokens, phrase_entry, phrase_text

    def _weigh_words(self, phrase_count: int) -> None:
        """Give every word the FAQ uses its weight: rare words tell entries apart."""
        total = max(phrase_count, 1)
        self._idf = {t: math.log(1 + total / len(p)) for t, p in self._postings.items()}
        for vocab in self._answer_vocab:
            for token in vocab:
                self._idf.setdefault(token, math.log(1 + total))  # only in answers: as rare as a word can be
        # A word the FAQ never uses weighs as much as its rarest word: it is probably what the question is about.
        self._unknown_weight = math.log(1 + total)
        self._weights: dict[str, float] = {}
        for token in self._idf:
            self._weights[token] = self.weight(token)

    def phrases_holding(self, token: str) -> list[tuple[int, frozenset[str]]]:
        """Every phrase using this (canonical) word, as (its entry, its words)."""
        phrases = self._phrases
        return [(phrases[p].entry, phrases[p].tokens) for p in self._postings.get(token, ())]

    def phrased(self, token: str) -> bool:
        """Say whether a question or alias uses this (canonical) word, not only an answer."""
        return token in self._postings

    def knows(self, token: str) -> bool:
        """Say whether the FAQ uses this (canonical) word."""
        return token in self._idf

    def weight(self, token: str) -> float:
        """Return how much a token tells entries apart (rare words weigh more)."""
        cached = self._weights.get(token)
        if cached is not None:
            return cached
        base = self._idf.get(token, self._unknown_weight if len(token) > 3 else self._unknown_weight / 2)
        if token.isdigit() and not (token in self._idf and _YEAR.fullmatch(token)):
            base *= 0.35  # numbers ("5", "19") rarely say what a question is about; a year the FAQ uses may ("2024")
        return base * LIGHT_WEIGHT if token in self._light else base

    def phrase_weight(self, token: str) -> float:
        """Return a token's weight inside an alias, where the implied subject counts for less."""
        weight = self.weight(token)
        return weight * IMPLIED_TOPIC_WEIGHT if token in self._implied else weight

    def resolve(self, question: str) -> list[QueryToken]:
        """Tokenise a question and match each token to the vocabulary, tolerating typos (`_resolved`: once per text)."""
        return list(self._resolved(question))

    def _read_text(self, question: str) -> tuple[QueryToken, ...]:
        tokens = self._typos.rejoin(self.normaliser.tokens(question), self.normaliser.canonical_token)
        return tuple(self._resolve_token(token) for token in dict.fromkeys(tokens))  # a repeated word counts once

    def _read_token(self, token: str) -> QueryToken:
        """One token matched to the vocabulary (remembered per word: `_resolve_token`)."""
        if token in self._idf:
            weight = self.weight(token)
            if token in self._implied:
                weight *= IMPLIED_TOPIC_QUERY_WEIGHT  # naming the subject says little about the question
            return QueryToken(token, weight, ((token, 1.0),))
        matches = self._typos.read(token)
        # A word read as another weighs as that word (a relative of it a little less: it may be another word).
        weight = max((self.weight(w) * (s if s < 0.8 else 1.0) for w, s in matches), default=self.weight(token))
        return QueryToken(token, weight, matches)

    def _touched_phrases(self, query: Sequence[QueryToken]) -> tuple[dict[int, dict[str, float]], dict[int, float]]:
        """Find the phrases sharing words with the question.

        Returns phrase -> {word: similarity} and phrase -> how much of the phrase's own weight the question
        covers. Rare, meaningful words walk their postings; the implied subject ("lupus") and question words
        ("how") only walk when nothing else found a phrase, and words held by too many phrases only confirm
        phrases already found. That keeps a 50,000-alias FAQ fast.
        """
        words: dict[str, float] = {}
        for q in query:
            for word, similarity in q.matches:
                if similarity > words.get(word, 0.0):
                    words[word] = similarity
        by_rarity = sorted(words, key=lambda w: len(self._postings.get(w, ())))
        walk = _Walk()
        if by_rarity and len(self._postings.get(by_rarity[0], ())) > MAX_WALKED_POSTINGS:
            self._start_from_common(walk, by_rarity)
        else:
            self._walk_tiers(walk, words, by_rarity)
        touched, used = walk.touched, walk.used
        if len(touched) > MAX_SCORED_PHRASES:
            touched = self._most_promising(walk, sum(q.weight for q in query) or 1.0)
        for word in walk.confirm:
            own = self.phrase_weight(word) * words[word]
            for phrase, found in touched.items():
                if word in self._phrases[phrase].tokens:
                    found[word] = words[word]
                    used[phrase] += own
        return touched, used

    def _walk_tiers(self, walk: _Walk, words: dict[str, float], by_rarity: list[str]) -> None:
        """Walk the postings of meaningful words, then of the implied subject, then of question words."""
        implied, light = self._implied, self._light
        meaningful = [w for w in by_rarity if w not in implied and w not in light]
        subject = [w for w in by_rarity if w in implied]
        asking = [w for w in by_rarity if w in light and w not in implied]
        self._walk_tier(walk, words, meaningful)
        if not walk.touched:
            rest = subject + asking
            if sum(len(self._postings.get(w, ())) for w in rest) > MAX_WALKED_COMMON:
                # Only subject and question words ("what is car t for lupus"): start from the shortest phrases with all
                self._start_from_common(walk, sorted(rest, key=lambda w: len(self._postings.get(w, ()))))
                return
        self._walk_tier(walk, words, subject)
        self._walk_tier(walk, words, asking)

    def _walk_tier(self, walk: _Walk, words: dict[str, float], tier: list[str]) -> None:
        """Walk each word's postings, until enough are walked; after that a word only confirms phrases found."""
        for word in tier:
            postings = self._postings.get(word, ())
            if walk.touched and (walk.tier_done or walk.walked + len(postings) > MAX_WALKED_POSTINGS):
                walk.confirm.append(word)
            else:
                self._walk_postings(walk, word, words[word], postings)
        walk.tier_done = bool(walk.touched)

    def _most_promising(self, walk: _Walk, total: float) -> dict[int, dict[str, float]]:
        """Keep the phrases whose estimated score is best (the answer-text credit is left out)."""
        phrases, shared, used = self._phrases, walk.shared, walk.used
        estimates = {}
        for p in walk.touched:
            recall, precision = shared[p] / total, used[p] / phrases[p].weight
            estimates[p] = precision * recall / (4 * precision + recall)
        keep = sorted(walk.touched, key=estimates.__getitem__, reverse=True)[:MAX_SCORED_PHRASES]
        return {p: walk.touched[p] for p in keep}

    def _start_from_common(self, walk: _Walk, common: list[str]) -> None:
        """Start from the lightest phrases holding as many of these common words as possible (set intersections
        run in C); each word then confirms the phrases found."""
        pool = self._posting_set(common[0])
        for word in common[1:]:
            narrower = pool & self._posting_set(word)
            if narrower:
                pool = narrower
        lightest = heapq.nsmallest(MAX_SCORED_PHRASES, pool, key=self._phrase_rank.__getitem__)
        walk.touched = {phrase: {} for phrase in sorted(lightest)}
        walk.confirm = list(common)

    def _walk_postings(self, walk: _Walk, word: str, similarity: float, postings: Sequence[int]) -> None:
        walk.walked += len(postings)
        gain = self.weight(word) * similarity
        own = self.phrase_weight(word) * similarity
        touched, shared, used = walk.touched, walk.shared, walk.used
        for phrase in postings:
            found = touched.get(phrase)
            if found is None:
                touched[phrase] = {word: similarity}
            else:
                found[word] = similarity
            shared[phrase] += gain
            used[phrase] += own

    def _posting_set(self, word: str) -> frozenset[int]:
        cached = self._posting_sets.get(word)
        if cached is None:
            cached = self._posting_sets[word] = frozenset(self._postings.get(word, ()))
        return cached

    def _overlap(
        self,
        query: Sequence[tuple[float, tuple[tuple[str, float], ...]]],
        total: float,
        phrase: _Phrase,
        found: dict[str, float],
        used: float,
        named_topics: frozenset[str],
    ) -> float:
        """Score how well a phrase covers the question (recall) and the question uses the phrase (precision)."""
        answer = self._answer_vocab[phrase.entry]
        recall = 0.0
        for weight, matches in query:
            best = 0.0
            for word, similarity in matches:
                if word in found:
                    if similarity > best:
                        best = similarity
                elif word in answer and similarity * ANSWER_TEXT_CREDIT > best:
                    best = similarity * ANSWER_TEXT_CREDIT
            recall += weight * best
        if recall <= 0 or used <= 0:
            return 0.0
        recall /= total
        size = phrase.weight
        if named_topics:
            # The question names its subject ("lupus"), so an alias about another one ("CAR-T") is not implied,
            # and one about another subject word ("did the autoantibodies go away") asks about something else.
            for word in phrase.implied - named_topics - found.keys() if phrase.implied else ():
                size += self.weight(word) - self.phrase_weight(word)
            for word in phrase.subjects - found.keys() if phrase.subjects else ():
                size += self.weight(word)
        precision = used / size
        # F2: what the question asks must be covered (recall) more than the alias must be used up (precision).
        return 100.0 * 5 * precision * recall / (4 * precision + recall)

    def rank(self, query: Sequence[QueryToken], question: str, limit: int = 5) -> list[Ranked]:
        """Return the best entries for a question (and its resolved tokens), best first, scores 0..100."""
        total = sum(q.weight for q in query)
        if total <= 0:
            return []
        overlaps: dict[int, list[tuple[float, int]]] = defaultdict(list)  # entry -> [(overlap, phrase)]
        named_topics = frozenset(w for q in query for w, _ in q.matches) & self._implied
        touched, used = self._touched_phrases(query)
        lean = [(q.weight, q.matches) for q in query]
        for phrase_number, found in touched.items():
            phrase = self._phrases[phrase_number]
            overlap = self._overlap(lean, total, phrase, found, used[phrase_number], named_topics)
            if overlap > 0:
                overlaps[phrase.entry].append((overlap, phrase_number))
        best_first = sorted(overlaps.items(), key=lambda item: -max(item[1])[0])[: max(limit, BLEND_ENTRIES)]
        text = _sorted_words(self.normaliser.expand_phrases(question))
        results = []
        for entry, scored in best_first:
            scored.sort(reverse=True)
            top, best = scored[0][0], 0.0
            for overlap, phrase_number in scored:
                if overlap < top - BLEND_MARGIN or (1 - WHOLE_TEXT_SHARE) * overlap + 100 * WHOLE_TEXT_SHARE <= best:
                    break  # the rest are further behind: none can catch up
                # Whole-string similarity (filler words included) breaks ties between equal overlaps.
                whole = fuzz.ratio(text, self._phrases[phrase_number].sorted_text)
                best = max(best, (1 - WHOLE_TEXT_SHARE) * overlap + WHOLE_TEXT_SHARE * whole)
            results.append(Ranked(entry, best))
        results.sort(key=lambda r: (-r.score, r.entry_index))
        return results[:limit]

    def complete(self, partial: str, limit: int = 25) -> list[Ranked]:
        """Rank entries for a partly typed question: whole-question prefixes, then word prefixes, then fuzzy."""
        text = fold(partial)
        scores = self._prefixes.scores(text)
        if len(text) >= 4 and len(scores) < limit:
            query = self.resolve(partial)
            for ranked in self.rank(query, partial, limit=limit):
                score = 60.0 + ranked.score * 0.35
                if score > scores.get(ranked.entry_index, 0.0):
                    scores[ranked.entry_index] = score
        ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return [Ranked(entry, score) for entry, score in ordered[:limit]]


def indexed_entries(knowledge: KnowledgeBase) -> list[IndexedEntry]:
    """What the index needs of every entry of a knowledge base."""
    return [IndexedEntry(e.id, (e.question, *e.aliases), e.answer) for e in knowledge.entries]
