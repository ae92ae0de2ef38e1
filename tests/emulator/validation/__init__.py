"""Validation of what a bot sends, modelled on Discord's documented limits.

Split by what is validated: :mod:`.messages` (content, flags, allowed mentions, embeds), :mod:`.components`
(action rows, buttons, selects, components v2, modals) and :mod:`.commands` (application command definitions,
their options and autocomplete results). :mod:`.base` holds the error collection and the shared helpers.
"""

from .base import (
    CHAT_INPUT_NAME_RE,
    EPHEMERAL,
    IS_COMPONENTS_V2,
    LOADING,
    OPTION_TYPES,
    SELECT_TYPES,
    SETTABLE_MESSAGE_FLAGS,
    SUPPRESS_EMBEDS,
    Errors,
    Path,
    ValidationError,
)
from .commands import validate_autocomplete, validate_command, validate_commands
from .components import validate_components, validate_modal
from .messages import validate_allowed_mentions, validate_embeds, validate_flags, validate_message

__all__ = [
    "CHAT_INPUT_NAME_RE",
    "EPHEMERAL",
    "IS_COMPONENTS_V2",
    "LOADING",
    "OPTION_TYPES",
    "SELECT_TYPES",
    "SETTABLE_MESSAGE_FLAGS",
    "SUPPRESS_EMBEDS",
    "Errors",
    "Path",
    "ValidationError",
    "validate_allowed_mentions",
    "validate_autocomplete",
    "validate_command",
    "validate_commands",
    "validate_components",
    "validate_embeds",
    "validate_flags",
    "validate_message",
    "validate_modal",
]
