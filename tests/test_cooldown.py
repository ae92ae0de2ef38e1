"""The per-member cooldown: `rate` uses per window, and members who stopped asking are forgotten."""

from __future__ import annotations

from bot.discord_app.guards import Cooldown


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_member_gets_rate_uses_per_window_then_is_told_how_long_to_wait() -> None:
    clock = Clock()
    cooldown = Cooldown(3, 30.0, clock)
    for _ in range(3):
        assert cooldown.retry_after(7) == 0.0
        clock.now += 1
    assert cooldown.retry_after(7) == 27.0  # the first of the three was 3 s ago: 27 s until it leaves the window
    assert cooldown.retry_after(8) == 0.0  # another member is not held back
    clock.now += 27
    assert cooldown.retry_after(7) == 0.0  # the oldest use left the window: one more is allowed
    assert cooldown.retry_after(7) == 1.0  # the other two are still in it (the next leaves in 1 s)


def test_members_who_stopped_asking_are_forgotten_within_a_window() -> None:
    clock = Clock()
    cooldown = Cooldown(5, 30.0, clock)
    for member in range(1000):  # a burst from a thousand members
        cooldown.retry_after(member)
    assert cooldown.remembered() == 1000
    clock.now += 31
    cooldown.retry_after(5000)
    assert cooldown.remembered() == 1  # only the member who asked just now
    for _ in range(4):
        assert cooldown.retry_after(5000) == 0.0
    assert cooldown.retry_after(5000) > 0  # forgetting the idle ones never forgets a member's own recent uses


def test_no_window_means_no_cooldown_and_nothing_remembered() -> None:
    cooldown = Cooldown(1, 0.0, Clock())
    assert all(cooldown.retry_after(1) == 0.0 for _ in range(10))
    assert cooldown.remembered() == 0
