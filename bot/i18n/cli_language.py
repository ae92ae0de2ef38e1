"""The reply language of `python -m bot ask`: `--lang xx`, `--lang auto` (the question's own), else English.

English is the default, as for a Discord member whose locale is English: the question is still matched in its
own language (a German question finds its entry through the German aliases) and answered in English. The
default keeps `ask`'s output comparable across question sets whatever language each question is in.
"""

from __future__ import annotations

from bot.i18n.engine import MultilingualEngine
from bot.i18n.locales import DEFAULT_LANGUAGE, resolve_language

AUTO = "auto"


def ask_language(engine: MultilingualEngine, question: str, chosen: str | None) -> str:
    """Return `chosen` when the FAQ has it; with `auto`, the question's language when the FAQ has it; else English."""
    if chosen and chosen != AUTO:
        return resolve_language(override=chosen, available=engine.languages)
    if chosen != AUTO:
        return DEFAULT_LANGUAGE
    own = engine.question_language(question, DEFAULT_LANGUAGE)
    return own[0] if len(own) == 1 else DEFAULT_LANGUAGE
