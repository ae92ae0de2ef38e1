"""Answer in the member's language: match the question in its own language, show the entry in the member's.

The English AnswerEngine stays the authority on safety (crisis help first, for a message in any language) and
on English questions. A question in German, Spanish or French is matched only against that language's aliases;
a question whose language is unclear (short, or English) tries the member's language first, then English.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from dataclasses import replace
from types import MappingProxyType

from bot.answering import Answer, AnswerEngine, Status
from bot.answering.answer import Suggestion
from bot.answering.compose import compose_decline
from bot.answering.crisis_reply import compose_crisis, compose_support, support_text
from bot.answering.declines import compose_other_language, served_languages
from bot.answering.engine import MAX_POST_CHARS, MAX_QUESTION_CHARS
from bot.answering.parts import question_parts, sentences
from bot.i18n.bridge import Agreement, EnglishReading, settle
from bot.i18n.locales import DEFAULT_LANGUAGE
from bot.i18n.localise import localise_decline, localise_entry_answer, translate_suggestions
from bot.i18n.matching import LanguageMatch, LanguageMatcher
from bot.i18n.which_language import LanguageGuesser
from bot.knowledge.loader import HEADLINE_ENTRY, PERSONAL_TREATMENT_ENTRY

_NOTHING = LanguageMatch(None, 0.0, (), "weak")  # no own match to agree with: the English reading alone


def _default_detector() -> Callable[[str], str]:
    """Use the safety layer's language guess when it is there; otherwise say 'en' (unsure)."""
    try:
        module = importlib.import_module("bot.safety.language")
    except ImportError:
        return lambda _text: DEFAULT_LANGUAGE
    detect: Callable[[str], str] = module.detect_language
    return detect


