"""Per-interaction work done once: the same question gets the same Answer, the same Answer the same embed.

The engine is deterministic (same FAQ, same question, same Answer), so in a burst, when many members ask the
same thing, matching, rendering and building the buttons happen once per distinct question instead of once per
interaction; autocomplete suggestions, asked for at every keystroke, once per distinct text typed. The cache
belongs to one engine: a reloaded FAQ starts an empty one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import discord

from bot.answering import Answer, AnswerEngine, Status
from bot.answering.answer import Suggestion
from bot.discord_app.language import localise_reply
from bot.discord_app.render import render_answer
from bot.discord_app.views import answer_view
from bot.knowledge.messages import MessageCatalog
from bot.storage import may_keep_text

K = TypeVar("K")
V = TypeVar("V")
MAX_QUESTIONS = 2048
MAX_RENDERED = 512
MAX_TYPED = 1024
Rendered = tuple[discord.Embed, discord.ui.View | None]


class _Lru(Generic[K, V]):
    """A small least-recently-used map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)


class SentEmbed(discord.Embed):
    """A finished embed sent with every identical answer: its payload is worked out once, not once per reply."""

    _sent: dict[str, Any] | None = None

    def to_dict(self) -> Any:
        """The embed's payload (discord.py's EmbedData), computed on first use; do not change the embed after."""
        if self._sent is None:
            self._sent = super().to_dict()  # type: ignore[assignment]
        return self._sent


class AnswerCache:
    """Answers by question text and rendered replies by answer, for the engine that is live now."""

    def __init__(self) -> None:
        self._engine: AnswerEngine | None = None
        self._answers: _Lru[tuple[str, str], Answer] = _Lru(MAX_QUESTIONS)
        self._rendered: _Lru[tuple[tuple[object, ...], str | None], Rendered] = _Lru(MAX_RENDERED)
        # The same Answer object (a cached one) renders the same: found by identity, without building and hashing
        # the content key above. The answer is kept with its reply, so its id is not reused while it is here.
        self._rendered_for: _Lru[int, tuple[Answer, Rendered]] = _Lru(MAX_RENDERED)
        self._typed: _Lru[tuple[str, str], tuple[Suggestion, ...]] = _Lru(MAX_TYPED)
        self._keepable: _Lru[str, bool] = _Lru(MAX_QUESTIONS)

    def _serve(self, engine: AnswerEngine) -> None:
        """Forget everything worked out with another engine (the FAQ was reloaded)."""
        if engine is not self._engine:
            self._engine = engine
            self._answers = _Lru(MAX_QUESTIONS)
            self._rendered = _Lru(MAX_RENDERED)
            self._rendered_for = _Lru(MAX_RENDERED)
            self._typed = _Lru(MAX_TYPED)

    def answer(
        self, engine: AnswerEngine, question: str, language: str, compute: Callable[[str, str], Answer]
    ) -> Answer:
        """compute(question, language), worked out once per distinct question and language while `engine` is live."""
        self._serve(engine)
        cached = self._answers.get((question, language))
        if cached is None:
            cached = compute(question, language)
            self._answers.put((question, language), cached)
        return cached

    def suggestions(
        self, engine: AnswerEngine, typed: str, language: str, compute: Callable[[str, str], list[Suggestion]]
    ) -> tuple[Suggestion, ...]:
        """compute(typed, language) (autocomplete), once per distinct text and language while `engine` is live."""
        self._serve(engine)
        cached = self._typed.get((typed, language))
        if cached is None:
            cached = tuple(compute(typed, language))
            self._typed.put((typed, language), cached)
        return cached

    def rendered(self, answer: Answer, asked: str | None, messages: MessageCatalog) -> Rendered:
        """The embed and buttons for an answer, in its language (the view stopped: its items are dispatched by id)."""
        # Only a decline shows the asker's words; everything else renders the same whoever asked, however worded.
        shown = asked if answer.status == Status.DECLINED else None
        if shown is not None:
            return self._render(answer, shown, messages)
        same = self._rendered_for.get(id(answer))
        if same is not None and same[0] is answer:
            return same[1]
        rendered = self._render(answer, None, messages)
        self._rendered_for.put(id(answer), (answer, rendered))
        return rendered

    def _render(self, answer: Answer, shown: str | None, messages: MessageCatalog) -> Rendered:
        """The reply for an answer with its content as the key: answers that differ only in the question asked or
        how closely it matched (two wordings matched to one entry) share one (`_render_key`)."""
        key = (_render_key(answer), shown)
        cached = self._rendered.get(key)
        if cached is None:
            view = answer_view(answer)
            if view is not None:
                view.stop()
            embed = localise_reply(render_answer(answer, asked=shown), view, answer, messages)
            cached = (SentEmbed.from_dict(embed.to_dict()), view)
            self._rendered.put(key, cached)
        return cached

    def may_keep(self, question: str) -> bool:
        """may_keep_text(question) (the distress screen before a declined question is stored), once per text."""
        kept = self._keepable.get(question)
        if kept is None:
            kept = may_keep_text(question)
            self._keepable.put(question, kept)
        return kept


def _render_key(answer: Answer) -> tuple[object, ...]:
    """What an answer's reply depends on: every field but the question asked (only a decline shows it, passed apart)
    and the match's score, and of a suggestion's score only whether it is above 0 (a "did you mean" button,
    views._pick_buttons). Two questions answered with one entry and the same suggestions share one reply, however
    closely each matched. (A tuple of the fields: dataclasses.replace on an Answer costs ~50 us.)"""
    fields = tuple(value for name, value in vars(answer).items() if name not in _NOT_RENDERED)
    return (*fields, tuple((s.entry_id, s.question, s.score > 0) for s in answer.suggestions))


_NOT_RENDERED = frozenset({"question", "score", "suggestions"})
