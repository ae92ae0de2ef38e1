"""The emulated Discord "world": users, roles, channels, members, guilds, snowflakes."""

from __future__ import annotations

import datetime as _dt
import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Any

DISCORD_EPOCH_MS = 1420070400000


class Perm:
    """A few Discord permission bits (https://discord.com/developers/docs/topics/permissions)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_AUDIT_LOG = 1 << 7
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CHANGE_NICKNAME = 1 << 26
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    SEND_MESSAGES_IN_THREADS = 1 << 38
    MODERATE_MEMBERS = 1 << 40
    ALL = (1 << 51) - 1

    EVERYONE_DEFAULT = (
        CREATE_INSTANT_INVITE
        | ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | USE_EXTERNAL_EMOJIS
        | CHANGE_NICKNAME
        | USE_APPLICATION_COMMANDS
        | SEND_MESSAGES_IN_THREADS
    )
    MODERATOR = MANAGE_MESSAGES | MANAGE_GUILD | KICK_MEMBERS | MODERATE_MEMBERS | VIEW_AUDIT_LOG
    BOT = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_EXTERNAL_EMOJIS


class SnowflakeGenerator:
    """Time-based, strictly increasing snowflakes (so ``discord.utils.snowflake_time`` is sane)."""

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            value = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
            value = max(value, self._last + 1)
            self._last = value
            return value


_FIXED_BASE = (1704067200000 - DISCORD_EPOCH_MS) << 22  # 2024-01-01T00:00:00Z
_fixed_counter = itertools.count(1)


def fixed_snowflake(n: int | None = None) -> int:
    """A deterministic snowflake dated 2024-01-01 (used for the default world)."""
    return _FIXED_BASE + (n if n is not None else 100_000 + next(_fixed_counter))


def iso_now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat()


def _ids(value: Any) -> int:
    """Accept an int, a numeric str or anything with an ``id`` attribute."""
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return int(value)
    return int(value.id)


@dataclass
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    discriminator: str = "0"
    avatar: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "global_name": self.global_name,
            "discriminator": self.discriminator,
            "avatar": self.avatar,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "collectibles": None,
            "primary_guild": None,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int = 0
    position: int = 0
    color: int = 0
    hoist: bool = False
    managed: bool = False
    mentionable: bool = False
    tags: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": self.color,
            "colors": {"primary_color": self.color, "secondary_color": None, "tertiary_color": None},
            "hoist": self.hoist,
            "managed": self.managed,
            "mentionable": self.mentionable,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
            "description": None,
        }
        if self.tags is not None:
            data["tags"] = self.tags
        return data


@dataclass
class FakeChannel:
    id: int
    name: str
    type: int = 0  # 0 = GUILD_TEXT, 4 = GUILD_CATEGORY, 5 = announcement, 2 = voice
    position: int = 0
    topic: str | None = None
    nsfw: bool = False
    parent_id: int | None = None
    permission_overwrites: list[dict[str, Any]] = field(default_factory=list)
    guild_id: int | None = None

    def to_dict(self, *, include_guild_id: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": list(self.permission_overwrites),
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "nsfw": self.nsfw,
            "flags": 0,
        }
        if self.type in (0, 5):
            data.update(
                topic=self.topic,
                last_message_id=None,
                rate_limit_per_user=0,
                default_auto_archive_duration=1440,
            )
        if include_guild_id and self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        return data


@dataclass
class FakeMember:
    user: FakeUser
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = "2024-01-01T00:00:00+00:00"
    #: Overrides the computed permissions sent in interaction payloads.
    permissions: int | None = None

    @property
    def id(self) -> int:
        return self.user.id

    def to_dict(self, *, with_user: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
            "avatar_decoration_data": None,
        }
        if with_user:
            data["user"] = self.user.to_dict()
        return data


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: list[FakeRole] = field(default_factory=list)
    channels: list[FakeChannel] = field(default_factory=list)
    members: list[FakeMember] = field(default_factory=list)
    preferred_locale: str = "en-US"
    features: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not any(r.id == self.id for r in self.roles):
            self.roles.insert(0, FakeRole(id=self.id, name="@everyone", permissions=Perm.EVERYONE_DEFAULT))
        for ch in self.channels:
            ch.guild_id = self.id

    # -- lookups ---------------------------------------------------------
    @property
    def everyone(self) -> FakeRole:
        return self.role(self.id)

    def role(self, key: str | int) -> FakeRole:
        for r in self.roles:
            if r.id == key or r.name == key:
                return r
        raise KeyError(f"no role {key!r} in guild {self.name!r}")

    def channel(self, key: str | int) -> FakeChannel:
        for c in self.channels:
            if c.id == key or c.name == key:
                return c
        raise KeyError(f"no channel {key!r} in guild {self.name!r}")

    def member(self, key: str | int) -> FakeMember:
        for m in self.members:
            if m.user.id == key or m.user.username == key:
                return m
        raise KeyError(f"no member {key!r} in guild {self.name!r}")

    def has_member(self, user_id: int) -> bool:
        return any(m.user.id == user_id for m in self.members)

    def add_member(self, member: FakeMember) -> FakeMember:
        self.members.append(member)
        return member

    def base_permissions(self, member: FakeMember) -> int:
        """Guild-level permissions (no channel overwrites)."""
        if member.permissions is not None:
            return member.permissions
        if member.user.id == self.owner_id:
            return Perm.ALL
        perms = self.everyone.permissions
        for rid in member.roles:
            try:
                perms |= self.role(rid).permissions
            except KeyError:
                continue
        if perms & Perm.ADMINISTRATOR:
            return Perm.ALL
        return perms

    def to_gateway_dict(self) -> dict[str, Any]:
        """The GUILD_CREATE payload."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "icon_hash": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": self.preferred_locale,
            "features": list(self.features),
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "max_members": 500000,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "application_id": None,
            "roles": [r.to_dict() for r in self.roles],
            "emojis": [],
            "stickers": [],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "large": False,
            "unavailable": False,
            "lazy": True,
            "member_count": len(self.members),
            "voice_states": [],
            "members": [m.to_dict() for m in self.members],
            "channels": [c.to_dict(include_guild_id=False) for c in self.channels],
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "embedded_activities": [],
            "incidents_data": None,
        }


@dataclass
class World:
    """Everything the emulator knows about: the bot, its application, guilds."""

    bot_user: FakeUser
    owner: FakeUser
    application_id: int
    application_name: str = "FAQ Bot"
    application_flags: int = 0
    guilds: list[FakeGuild] = field(default_factory=list)

    def guild(self, key: str | int) -> FakeGuild:
        for g in self.guilds:
            if g.id == key or g.name == key:
                return g
        raise KeyError(f"no guild {key!r}")
