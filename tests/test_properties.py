"""Property tests: whatever a Discord member types, the engine answers safely and autocomplete stays in limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.answering import AnswerEngine
from bot.knowledge import load_knowledge

KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"
STATUSES = {"answered", "no_match", "crisis", "support"}

DISCORD_BITS = [
    "**",
    "__",
    "||",
    "`",
    "```",
    "~~",
    "> ",
    "[link](https://example.com)",
    "<https://example.com>",
    "<@123>",
    "<@!123456789012345678>",
    "<#987>",
    "<:lupus:123456>",
    "@everyone",
    "@here",
    "🦋",
    "💊",
    "😭😭",
    "👩🏽‍⚕️",
    " ",
    "\n",
    "\t",
    "\u200b",
    "\u00a0",
    "",
    "car t",
    "CAR-T",
    "lupus",
    "SLE",
    "cd19",
    "b cells",
    "cure",
    "?",
    "kill",
    "die",
    "[5]",
    "ｃａｒ－ｔ",
]

# Letters, digits, punctuation, symbols, spaces, combining marks (zalgo), format characters, emoji.
unicode_text = st.text(
    alphabet=st.characters(
        categories=("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "No", "P", "S", "Zs", "Mn", "Me", "Mc", "Cf"),
    ),
    max_size=100,
)
zalgo = st.builds(
    lambda base, marks: "".join(ch + marks for ch in base),
    st.text(alphabet="lupus car t cure", max_size=12),
    st.text(alphabet=st.characters(categories=("Mn", "Me")), min_size=1, max_size=6),
).map(lambda s: s[:100])
markdown_mix = st.lists(st.one_of(st.sampled_from(DISCORD_BITS), unicode_text), max_size=8).map(
    lambda parts: "".join(parts)[:100]
)
messages = st.one_of(unicode_text, zalgo, markdown_mix)

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None)


@pytest.fixture(scope="module")
def property_engine() -> AnswerEngine:
    """Build the engine once for all generated examples."""
    return AnswerEngine(load_knowledge(KNOWLEDGE_DIR).knowledge)


@PROPERTY_SETTINGS
@given(text=messages)
@example(text="")
@example(text="\u0000")
@example(text="l̷̢̛u̸͍͝p̶̱̓ű̵͜s̴̹̈́ ̶c̸͈̈́a̴̗͝ȓ̸͔ ̴̨̛t̵̥̾")
@example(text="**is it a cure?** ||spoiler|| <@123> @everyone")
@example(text="\u202eerucа ti sі")
def test_answer_never_raises_and_is_always_safe(property_engine: AnswerEngine, text: str) -> None:
    answer = property_engine.answer(text)
    assert answer.status in STATUSES
    assert answer.question == text
    if answer.status == "answered":
        for caveat in property_engine.knowledge.caveats:
            assert caveat.text in answer.caveats
        assert len(answer.citations) >= 1
        assert answer.entry_id is not None
    else:
        assert answer.citations == () and answer.caveats == ()
    if answer.status == "crisis":
        assert answer.suggestions == () and answer.related == ()
    answer.to_json()  # must always serialise


@PROPERTY_SETTINGS
@given(text=messages)
@example(text="")
@example(text=" " * 100)
def test_autocomplete_never_raises_and_stays_within_discord_limits(property_engine: AnswerEngine, text: str) -> None:
    suggestions = property_engine.autocomplete(text)
    assert len(suggestions) <= 25
    for suggestion in suggestions:
        assert 0 < len(suggestion.question) <= 100
        assert property_engine.knowledge.entry(suggestion.entry_id) is not None
