"""How the emulator answers an interaction callback (POST /interactions/{id}/{token}/callback)."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from .core import (
    _truthy,
)
from .records import (
    CallbackRecord,
    InteractionHandle,
    RequestRecord,
    StoredMessage,
)
from .validation import (
    EPHEMERAL,
    LOADING,
    Errors,
    validate_autocomplete,
    validate_message,
    validate_modal,
)
from .webhooks import WebhooksLayer

# Interaction type -> callback types Discord accepts for it.
ALLOWED_CALLBACKS: dict[int, set[int]] = {
    1: {1},
    2: {4, 5, 9, 10, 12},
    3: {4, 5, 6, 7, 9, 10, 12},
    4: {8},
    5: {4, 5, 6, 7, 10, 12},
}



class CallbacksLayer(WebhooksLayer):
    """Interaction callbacks."""

    def _build_routes(self) -> None:
        super()._build_routes()
        r = self._add_route
        r("POST", "/interactions/{interaction_id}/{token}/callback", self._h_interaction_callback, auth=False)

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
