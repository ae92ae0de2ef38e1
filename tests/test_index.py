"""The question index on a tiny FAQ: word families, and questions made only of very common words."""

from __future__ import annotations

from types import MappingProxyType

from bot.answering.index import IndexedEntry, QuestionIndex
from bot.answering.normalise import Normaliser
from bot.knowledge.lexicon import Lexicon

ENTRIES = [
    IndexedEntry("cure", ("is it a cure", "will it cure me"), "No one knows yet."),
    IndexedEntry("regrow", ("do the cells regenerate", "do they come back"), "They came back after months."),
    IndexedEntry("vaccines", ("what about my vaccinations",), "Old vaccines still protect."),
]


def _index() -> QuestionIndex:
    return QuestionIndex(ENTRIES, Normaliser(Lexicon()))


def test_a_word_the_faq_does_not_use_is_read_as_its_relative() -> None:
    index = _index()
    (regeneration,) = index.resolve("regeneration")
    assert regeneration.known and regeneration.matches[0][0] == "regenerat"
    (vaccination,) = index.resolve("vaccinatons")  # a slip too far for the typo reader, but the same family
    assert vaccination.known and vaccination.matches[0][0].startswith("vaccin")
    ranked = index.rank(index.resolve("cell regeneration"), "cell regeneration")
    assert ENTRIES[ranked[0].entry_index].entry_id == "regrow"


def test_an_unrelated_word_is_not_a_relative() -> None:
    index = _index()
    for word in ("curtain", "regular", "homework"):
        (token,) = index.resolve(word)
        assert not token.known, word


def test_a_question_of_common_words_only_starts_from_the_shortest_phrases() -> None:
    # 300 entries all say "lupus car t"; the one that says nothing else is the best match for "lupus car t?".
    entries = [IndexedEntry(f"e{n}", (f"lupus cart question number{n} detail{n}",), "x") for n in range(300)]
    entries.append(IndexedEntry("plain", ("lupus cart",), "x"))
    lexicon = Lexicon(words=MappingProxyType({"implied_subject": frozenset({"lupus", "cart"})}))
    index = QuestionIndex(entries, Normaliser(lexicon))
    ranked = index.rank(index.resolve("lupus cart"), "lupus cart")
    assert entries[ranked[0].entry_index].entry_id == "plain" and ranked[0].score > 90
