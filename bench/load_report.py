"""What bench/bench_load.py prints after a run: the phase table, requests, the bot's log and the targets met."""

from __future__ import annotations

import math
import re
import sqlite3
import statistics
from dataclasses import dataclass
from pathlib import Path

from load_measures import Phase, Summary, load_average, percentile

from tests.emulator import DiscordEmulator, InteractionHandle

P99_TARGET_MS = 50.0
BURST_P99_TARGET_MS = 1000.0
RSS_TARGET_MB = 100.0
RATIO_TARGET = 1.3


@dataclass(frozen=True)
class Measured:
    """What the load phases measured while the process under test ran."""

    ready_seconds: float
    rss_ready: float
    rss_steady: float
    rss_after: float
    hwm: float
    warmup: list[InteractionHandle]
    flight: list[InteractionHandle]
    flight_phase: Phase
    steady: list[InteractionHandle]
    steady_phase: Phase
    bursts: list[Phase]
    burst: list[InteractionHandle]
    exit_code: int


def print_phases(m: Measured) -> None:
    """The table of phases and the RSS line."""
    print(
        f"{'phase':<16} {'sent':>5} {'answered':>8} {'on time':>7} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'max ms':>7} {'seen p99':>8} {'rate/s':>7} {'bot cpu':>7} {'emu cpu':>7}"
    )
    print(m.flight_phase.row())
    print(m.steady_phase.row())
    for phase in m.bursts:
        print(phase.row())
    print(
        f"RSS: {m.rss_ready:.1f} MB after READY, {m.rss_steady:.1f} MB after the steady load, "
        f"{m.rss_after:.1f} MB after the burst (peak {m.hwm:.1f} MB)"
    )


def reply_kinds(handles: list[InteractionHandle]) -> dict[str, int]:
    """How many callbacks were public and how many ephemeral (crisis or private)."""
    kinds: dict[str, int] = {}
    for h in handles:
        if h.callback is not None:
            kind = "crisis/private" if h.callback.ephemeral else "public"
            kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def print_requests(emu: DiscordEmulator, m: Measured) -> None:
    """The replies by kind, the emulator's violations, the exit code and the requests it served by route."""
    print(
        f"replies: {reply_kinds(m.flight + m.steady + m.burst)}; violations: {len(emu.violations)}; unknown "
        f"requests: {len(emu.unknown_requests)}; bot exit code after SIGTERM: {m.exit_code}"
    )
    routes: dict[str, int] = {}
    for request in emu.requests:
        routes[request.template or request.route] = routes.get(request.template or request.route, 0) + 1
    print("requests the emulator served: " + ", ".join(f"{n} {r}" for r, n in sorted(routes.items())))


def print_bot_log(text: str) -> None:
    """Errors and warnings in the bot's log, one line per kind of warning (numbers such as ids folded)."""
    print(f"bot log: {text.count(' ERROR ')} error(s), {text.count(' WARNING ')} warning(s)")
    warnings: dict[str, int] = {}
    for line in text.splitlines():
        if " WARNING " in line:  # one line per kind of warning: numbers (ids, counts) folded
            kind = re.sub(r"\d+", "N", line.split(": ", 1)[-1][:150])
            warnings[kind] = warnings.get(kind, 0) + 1
    for kind, times in sorted(warnings.items()):
        print(f"  warning ({times}x): {kind}")


def stored_replies(database: Path) -> int:
    """Replies the bot counted in its database (answers and crisis replies)."""
    with sqlite3.connect(database) as db:
        return sum(
            int(db.execute(f"SELECT coalesce(sum(count), 0) FROM {table}").fetchone()[0])
            for table in ("answer_counts", "crisis_counts")
        )


def targets(
    emu: DiscordEmulator, m: Measured, *, count: int, rate: float, concurrent: int, stored: int, replies: int
) -> dict[str, bool]:
    """Each target (and the storage check) and whether this run met it."""
    return {
        "all answered": m.steady_phase.answered == count and all(b.answered == count for b in m.bursts),
        "all on time (3 s)": m.steady_phase.on_time == count
        and m.flight_phase.on_time == concurrent
        and all(b.on_time == count for b in m.bursts),
        f"burst p99 <= {BURST_P99_TARGET_MS:.0f} ms": all(
            percentile(b.latencies_ms, 0.99) <= BURST_P99_TARGET_MS for b in m.bursts
        ),
        f"p99 <= {P99_TARGET_MS:.0f} ms at {rate:.0f}/s": percentile(m.steady_phase.latencies_ms, 0.99)
        <= P99_TARGET_MS,
        f"RSS <= {RSS_TARGET_MB:.0f} MB": max(m.rss_ready, m.rss_steady, m.rss_after) <= RSS_TARGET_MB,
        "no violations": not emu.violations and not emu.unknown_requests,
        "clean exit": m.exit_code == 0,
        "every reply counted in storage (not a stated target)": stored == replies,
    }


