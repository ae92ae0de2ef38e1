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
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from load_measures import Phase, Summary, cpu_seconds, measure, percentile, rss_mb  # noqa: E402

from tests.emulator import DiscordEmulator, FakeUser, InteractionHandle, fixed_snowflake  # noqa: E402

P99_TARGET_MS = 50.0
BURST_P99_TARGET_MS = 1000.0
RSS_TARGET_MB = 100.0
RATIO_TARGET = 1.3


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


async def run(
    *, count: int, rate: float, repeat: int, concurrent: int, limit: int, baseline: bool, profile: str | None
) -> Summary:
    questions = load_questions()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        data = Path(tmp)
        async with DiscordEmulator() as emu:
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
                started = time.monotonic()
                await emu.wait_ready(timeout=30)
                if baseline:
                    await emu.wait_until(lambda: bool(emu.registered_commands(emu.guild)), 30, "the /faq command")
                    await asyncio.sleep(0.5)
                else:
                    await wait_connected(data / "heartbeat.json", timeout=30)
                ready_seconds = time.monotonic() - started
                rss_ready, _ = rss_mb(process.pid)

                load = Load(emu, questions)
                warmup = await load.burst(20)
                await settle(emu, warmup, 5)

                t0, cpu0, emu0 = time.monotonic(), cpu_seconds(process.pid), time.process_time()
                flight = await load.in_flight(concurrent, limit)
                await settle(emu, flight, 10)
                flight_phase = measure(emu, f"{limit} in flight", flight, time.monotonic() - t0)
                flight_phase.bot_cpu = cpu_seconds(process.pid) - cpu0
                flight_phase.emulator_cpu = time.process_time() - emu0

                t0, cpu0, emu0 = time.monotonic(), cpu_seconds(process.pid), time.process_time()
                steady = await load.steady(count, rate)
                await settle(emu, steady, 10)
                steady_phase = measure(emu, f"steady {rate:.0f}/s", steady, time.monotonic() - t0)
                steady_phase.bot_cpu = cpu_seconds(process.pid) - cpu0
                steady_phase.emulator_cpu = time.process_time() - emu0
                rss_steady, _ = rss_mb(process.pid)

                bursts: list[Phase] = []
                burst: list[InteractionHandle] = []
                for number in range(repeat):
                    t0, cpu0, emu0 = time.monotonic(), cpu_seconds(process.pid), time.process_time()
                    this_burst = await load.burst(count)
                    sent_ms = (time.monotonic() - t0) * 1000
                    await settle(emu, this_burst, 15)
                    name = f"burst {number + 1}" if repeat > 1 else "burst"
                    phase = measure(emu, name, this_burst, time.monotonic() - t0)
                    phase.bot_cpu = cpu_seconds(process.pid) - cpu0
                    phase.emulator_cpu = time.process_time() - emu0
                    phase.note = f"   (all {count} dispatched within {sent_ms:.0f} ms)"
                    bursts.append(phase)
                    burst += this_burst
                    rss_after, hwm = rss_mb(process.pid)
                    if repeat > 1:
                        print(f"RSS after burst {number + 1}: {rss_after:.1f} MB (peak {hwm:.1f} MB)")
                    await asyncio.sleep(0.5)

                process.send_signal(signal.SIGTERM)
                exit_code = await asyncio.to_thread(process.wait, 15)
            finally:
                if process.poll() is None:
                    process.kill()
                log.close()

            who = "bench/minimal_bot.py (fixed embed)" if baseline else "python -m bot run"
            print(f"bot: {who}, {len(questions)} distinct questions, ready in {ready_seconds:.1f} s")
            load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
            print(f"machine load average (1/5/15 min): {load}")
            print(
                f"{'phase':<16} {'sent':>5} {'answered':>8} {'on time':>7} {'p50 ms':>7} {'p99 ms':>7} "
                f"{'max ms':>7} {'seen p99':>8} {'rate/s':>7} {'bot cpu':>7} {'emu cpu':>7}"
            )
            print(flight_phase.row())
            print(steady_phase.row())
            for phase in bursts:
                print(phase.row())
            print(
                f"RSS: {rss_ready:.1f} MB after READY, {rss_steady:.1f} MB after the steady load, "
                f"{rss_after:.1f} MB after the burst (peak {hwm:.1f} MB)"
            )
            kinds = {}
            for h in flight + steady + burst:
                if h.callback is not None:
                    kind = "crisis/private" if h.callback.ephemeral else "public"
                    kinds[kind] = kinds.get(kind, 0) + 1
            print(
                f"replies: {kinds}; violations: {len(emu.violations)}; unknown requests: "
                f"{len(emu.unknown_requests)}; bot exit code after SIGTERM: {exit_code}"
            )
            routes: dict[str, int] = {}
            for request in emu.requests:
                routes[request.template or request.route] = routes.get(request.template or request.route, 0) + 1
            print("requests the emulator served: " + ", ".join(f"{n} {r}" for r, n in sorted(routes.items())))
            text = (data / "bot.log").read_text()
            print(f"bot log: {text.count(' ERROR ')} error(s), {text.count(' WARNING ')} warning(s)")
            warnings: dict[str, int] = {}
            for line in text.splitlines():
                if " WARNING " in line:  # one line per kind of warning: numbers (ids, counts) folded
                    kind = re.sub(r"\d+", "N", line.split(": ", 1)[-1][:150])
                    warnings[kind] = warnings.get(kind, 0) + 1
            for kind, times in sorted(warnings.items()):
                print(f"  warning ({times}x): {kind}")
            replies = len(warmup) + flight_phase.answered + steady_phase.answered + sum(b.answered for b in bursts)
            stored = replies
            if not baseline:
                with sqlite3.connect(data / "faq.sqlite3") as db:
                    stored = sum(
                        int(db.execute(f"SELECT coalesce(sum(count), 0) FROM {table}").fetchone()[0])
                        for table in ("answer_counts", "crisis_counts")
                    )
                print(f"replies counted in the database: {stored} of {replies}")

            checks = {
                "all answered": steady_phase.answered == count and all(b.answered == count for b in bursts),
                "all on time (3 s)": steady_phase.on_time == count
                and flight_phase.on_time == concurrent
                and all(b.on_time == count for b in bursts),
                f"burst p99 <= {BURST_P99_TARGET_MS:.0f} ms": all(
                    percentile(b.latencies_ms, 0.99) <= BURST_P99_TARGET_MS for b in bursts
                ),
                f"p99 <= {P99_TARGET_MS:.0f} ms at {rate:.0f}/s": percentile(steady_phase.latencies_ms, 0.99)
                <= P99_TARGET_MS,
                f"RSS <= {RSS_TARGET_MB:.0f} MB": max(rss_ready, rss_steady, rss_after) <= RSS_TARGET_MB,
                "no violations": not emu.violations and not emu.unknown_requests,
                "clean exit": exit_code == 0,
                "every reply counted in storage (not a stated target)": stored == replies,
            }
            for name, ok in checks.items():
                print(f"  {'PASS' if ok else 'FAIL'}  {name}")
            print(f"(p50/p99 spread: stdev {statistics.pstdev(steady_phase.latencies_ms):.1f} ms at {rate:.0f}/s)")
            return Summary(
                flight_p50=percentile(flight_phase.latencies_ms, 0.50),
                flight_p99=percentile(flight_phase.latencies_ms, 0.99),
                burst_p99=max(percentile(b.latencies_ms, 0.99) for b in bursts),
                burst_seen_p99=max(percentile(b.seen_ms, 0.99) for b in bursts),
                rss_after_burst=rss_after,
                load=load,
                passed=all(checks.values()),
            )


