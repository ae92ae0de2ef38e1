"""What the bot sent, as tests read it: HTTP requests, uploaded files, stored messages, interaction callbacks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .validation import EPHEMERAL, LOADING

TEXT_DISPLAY = 10  # components v2 component type


@dataclass
class UploadedFile:
    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class RequestRecord:
    """One HTTP request the emulator received."""

    method: str
    path: str  #: full path, e.g. ``/api/v10/users/@me``
    route: str  #: ``"METHOD /relative/path"`` (relative to /api/v10), what fault patterns match against
    query: dict[str, str]
    headers: dict[str, str]
    json: Any  #: parsed JSON body, or the parsed ``payload_json`` of a multipart body, else None
    files: list[UploadedFile]
    time: float  #: loop.time() when received
    wall_time: float  #: time.time() when received
    status: int | None = None  #: response status, filled in once answered
    template: str | None = None  #: matched route template, e.g. ``POST /interactions/{id}/{token}/callback``
    fault: str | None = None  #: description of an injected fault applied to this request
    peer: str | None = None  #: the client's address and port: requests with the same one shared a connection

    def __repr__(self) -> str:
        return f"<RequestRecord {self.route} -> {self.status}>"


CALLBACK_TYPE_NAMES = {
    1: "PONG",
    4: "CHANNEL_MESSAGE_WITH_SOURCE",
    5: "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE",
    6: "DEFERRED_UPDATE_MESSAGE",
    7: "UPDATE_MESSAGE",
    8: "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT",
    9: "MODAL",
    10: "PREMIUM_REQUIRED",
    12: "LAUNCH_ACTIVITY",
}


class MessageFields:
    """What a stored message and a callback carrying a message both show, read from their ``data``."""

    @property
    def data(self) -> dict[str, Any]:
        raise NotImplementedError

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[dict[str, Any]]:
        return list(self.data.get("components") or [])

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)


class StoredMessage(MessageFields):
    """A message held by the emulator. ``data`` is the full Discord message object (kept current)."""

    def __init__(self, data: dict[str, Any], *, interaction_id: int | None = None) -> None:
        self._data = data
        self.interaction_id = interaction_id
        #: every payload that created/edited this message, oldest first
        self.payloads: list[dict[str, Any]] = []
        self.files: list[UploadedFile] = []
        self.deleted = False

    @property
    def data(self) -> dict[str, Any]:
        return self._data

    @property
    def id(self) -> int:
        return int(self.data["id"])

    @property
    def channel_id(self) -> int:
        return int(self.data["channel_id"])

    @property
    def content(self) -> str:
        return str(self.data.get("content") or "")

    @property
    def embed(self) -> dict[str, Any]:
        """The first embed (raises if there is none)."""
        embeds = self.embeds
        if not embeds:
            raise AssertionError(f"message {self.id} has no embeds (content={self.content!r})")
        return embeds[0]

    @property
    def loading(self) -> bool:
        return bool(self.flags & LOADING)

    @property
    def edited(self) -> bool:
        return self.data.get("edited_timestamp") is not None

    @property
    def allowed_mentions(self) -> Any:
        """allowed_mentions of the most recent payload for this message."""
        for p in reversed(self.payloads):
            if "allowed_mentions" in p:
                return p["allowed_mentions"]
        return None

    def walk_components(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []

        def walk(items: Any) -> None:
            for c in items or []:
                if not isinstance(c, dict):
                    continue
                out.append(c)
                walk(c.get("components"))
                if isinstance(c.get("accessory"), dict):
                    walk([c["accessory"]])
                if isinstance(c.get("component"), dict):
                    walk([c["component"]])

        walk(self.components)
        return out

    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for c in self.walk_components() if "custom_id" in c]

    def find_component(self, custom_id: str | None = None, *, label: str | None = None) -> dict[str, Any]:
        for c in self.walk_components():
            if custom_id is not None and c.get("custom_id") == custom_id:
                return c
            if label is not None and c.get("label") == label:
                return c
        raise KeyError(
            f"no component custom_id={custom_id!r} label={label!r} in message {self.id}: {self.custom_ids()}"
        )

    def text(self) -> str:
        """Content plus all embed text, handy for ``assert "x" in msg.text()``."""
        parts = [self.content]
        for e in self.embeds:
            parts += _embed_texts(e)
        parts += [str(c.get("content") or "") for c in self.walk_components() if c.get("type") == TEXT_DISPLAY]
        return "\n".join(p for p in parts if p)

    def __repr__(self) -> str:
        return (
            f"<StoredMessage id={self.id} content={self.content[:40]!r} embeds={len(self.embeds)} flags={self.flags}>"
        )


def _embed_texts(embed: dict[str, Any]) -> list[str]:
    """An embed's title, description, field names and values, footer and author, in reading order."""
    parts = [str(embed.get("title") or ""), str(embed.get("description") or "")]
    for f in embed.get("fields") or []:
        parts += [str(f.get("name") or ""), str(f.get("value") or "")]
    for key, text_key in (("footer", "text"), ("author", "name")):
        part = embed.get(key)
        if isinstance(part, dict):
            parts.append(str(part.get(text_key) or ""))
    return parts


@dataclass
class CallbackRecord(MessageFields):
    """An interaction callback (``POST /interactions/{id}/{token}/callback``) accepted by the emulator."""

    type: int
    payload: dict[str, Any]  #: the whole body ``{"type": ..., "data": ...}``
    files: list[UploadedFile]
    received_at: float
    latency: float  #: seconds between dispatch and callback
    message: StoredMessage | None = None  #: message created/updated by the callback, if any
    request: RequestRecord | None = None

    @property
    def type_name(self) -> str:
        return CALLBACK_TYPE_NAMES.get(self.type, str(self.type))

    @property
    def data(self) -> dict[str, Any]:
        d = self.payload.get("data")
        return d if isinstance(d, dict) else {}

    @property
    def content(self) -> str | None:
        value = self.data.get("content")
        return value if isinstance(value, str) else None

    @property
    def embed(self) -> dict[str, Any]:
        if not self.embeds:
            raise AssertionError(f"callback {self.type_name} has no embeds: {self.data!r}")
        return self.embeds[0]

    @property
    def allowed_mentions(self) -> Any:
        return self.data.get("allowed_mentions")

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete choices (type 8)."""
        return list(self.data.get("choices") or [])

    @property
    def custom_id(self) -> str | None:
        """Modal custom_id (type 9)."""
        value = self.data.get("custom_id")
        return value if isinstance(value, str) else None

    @property
    def title(self) -> str | None:
        """Modal title (type 9)."""
        value = self.data.get("title")
        return value if isinstance(value, str) else None

    def __repr__(self) -> str:
        return f"<CallbackRecord {self.type_name} latency={self.latency:.3f}s data={self.data!r:.120}>"
