"""Replies that are not an FAQ answer: a hello, CAR-T for another disease, a message in another language."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.answer import Answer, Suggestion
from bot.answering.compose import NOT_ADVICE, declined
from bot.knowledge.model import KnowledgeBase

_FOOTER = f"{NOT_ADVICE} · for your own health, talk to your doctor or rheumatologist"


def compose_greeting(question: str, examples: Sequence[Suggestion]) -> Answer:
    """Say hello and show what the bot can answer."""
    return declined(
        question,
        title="Hello!",
        body=(
            "Hi! I answer questions about the early research on CAR-T cell therapy for lupus, from the articles "
            "and papers this FAQ cites. You could ask, for example:"
        ),
        suggestions=tuple(examples),
        footer=_FOOTER,
        reason="greeting",
    )


def compose_other_disease(question: str, disease: str, suggestions: Sequence[Suggestion]) -> Answer:
    """Scope a question about CAR-T for another disease (lymphoma, myeloma) to what this FAQ covers."""
    return declined(
        question,
        title="This FAQ covers CAR-T for lupus",
        body=(
            f"This FAQ covers CAR-T cell therapy for lupus, so I can't answer questions about CAR-T for "
            f"{disease}. CAR-T was first used for blood cancers, and the doctors who treat {disease} are the "
            "right people to ask about it. Here is what the FAQ says about CAR-T and lupus:"
        ),
        suggestions=tuple(suggestions),
        footer=_FOOTER,
        reason="other_disease",
    )


def served_languages(knowledge: KnowledgeBase) -> tuple[str, ...]:
    """The names of the languages the FAQ answers in: English, then its translations (from the message catalog)."""
    messages = knowledge.messages
    codes = ("en", *sorted(knowledge.languages))
    return tuple(messages.text(f"language.{code}") if messages else code for code in codes)


def compose_other_language(question: str, headline: Suggestion | None, served: Sequence[str] = ("English",)) -> Answer:
    """Say that the FAQ cannot answer in this language yet, which languages it answers in, and offer the headline
    summary (served: the names of the FAQ's languages, English first)."""
    names = ", ".join(served[:-1]) + f" and {served[-1]}" if len(served) > 1 else served[0]
    return declined(
        question,
        title="I can't answer in your language yet",
        body=(
            f"Sorry, I can't answer in your language yet: this FAQ answers in {names}. "
            "Here is the summary of the research, in English:"
        ),
        suggestions=(headline,) if headline else (),
        footer=_FOOTER,
        reason="language",
    )
