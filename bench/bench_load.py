#!/usr/bin/env python3
"""Load benchmark: the deployed bot (`python -m bot run` in a subprocess) under slash-command load.

    .venv/bin/python bench/bench_load.py                   # 300 with 50 in flight, 1,000 at 200/s, a 1,000 burst
    .venv/bin/python bench/bench_load.py --baseline        # the same load on bench/minimal_bot.py (a fixed embed)
    .venv/bin/python bench/bench_load.py --profile out.prof  # the bot under cProfile (pstats reads out.prof)
    .venv/bin/python bench/bench_load.py --compare 3       # minimal bot then the bot, 3 rounds; medians and ratios

Phases: "50 in flight" sends --concurrent interactions (default 300) keeping --in-flight (50) unanswered at a
time; "steady" sends --count at --rate per second; "burst" dispatches --count at once.

The local Discord emulator (tests/emulator) runs in this process; the bot runs as a self-hoster runs it, with
default settings except BOT_DUPLICATE_WINDOW_SECONDS=0 (so every public answer is rendered and posted in full
rather than replaced by a pointer to the previous one). Every interaction comes from a different member, so the
per-member cooldown stays at its default and never triggers. Questions are the project's regression set
(tests/questions.yaml: answers, close calls, declines, crisis and treatment questions), a quarter of them private.

"bot cpu" and "emu cpu" are the CPU seconds the bot process and this process (emulator + load generator) used
during a phase: on a 2-core machine the two compete, and the burst's latency is mostly queueing in both.
Latency is the emulator's gateway dispatch of INTERACTION_CREATE -> the bot's interaction callback arriving,
both on the emulator's clock (what Discord's 3 s deadline applies to). "seen p99" is when the member sees the
reply: the callback itself, or for a deferred one ("thinking…") the follow-up message that carries the answer.
RSS is the bot process's VmRSS from /proc (VmHWM is the peak).
Targets: every interaction answered, p99 <= 50 ms at 200/s, burst p99 <= 1 s, RSS <= 100 MB, and p50/p99 with 50 in
flight within 1.3x of the minimal bot's. `--compare N` runs the minimal bot and the bot back to back N times on
the same machine load and prints each round and the medians: on a shared machine compare only those.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from load_measures import Phase, Summary, cpu_seconds, measure, rss_mb  # noqa: E402
from load_report import RATIO_TARGET, Measured, print_medians, print_rounds, report  # noqa: E402

from tests.emulator import DiscordEmulator, FakeUser, InteractionHandle, fixed_snowflake  # noqa: E402


def load_questions() -> list[str]:
    items = yaml.safe_load((ROOT / "tests" / "questions.yaml").read_text())
    return [str(item["q"])[:100] for item in items]


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
        # All at once, as Discord's gateway would send them. The emulator shares this process's event loop, so it
        # reads no callback until the last one is sent ("dispatched within" in the table): on a loaded machine
        # that alone can take a second or more, for the minimal bot as much as for the bot.
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


async def wait_connected(heartbeat: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = json.loads(heartbeat.read_text())
            if state.get("gateway") or state.get("connected"):  # "connected": the heartbeat of earlier versions
                return
        except (OSError, ValueError):
            pass
        await asyncio.sleep(0.05)
    raise SystemExit("the bot did not become ready")


def bot_command(baseline: bool, profile: str | None) -> list[str]:
    """The process under test: the FAQ bot as deployed, or the minimal discord.py bot."""
    program = [str(ROOT / "bench" / "minimal_bot.py")] if baseline else ["-m", "bot", "run"]
    if profile:
        return [sys.executable, "-m", "cProfile", "-o", str(Path(profile).resolve()), *program]
    return [sys.executable, *program]


def bot_env(emu: DiscordEmulator, data: Path) -> dict[str, str]:
    """The environment of the process under test: ours without BOT_/DISCORD_ settings, pointed at the emulator."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DISCORD_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        DISCORD_TOKEN=emu.token,
        DISCORD_API_BASE=emu.api_base,
        DISCORD_GATEWAY_URL=emu.gateway_url,
        BOT_DEV_GUILD_IDS=str(emu.guild.id),
        BOT_DATABASE_PATH=str(data / "faq.sqlite3"),
        BOT_HEARTBEAT_PATH=str(data / "heartbeat.json"),
        BOT_KNOWLEDGE_PATH=str(ROOT / "knowledge"),
        BOT_DUPLICATE_WINDOW_SECONDS="0",
    )
    return env


async def wait_bot_ready(emu: DiscordEmulator, data: Path, baseline: bool) -> None:
    """Until the process under test is connected (the minimal bot: until it registered /faq)."""
    await emu.wait_ready(timeout=30)
    if baseline:
        await emu.wait_until(lambda: bool(emu.registered_commands(emu.guild)), 30, "the /faq command")
        await asyncio.sleep(0.5)
    else:
        await wait_connected(data / "heartbeat.json", timeout=30)


async def timed_phase(
    emu: DiscordEmulator, pid: int, name: str, send: Awaitable[list[InteractionHandle]], settle_seconds: float
) -> tuple[list[InteractionHandle], Phase, float]:
    """Send a phase's load, wait for its replies; its handles, what it measured and ms taken to send it all."""
    t0, cpu0, emu0 = time.monotonic(), cpu_seconds(pid), time.process_time()
    handles = await send
    sent_ms = (time.monotonic() - t0) * 1000
    await settle(emu, handles, settle_seconds)
    phase = measure(emu, name, handles, time.monotonic() - t0)
    phase.bot_cpu = cpu_seconds(pid) - cpu0
    phase.emulator_cpu = time.process_time() - emu0
    return handles, phase, sent_ms


