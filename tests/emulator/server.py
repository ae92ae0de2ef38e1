"""The emulator server: Discord REST (``/api/v10``) + Gateway websocket (``/gateway``) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import json
import logging
import math
import re
import secrets
import time
import traceback
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

from .models import (
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeUser,
    Perm,
    SnowflakeGenerator,
    World,
    default_world,
    iso_now,
)
from .records import (
    CallbackRecord,
    EmulatorTimeout,
    Fault,
    GatewayEvent,
    InteractionHandle,
    RequestRecord,
    Session,
    StoredMessage,
    UploadedFile,
    Violation,
)
from .validation import (
    EPHEMERAL,
    IS_COMPONENTS_V2,
    LOADING,
    SUPPRESS_EMBEDS,
    Errors,
    validate_autocomplete,
    validate_commands,
    validate_message,
    validate_modal,
)

log = logging.getLogger("tests.emulator")

API_PREFIX = "/api/v10"
GATEWAY_PATH = "/gateway"
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT
GUILDS_INTENT = 1 << 0

# Interaction type -> callback types Discord accepts for it.
ALLOWED_CALLBACKS: dict[int, set[int]] = {
    1: {1},
    2: {4, 5, 9, 10, 12},
    3: {4, 5, 6, 7, 9, 10, 12},
    4: {8},
    5: {4, 5, 6, 7, 10, 12},
}


class CommandNotInvocable(ValueError):
    """The Discord client would not let this user run this command here (contexts / default permissions)."""


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Any = _Default()

Handler = Callable[..., Awaitable[web.StreamResponse]]


def _dumps(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


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


class _Connection:
    """One gateway websocket connection."""

    _ids = 0

    def __init__(self, ws: web.WebSocketResponse, request: web.Request, compress: bool) -> None:
        _Connection._ids += 1
        self.id = _Connection._ids
        self.ws = ws
        self.transport = request.transport
        self.query = dict(request.query)
        self.compressor = zlib.compressobj() if compress else None
        self.lock = asyncio.Lock()
        self.session: Session | None = None
        self.closed = False
        self.server_closed = False
        self.close_code: int | None = None

    async def send(self, frame: dict[str, Any]) -> None:
        raw = _dumps(frame)
        async with self.lock:
            if self.closed or self.ws.closed:
                raise ConnectionResetError("gateway connection is closed")
            if self.compressor is not None:
                await self.ws.send_bytes(self.compressor.compress(raw) + self.compressor.flush(zlib.Z_SYNC_FLUSH))
            else:
                await self.ws.send_str(raw.decode("utf-8"))


class DiscordEmulator:
    """A loopback Discord (REST + Gateway) for end-to-end tests. See the package docstring."""

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
    # lifecycle

    async def start(self) -> DiscordEmulator:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", GATEWAY_PATH, self._ws_handler)
        app.router.add_route("*", "/{tail:.*}", self._http_entry)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        for addr in self._runner.addresses:
            if isinstance(addr, tuple):
                self.port = int(addr[1])
                break
        log.info("Discord emulator listening on %s", self.base_url)
        return self

    async def stop(self) -> None:
        for conn in list(self.connections):
            conn.server_closed = True
            if not conn.closed and conn.transport is not None:
                conn.transport.abort()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> DiscordEmulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

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

    async def wait_reconnected(self, timeout: float = 5.0) -> None:
        """Wait for either a RESUMED or a fresh READY after the last disruption."""
        await self.wait_until(
            lambda: self.resume_count > self._resume_mark or self.ready_count > self._ready_mark,
            timeout,
            "gateway RESUMED or READY",
        )

    async def wait_channel_messages(self, channel: Any, count: int = 1, timeout: float = 5.0) -> list[StoredMessage]:
        cid = self._channel_id(channel)
        await self.wait_until(lambda: len(self.channel_messages.get(cid, [])) >= count, timeout,
                              f"{count} message(s) in channel {cid}")
        return self.channel_messages[cid]

    async def wait_for_request(self, pattern: str, count: int = 1, timeout: float = 5.0) -> list[RequestRecord]:
        """Wait until ``count`` answered requests match the fnmatch ``pattern`` (e.g. ``"POST /channels/*"``)."""
        import fnmatch

        pat = self._normalize_pattern(pattern)

        def matching() -> list[RequestRecord]:
            return [r for r in self.requests if r.status is not None and fnmatch.fnmatchcase(r.route, pat)]

        await self.wait_until(lambda: len(matching()) >= count, timeout, f"{count} request(s) matching {pattern!r}")
        return matching()

    # =========================================================================================
    # assertions / inspection helpers

    def violations_of(self, kind: str) -> list[Violation]:
        return [v for v in self.violations if v.kind == kind]

    def assert_no_violations(self) -> None:
        if self.violations:
            listing = "\n".join(f"  - {v}" for v in self.violations)
            raise AssertionError("Discord emulator recorded violations:\n" + listing)

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

    def registered_commands(self, guild: Any = None) -> list[dict[str, Any]]:
        """Commands currently registered globally (``guild=None``) or for a guild."""
        if guild is None:
            return list(self._global_commands.values())
        return list(self._guild_commands.get(self._guild_id(guild), {}).values())

    def get_command(self, name: str, type: int = 1, guild: Any = None) -> dict[str, Any] | None:
        """Look a command up in the guild's commands first (if given), then the global ones."""
        if guild is not None:
            cmd = self._guild_commands.get(self._guild_id(guild), {}).get((type, name))
            if cmd is not None:
                return cmd
        return self._global_commands.get((type, name))

    # =========================================================================================
    # fault injection

    @staticmethod
    def _normalize_pattern(pattern: str) -> str:
        first = pattern.split(" ", 1)[0]
        if first.upper() in {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "*"} and " " in pattern:
            return f"{first.upper()} {pattern.split(' ', 1)[1]}"
        return f"* {pattern}"

    def inject_rate_limit(
        self,
        pattern: str,
        count: int | None = 1,
        *,
        retry_after: float = 0.2,
        is_global: bool = False,
        scope: str = "user",
    ) -> Fault:
        """Answer the next ``count`` requests matching ``pattern`` with a 429 discord.py will retry.

        ``pattern`` is an fnmatch glob over ``"METHOD /path"`` relative to /api/v10, e.g.
        ``"POST /interactions/*/callback"``; without a method it matches any method.
        """
        fault = Fault(self._normalize_pattern(pattern), "rate_limit", count, status=429, retry_after=retry_after,
                      is_global=is_global, scope=scope)
        self.faults.append(fault)
        return fault

    def inject_error(
        self,
        pattern: str,
        status: int = 500,
        count: int | None = 1,
        *,
        code: int = 0,
        message: str | None = None,
        body: Any = None,
    ) -> Fault:
        """Answer the next ``count`` matching requests with ``status`` (discord.py retries 500/502/504 after 1s+)."""
        if body is None:
            body = {"message": message or f"{status}: Emulated error", "code": code}
        fault = Fault(self._normalize_pattern(pattern), "status", count, status=status, body=body)
        self.faults.append(fault)
        return fault

    def inject_delay(self, pattern: str, seconds: float, count: int | None = 1) -> Fault:
        """Delay the next ``count`` matching responses by ``seconds`` (the request is then handled normally)."""
        fault = Fault(self._normalize_pattern(pattern), "delay", count, delay=seconds)
        self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self.faults.clear()

    # =========================================================================================
    # HTTP plumbing

    def _build_routes(self) -> None:
        r = self._add_route
        r("GET", "/users/@me", self._h_me)
        r("GET", "/users/{user_id}", self._h_get_user)
        r("POST", "/users/@me/channels", self._h_create_dm)
        r("GET", "/oauth2/applications/@me", self._h_application)
        r("GET", "/applications/@me", self._h_application)
        r("GET", "/gateway", self._h_gateway, auth=False)
        r("GET", "/gateway/bot", self._h_gateway_bot)
        for prefix in ("/applications/{app_id}", "/applications/{app_id}/guilds/{guild_id}"):
            r("GET", prefix + "/commands", self._h_list_commands)
            r("PUT", prefix + "/commands", self._h_bulk_overwrite)
            r("POST", prefix + "/commands", self._h_upsert_command)
            r("GET", prefix + "/commands/{command_id}", self._h_get_command)
            r("PATCH", prefix + "/commands/{command_id}", self._h_edit_command)
            r("DELETE", prefix + "/commands/{command_id}", self._h_delete_command)
        r("POST", "/interactions/{interaction_id}/{token}/callback", self._h_interaction_callback, auth=False)
        hook = "/webhooks/{app_id}/{token}"
        r("GET", hook + "/messages/@original", self._h_get_original, auth=False)
        r("PATCH", hook + "/messages/@original", self._h_edit_original, auth=False)
        r("DELETE", hook + "/messages/@original", self._h_delete_original, auth=False)
        r("POST", hook, self._h_followup, auth=False)
        r("GET", hook + "/messages/{message_id}", self._h_get_webhook_message, auth=False)
        r("PATCH", hook + "/messages/{message_id}", self._h_edit_webhook_message, auth=False)
        r("DELETE", hook + "/messages/{message_id}", self._h_delete_webhook_message, auth=False)
        r("GET", "/channels/{channel_id}", self._h_get_channel)
        r("POST", "/channels/{channel_id}/messages", self._h_create_channel_message)
        r("GET", "/channels/{channel_id}/messages", self._h_list_channel_messages)
        r("GET", "/channels/{channel_id}/messages/{message_id}", self._h_get_channel_message)
        r("PATCH", "/channels/{channel_id}/messages/{message_id}", self._h_edit_channel_message)
        r("DELETE", "/channels/{channel_id}/messages/{message_id}", self._h_delete_channel_message)
        r("POST", "/channels/{channel_id}/typing", self._h_typing)
        r("GET", "/guilds/{guild_id}", self._h_get_guild)
        r("GET", "/guilds/{guild_id}/channels", self._h_guild_channels)
        r("GET", "/guilds/{guild_id}/roles", self._h_guild_roles)
        r("GET", "/guilds/{guild_id}/members/{user_id}", self._h_guild_member)

    def _add_route(self, method: str, template: str, handler: Handler, *, auth: bool = True) -> None:
        self._routes.append(_Route(method, template, handler, auth=auth))

    def _match(self, method: str, rel: str) -> tuple[_Route, dict[str, str]] | None:
        for route in self._routes:
            if route.method != method:
                continue
            m = route.regex.match(rel)
            if m:
                return route, m.groupdict()
        return None

    def _json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        # Exactly "application/json" without a charset: discord.py compares the header verbatim.
        resp = web.Response(body=_dumps(data), status=status, headers=headers)
        resp.headers["Content-Type"] = "application/json"
        return resp

    def _error(self, status: int, code: int, message: str) -> web.Response:
        return self._json({"message": message, "code": code}, status=status)

    def _no_content(self) -> web.Response:
        return web.Response(status=204)

    async def _read_body(self, request: web.Request) -> tuple[Any, list[UploadedFile], str | None]:
        ctype = request.content_type
        if request.method in ("GET", "HEAD", "DELETE") and not request.can_read_body:
            return None, [], None
        if ctype.startswith("multipart/"):
            files: list[UploadedFile] = []
            payload: Any = None
            error: str | None = None
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):
                    continue
                data = await part.read()
                name = part.name or ""
                if name == "payload_json":
                    try:
                        payload = json.loads(data.decode("utf-8"))
                    except ValueError as exc:
                        error = f"payload_json is not valid JSON: {exc}"
                else:
                    files.append(UploadedFile(name, part.filename, part.headers.get("Content-Type"), bytes(data)))
            return payload, files, error
        raw = await request.read()
        if not raw:
            return None, [], None
        try:
            return json.loads(raw.decode("utf-8")), [], None
        except ValueError as exc:
            return None, [], f"body is not valid JSON: {exc}"

    async def _http_entry(self, request: web.Request) -> web.StreamResponse:
        if request.path == "/" and request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._ws_handler(request)
        if self.control_api and request.path.startswith("/_emulator/"):
            return await self._control(request)
        loop = asyncio.get_running_loop()
        rel = request.path[len(API_PREFIX):] if request.path.startswith(API_PREFIX + "/") else request.path
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() in ("authorization", "content-type", "user-agent", "x-audit-log-reason")}
        record = RequestRecord(
            method=request.method,
            path=request.path,
            route=f"{request.method} {rel}",
            query=dict(request.query),
            headers=headers,
            json=None,
            files=[],
            time=loop.time(),
            wall_time=time.time(),
        )
        self.requests.append(record)
        try:
            body, files, parse_error = await self._read_body(request)
            record.json, record.files = body, files
            resp = await self._process(request, record, rel, parse_error)
        except Exception:
            tb = traceback.format_exc()
            self.errors.append(f"{record.route}: {tb}")
            log.error("emulator error handling %s\n%s", record.route, tb)
            resp = self._error(500, 0, "500: Emulator internal error")
        record.status = resp.status
        self._notify()
        return resp

    async def _process(self, request: web.Request, record: RequestRecord, rel: str,
                       parse_error: str | None) -> web.StreamResponse:
        # injected faults: delays first, then the first matching status / rate-limit fault
        for fault in self.faults:
            if fault.kind == "delay" and fault.matches(record.route):
                fault.consume()
                record.fault = f"delay {fault.delay}s"
                await asyncio.sleep(fault.delay)
        for fault in self.faults:
            if fault.kind != "delay" and fault.matches(record.route):
                fault.consume()
                record.fault = f"{fault.kind} {fault.status}"
                if fault.kind == "rate_limit":
                    return self._rate_limited(fault, record)
                return self._json(fault.body, status=fault.status)

        if not request.path.startswith(API_PREFIX + "/"):
            return self._unknown(record)
        matched = self._match(request.method, rel)
        if matched is None:
            return self._unknown(record)
        route, params = matched
        record.template = route.key
        if route.auth and request.headers.get("Authorization") != f"Bot {self.token}":
            self._violate("auth", f"missing or wrong Authorization header for {route.key}", request=record)
            return self._error(401, 0, "401: Unauthorized")
        if parse_error is not None:
            self._violate("invalid_json", parse_error, request=record)
            return self._error(400, 50109, "The request body contains invalid JSON.")
        return await route.handler(request, record, **params)

    def _unknown(self, record: RequestRecord) -> web.Response:
        self.unknown_requests.append(record)
        log.warning("emulator: unknown route %s", record.route)
        return self._error(404, 0, "404: Not Found")

    def _rate_limited(self, fault: Fault, record: RequestRecord) -> web.Response:
        bucket = hashlib.md5(record.route.encode()).hexdigest()[:16]
        headers = {
            "Retry-After": str(max(1, math.ceil(fault.retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{time.time() + fault.retry_after:.3f}",
            "X-RateLimit-Reset-After": f"{fault.retry_after:.3f}",
            "X-RateLimit-Bucket": bucket,
            "X-RateLimit-Scope": "global" if fault.is_global else fault.scope,
            "Via": "1.1 google",
        }
        if fault.is_global:
            headers["X-RateLimit-Global"] = "true"
        body = {"message": "You are being rate limited.", "retry_after": fault.retry_after, "global": fault.is_global}
        if fault.is_global:
            body["code"] = 0
        return self._json(body, status=429, headers=headers)

    def _ok(self, data: Any, record: RequestRecord, status: int = 200) -> web.Response:
        headers: dict[str, str] = {"Via": "1.1 google"}
        if self.ratelimit_headers and record.template:
            headers.update({
                "X-RateLimit-Limit": "50",
                "X-RateLimit-Remaining": "49",
                "X-RateLimit-Reset": f"{time.time() + 1.0:.3f}",
                "X-RateLimit-Reset-After": "1.000",
                "X-RateLimit-Bucket": hashlib.md5(record.template.encode()).hexdigest()[:16],
            })
        if status == 204:
            return web.Response(status=204, headers=headers)
        return self._json(data, status=status, headers=headers)

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
        v = Violation(kind=kind, message=message, path=path, request=request,
                      interaction_id=handle.id if handle else None)
        self.violations.append(v)
        if handle is not None:
            handle.violations.append(v)
        log.warning("emulator violation: %s", v)
        return v

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

    # =========================================================================================
    # REST handlers: users / application / gateway

    def _application_object(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": self.world.application_name,
            "icon": None,
            "description": "Emulated application",
            "summary": "",
            "type": None,
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "bot": self.bot_user.to_dict(),
            "terms_of_service_url": None,
            "privacy_policy_url": None,
            "owner": self.world.owner.to_dict(),
            "team": None,
            "verify_key": "0" * 64,
            "flags": self.world.application_flags,
            "hook": True,
            "guild_id": None,
            "primary_sku_id": None,
            "slug": None,
            "cover_image": None,
            "tags": [],
            "install_params": None,
            "custom_install_url": None,
            "interactions_endpoint_url": None,
            "role_connections_verification_url": None,
            "redirect_uris": [],
            "approximate_guild_count": len(self.guilds),
            "approximate_user_install_count": 0,
            "integration_types_config": {"0": {}},
        }

    def _me_object(self) -> dict[str, Any]:
        data = self.bot_user.to_dict()
        data.update(bot=True, verified=True, mfa_enabled=False, locale="en-US", email=None, flags=0)
        return data

    async def _h_me(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok(self._me_object(), rec)

    async def _h_get_user(self, request: web.Request, rec: RequestRecord, user_id: str) -> web.Response:
        user = self._find_user(int(user_id)) if user_id.isdigit() else None
        if user is None:
            return self._error(404, 10013, "Unknown User")
        return self._ok(user.to_dict(), rec)

    async def _h_create_dm(self, request: web.Request, rec: RequestRecord) -> web.Response:
        body = rec.json if isinstance(rec.json, dict) else {}
        rid = body.get("recipient_id")
        user = self._find_user(int(rid)) if rid is not None and str(rid).isdigit() else None
        if user is None:
            return self._error(400, 50035, "Invalid Form Body")
        return self._ok(self._dm_channel_object(user), rec)

    async def _h_application(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok(self._application_object(), rec)

    async def _h_gateway(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok({"url": self.gateway_url}, rec)

    async def _h_gateway_bot(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok({
            "url": self.gateway_url,
            "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1},
        }, rec)

    # =========================================================================================
    # REST handlers: application commands

    def _commands_store(self, app_id: str, guild_id: str | None) -> dict[tuple[int, str], dict[str, Any]] | None:
        if app_id != str(self.application_id):
            return None
        if guild_id is None:
            return self._global_commands
        if not guild_id.isdigit() or not any(g.id == int(guild_id) for g in self.guilds):
            return None
        return self._guild_commands.setdefault(int(guild_id), {})

    def _stored_command(self, cmd: dict[str, Any], guild_id: int | None) -> dict[str, Any]:
        ctype = cmd.get("type", 1) or 1
        key = (guild_id, ctype, str(cmd["name"]))
        cid = self._command_ids.setdefault(key, self.snowflakes.next())
        stored = copy.deepcopy(cmd)
        stored.update(
            id=str(cid),
            application_id=str(self.application_id),
            version=str(self.snowflakes.next()),
            type=ctype,
            description=cmd.get("description") or "",
            default_member_permissions=None if cmd.get("default_member_permissions") is None
            else str(cmd["default_member_permissions"]),
            nsfw=bool(cmd.get("nsfw", False)),
        )
        stored.setdefault("options", [])
        if guild_id is not None:
            stored["guild_id"] = str(guild_id)
        else:
            stored.setdefault("dm_permission", True)
        return stored

    async def _h_list_commands(self, request: web.Request, rec: RequestRecord, app_id: str,
                               guild_id: str | None = None) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        if store is None:
            return self._error(404, 10002, "Unknown Application")
        return self._ok(list(store.values()), rec)

    async def _h_bulk_overwrite(self, request: web.Request, rec: RequestRecord, app_id: str,
                                guild_id: str | None = None) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        if store is None:
            return self._error(404, 10002, "Unknown Application")
        gid = int(guild_id) if guild_id else None
        self.command_overwrites.append((gid, copy.deepcopy(rec.json)))
        rejected = self._reject(validate_commands(rec.json), rec)
        if rejected is not None:
            return rejected
        commands = rec.json if isinstance(rec.json, list) else []
        store.clear()
        for cmd in commands:
            if isinstance(cmd, dict) and isinstance(cmd.get("name"), str):
                stored = self._stored_command(cmd, gid)
                store[(stored["type"], stored["name"])] = stored
        return self._ok(list(store.values()), rec)

    async def _h_upsert_command(self, request: web.Request, rec: RequestRecord, app_id: str,
                                guild_id: str | None = None) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        if store is None:
            return self._error(404, 10002, "Unknown Application")
        errors = Errors()
        from .validation import validate_command

        validate_command(rec.json, (), errors)
        rejected = self._reject(errors, rec)
        if rejected is not None:
            return rejected
        if not isinstance(rec.json, dict) or not isinstance(rec.json.get("name"), str):
            return self._error(400, 50035, "Invalid Form Body")
        stored = self._stored_command(rec.json, int(guild_id) if guild_id else None)
        existed = (stored["type"], stored["name"]) in store
        store[(stored["type"], stored["name"])] = stored
        return self._ok(stored, rec, status=200 if existed else 201)

    def _find_command_by_id(self, store: dict[tuple[int, str], dict[str, Any]], command_id: str) -> Any:
        for key, cmd in store.items():
            if cmd["id"] == command_id:
                return key, cmd
        return None

    async def _h_get_command(self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str,
                             guild_id: str | None = None) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        found = self._find_command_by_id(store, command_id) if store is not None else None
        if found is None:
            return self._error(404, 10063, "Unknown application command")
        return self._ok(found[1], rec)

    async def _h_edit_command(self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str,
                              guild_id: str | None = None) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        found = self._find_command_by_id(store, command_id) if store is not None else None
        if found is None or store is None:
            return self._error(404, 10063, "Unknown application command")
        key, cmd = found
        merged = {k: v for k, v in cmd.items() if k not in ("id", "application_id", "version", "guild_id")}
        merged.update(rec.json if isinstance(rec.json, dict) else {})
        errors = Errors()
        from .validation import validate_command

        validate_command(merged, (), errors)
        rejected = self._reject(errors, rec)
        if rejected is not None:
            return rejected
        del store[key]
        stored = self._stored_command(merged, int(guild_id) if guild_id else None)
        store[(stored["type"], stored["name"])] = stored
        return self._ok(stored, rec)

    async def _h_delete_command(self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str,
                                guild_id: str | None = None) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        found = self._find_command_by_id(store, command_id) if store is not None else None
        if found is None or store is None:
            return self._error(404, 10063, "Unknown application command")
        del store[found[0]]
        return self._ok(None, rec, status=204)

    # =========================================================================================
    # REST handlers: interaction callback + webhooks

    async def _h_interaction_callback(self, request: web.Request, rec: RequestRecord, interaction_id: str,
                                      token: str) -> web.Response:
        handle = self.interactions.get(int(interaction_id)) if interaction_id.isdigit() else None
        if handle is None or handle.token != token:
            self._violate("unknown_interaction", f"callback for unknown interaction {interaction_id}", request=rec)
            return self._error(404, 10062, "Unknown interaction")
        resp = await self._interaction_callback(rec, handle)
        handle.attempts.append((rec, resp.status))
        return resp

    async def _interaction_callback(self, rec: RequestRecord, handle: InteractionHandle) -> web.Response:
        loop = asyncio.get_running_loop()
        latency = rec.time - handle.dispatched_at
        if handle.callback is not None:
            self._violate("already_acknowledged",
                          f"interaction {handle.id} was already acknowledged with {handle.callback.type_name}",
                          request=rec, handle=handle)
            return self._error(400, 40060, "Interaction has already been acknowledged.")
        if latency > self.interaction_deadline:
            self._violate("late_callback",
                          f"callback {latency:.2f}s after dispatch (deadline {self.interaction_deadline}s)",
                          request=rec, handle=handle)
            return self._error(404, 10062, "Unknown interaction")

        body = rec.json
        errors = Errors()
        if not isinstance(body, dict) or not isinstance(body.get("type"), int):
            errors.add(("type",), "Interaction callback needs an integer type", "callback", "BASE_TYPE_REQUIRED")
            return self._reject(errors, rec, handle) or self._json(errors.to_discord_body(), status=400)
        ctype: int = body["type"]
        data = body.get("data")
        allowed = set(ALLOWED_CALLBACKS.get(handle.type, set()))
        if handle.type == 5 and handle.source_message is None:
            allowed -= {6, 7}
        if ctype not in allowed:
            errors.add(("type",), f"callback type {ctype} is not valid for interaction type {handle.type} "
                       f"(allowed: {sorted(allowed)})", "callback", "INTERACTION_CALLBACK_TYPE_INVALID")
        elif ctype == 4:
            errors.extend(validate_message(data, creating=True, allow_ephemeral=True,
                                           require_allowed_mentions=self.require_allowed_mentions,
                                           n_files=len(rec.files)))
            errors.items = [self._prefix(e, "data") for e in errors.items]
        elif ctype == 5:
            flags = (data or {}).get("flags") if isinstance(data, dict) else None
            if flags is not None and (not isinstance(flags, int) or flags & ~EPHEMERAL):
                errors.add(("data", "flags"), f"deferred response flags may only contain EPHEMERAL, got {flags!r}",
                           "flags")
        elif ctype == 7:
            src = handle.source_message
            errors.extend(validate_message(data if data is not None else {}, creating=False,
                                           allow_ephemeral=False,
                                           require_allowed_mentions=self.require_allowed_mentions,
                                           n_files=len(rec.files), existing_flags=src.flags if src else 0))
            errors.items = [self._prefix(e, "data") for e in errors.items]
        elif ctype == 8:
            errors.extend(validate_autocomplete(data, handle.focused_type))
        elif ctype == 9:
            errors.extend(validate_modal(data))
        rejected = self._reject(errors, rec, handle)
        if rejected is not None:
            return rejected

        data = data if isinstance(data, dict) else {}
        msg: StoredMessage | None = None
        if ctype == 4:
            msg = self._create_interaction_message(handle, data, rec.files, original=True)
            handle.original = msg
        elif ctype == 5:
            flags = (int(data.get("flags") or 0) & EPHEMERAL) | LOADING
            msg = self._create_interaction_message(handle, {"content": ""}, [], original=True, flags=flags)
            handle.original = msg
        elif ctype == 6:
            handle.original = handle.source_message
        elif ctype == 7:
            assert handle.source_message is not None
            msg = handle.source_message
            self._apply_edit(msg, data, rec.files)
            handle.original = msg
            handle.edits.append(data)
        handle.callback = CallbackRecord(
            type=ctype,
            payload=body,
            files=rec.files,
            received_at=loop.time(),
            latency=latency,
            message=msg,
            request=rec,
        )
        self._notify()
        if not _truthy(rec.query.get("with_response")):
            return self._ok(None, rec, status=204)
        result: dict[str, Any] = {
            "interaction": {
                "id": str(handle.id),
                "type": handle.type,
                "activity_instance_id": None,
                "response_message_id": str(msg.id) if msg else None,
                "response_message_loading": ctype == 5,
                "response_message_ephemeral": bool(msg and msg.ephemeral),
            }
        }
        if msg is not None:
            result["resource"] = {"type": ctype, "message": msg.data}
        return self._ok(result, rec)

    @staticmethod
    def _prefix(err: Any, *prefix: str) -> Any:
        err.path = (*prefix, *err.path)
        return err

    def _webhook_handle(self, app_id: str, token: str, rec: RequestRecord) -> InteractionHandle | web.Response:
        handle = self._handles_by_token.get(token)
        if app_id != str(self.application_id) or handle is None:
            self._violate("unknown_webhook", f"unknown webhook {app_id}/{token[:12]}…", request=rec)
            return self._error(404, 10015, "Unknown Webhook")
        return handle

    async def _h_followup(self, request: web.Request, rec: RequestRecord, app_id: str, token: str) -> web.Response:
        handle = self._webhook_handle(app_id, token, rec)
        if isinstance(handle, web.Response):
            return handle
        if handle.callback is None:
            self._violate("followup_before_ack", "follow-up sent before the interaction was acknowledged",
                          request=rec, handle=handle)
            return self._error(404, 10015, "Unknown Webhook")
        payload = rec.json if isinstance(rec.json, dict) else {}
        errors = validate_message(rec.json, creating=True, allow_ephemeral=True,
                                  require_allowed_mentions=self.require_allowed_mentions, n_files=len(rec.files))
        rejected = self._reject(errors, rec, handle)
        if rejected is not None:
            return rejected
        original = handle.original
        if handle.callback.type == 5 and original is not None and original.loading and not original.deleted:
            # The first follow-up after a deferred response replaces the "thinking" message.
            payload = dict(payload)
            payload.pop("flags", None)
            self._apply_edit(original, payload, rec.files)
            msg = original
        else:
            msg = self._create_interaction_message(handle, payload, rec.files, original=False)
        handle.followups.append(msg)
        self._notify()
        if _truthy(rec.query.get("wait")):
            return self._ok(msg.data, rec)
        return self._ok(None, rec, status=204)

    def _webhook_message(self, handle: InteractionHandle, message_id: str) -> StoredMessage | None:
        if message_id == "@original":
            msg = handle.original
        else:
            msg = next((m for m in handle.messages() if str(m.id) == message_id), None)
        if msg is None or msg.deleted:
            return None
        return msg

    async def _get_webhook_msg(self, rec: RequestRecord, app_id: str, token: str, message_id: str) -> web.Response:
        handle = self._webhook_handle(app_id, token, rec)
        if isinstance(handle, web.Response):
            return handle
        msg = self._webhook_message(handle, message_id)
        if msg is None:
            return self._error(404, 10008, "Unknown Message")
        return self._ok(msg.data, rec)

    async def _edit_webhook_msg(self, rec: RequestRecord, app_id: str, token: str, message_id: str) -> web.Response:
        handle = self._webhook_handle(app_id, token, rec)
        if isinstance(handle, web.Response):
            return handle
        msg = self._webhook_message(handle, message_id)
        if msg is None:
            self._violate("unknown_message", f"edit of unknown message {message_id} (no response yet?)",
                          request=rec, handle=handle)
            return self._error(404, 10008, "Unknown Message")
        errors = validate_message(rec.json if rec.json is not None else {}, creating=False, allow_ephemeral=False,
                                  require_allowed_mentions=self.require_allowed_mentions, n_files=len(rec.files),
                                  existing_flags=msg.flags)
        rejected = self._reject(errors, rec, handle)
        if rejected is not None:
            return rejected
        payload = rec.json if isinstance(rec.json, dict) else {}
        self._apply_edit(msg, payload, rec.files)
        if msg is handle.original:
            handle.edits.append(payload)
        self._notify()
        return self._ok(msg.data, rec)

    async def _delete_webhook_msg(self, rec: RequestRecord, app_id: str, token: str, message_id: str) -> web.Response:
        handle = self._webhook_handle(app_id, token, rec)
        if isinstance(handle, web.Response):
            return handle
        msg = self._webhook_message(handle, message_id)
        if msg is None:
            return self._error(404, 10008, "Unknown Message")
        msg.deleted = True
        if msg is handle.original:
            handle.original_deleted = True
        self._notify()
        return self._ok(None, rec, status=204)

    async def _h_get_original(self, request: web.Request, rec: RequestRecord, app_id: str, token: str) -> web.Response:
        return await self._get_webhook_msg(rec, app_id, token, "@original")

    async def _h_edit_original(self, request: web.Request, rec: RequestRecord, app_id: str, token: str) -> web.Response:
        return await self._edit_webhook_msg(rec, app_id, token, "@original")

    async def _h_delete_original(self, request: web.Request, rec: RequestRecord, app_id: str,
                                 token: str) -> web.Response:
        return await self._delete_webhook_msg(rec, app_id, token, "@original")

    async def _h_get_webhook_message(self, request: web.Request, rec: RequestRecord, app_id: str, token: str,
                                     message_id: str) -> web.Response:
        return await self._get_webhook_msg(rec, app_id, token, message_id)

    async def _h_edit_webhook_message(self, request: web.Request, rec: RequestRecord, app_id: str, token: str,
                                      message_id: str) -> web.Response:
        return await self._edit_webhook_msg(rec, app_id, token, message_id)

    async def _h_delete_webhook_message(self, request: web.Request, rec: RequestRecord, app_id: str, token: str,
                                        message_id: str) -> web.Response:
        return await self._delete_webhook_msg(rec, app_id, token, message_id)

    # =========================================================================================
    # REST handlers: channels & guilds

    def _lookup_channel(self, channel_id: int) -> tuple[FakeChannel | None, FakeGuild | None, FakeUser | None]:
        for g in self.guilds:
            for c in g.channels:
                if c.id == channel_id:
                    return c, g, None
        if channel_id in self._dm_channels:
            return None, None, self._dm_channels[channel_id]
        return None, None, None

    def _channel_object(self, channel_id: int) -> dict[str, Any] | None:
        ch, _guild, recipient = self._lookup_channel(channel_id)
        if ch is not None:
            return ch.to_dict()
        if recipient is not None:
            return self._dm_channel_object(recipient)
        return None

    async def _h_get_channel(self, request: web.Request, rec: RequestRecord, channel_id: str) -> web.Response:
        obj = self._channel_object(int(channel_id)) if channel_id.isdigit() else None
        if obj is None:
            return self._error(404, 10003, "Unknown Channel")
        return self._ok(obj, rec)

    async def _h_create_channel_message(self, request: web.Request, rec: RequestRecord,
                                        channel_id: str) -> web.Response:
        cid = int(channel_id) if channel_id.isdigit() else 0
        ch, guild, recipient = self._lookup_channel(cid)
        if ch is None and recipient is None:
            self._violate("unknown_channel", f"message to unknown channel {channel_id}", request=rec)
            return self._error(404, 10003, "Unknown Channel")
        errors = validate_message(rec.json, creating=True, allow_ephemeral=False,
                                  require_allowed_mentions=self.require_allowed_mentions, n_files=len(rec.files))
        rejected = self._reject(errors, rec)
        if rejected is not None:
            return rejected
        payload = rec.json if isinstance(rec.json, dict) else {}
        msg_type = 19 if payload.get("message_reference") else 0
        msg = self._new_message(
            channel_id=cid,
            guild_id=guild.id if guild else None,
            author=self.bot_user.to_dict(),
            payload=payload,
            files=rec.files,
            msg_type=msg_type,
            flags=int(payload.get("flags") or 0),
        )
        if payload.get("message_reference"):
            msg.data["message_reference"] = payload["message_reference"]
        self._notify()
        return self._ok(msg.data, rec)

    async def _h_list_channel_messages(self, request: web.Request, rec: RequestRecord,
                                       channel_id: str) -> web.Response:
        cid = int(channel_id) if channel_id.isdigit() else 0
        msgs = [m.data for m in reversed(self.channel_messages.get(cid, [])) if not m.deleted and not m.ephemeral]
        limit = int(rec.query.get("limit", "50"))
        return self._ok(msgs[:limit], rec)

    def _channel_message(self, channel_id: str, message_id: str) -> StoredMessage | None:
        msg = self.messages.get(int(message_id)) if message_id.isdigit() else None
        if msg is None or msg.deleted or str(msg.channel_id) != channel_id or msg.ephemeral:
            return None  # ephemeral messages are only reachable through the interaction webhook
        return msg

    async def _h_get_channel_message(self, request: web.Request, rec: RequestRecord, channel_id: str,
                                     message_id: str) -> web.Response:
        msg = self._channel_message(channel_id, message_id)
        if msg is None:
            return self._error(404, 10008, "Unknown Message")
        return self._ok(msg.data, rec)

    async def _h_edit_channel_message(self, request: web.Request, rec: RequestRecord, channel_id: str,
                                      message_id: str) -> web.Response:
        msg = self._channel_message(channel_id, message_id)
        if msg is None:
            return self._error(404, 10008, "Unknown Message")
        if msg.data.get("author", {}).get("id") != str(self.bot_user.id):
            self._violate("forbidden", "bot tried to edit a message authored by someone else", request=rec)
            return self._error(403, 50005, "Cannot edit a message authored by another user")
        errors = validate_message(rec.json if rec.json is not None else {}, creating=False, allow_ephemeral=False,
                                  require_allowed_mentions=self.require_allowed_mentions, n_files=len(rec.files),
                                  existing_flags=msg.flags)
        rejected = self._reject(errors, rec)
        if rejected is not None:
            return rejected
        self._apply_edit(msg, rec.json if isinstance(rec.json, dict) else {}, rec.files)
        self._notify()
        return self._ok(msg.data, rec)

    async def _h_delete_channel_message(self, request: web.Request, rec: RequestRecord, channel_id: str,
                                        message_id: str) -> web.Response:
        msg = self._channel_message(channel_id, message_id)
        if msg is None:
            return self._error(404, 10008, "Unknown Message")
        msg.deleted = True
        self._notify()
        return self._ok(None, rec, status=204)

    async def _h_typing(self, request: web.Request, rec: RequestRecord, channel_id: str) -> web.Response:
        return self._ok(None, rec, status=204)

    def _guild_or_404(self, guild_id: str) -> FakeGuild | None:
        return next((g for g in self.guilds if str(g.id) == guild_id), None)

    async def _h_get_guild(self, request: web.Request, rec: RequestRecord, guild_id: str) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        data = g.to_gateway_dict()
        for key in ("members", "channels", "threads", "presences", "voice_states", "joined_at", "large",
                    "member_count", "lazy", "unavailable"):
            data.pop(key, None)
        return self._ok(data, rec)

    async def _h_guild_channels(self, request: web.Request, rec: RequestRecord, guild_id: str) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        return self._ok([c.to_dict() for c in g.channels], rec)

    async def _h_guild_roles(self, request: web.Request, rec: RequestRecord, guild_id: str) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        return self._ok([r.to_dict() for r in g.roles], rec)

    async def _h_guild_member(self, request: web.Request, rec: RequestRecord, guild_id: str,
                              user_id: str) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        m = next((m for m in g.members if str(m.user.id) == user_id), None)
        if m is None:
            return self._error(404, 10007, "Unknown Member")
        return self._ok(m.to_dict(), rec)

    # =========================================================================================
    # messages

    def _attachments(self, payload: dict[str, Any], files: list[UploadedFile], channel_id: int) -> list[dict[str, Any]]:
        meta = {str(a.get("id")): a for a in payload.get("attachments") or [] if isinstance(a, dict)}
        out = []
        for index, f in enumerate(files):
            m = re.match(r"files\[(\d+)\]", f.field)
            key = m.group(1) if m else str(index)
            info = meta.get(key, {})
            aid = self.snowflakes.next()
            filename = info.get("filename") or f.filename or f"file{index}"
            url = f"{self.base_url}/attachments/{channel_id}/{aid}/{filename}"
            att: dict[str, Any] = {
                "id": str(aid),
                "filename": filename,
                "size": len(f.data),
                "url": url,
                "proxy_url": url,
                "content_type": f.content_type,
            }
            if info.get("description"):
                att["description"] = info["description"]
            out.append(att)
        return out

    @staticmethod
    def _normalize_embeds(embeds: Any) -> list[dict[str, Any]]:
        out = []
        for e in embeds or []:
            if not isinstance(e, dict):
                continue
            e = copy.deepcopy(e)
            e.setdefault("type", "rich")
            for f in e.get("fields") or []:
                if isinstance(f, dict):
                    f.setdefault("inline", False)
            out.append(e)
        return out

    def _new_message(
        self,
        *,
        channel_id: int,
        guild_id: int | None,
        author: dict[str, Any],
        payload: dict[str, Any],
        files: list[UploadedFile],
        msg_type: int,
        flags: int,
        handle: InteractionHandle | None = None,
    ) -> StoredMessage:
        mid = self.snowflakes.next()
        data: dict[str, Any] = {
            "id": str(mid),
            "channel_id": str(channel_id),
            "author": author,
            "content": payload.get("content") or "",
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": bool(payload.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "mention_channels": [],
            "attachments": self._attachments(payload, files, channel_id),
            "embeds": self._normalize_embeds(payload.get("embeds")),
            "reactions": [],
            "pinned": False,
            "type": msg_type,
            "flags": flags,
            "components": copy.deepcopy(payload.get("components") or []),
        }
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
        if handle is not None:
            user = self._interaction_user_dict(handle.payload)
            data["webhook_id"] = str(self.application_id)
            data["application_id"] = str(self.application_id)
            metadata: dict[str, Any] = {
                "id": str(handle.id),
                "type": handle.type,
                "user": user,
                "authorizing_integration_owners": handle.payload.get("authorizing_integration_owners", {}),
            }
            if handle.type == 2:
                metadata["name"] = handle.data.get("name")
                metadata["command_type"] = handle.data.get("type", 1)
            if handle.source_message is not None:
                metadata["interacted_message_id"] = str(handle.source_message.id)
            data["interaction_metadata"] = metadata
            data["interaction"] = {"id": str(handle.id), "type": handle.type,
                                   "name": handle.data.get("name") or handle.data.get("custom_id") or "",
                                   "user": user}
        msg = StoredMessage(data, interaction_id=handle.id if handle else None)
        msg.payloads.append(copy.deepcopy(payload))
        msg.files.extend(files)
        self.messages[mid] = msg
        self.channel_messages.setdefault(channel_id, []).append(msg)
        return msg

    def _create_interaction_message(self, handle: InteractionHandle, payload: dict[str, Any],
                                    files: list[UploadedFile], *, original: bool,
                                    flags: int | None = None) -> StoredMessage:
        channel_id = int(handle.payload.get("channel_id") or handle.payload.get("channel", {}).get("id"))
        guild_id = int(handle.payload["guild_id"]) if handle.payload.get("guild_id") else None
        msg_type = 0
        if original and handle.type == 2:
            msg_type = 20 if handle.data.get("type", 1) == 1 else 23
        if flags is None:
            flags = int(payload.get("flags") or 0)
        return self._new_message(channel_id=channel_id, guild_id=guild_id, author=self.bot_user.to_dict(),
                                 payload=payload, files=files, msg_type=msg_type, flags=flags, handle=handle)

    def _apply_edit(self, msg: StoredMessage, payload: dict[str, Any], files: list[UploadedFile]) -> None:
        data = msg.data
        was_loading = msg.loading
        if "content" in payload:
            data["content"] = payload["content"] or ""
        if "embeds" in payload:
            data["embeds"] = self._normalize_embeds(payload["embeds"])
        if "components" in payload:
            data["components"] = copy.deepcopy(payload["components"] or [])
        flags = int(data.get("flags") or 0) & ~LOADING
        if payload.get("flags") is not None:
            settable = SUPPRESS_EMBEDS | IS_COMPONENTS_V2
            flags = (flags & ~settable) | (int(payload["flags"]) & settable)
        data["flags"] = flags
        if "attachments" in payload:
            keep = {str(a.get("id")) for a in payload["attachments"] or [] if isinstance(a, dict)}
            data["attachments"] = [a for a in data.get("attachments", []) if a["id"] in keep]
        if files:
            data["attachments"] = list(data.get("attachments", [])) + self._attachments(payload, files, msg.channel_id)
            msg.files.extend(files)
        if not was_loading:
            data["edited_timestamp"] = iso_now()
        msg.payloads.append(copy.deepcopy(payload))

    def create_user_message(
        self,
        channel: Any,
        author: Any = None,
        content: str = "",
        *,
        embeds: list[dict[str, Any]] | None = None,
        dispatch: bool = False,
    ) -> StoredMessage:
        """Create a message authored by a (non-bot) user, e.g. as a target for a message context menu.

        With ``dispatch=True`` use :meth:`send_user_message` instead (it is async)."""
        cid = self._channel_id(channel)
        ch, guild, _ = self._lookup_channel(cid)
        if ch is None and cid not in self._dm_channels:
            raise KeyError(f"unknown channel {channel!r}")
        user = self._resolve_user(author, guild)
        msg = self._new_message(channel_id=cid, guild_id=guild.id if guild else None, author=user.to_dict(),
                                payload={"content": content, "embeds": embeds or []}, files=[], msg_type=0, flags=0)
        if guild is not None and guild.has_member(user.id):
            msg.data["member"] = guild.member(user.id).to_dict(with_user=False)
        return msg

    async def send_user_message(self, channel: Any, author: Any = None, content: str = "") -> StoredMessage:
        """Create a user message and dispatch MESSAGE_CREATE for it."""
        msg = self.create_user_message(channel, author, content)
        await self.dispatch_event("MESSAGE_CREATE", msg.data)
        return msg

    # =========================================================================================
    # world helpers

    def _guild_id(self, guild: Any) -> int:
        if isinstance(guild, FakeGuild):
            return guild.id
        if isinstance(guild, str) and not guild.isdigit():
            return self.world.guild(guild).id
        return int(guild)

    def _resolve_guild(self, guild: Any) -> FakeGuild | None:
        if guild is None:
            return None
        if guild is DEFAULT:
            return self.guild
        if isinstance(guild, FakeGuild):
            return guild
        return self.world.guild(int(guild) if isinstance(guild, int) or str(guild).isdigit() else guild)

    def _channel_id(self, channel: Any) -> int:
        if isinstance(channel, FakeChannel):
            return channel.id
        if isinstance(channel, int):
            return channel
        if isinstance(channel, str):
            if channel.isdigit():
                return int(channel)
            for g in self.guilds:
                for c in g.channels:
                    if c.name == channel.lstrip("#"):
                        return c.id
            raise KeyError(f"no channel named {channel!r}")
        return int(channel.id)

    def _find_user(self, user_id: int) -> FakeUser | None:
        for u in (self.bot_user, self.world.owner):
            if u.id == user_id:
                return u
        for g in self.guilds:
            for m in g.members:
                if m.user.id == user_id:
                    return m.user
        for u in self._dm_channels.values():
            if u.id == user_id:
                return u
        return None

    def _default_member(self, guild: FakeGuild) -> FakeMember:
        for m in guild.members:
            if not m.user.bot and m.user.id != guild.owner_id:
                return m
        return guild.members[0]

    def _resolve_user(self, user: Any, guild: FakeGuild | None) -> FakeUser:
        if isinstance(user, FakeMember):
            return user.user
        if isinstance(user, FakeUser):
            return user
        if user is None:
            g = guild or self.guild
            return self._default_member(g).user
        if isinstance(user, str) and not user.isdigit():
            for g in [guild] if guild else self.guilds:
                with contextlib.suppress(KeyError):
                    return g.member(user).user
            raise KeyError(f"no user named {user!r}")
        found = self._find_user(int(user))
        if found is None:
            raise KeyError(f"unknown user {user!r}")
        return found

    def _resolve_member(self, user: Any, guild: FakeGuild) -> FakeMember:
        if isinstance(user, FakeMember):
            return user
        u = self._resolve_user(user, guild)
        if guild.has_member(u.id):
            return guild.member(u.id)
        return FakeMember(user=u)

    def _dm_channel_id(self, user: FakeUser) -> int:
        for cid, u in self._dm_channels.items():
            if u.id == user.id:
                return cid
        cid = self.snowflakes.next()
        self._dm_channels[cid] = user
        return cid

    def _dm_channel_object(self, user: FakeUser) -> dict[str, Any]:
        cid = self._dm_channel_id(user)
        return {"id": str(cid), "type": 1, "last_message_id": None, "flags": 0, "recipients": [user.to_dict()]}

    def dm_channel_id(self, user: Any) -> int:
        """The id of the DM channel between the bot and ``user`` (created on demand)."""
        return self._dm_channel_id(self._resolve_user(user, None))

    @staticmethod
    def _interaction_user_dict(payload: dict[str, Any]) -> dict[str, Any]:
        if "member" in payload:
            return dict(payload["member"]["user"])
        return dict(payload.get("user") or {})

    # =========================================================================================
    # gateway

    def _log_gateway(self, direction: str, conn: _Connection, frame: dict[str, Any] | None,
                     data: Any = None) -> None:
        loop = asyncio.get_running_loop()
        if frame is None:
            self.gateway_log.append(GatewayEvent(direction, None, None, None, data, loop.time(), conn.id))
        else:
            self.gateway_log.append(GatewayEvent(direction, frame.get("op"), frame.get("t"), frame.get("s"),
                                                 frame.get("d"), loop.time(), conn.id))
        self._notify()

    async def _send(self, conn: _Connection, frame: dict[str, Any]) -> bool:
        try:
            await conn.send(frame)
        except (ConnectionResetError, RuntimeError) as exc:
            log.debug("emulator: send on closed connection %s: %s", conn.id, exc)
            return False
        self._log_gateway("send", conn, frame)
        return True

    async def _close(self, conn: _Connection, code: int, reason: str = "") -> None:
        conn.server_closed = True
        self._log_gateway("server_close", conn, None, {"code": code, "reason": reason})
        with contextlib.suppress(Exception):
            await conn.ws.close(code=code, message=reason.encode())

    async def _ws_handler(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() != "websocket":
            return self._json({"message": "This is the emulated Discord gateway; connect with a websocket."}, 400)
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True, autoclose=True)
        await ws.prepare(request)
        compress = self.gateway_compression and request.query.get("compress") == "zlib-stream"
        conn = _Connection(ws, request, compress)
        self.connections.append(conn)
        self._log_gateway("connect", conn, None, dict(request.query))
        try:
            await self._send(conn, {"op": 10, "s": None, "t": None,
                                    "d": {"heartbeat_interval": self.heartbeat_interval_ms,
                                          "_trace": ['["emulator-gateway",{"micros":0}]']}})
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    try:
                        frame = json.loads(msg.data)
                    except ValueError:
                        await self._close(conn, 4002, "Decode error")
                        break
                    self._log_gateway("recv", conn, frame)
                    try:
                        await self._on_gateway_frame(conn, frame)
                    except Exception:
                        tb = traceback.format_exc()
                        self.errors.append(f"gateway: {tb}")
                        log.error("emulator gateway error\n%s", tb)
                elif msg.type == WSMsgType.BINARY:
                    await self._close(conn, 4002, "Binary frames are not supported")
                    break
                elif msg.type == WSMsgType.ERROR:
                    break
        finally:
            conn.closed = True
            conn.close_code = ws.close_code
            session = conn.session
            if session is not None and session.connection is conn:
                session.connection = None
                # A clean close by the client (1000/1001) ends the session, like Discord.
                if not conn.server_closed and ws.close_code in (1000, 1001):
                    session.valid = False
            with contextlib.suppress(ValueError):
                self.connections.remove(conn)
            self._log_gateway("close", conn, None, {"code": ws.close_code, "server_closed": conn.server_closed})
        return ws

    async def _on_gateway_frame(self, conn: _Connection, frame: dict[str, Any]) -> None:
        op = frame.get("op")
        d = frame.get("d")
        if op == 1:
            self.heartbeat_count += 1
            if self.ack_heartbeats:
                await self._send(conn, {"op": 11, "s": None, "t": None, "d": None})
            return
        if op == 2:
            await self._identify(conn, d if isinstance(d, dict) else {})
            return
        if op == 6:
            await self._resume(conn, d if isinstance(d, dict) else {})
            return
        if conn.session is None:
            await self._close(conn, 4003, "Not authenticated.")
            return
        if op == 3:  # presence update
            return
        if op == 4:  # voice state update
            return
        if op == 8:
            await self._request_members(conn, d if isinstance(d, dict) else {})
            return
        await self._close(conn, 4001, "Unknown opcode.")

    async def _identify(self, conn: _Connection, d: dict[str, Any]) -> None:
        if conn.session is not None:
            await self._close(conn, 4005, "Already authenticated.")
            return
        if d.get("token") != self.token:
            self._log_gateway("auth_failed", conn, None, None)
            await self._close(conn, 4004, "Authentication failed.")
            return
        intents = d.get("intents")
        if not isinstance(intents, int):
            await self._close(conn, 4013, "Invalid intent(s).")
            return
        if intents & PRIVILEGED_INTENTS & ~self.privileged_intents:
            await self._close(conn, 4014, "Disallowed intent(s).")
            return
        self.identify_count += 1
        session = Session(session_id=secrets.token_hex(16), identify=d)
        self.sessions[session.session_id] = session
        self._current_session = session
        session.connection = conn
        conn.session = session
        shard = d.get("shard") or [0, 1]
        ready = {
            "v": 10,
            "user": self._me_object(),
            "user_settings": {},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "shard": shard,
            "application": {"id": str(self.application_id), "flags": self.world.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["emulator"],
            "auth": {},
            "_trace": ['["emulator-gateway",{"micros":0}]'],
        }
        await self._dispatch_to(session, "READY", ready)
        if intents & GUILDS_INTENT or not self.enforce_intents:
            for guild in self.guilds:
                await self._dispatch_to(session, "GUILD_CREATE", guild.to_gateway_dict())
        self.ready_count += 1
        self._notify()

    async def _resume(self, conn: _Connection, d: dict[str, Any]) -> None:
        session = self.sessions.get(str(d.get("session_id")))
        if d.get("token") != self.token:
            await self._close(conn, 4004, "Authentication failed.")
            return
        if session is None or not session.valid:
            await self._send(conn, {"op": 9, "s": None, "t": None, "d": False})
            return
        client_seq = d.get("seq") or 0
        old = session.connection
        async with session.lock:
            session.connection = conn
            conn.session = session
            self._current_session = session
            for seq, frame in list(session.log):
                if seq > client_seq:
                    await self._send(conn, frame)
            session.seq += 1
            await self._send(conn, {"op": 0, "t": "RESUMED", "s": session.seq,
                                    "d": {"_trace": ['["emulator-gateway",{"micros":0}]']}})
        if old is not None and old is not conn and not old.closed:
            await self._close(old, 4000, "Session resumed elsewhere")
        self.resume_count += 1
        self._notify()

    async def _request_members(self, conn: _Connection, d: dict[str, Any]) -> None:
        gid = str(d.get("guild_id"))
        guild = self._guild_or_404(gid)
        members = guild.members if guild else []
        query = d.get("query")
        if isinstance(query, str) and query:
            members = [m for m in members if m.user.username.lower().startswith(query.lower())]
        user_ids = d.get("user_ids")
        if user_ids:
            ids = {str(u) for u in (user_ids if isinstance(user_ids, list) else [user_ids])}
            members = [m for m in members if str(m.user.id) in ids]
        limit = d.get("limit") or 0
        if limit:
            members = members[:limit]
        chunk: dict[str, Any] = {"guild_id": gid, "members": [m.to_dict() for m in members], "chunk_index": 0,
                                 "chunk_count": 1, "not_found": []}
        if d.get("nonce") is not None:
            chunk["nonce"] = d["nonce"]
        if conn.session is not None:
            await self._dispatch_to(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _dispatch_to(self, session: Session, event: str, data: Any) -> int:
        async with session.lock:
            session.seq += 1
            frame = {"op": 0, "t": event, "s": session.seq, "d": data}
            session.log.append((session.seq, frame))
            conn = session.connection
            if conn is not None and not conn.closed:
                await self._send(conn, frame)
            return session.seq

    def _require_session(self) -> Session:
        session = self._current_session
        if session is None or not session.valid:
            raise RuntimeError("no bot is connected to the emulator gateway (call wait_ready() first)")
        return session

    async def dispatch_event(self, event: str, data: Any) -> int:
        """Send an arbitrary DISPATCH (op 0) to the current session; returns its sequence number.

        If the connection is currently down the event is buffered and replayed on RESUME."""
        return await self._dispatch_to(self._require_session(), event, copy.deepcopy(data))

    def _mark_disruption(self) -> None:
        self._ready_mark = self.ready_count
        self._resume_mark = self.resume_count

    def _live_connection(self) -> _Connection:
        session = self._require_session()
        conn = session.connection
        if not isinstance(conn, _Connection) or conn.closed:
            raise RuntimeError("the bot's gateway connection is not open")
        return conn

    async def drop_connection(self, code: int | None = None) -> None:
        """Kill the bot's gateway connection. ``code=None`` aborts the TCP connection without a close frame;
        otherwise a close frame with ``code`` is sent (4000 = resumable). The client should RESUME."""
        conn = self._live_connection()
        self._mark_disruption()
        conn.server_closed = True
        if code is None:
            self._log_gateway("server_abort", conn, None, None)
            if conn.transport is not None:
                conn.transport.abort()
        else:
            await self._close(conn, code, "Emulated disconnect")
        await self.wait_until(lambda: conn.closed, 5.0, "the connection to close")

    async def send_reconnect(self) -> None:
        """Send op 7 RECONNECT; discord.py closes the socket and RESUMEs."""
        conn = self._live_connection()
        self._mark_disruption()
        await self._send(conn, {"op": 7, "s": None, "t": None, "d": None})

    async def invalidate_session(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION. Non-resumable: the session is dropped and the client must re-IDENTIFY."""
        conn = self._live_connection()
        self._mark_disruption()
        if not resumable and conn.session is not None:
            conn.session.valid = False
        await self._send(conn, {"op": 9, "s": None, "t": None, "d": resumable})

    async def request_heartbeat(self) -> None:
        """Send op 1 HEARTBEAT (the client must answer immediately)."""
        await self._send(self._live_connection(), {"op": 1, "s": None, "t": None, "d": None})

    @property
    def current_session(self) -> Session | None:
        return self._current_session

    # =========================================================================================
    # interactions

    def _base_interaction(
        self,
        itype: int,
        data: dict[str, Any] | None,
        *,
        guild: Any = DEFAULT,
        channel: Any = None,
        user: Any = None,
        permissions: int | None = None,
        locale: str = "en-US",
        app_permissions: int | None = None,
    ) -> dict[str, Any]:
        g = self._resolve_guild(guild)
        payload: dict[str, Any] = {
            "id": str(self.snowflakes.next()),
            "application_id": str(self.application_id),
            "type": itype,
            "token": "emu-interaction-" + secrets.token_urlsafe(24),
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        if data is not None:
            payload["data"] = data
        if g is not None:
            member = self._resolve_member(user, g)
            if channel is None:
                ch = next((c for c in g.channels if c.type in (0, 5)), None)
                if ch is None:
                    raise ValueError(f"guild {g.name!r} has no text channel")
            else:
                ch = g.channel(self._channel_id(channel))
            perms = permissions if permissions is not None else g.base_permissions(member)
            bot_member = next((m for m in g.members if m.user.id == self.bot_user.id), None)
            if app_permissions is None:
                app_permissions = g.base_permissions(bot_member) if bot_member else Perm.BOT
            member_dict = member.to_dict()
            member_dict["permissions"] = str(perms)
            channel_dict = ch.to_dict()
            channel_dict["permissions"] = str(perms)
            payload.update(
                guild_id=str(g.id),
                guild={"id": str(g.id), "locale": g.preferred_locale, "features": list(g.features)},
                guild_locale=g.preferred_locale,
                channel_id=str(ch.id),
                channel=channel_dict,
                member=member_dict,
                app_permissions=str(app_permissions),
                authorizing_integration_owners={"0": str(g.id)},
                context=0,
            )
        else:
            u = self._resolve_user(user, None)
            cid = self._dm_channel_id(u) if channel is None else self._channel_id(channel)
            payload.update(
                channel_id=str(cid),
                channel={"id": str(cid), "type": 1, "last_message_id": None, "flags": 0,
                         "recipients": [u.to_dict()]},
                user=u.to_dict(),
                app_permissions=str(app_permissions if app_permissions is not None else Perm.BOT),
                authorizing_integration_owners={"0": "0"},
                context=1,
            )
        return payload

    async def dispatch_interaction(
        self,
        payload: dict[str, Any],
        *,
        source_message: StoredMessage | None = None,
        focused_type: int | None = None,
    ) -> InteractionHandle:
        """Dispatch a complete INTERACTION_CREATE payload and return its handle."""
        for key in ("id", "type", "token", "application_id", "version", "attachment_size_limit"):
            if key not in payload:
                raise ValueError(f"INTERACTION_CREATE payload is missing {key!r} (discord.py would crash)")
        if payload.get("guild_id") and "user" not in payload.get("member", {}):
            raise ValueError("guild interactions need member.user (discord.py would crash)")
        self._require_session()
        loop = asyncio.get_running_loop()
        handle = InteractionHandle(self, copy.deepcopy(payload), loop.time())
        handle.source_message = source_message
        handle.focused_type = focused_type
        self.interactions[handle.id] = handle
        self._handles_by_token[handle.token] = handle
        await self.dispatch_event("INTERACTION_CREATE", payload)
        return handle

    # -- application commands --------------------------------------------------------------------

    def _lookup_registered(self, name: str, ctype: int, guild: FakeGuild | None) -> dict[str, Any] | None:
        if guild is not None:
            cmd = self._guild_commands.get(guild.id, {}).get((ctype, name))
            if cmd is not None:
                return cmd
        return self._global_commands.get((ctype, name))

    def _command_or_raise(self, name: str, ctype: int, guild: FakeGuild | None) -> dict[str, Any]:
        cmd = self._lookup_registered(name, ctype, guild)
        if cmd is None:
            known = sorted(f"{n} (type {t})" for t, n in
                           list(self._global_commands) + list(self._guild_commands.get(guild.id if guild else 0, {})))
            raise LookupError(f"command {name!r} (type {ctype}) is not registered with the emulator; "
                              f"did the bot sync? registered: {known}")
        return cmd

    @staticmethod
    def _check_invocable(cmd: dict[str, Any] | None, payload: dict[str, Any]) -> None:
        """Raise CommandNotInvocable if Discord's client would not offer ``cmd`` to this user here."""
        if cmd is None:
            return
        context = payload.get("context", 0)
        contexts = cmd.get("contexts")
        if contexts is not None and context not in contexts:
            raise CommandNotInvocable(f"command {cmd['name']!r} is not available in context {context} "
                                      f"(contexts={contexts})")
        if context == 1 and contexts is None and cmd.get("dm_permission") is False:
            raise CommandNotInvocable(f"command {cmd['name']!r} has dm_permission=false")
        required = cmd.get("default_member_permissions")
        if required is not None and "member" in payload:
            perms = int(payload["member"].get("permissions") or 0)
            need = int(required)
            if not perms & Perm.ADMINISTRATOR and (need == 0 or (perms & need) != need):
                raise CommandNotInvocable(
                    f"member lacks default_member_permissions={required} for {cmd['name']!r} (has {perms}); "
                    "pass enforce_permissions=False to invoke it anyway (as if a server admin overrode it)")

    def _option_value(self, otype: int, name: str, value: Any, resolved: dict[str, Any],
                      guild: FakeGuild | None) -> Any:
        if otype == 3:
            return str(value)
        if otype == 4:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"option {name!r} expects an integer, got {value!r}")
            return value
        if otype == 10:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"option {name!r} expects a number, got {value!r}")
            return value
        if otype == 5:
            if not isinstance(value, bool):
                raise ValueError(f"option {name!r} expects a boolean, got {value!r}")
            return value
        if otype in (6, 9) and (isinstance(value, FakeUser | FakeMember) or otype == 6):
            u = self._resolve_user(value, guild)
            resolved.setdefault("users", {})[str(u.id)] = u.to_dict()
            if guild is not None and guild.has_member(u.id):
                m = guild.member(u.id)
                md = m.to_dict(with_user=False)
                md["permissions"] = str(guild.base_permissions(m))
                resolved.setdefault("members", {})[str(u.id)] = md
            return str(u.id)
        if otype == 7:
            cid = self._channel_id(value)
            obj = self._channel_object(cid)
            if obj is None:
                raise ValueError(f"unknown channel {value!r}")
            resolved.setdefault("channels", {})[str(cid)] = {
                "id": obj["id"], "name": obj.get("name"), "type": obj["type"], "permissions": str(Perm.ALL),
                "parent_id": obj.get("parent_id"),
            }
            return str(cid)
        if otype in (8, 9):
            g = guild or self.guild
            role = value if hasattr(value, "permissions") else g.role(value if not str(value).isdigit() else
                                                                        int(value))
            resolved.setdefault("roles", {})[str(role.id)] = role.to_dict()
            return str(role.id)
        raise NotImplementedError(f"option type {otype} ({name!r}) is not supported by the emulator")

    def _build_options(
        self,
        schema: list[dict[str, Any]],
        values: dict[str, Any],
        *,
        focused: str | None,
        resolved: dict[str, Any],
        guild: FakeGuild | None,
        strict: bool,
    ) -> tuple[list[dict[str, Any]], int | None]:
        by_name = {o["name"]: o for o in schema}
        options: list[dict[str, Any]] = []
        focused_type: int | None = None
        for name, value in values.items():
            opt = by_name.get(name)
            if opt is None:
                if strict:
                    raise ValueError(f"command has no option {name!r}; options: {sorted(by_name)}")
                otype = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else \
                    10 if isinstance(value, float) else 3
            else:
                otype = opt["type"]
            entry: dict[str, Any] = {"name": name, "type": otype}
            if name == focused:
                entry["value"] = str(value)
                entry["focused"] = True
                focused_type = otype
                if opt is not None and strict and not opt.get("autocomplete"):
                    raise ValueError(f"option {name!r} does not have autocomplete enabled")
            else:
                entry["value"] = self._option_value(otype, name, value, resolved, guild)
                choices = (opt or {}).get("choices") or []
                if choices and strict and entry["value"] not in [c["value"] for c in choices]:
                    raise ValueError(f"{value!r} is not one of the choices for {name!r}: "
                                     f"{[c['value'] for c in choices]}")
                if opt is not None and otype == 3 and strict:
                    lo, hi = opt.get("min_length"), opt.get("max_length")
                    if (lo is not None and len(entry["value"]) < lo) or (hi is not None and len(entry["value"]) > hi):
                        raise ValueError(f"{value!r} violates length limits of {name!r} ({lo}..{hi})")
                if opt is not None and otype in (4, 10) and strict:
                    lo, hi = opt.get("min_value"), opt.get("max_value")
                    if (lo is not None and entry["value"] < lo) or (hi is not None and entry["value"] > hi):
                        raise ValueError(f"{value!r} violates value limits of {name!r} ({lo}..{hi})")
            options.append(entry)
        if focused is not None and focused not in values:
            opt = by_name.get(focused)
            if opt is None and strict:
                raise ValueError(f"command has no option {focused!r}")
            focused_type = opt["type"] if opt else 3
            options.append({"name": focused, "type": focused_type, "value": "", "focused": True})
        if strict and focused is None:
            missing = [o["name"] for o in schema if o.get("required") and o["name"] not in values]
            if missing:
                raise ValueError(f"missing required option(s) {missing}")
        return options, focused_type

    def _chat_input_data(
        self,
        name: str,
        options: dict[str, Any] | None,
        *,
        guild: FakeGuild | None,
        focused: str | None,
        strict: bool,
    ) -> tuple[dict[str, Any], int | None]:
        parts = name.split()
        root = parts[0]
        cmd = self._lookup_registered(root, 1, guild)
        if cmd is None and strict:
            self._command_or_raise(root, 1, guild)
        values = dict(options or {})
        resolved: dict[str, Any] = {}
        schema = (cmd or {}).get("options") or []
        # descend into subcommand groups / subcommands
        chain: list[tuple[str, int]] = []
        for sub in parts[1:]:
            opt = next((o for o in schema if o["name"] == sub and o["type"] in (1, 2)), None)
            if opt is None:
                if strict:
                    raise ValueError(f"{root!r} has no subcommand/group {sub!r}")
                opt = {"name": sub, "type": 1, "options": []}
            chain.append((sub, opt["type"]))
            schema = opt.get("options") or []
        leaf, focused_type = self._build_options(schema, values, focused=focused, resolved=resolved, guild=guild,
                                                 strict=strict)
        current: list[dict[str, Any]] = leaf
        for sub, stype in reversed(chain):
            current = [{"name": sub, "type": stype, "options": current}]
        data: dict[str, Any] = {
            "id": cmd["id"] if cmd else str(self.snowflakes.next()),
            "name": root,
            "type": 1,
            "options": current,
        }
        if resolved:
            data["resolved"] = resolved
        if cmd is not None and cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        return data, focused_type

    async def slash_command(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        guild: Any = DEFAULT,
        channel: Any = None,
        user: Any = None,
        dm: bool = False,
        permissions: int | None = None,
        locale: str = "en-US",
        app_permissions: int | None = None,
        strict: bool = True,
        enforce_permissions: bool = True,
        extra: dict[str, Any] | None = None,
    ) -> InteractionHandle:
        """Invoke a chat-input command (type 2 / command type 1) as ``user``.

        ``name`` may contain subcommands (``"faq search"``). ``options`` maps option names to values; their
        types come from the command the bot registered (``strict=False`` allows unregistered commands and
        guesses types). ``dm=True`` sends it from a DM; otherwise from ``channel`` (default: first text
        channel) of ``guild`` (default: the first guild) with the member's computed ``permissions``.
        With ``enforce_permissions`` a command hidden by ``contexts``/``default_member_permissions`` raises
        :class:`CommandNotInvocable`. ``extra`` is merged into the payload last (e.g. ``{"context": 2}``).
        """
        g = None if dm else self._resolve_guild(guild)
        data, _ = self._chat_input_data(name, options, guild=g, focused=None, strict=strict)
        payload = self._base_interaction(2, data, guild=g, channel=channel, user=user, permissions=permissions,
                                         locale=locale, app_permissions=app_permissions)
        payload.update(extra or {})
        if enforce_permissions:
            self._check_invocable(self._lookup_registered(name.split()[0], 1, g), payload)
        return await self.dispatch_interaction(payload)

    async def autocomplete(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        focused: str,
        guild: Any = DEFAULT,
        channel: Any = None,
        user: Any = None,
        dm: bool = False,
        permissions: int | None = None,
        locale: str = "en-US",
        strict: bool = True,
        enforce_permissions: bool = True,
        extra: dict[str, Any] | None = None,
    ) -> InteractionHandle:
        """Send an autocomplete interaction (type 4). ``options[focused]`` is the partial text typed so far."""
        g = None if dm else self._resolve_guild(guild)
        data, focused_type = self._chat_input_data(name, options, guild=g, focused=focused, strict=strict)
        payload = self._base_interaction(4, data, guild=g, channel=channel, user=user, permissions=permissions,
                                         locale=locale)
        payload.update(extra or {})
        if enforce_permissions:
            self._check_invocable(self._lookup_registered(name.split()[0], 1, g), payload)
        return await self.dispatch_interaction(payload, focused_type=focused_type)

    async def message_command(
        self,
        name: str,
        message: StoredMessage | dict[str, Any],
        *,
        user: Any = None,
        permissions: int | None = None,
        locale: str = "en-US",
        strict: bool = True,
        enforce_permissions: bool = True,
        extra: dict[str, Any] | None = None,
    ) -> InteractionHandle:
        """Invoke a message context-menu command (type 2 / command type 3) on ``message``."""
        msg_data = message.data if isinstance(message, StoredMessage) else message
        ch, guild, _ = self._lookup_channel(int(msg_data["channel_id"]))
        cmd = self._lookup_registered(name, 3, guild)
        if cmd is None and strict:
            self._command_or_raise(name, 3, guild)
        data: dict[str, Any] = {
            "id": cmd["id"] if cmd else str(self.snowflakes.next()),
            "name": name,
            "type": 3,
            "target_id": str(msg_data["id"]),
            "resolved": {"messages": {str(msg_data["id"]): copy.deepcopy(msg_data)}},
        }
        if cmd is not None and cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        payload = self._base_interaction(2, data, guild=guild, channel=ch.id if ch else msg_data["channel_id"],
                                         user=user, permissions=permissions, locale=locale)
        payload.update(extra or {})
        if enforce_permissions:
            self._check_invocable(cmd, payload)
        return await self.dispatch_interaction(payload)

    async def user_command(
        self,
        name: str,
        target: Any,
        *,
        guild: Any = DEFAULT,
        channel: Any = None,
        user: Any = None,
        permissions: int | None = None,
        strict: bool = True,
        enforce_permissions: bool = True,
        extra: dict[str, Any] | None = None,
    ) -> InteractionHandle:
        """Invoke a user context-menu command (type 2 / command type 2) on ``target``."""
        g = self._resolve_guild(guild)
        cmd = self._lookup_registered(name, 2, g)
        if cmd is None and strict:
            self._command_or_raise(name, 2, g)
        resolved: dict[str, Any] = {}
        target_id = self._option_value(6, "target", target, resolved, g)
        data: dict[str, Any] = {"id": cmd["id"] if cmd else str(self.snowflakes.next()), "name": name, "type": 2,
                                "target_id": target_id, "resolved": resolved}
        if cmd is not None and cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        payload = self._base_interaction(2, data, guild=g, channel=channel, user=user, permissions=permissions)
        payload.update(extra or {})
        if enforce_permissions:
            self._check_invocable(cmd, payload)
        return await self.dispatch_interaction(payload)

    # -- components & modals --------------------------------------------------------------------

    def _message_of(self, message: StoredMessage | int | str) -> StoredMessage:
        if isinstance(message, StoredMessage):
            return message
        msg = self.messages.get(int(message))
        if msg is None:
            raise KeyError(f"unknown message {message!r}")
        return msg

    def _context_for_message(self, msg: StoredMessage, user: Any) -> tuple[FakeGuild | None, int, Any]:
        _ch, guild, recipient = self._lookup_channel(msg.channel_id)
        if user is None and msg.interaction_id is not None and msg.interaction_id in self.interactions:
            src = self.interactions[msg.interaction_id].payload
            user = int(self._interaction_user_dict(src)["id"])
        if user is None and recipient is not None:
            user = recipient
        return guild, msg.channel_id, user

    async def component_interaction(
        self,
        message: StoredMessage | int,
        custom_id: str,
        *,
        values: list[str] | None = None,
        component_type: int | None = None,
        user: Any = None,
        permissions: int | None = None,
        locale: str = "en-US",
        check: bool = True,
        resolved: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> InteractionHandle:
        """Send a component interaction (type 3) for ``custom_id`` on ``message``.

        The default user is whoever triggered the interaction that produced ``message``. With ``check``
        the component must exist on the message, be enabled, and ``values`` must be valid options."""
        msg = self._message_of(message)
        comp: dict[str, Any] | None = None
        try:
            comp = msg.find_component(custom_id)
        except KeyError:
            if check:
                raise
        if comp is not None and check:
            if comp.get("disabled"):
                raise ValueError(f"component {custom_id!r} is disabled")
            if comp.get("type") == 2 and comp.get("style") in (5, 6):
                raise ValueError(f"component {custom_id!r} is a link/premium button and sends no interaction")
            if comp.get("type") == 3 and values is not None:
                allowed = [o.get("value") for o in comp.get("options") or []]
                bad = [v for v in values if v not in allowed]
                if bad:
                    raise ValueError(f"values {bad} are not options of select {custom_id!r}: {allowed}")
                lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
                if not lo <= len(values) <= hi:
                    raise ValueError(f"select {custom_id!r} needs {lo}..{hi} values, got {len(values)}")
        ctype = component_type or (comp.get("type") if comp else None) or (3 if values is not None else 2)
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": ctype}
        if ctype in (3, 5, 6, 7, 8):
            data["values"] = list(values or [])
            if resolved:
                data["resolved"] = resolved
        guild, channel_id, user = self._context_for_message(msg, user)
        payload = self._base_interaction(3, data, guild=guild, channel=channel_id if guild else None, user=user,
                                         permissions=permissions, locale=locale)
        if guild is None:
            payload["channel_id"] = str(channel_id)
            payload["channel"]["id"] = str(channel_id)
        payload["message"] = copy.deepcopy(msg.data)
        payload.update(extra or {})
        return await self.dispatch_interaction(payload, source_message=msg)

    async def click_button(self, message: StoredMessage | int, custom_id: str | None = None, *,
                           label: str | None = None, user: Any = None, **kwargs: Any) -> InteractionHandle:
        """Click a button identified by ``custom_id`` or ``label``."""
        msg = self._message_of(message)
        if custom_id is None:
            if label is None:
                raise ValueError("give custom_id or label")
            custom_id = msg.find_component(label=label)["custom_id"]
        return await self.component_interaction(msg, custom_id, component_type=2, user=user, **kwargs)

    async def select_menu(self, message: StoredMessage | int, custom_id: str, values: list[str], *,
                          user: Any = None, **kwargs: Any) -> InteractionHandle:
        """Choose ``values`` in a select menu."""
        return await self.component_interaction(message, custom_id, values=values, user=user, **kwargs)

    async def submit_modal(
        self,
        source: InteractionHandle | CallbackRecord,
        values: dict[str, str | list[str]],
        *,
        user: Any = None,
        check: bool = True,
    ) -> InteractionHandle:
        """Submit the modal the bot opened (callback type 9) with ``values`` keyed by custom_id."""
        handle = source if isinstance(source, InteractionHandle) else None
        cb = source.callback if isinstance(source, InteractionHandle) else source
        if cb is None or cb.type != 9:
            raise ValueError("the source interaction was not answered with a modal (callback type 9)")
        if handle is None:
            handle = next(h for h in self.interactions.values() if h.callback is cb)
        modal = cb.data
        remaining = dict(values)
        components: list[dict[str, Any]] = []

        def submitted(comp: dict[str, Any]) -> dict[str, Any]:
            cid = comp.get("custom_id")
            out: dict[str, Any] = {"type": comp.get("type"), "custom_id": cid}
            if "id" in comp:
                out["id"] = comp["id"]
            if comp.get("type") == 4:
                value = remaining.pop(cid, comp.get("value") or "") if cid is not None else ""
                if not isinstance(value, str):
                    raise ValueError(f"text input {cid!r} needs a string")
                if check:
                    if comp.get("required", True) and not value:
                        raise ValueError(f"text input {cid!r} is required")
                    lo, hi = comp.get("min_length"), comp.get("max_length")
                    if value and ((lo is not None and len(value) < lo) or (hi is not None and len(value) > hi)):
                        raise ValueError(f"text input {cid!r} must be {lo}..{hi} characters")
                out["value"] = value
            else:
                v = remaining.pop(cid, []) if cid is not None else []
                out["values"] = [v] if isinstance(v, str) else list(v)
            return out

        for comp in modal.get("components") or []:
            if comp.get("type") == 1:
                components.append({"type": 1, "components": [submitted(c) for c in comp.get("components") or []]})
            elif comp.get("type") == 18 and isinstance(comp.get("component"), dict):
                row: dict[str, Any] = {"type": 18, "component": submitted(comp["component"])}
                if "id" in comp:
                    row["id"] = comp["id"]
                components.append(row)
        if remaining and check:
            raise ValueError(f"modal has no inputs {sorted(remaining)}")
        data = {"custom_id": modal.get("custom_id"), "components": components}
        src = handle.payload
        guild = self._resolve_guild(src["guild_id"]) if src.get("guild_id") else None
        if user is None:
            user = int(self._interaction_user_dict(src)["id"])
        payload = self._base_interaction(5, data, guild=guild, channel=src.get("channel_id") if guild else None,
                                         user=user, locale=src.get("locale", "en-US"))
        if guild is None:
            payload["channel_id"] = src["channel_id"]
            payload["channel"] = copy.deepcopy(src["channel"])
        source_message = handle.source_message
        if source_message is not None:
            payload["message"] = copy.deepcopy(source_message.data)
        return await self.dispatch_interaction(payload, source_message=source_message)

    # =========================================================================================
    # control API (standalone mode) and state dump

    async def _control(self, request: web.Request) -> web.Response:
        """``GET /_emulator/state``; ``POST /_emulator/slash`` ``{"name", "options", "user", "dm", "timeout"}``;
        ``POST /_emulator/drop``; ``POST /_emulator/reconnect``; ``POST /_emulator/invalidate``."""
        action = request.path[len("/_emulator/"):]
        try:
            body = await request.json() if request.can_read_body else {}
            if request.method == "GET" and action == "state":
                return self._json(self.snapshot())
            if request.method == "POST" and action == "slash":
                handle = await self.slash_command(body["name"], body.get("options") or {}, user=body.get("user"),
                                                  dm=bool(body.get("dm", False)))
                cb = await handle.wait_callback(timeout=float(body.get("timeout", 5.0)))
                return self._json({"interaction_id": str(handle.id), "callback": cb.payload,
                                   "violations": [str(v) for v in handle.violations]})
            if request.method == "POST" and action == "drop":
                await self.drop_connection()
                return self._json({"ok": True})
            if request.method == "POST" and action == "reconnect":
                await self.send_reconnect()
                return self._json({"ok": True})
            if request.method == "POST" and action == "invalidate":
                await self.invalidate_session(resumable=bool(body.get("resumable", False)))
                return self._json({"ok": True})
        except Exception as exc:
            return self._json({"error": f"{type(exc).__name__}: {exc}"}, status=400)
        return self._json({"error": f"unknown control action {request.method} {action}"}, status=404)


    def snapshot(self) -> dict[str, Any]:
        return {
            "api_base": self.api_base,
            "gateway_url": self.gateway_url,
            "identify_count": self.identify_count,
            "ready_count": self.ready_count,
            "resume_count": self.resume_count,
            "violations": [str(v) for v in self.violations],
            "unknown_requests": [r.route for r in self.unknown_requests],
            "requests": [{"route": r.route, "status": r.status, "json": r.json} for r in self.requests[-200:]],
            "global_commands": self.registered_commands(),
            "guild_commands": {str(g): list(c.values()) for g, c in self._guild_commands.items()},
            "interactions": [
                {"id": h.id, "type": h.type, "name": h.data.get("name"), "callback": h.callback.payload
                 if h.callback else None, "followups": [m.data for m in h.followups]}
                for h in self.interactions.values()
            ],
            "channel_messages": {str(c): [m.data for m in msgs] for c, msgs in self.channel_messages.items()},
            "errors": self.errors,
        }
