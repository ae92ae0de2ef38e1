"""The Gateway websocket: HELLO, IDENTIFY/READY, RESUME, heartbeats, dispatch and disruption."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import traceback
import zlib
from typing import Any

from aiohttp import WSMsgType, web
from discord.gateway import DiscordWebSocket as Op

from .core import GUILDS_INTENT, PRIVILEGED_INTENTS, _dumps, copy_json, log
from .interactions import CallbacksLayer
from .models import FakeMember
from .records import GatewayEvent, Session

TRACE = '["emulator-gateway",{"micros":0}]'  # what Discord puts in "_trace" (a list of these)


def _frame(op: int, data: Any = None, *, event: str | None = None, seq: int | None = None) -> dict[str, Any]:
    """A gateway frame; only a DISPATCH (op 0) carries an event name and a sequence number."""
    return {"op": op, "s": seq, "t": event, "d": data}


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


class GatewayLayer(CallbacksLayer):
    """Gateway connections and sessions."""

    # =========================================================================================
    # gateway

    def _log_gateway(self, direction: str, conn: _Connection, frame: dict[str, Any] | None, data: Any = None) -> None:
        loop = asyncio.get_running_loop()
        if frame is None:
            self.gateway_log.append(GatewayEvent(direction, None, None, None, data, loop.time(), conn.id))
        else:
            self.gateway_log.append(
                GatewayEvent(
                    direction, frame.get("op"), frame.get("t"), frame.get("s"), frame.get("d"), loop.time(), conn.id
                )
            )
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
            hello = {"heartbeat_interval": self.heartbeat_interval_ms, "_trace": [TRACE]}
            await self._send(conn, _frame(Op.HELLO, hello))
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
        if op == Op.HEARTBEAT:
            self.heartbeat_count += 1
            if self.ack_heartbeats:
                await self._send(conn, _frame(Op.HEARTBEAT_ACK))
            return
        if op == Op.IDENTIFY:
            await self._identify(conn, d if isinstance(d, dict) else {})
            return
        if op == Op.RESUME:
            await self._resume(conn, d if isinstance(d, dict) else {})
            return
        if conn.session is None:
            await self._close(conn, 4003, "Not authenticated.")
            return
        if op in (Op.PRESENCE, Op.VOICE_STATE):  # accepted and ignored
            return
        if op == Op.REQUEST_MEMBERS:
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
            await self._send(conn, _frame(Op.INVALIDATE_SESSION, False))
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
            await self._send(conn, _frame(Op.DISPATCH, {"_trace": [TRACE]}, event="RESUMED", seq=session.seq))
        if old is not None and old is not conn and not old.closed:
            await self._close(old, 4000, "Session resumed elsewhere")
        self.resume_count += 1
        self._notify()

    async def _request_members(self, conn: _Connection, d: dict[str, Any]) -> None:
        gid = str(d.get("guild_id"))
        guild = self._guild_or_404(gid)
        members = _requested_members(guild.members if guild else [], d)
        chunk: dict[str, Any] = {
            "guild_id": gid,
            "members": [m.to_dict() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if d.get("nonce") is not None:
            chunk["nonce"] = d["nonce"]
        if conn.session is not None:
            await self._dispatch_to(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _dispatch_to(self, session: Session, event: str, data: Any) -> int:
        async with session.lock:
            session.seq += 1
            frame = _frame(Op.DISPATCH, data, event=event, seq=session.seq)
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
        return await self._dispatch_to(self._require_session(), event, copy_json(data))

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
        await self._send(conn, _frame(Op.RECONNECT))

    async def invalidate_session(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION. Non-resumable: the session is dropped and the client must re-IDENTIFY."""
        conn = self._live_connection()
        self._mark_disruption()
        if not resumable and conn.session is not None:
            conn.session.valid = False
        await self._send(conn, _frame(Op.INVALIDATE_SESSION, resumable))


def _requested_members(members: list[FakeMember], d: dict[str, Any]) -> list[FakeMember]:
    """The members a REQUEST_GUILD_MEMBERS asks for: by name prefix (``query``), by ``user_ids``, up to ``limit``."""
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
    return members
