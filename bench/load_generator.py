"""The load bench/bench_load.py sends: /faq interactions from distinct members, and waiting for their replies."""

from __future__ import annotations

import asyncio
import contextlib
import time

from tests.emulator import DiscordEmulator, FakeUser, InteractionHandle, fixed_snowflake


class Load:
    """Sends /faq interactions from distinct members and collects their handles."""

    def __init__(self, emu: DiscordEmulator, questions: list[str]) -> None:
        self.emu = emu
        self.questions = questions
        self.sent = 0

    async def send_one(self) -> InteractionHandle:
        n = self.sent
        self.sent += 1
        user = FakeUser(id=fixed_snowflake(), username=f"member{n}")
        options: dict[str, object] = {"question": self.questions[n % len(self.questions)]}
        if n % 4 == 3:
            options["private"] = True
        return await self.emu.slash_command("faq", options, user=user)

    async def steady(self, count: int, rate: float) -> list[InteractionHandle]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        handles = []
        for i in range(count):
            delay = start + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            handles.append(await self.send_one())
        return handles

    async def burst(self, count: int) -> list[InteractionHandle]:
        """All at once, as Discord's gateway would send them ("dispatched within" in the table).

        The emulator reads no callback until the last one is sent, unless the bot falls so far behind that the
        gateway socket fills. Reading the callbacks in between (a yield after every dispatch) was tried: the
        emulator then spends its time on callbacks and the 1,000 go out over 4-7 s, a stream and no longer a
        burst. So both bots' burst latencies include the emulator's dispatching (about 0.3 ms per
        interaction on an idle machine), alike.
        """
        return [await self.send_one() for _ in range(count)]

    async def in_flight(self, count: int, limit: int) -> list[InteractionHandle]:
        """Send `count`, never more than `limit` unanswered at once (each answered one makes room)."""
        handles: list[InteractionHandle] = []
        room = asyncio.Semaphore(limit)

        async def one() -> None:
            async with room:
                handle = await self.send_one()
                handles.append(handle)
                with contextlib.suppress(Exception):
                    await handle.wait_callback(timeout=10)

        await asyncio.gather(*(one() for _ in range(count)))
        return handles


def waiting(handle: InteractionHandle) -> bool:
    """No reply yet: no callback, or a deferral ("thinking…") whose follow-up has not come."""
    if handle.violations:
        return False
    return handle.callback is None or (handle.callback.type == 5 and not handle.followups)


async def settle(emu: DiscordEmulator, handles: list[InteractionHandle], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while any(waiting(h) for h in handles) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
