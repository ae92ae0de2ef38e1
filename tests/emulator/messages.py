"""Channel messages (REST) and how the emulator builds, stores and edits any message."""

from __future__ import annotations

import copy
import re
from typing import Any

from aiohttp import web
from discord.enums import AppCommandType, InteractionType, MessageType

from .commands import CommandsLayer
from .models import iso_now
from .records import InteractionHandle
from .sent import RequestRecord, StoredMessage, UploadedFile
from .validation import IS_COMPONENTS_V2, LOADING, SUPPRESS_EMBEDS, Errors, validate_message


class MessagesLayer(CommandsLayer):
    """Channel messages and message storage."""

    def _build_routes(self) -> None:
        super()._build_routes()
        r = self._add_route
        r("POST", "/channels/{channel_id}/messages", self._h_create_channel_message)
        r("GET", "/channels/{channel_id}/messages", self._h_list_channel_messages)
        r("GET", "/channels/{channel_id}/messages/{message_id}", self._h_get_channel_message)
        r("PATCH", "/channels/{channel_id}/messages/{message_id}", self._h_edit_channel_message)
        r("DELETE", "/channels/{channel_id}/messages/{message_id}", self._h_delete_channel_message)
        r("POST", "/channels/{channel_id}/typing", self._h_typing)

    async def wait_channel_messages(self, channel: Any, count: int = 1, timeout: float = 5.0) -> list[StoredMessage]:
        cid = self._channel_id(channel)
        await self.wait_until(
            lambda: len(self.channel_messages.get(cid, [])) >= count, timeout, f"{count} message(s) in channel {cid}"
        )
        return self.channel_messages[cid]

    async def _h_create_channel_message(
        self, request: web.Request, rec: RequestRecord, channel_id: str
    ) -> web.Response:
        cid = int(channel_id) if channel_id.isdigit() else 0
        ch, guild, recipient = self._lookup_channel(cid)
        if ch is None and recipient is None:
            return self._violation("unknown_channel", f"message to unknown channel {channel_id}", request=rec)
        self._check(self._message_errors(rec.json, rec), rec)
        payload = rec.json if isinstance(rec.json, dict) else {}
        msg = self._new_message(
            channel_id=cid,
            guild_id=guild.id if guild else None,
            author=self.bot_user.to_dict(),
            payload=payload,
            files=rec.files,
            msg_type=MessageType.reply.value if payload.get("message_reference") else MessageType.default.value,
            flags=int(payload.get("flags") or 0),
        )
        if payload.get("message_reference"):
            msg.data["message_reference"] = payload["message_reference"]
        self._notify()
        return self._ok(msg.data, rec)

    async def _h_list_channel_messages(self, request: web.Request, rec: RequestRecord, channel_id: str) -> web.Response:
        cid = int(channel_id) if channel_id.isdigit() else 0
        msgs = [m.data for m in reversed(self.channel_messages.get(cid, [])) if not m.deleted and not m.ephemeral]
        limit = int(rec.query.get("limit", "50"))
        return self._ok(msgs[:limit], rec)

    def _channel_message(self, channel_id: str, message_id: str) -> StoredMessage:
        """A message of the channel the bot may see; 404 Unknown Message otherwise."""
        msg = self.messages.get(int(message_id)) if message_id.isdigit() else None
        if msg is None or msg.deleted or str(msg.channel_id) != channel_id or msg.ephemeral:
            self._refuse(404, 10008, "Unknown Message")  # ephemeral ones are reachable only through the webhook
        return msg

    async def _h_get_channel_message(
        self, request: web.Request, rec: RequestRecord, channel_id: str, message_id: str
    ) -> web.Response:
        return self._ok(self._channel_message(channel_id, message_id).data, rec)

    async def _h_edit_channel_message(
        self, request: web.Request, rec: RequestRecord, channel_id: str, message_id: str
    ) -> web.Response:
        msg = self._channel_message(channel_id, message_id)
        if msg.data.get("author", {}).get("id") != str(self.bot_user.id):
            return self._violation("forbidden", "bot tried to edit a message authored by someone else", request=rec)
        self._edit_from_request(msg, rec)
        self._notify()
        return self._ok(msg.data, rec)

    async def _h_delete_channel_message(
        self, request: web.Request, rec: RequestRecord, channel_id: str, message_id: str
    ) -> web.Response:
        self._channel_message(channel_id, message_id).deleted = True
        self._notify()
        return self._ok(None, rec, status=204)

    async def _h_typing(self, request: web.Request, rec: RequestRecord, channel_id: str) -> web.Response:
        return self._ok(None, rec, status=204)

    # =========================================================================================
    # messages

    def _message_errors(
        self, payload: Any, rec: RequestRecord, *, allow_ephemeral: bool = False, existing_flags: int | None = None
    ) -> Errors:
        """What Discord refuses in a message the bot creates (no ``existing_flags``) or edits (the message's flags)."""
        creating = existing_flags is None
        return validate_message(
            payload if creating or payload is not None else {},
            creating=creating,
            allow_ephemeral=allow_ephemeral and creating,
            require_allowed_mentions=self.require_allowed_mentions,
            n_files=len(rec.files),
            existing_flags=existing_flags or 0,
        )

    def _edit_from_request(
        self, msg: StoredMessage, rec: RequestRecord, handle: InteractionHandle | None = None
    ) -> dict[str, Any]:
        """Check the request's edit of ``msg`` (400 when rejecting), apply it and return its payload."""
        self._check(self._message_errors(rec.json, rec, existing_flags=msg.flags), rec, handle)
        payload = rec.json if isinstance(rec.json, dict) else {}
        self._apply_edit(msg, payload, rec.files)
        return payload

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
            if handle.type == InteractionType.application_command.value:
                metadata["name"] = handle.data.get("name")
                metadata["command_type"] = handle.data.get("type", 1)
            if handle.source_message is not None:
                metadata["interacted_message_id"] = str(handle.source_message.id)
            data["interaction_metadata"] = metadata
            data["interaction"] = {
                "id": str(handle.id),
                "type": handle.type,
                "name": handle.data.get("name") or handle.data.get("custom_id") or "",
                "user": user,
            }
        msg = StoredMessage(data, interaction_id=handle.id if handle else None)
        msg.payloads.append(copy.deepcopy(payload))
        msg.files.extend(files)
        self.messages[mid] = msg
        self.channel_messages.setdefault(channel_id, []).append(msg)
        return msg

    def _create_interaction_message(
        self,
        handle: InteractionHandle,
        payload: dict[str, Any],
        files: list[UploadedFile],
        *,
        original: bool,
        flags: int | None = None,
    ) -> StoredMessage:
        channel_id = int(handle.payload.get("channel_id") or handle.payload.get("channel", {}).get("id"))
        guild_id = int(handle.payload["guild_id"]) if handle.payload.get("guild_id") else None
        msg_type = MessageType.default.value
        if original and handle.type == InteractionType.application_command.value:
            chat_input = handle.data.get("type", 1) == AppCommandType.chat_input.value
            msg_type = (MessageType.chat_input_command if chat_input else MessageType.context_menu_command).value
        if flags is None:
            flags = int(payload.get("flags") or 0)
        return self._new_message(
            channel_id=channel_id,
            guild_id=guild_id,
            author=self.bot_user.to_dict(),
            payload=payload,
            files=files,
            msg_type=msg_type,
            flags=flags,
            handle=handle,
        )

    def _apply_edit(self, msg: StoredMessage, payload: dict[str, Any], files: list[UploadedFile]) -> None:
        data = msg.data
        was_loading = msg.loading
        if "content" in payload:
            data["content"] = payload["content"] or ""
        if "embeds" in payload:
            data["embeds"] = self._normalize_embeds(payload["embeds"])
        if "components" in payload:
            data["components"] = copy.deepcopy(payload["components"] or [])
        data["flags"] = _edited_flags(int(data.get("flags") or 0), payload.get("flags"))
        self._edit_attachments(msg, payload, files)
        if not was_loading:
            data["edited_timestamp"] = iso_now()
        msg.payloads.append(copy.deepcopy(payload))

    def _edit_attachments(self, msg: StoredMessage, payload: dict[str, Any], files: list[UploadedFile]) -> None:
        """Keep the attachments the edit lists (all when it lists none) and add the newly uploaded files."""
        data = msg.data
        if "attachments" in payload:
            keep = {str(a.get("id")) for a in payload["attachments"] or [] if isinstance(a, dict)}
            data["attachments"] = [a for a in data.get("attachments", []) if a["id"] in keep]
        if files:
            data["attachments"] = list(data.get("attachments", [])) + self._attachments(payload, files, msg.channel_id)
            msg.files.extend(files)

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
        msg = self._new_message(
            channel_id=cid,
            guild_id=guild.id if guild else None,
            author=user.to_dict(),
            payload={"content": content, "embeds": embeds or []},
            files=[],
            msg_type=0,
            flags=0,
        )
        if guild is not None and guild.has_member(user.id):
            msg.data["member"] = guild.member(user.id).to_dict(with_user=False)
        return msg

    async def send_user_message(self, channel: Any, author: Any = None, content: str = "") -> StoredMessage:
        """Create a user message and dispatch MESSAGE_CREATE for it."""
        msg = self.create_user_message(channel, author, content)
        await self.dispatch_event("MESSAGE_CREATE", msg.data)
        return msg


def _edited_flags(old: int, requested: Any) -> int:
    """An edit ends LOADING and may toggle only SUPPRESS_EMBEDS and IS_COMPONENTS_V2; other bits stay."""
    flags = old & ~LOADING
    if requested is not None:
        settable = SUPPRESS_EMBEDS | IS_COMPONENTS_V2
        flags = (flags & ~settable) | (int(requested) & settable)
    return flags
