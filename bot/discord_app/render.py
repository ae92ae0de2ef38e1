"""Render answers and FAQ facts as Discord embeds, always inside Discord's limits."""

from __future__ import annotations

import re

from discord import Colour, Embed
from discord.utils import escape_markdown, escape_mentions

from bot.answering.answer import Answer, Status
from bot.discord_app import limits
from bot.knowledge.export import source_line
from bot.knowledge.messages import MessageCatalog
from bot.knowledge.model import KnowledgeBase, Source
from bot.knowledge.provenance import QUOTES_FOOTER, copy_note
from bot.trust import TrustInfo, trust_sections

ANSWER_COLOUR = Colour(0x6A4C93)  # purple: the lupus awareness colour
DECLINE_COLOUR = Colour(0x8D99AE)
CRISIS_COLOUR = Colour(0xD62828)
SUPPORT_COLOUR = Colour(0x6A4C93)


def clip(text: str, limit: int) -> str:
    """Shorten text to `limit` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


_LINK_SCHEME = re.compile(r"(?i)\b(https?|discord|steam|ftp)(:/+)")
_ZERO_WIDTH_SPACE = "\u200b"


def defang_links(text: str) -> str:
    """Break every link in user text with a zero-width space so Discord shows it as plain, unclickable text."""
    return _LINK_SCHEME.sub(lambda m: f"{m.group(1)}{_ZERO_WIDTH_SPACE}{m.group(2)}", text)


def safe_user_text(text: str, limit: int = 200) -> str:
    """Escape user text so it cannot format, ping, link or break out of its place in a message.

    The text is clipped before it is escaped: escaping is not linear in the worst case, and only the first
    `limit` characters are ever shown.
    """
    flat = " ".join(text.split())
    room = limit
    while True:
        shown = escape_mentions(escape_markdown(defang_links(clip(flat, room))))
        if len(shown) <= limit or room <= 1:
            return shown[:limit]
        room = min(room - 1, room * limit // len(shown))  # escaping lengthened it: show fewer characters


def _lines_within(lines: list[str], limit: int) -> str:
    """Join whole lines while they fit; say how many were left out rather than cut one in half."""
    out: list[str] = []
    used = 0
    for number, line in enumerate(lines):
        line = clip(line, limit)
        extra = len(line) + (1 if out else 0)
        remaining = len(lines) - number
        reserve = len(f"\n…and {remaining} more") if remaining > 1 else 0
        if used + extra + reserve > limit:
            out.append(f"…and {remaining} more")
            break
        out.append(line)
        used += extra
    return clip("\n".join(out), limit)


def citation_lines(answer: Answer) -> list[str]:
    """Number the citations as links: `[1] [Outlet — “Title”](url) (date)`."""
    lines = []
    for c in answer.citations:
        label = escape_markdown(f"{c.outlet} — “{c.title}”")
        text = f"[{label}]({c.url})" if c.url else label
        lines.append(f"**[{c.number}]** {text} ({c.date})")
    return lines


def fit_embed(embed: Embed) -> Embed:
    """Trim an embed until all of it fits Discord's 6000-character total, shortening the longest part first."""
    while len(embed) > limits.EMBED_TOTAL:
        excess = len(embed) - limits.EMBED_TOTAL
        description = embed.description or ""
        if len(description) > 200:
            embed.description = clip(description, max(200, len(description) - excess - 1))
            continue
        if embed.fields:
            last = embed.fields[-1]
            value = last.value or ""
            if len(value) > 100:
                embed.set_field_at(
                    len(embed.fields) - 1,
                    name=last.name,
                    value=clip(value, len(value) - excess - 1),
                    inline=last.inline,
                )
            else:
                embed.remove_field(len(embed.fields) - 1)
            continue
        break
    return embed


def render_answer(answer: Answer, *, asked: str | None = None) -> Embed:
    """Render an Answer: title, body with [n] markers, caveats, numbered sources, footer."""
    if answer.status in (Status.CRISIS, Status.SUPPORT):
        return render_crisis(answer)
    embed = Embed(
        title=clip(answer.title, limits.EMBED_TITLE),
        description=clip(_answer_description(answer, asked), limits.EMBED_DESCRIPTION),
        colour=ANSWER_COLOUR if answer.status == Status.ANSWERED else DECLINE_COLOUR,
    )
    for name, lines in _answer_fields(answer):
        if lines:
            embed.add_field(name=name, value=_lines_within(lines, limits.EMBED_FIELD_VALUE), inline=False)
    if answer.footer:
        embed.set_footer(text=clip(answer.footer, limits.EMBED_FOOTER))
    return fit_embed(embed)


def _answer_description(answer: Answer, asked: str | None) -> str:
    """The body (after the support pointer, if any); a decline also repeats the question and lists suggestions."""
    description = f"{answer.support}\n\n{answer.body}" if answer.support else answer.body
    if answer.status != Status.DECLINED:
        return description
    if asked and asked.strip():
        description = f"You asked: “{safe_user_text(asked)}”\n\n{description}"
    if answer.suggestions:
        description += "\n" + "\n".join(f"• {s.question}" for s in answer.suggestions)
    return description


def _answer_fields(answer: Answer) -> list[tuple[str, list[str]]]:
    """The answer's fields in order, each as its name and lines (a field without lines is left out)."""
    return [
        ("Keep in mind", [f"• {c}" for c in answer.caveats]),
        ("Sources", citation_lines(answer) if answer.citations else []),
        ("You also asked", [f"• {s.question}" for s in answer.also_asked]),
        ("Did you mean…", [f"• {s.question}" for s in answer.suggestions] if answer.status == Status.ANSWERED else []),
    ]


