"""Emulator state, records, waiting and inspection helpers: the base every resource layer builds on."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, NoReturn

from aiohttp import web

from .defaults import default_world
from .models import FakeGuild, FakeUser, SnowflakeGenerator, World
from .records import EmulatorTimeout, Fault, GatewayEvent, InteractionHandle, Session, Violation
from .refusals import VIOLATION_ERRORS, Refused
from .sent import RequestRecord, StoredMessage
from .validation import Errors

if TYPE_CHECKING:
    from .gateway import _Connection

log = logging.getLogger("tests.emulator")

API_PREFIX = "/api/v10"
GATEWAY_PATH = "/gateway"
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT
GUILDS_INTENT = 1 << 0


class CommandNotInvocable(ValueError):
    """The Discord client would not let this user run this command here (contexts / default permissions)."""


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Any = _Default()

Handler = Callable[..., Awaitable[web.StreamResponse]]


def _dumps(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def copy_json(value: Any) -> Any:
    """A deep copy of JSON-shaped data (dicts, lists, tuples of scalars), several times faster than copy.deepcopy,
    which under a load test was the emulator's largest cost per interaction; anything else is shared, not copied."""
    if isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_json(item) for item in value]
    if isinstance(value, tuple):
        return tuple(copy_json(item) for item in value)
    return value


def _truthy(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "yes")


class _Route:
    def __init__(self, method: str, template: str, handler: Handler, *, auth: bool) -> None:
        self.method = method
        self.template = template
        self.handler = handler
        self.auth = auth
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        self.regex = re.compile(f"^{pattern}$")

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"


