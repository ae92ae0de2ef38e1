"""HTTP plumbing: route table, body parsing, auth, faults, and the rate-limit headers on success."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
import traceback
from typing import Any

from aiohttp import BodyPartReader, web

from .core import API_PREFIX, _Route, log
from .faults import FaultsLayer
from .refusals import Refused
from .sent import RequestRecord, UploadedFile


class HttpLayer(FaultsLayer):
    """Receives every REST request and dispatches it to a resource handler."""

    def _match(self, method: str, rel: str) -> tuple[_Route, dict[str, str]] | None:
        for route in self._routes:
            if route.method != method:
                continue
            m = route.regex.match(rel)
            if m:
                return route, m.groupdict()
        return None

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
        rel = request.path[len(API_PREFIX) :] if request.path.startswith(API_PREFIX + "/") else request.path
        headers = {
            k: v
            for k, v in request.headers.items()
            if k.lower() in ("authorization", "content-type", "user-agent", "x-audit-log-reason")
        }
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
            peer=str(request.transport.get_extra_info("peername")) if request.transport is not None else None,
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

    async def _process(
        self, request: web.Request, record: RequestRecord, rel: str, parse_error: str | None
    ) -> web.StreamResponse:
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
            return self._violation("auth", f"missing or wrong Authorization header for {route.key}", request=record)
        if parse_error is not None:
            return self._violation("invalid_json", parse_error, request=record)
        try:
            return await route.handler(request, record, **params)
        except Refused as refused:
            return refused.response

    def _unknown(self, record: RequestRecord) -> web.Response:
        self.unknown_requests.append(record)
        log.warning("emulator: unknown route %s", record.route)
        return self._error(404, 0, "404: Not Found")

    def _ok(self, data: Any, record: RequestRecord, status: int = 200) -> web.Response:
        headers: dict[str, str] = {"Via": "1.1 google"}
        if self.ratelimit_headers and record.template:
            headers.update(
                {
                    "X-RateLimit-Limit": "50",
                    "X-RateLimit-Remaining": "49",
                    "X-RateLimit-Reset": f"{time.time() + 1.0:.3f}",
                    "X-RateLimit-Reset-After": "1.000",
                    "X-RateLimit-Bucket": hashlib.md5(record.template.encode()).hexdigest()[:16],
                }
            )
        if status == 204:
            return web.Response(status=204, headers=headers)
        return self._json(data, status=status, headers=headers)
