"""Which copy of a news story a quote comes from, said in the member's language (issue 14: the copy labels)."""

from __future__ import annotations

import pytest

from bot.answering import AnswerEngine
from bot.discord_app.render import render_quotes, render_sources
from bot.i18n.engine import MultilingualEngine
from bot.knowledge import LoadResult
from bot.knowledge.provenance import copy_note
from bot.terminal import render_text


@pytest.fixture(scope="module")
def multi(faq_load: LoadResult) -> MultilingualEngine:
    return MultilingualEngine(AnswerEngine(faq_load.knowledge))


def test_a_copy_note_is_said_in_the_language_and_stays_english_without_a_catalog(faq_load: LoadResult) -> None:
    messages = faq_load.knowledge.messages
    assert copy_note("Gizmodo", "translated", "de", messages) == (
        "aus einer maschinell übersetzten Kopie des Artikels von Gizmodo"
    )
    assert copy_note("Tech Times", "rewritten", "fr", messages) == (
        "d'une copie de l'article de Tech Times réécrite par une machine"
    )
    # English reads the same with or without the catalog, the possessive included.
    assert copy_note("Tech Times", "rewritten", "en", messages) == copy_note("Tech Times", "rewritten")
    assert copy_note("Tech Times", "rewritten") == "from a machine-rewritten copy of Tech Times' story"
    assert copy_note("Nature Medicine", "original", "es", messages) is None


def test_the_quotes_and_the_terminal_answer_label_copies_in_the_answer_language(
    multi: MultilingualEngine, faq_load: LoadResult
) -> None:
    answer = multi.answer_entry("is-it-a-cure", "es")
    assert answer is not None and answer.language == "es"
    messages = faq_load.knowledge.messages
    quotes = render_quotes(answer, messages).description or ""
    assert "de una copia del artículo de Gizmodo traducida por máquina" in quotes
    assert "from a machine-translated copy" not in quotes  # (the moderators' notes are still English)
    text = render_text(answer, messages=messages, width=200)
    assert "de una copia del artículo de ScienceAlert reescrita por máquina" in text


def test_sources_say_which_copy_we_hold_in_the_language(faq_load: LoadResult) -> None:
    knowledge = faq_load.knowledge
    french = " ".join(field.value or "" for field in render_sources(knowledge, "fr").fields)
    assert "notre texte : d'une copie de l'article de" in french
    english = " ".join(field.value or "" for field in render_sources(knowledge).fields)
    assert "our text: a machine-" in english  # the English wording is unchanged
