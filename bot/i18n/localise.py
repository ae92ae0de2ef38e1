"""Turn an English Answer into the member's language: translated entry text, caveats, footer and notes.

The English engine decides WHAT to answer (which entry, a decline, crisis help); this module only changes the
words. Citations stay as they are (the sources are English) and are labelled so. A translation whose English
entry changed since it was made is never shown: the English answer is, with a one-line note in the member's
language. Caveats are always in the member's language: a language cannot load without all of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.answer import Answer, Status, Suggestion
from bot.knowledge.messages import MessageCatalog
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.translation_model import LanguagePack

_MARKER = re.compile(r"\[\d+\]")


def _messages(knowledge: KnowledgeBase) -> MessageCatalog:
    return knowledge.messages or MessageCatalog()


def translate_suggestions(suggestions: tuple[Suggestion, ...], pack: LanguagePack) -> tuple[Suggestion, ...]:
    """Show other questions in the language where they are translated (English where not yet)."""
    out = []
    for s in suggestions:
        t = pack.entry(s.entry_id)
        out.append(replace(s, question=t.question) if t is not None and not t.stale else s)
    return tuple(out)


def _footer(knowledge: KnowledgeBase, language: str, reviewed: str, pending: bool) -> str:
    messages = _messages(knowledge)
    parts = [
        messages.text("answer.footer", language, reviewed=reviewed),
        messages.text("answer.sources_in_english", language),
    ]
    if pending:
        parts.append(messages.text("translation.pending", language))
    return " · ".join(parts)


def localise_entry_answer(answer: Answer, knowledge: KnowledgeBase, language: str) -> Answer:
    """Show an entry's answer in the language: its translation when current, else English with a note."""
    pack = knowledge.languages.get(language)
    if pack is None or answer.status != Status.ANSWERED or answer.entry_id is None:
        return answer
    english_entry = knowledge.entry(answer.entry_id)
    t = pack.entry(answer.entry_id)
    extra = english_entry.caveats if english_entry else ()
    base = replace(
        answer,
        suggestions=translate_suggestions(answer.suggestions, pack),
        related=translate_suggestions(answer.related, pack),
    )
    messages = _messages(knowledge)
    if t is None or t.answer is None or t.stale:
        why = "stale" if t is not None and t.stale else "missing"
        return replace(
            base,
            caveats=pack.caveats + extra,
            notice=messages.text(f"translation.{why}", language),
            translation=why,  # the entry's text is English; the caveats, footer and note are in the language
            language=language,
            footer=_footer(knowledge, language, answer.reviewed or "", pending=False),
        )
    body = t.answer.strip()
    if not _MARKER.search(body) and answer.citations:
        body = f"{body} " + "".join(f"[{c.number}]" for c in answer.citations)
    return replace(
        base,
        title=t.question,
        body=body,
        caveats=pack.caveats + t.caveats,
        language=language,
        translation="pending" if t.pending_review else "reviewed",
        reviewed=t.reviewed.isoformat(),
        footer=_footer(knowledge, language, t.reviewed.isoformat(), pending=t.pending_review),
    )


def localise_decline(answer: Answer, knowledge: KnowledgeBase, language: str) -> Answer:
    """Decline in the language, offering the questions in the language."""
    pack = knowledge.languages.get(language)
    if pack is None or answer.status != Status.DECLINED:
        return answer
    messages = _messages(knowledge)
    if answer.reason == "language":  # in a language the FAQ does not serve: which ones it answers in
        names = [messages.text(f"language.{code}", language) for code in ("en", *sorted(knowledge.languages))]
        served = f"{', '.join(names[:-1])} {messages.text('language.and', language)} {names[-1]}"
        title = messages.text("decline.language_title", language)
        body = messages.text("decline.language_body", language, languages=served if len(names) > 1 else names[0])
    else:
        title, body = messages.text("decline.title", language), messages.text("decline.body", language)
        if answer.suggestions:
            body += " " + messages.text("decline.try_these", language)
    return replace(
        answer,
        title=title,
        body=body,
        suggestions=translate_suggestions(answer.suggestions, pack),
        footer=messages.text("decline.footer", language),
        language=language,
    )
