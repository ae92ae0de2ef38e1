"""Slash-command lookup, invocability and the options/resolved payload a client would send."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from discord.enums import AppCommandOptionType as OptionType
from discord.enums import AppCommandType

from .core import CommandNotInvocable
from .gateway import GatewayLayer
from .models import FakeGuild, FakeMember, FakeUser, Perm


def _guess_type(value: Any) -> int:
    """The option type a value implies when the command declares no such option (non-strict invocations)."""
    if isinstance(value, bool):
        return OptionType.boolean.value
    if isinstance(value, int):
        return OptionType.integer.value
    if isinstance(value, float):
        return OptionType.number.value
    return OptionType.string.value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# option type -> (accepts the value?, what the error calls it); strings accept anything (str(value)).
_SCALAR_CHECKS: dict[int, tuple[Callable[[Any], bool], str]] = {
    OptionType.string.value: (lambda v: True, "a string"),
    OptionType.integer.value: (_is_int, "an integer"),
    OptionType.number.value: (_is_number, "a number"),
    OptionType.boolean.value: (lambda v: isinstance(v, bool), "a boolean"),
}


def _scalar_value(otype: int, name: str, value: Any) -> Any:
    if otype == OptionType.string.value:
        return str(value)
    accepts, what = _SCALAR_CHECKS[otype]
    if not accepts(value):
        raise ValueError(f"option {name!r} expects {what}, got {value!r}")
    return value


def _check_limits(opt: dict[str, Any] | None, otype: int, name: str, value: Any, sent: Any) -> None:
    """Refuse what a Discord client would not let a member send: a non-choice, too long/short, out of range."""
    choices = (opt or {}).get("choices") or []
    if choices and sent not in [c["value"] for c in choices]:
        raise ValueError(f"{value!r} is not one of the choices for {name!r}: {[c['value'] for c in choices]}")
    if opt is not None:
        _check_range(opt, otype, name, value, sent)


def _check_range(opt: dict[str, Any], otype: int, name: str, value: Any, sent: Any) -> None:
    if otype == OptionType.string.value:
        lo, hi = opt.get("min_length"), opt.get("max_length")
        if (lo is not None and len(sent) < lo) or (hi is not None and len(sent) > hi):
            raise ValueError(f"{value!r} violates length limits of {name!r} ({lo}..{hi})")
    if otype in (OptionType.integer.value, OptionType.number.value):
        lo, hi = opt.get("min_value"), opt.get("max_value")
        if (lo is not None and sent < lo) or (hi is not None and sent > hi):
            raise ValueError(f"{value!r} violates value limits of {name!r} ({lo}..{hi})")


def _append_empty_focused(options: list[dict[str, Any]], opt: dict[str, Any] | None, name: str, strict: bool) -> int:
    """The member focused an option they have not typed in yet: it is sent with an empty value."""
    if opt is None and strict:
        raise ValueError(f"command has no option {name!r}")
    focused_type: int = opt["type"] if opt else OptionType.string.value
    options.append({"name": name, "type": focused_type, "value": "", "focused": True})
    return focused_type


def _descend(
    root: str, schema: list[dict[str, Any]], subs: list[str], strict: bool
) -> tuple[list[dict[str, Any]], list[tuple[str, int]]]:
    """Walk subcommand groups / subcommands; return the leaf's option schema and the (name, type) chain."""
    chain: list[tuple[str, int]] = []
    for sub in subs:
        kinds = (OptionType.subcommand.value, OptionType.subcommand_group.value)
        opt = next((o for o in schema if o["name"] == sub and o["type"] in kinds), None)
        if opt is None:
            if strict:
                raise ValueError(f"{root!r} has no subcommand/group {sub!r}")
            opt = {"name": sub, "type": OptionType.subcommand.value, "options": []}
        chain.append((sub, opt["type"]))
        schema = opt.get("options") or []
    return schema, chain