def render_crisis(answer: Answer) -> Embed:
    """Render crisis help (emergency numbers or crisis lines) or a support reply: the text, nothing else."""
    embed = Embed(
        title=clip(answer.title, limits.EMBED_TITLE),
        description=clip(answer.body, limits.EMBED_DESCRIPTION),
        colour=CRISIS_COLOUR if answer.status == Status.CRISIS else SUPPORT_COLOUR,
    )
    if answer.footer:
        embed.set_footer(text=clip(answer.footer, limits.EMBED_FOOTER))
    return embed


def render_quotes(answer: Answer, messages: MessageCatalog | None = None) -> Embed:
    """Render the verbatim quote behind each citation (the 'Show quotes' button); which copy a quote comes from is
    said in the answer's language when the catalog has it."""
    embed = Embed(title=clip(f"Quotes behind: {answer.title}", limits.EMBED_TITLE), colour=ANSWER_COLOUR)
    lines = []
    for c in answer.citations:
        where = escape_markdown(f"{c.outlet}, {c.date}")
        if c.quote:
            note = copy_note(c.outlet, c.copy, answer.language, messages)
            where = escape_markdown(f"{note}, {c.date}") if note else where
            lines.append(f"**[{c.number}]** “{escape_markdown(c.quote)}” — {where}")
        else:
            lines.append(f"**[{c.number}]** {where}: cited for the facts, not quoted.")
        if c.note:
            lines.append(f"    *{escape_markdown(c.note)}*")
    embed.description = _lines_within(lines, limits.EMBED_DESCRIPTION)
    embed.set_footer(text=QUOTES_FOOTER)
    return fit_embed(embed)


# /sources' own words in English; knowledge/messages/<lang>.yaml translate the same keys.
SOURCES_ENGLISH = {
    "sources.title": "Where this FAQ's answers come from",
    "sources.body": (
        "Every answer cites these. The news texts we hold are reprinted, rewritten or machine-translated copies, "
        "so we quote only sentences that are correct and take numbers from the papers."
    ),
    "sources.news": "News stories",
    "sources.papers": "Research papers",
    "sources.official": "Official notices and trial registries",
    "sources.further": "Further reading",
    "sources.continued": "{name} (continued)",
    "footer.information": "Information, not medical advice.",
}


def _source_groups(knowledge: KnowledgeBase) -> tuple[tuple[str, list[Source]], ...]:
    """The sources by kind, each under its heading's message key."""
    return (
        ("sources.news", [s for s in knowledge.sources if s.kind == "news"]),
        ("sources.papers", [s for s in knowledge.sources if s.kind == "paper" and not s.further_reading]),
        ("sources.official", [s for s in knowledge.sources if s.kind == "official"]),
        ("sources.further", [s for s in knowledge.sources if s.further_reading]),
    )


def render_sources(knowledge: KnowledgeBase, language: str = "en") -> Embed:
    """Render /sources: the news stories (with notes on reprinted copies) and the primary papers."""
    messages = knowledge.messages or MessageCatalog()

    def say(key: str, **values: object) -> str:
        return messages.worded(key, language, SOURCES_ENGLISH[key], **values)

    embed = Embed(title=say("sources.title"), colour=ANSWER_COLOUR, description=say("sources.body"))
    for key, sources in _source_groups(knowledge):
        name = say(key)
        lines = [_source_entry(source, language, messages) for source in sources]
        # One field holds 1024 characters: spread a long group over several fields rather than drop sources.
        for number, value in enumerate(_pack_lines(lines, limits.EMBED_FIELD_VALUE)):
            heading = name if number == 0 else say("sources.continued", name=name)
            embed.add_field(name=heading, value=value, inline=False)
    embed.set_footer(text=say("footer.information"))
    return fit_embed(embed)


def _source_entry(source: Source, language: str = "en", messages: MessageCatalog | None = None) -> str:
    """One source in /sources: linked label, which copy we hold (in the language), the moderators' note."""
    label = escape_markdown(source_line(source))
    line = f"• [{label}]({source.url})" if source.url else f"• {label}"
    note = copy_note(source.outlet, source.copy, language, messages)
    if note and language == "en":
        line += f" — our text: {escape_markdown(note.removeprefix('from '))}"
    elif note and messages is not None:
        line += f" — {escape_markdown(messages.worded('sources.our_text', language, 'our text: {note}', note=note))}"
    if source.note:
        line += f" — *{escape_markdown(clip(source.note, 400))}*"
    return line


def _pack_lines(lines: list[str], limit: int) -> list[str]:
    """Group whole lines into chunks of at most `limit` characters (a line longer than that is clipped)."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = clip(line, limit)
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def render_about(knowledge: KnowledgeBase, trust: TrustInfo, language: str = "en") -> Embed:
    """Render /about: what the bot is and is not, who maintains and funds it, how it is sourced, what it stores."""
    embed = Embed(title="About this bot", colour=ANSWER_COLOUR)
    embed.description = (
        "I answer questions about early research on CAR-T cell therapy for lupus, from a curated FAQ with a "
        "source for every answer.\n\n"
        "**I am not a doctor and this is not medical advice.** For anything about your own health or "
        "treatment, talk to your rheumatologist or care team. If you are in crisis, contact emergency services."
    )
    for name, value in trust_sections(knowledge, trust, language):
        embed.add_field(name=name, value=clip(escape_markdown(value), limits.EMBED_FIELD_VALUE), inline=False)
    messages = knowledge.messages or MessageCatalog()
    embed.set_footer(text=messages.worded("footer.information", language, SOURCES_ENGLISH["footer.information"]))
    return fit_embed(embed)
