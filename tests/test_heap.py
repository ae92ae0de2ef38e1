"""The long-lived heap: frozen after loading, thawed once on reload so the old FAQ's cycles are freed; memory given
back after a burst; language wrappers built before an engine goes live."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

import bot.discord_app.heap as heap
import bot.discord_app.language as language
from bot.discord_app.heap import AfterBursts, freeze_long_lived, give_back_free_memory, refreeze_after_reload


class Node:
    """An object in a reference cycle, as parts of a loaded FAQ may be."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def thawed() -> Iterator[None]:
    """Leave the test process's collector as it was."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("thawed")
def test_what_is_loaded_is_frozen_and_a_reload_frees_the_old_faqs_cycles() -> None:
    old = Node()
    dead = weakref.ref(old)
    freeze_long_lived()
    assert gc.get_freeze_count() > 0
    del old
    gc.collect()
    assert dead() is not None  # frozen: the collector does not look at it, so its cycle stays
    refreeze_after_reload()
    assert dead() is None and gc.get_freeze_count() > 0  # seen once, freed; what lives now is frozen again


@pytest.mark.usefixtures("thawed")
def test_the_memory_loading_freed_is_given_back_when_the_faq_is_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[int] = []
    monkeypatch.setattr(heap, "give_back_free_memory", lambda: given.append(gc.get_freeze_count()) or True)
    freeze_long_lived()
    refreeze_after_reload()
    assert len(given) == 2 and all(frozen > 0 for frozen in given)  # after freezing, at start and after a reload


@pytest.mark.usefixtures("thawed")
def test_once_the_faq_is_frozen_the_young_generation_is_collected_less_often() -> None:
    gc.set_threshold(700, 10, 10)
    freeze_long_lived()
    assert gc.get_threshold() == (heap.YOUNG_COLLECTION_THRESHOLD, 10, 10)
    refreeze_after_reload()
    assert gc.get_threshold() == (heap.YOUNG_COLLECTION_THRESHOLD, 10, 10)


def test_memory_is_given_back_after_a_burst_only() -> None:
    given: list[bool] = []
    bursts = AfterBursts(lambda: given.append(True) or True, burst=10)
    for in_flight in (1, 2, 3):
        bursts.busy(in_flight)
    bursts.idle()
    assert given == [] and bursts.peak == 0  # an ordinary busy moment: nothing to give back
    for in_flight in range(1, 12):
        bursts.busy(in_flight)
    bursts.idle()
    assert given == [True]
    bursts.idle()
    assert given == [True]  # once per burst


def test_giving_memory_back_works_here_or_says_it_cannot() -> None:
    assert give_back_free_memory() in (True, False)  # glibc: True; a C library without malloc_trim: False


def test_an_engine_is_wrapped_for_languages_once_and_the_one_before_it_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[object] = []

    class Wrapper:
        def __init__(self, engine: object) -> None:
            self.engine = engine
            built.append(engine)

    monkeypatch.setattr(language, "MultilingualEngine", Wrapper)
    monkeypatch.setattr(language, "_ENGINES", {})
    first, second, third = object(), object(), object()
    live: Any = SimpleNamespace(engine=first)
    wrapped = language.prepare_languages(first)  # type: ignore[arg-type]
    assert language.multilingual(live) is wrapped and built == [first]
    language.prepare_languages(second)  # type: ignore[arg-type]  # a reload, before the swap
    assert language.multilingual(live) is wrapped and built == [first, second]  # still live: kept
    live.engine = second
    language.multilingual(live)
    language.prepare_languages(third)  # type: ignore[arg-type]
    assert built == [first, second, third] and set(language._ENGINES) == {id(second), id(third)}
