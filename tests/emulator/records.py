"""Plain records the emulator keeps for tests to inspect."""

from __future__ import annotations

import asyncio
import fnmatch
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .sent import CallbackRecord, RequestRecord, StoredMessage

if TYPE_CHECKING:
    from .core import EmulatorCore


class EmulatorTimeout(AssertionError, TimeoutError):
    """Raised by the ``wait_*`` helpers. An AssertionError so pytest shows the message nicely."""


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

    async def _wait(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        """Wait until `condition` holds; a time-out names `what` and describes this interaction."""
        await self._emu.wait_until(condition, timeout=timeout, what=what, handle=self)

    async def wait_callback(self, timeout: float = 5.0) -> CallbackRecord:
        await self._wait(lambda: self.callback is not None, timeout, f"the callback for interaction {self.id}")
        assert self.callback is not None
        return self.callback

    async def wait_followups(self, count: int = 1, timeout: float = 5.0) -> list[StoredMessage]:
        await self._wait(
            lambda: len(self.followups) >= count, timeout, f"{count} follow-up(s) for interaction {self.id}"
        )
        return self.followups

    async def wait_edits(self, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        what = f"{count} edit(s) of the original response of {self.id}"
        await self._wait(lambda: len(self.edits) >= count, timeout, what)
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

        await self._wait(ok, timeout, f"the original response of {self.id}")
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
