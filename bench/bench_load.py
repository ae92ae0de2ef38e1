#!/usr/bin/env python3
"""Load benchmark: the deployed bot (`python -m bot run` in a subprocess) under slash-command load.

    .venv/bin/python bench/bench_load.py                   # 300 with 50 in flight, 1,000 at 200/s, a 1,000 burst
    .venv/bin/python bench/bench_load.py --baseline        # the same load on bench/minimal_bot.py (a fixed embed)
    .venv/bin/python bench/bench_load.py --profile out.prof  # the bot's load phases under cProfile (see --help)
    .venv/bin/python bench/bench_load.py --compare 5       # minimal bot, bot, minimal bot, ... 5 rounds; medians
    .venv/bin/python bench/bench_load.py --compare 3 --warm-all  # every question asked once before the phases

Phases: "50 in flight" sends --concurrent interactions (default 300) keeping --in-flight (50) unanswered at a
time; "steady" sends --count at --rate per second; "burst" dispatches --count at once.

Processes: the process under test (the bot, or the minimal bot) runs alone in its own process, as a self-hoster
runs it, with default settings except BOT_DUPLICATE_WINDOW_SECONDS=0 (so every public answer is rendered and
posted in full rather than replaced by a pointer to the previous one). The local Discord emulator
(tests/emulator) and the load generator run together in a second process: the load generator is the emulator
dispatching INTERACTION_CREATE on its gateway (see Load.burst for what that means in a burst). With --compare
each run gets fresh processes (this script starts itself once per run and reads the run's numbers back), so no
run inherits another's memory or garbage, and the minimal bot and the bot alternate (ABAB...) so both see the
same drift in the machine's load. Every interaction comes from a different member, so the per-member cooldown
stays at its default and never triggers. Questions are the project's regression set (tests/questions.yaml:
answers, close calls, declines, crisis and treatment questions), a quarter of them private. A warm-up of 20 comes
first, so most of the in-flight phase asks a question for the first time (the bot matches it) and the later phases
repeat them (answered from the bot's cache, as when members ask alike). --warm-all asks every question once in
the warm-up instead: every phase is then answered from the cache, which measures the bot without its matching.

What is measured. Latency: from the emulator's gateway dispatch of INTERACTION_CREATE to the bot's interaction
callback arriving, both on the emulator's clock (what Discord's 3 s deadline applies to); a deferral
("thinking...") counts as the callback, and one never answered (its callback refused as too late) as an
infinite latency, so percentiles cover every interaction sent. "seen p99" is when the member sees the reply: the
callback, or for a deferred one the follow-up message that carries the answer. "bot cpu" and "emu cpu" are the
CPU seconds the process under test and the emulator process used during a phase; CPU ms per interaction is
the measure least moved by the machine's load. RSS is the process under test's VmRSS from /proc (VmHWM is the
peak). The machine's 1-minute load average is printed before and after each run: on a 2-core machine anything
above ~2 means other work competes for the cores and latencies grow with it, for both bots alike.
Targets: every interaction answered, p99 <= 50 ms at 200/s, burst p99 <= 1 s, RSS <= 100 MB, and p50/p99 with 50 in
flight within 1.3x of the minimal bot's. On a shared machine compare the bot with the minimal bot only within
one --compare run, by its medians.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
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

from load_generator import Load, settle  # noqa: E402
from load_measures import Phase, Summary, cpu_seconds, load_average, measure, rss_mb  # noqa: E402
from load_report import RATIO_TARGET, Measured, print_medians, print_rounds, report  # noqa: E402
from phase_profile import PhaseSignals  # noqa: E402

from tests.emulator import DiscordEmulator, InteractionHandle  # noqa: E402


def load_questions() -> list[str]:
    items = yaml.safe_load((ROOT / "tests" / "questions.yaml").read_text())
    return [str(item["q"])[:100] for item in items]


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
    if profile:  # profiled only during the load phases (see bench/phase_profile.py)
        return [sys.executable, str(ROOT / "bench" / "phase_profile.py"), str(Path(profile).resolve()), *program]
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
    emu: DiscordEmulator,
    probe: PhaseSignals,
    name: str,
    send: Awaitable[list[InteractionHandle]],
    settle_seconds: float,
) -> tuple[list[InteractionHandle], Phase, float]:
    """Send a phase's load, wait for its replies; its handles, what it measured and ms taken to send it all."""
    probe.start()
    t0, cpu0, emu0 = time.monotonic(), cpu_seconds(probe.pid), time.process_time()
    handles = await send
    sent_ms = (time.monotonic() - t0) * 1000
    await settle(emu, handles, settle_seconds)
    phase = measure(emu, name, handles, time.monotonic() - t0)
    phase.bot_cpu = cpu_seconds(probe.pid) - cpu0
    phase.emulator_cpu = time.process_time() - emu0
    await probe.stop(name)
    return handles, phase, sent_ms


