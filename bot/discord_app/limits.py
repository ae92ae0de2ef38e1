"""Discord's API limits, in one place (https://discord.com/developers/docs)."""

from __future__ import annotations

from typing import Final

MESSAGE_CONTENT: Final = 2000
EMBED_TITLE: Final = 256
EMBED_DESCRIPTION: Final = 4096
EMBED_FIELDS: Final = 25
EMBED_FIELD_NAME: Final = 256
EMBED_FIELD_VALUE: Final = 1024
EMBED_FOOTER: Final = 2048
EMBED_AUTHOR: Final = 256
EMBED_TOTAL: Final = 6000
ACTION_ROWS: Final = 5
BUTTONS_PER_ROW: Final = 5
BUTTON_LABEL: Final = 80
SELECT_OPTIONS: Final = 25
SELECT_OPTION_LABEL: Final = 100
SELECT_OPTION_DESCRIPTION: Final = 100
SELECT_PLACEHOLDER: Final = 150
CUSTOM_ID: Final = 100
AUTOCOMPLETE_CHOICES: Final = 25
CHOICE_NAME: Final = 100
CHOICE_VALUE: Final = 100
COMMAND_DESCRIPTION: Final = 100
# The longest /faq question we accept: room for a real question with its context (Discord allows up to 6000).
# Longer messages go through the "Find FAQ answer" context menu on the member's own message.
OPTION_STRING_MAX: Final = 500