async def compare(rounds: int, options: dict[str, Any]) -> int:
    """The minimal bot, then the bot, `rounds` times on the same machine load; each round and the medians."""
    results: list[tuple[Summary, Summary]] = []
    for number in range(rounds):
        print(f"===== round {number + 1} of {rounds}: bench/minimal_bot.py =====")
        minimal = await run(baseline=True, profile=None, **options)
        print(f"===== round {number + 1} of {rounds}: python -m bot run =====")
        results.append((minimal, await run(baseline=False, profile=None, **options)))
    header = "in flight p50/p99 ms: minimal  bot  ratio    | burst p99 / seen p99 ms: minimal  bot | bot RSS MB | load"
    print(f"\n{header}")
    for minimal, bot in results:
        print(
            f"  {minimal.flight_p50:6.1f}/{minimal.flight_p99:6.1f}  {bot.flight_p50:6.1f}/{bot.flight_p99:6.1f}  "
            f"{bot.flight_p50 / minimal.flight_p50:4.2f}/{bot.flight_p99 / minimal.flight_p99:4.2f}x | "
            f"{minimal.burst_p99:6.0f}/{minimal.burst_seen_p99:6.0f}  {bot.burst_p99:6.0f}/{bot.burst_seen_p99:6.0f}"
            f" | {bot.rss_after_burst:6.1f} | {bot.load}"
        )

    def med(values: list[float]) -> float:
        return statistics.median(values)

    ratio50 = med([b.flight_p50 / m.flight_p50 for m, b in results])
    ratio99 = med([b.flight_p99 / m.flight_p99 for m, b in results])
    minimal50, bot50 = med([m.flight_p50 for m, _ in results]), med([b.flight_p50 for _, b in results])
    minimal99, bot99 = med([m.flight_p99 for m, _ in results]), med([b.flight_p99 for _, b in results])
    print(
        f"medians: in flight p50 {minimal50:.1f} vs {bot50:.1f} ms ({ratio50:.2f}x), p99 {minimal99:.1f} vs "
        f"{bot99:.1f} ms ({ratio99:.2f}x); burst p99 minimal {med([m.burst_p99 for m, _ in results]):.0f} ms, "
        f"bot {med([b.burst_p99 for _, b in results]):.0f} ms (seen {med([b.burst_seen_p99 for _, b in results]):.0f}"
        f" ms); bot RSS after the burst {med([b.rss_after_burst for _, b in results]):.1f} MB"
    )
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
