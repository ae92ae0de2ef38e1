"""Shared pieces of the payload checks: the error collection, Discord's limits and length/count helpers.

Every check appends to an :class:`Errors` collection; the server turns a non-empty collection into
violations plus a Discord-style ``400 Invalid Form Body`` response.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

Path = tuple[str | int, ...]

CHAT_INPUT_NAME_RE = re.compile(r"^[-_\w]{1,32}$")

# Message flags a bot may *set* when sending (others are read-only or unknown).
SETTABLE_MESSAGE_FLAGS: dict[int, str] = {
    1 << 2: "SUPPRESS_EMBEDS",
    1 << 6: "EPHEMERAL",
    1 << 12: "SUPPRESS_NOTIFICATIONS",
    1 << 13: "IS_VOICE_MESSAGE",
    1 << 15: "IS_COMPONENTS_V2",
}
EPHEMERAL = 1 << 6
SUPPRESS_EMBEDS = 1 << 2
LOADING = 1 << 7
IS_COMPONENTS_V2 = 1 << 15

SELECT_TYPES = {3, 5, 6, 7, 8}
OPTION_TYPES = set(range(1, 12))


@dataclass
class ValidationError:
    path: Path
    message: str
    kind: str
    code: str = "BASE_TYPE_INVALID"

    def dotted(self) -> str:
        return ".".join(str(p) for p in self.path) or "<root>"


@dataclass
class Errors:
    items: list[ValidationError] = field(default_factory=list)

    def add(self, path: Path, message: str, kind: str, code: str = "BASE_TYPE_INVALID") -> None:
        self.items.append(ValidationError(path, message, kind, code))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def extend(self, other: Errors) -> None:
        self.items.extend(other.items)

    def to_discord_body(self) -> dict[str, Any]:
        """``{"code": 50035, "message": "Invalid Form Body", "errors": {...nested... "_errors": [...]}}``."""
        tree: dict[str, Any] = {}
        for err in self.items:
            node = tree
            for part in err.path:
                node = node.setdefault(str(part), {})
            node.setdefault("_errors", []).append({"code": err.code, "message": err.message})
        return {"code": 50035, "message": "Invalid Form Body", "errors": tree}


# --------------------------------------------------------------------------------------------
# helpers


def check_len(
    errors: Errors,
    path: Path,
    value: Any,
    *,
    kind: str,
    min_len: int = 0,
    max_len: int,
    required: bool = False,
) -> None:
    if value is None:
        if required:
            errors.add(path, "This field is required", kind, "BASE_TYPE_REQUIRED")
        return
    if not isinstance(value, str):
        errors.add(path, f"Must be a string (got {type(value).__name__})", kind, "BASE_TYPE_STRING")
        return
    if not (min_len <= len(value) <= max_len):
        errors.add(
            path,
            f"Must be between {min_len} and {max_len} in length (got {len(value)}).",
            kind,
            "BASE_TYPE_BAD_LENGTH",
        )


def count(errors: Errors, path: Path, value: Any, *, kind: str, min_n: int = 0, max_n: int) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        errors.add(path, "Must be an array", kind, "BASE_TYPE_ARRAY")
        return []
    if not (min_n <= len(value) <= max_n):
        errors.add(
            path,
            f"Must be between {min_n} and {max_n} in length (got {len(value)}).",
            kind,
            "BASE_TYPE_BAD_LENGTH",
        )
    return value


def slen(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0
