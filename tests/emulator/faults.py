"""Fault injection: rate limits, error statuses and delays for requests matching a pattern."""

from __future__ import annotations

import hashlib
import math
import time
from typing import Any

from aiohttp import web

from .core import EmulatorCore
from .records import Fault
from .sent import RequestRecord


class FaultsLayer(EmulatorCore):
    """Injected faults and how they are answered."""

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
        fault = Fault(
            self._normalize_pattern(pattern),
            "rate_limit",
            count,
            status=429,
            retry_after=retry_after,
            is_global=is_global,
            scope=scope,
        )
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
