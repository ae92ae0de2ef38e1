"""The world a test gets unless it builds its own: one guild with roles, channels and members."""

from __future__ import annotations

from .models import FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser, Perm, World, fixed_snowflake


def default_world() -> World:
    """A small deterministic world.

    * bot user ``FAQ Bot`` (id == application id == ``fixed_snowflake(1)``)
    * guild ``Test Guild`` (``fixed_snowflake(10)``) owned by ``owner``
    * roles ``@everyone`` (default perms), ``Moderator`` (MANAGE_MESSAGES/MANAGE_GUILD/...),
      ``FAQ Bot`` (managed bot role)
    * text channels ``general`` and ``mod-log``
    * members ``owner``, ``alice`` (no roles), ``modsquad`` (Moderator) and the bot
    """
    bot_user = FakeUser(id=fixed_snowflake(1), username="FAQ Bot", bot=True)
    owner = FakeUser(id=fixed_snowflake(2), username="owner", global_name="Guild Owner")
    alice = FakeUser(id=fixed_snowflake(3), username="alice", global_name="Alice")
    mod = FakeUser(id=fixed_snowflake(4), username="modsquad", global_name="Mod Squad")
    gid = fixed_snowflake(10)
    moderator = FakeRole(id=fixed_snowflake(11), name="Moderator", permissions=Perm.MODERATOR, position=2)
    bot_role = FakeRole(
        id=fixed_snowflake(12),
        name="FAQ Bot",
        permissions=Perm.BOT,
        position=1,
        managed=True,
        tags={"bot_id": str(bot_user.id)},
    )
    guild = FakeGuild(
        id=gid,
        name="Test Guild",
        owner_id=owner.id,
        roles=[
            FakeRole(id=gid, name="@everyone", permissions=Perm.EVERYONE_DEFAULT),
            bot_role,
            moderator,
        ],
        channels=[
            FakeChannel(id=fixed_snowflake(20), name="general", position=0, topic="General chat"),
            FakeChannel(id=fixed_snowflake(21), name="mod-log", position=1, topic="Moderation log"),
        ],
        members=[
            FakeMember(user=owner),
            FakeMember(user=alice),
            FakeMember(user=mod, roles=[moderator.id]),
            FakeMember(user=bot_user, roles=[bot_role.id]),
        ],
    )
    return World(bot_user=bot_user, owner=owner, application_id=bot_user.id, guilds=[guild])
