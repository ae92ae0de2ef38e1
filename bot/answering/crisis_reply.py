"""Crisis and support replies: emergency numbers first for an emergency, crisis lines first for self-harm.

Replies are brief, in the message's language when texts exist for it (else English), with the lines for that
language's countries first. An emergency reply says nothing about suicide; a self-harm reply gives lines and
kind words and nothing else. Neither carries FAQ content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from bot.answering.answer import Answer, Status
from bot.knowledge.crisis import LANGUAGES, CrisisLine, CrisisResources, EmergencyNumber
from bot.safety.screen import CrisisKind

MAX_NUMBERS = 4  # an emergency reply names a few numbers, the asker's language's first
MAX_LINES = 5

_Item = TypeVar("_Item", CrisisLine, EmergencyNumber)


def for_language(items: Sequence[_Item], language: str) -> list[_Item]:
    """The community's own items (no `languages`, from config.yaml) first; then those listing this language
    earliest in `languages` (its main audience), in file order; then the rest."""

    def rank(item: _Item) -> int:
        if not item.languages:
            return -1
        return item.languages.index(language) if language in item.languages else len(LANGUAGES)

    return sorted(items, key=rank)  # sorted() is stable: file order within a rank


def _line(item: CrisisLine, elsewhere: str = "") -> str:
    region = item.region or elsewhere
    where = f"{region}: " if region else ""
    return f"• {where}{item.name} — {item.contact}" if item.contact else f"• {where}{item.name}"


def emergency_numbers(resources: CrisisResources, language: str) -> str:
    """'112 (European Union) · 911 (United States & Canada)': the numbers for this language first."""
    numbers = for_language(resources.emergency, language)[:MAX_NUMBERS]
    return " · ".join(f"{n.number} ({n.region})" for n in numbers)


def compose_crisis(question: str, kind: CrisisKind, language: str, resources: CrisisResources) -> Answer:
    """Crisis help and nothing else: an emergency gets the emergency number first, self-harm the crisis lines."""
    texts = resources.text(language)
    numbers = emergency_numbers(resources, language)
    if kind == "emergency":
        title = texts.emergency_title
        body = f"{texts.emergency_lead}: {numbers}.\n\n{texts.emergency_steps}"
    else:
        title = texts.self_harm_title
        shown = [line for line in resources.lines if not line.review]  # never an unconfirmed number in a crisis
        mine = [line for line in for_language(shown, language) if language in line.languages or not line.languages]
        lines = mine[:MAX_LINES]  # no line for this language: the directory below lists them
        listed = "\n".join([*(_line(line) for line in lines), _line(resources.directory, texts.elsewhere)])
        body = f"{texts.self_harm_lead}\n{listed}\n\n{texts.self_harm_kind}\n{texts.self_harm_danger}: {numbers}."
    return Answer(
        question=question,
        status=Status.CRISIS,
        entry_id=None,
        score=100.0,
        title=title,
        body=body,
        footer=texts.footer,
        reason="crisis",
        crisis_kind=kind,
        language=language,
    )


def support_text(resources: CrisisResources, language: str) -> str:
    """A gentle pointer to support: the community's channel and lupus charities for this language."""
    texts = resources.text(language)
    contacts = for_language([c for c in resources.support if not c.review], language)
    mine = [c for c in contacts if language in c.languages or not c.languages] or contacts
    return "\n".join([texts.support_text, *(_line(c) for c in mine[:MAX_LINES])])


def compose_support(question: str, language: str, resources: CrisisResources) -> Answer:
    """A reply to distress with no question the FAQ answers: support, no FAQ content (status 'support')."""
    texts = resources.text(language)
    return Answer(
        question=question,
        status=Status.SUPPORT,
        entry_id=None,
        score=0.0,
        title=texts.support_title,
        body=support_text(resources, language),
        footer=texts.footer,
        reason="distress",
        language=language,
    )


def with_support(answer: Answer, language: str, resources: CrisisResources) -> Answer:
    """Put a support notice above an answer to someone who sounds distressed; without an answer, support alone."""
    if answer.status != Status.ANSWERED:
        return compose_support(answer.question, language, resources)
    return replace(answer, support=support_text(resources, language))
