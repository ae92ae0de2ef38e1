"""Application commands (REST): list, bulk overwrite, upsert, get, edit, delete; and inspection."""

from __future__ import annotations

import copy
from typing import Any

from aiohttp import web

from .guilds import GuildsLayer
from .sent import RequestRecord
from .validation import Errors, validate_command, validate_commands


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

    def _known_store(self, app_id: str, guild_id: str | None) -> dict[tuple[int, str], dict[str, Any]]:
        """The application's global or guild commands; 404 Unknown Application for another app or guild."""
        store = self._commands_store(app_id, guild_id)
        if store is None:
            self._refuse(404, 10002, "Unknown Application")
        return store

    def _known_command(
        self, app_id: str, guild_id: str | None, command_id: str
    ) -> tuple[dict[tuple[int, str], dict[str, Any]], tuple[int, str], dict[str, Any]]:
        """The store, key and stored command with this id; 404 Unknown application command when there is none."""
        store = self._commands_store(app_id, guild_id) or {}
        for key, cmd in store.items():
            if cmd["id"] == command_id:
                return store, key, cmd
        self._refuse(404, 10063, "Unknown application command")

    def _check_command(self, command: Any, rec: RequestRecord) -> None:
        """Validate one command as Discord does (400 with its error body when rejecting)."""
        errors = Errors()
        validate_command(command, (), errors)
        self._check(errors, rec)

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

    def _store_command(
        self, store: dict[tuple[int, str], dict[str, Any]], cmd: dict[str, Any], guild_id: str | None
    ) -> dict[str, Any]:
        stored = self._stored_command(cmd, int(guild_id) if guild_id else None)
        store[(stored["type"], stored["name"])] = stored
        return stored

    async def _h_list_commands(
        self, request: web.Request, rec: RequestRecord, app_id: str, guild_id: str | None = None
    ) -> web.Response:
        return self._ok(list(self._known_store(app_id, guild_id).values()), rec)

    async def _h_bulk_overwrite(
        self, request: web.Request, rec: RequestRecord, app_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._known_store(app_id, guild_id)
        self.command_overwrites.append((int(guild_id) if guild_id else None, copy.deepcopy(rec.json)))
        self._check(validate_commands(rec.json), rec)
        commands = rec.json if isinstance(rec.json, list) else []
        store.clear()
        for cmd in commands:
            if isinstance(cmd, dict) and isinstance(cmd.get("name"), str):
                self._store_command(store, cmd, guild_id)
        return self._ok(list(store.values()), rec)

    async def _h_upsert_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, guild_id: str | None = None
    ) -> web.Response:
        store = self._known_store(app_id, guild_id)
        self._check_command(rec.json, rec)
        if not isinstance(rec.json, dict) or not isinstance(rec.json.get("name"), str):
            return self._error(400, 50035, "Invalid Form Body")
        existed = (rec.json.get("type", 1) or 1, rec.json["name"]) in store
        stored = self._store_command(store, rec.json, guild_id)
        return self._ok(stored, rec, status=200 if existed else 201)

    async def _h_get_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str, guild_id: str | None = None
    ) -> web.Response:
        return self._ok(self._known_command(app_id, guild_id, command_id)[2], rec)

    async def _h_edit_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str, guild_id: str | None = None
    ) -> web.Response:
        store, key, cmd = self._known_command(app_id, guild_id, command_id)
        merged = {k: v for k, v in cmd.items() if k not in ("id", "application_id", "version", "guild_id")}
        merged.update(rec.json if isinstance(rec.json, dict) else {})
        self._check_command(merged, rec)
        del store[key]
        return self._ok(self._store_command(store, merged, guild_id), rec)

    async def _h_delete_command(
        self, request: web.Request, rec: RequestRecord, app_id: str, command_id: str, guild_id: str | None = None
    ) -> web.Response:
        store, key, _ = self._known_command(app_id, guild_id, command_id)
        del store[key]
        return self._ok(None, rec, status=204)
