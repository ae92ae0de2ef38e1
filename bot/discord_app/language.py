"""The member's language in Discord: which one to reply in, the bot's own words in it, and localised replies.

Answers are composed by the answering core in English and by bot.i18n in the member's language; the embed and
the buttons are rendered by render.py and views.py in English and their labels are swapped here, so the
renderers stay language-free. A label with no translation stays English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from bot.answering import Answer, AnswerEngine
from bot.i18n.engine import MultilingualEngine
from bot.i18n.locales import DEFAULT_LANGUAGE, resolve_language
from bot.knowledge.messages import MessageCatalog

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

FIELD_KEYS = ("answer.keep_in_mind", "answer.sources", "answer.did_you_mean", "answer.also_asked")
LABEL_KEYS = ("button.show_quotes", "button.helpful", "button.not_helpful")
PLACEHOLDER_KEYS = ("select.did_you_mean", "select.related", "select.try")
#: The language wrappers of the live engine and of the one just before it (interactions that began before a
#: reload finish with the engine they began with); keyed by id(engine), checked by identity.
_ENGINES: dict[int, MultilingualEngine] = {}


def multilingual(bot: FaqBot) -> MultilingualEngine:
    """The live engine wrapped for languages (built before it goes live by prepare_languages, else here)."""
    engine = bot.engine
    wrapped = _ENGINES.get(id(engine))
    if wrapped is None or wrapped.engine is not engine:
        wrapped = prepare_languages(engine)
    return wrapped


def prepare_languages(engine: AnswerEngine) -> MultilingualEngine:
    """Wrap an engine for languages before it goes live, so that no interaction waits for it (it takes 0.1-0.5 s:
    one matcher per language); keeps the wrapper of the engine before it too."""
    wrapped = MultilingualEngine(engine)
    for stale in list(_ENGINES)[:-1]:
        del _ENGINES[stale]
    _ENGINES[id(engine)] = wrapped
    return wrapped


def catalog(bot: FaqBot) -> MessageCatalog:
    """The live message catalog (an empty one falls back to the message keys)."""
    return bot.engine.knowledge.messages or MessageCatalog()


def reply_language(bot: FaqBot, interaction: discord.Interaction[Any], choice: str | None = None) -> str:
    """The member's choice, else their Discord language, else the server's, else English (if the FAQ has it)."""
    return resolve_language(
        override=choice,
        member_locale=getattr(interaction, "locale", None),
        guild_locale=getattr(interaction, "guild_locale", None),
        available=multilingual(bot).languages,
    )


def say(bot: FaqBot, interaction: discord.Interaction[Any], key: str, **values: object) -> str:
    """One of the bot's own messages in the member's language."""
    return catalog(bot).text(key, reply_language(bot, interaction), **values)


def _swap(text: str | None, keys: tuple[str, ...], messages: MessageCatalog, language: str) -> str | None:
    for key in keys:
        if text == messages.text(key, DEFAULT_LANGUAGE):
            return messages.text(key, language)
    return text


def localise_reply(
    embed: discord.Embed, view: discord.ui.View | None, answer: Answer, messages: MessageCatalog
) -> discord.Embed:
    """Put an answer's embed labels and buttons in the answer's language; add its note (e.g. 'shown in English')."""
    language = answer.language
    if answer.notice:
        embed.description = f"*{answer.notice}*\n\n{embed.description or ''}"[:4096]
    if language == DEFAULT_LANGUAGE:
        return embed
    for number, field in enumerate(embed.fields):
        name = _swap(field.name, FIELD_KEYS, messages, language) or ""
        embed.set_field_at(number, name=name, value=field.value, inline=field.inline)
    if embed.description:
        embed.description = _localise_you_asked(embed.description, messages, language)
    for child in view.children if view is not None else ():
        _localise_item(getattr(child, "item", child), messages, language)  # a DynamicItem wraps its item
    return embed


def _localise_you_asked(description: str, messages: MessageCatalog, language: str) -> str:
    """A decline's first line 'You asked: “…”' in the answer's language (the rest of the text unchanged)."""
    asked = messages.text("answer.you_asked", DEFAULT_LANGUAGE).split("{question}")[0]
    if not asked or not description.startswith(asked):
        return description
    own = messages.text("answer.you_asked", language).split("{question}")
    closing = messages.text("answer.you_asked", DEFAULT_LANGUAGE).split("{question}")[-1]
    first, _, rest = description.partition("\n")
    if first.endswith(closing) and len(own) == 2:
        first = own[0] + first[len(asked) : len(first) - len(closing)] + own[1]
    return f"{first}\n{rest}" if rest or "\n" in description else first


def _localise_item(item: object, messages: MessageCatalog, language: str) -> None:
    """A button's label or a select's placeholder in the answer's language."""
    if isinstance(item, discord.ui.Button):
        item.label = _swap(item.label, LABEL_KEYS, messages, language)
    elif isinstance(item, discord.ui.Select):
        item.placeholder = _swap(item.placeholder, PLACEHOLDER_KEYS, messages, language)
