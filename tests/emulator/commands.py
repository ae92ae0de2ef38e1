"""Application commands (REST): list, bulk overwrite, upsert, get, edit, delete; and inspection."""

from __future__ import annotations

import copy
from typing import Any

from aiohttp import web

from .guilds import GuildsLayer
from .sent import RequestRecord
from .validation import (
    Errors,
    validate_commands,
)


class CommandsLayer(GuildsLayer):
    """Global and guild application commands."""

    def _build_routes(self) -> None:
        super()._build_routes()
        r = self._add_route
        for prefix in ("/applications/{app_id}", "/applications/{app_id}/guilds/{guild_id}"):
            r("GET", prefix + "/commands", self._h_list_commands)
            r("PUT", prefix + "/commands", self._h_bulk_overwrite)
            r("POST", prefix + "/commands", self._h_upsert_command)
            r("GET", prefix + "/commands/{command_id}", self._h_get_command)
            r("PATCH", prefix + "/commands/{command_id}", self._h_edit_command)
            r("DELETE", prefix + "/commands/{command_id}", self._h_delete_command)

    def registered_commands(self, guild: Any = None) -> list[dict[str, Any]]:
        """Commands currently registered globally (``guild=None``) or for a guild."""
        if guild is None:
            return list(self._global_commands.values())
        return list(self._guild_commands.get(self._guild_id(guild), {}).values())

    def get_command(self, name: str, type: int = 1, guild: Any = None) -> dict[str, Any] | None:
        """Look a command up in the guild's commands first (if given), then the global ones."""
        if guild is not None:
            cmd = self._guild_commands.get(self._guild_id(guild), {}).get((type, name))
            if cmd is not None:
                return cmd
        return self._global_commands.get((type, name))

    # =========================================================================================
    # REST handlers: application commands

    def _commands_store(self, app_id: str, guild_id: str | None) -> dict[tuple[int, str], dict[str, Any]] | None:
        if app_id != str(self.application_id):
            return None
        if guild_id is None:
            return self._global_commands
        if not guild_id.isdigit() or not any(g.id == int(guild_id) for g in self.guilds):
            return None
        return self._guild_commands.setdefault(int(guild_id), {})

    def _stored_command(self, cmd: dict[str, Any], guild_id: int | None) -> dict[str, Any]:
        ctype = cmd.get("type", 1) or 1
        key = (guild_id, ctype, str(cmd["name"]))
        cid = self._command_ids.setdefault(key, self.snowflakes.next())
        stored = copy.deepcopy(cmd)
        stored.update(
            id=str(cid),
            application_id=str(self.application_id),
            version=str(self.snowflakes.next()),
            type=ctype,
            description=cmd.get("description") or "",
            default_member_permissions=None
            if cmd.get("default_member_permissions") is None
            else str(cmd["default_member_permissions"]),
            nsfw=bool(cmd.get("nsfw", False)),
        )
        stored.setdefault("options", [])
        if guild_id is not None:
            stored["guild_id"] = str(guild_id)
        else:
            stored.setdefault("dm_permission", True)
        return stored

    async def _h_list_commands(
        self, request: web.Request, rec: RequestRecord, app_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        if store is None:
            return self._error(404, 10002, "Unknown Application")
        return self._ok(list(store.values()), rec)

    async def _h_bulk_overwrite(
        self, request: web.Request, rec: RequestRecord, app_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        if store is None:
            return self._error(404, 10002, "Unknown Application")
        gid = int(guild_id) if guild_id else None
        self.command_overwrites.append((gid, copy.deepcopy(rec.json)))
        rejected = self._reject(validate_commands(rec.json), rec)
        if rejected is not None:
            return rejected
        commands = rec.json if isinstance(rec.json, list) else []
        store.clear()
        for cmd in commands:
            if isinstance(cmd, dict) and isinstance(cmd.get("name"), str):
                stored = self._stored_command(cmd, gid)
                store[(stored["type"], stored["name"])] = stored
        return self._ok(list(store.values()), rec)

    async def _h_upsert_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        if store is None:
            return self._error(404, 10002, "Unknown Application")
        errors = Errors()
        from .validation import validate_command

        validate_command(rec.json, (), errors)
        rejected = self._reject(errors, rec)
        if rejected is not None:
            return rejected
        if not isinstance(rec.json, dict) or not isinstance(rec.json.get("name"), str):
            return self._error(400, 50035, "Invalid Form Body")
        stored = self._stored_command(rec.json, int(guild_id) if guild_id else None)
        existed = (stored["type"], stored["name"]) in store
        store[(stored["type"], stored["name"])] = stored
        return self._ok(stored, rec, status=200 if existed else 201)

    def _find_command_by_id(self, store: dict[tuple[int, str], dict[str, Any]], command_id: str) -> Any:
        for key, cmd in store.items():
            if cmd["id"] == command_id:
                return key, cmd
        return None

    async def _h_get_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        found = self._find_command_by_id(store, command_id) if store is not None else None
        if found is None:
            return self._error(404, 10063, "Unknown application command")
        return self._ok(found[1], rec)

    async def _h_edit_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        found = self._find_command_by_id(store, command_id) if store is not None else None
        if found is None or store is None:
            return self._error(404, 10063, "Unknown application command")
        key, cmd = found
        merged = {k: v for k, v in cmd.items() if k not in ("id", "application_id", "version", "guild_id")}
        merged.update(rec.json if isinstance(rec.json, dict) else {})
        errors = Errors()
        from .validation import validate_command

        validate_command(merged, (), errors)
        rejected = self._reject(errors, rec)
        if rejected is not None:
            return rejected
        del store[key]
        stored = self._stored_command(merged, int(guild_id) if guild_id else None)
        store[(stored["type"], stored["name"])] = stored
        return self._ok(stored, rec)

    async def _h_delete_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._commands_store(app_id, guild_id)
        found = self._find_command_by_id(store, command_id) if store is not None else None
        if found is None or store is None:
            return self._error(404, 10063, "Unknown application command")
        del store[found[0]]
        return self._ok(None, rec, status=204)
