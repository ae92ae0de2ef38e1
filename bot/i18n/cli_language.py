"""The reply language of `python -m bot ask`: `--lang` if given, else the question's own language."""

from __future__ import annotations

from bot.i18n.engine import MultilingualEngine
from bot.i18n.locales import DEFAULT_LANGUAGE, resolve_language


def ask_language(engine: MultilingualEngine, question: str, chosen: str | None) -> str:
    """Return `chosen` when the FAQ has it, else the question's language when the FAQ has it, else English."""
    if chosen:
        return resolve_language(override=chosen, available=engine.languages)
    own = engine.question_language(question, DEFAULT_LANGUAGE)
    return own[0] if len(own) == 1 else DEFAULT_LANGUAGE
