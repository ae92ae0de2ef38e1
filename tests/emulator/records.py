"""Plain records the emulator keeps for tests to inspect."""

from __future__ import annotations

import asyncio
import fnmatch
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .validation import EPHEMERAL, LOADING

if TYPE_CHECKING:
    from .core import EmulatorCore


class EmulatorTimeout(AssertionError, TimeoutError):
    """Raised by the ``wait_*`` helpers. An AssertionError so pytest shows the message nicely."""


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

    def __repr__(self) -> str:
        return f"<RequestRecord {self.route} -> {self.status}>"


@dataclass
class Violation:
    """Something the bot did that real Discord would reject (or that our policy forbids)."""

    kind: str  #: e.g. "command", "embed", "component", "allowed_mentions", "already_acknowledged", ...
    message: str
    path: str = ""  #: dotted JSON path inside the request body, if any
    request: RequestRecord | None = None
    interaction_id: int | None = None

    def __str__(self) -> str:
        where = f" at {self.path}" if self.path else ""
        req = f" [{self.request.route}]" if self.request else ""
        return f"{self.kind}{where}: {self.message}{req}"


@dataclass
class GatewayEvent:
    """One gateway frame sent ("send") or received ("recv"), or a connection event ("connect"/"close")."""

    direction: str
    op: int | None
    t: str | None
    s: int | None
    data: Any
    time: float
    connection_id: int


@dataclass
class Fault:
    """An injected fault. ``remaining`` None = forever."""

    pattern: str
    kind: str  #: "rate_limit" | "status" | "delay"
    remaining: int | None = 1
    status: int = 500
    body: Any = None
    retry_after: float = 0.2
    is_global: bool = False
    scope: str = "user"
    delay: float = 0.0
    hits: int = 0

    def matches(self, route: str) -> bool:
        return (self.remaining is None or self.remaining > 0) and fnmatch.fnmatchcase(route, self.pattern)

    def consume(self) -> None:
        self.hits += 1
        if self.remaining is not None:
            self.remaining -= 1


class StoredMessage:
    """A message held by the emulator. ``data`` is the full Discord message object (kept current)."""

    def __init__(self, data: dict[str, Any], *, interaction_id: int | None = None) -> None:
        self.data = data
        self.interaction_id = interaction_id
        #: every payload that created/edited this message, oldest first
        self.payloads: list[dict[str, Any]] = []
        self.files: list[UploadedFile] = []
        self.deleted = False

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
    def embeds(self) -> list[dict[str, Any]]:
        return list(self.data.get("embeds") or [])

    @property
    def embed(self) -> dict[str, Any]:
        """The first embed (raises if there is none)."""
        embeds = self.embeds
        if not embeds:
            raise AssertionError(f"message {self.id} has no embeds (content={self.content!r})")
        return embeds[0]

    @property
    def components(self) -> list[dict[str, Any]]:
        return list(self.data.get("components") or [])

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

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
            parts += [str(e.get("title") or ""), str(e.get("description") or "")]
            for f in e.get("fields") or []:
                parts += [str(f.get("name") or ""), str(f.get("value") or "")]
            if isinstance(e.get("footer"), dict):
                parts.append(str(e["footer"].get("text") or ""))
            if isinstance(e.get("author"), dict):
                parts.append(str(e["author"].get("name") or ""))
        for c in self.walk_components():
            if c.get("type") == 10:
                parts.append(str(c.get("content") or ""))
        return "\n".join(p for p in parts if p)

    def __repr__(self) -> str:
        return (
            f"<StoredMessage id={self.id} content={self.content[:40]!r} embeds={len(self.embeds)} flags={self.flags}>"
        )


@dataclass
class CallbackRecord:
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
    def embeds(self) -> list[dict[str, Any]]:
        return list(self.data.get("embeds") or [])

    @property
    def embed(self) -> dict[str, Any]:
        if not self.embeds:
            raise AssertionError(f"callback {self.type_name} has no embeds: {self.data!r}")
        return self.embeds[0]

    @property
    def components(self) -> list[dict[str, Any]]:
        return list(self.data.get("components") or [])

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

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