class EmulatorCore:
    """State and records shared by every resource layer; see :class:`DiscordEmulator`."""

    def __init__(
        self,
        *,
        token: str = "emulator-token",
        host: str = "127.0.0.1",
        port: int = 0,
        world: World | None = None,
        heartbeat_interval_ms: int = 41250,
        interaction_deadline: float = 3.0,
        reject_violations: bool = True,
        require_allowed_mentions: bool = True,
        gateway_compression: bool = True,
        ratelimit_headers: bool = True,
        ack_heartbeats: bool = True,
        privileged_intents: int = PRIVILEGED_INTENTS,
        enforce_intents: bool = True,
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.world = world or default_world()
        #: HELLO heartbeat interval in milliseconds
        self.heartbeat_interval_ms = heartbeat_interval_ms
        #: seconds after dispatch within which an interaction must be acknowledged
        self.interaction_deadline = interaction_deadline
        #: when True (default) invalid requests get a 400; otherwise violations are only recorded
        self.reject_violations = reject_violations
        #: every sent message must carry allowed_mentions that cannot ping
        self.require_allowed_mentions = require_allowed_mentions
        #: honour ``compress=zlib-stream`` in the gateway URL (binary zlib frames)
        self.gateway_compression = gateway_compression
        #: send X-RateLimit-* headers on successful responses
        self.ratelimit_headers = ratelimit_headers
        #: answer heartbeats with HEARTBEAT_ACK (set False to simulate a zombied connection)
        self.ack_heartbeats = ack_heartbeats
        #: privileged intents the application is allowed to request (others -> close 4014)
        self.privileged_intents = privileged_intents
        #: only send GUILD_CREATE if the GUILDS intent was identified (like Discord)
        self.enforce_intents = enforce_intents

        self.snowflakes = SnowflakeGenerator()

        # ---- records -------------------------------------------------------------------------
        self.requests: list[RequestRecord] = []
        self.unknown_requests: list[RequestRecord] = []
        self.violations: list[Violation] = []
        self.gateway_log: list[GatewayEvent] = []
        self.interactions: dict[int, InteractionHandle] = {}
        self.messages: dict[int, StoredMessage] = {}
        self.channel_messages: dict[int, list[StoredMessage]] = {}
        #: history of bulk overwrites: (guild_id or None, payload)
        self.command_overwrites: list[tuple[int | None, Any]] = []
        self.faults: list[Fault] = []
        self.left_guilds: list[FakeGuild] = []  #: guilds the bot left (DELETE /users/@me/guilds/{id})
        self.errors: list[str] = []  #: emulator-internal exceptions (bugs in the emulator)

        # ---- state ---------------------------------------------------------------------------
        self._global_commands: dict[tuple[int, str], dict[str, Any]] = {}
        self._guild_commands: dict[int, dict[tuple[int, str], dict[str, Any]]] = {}
        self._command_ids: dict[tuple[int | None, int, str], int] = {}
        self._handles_by_token: dict[str, InteractionHandle] = {}
        self._dm_channels: dict[int, FakeUser] = {}  # channel id -> recipient
        self.sessions: dict[str, Session] = {}
        self.connections: list[_Connection] = []
        self._current_session: Session | None = None
        self.identify_count = 0
        self.ready_count = 0
        self.resume_count = 0
        self.heartbeat_count = 0
        self._ready_mark = 0
        self._resume_mark = 0

        #: serve the JSON control API under /_emulator/ (enabled by the standalone CLI)
        self.control_api = False
        self._changed: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._routes: list[_Route] = []
        self._build_routes()

    # =========================================================================================
    # addresses and world shortcuts

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        """``http://127.0.0.1:PORT/api/v10`` (value for DISCORD_API_BASE / ``discord.http.Route.BASE``)."""
        return f"{self.base_url}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """``ws://127.0.0.1:PORT/gateway`` (value for DISCORD_GATEWAY_URL / ``DiscordWebSocket.DEFAULT_GATEWAY``)."""
        return f"ws://{self.host}:{self.port}{GATEWAY_PATH}"

    @property
    def bot_user(self) -> FakeUser:
        return self.world.bot_user

    @property
    def application_id(self) -> int:
        return self.world.application_id

    @property
    def guilds(self) -> list[FakeGuild]:
        return self.world.guilds

    @property
    def guild(self) -> FakeGuild:
        """The first (default) guild."""
        return self.world.guilds[0]

    # =========================================================================================
    # waiting

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
        self._changed = asyncio.Event()

    async def wait_until(
        self,
        predicate: Callable[[], Any],
        timeout: float = 5.0,
        what: str = "condition",
        handle: InteractionHandle | None = None,
    ) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked whenever the emulator's state changes)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if self._changed is None:
                self._changed = asyncio.Event()
            event = self._changed
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise EmulatorTimeout(self._timeout_report(what, timeout, handle))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.25))

    def _timeout_report(self, what: str, timeout: float, handle: InteractionHandle | None) -> str:
        lines = [f"Timed out after {timeout}s waiting for {what}."]
        if handle is not None:
            lines.append(handle.describe())
        if self.violations:
            lines.append("Violations:")
            lines += [f"  - {v}" for v in self.violations[-10:]]
        if self.unknown_requests:
            lines.append("Unknown requests: " + ", ".join(r.route for r in self.unknown_requests[-10:]))
        if self.errors:
            lines.append("Emulator errors:\n" + "\n".join(self.errors[-3:]))
        lines.append("Recent requests: " + ", ".join(f"{r.route}->{r.status}" for r in self.requests[-8:]))
        return "\n".join(lines)

    async def wait_ready(self, timeout: float = 5.0) -> None:
        """Wait until READY + GUILD_CREATEs were sent after the last disruption (or ever)."""
        await self.wait_until(lambda: self.ready_count > self._ready_mark, timeout, "gateway READY")

    async def wait_resumed(self, timeout: float = 5.0) -> None:
        """Wait until a RESUMED was sent after the last disruption."""
        await self.wait_until(lambda: self.resume_count > self._resume_mark, timeout, "gateway RESUMED")

    # =========================================================================================
    # assertions / inspection helpers

    def violations_of(self, kind: str) -> list[Violation]:
        return [v for v in self.violations if v.kind == kind]

    def assert_clean(self) -> None:
        """No violations, no unknown routes and no emulator-internal errors."""
        problems = [f"violation: {v}" for v in self.violations]
        problems += [f"unknown request: {r.route}" for r in self.unknown_requests]
        problems += [f"emulator error: {e}" for e in self.errors]
        if problems:
            raise AssertionError("Discord emulator is not clean:\n" + "\n".join(f"  - {p}" for p in problems))

    def requests_matching(self, pattern: str) -> list[RequestRecord]:
        import fnmatch

        pat = self._normalize_pattern(pattern)
        return [r for r in self.requests if fnmatch.fnmatchcase(r.route, pat)]

    # =========================================================================================
    # fault injection

    @staticmethod
    def _normalize_pattern(pattern: str) -> str:
        first = pattern.split(" ", 1)[0]
        if first.upper() in {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "*"} and " " in pattern:
            return f"{first.upper()} {pattern.split(' ', 1)[1]}"
        return f"* {pattern}"

    # Defined by later layers (gateway, control); declared here so the HTTP entry point can reach them.
    async def _ws_handler(self, request: web.Request) -> web.StreamResponse:
        raise NotImplementedError

    async def _control(self, request: web.Request) -> web.Response:
        raise NotImplementedError

    async def dispatch_event(self, event: str, data: Any) -> int:
        raise NotImplementedError

    def _build_routes(self) -> None:
        """Each resource layer appends its routes (then calls super()); the base has none."""

    def _add_route(self, method: str, template: str, handler: Handler, *, auth: bool = True) -> None:
        self._routes.append(_Route(method, template, handler, auth=auth))

    def _json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        # Exactly "application/json" without a charset: discord.py compares the header verbatim.
        resp = web.Response(body=_dumps(data), status=status, headers=headers)
        resp.headers["Content-Type"] = "application/json"
        return resp

    def _error(self, status: int, code: int, message: str) -> web.Response:
        return self._json({"message": message, "code": code}, status=status)

    def _refuse(self, status: int, code: int, message: str) -> NoReturn:
        """Answer the request being handled with a Discord error (see :class:`Refused`)."""
        raise Refused(self._error(status, code, message))

    # -- violations -------------------------------------------------------------------------------

    def _violate(
        self,
        kind: str,
        message: str,
        *,
        path: str = "",
        request: RequestRecord | None = None,
        handle: InteractionHandle | None = None,
    ) -> Violation:
        v = Violation(
            kind=kind, message=message, path=path, request=request, interaction_id=handle.id if handle else None
        )
        self.violations.append(v)
        if handle is not None:
            handle.violations.append(v)
        log.warning("emulator violation: %s", v)
        return v

    def _violation(
        self, kind: str, message: str, *, request: RequestRecord, handle: InteractionHandle | None = None
    ) -> web.Response:
        """Record a violation of ``kind`` and return the error Discord answers it with (``VIOLATION_ERRORS``)."""
        self._violate(kind, message, request=request, handle=handle)
        return self._error(*VIOLATION_ERRORS[kind])

    def _reject(
        self, errors: Errors, record: RequestRecord, handle: InteractionHandle | None = None
    ) -> web.Response | None:
        """Record every error as a violation; return the 400 response (or None if not rejecting)."""
        if not errors:
            return None
        for err in errors.items:
            self._violate(err.kind, err.message, path=err.dotted(), request=record, handle=handle)
        if self.reject_violations:
            return self._json(errors.to_discord_body(), status=400)
        return None

    def _check(self, errors: Errors, record: RequestRecord, handle: InteractionHandle | None = None) -> None:
        """Record every error as a violation; when rejecting, answer the request with the 400 (raise Refused)."""
        rejected = self._reject(errors, record, handle)
        if rejected is not None:
            raise Refused(rejected)
