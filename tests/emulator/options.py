"""Slash-command lookup, invocability and the options/resolved payload a client would send."""

from __future__ import annotations

from typing import Any

from .core import (
    CommandNotInvocable,
)
from .gateway import GatewayLayer
from .models import (
    FakeGuild,
    FakeMember,
    FakeUser,
    Perm,
)


class OptionsLayer(GatewayLayer):
    """Building application-command interaction data."""

    # -- application commands --------------------------------------------------------------------

    def _lookup_registered(self, name: str, ctype: int, guild: FakeGuild | None) -> dict[str, Any] | None:
        if guild is not None:
            cmd = self._guild_commands.get(guild.id, {}).get((ctype, name))
            if cmd is not None:
                return cmd
        return self._global_commands.get((ctype, name))

    def _command_or_raise(self, name: str, ctype: int, guild: FakeGuild | None) -> dict[str, Any]:
        cmd = self._lookup_registered(name, ctype, guild)
        if cmd is None:
            known = sorted(f"{n} (type {t})" for t, n in
                           list(self._global_commands) + list(self._guild_commands.get(guild.id if guild else 0, {})))
            raise LookupError(f"command {name!r} (type {ctype}) is not registered with the emulator; "
                              f"did the bot sync? registered: {known}")
        return cmd

    @staticmethod
    def _check_invocable(cmd: dict[str, Any] | None, payload: dict[str, Any]) -> None:
        """Raise CommandNotInvocable if Discord's client would not offer ``cmd`` to this user here."""
        if cmd is None:
            return
        context = payload.get("context", 0)
        contexts = cmd.get("contexts")
        if contexts is not None and context not in contexts:
            raise CommandNotInvocable(f"command {cmd['name']!r} is not available in context {context} "
                                      f"(contexts={contexts})")
        if context == 1 and contexts is None and cmd.get("dm_permission") is False:
            raise CommandNotInvocable(f"command {cmd['name']!r} has dm_permission=false")
        required = cmd.get("default_member_permissions")
        if required is not None and "member" in payload:
            perms = int(payload["member"].get("permissions") or 0)
            need = int(required)
            if not perms & Perm.ADMINISTRATOR and (need == 0 or (perms & need) != need):
                raise CommandNotInvocable(
                    f"member lacks default_member_permissions={required} for {cmd['name']!r} (has {perms}); "
                    "pass enforce_permissions=False to invoke it anyway (as if a server admin overrode it)")

    def _option_value(self, otype: int, name: str, value: Any, resolved: dict[str, Any],
                      guild: FakeGuild | None) -> Any:
        if otype == 3:
            return str(value)
        if otype == 4:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"option {name!r} expects an integer, got {value!r}")
            return value
        if otype == 10:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"option {name!r} expects a number, got {value!r}")
            return value
        if otype == 5:
            if not isinstance(value, bool):
                raise ValueError(f"option {name!r} expects a boolean, got {value!r}")
            return value
        if otype in (6, 9) and (isinstance(value, FakeUser | FakeMember) or otype == 6):
            u = self._resolve_user(value, guild)
            resolved.setdefault("users", {})[str(u.id)] = u.to_dict()
            if guild is not None and guild.has_member(u.id):
                m = guild.member(u.id)
                md = m.to_dict(with_user=False)
                md["permissions"] = str(guild.base_permissions(m))
                resolved.setdefault("members", {})[str(u.id)] = md
            return str(u.id)
        if otype == 7:
            cid = self._channel_id(value)
            obj = self._channel_object(cid)
            if obj is None:
                raise ValueError(f"unknown channel {value!r}")
            resolved.setdefault("channels", {})[str(cid)] = {
                "id": obj["id"], "name": obj.get("name"), "type": obj["type"], "permissions": str(Perm.ALL),
                "parent_id": obj.get("parent_id"),
            }
            return str(cid)
        if otype in (8, 9):
            g = guild or self.guild
            role = value if hasattr(value, "permissions") else g.role(value if not str(value).isdigit() else
                                                                        int(value))
            resolved.setdefault("roles", {})[str(role.id)] = role.to_dict()
            return str(role.id)
        raise NotImplementedError(f"option type {otype} ({name!r}) is not supported by the emulator")

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
            if opt is None:
                if strict:
                    raise ValueError(f"command has no option {name!r}; options: {sorted(by_name)}")
                otype = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else \
                    10 if isinstance(value, float) else 3
            else:
                otype = opt["type"]
            entry: dict[str, Any] = {"name": name, "type": otype}
            if name == focused:
                entry["value"] = str(value)
                entry["focused"] = True
                focused_type = otype
                if opt is not None and strict and not opt.get("autocomplete"):
                    raise ValueError(f"option {name!r} does not have autocomplete enabled")
            else:
                entry["value"] = self._option_value(otype, name, value, resolved, guild)
                choices = (opt or {}).get("choices") or []
                if choices and strict and entry["value"] not in [c["value"] for c in choices]:
                    raise ValueError(f"{value!r} is not one of the choices for {name!r}: "
                                     f"{[c['value'] for c in choices]}")
                if opt is not None and otype == 3 and strict:
                    lo, hi = opt.get("min_length"), opt.get("max_length")
                    if (lo is not None and len(entry["value"]) < lo) or (hi is not None and len(entry["value"]) > hi):
                        raise ValueError(f"{value!r} violates length limits of {name!r} ({lo}..{hi})")
                if opt is not None and otype in (4, 10) and strict:
                    lo, hi = opt.get("min_value"), opt.get("max_value")
                    if (lo is not None and entry["value"] < lo) or (hi is not None and entry["value"] > hi):
                        raise ValueError(f"{value!r} violates value limits of {name!r} ({lo}..{hi})")
            options.append(entry)
        if focused is not None and focused not in values:
            opt = by_name.get(focused)
            if opt is None and strict:
                raise ValueError(f"command has no option {focused!r}")
            focused_type = opt["type"] if opt else 3
            options.append({"name": focused, "type": focused_type, "value": "", "focused": True})
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
        cmd = self._lookup_registered(root, 1, guild)
        if cmd is None and strict:
            self._command_or_raise(root, 1, guild)
        values = dict(options or {})
        resolved: dict[str, Any] = {}
        schema = (cmd or {}).get("options") or []
        # descend into subcommand groups / subcommands
        chain: list[tuple[str, int]] = []
        for sub in parts[1:]:
            opt = next((o for o in schema if o["name"] == sub and o["type"] in (1, 2)), None)
            if opt is None:
                if strict:
                    raise ValueError(f"{root!r} has no subcommand/group {sub!r}")
                opt = {"name": sub, "type": 1, "options": []}
            chain.append((sub, opt["type"]))
            schema = opt.get("options") or []
        leaf, focused_type = self._build_options(schema, values, focused=focused, resolved=resolved, guild=guild,
                                                 strict=strict)
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
