"""How the emulator answers an interaction callback (POST /interactions/{id}/{token}/callback).

Order of checks, like Discord: unknown interaction or token -> 404 10062; already acknowledged -> 400 40060;
later than ``interaction_deadline`` after dispatch -> 404 10062; a callback type the interaction type does not
allow, or a payload that breaks Discord's limits -> 400 with Discord's error body (and a recorded violation).
An accepted callback is stored as ``handle.callback`` (a :class:`CallbackRecord`); types 4 and 5 create the
original response message, 7 edits the component's message in place, 6 only acknowledges.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web
from discord.enums import InteractionResponseType as Response
from discord.enums import InteractionType

from .core import _truthy
from .records import InteractionHandle
from .sent import CallbackRecord, RequestRecord, StoredMessage
from .validation import EPHEMERAL, LOADING, Errors, validate_autocomplete, validate_modal
from .webhooks import WebhooksLayer

PREMIUM_REQUIRED = 10  # deprecated callback type; discord.py no longer names it

CHANNEL_MESSAGE = Response.channel_message.value
DEFERRED_CHANNEL_MESSAGE = Response.deferred_channel_message.value
DEFERRED_UPDATE = Response.deferred_message_update.value
MESSAGE_UPDATE = Response.message_update.value
AUTOCOMPLETE_RESULT = Response.autocomplete_result.value
MODAL = Response.modal.value
LAUNCH_ACTIVITY = Response.launch_activity.value

# Interaction type -> callback types Discord accepts for it.
ALLOWED_CALLBACKS: dict[int, set[int]] = {
    InteractionType.ping.value: {Response.pong.value},
    InteractionType.application_command.value: {
        CHANNEL_MESSAGE,
        DEFERRED_CHANNEL_MESSAGE,
        MODAL,
        PREMIUM_REQUIRED,
        LAUNCH_ACTIVITY,
    },
    InteractionType.component.value: {
        CHANNEL_MESSAGE,
        DEFERRED_CHANNEL_MESSAGE,
        DEFERRED_UPDATE,
        MESSAGE_UPDATE,
        MODAL,
        PREMIUM_REQUIRED,
        LAUNCH_ACTIVITY,
    },
    InteractionType.autocomplete.value: {AUTOCOMPLETE_RESULT},
    InteractionType.modal_submit.value: {
        CHANNEL_MESSAGE,
        DEFERRED_CHANNEL_MESSAGE,
        DEFERRED_UPDATE,
        MESSAGE_UPDATE,
        PREMIUM_REQUIRED,
        LAUNCH_ACTIVITY,
    },
}


def _prefix(err: Any, *prefix: str) -> Any:
    err.path = (*prefix, *err.path)
    return err


def _allowed_callbacks(handle: InteractionHandle) -> set[int]:
    allowed = set(ALLOWED_CALLBACKS.get(handle.type, set()))
    if handle.type == InteractionType.modal_submit.value and handle.source_message is None:
        allowed -= {DEFERRED_UPDATE, MESSAGE_UPDATE}  # only a modal opened from a component can update
    return allowed


class CallbacksLayer(WebhooksLayer):
    """Interaction callbacks."""

    def _build_routes(self) -> None:
        super()._build_routes()
        r = self._add_route
        r("POST", "/interactions/{interaction_id}/{token}/callback", self._h_interaction_callback, auth=False)

    async def _h_interaction_callback(
        self, request: web.Request, rec: RequestRecord, interaction_id: str, token: str
    ) -> web.Response:
        handle = self.interactions.get(int(interaction_id)) if interaction_id.isdigit() else None
        if handle is None or handle.token != token:
            return self._violation(
                "unknown_interaction", f"callback for unknown interaction {interaction_id}", request=rec
            )
        resp = await self._interaction_callback(rec, handle)
        handle.attempts.append((rec, resp.status))
        return resp

    async def _interaction_callback(self, rec: RequestRecord, handle: InteractionHandle) -> web.Response:
        latency = rec.time - handle.dispatched_at
        refused = self._refuse_callback(rec, handle, latency)
        if refused is not None:
            return refused
        body = rec.json
        if not isinstance(body, dict) or not isinstance(body.get("type"), int):
            errors = Errors()
            errors.add(("type",), "Interaction callback needs an integer type", "callback", "BASE_TYPE_REQUIRED")
            return self._reject(errors, rec, handle) or self._json(errors.to_discord_body(), status=400)
        ctype: int = body["type"]
        rejected = self._reject(self._callback_errors(rec, handle, ctype, body.get("data")), rec, handle)
        if rejected is not None:
            return rejected
        data = body.get("data")
        msg = self._apply_callback(rec, handle, ctype, data if isinstance(data, dict) else {})
        handle.callback = CallbackRecord(
            type=ctype,
            payload=body,
            files=rec.files,
            received_at=asyncio.get_running_loop().time(),
            latency=latency,
            message=msg,
            request=rec,
        )
        self._notify()
        if not _truthy(rec.query.get("with_response")):
            return self._ok(None, rec, status=204)
        return self._ok(self._callback_response(handle, ctype, msg), rec)

    def _refuse_callback(self, rec: RequestRecord, handle: InteractionHandle, latency: float) -> web.Response | None:
        """A second acknowledgement, or one after the deadline, is refused as Discord does."""
        if handle.callback is not None:
            message = f"interaction {handle.id} was already acknowledged with {handle.callback.type_name}"
            return self._violation("already_acknowledged", message, request=rec, handle=handle)
        if latency > self.interaction_deadline:
            message = f"callback {latency:.2f}s after dispatch (deadline {self.interaction_deadline}s)"
            return self._violation("late_callback", message, request=rec, handle=handle)
        return None

    def _callback_errors(self, rec: RequestRecord, handle: InteractionHandle, ctype: int, data: Any) -> Errors:
        """Everything wrong with a callback of type ``ctype`` carrying ``data`` (empty when it is valid)."""
        errors = Errors()
        allowed = _allowed_callbacks(handle)
        if ctype not in allowed:
            errors.add(
                ("type",),
                f"callback type {ctype} is not valid for interaction type {handle.type} (allowed: {sorted(allowed)})",
                "callback",
                "INTERACTION_CALLBACK_TYPE_INVALID",
            )
        elif ctype in (CHANNEL_MESSAGE, MESSAGE_UPDATE):
            errors.extend(self._callback_message_errors(rec, handle, ctype, data))
            errors.items = [_prefix(e, "data") for e in errors.items]
        elif ctype == DEFERRED_CHANNEL_MESSAGE:
            flags = data.get("flags") if isinstance(data, dict) else None
            if flags is not None and (not isinstance(flags, int) or flags & ~EPHEMERAL):
                errors.add(
                    ("data", "flags"), f"deferred response flags may only contain EPHEMERAL, got {flags!r}", "flags"
                )
        elif ctype == AUTOCOMPLETE_RESULT:
            errors.extend(validate_autocomplete(data, handle.focused_type))
        elif ctype == MODAL:
            errors.extend(validate_modal(data))
        return errors

    def _callback_message_errors(self, rec: RequestRecord, handle: InteractionHandle, ctype: int, data: Any) -> Errors:
        if ctype == CHANNEL_MESSAGE:
            return self._message_errors(data, rec, allow_ephemeral=True)
        src = handle.source_message
        return self._message_errors(data, rec, existing_flags=src.flags if src else 0)

    def _apply_callback(
        self, rec: RequestRecord, handle: InteractionHandle, ctype: int, data: dict[str, Any]
    ) -> StoredMessage | None:
        """Create or edit the message an accepted callback stands for; return it (None if there is none)."""
        msg: StoredMessage | None = None
        if ctype == CHANNEL_MESSAGE:
            msg = self._create_interaction_message(handle, data, rec.files, original=True)
            handle.original = msg
        elif ctype == DEFERRED_CHANNEL_MESSAGE:
            flags = (int(data.get("flags") or 0) & EPHEMERAL) | LOADING
            msg = self._create_interaction_message(handle, {"content": ""}, [], original=True, flags=flags)
            handle.original = msg
        elif ctype == DEFERRED_UPDATE:
            handle.original = handle.source_message
        elif ctype == MESSAGE_UPDATE:
            assert handle.source_message is not None
            msg = handle.source_message
            self._apply_edit(msg, data, rec.files)
            handle.original = msg
            handle.edits.append(data)
        return msg

    @staticmethod
    def _callback_response(handle: InteractionHandle, ctype: int, msg: StoredMessage | None) -> dict[str, Any]:
        """The ``?with_response=true`` body (an InteractionCallbackResponse)."""
        result: dict[str, Any] = {
            "interaction": {
                "id": str(handle.id),
                "type": handle.type,
                "activity_instance_id": None,
                "response_message_id": str(msg.id) if msg else None,
                "response_message_loading": ctype == DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": bool(msg and msg.ephemeral),
            }
        }
        if msg is not None:
            result["resource"] = {"type": ctype, "message": msg.data}
        return result
