"""The adapter's answer cache: one match and one render per distinct question while the same FAQ is live."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import discord
import pytest

from bot.answering import Answer, AnswerEngine
from bot.answering.answer import Suggestion
from bot.discord_app.answer_cache import AnswerCache
from bot.knowledge import load_knowledge
from bot.knowledge.messages import MessageCatalog

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


class CountingEngine(AnswerEngine):
    """The real engine, counting how often it is asked."""

    calls = 0

    def answer(self, question: str) -> Answer:
        self.calls += 1
        return super().answer(question)


def ask(engine: AnswerEngine) -> Callable[[str, str], Answer]:
    """What the bot computes on a cache miss (here: the English engine, ignoring the language)."""
    return lambda question, language: engine.answer(question)


def engine() -> CountingEngine:
    kb = load_knowledge(KNOWLEDGE).knowledge
    return CountingEngine(kb)


async def test_the_same_question_is_matched_and_rendered_once() -> None:
    cache, live = AnswerCache(), engine()
    first = cache.answer(live, "Is CAR-T a cure for lupus?", "en", ask(live))
    again = cache.answer(live, "Is CAR-T a cure for lupus?", "en", ask(live))
    assert again is first and live.calls == 1
    assert first == live.answer("Is CAR-T a cure for lupus?")  # the cached answer is the engine's answer
    embed, view = cache.rendered(first, "Is CAR-T a cure for lupus?", MessageCatalog())
    assert cache.rendered(again, "is car-t a cure for lupus", MessageCatalog()) == (embed, view)
    assert embed.title == "Is CAR-T a cure for lupus?" and view is not None and view.is_finished()


async def test_a_reloaded_faq_starts_afresh() -> None:
    cache, old, new = AnswerCache(), engine(), engine()
    cache.answer(old, "what is car-t", "en", ask(old))
    cache.answer(new, "what is car-t", "en", ask(new))
    assert old.calls == 1 and new.calls == 1


async def test_a_decline_shows_each_askers_own_words() -> None:
    cache, live = AnswerCache(), engine()
    first = cache.answer(live, "what is the best pizza topping?", "en", ask(live))
    second = cache.answer(live, "where do penguins live?", "en", ask(live))
    assert first.status == second.status == "no_match"
    one, _ = cache.rendered(first, "what is the best pizza topping?", MessageCatalog())
    two, _ = cache.rendered(second, "where do penguins live?", MessageCatalog())
    assert "pizza" in (one.description or "") and "penguins" in (two.description or "")
    assert "pizza" not in (two.description or "")


async def test_the_same_answer_object_is_not_rendered_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Answer] = []
    cache, live = AnswerCache(), engine()
    answer = cache.answer(live, "Is CAR-T a cure for lupus?", "en", ask(live))
    original = AnswerCache._render

    def counting(self: AnswerCache, answer: Answer, shown: str | None, messages: MessageCatalog) -> object:
        calls.append(answer)
        return original(self, answer, shown, messages)

    monkeypatch.setattr(AnswerCache, "_render", counting)
    first = cache.rendered(answer, "Is CAR-T a cure for lupus?", MessageCatalog())
    again = cache.rendered(answer, "is car-t a cure", MessageCatalog())
    # Another wording matched to the same entry is another Answer object: rendered by content, found there.
    other = cache.answer(live, "is car t a cure for lupus", "en", ask(live))
    assert other is not answer and other.entry_id == answer.entry_id
    by_content = cache.rendered(other, "is car t a cure for lupus", MessageCatalog())
    assert again is first and by_content == first
    assert calls == [answer, other]  # the second reply of the same answer object did not even build a key


def labels(rendered: tuple[object, discord.ui.View | None]) -> list[str | None]:
    """The labels of a reply's buttons (a DynamicItem wraps its button)."""
    view = rendered[1]
    return [getattr(getattr(child, "item", child), "label", None) for child in view.children] if view else []


async def test_answers_that_differ_only_in_how_closely_they_matched_share_one_reply() -> None:
    cache, live = AnswerCache(), engine()
    answer = live.answer("Is CAR-T a cure for lupus?")
    near = Suggestion("side-effects", "What are the side effects?", 61.5)
    one = dataclasses.replace(answer, question="is it a cure", score=71.0, suggestions=(near,))
    two = dataclasses.replace(
        answer, question="cure?", score=93.2, suggestions=(dataclasses.replace(near, score=70.0),)
    )
    first, second = cache.rendered(one, None, MessageCatalog()), cache.rendered(two, None, MessageCatalog())
    assert second is first  # the score is not shown: one embed and one set of buttons serve both
    assert "What are the side effects?" in labels(first)  # a "did you mean" with a score above 0 gets its button
    # A suggestion scored 0 (an example question) is no "did you mean": that reply has no such button.
    example = dataclasses.replace(one, suggestions=(dataclasses.replace(near, score=0.0),))
    rendered = cache.rendered(example, None, MessageCatalog())
    assert rendered is not first
    assert "What are the side effects?" not in labels(rendered)
    # Another entry's text is another reply.
    other = live.answer("what are the side effects?")
    assert cache.rendered(other, None, MessageCatalog())[0].title != first[0].title


async def test_autocomplete_is_worked_out_once_per_text_typed() -> None:
    cache, live = AnswerCache(), engine()
    typed: list[tuple[str, str]] = []

    def complete(text: str, language: str) -> list[Suggestion]:
        typed.append((text, language))
        return live.autocomplete(text, limit=25)

    first = cache.suggestions(live, "side eff", "en", complete)
    assert cache.suggestions(live, "side eff", "en", complete) is first
    cache.suggestions(live, "side eff", "de", complete)
    assert typed == [("side eff", "en"), ("side eff", "de")]
    assert first == tuple(live.autocomplete("side eff", limit=25)) and any("side" in s.question.lower() for s in first)
    reloaded = engine()
    cache.suggestions(reloaded, "side eff", "en", complete)  # a reloaded FAQ suggests afresh
    assert typed[-1] == ("side eff", "en") and len(typed) == 3
