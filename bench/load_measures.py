"""What bench/bench_load.py measures in a phase: latencies, when members saw the reply, CPU and memory."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.emulator import DiscordEmulator, InteractionHandle


@dataclass
class Phase:
    """What one load phase measured."""

    name: str
    sent: int
    answered: int
    on_time: int
    latencies_ms: list[float]
    seconds: float
    seen_ms: list[float] = field(default_factory=list)
    bot_cpu: float = 0.0
    emulator_cpu: float = 0.0
    note: str = ""

    def row(self) -> str:
        lat = self.latencies_ms or [float("nan")]
        return (
            f"{self.name:<16} {self.sent:>5} {self.answered:>8} {self.on_time:>7} "
            f"{percentile(lat, 0.50):>7.1f} {percentile(lat, 0.99):>7.1f} {max(lat):>7.1f} "
            f"{percentile(self.seen_ms, 0.99):>8.1f} "
            f"{self.sent / self.seconds:>7.0f} {self.bot_cpu:>7.2f} {self.emulator_cpu:>7.2f}{self.note}"
        )


@dataclass
class Summary:
    """One run's headline numbers, for --compare (which reads them as JSON from the run's own process)."""

    flight_p50: float
    flight_p99: float
    burst_p99: float
    burst_seen_p99: float
    rss_after_burst: float
    load: str  #: the machine's 1-minute load average before the run and after it, "0.52 -> 0.75"
    passed: bool
    flight_cpu_ms: float = 0.0  #: CPU ms the process under test used per interaction with 50 in flight
    burst_cpu_ms: float = 0.0  #: the same in the burst


def load_average() -> str:
    """The machine's 1-minute load average (runnable processes; 2 cores are busy at 2.0)."""
    return Path("/proc/loadavg").read_text().split()[0]


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values) or [float("nan")]
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def rss_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def seen_latencies(emu: DiscordEmulator, handles: list[InteractionHandle]) -> list[float]:
    """When each member saw the reply (ms after dispatch): the callback, or a deferral's first follow-up."""
    followup_at: dict[str, float] = {}
    for request in emu.requests:
        if request.method == "POST" and "/webhooks/" in request.path and (request.status or 500) < 300:
            followup_at.setdefault(request.path.rstrip("/").rsplit("/", 1)[-1], request.time)
    seen = []
    for h in handles:
        if h.callback is not None and h.callback.type != 5:
            seen.append(h.callback.latency * 1000)
        elif h.callback is not None:  # deferred: seen with its follow-up, never if none came
            seen.append((followup_at[h.token] - h.dispatched_at) * 1000 if h.token in followup_at else math.inf)
        else:  # never answered
            seen.append(math.inf)
    return seen


def measure(emu: DiscordEmulator, name: str, handles: list[InteractionHandle], seconds: float) -> Phase:
    """What a phase measured. An interaction never answered (its callback came after the deadline and Discord
    refused it) counts as an infinite latency: percentiles over the answered ones alone would hide it."""
    latencies = [h.callback.latency * 1000 if h.callback is not None else math.inf for h in handles]
    deadline = emu.interaction_deadline
    on_time = sum(1 for h in handles if h.callback is not None and h.callback.latency <= deadline)
    answered = sum(1 for h in handles if h.callback is not None)
    return Phase(name, len(handles), answered, on_time, latencies, seconds, seen_latencies(emu, handles))