def report(
    emu: DiscordEmulator,
    data: Path,
    m: Measured,
    *,
    questions: int,
    baseline: bool,
    count: int,
    rate: float,
    concurrent: int,
    load_before: str,
) -> Summary:
    """Print what the run measured and the targets met; its headline numbers."""
    who = "bench/minimal_bot.py (fixed embed)" if baseline else "python -m bot run"
    print(
        f"bot: {who}, {questions} distinct questions ({len(m.warmup)} asked in the warm-up), "
        f"ready in {m.ready_seconds:.1f} s"
    )
    load = f"{load_before} -> {load_average()}"
    averages = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"machine load average: 1 min {load} over the run (1/5/15 min now: {averages}; 2 cores)")
    print_phases(m)
    print_requests(emu, m)
    print_bot_log((data / "bot.log").read_text())
    replies = len(m.warmup) + m.flight_phase.answered + m.steady_phase.answered + sum(b.answered for b in m.bursts)
    stored = replies
    if not baseline:
        stored = stored_replies(data / "faq.sqlite3")
        print(f"replies counted in the database: {stored} of {replies}")

    checks = targets(emu, m, count=count, rate=rate, concurrent=concurrent, stored=stored, replies=replies)
    for name, ok in checks.items():
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")
    answered = [ms for ms in m.steady_phase.latencies_ms if math.isfinite(ms)] or [math.nan]
    print(f"(p50/p99 spread: stdev {statistics.pstdev(answered):.1f} ms at {rate:.0f}/s, answered ones)")
    return Summary(
        flight_p50=percentile(m.flight_phase.latencies_ms, 0.50),
        flight_p99=percentile(m.flight_phase.latencies_ms, 0.99),
        burst_p99=max(percentile(b.latencies_ms, 0.99) for b in m.bursts),
        burst_seen_p99=max(percentile(b.seen_ms, 0.99) for b in m.bursts),
        rss_after_burst=m.rss_after,
        load=load,
        passed=all(checks.values()),
        flight_cpu_ms=1000 * m.flight_phase.bot_cpu / max(1, m.flight_phase.sent),
        burst_cpu_ms=1000 * sum(b.bot_cpu for b in m.bursts) / max(1, sum(b.sent for b in m.bursts)),
    )


def print_rounds(results: list[tuple[Summary, Summary]]) -> None:
    """One line per round: in-flight p50/p99 of both and their ratio, burst p99s, CPU, the bot's RSS, the load."""
    print(
        "\nround | in flight p50/p99 ms: minimal | bot | ratio | burst p99 ms (bot: seen p99): minimal | bot"
        " | CPU ms per interaction in flight: minimal | bot | bot RSS MB | 1-min load: minimal run | bot run"
    )
    for number, (minimal, bot) in enumerate(results, 1):
        print(
            f"{number:5} | {minimal.flight_p50:6.1f}/{minimal.flight_p99:6.1f} | {bot.flight_p50:6.1f}/"
            f"{bot.flight_p99:6.1f} | {bot.flight_p50 / minimal.flight_p50:4.2f}/"
            f"{bot.flight_p99 / minimal.flight_p99:4.2f}x | {minimal.burst_p99:5.0f} | {bot.burst_p99:5.0f} "
            f"({bot.burst_seen_p99:5.0f}) | {minimal.flight_cpu_ms:4.2f} | {bot.flight_cpu_ms:4.2f} | "
            f"{bot.rss_after_burst:6.1f} | {minimal.load} | {bot.load}"
        )


def spread(values: list[float], digits: int = 1) -> str:
    """The median and, in brackets, the lowest and highest value: "97.0 [88.1-130.4]"."""
    return f"{statistics.median(values):.{digits}f} [{min(values):.{digits}f}-{max(values):.{digits}f}]"


#: What the medians table shows: its label and the Summary field it reads.
MEDIAN_ROWS = {
    "in flight p50 ms": "flight_p50",
    "in flight p99 ms": "flight_p99",
    "burst p99 ms": "burst_p99",
    "burst seen p99 ms": "burst_seen_p99",
    "CPU ms/interaction, in flight": "flight_cpu_ms",
    "CPU ms/interaction, burst": "burst_cpu_ms",
    "RSS after the burst MB": "rss_after_burst",
}


def print_medians(results: list[tuple[Summary, Summary]]) -> tuple[float, float]:
    """The medians over the rounds, with their range; the median in-flight p50 and p99 ratios (bot / minimal)."""
    ratios50 = [b.flight_p50 / m.flight_p50 for m, b in results]
    ratios99 = [b.flight_p99 / m.flight_p99 for m, b in results]
    print(f"\nmedians over {len(results)} rounds [lowest-highest]:")
    print(f"  {'':<30} {'minimal bot':<24} {'the bot':<24}")
    for name, key in MEDIAN_ROWS.items():
        digits = 2 if "CPU" in name else 1
        minimal = spread([getattr(m, key) for m, _ in results], digits)
        print(f"  {name:<30} {minimal:<24} {spread([getattr(b, key) for _, b in results], digits):<24}")
    print(f"  ratio bot/minimal, in flight: p50 {spread(ratios50, 2)}, p99 {spread(ratios99, 2)}")
    return statistics.median(ratios50), statistics.median(ratios99)