async def run_bursts(
    emu: DiscordEmulator, load: Load, probe: PhaseSignals, count: int, repeat: int
) -> tuple[list[Phase], list[InteractionHandle], float, float]:
    """`repeat` bursts of `count`: their phases, all their handles, and RSS / peak RSS after the last one."""
    bursts: list[Phase] = []
    burst: list[InteractionHandle] = []
    for number in range(repeat):
        name = f"burst {number + 1}" if repeat > 1 else "burst"
        this_burst, phase, sent_ms = await timed_phase(emu, probe, name, load.burst(count), 15)
        phase.note = f"   (all {count} dispatched within {sent_ms:.0f} ms)"
        bursts.append(phase)
        burst += this_burst
        rss_after, hwm = rss_mb(probe.pid)
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
    profile: str | None,
    warm: bool,
) -> Measured:
    """Wait for the process under test, run the phases (in flight, steady, bursts), then stop it with SIGTERM."""
    started = time.monotonic()
    await wait_bot_ready(emu, data, baseline)
    ready_seconds = time.monotonic() - started
    rss_ready, _ = rss_mb(process.pid)

    load = Load(emu, questions)
    warmup = await (load.in_flight(len(questions), limit) if warm else load.burst(20))
    await settle(emu, warmup, 10)

    probe = PhaseSignals(process.pid, profile)
    flight, flight_phase, _ = await timed_phase(emu, probe, f"{limit} in flight", load.in_flight(concurrent, limit), 10)
    steady, steady_phase, _ = await timed_phase(emu, probe, f"steady {rate:.0f}/s", load.steady(count, rate), 10)
    rss_steady, _ = rss_mb(process.pid)
    bursts, burst, rss_after, hwm = await run_bursts(emu, load, probe, count, repeat)
    probe.combine()

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
    *,
    count: int,
    rate: float,
    repeat: int,
    concurrent: int,
    limit: int,
    baseline: bool,
    profile: str | None,
    warm: bool = False,
) -> Summary:
    questions = load_questions()
    load_before = load_average()
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
                    profile=profile,
                    warm=warm,
                )
            except BaseException:
                log.flush()
                print(
                    f"the process under test ended or failed; its log ends:\n{(data / 'bot.log').read_text()[-3000:]}"
                )
                raise
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
                load_before=load_before,
            )


def run_apart(baseline: bool, options: dict[str, Any]) -> Summary:
    """One run in a fresh process of this script (emulator and load generator), its numbers read back as JSON."""
    with tempfile.NamedTemporaryFile(prefix="bench-load-", suffix=".json") as out:
        command = [sys.executable, str(Path(__file__).resolve()), "--summary-json", out.name]
        command += ["--count", str(options["count"]), "--rate", str(options["rate"])]
        command += ["--bursts", str(options["repeat"]), "--concurrent", str(options["concurrent"])]
        command += ["--in-flight", str(options["limit"])] + (["--baseline"] if baseline else [])
        command += ["--warm-all"] if options["warm"] else []
        subprocess.run(command, check=False, stdin=subprocess.DEVNULL)
        text = Path(out.name).read_text()
    if not text:
        raise SystemExit("a run ended without its numbers (see its output above)")
    return Summary(**json.loads(text))


def compare(rounds: int, options: dict[str, Any]) -> int:
    """The minimal bot and the bot alternating, `rounds` times, each run in fresh processes; rounds and medians."""
    results: list[tuple[Summary, Summary]] = []
    measured = (__doc__ or "").split("What is measured. ", 1)[-1].split("\nTargets:", 1)[0]
    print(f"What is measured: {measured}\n", flush=True)
    for number in range(rounds):
        print(f"===== round {number + 1} of {rounds}: bench/minimal_bot.py =====", flush=True)
        minimal = run_apart(True, options)
        print(f"===== round {number + 1} of {rounds}: python -m bot run =====", flush=True)
        results.append((minimal, run_apart(False, options)))
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
    parser.add_argument("--warm-all", action="store_true", help="ask every question once before the phases")
    parser.add_argument(
        "--profile",
        help="profile the bot (or the minimal bot) with cProfile during the load phases only (not start-up): the "
        "phases together in this file, each phase in its own (NAME.in-flight.prof, ...)",
    )
    parser.add_argument("--compare", type=int, metavar="N", help="the minimal bot, then the bot, N rounds; medians")
    parser.add_argument("--summary-json", help=argparse.SUPPRESS)  # how --compare reads back each run's numbers
    args = parser.parse_args()
    options: dict[str, Any] = dict(
        count=args.count,
        rate=args.rate,
        repeat=args.bursts,
        concurrent=args.concurrent,
        limit=args.in_flight,
        warm=args.warm_all,
    )
    if args.compare:
        raise SystemExit(compare(args.compare, options))
    summary = asyncio.run(run(baseline=args.baseline, profile=args.profile, **options))
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(dataclasses.asdict(summary)))
    raise SystemExit(0 if summary.passed else 1)


if __name__ == "__main__":
    main()
