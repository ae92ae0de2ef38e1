"""What a reader needs to judge the FAQ (HONcode / NHS content standard): who runs it, how to reach them, who
pays, that there is no advertising, how answers are sourced and reviewed, and what is stored."""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.model import KnowledgeBase
from bot.knowledge.provenance import research_span

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


def stored_text(retention_days: int) -> str:
    """Say what the bot stores, and for how long."""
    if retention_days > 0:
        kept = (
            f"the text of questions it could not answer (never who asked), for {retention_days} days, so "
            "moderators can add entries. Phone numbers, e-mail addresses, long numbers and Discord mentions are "
            "removed from it first, but names cannot be found reliably: please leave them out"
        )
    else:
        kept = "no question text at all"
    return (
        f"Counts of answers and votes (no user ids: votes are de-duplicated with an expiring keyed hash), and {kept}."
    )


def trust_sections(knowledge: KnowledgeBase, info: TrustInfo) -> tuple[tuple[str, str], ...]:
    """Return (heading, text) pairs for /about and the Markdown export."""
    reviewed = knowledge.last_reviewed.isoformat() if knowledge.last_reviewed else "unknown"
    span = research_span(knowledge) or "the research it cites"
    return (
        ("Who maintains this FAQ", f"Maintained by {info.maintainers}. To reach them: {info.contact}."),
        (
            "Funding and advertising",
            f"{info.funding.rstrip('.')}. The FAQ carries no advertising and no sponsored content.",
        ),
        (
            "How answers are sourced and reviewed",
            "Every answer cites research papers, official notices or news stories, and quotes only sentences "
            "that appear word for word in our copies of them. Each answer is checked against its sources and "
            f"shows when it was last reviewed and when its next review is due. {len(knowledge.entries)} "
            f"questions, last reviewed {reviewed}; the FAQ covers {span}.",
        ),
        ("What is stored", stored_text(info.retention_days)),
    )
