"""The answering core (pure, synchronous, deterministic): triage, matching and composing an Answer."""

from bot.answering.answer import Answer, CitedSource, Status, Suggestion
from bot.answering.engine import AnswerEngine

__all__ = ["Answer", "AnswerEngine", "CitedSource", "Status", "Suggestion"]