class InteractionHandle:
    """What a test gets back after injecting an interaction.

    ``await handle`` (or ``await handle.wait_callback()``) returns the accepted :class:`CallbackRecord`.
    Afterwards ``original``, ``followups``, ``edits`` track the response's later life.
    """

    def __init__(self, emulator: EmulatorCore, payload: dict[str, Any], dispatched_at: float) -> None:
        self._emu = emulator
        self.payload = payload  #: the INTERACTION_CREATE ``d`` sent to the bot
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.dispatched_at = dispatched_at
        self.callback: CallbackRecord | None = None
        #: every callback attempt (accepted or not) as (request, status)
        self.attempts: list[tuple[RequestRecord, int]] = []
        self.original: StoredMessage | None = None
        #: messages created through ``POST /webhooks/{app}/{token}`` (the first follow-up after a
        #: deferred type-5 callback edits the loading original, so it is the same object as ``original``)
        self.followups: list[StoredMessage] = []
        #: payloads of PATCHes to ``@original`` (and of UPDATE_MESSAGE callbacks)
        self.edits: list[dict[str, Any]] = []
        self.original_deleted = False
        self.violations: list[Violation] = []
        #: for component/modal interactions: the message the component is attached to
        self.source_message: StoredMessage | None = None
        #: type of the focused option (autocomplete only)
        self.focused_type: int | None = None

    @property
    def data(self) -> dict[str, Any]:
        d = self.payload.get("data")
        return d if isinstance(d, dict) else {}

    @property
    def answered(self) -> bool:
        return self.callback is not None

    def __await__(self) -> Generator[Any, None, CallbackRecord]:
        return self.wait_callback().__await__()

    async def wait_callback(self, timeout: float = 5.0) -> CallbackRecord:
        await self._emu.wait_until(
            lambda: self.callback is not None,
            timeout=timeout,
            what=f"the callback for interaction {self.id}",
            handle=self,
        )
        assert self.callback is not None
        return self.callback

    async def wait_followups(self, count: int = 1, timeout: float = 5.0) -> list[StoredMessage]:
        await self._emu.wait_until(
            lambda: len(self.followups) >= count,
            timeout=timeout,
            what=f"{count} follow-up(s) for interaction {self.id}",
            handle=self,
        )
        return self.followups

    async def wait_followup(self, index: int = 0, timeout: float = 5.0) -> StoredMessage:
        return (await self.wait_followups(index + 1, timeout=timeout))[index]

    async def wait_edits(self, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        await self._emu.wait_until(
            lambda: len(self.edits) >= count,
            timeout=timeout,
            what=f"{count} edit(s) of the original response of {self.id}",
            handle=self,
        )
        return self.edits

    async def wait_original(
        self,
        predicate: Callable[[StoredMessage], bool] | None = None,
        timeout: float = 5.0,
    ) -> StoredMessage:
        """Wait until the original response exists, is not "thinking", and satisfies ``predicate``."""

        def ok() -> bool:
            m = self.original
            if m is None or m.loading or m.deleted:
                return False
            return predicate(m) if predicate else True

        await self._emu.wait_until(ok, timeout=timeout, what=f"the original response of {self.id}", handle=self)
        assert self.original is not None
        return self.original

    def messages(self) -> list[StoredMessage]:
        """Original (if any) plus follow-ups, de-duplicated, in creation order."""
        out: list[StoredMessage] = []
        for m in ([self.original] if self.original else []) + self.followups:
            if m not in out:
                out.append(m)
        return out

    def describe(self) -> str:
        lines = [
            f"interaction {self.id} type={self.type} data.name={self.data.get('name')!r} "
            f"custom_id={self.data.get('custom_id')!r}"
        ]
        lines.append(f"  callback: {self.callback!r}")
        for req, status in self.attempts:
            lines.append(f"  attempt: {req.route} -> {status} body={req.json!r:.200}")
        for v in self.violations:
            lines.append(f"  violation: {v}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<InteractionHandle id={self.id} type={self.type} answered={self.answered}>"


@dataclass
class Session:
    """A gateway session (survives dropped connections; replays missed dispatches on RESUME)."""

    session_id: str
    identify: dict[str, Any]
    seq: int = 0
    #: (seq, frame) for every dispatch, for replay
    log: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    connection: Any = None
    valid: bool = True
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
