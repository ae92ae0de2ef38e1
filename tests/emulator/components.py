"""Injecting component interactions: button clicks, select menus and modal submits."""

from __future__ import annotations

import copy
from typing import Any

from .invoke import InvokeLayer
from .models import (
    FakeGuild,
)
from .records import (
    CallbackRecord,
    InteractionHandle,
    StoredMessage,
)


class ComponentsLayer(InvokeLayer):
    """Test-side component interactions."""

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
        payload = self._base_interaction(
            3,
            data,
            guild=guild,
            channel=channel_id if guild else None,
            user=user,
            permissions=permissions,
            locale=locale,
        )
        if guild is None:
            payload["channel_id"] = str(channel_id)
            payload["channel"]["id"] = str(channel_id)
        payload["message"] = copy.deepcopy(msg.data)
        payload.update(extra or {})
        return await self.dispatch_interaction(payload, source_message=msg)

    async def click_button(
        self,
        message: StoredMessage | int,
        custom_id: str | None = None,
        *,
        label: str | None = None,
        user: Any = None,
        **kwargs: Any,
    ) -> InteractionHandle:
        """Click a button identified by ``custom_id`` or ``label``."""
        msg = self._message_of(message)
        if custom_id is None:
            if label is None:
                raise ValueError("give custom_id or label")
            custom_id = msg.find_component(label=label)["custom_id"]
        return await self.component_interaction(msg, custom_id, component_type=2, user=user, **kwargs)

    async def select_menu(
        self, message: StoredMessage | int, custom_id: str, values: list[str], *, user: Any = None, **kwargs: Any
    ) -> InteractionHandle:
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
        payload = self._base_interaction(
            5,
            data,
            guild=guild,
            channel=src.get("channel_id") if guild else None,
            user=user,
            locale=src.get("locale", "en-US"),
        )
        if guild is None:
            payload["channel_id"] = src["channel_id"]
            payload["channel"] = copy.deepcopy(src["channel"])
        source_message = handle.source_message
        if source_message is not None:
            payload["message"] = copy.deepcopy(source_message.data)
        return await self.dispatch_interaction(payload, source_message=source_message)
