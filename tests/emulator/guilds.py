"""Users, application, gateway discovery, channels and guilds (REST) and the world lookups."""

from __future__ import annotations

import contextlib
from typing import Any

from aiohttp import web

from .core import DEFAULT
from .http import HttpLayer
from .models import FakeChannel, FakeGuild, FakeMember, FakeUser
from .sent import RequestRecord


class GuildsLayer(HttpLayer):
    """Read-only REST resources of the emulated world, plus the world lookups."""

    def _build_routes(self) -> None:
        super()._build_routes()
        r = self._add_route
        r("GET", "/users/@me", self._h_me)
        r("GET", "/users/{user_id}", self._h_get_user)
        r("POST", "/users/@me/channels", self._h_create_dm)
        r("GET", "/oauth2/applications/@me", self._h_application)
        r("GET", "/applications/@me", self._h_application)
        r("GET", "/gateway", self._h_gateway, auth=False)
        r("GET", "/gateway/bot", self._h_gateway_bot)
        r("GET", "/channels/{channel_id}", self._h_get_channel)
        r("GET", "/guilds/{guild_id}", self._h_get_guild)
        r("DELETE", "/users/@me/guilds/{guild_id}", self._h_leave_guild)
        r("GET", "/guilds/{guild_id}/channels", self._h_guild_channels)
        r("GET", "/guilds/{guild_id}/roles", self._h_guild_roles)
        r("GET", "/guilds/{guild_id}/members/{user_id}", self._h_guild_member)

    # =========================================================================================
    # REST handlers: users / application / gateway

    def _application_object(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": self.world.application_name,
            "icon": None,
            "description": "Emulated application",
            "summary": "",
            "type": None,
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "bot": self.bot_user.to_dict(),
            "terms_of_service_url": None,
            "privacy_policy_url": None,
            "owner": self.world.owner.to_dict(),
            "team": None,
            "verify_key": "0" * 64,
            "flags": self.world.application_flags,
            "hook": True,
            "guild_id": None,
            "primary_sku_id": None,
            "slug": None,
            "cover_image": None,
            "tags": [],
            "install_params": None,
            "custom_install_url": None,
            "interactions_endpoint_url": None,
            "role_connections_verification_url": None,
            "redirect_uris": [],
            "approximate_guild_count": len(self.guilds),
            "approximate_user_install_count": 0,
            "integration_types_config": {"0": {}},
        }

    def _me_object(self) -> dict[str, Any]:
        data = self.bot_user.to_dict()
        data.update(bot=True, verified=True, mfa_enabled=False, locale="en-US", email=None, flags=0)
        return data

    async def _h_me(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok(self._me_object(), rec)

    async def _h_get_user(self, request: web.Request, rec: RequestRecord, user_id: str) -> web.Response:
        user = self._find_user(int(user_id)) if user_id.isdigit() else None
        if user is None:
            return self._error(404, 10013, "Unknown User")
        return self._ok(user.to_dict(), rec)

    async def _h_create_dm(self, request: web.Request, rec: RequestRecord) -> web.Response:
        body = rec.json if isinstance(rec.json, dict) else {}
        rid = body.get("recipient_id")
        user = self._find_user(int(rid)) if rid is not None and str(rid).isdigit() else None
        if user is None:
            return self._error(400, 50035, "Invalid Form Body")
        return self._ok(self._dm_channel_object(user), rec)

    async def _h_application(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok(self._application_object(), rec)

    async def _h_gateway(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok({"url": self.gateway_url}, rec)

    async def _h_gateway_bot(self, request: web.Request, rec: RequestRecord) -> web.Response:
        return self._ok(
            {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1},
            },
            rec,
        )

    # =========================================================================================
    # REST handlers: channels & guilds

    def _lookup_channel(self, channel_id: int) -> tuple[FakeChannel | None, FakeGuild | None, FakeUser | None]:
        for g in self.guilds:
            for c in g.channels:
                if c.id == channel_id:
                    return c, g, None
        if channel_id in self._dm_channels:
            return None, None, self._dm_channels[channel_id]
        return None, None, None

    def _channel_object(self, channel_id: int) -> dict[str, Any] | None:
        ch, _guild, recipient = self._lookup_channel(channel_id)
        if ch is not None:
            return ch.to_dict()
        if recipient is not None:
            return self._dm_channel_object(recipient)
        return None

    async def _h_get_channel(self, request: web.Request, rec: RequestRecord, channel_id: str) -> web.Response:
        obj = self._channel_object(int(channel_id)) if channel_id.isdigit() else None
        if obj is None:
            return self._error(404, 10003, "Unknown Channel")
        return self._ok(obj, rec)

    def _guild_or_404(self, guild_id: str) -> FakeGuild | None:
        return next((g for g in self.guilds if str(g.id) == guild_id), None)

    async def _h_leave_guild(self, request: web.Request, rec: RequestRecord, guild_id: str) -> web.Response:
        """The bot leaves a guild: it is gone from the world, and the bot hears GUILD_DELETE (like Discord)."""
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        self.world.guilds.remove(g)
        self.left_guilds.append(g)
        if self._current_session is not None:
            await self.dispatch_event("GUILD_DELETE", {"id": str(g.id)})
        return self._ok(None, rec, status=204)

    async def _h_get_guild(self, request: web.Request, rec: RequestRecord, guild_id: str) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        data = g.to_gateway_dict()
        for key in (
            "members",
            "channels",
            "threads",
            "presences",
            "voice_states",
            "joined_at",
            "large",
            "member_count",
            "lazy",
            "unavailable",
        ):
            data.pop(key, None)
        return self._ok(data, rec)

    async def _h_guild_channels(self, request: web.Request, rec: RequestRecord, guild_id: str) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        return self._ok([c.to_dict() for c in g.channels], rec)

    async def _h_guild_roles(self, request: web.Request, rec: RequestRecord, guild_id: str) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        return self._ok([r.to_dict() for r in g.roles], rec)

    async def _h_guild_member(
        self, request: web.Request, rec: RequestRecord, guild_id: str, user_id: str
    ) -> web.Response:
        g = self._guild_or_404(guild_id)
        if g is None:
            return self._error(404, 10004, "Unknown Guild")
        m = next((m for m in g.members if str(m.user.id) == user_id), None)
        if m is None:
            return self._error(404, 10007, "Unknown Member")
        return self._ok(m.to_dict(), rec)

    # =========================================================================================
    # world helpers

    def _guild_id(self, guild: Any) -> int:
        if isinstance(guild, FakeGuild):
            return guild.id
        if isinstance(guild, str) and not guild.isdigit():
            return self.world.guild(guild).id
        return int(guild)

    def _resolve_guild(self, guild: Any) -> FakeGuild | None:
        if guild is None:
            return None
        if guild is DEFAULT:
            return self.guild
        if isinstance(guild, FakeGuild):
            return guild
        return self.world.guild(int(guild) if isinstance(guild, int) or str(guild).isdigit() else guild)

    def _channel_id(self, channel: Any) -> int:
        if isinstance(channel, FakeChannel):
            return channel.id
        if isinstance(channel, int):
            return channel
        if isinstance(channel, str):
            if channel.isdigit():
                return int(channel)
            for g in self.guilds:
                for c in g.channels:
                    if c.name == channel.lstrip("#"):
                        return c.id
            raise KeyError(f"no channel named {channel!r}")
        return int(channel.id)

    def _find_user(self, user_id: int) -> FakeUser | None:
        for u in (self.bot_user, self.world.owner):
            if u.id == user_id:
                return u
        for g in self.guilds:
            for m in g.members:
                if m.user.id == user_id:
                    return m.user
        for u in self._dm_channels.values():
            if u.id == user_id:
                return u
        return None

    def _default_member(self, guild: FakeGuild) -> FakeMember:
        for m in guild.members:
            if not m.user.bot and m.user.id != guild.owner_id:
                return m
        return guild.members[0]

    def _resolve_user(self, user: Any, guild: FakeGuild | None) -> FakeUser:
        if isinstance(user, FakeMember):
            return user.user
        if isinstance(user, FakeUser):
            return user
        if user is None:
            g = guild or self.guild
            return self._default_member(g).user
        if isinstance(user, str) and not user.isdigit():
            for g in [guild] if guild else self.guilds:
                with contextlib.suppress(KeyError):
                    return g.member(user).user
            raise KeyError(f"no user named {user!r}")
        found = self._find_user(int(user))
        if found is None:
            raise KeyError(f"unknown user {user!r}")
        return found

    def _resolve_member(self, user: Any, guild: FakeGuild) -> FakeMember:
        if isinstance(user, FakeMember):
            return user
        u = self._resolve_user(user, guild)
        if guild.has_member(u.id):
            return guild.member(u.id)
        return FakeMember(user=u)

    def _dm_channel_id(self, user: FakeUser) -> int:
        for cid, u in self._dm_channels.items():
            if u.id == user.id:
                return cid
        cid = self.snowflakes.next()
        self._dm_channels[cid] = user
        return cid

    def _dm_channel_object(self, user: FakeUser) -> dict[str, Any]:
        cid = self._dm_channel_id(user)
        return {"id": str(cid), "type": 1, "last_message_id": None, "flags": 0, "recipients": [user.to_dict()]}

    @staticmethod
    def _interaction_user_dict(payload: dict[str, Any]) -> dict[str, Any]:
        if "member" in payload:
            return dict(payload["member"]["user"])
        return dict(payload.get("user") or {})
