"""Bursts: an interaction that waited too long in the queue, or arrived while the bot is behind, is acknowledged
at once (deferred), then answered, and a deferral never makes a private reply public."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import discord
import pytest
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter

import bot.discord_app.backlog as backlog
import bot.discord_app.language as language
import bot.discord_app.replies as replies
from bot.config import Config
from bot.discord_app.client import FaqBot
from tests.e2e.conftest import build_bot, labels, make_config, new_member, running
from tests.emulator import DiscordEmulator, FakeUser, fixed_snowflake

DEFERRED = 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "thinking…"
QUESTION = "Is CAR-T a cure for lupus?"


@pytest.fixture
def always_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every interaction as one that waited too long (as the later ones in a burst do)."""
    monkeypatch.setattr(replies, "DEFER_AFTER_SECONDS", -1.0)


async def test_a_fresh_interaction_is_answered_directly(emu: DiscordEmulator, bot: FaqBot) -> None:
    handle = await emu.slash_command("faq", {"question": QUESTION})
    callback = await handle
    assert callback.type == 4 and callback.embed["title"] == QUESTION
    emu.assert_clean()


@pytest.mark.usefixtures("always_behind")
async def test_a_late_public_question_is_deferred_then_answered_in_public(emu: DiscordEmulator, bot: FaqBot) -> None:
    handle = await emu.slash_command("faq", {"question": QUESTION})
    callback = await handle
    assert callback.type == DEFERRED and not callback.ephemeral
    # The bot needs nothing of the "thinking…" placeholder: it does not ask Discord to send it back.
    assert callback.request is not None and "with_response" not in callback.request.query
    original = await handle.wait_original()
    assert original.embed["title"] == QUESTION and not original.ephemeral
    assert labels(original.components)[:3] == ["Show quotes", "Helpful", "Not helpful"]
    emu.assert_clean()


@pytest.mark.usefixtures("always_behind")
async def test_a_deferred_public_answer_is_linked_to_when_asked_again(
    emu: DiscordEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The follow-up's message id comes from Discord's copy of it: read without building a WebhookMessage from it.
    def not_built(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a WebhookMessage was built for a follow-up")

    monkeypatch.setattr(discord.Webhook, "_create_message", not_built)
    general = emu.guild.channel("general")
    async with running(emu, build_bot(make_config(tmp_path, duplicate_window_seconds=60))):
        first = await emu.slash_command("faq", {"question": QUESTION}, user="alice")
        assert (await first).type == DEFERRED
        answer = await first.wait_original()
        assert answer.embed["title"] == QUESTION and not answer.ephemeral
        again = await emu.slash_command("faq", {"question": QUESTION}, user=new_member(emu, "bob"))
        assert (await again).type == DEFERRED
        await emu.wait_until(lambda: bool(again.followups) and again.original_deleted, 5, "the private pointer")
        (pointer,) = [m for m in again.followups if not m.deleted]
        link = f"https://discord.com/channels/{emu.guild.id}/{general.id}/{answer.id}"
        assert pointer.ephemeral and pointer.content == f"That was answered in this channel a moment ago: {link}"
    emu.assert_clean()


@pytest.mark.usefixtures("always_behind")
async def test_a_late_crisis_message_never_shows_in_public(emu: DiscordEmulator, bot: FaqBot) -> None:
    handle = await emu.slash_command("faq", {"question": "i want to die, i can't do this anymore"})
    callback = await handle
    assert callback.type == DEFERRED and not callback.ephemeral  # the question was asked in public
    await emu.wait_until(lambda: bool(handle.followups) and handle.original_deleted, 5, "the private reply")
    private = [m for m in handle.followups if not m.deleted]
    assert len(private) == 1 and private[0].ephemeral and "988" in private[0].embed["description"]
    emu.assert_clean()


@pytest.mark.usefixtures("always_behind")
async def test_late_private_replies_stay_private(emu: DiscordEmulator, bot: FaqBot) -> None:
    handle = await emu.slash_command("faq", {"question": QUESTION, "private": True})
    callback = await handle
    assert callback.type == DEFERRED and callback.ephemeral
    original = await handle.wait_original()
    assert original.ephemeral and original.embed["title"] == QUESTION
    for command in ("sources", "about"):
        about = await emu.slash_command(command)
        assert (await about).ephemeral
        assert (await about.wait_original()).embeds
    emu.assert_clean()


@pytest.mark.parametrize("cause", ["BEHIND_LAG_SECONDS", "BEHIND_UNACKNOWLEDGED"])
async def test_while_the_bot_is_behind_fresh_interactions_are_acknowledged_first(
    emu: DiscordEmulator, bot: FaqBot, monkeypatch: pytest.MonkeyPatch, cause: str
) -> None:
    # Behind: the event loop lags (any lag counts), or interactions wait for a first response (one is enough).
    monkeypatch.setattr(backlog, cause, 0.0 if cause == "BEHIND_LAG_SECONDS" else 1)
    users = [FakeUser(id=fixed_snowflake(), username=f"member{n}") for n in range(4)]
    handles = [
        await emu.slash_command("faq", {"question": QUESTION, "private": n % 2 == 1}, user=user)
        for n, user in enumerate(users)
    ]
    for n, handle in enumerate(handles):
        callback = await handle
        assert callback.type == DEFERRED and callback.ephemeral == (n % 2 == 1)
        original = await handle.wait_original()
        assert original.embed["title"] == QUESTION and original.ephemeral == (n % 2 == 1)
    assert bot.backlog.unacknowledged == 0
    emu.assert_clean()


async def test_when_the_bot_keeps_up_nothing_is_deferred(emu: DiscordEmulator, bot: FaqBot) -> None:
    handles = [
        await emu.slash_command("faq", {"question": QUESTION}, user=FakeUser(id=fixed_snowflake(), username=f"m{n}"))
        for n in range(3)
    ]
    assert [(await handle).type for handle in handles] == [4, 4, 4]
    assert bot.backlog.unacknowledged == 0 and not bot.backlog.behind()
    emu.assert_clean()


def test_the_languages_are_ready_before_the_first_interaction(config: Config) -> None:
    # Building them (one matcher per language, up to a second of CPU on a busy machine) inside the first
    # interaction held up the interactions queued behind it until they were old enough to be deferred.
    built = build_bot(config)
    assert language._ENGINES[id(built.engine)].engine is built.engine


@pytest.fixture
def two_responses_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backlog, "RESPONSES_AT_ONCE", 2)


@pytest.mark.usefixtures("always_behind", "two_responses_at_once")
async def test_in_a_burst_only_a_few_first_responses_are_under_way_at_once(
    emu: DiscordEmulator, bot: FaqBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The others wait as paused coroutines, not as whole HTTP requests queued for a connection (memory kept).
    under_way, most = 0, 0
    send = AsyncWebhookAdapter.request

    async def counted(self: AsyncWebhookAdapter, route: Route, *args: Any, **kwargs: Any) -> Any:
        nonlocal under_way, most
        if not route.path.endswith("/callback"):
            return await send(self, route, *args, **kwargs)
        under_way += 1
        most = max(most, under_way)
        try:
            return await send(self, route, *args, **kwargs)
        finally:
            under_way -= 1

    monkeypatch.setattr(AsyncWebhookAdapter, "request", counted)
    users = [FakeUser(id=fixed_snowflake(), username=f"member{n}") for n in range(8)]
    handles = [await emu.slash_command("faq", {"question": QUESTION}, user=user) for user in users]
    for handle in handles:
        assert (await handle).type == DEFERRED
        assert (await handle.wait_original()).embed["title"] == QUESTION
    assert most == 2
    emu.assert_clean()