class OptionsLayer(GatewayLayer):
    """Building application-command interaction data."""

    # -- application commands --------------------------------------------------------------------

    def _lookup_registered(
        self, name: str, ctype: int, guild: FakeGuild | None, *, strict: bool = False
    ) -> dict[str, Any] | None:
        """The command the bot registered (the guild's first, then the global one); strict: LookupError if none."""
        cmd = self.get_command(name, ctype, guild)
        if cmd is None and strict:
            known = sorted(
                f"{n} (type {t})"
                for t, n in list(self._global_commands) + list(self._guild_commands.get(guild.id if guild else 0, {}))
            )
            raise LookupError(
                f"command {name!r} (type {ctype}) is not registered with the emulator; "
                f"did the bot sync? registered: {known}"
            )
        return cmd

    @staticmethod
    def _check_invocable(cmd: dict[str, Any] | None, payload: dict[str, Any]) -> None:
        """Raise CommandNotInvocable if Discord's client would not offer ``cmd`` to this user here."""
        if cmd is None:
            return
        context = payload.get("context", 0)
        contexts = cmd.get("contexts")
        if contexts is not None and context not in contexts:
            raise CommandNotInvocable(
                f"command {cmd['name']!r} is not available in context {context} (contexts={contexts})"
            )
        if context == 1 and contexts is None and cmd.get("dm_permission") is False:
            raise CommandNotInvocable(f"command {cmd['name']!r} has dm_permission=false")
        required = cmd.get("default_member_permissions")
        if required is not None and "member" in payload:
            perms = int(payload["member"].get("permissions") or 0)
            need = int(required)
            if not perms & Perm.ADMINISTRATOR and (need == 0 or (perms & need) != need):
                raise CommandNotInvocable(
                    f"member lacks default_member_permissions={required} for {cmd['name']!r} (has {perms}); "
                    "pass enforce_permissions=False to invoke it anyway (as if a server admin overrode it)"
                )

    def _option_value(
        self, otype: int, name: str, value: Any, resolved: dict[str, Any], guild: FakeGuild | None
    ) -> Any:
        if otype in _SCALAR_CHECKS:
            return _scalar_value(otype, name, value)
        if otype in (OptionType.user.value, OptionType.mentionable.value) and (
            isinstance(value, FakeUser | FakeMember) or otype == OptionType.user.value
        ):
            return self._resolve_user_option(value, resolved, guild)
        if otype == OptionType.channel.value:
            return self._resolve_channel_option(value, resolved)
        if otype in (OptionType.role.value, OptionType.mentionable.value):
            g = guild or self.guild
            role = value if hasattr(value, "permissions") else g.role(value if not str(value).isdigit() else int(value))
            resolved.setdefault("roles", {})[str(role.id)] = role.to_dict()
            return str(role.id)
        raise NotImplementedError(f"option type {otype} ({name!r}) is not supported by the emulator")

    def _resolve_user_option(self, value: Any, resolved: dict[str, Any], guild: FakeGuild | None) -> str:
        u = self._resolve_user(value, guild)
        resolved.setdefault("users", {})[str(u.id)] = u.to_dict()
        if guild is not None and guild.has_member(u.id):
            m = guild.member(u.id)
            md = m.to_dict(with_user=False)
            md["permissions"] = str(guild.base_permissions(m))
            resolved.setdefault("members", {})[str(u.id)] = md
        return str(u.id)

    def _resolve_channel_option(self, value: Any, resolved: dict[str, Any]) -> str:
        cid = self._channel_id(value)
        obj = self._channel_object(cid)
        if obj is None:
            raise ValueError(f"unknown channel {value!r}")
        resolved.setdefault("channels", {})[str(cid)] = {
            "id": obj["id"],
            "name": obj.get("name"),
            "type": obj["type"],
            "permissions": str(Perm.ALL),
            "parent_id": obj.get("parent_id"),
        }
        return str(cid)

    def _option_entry(
        self,
        opt: dict[str, Any] | None,
        name: str,
        value: Any,
        is_focused: bool,
        resolved: dict[str, Any],
        guild: FakeGuild | None,
        strict: bool,
    ) -> dict[str, Any]:
        """One ``data.options`` item: the value as a client sends it (a focused one as typed text)."""
        otype = opt["type"] if opt is not None else _guess_type(value)
        if is_focused:
            if opt is not None and strict and not opt.get("autocomplete"):
                raise ValueError(f"option {name!r} does not have autocomplete enabled")
            return {"name": name, "type": otype, "value": str(value), "focused": True}
        sent = self._option_value(otype, name, value, resolved, guild)
        if strict:
            _check_limits(opt, otype, name, value, sent)
        return {"name": name, "type": otype, "value": sent}

    def _build_options(
        self,
        schema: list[dict[str, Any]],
        values: dict[str, Any],
        *,
        focused: str | None,
        resolved: dict[str, Any],
        guild: FakeGuild | None,
        strict: bool,
    ) -> tuple[list[dict[str, Any]], int | None]:
        by_name = {o["name"]: o for o in schema}
        options: list[dict[str, Any]] = []
        focused_type: int | None = None
        for name, value in values.items():
            opt = by_name.get(name)
            if opt is None and strict:
                raise ValueError(f"command has no option {name!r}; options: {sorted(by_name)}")
            entry = self._option_entry(opt, name, value, name == focused, resolved, guild, strict)
            if entry.get("focused"):
                focused_type = entry["type"]
            options.append(entry)
        if focused is not None and focused not in values:
            focused_type = _append_empty_focused(options, by_name.get(focused), focused, strict)
        if strict and focused is None:
            missing = [o["name"] for o in schema if o.get("required") and o["name"] not in values]
            if missing:
                raise ValueError(f"missing required option(s) {missing}")
        return options, focused_type

    def _chat_input_data(
        self,
        name: str,
        options: dict[str, Any] | None,
        *,
        guild: FakeGuild | None,
        focused: str | None,
        strict: bool,
    ) -> tuple[dict[str, Any], int | None]:
        parts = name.split()
        root = parts[0]
        cmd = self._lookup_registered(root, AppCommandType.chat_input.value, guild, strict=strict)
        values = dict(options or {})
        resolved: dict[str, Any] = {}
        schema = (cmd or {}).get("options") or []
        schema, chain = _descend(root, schema, parts[1:], strict)
        leaf, focused_type = self._build_options(
            schema, values, focused=focused, resolved=resolved, guild=guild, strict=strict
        )
        current: list[dict[str, Any]] = leaf
        for sub, stype in reversed(chain):
            current = [{"name": sub, "type": stype, "options": current}]
        data: dict[str, Any] = {
            "id": cmd["id"] if cmd else str(self.snowflakes.next()),
            "name": root,
            "type": 1,
            "options": current,
        }
        if resolved:
            data["resolved"] = resolved
        if cmd is not None and cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        return data, focused_type
