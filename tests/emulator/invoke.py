"""Injecting interactions as a member would: slash, autocomplete, message and user commands."""

from __future__ import annotations

import asyncio
import copy
import secrets
from typing import Any

from discord.enums import AppCommandOptionType, AppCommandType, InteractionType

from .core import ATTACHMENT_SIZE_LIMIT, DEFAULT, copy_json
from .models import Perm
from .options import OptionsLayer
from .records import InteractionHandle
from .sent import StoredMessage

COMMAND = InteractionType.application_command.value
AUTOCOMPLETE = InteractionType.autocomplete.value
CHAT_INPUT = AppCommandType.chat_input.value
USER_MENU = AppCommandType.user.value
MESSAGE_MENU = AppCommandType.message.value


class InvokeLayer(OptionsLayer):
    """Test-side interaction injection."""

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
                channel={"id": str(cid), "type": 1, "last_message_id": None, "flags": 0, "recipients": [u.to_dict()]},
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
        handle = InteractionHandle(self, copy_json(payload), loop.time())
        handle.source_message = source_message
        handle.focused_type = focused_type
        self.interactions[handle.id] = handle
        self._handles_by_token[handle.token] = handle
        await self.dispatch_event("INTERACTION_CREATE", payload)
        return handle

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
        payload = self._base_interaction(
            COMMAND,
            data,
            guild=g,
            channel=channel,
            user=user,
            permissions=permissions,
            locale=locale,
            app_permissions=app_permissions,
        )
        command = self._lookup_registered(name.split()[0], CHAT_INPUT, g)
        return await self._invoke(payload, command, extra=extra, enforce_permissions=enforce_permissions)

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
        payload = self._base_interaction(
            AUTOCOMPLETE, data, guild=g, channel=channel, user=user, permissions=permissions, locale=locale
        )
        command = self._lookup_registered(name.split()[0], CHAT_INPUT, g)
        return await self._invoke(
            payload, command, extra=extra, enforce_permissions=enforce_permissions, focused_type=focused_type
        )

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
        cmd = self._lookup_registered(name, MESSAGE_MENU, guild, strict=strict)
        resolved = {"messages": {str(msg_data["id"]): copy.deepcopy(msg_data)}}
        data = self._context_menu_data(cmd, name, MESSAGE_MENU, str(msg_data["id"]), resolved)
        payload = self._base_interaction(
            COMMAND,
            data,
            guild=guild,
            channel=ch.id if ch else msg_data["channel_id"],
            user=user,
            permissions=permissions,
            locale=locale,
        )
        return await self._invoke(payload, cmd, extra=extra, enforce_permissions=enforce_permissions)

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
        cmd = self._lookup_registered(name, USER_MENU, g, strict=strict)
        resolved: dict[str, Any] = {}
        target_id = self._option_value(AppCommandOptionType.user.value, "target", target, resolved, g)
        data = self._context_menu_data(cmd, name, USER_MENU, target_id, resolved)
        payload = self._base_interaction(COMMAND, data, guild=g, channel=channel, user=user, permissions=permissions)
        return await self._invoke(payload, cmd, extra=extra, enforce_permissions=enforce_permissions)

    def _context_menu_data(
        self, cmd: dict[str, Any] | None, name: str, ctype: int, target_id: str, resolved: dict[str, Any]
    ) -> dict[str, Any]:
        """A context-menu command's interaction data (the registered command's id, else a fresh one)."""
        data: dict[str, Any] = {
            "id": cmd["id"] if cmd else str(self.snowflakes.next()),
            "name": name,
            "type": ctype,
            "target_id": target_id,
            "resolved": resolved,
        }
        if cmd is not None and cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        return data

    async def _invoke(
        self,
        payload: dict[str, Any],
        command: dict[str, Any] | None,
        *,
        extra: dict[str, Any] | None,
        enforce_permissions: bool,
        focused_type: int | None = None,
    ) -> InteractionHandle:
        """Merge ``extra`` into the payload last, refuse a command this member could not run here, dispatch it."""
        payload.update(extra or {})
        if enforce_permissions:
            self._check_invocable(command, payload)
        return await self.dispatch_interaction(payload, focused_type=focused_type)
