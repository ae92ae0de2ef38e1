"""Safety layer: is a message a crisis (medical emergency or self-harm) or distress, and in which language."""

from bot.safety.screen import SafetyVerdict, looks_like_distress, screen

__all__ = ["SafetyVerdict", "looks_like_distress", "screen"]