async def run_bursts(
    emu: DiscordEmulator, load: Load, pid: int, count: int, repeat: int
) -> tuple[list[Phase], list[InteractionHandle], float, float]:
    """`repeat` bursts of `count`: their phases, all their handles, and RSS / peak RSS after the last one."""
    bursts: list[Phase] = []
    burst: list[InteractionHandle] = []
    for number in range(repeat):
        name = f"burst {number + 1}" if repeat > 1 else "burst"
        this_burst, phase, sent_ms = await timed_phase(emu, pid, name, load.burst(count), 15)
        phase.note = f"   (all {count} dispatched within {sent_ms:.0f} ms)"
        bursts.append(phase)
        burst += this_burst
        rss_after, hwm = rss_mb(pid)
        if repeat > 1:
            print(f"RSS after burst {number + 1}: {rss_after:.1f} MB (peak {hwm:.1f} MB)")
        await asyncio.sleep(0.5)
    return bursts, burst, rss_after, hwm


async def drive(
    emu: DiscordEmulator,
    process: subprocess.Popen[bytes],
    data: Path,
    questions: list[str],
    *,
    count: int,
    rate: float,
    repeat: int,
    concurrent: int,
    limit: int,
    baseline: bool,
) -> Measured:
    """Wait for the process under test, run the phases (in flight, steady, bursts), then stop it with SIGTERM."""
    started = time.monotonic()
    await wait_bot_ready(emu, data, baseline)
    ready_seconds = time.monotonic() - started
    rss_ready, _ = rss_mb(process.pid)

    load = Load(emu, questions)
    warmup = await load.burst(20)
    await settle(emu, warmup, 5)

    flight, flight_phase, _ = await timed_phase(
        emu, process.pid, f"{limit} in flight", load.in_flight(concurrent, limit), 10
    )
    steady, steady_phase, _ = await timed_phase(emu, process.pid, f"steady {rate:.0f}/s", load.steady(count, rate), 10)
    rss_steady, _ = rss_mb(process.pid)
    bursts, burst, rss_after, hwm = await run_bursts(emu, load, process.pid, count, repeat)

    process.send_signal(signal.SIGTERM)
    exit_code = await asyncio.to_thread(process.wait, 15)
    return Measured(
        ready_seconds,
        rss_ready,
        rss_steady,
        rss_after,
        hwm,
        warmup,
        flight,
        flight_phase,
        steady,
        steady_phase,
        bursts,
        burst,
        exit_code,
    )


async def run(
    *, count: int, rate: float, repeat: int, concurrent: int, limit: int, baseline: bool, profile: str | None
) -> Summary:
    questions = load_questions()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        data = Path(tmp)
        async with DiscordEmulator() as emu:
            env = bot_env(emu, data)
            log = (data / "bot.log").open("w")
            process = subprocess.Popen(
                bot_command(baseline, profile),
                cwd=data,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
            try:
                measured = await drive(
                    emu,
                    process,
                    data,
                    questions,
                    count=count,
                    rate=rate,
                    repeat=repeat,
                    concurrent=concurrent,
                    limit=limit,
                    baseline=baseline,
                )
            finally:
                if process.poll() is None:
                    process.kill()
                log.close()
            return report(
                emu,
                data,
                measured,
                questions=len(questions),
                baseline=baseline,
                count=count,
                rate=rate,
                concurrent=concurrent,
            )


async def compare(rounds: int, options: dict[str, Any]) -> int:
    """The minimal bot, then the bot, `rounds` times on the same machine load; each round and the medians."""
    results: list[tuple[Summary, Summary]] = []
    for number in range(rounds):
        print(f"===== round {number + 1} of {rounds}: bench/minimal_bot.py =====")
        minimal = await run(baseline=True, profile=None, **options)
        print(f"===== round {number + 1} of {rounds}: python -m bot run =====")
        results.append((minimal, await run(baseline=False, profile=None, **options)))
    print_rounds(results)
    ratio50, ratio99 = print_medians(results)
    within = ratio50 <= RATIO_TARGET and ratio99 <= RATIO_TARGET
    verdict = "PASS" if within else "FAIL"
    print(f"  {verdict}  in-flight p50 and p99 within {RATIO_TARGET}x of the minimal bot's (medians)")
    return 0 if within and all(b.passed for _, b in results) else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="interactions per phase (default 1000)")
    parser.add_argument("--rate", type=float, default=200.0, help="steady rate per second (default 200)")
    parser.add_argument(
        "--bursts", type=int, default=1, help="how many bursts (more shows whether memory keeps growing)"
    )
    parser.add_argument("--concurrent", type=int, default=300, help="interactions in the in-flight phase (300)")
    parser.add_argument("--in-flight", type=int, default=50, help="unanswered at a time in that phase (50)")
    parser.add_argument("--baseline", action="store_true", help="measure bench/minimal_bot.py instead of the bot")
    parser.add_argument("--profile", help="run the bot (or the minimal bot) under cProfile, written to this file")
    parser.add_argument("--compare", type=int, metavar="N", help="the minimal bot, then the bot, N rounds; medians")
    args = parser.parse_args()
    options: dict[str, Any] = dict(
        count=args.count, rate=args.rate, repeat=args.bursts, concurrent=args.concurrent, limit=args.in_flight
    )
    if args.compare:
        raise SystemExit(asyncio.run(compare(args.compare, options)))
    summary = asyncio.run(run(baseline=args.baseline, profile=args.profile, **options))
    raise SystemExit(0 if summary.passed else 1)


if __name__ == "__main__":
    main()
