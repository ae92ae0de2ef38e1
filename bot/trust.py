"""What a reader needs to judge the FAQ (HONcode / NHS content standard): who runs it, how to reach them, who
pays, that there is no advertising, how answers are sourced and reviewed, and what is stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from bot.knowledge.messages import MessageCatalog
from bot.knowledge.model import KnowledgeBase

DEFAULT_MAINTAINERS = "this server's moderators"
DEFAULT_CONTACT = "message one of this server's moderators"
DEFAULT_FUNDING = "No funding has been declared by this server's moderators"


@dataclass(frozen=True)
class TrustInfo:
    """The community's own facts about the FAQ, from the config (honest defaults when it says nothing)."""

    maintainers: str = DEFAULT_MAINTAINERS
    contact: str = DEFAULT_CONTACT
    funding: str = DEFAULT_FUNDING
    retention_days: int = 30


# The built-in English of every heading and text (knowledge/messages/en.yaml lists the same keys, to translate).
ENGLISH: Mapping[str, str] = MappingProxyType(
    {
        "trust.maintainers.title": "Who maintains this FAQ",
        "trust.maintainers.text": "Maintained by {maintainers}. To reach them: {contact}.",
        "trust.maintainers.default": DEFAULT_MAINTAINERS,
        "trust.contact.default": DEFAULT_CONTACT,
        "trust.funding.title": "Funding and advertising",
        "trust.funding.text": "{funding}. The FAQ carries no advertising and no sponsored content.",
        "trust.funding.default": DEFAULT_FUNDING,
        "trust.sourcing.title": "How answers are sourced and reviewed",
        "trust.sourcing.text": (
            "Every answer cites research papers, official notices or news stories, and quotes only sentences "
            "that appear word for word in our copies of them. Each answer is checked against its sources and "
            "shows when it was last reviewed and when its next review is due. {entries} questions, last reviewed "
            "{reviewed}; the FAQ covers {span}."
        ),
        "trust.reviewed.unknown": "unknown",
        "trust.span.none": "the research it cites",
        "trust.span.one": "research from {first}",
        "trust.span.range": "research from {first} to {last}",
        "trust.stored.title": "What is stored",
        "trust.stored.text": (
            "Counts of answers and votes (no user ids: votes are de-duplicated with an expiring keyed hash), and "
            "{kept}."
        ),
        "trust.stored.kept": (
            "the text of questions it could not answer (never who asked), for {days} days, so moderators can add "
            "entries. Phone numbers, e-mail addresses, long numbers and Discord mentions are removed from it "
            "first, but names cannot be found reliably: please leave them out"
        ),
        "trust.stored.nothing": "no question text at all",
    }
)


class _Words:
    """The trust texts in one language: the message catalog's where it has them, else the built-in English."""

    def __init__(self, messages: MessageCatalog | None, language: str) -> None:
        self._messages = messages or MessageCatalog()
        self._language = language

    def __call__(self, key: str, **values: object) -> str:
        return self._messages.worded(key, self._language, ENGLISH[key], **values)

    def own(self, value: str, default: str, key: str) -> str:
        """A config value as given, or (when it is the built-in default) the default in the language."""
        return self(key) if value == default else value


def stored_text(retention_days: int, messages: MessageCatalog | None = None, language: str = "en") -> str:
    """Say what the bot stores, and for how long."""
    say = _Words(messages, language)
    kept = say("trust.stored.kept", days=retention_days) if retention_days > 0 else say("trust.stored.nothing")
    return say("trust.stored.text", kept=kept)


def _span(knowledge: KnowledgeBase, say: _Words) -> str:
    years = knowledge.research_years
    if years is None:
        return say("trust.span.none")
    first, last = years
    return say("trust.span.one", first=first) if first == last else say("trust.span.range", first=first, last=last)


def trust_sections(knowledge: KnowledgeBase, info: TrustInfo, language: str = "en") -> tuple[tuple[str, str], ...]:
    """Return (heading, text) pairs for /about and the Markdown export, in the language as far as it is translated."""
    say = _Words(knowledge.messages, language)
    reviewed = knowledge.last_reviewed.isoformat() if knowledge.last_reviewed else say("trust.reviewed.unknown")
    maintainers = say.own(info.maintainers, DEFAULT_MAINTAINERS, "trust.maintainers.default")
    contact = say.own(info.contact, DEFAULT_CONTACT, "trust.contact.default")
    funding = say.own(info.funding, DEFAULT_FUNDING, "trust.funding.default")
    return (
        (say("trust.maintainers.title"), say("trust.maintainers.text", maintainers=maintainers, contact=contact)),
        (say("trust.funding.title"), say("trust.funding.text", funding=funding.rstrip("."))),
        (
            say("trust.sourcing.title"),
            say("trust.sourcing.text", entries=len(knowledge.entries), reviewed=reviewed, span=_span(knowledge, say)),
        ),
        (say("trust.stored.title"), stored_text(info.retention_days, knowledge.messages, language)),
    )
