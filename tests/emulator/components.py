"""Injecting component interactions: button clicks, select menus and modal submits."""

from __future__ import annotations

import copy
from typing import Any

from discord.enums import ButtonStyle, ComponentType, InteractionResponseType

from .invoke import InvokeLayer
from .models import FakeGuild
from .records import InteractionHandle
from .sent import CallbackRecord, StoredMessage
from .validation import SELECT_TYPES

ACTION_ROW = ComponentType.action_row.value
BUTTON = ComponentType.button.value
STRING_SELECT = ComponentType.string_select.value
TEXT_INPUT = ComponentType.text_input.value
LABEL = ComponentType.label.value
NO_INTERACTION_BUTTON_STYLES = (ButtonStyle.link.value, ButtonStyle.premium.value)
MODAL = InteractionResponseType.modal.value


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
        comp = _checked_component(msg, custom_id, values, check=check)
        data = _component_data(custom_id, comp, values, component_type, resolved)
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
        handle, cb = self._modal_source(source)
        modal = cb.data
        remaining = dict(values)
        components = _submitted_components(modal, remaining, check=check)
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

    def _modal_source(self, source: InteractionHandle | CallbackRecord) -> tuple[InteractionHandle, CallbackRecord]:
        """The interaction that was answered with a modal, and that modal callback."""
        handle = source if isinstance(source, InteractionHandle) else None
        cb = source.callback if isinstance(source, InteractionHandle) else source
        if cb is None or cb.type != MODAL:
            raise ValueError("the source interaction was not answered with a modal (callback type 9)")
        if handle is None:
            handle = next(h for h in self.interactions.values() if h.callback is cb)
        return handle, cb


# -- the steps: which component is clicked, what its interaction carries, what a modal submits ----


def _checked_component(
    msg: StoredMessage, custom_id: str, values: list[str] | None, *, check: bool
) -> dict[str, Any] | None:
    """The component ``custom_id`` on ``msg``; with ``check`` it must exist, be enabled and accept ``values``."""
    try:
        comp = msg.find_component(custom_id)
    except KeyError:
        if check:
            raise
        return None
    if not check:
        return comp
    if comp.get("disabled"):
        raise ValueError(f"component {custom_id!r} is disabled")
    if comp.get("type") == BUTTON and comp.get("style") in NO_INTERACTION_BUTTON_STYLES:
        raise ValueError(f"component {custom_id!r} is a link/premium button and sends no interaction")
    if comp.get("type") == STRING_SELECT and values is not None:
        _check_select_values(comp, custom_id, values)
    return comp


def _check_select_values(comp: dict[str, Any], custom_id: str, values: list[str]) -> None:
    allowed = [o.get("value") for o in comp.get("options") or []]
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ValueError(f"values {bad} are not options of select {custom_id!r}: {allowed}")
    lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
    if not lo <= len(values) <= hi:
        raise ValueError(f"select {custom_id!r} needs {lo}..{hi} values, got {len(values)}")


def _component_data(
    custom_id: str,
    comp: dict[str, Any] | None,
    values: list[str] | None,
    component_type: int | None,
    resolved: dict[str, Any] | None,
) -> dict[str, Any]:
    """The interaction's ``data``: the component type (given, found, or guessed from ``values``) and values."""
    ctype = component_type or (comp.get("type") if comp else None) or (STRING_SELECT if values is not None else BUTTON)
    data: dict[str, Any] = {"custom_id": custom_id, "component_type": ctype}
    if ctype in SELECT_TYPES:
        data["values"] = list(values or [])
        if resolved:
            data["resolved"] = resolved
    return data


def _submitted_components(
    modal: dict[str, Any], remaining: dict[str, str | list[str]], *, check: bool
) -> list[dict[str, Any]]:
    """The modal's layout as submitted; consumes the used entries of ``remaining``."""
    components: list[dict[str, Any]] = []
    for comp in modal.get("components") or []:
        if comp.get("type") == ACTION_ROW:
            inner = [_submitted_input(c, remaining, check=check) for c in comp.get("components") or []]
            components.append({"type": ACTION_ROW, "components": inner})
        elif comp.get("type") == LABEL and isinstance(comp.get("component"), dict):
            row: dict[str, Any] = {
                "type": LABEL,
                "component": _submitted_input(comp["component"], remaining, check=check),
            }
            if "id" in comp:
                row["id"] = comp["id"]
            components.append(row)
    return components


def _submitted_input(comp: dict[str, Any], remaining: dict[str, str | list[str]], *, check: bool) -> dict[str, Any]:
    cid = comp.get("custom_id")
    out: dict[str, Any] = {"type": comp.get("type"), "custom_id": cid}
    if "id" in comp:
        out["id"] = comp["id"]
    if comp.get("type") == TEXT_INPUT:
        value = remaining.pop(cid, comp.get("value") or "") if cid is not None else ""
        if not isinstance(value, str):
            raise ValueError(f"text input {cid!r} needs a string")
        if check:
            _check_text_input(comp, cid, value)
        out["value"] = value
    else:
        v = remaining.pop(cid, []) if cid is not None else []
        out["values"] = [v] if isinstance(v, str) else list(v)
    return out


def _check_text_input(comp: dict[str, Any], cid: Any, value: str) -> None:
    if comp.get("required", True) and not value:
        raise ValueError(f"text input {cid!r} is required")
    lo, hi = comp.get("min_length"), comp.get("max_length")
    if value and ((lo is not None and len(value) < lo) or (hi is not None and len(value) > hi)):
        raise ValueError(f"text input {cid!r} must be {lo}..{hi} characters")
