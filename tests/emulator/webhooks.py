"""Interaction webhooks (REST): follow-ups and the @original / follow-up messages."""

from __future__ import annotations

from aiohttp import web
from discord.enums import InteractionResponseType

from .core import _truthy
from .messages import MessagesLayer
from .records import InteractionHandle
from .refusals import Refused
from .sent import RequestRecord, StoredMessage


class WebhooksLayer(MessagesLayer):
    """Interaction webhook messages."""

    def _build_routes(self) -> None:
        super()._build_routes()
        r = self._add_route
        hook = "/webhooks/{app_id}/{token}"
        r("GET", hook + "/messages/@original", self._h_get_original, auth=False)
        r("PATCH", hook + "/messages/@original", self._h_edit_original, auth=False)
        r("DELETE", hook + "/messages/@original", self._h_delete_original, auth=False)
        r("POST", hook, self._h_followup, auth=False)
        r("GET", hook + "/messages/{message_id}", self._h_get_webhook_message, auth=False)
        r("PATCH", hook + "/messages/{message_id}", self._h_edit_webhook_message, auth=False)
        r("DELETE", hook + "/messages/{message_id}", self._h_delete_webhook_message, auth=False)

    def _webhook_handle(self, app_id: str, token: str, rec: RequestRecord) -> InteractionHandle:
        """The interaction this webhook token belongs to; 404 Unknown Webhook (and a violation) otherwise."""
        handle = self._handles_by_token.get(token)
        if app_id != str(self.application_id) or handle is None:
            message = f"unknown webhook {app_id}/{token[:12]}…"
            raise Refused(self._violation("unknown_webhook", message, request=rec))
        return handle

    async def _h_followup(self, request: web.Request, rec: RequestRecord, app_id: str, token: str) -> web.Response:
        handle = self._webhook_handle(app_id, token, rec)
        if handle.callback is None:
            message = "follow-up sent before the interaction was acknowledged"
            return self._violation("followup_before_ack", message, request=rec, handle=handle)
        self._check(self._message_errors(rec.json, rec, allow_ephemeral=True), rec, handle)
        payload = rec.json if isinstance(rec.json, dict) else {}
        original = handle.original
        deferred = handle.callback.type == InteractionResponseType.deferred_channel_message.value
        if deferred and original is not None and original.loading and not original.deleted:
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

    def _webhook_message(
        self, app_id: str, token: str, message_id: str, rec: RequestRecord
    ) -> tuple[InteractionHandle, StoredMessage | None]:
        """The interaction and its message (``@original`` or a follow-up's id); None for a missing or deleted one."""
        handle = self._webhook_handle(app_id, token, rec)
        if message_id == "@original":
            msg = handle.original
        else:
            msg = next((m for m in handle.messages() if str(m.id) == message_id), None)
        return handle, None if msg is None or msg.deleted else msg

    async def _get_webhook_msg(self, rec: RequestRecord, app_id: str, token: str, message_id: str) -> web.Response:
        _, msg = self._webhook_message(app_id, token, message_id, rec)
        if msg is None:
            return self._error(404, 10008, "Unknown Message")
        return self._ok(msg.data, rec)

    async def _edit_webhook_msg(self, rec: RequestRecord, app_id: str, token: str, message_id: str) -> web.Response:
        handle, msg = self._webhook_message(app_id, token, message_id, rec)
        if msg is None:
            message = f"edit of unknown message {message_id} (no response yet?)"
            return self._violation("unknown_message", message, request=rec, handle=handle)
        payload = self._edit_from_request(msg, rec, handle)
        if msg is handle.original:
            handle.edits.append(payload)
        self._notify()
        return self._ok(msg.data, rec)

    async def _delete_webhook_msg(self, rec: RequestRecord, app_id: str, token: str, message_id: str) -> web.Response:
        handle, msg = self._webhook_message(app_id, token, message_id, rec)
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

    async def _h_delete_original(
        self, request: web.Request, rec: RequestRecord, app_id: str, token: str
    ) -> web.Response:
        return await self._delete_webhook_msg(rec, app_id, token, "@original")

    async def _h_get_webhook_message(
        self, request: web.Request, rec: RequestRecord, app_id: str, token: str, message_id: str
    ) -> web.Response:
        return await self._get_webhook_msg(rec, app_id, token, message_id)

    async def _h_edit_webhook_message(
        self, request: web.Request, rec: RequestRecord, app_id: str, token: str, message_id: str
    ) -> web.Response:
        return await self._edit_webhook_msg(rec, app_id, token, message_id)

    async def _h_delete_webhook_message(
        self, request: web.Request, rec: RequestRecord, app_id: str, token: str, message_id: str
    ) -> web.Response:
        return await self._delete_webhook_msg(rec, app_id, token, message_id)