class MultilingualEngine:
    """Wraps the English engine; one LanguageMatcher per language the FAQ has translations for."""

    def __init__(self, engine: AnswerEngine, *, detect_language: Callable[[str], str] | None = None) -> None:
        self.engine = engine
        self.knowledge = engine.knowledge
        self._english = EnglishReading(self.knowledge)
        self._agreement = Agreement()
        # A question with a word the language's FAQ never uses and nothing on its subject is read as English only
        # when every word can be (bridge.py); two readings agreeing on a leader under the line do not settle it.
        # When the reading names one of the lexicon's concepts the English engine's own line decides; else it is
        # held to the line for such a question ("wie spät ist es in Zürich" reads "how later").
        policy = self.engine.policy
        self._read_agreement = Agreement(at_least=math.inf)
        self._strict_agreement = Agreement(answer_at=policy.answer_unanchored_unknown_at, at_least=math.inf)
        self._guesser = LanguageGuesser(self.knowledge, detect_language or _default_detector())
        self.matchers = MappingProxyType(
            {
                lang: LanguageMatcher(pack, self.knowledge.lexicon, personal_entry=PERSONAL_TREATMENT_ENTRY)
                for lang, pack in self.knowledge.languages.items()
            }
        )

    @property
    def languages(self) -> tuple[str, ...]:
        """Return the languages answers can be given in, English first."""
        return (DEFAULT_LANGUAGE, *sorted(self.matchers))

    def question_language(self, question: str, reply_language: str) -> tuple[str, ...]:
        """Return the language to match a question in: the one whose FAQ vocabulary knows most of its words."""
        return (self._guesser.guess(question, reply_language),)

    def answer(self, question: str, language: str = DEFAULT_LANGUAGE) -> Answer:
        """Answer a question in `language` (crisis help first, whatever the language)."""
        english = self.engine.answer(question)  # the safety screen reads every message first, in any language
        if english.status == Status.CRISIS:
            return self._safety_reply(english, language)
        weak: LanguageMatch | None = None
        text = question[:MAX_QUESTION_CHARS]  # as the English engine: the start of a long message says what it asks
        for match_language in self.question_language(text, language):
            if match_language == DEFAULT_LANGUAGE or (
                match_language != language and self._guesser.unserved(text, match_language)
            ):  # English, or a language the FAQ does not serve ("Wat zijn de bijwerkingen?" is not Spanish)
                if english.status == Status.SUPPORT:  # the English engine read the whole message
                    return self._safety_reply(english, language)
                return self.localise(self._in_unserved_language(text, english, match_language), language)
            match = self._match_message(question[:MAX_POST_CHARS], match_language)
            if match.entry_id is not None:
                answer = self._answer_match(question, match, language)
                if english.support or english.status == Status.SUPPORT:  # distressed and asking: the gentle
                    # pointer to support stays, in the language (the English engine, which cannot read the question
                    # in another language, calls the message distress alone)
                    answer = replace(answer, support=support_text(self.engine.crisis, language))
                return answer
            weak = weak or match
        if english.status == Status.SUPPORT:  # distressed, and no question the FAQ answers: support, not a decline
            return self._safety_reply(english, language)
        return self._decline(question, weak, language)

    def _in_unserved_language(self, text: str, english: Answer, read_as: str) -> Answer:
        """The English answer; or, for a question in a language the FAQ does not serve ("wat is CAR-T bij lupus?"),
        the decline naming the languages it answers in (its FAQ words must not pass for a question in the language
        it would be read in, `read_as`). A personal decision keeps its doctor referral."""
        if english.reason in ("personal", "language") or not self._guesser.unserved(text, read_as):
            return english
        headline = self.knowledge.entry(HEADLINE_ENTRY)
        summary = Suggestion(headline.id, headline.question, 0.0) if headline is not None else None
        return compose_other_language(english.question, summary, served_languages(self.knowledge))

    def _match_message(self, message: str, language: str) -> LanguageMatch:
        """Match a message as the English engine does: the question sentences of a long post ('Hi, ich habe seit 10
        Jahren SLE. Hilft CAR-T bei Lupusnephritis?'), each with the subject said before it, the first one the FAQ
        answers; a single question the FAQ answers as a whole message is answered as that."""
        whole = self._match_text(message[:MAX_QUESTION_CHARS], language)
        parts = [p for p in question_parts(message) if p != message]
        if whole.reason == "personal" or not parts or (len(parts) == 1 and whole.entry_id is not None):
            return whole
        matcher = self.matchers[language]
        # Questions only, no sentence around them ("cuanto sale una terapia car-t? es muy cara?"): the whole message
        # is what is asked, and its match is answered (a part is read for the context a long post puts around it).
        only_questions = whole.entry_id is not None and len(sentences(message)) == len(parts)
        for part in parts:
            if part != parts[-1] and matcher.says_little(part):
                continue  # "Stimmt das? Wer bekommt Lupus?": the question that says what it asks
            before = message[: max(message.find(part), 0)]
            found = self._match_text(f"{part} {matcher.subject_of(before, part)}".strip(), language)
            if found.entry_id is not None:
                return whole if only_questions else found
        return whole

    def _match_text(self, text: str, language: str) -> LanguageMatch:
        """The language's own match; when that finds nothing to answer, the English reading's (bridge.py); when it
        does, the English reading may outvote its leader (`_outvoted`)."""
        match = self.matchers[language].match(text)
        if match.entry_id is None:
            return self._through_english(text, language, match) or match
        return self._outvoted(text, language, match) or match

    def _outvoted(self, text: str, language: str, own: LanguageMatch) -> LanguageMatch | None:
        """Two readings outvote one: when the own match has close runners-up and the English reading answers one of
        them, scoring at least what the own leader scores, that entry is answered. A translation has a question and
        a few aliases per entry, the English entry many more, so the own leader may win on general words ("¿qué le
        pasa al lupus si ...?" -> the headline) where the English reading sees what is asked ("... recae": relapse)."""
        if own.reason != "match" or not own.runners_up:
            return None
        english = self._through_english(text, language, _NOTHING)
        near = {entry_id for entry_id, _score in own.runners_up}
        if english is None or english.entry_id not in near or english.score < own.score:
            return None
        return english

    def _through_english(self, text: str, language: str, own: LanguageMatch) -> LanguageMatch | None:
        """Match the question's English reading against the English FAQ, whose phrasings and answers are many more
        than a translation's (bot.i18n.bridge). A question with a word no FAQ uses and nothing on its subject is
        read only when every word can be (the lexicon's concepts and its glossary of everyday words), and held to
        the stricter line, as in the language's own matcher, unless the reading names one of the lexicon's concepts
        ("cuanto tiempo les duro la mejoria sin medicamentos": howlong, last, medicine)."""
        strict = self.matchers[language].strict(text)
        gloss = self._english.gloss(language, text, strict)
        if not gloss:
            return None
        agreement = self._agreement
        if strict:
            named = self._english.names_concept(language, gloss)
            agreement = self._read_agreement if named else self._strict_agreement
        return settle(self.engine.answer(gloss), own, agreement)

    def _safety_reply(self, english: Answer, language: str) -> Answer:
        """Crisis or support help in the member's language (their country's lines first), else the message's."""
        if language == DEFAULT_LANGUAGE or language == english.language:
            return english
        if english.status == Status.CRISIS and english.crisis_kind is not None:
            return compose_crisis(english.question, english.crisis_kind, language, self.engine.crisis)
        return compose_support(english.question, language, self.engine.crisis)

    def _answer_match(self, question: str, match: LanguageMatch, language: str) -> Answer:
        assert match.entry_id is not None
        composed = self.engine.answer_entry(match.entry_id, question=question)
        assert composed is not None, "translations exist only for entries of the English FAQ"
        runners_up = tuple(self._suggestion(eid, score) for eid, score in match.runners_up)
        composed = replace(composed, score=match.score, reason=match.reason, suggestions=runners_up)
        return localise_entry_answer(composed, self.knowledge, language)

    def _suggestion(self, entry_id: str, score: float) -> Suggestion:
        entry = self.knowledge.entry(entry_id)
        return Suggestion(entry_id, entry.question if entry else entry_id, score)

    def _decline(self, question: str, match: LanguageMatch | None, language: str) -> Answer:
        near = tuple(self._suggestion(eid, score) for eid, score in (match.runners_up if match else ()))
        declined = compose_decline(
            question, reason=match.reason if match else "weak", suggestions=near or self.engine.examples
        )
        return self.localise(declined, language)

    def localise(self, answer: Answer, language: str) -> Answer:
        """Show an English answer (entry, decline or crisis) in the language, as far as the FAQ has it."""
        if language == DEFAULT_LANGUAGE or language not in self.knowledge.languages:
            return answer
        if answer.status == Status.ANSWERED:
            return localise_entry_answer(answer, self.knowledge, language)
        if answer.status == Status.DECLINED:
            return localise_decline(answer, self.knowledge, language)
        return self._safety_reply(answer, language)

    def answer_entry(self, entry_id: str, language: str = DEFAULT_LANGUAGE) -> Answer | None:
        """Answer with a named entry in the language."""
        answer = self.engine.answer_entry(entry_id)
        return None if answer is None else self.localise(answer, language)

    def headline(self, language: str = DEFAULT_LANGUAGE) -> Answer:
        """Return the /lupus-cart headline in the language."""
        answer = self.answer_entry(HEADLINE_ENTRY, language)
        assert answer is not None, "the loader guarantees the headline entry exists"
        return answer

    def autocomplete(self, partial: str, language: str = DEFAULT_LANGUAGE, limit: int = 25) -> list[Suggestion]:
        """Suggest questions as the member types, in the member's language where translated."""
        matcher = self.matchers.get(language)
        if matcher is None:
            return self.engine.autocomplete(partial, limit=limit)
        pack = matcher.pack
        if not partial.strip():
            english = self.engine.autocomplete("", limit=limit)
            return list(translate_suggestions(tuple(english), pack))
        own = [self._suggestion(eid, score) for eid, score in matcher.complete(partial[:100], limit=limit)]
        seen = {s.entry_id for s in own}
        # English suggestions too (a German member may type English), after the member's language.
        rest = [s for s in self.engine.autocomplete(partial, limit=limit) if s.entry_id not in seen]
        return list(translate_suggestions(tuple(own + rest), pack))[:limit]
