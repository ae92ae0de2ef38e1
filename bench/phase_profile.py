#!/usr/bin/env python3
"""Run a program under cProfile that records only between signals, so a profile shows one load phase, not start-up.

    python bench/phase_profile.py OUT -m bot run         # the bot
    python bench/phase_profile.py OUT bench/minimal_bot.py

SIGUSR1 starts a fresh profile; SIGUSR2 stops it and writes it to OUT.1, OUT.2, ... in turn (bench/bench_load.py
--profile sends them around each load phase and names the files after the phases). Loading the FAQ, importing
and connecting happen before the first SIGUSR1 and are not in any profile: they are not per-interaction work.
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import pstats
import runpy
import signal
import sys
from pathlib import Path
from types import FrameType


class PhaseProfiler:
    """A cProfile.Profile per phase, started and stopped by signals."""

    def __init__(self, out: str) -> None:
        self.out = out
        self.profile: cProfile.Profile | None = None
        self.written = 0

    def start(self, _signum: int = 0, _frame: FrameType | None = None) -> None:
        """Start a new profile (a running one is dropped)."""
        if self.profile is not None:
            self.profile.disable()
        self.profile = cProfile.Profile()
        self.profile.enable()

    def stop(self, _signum: int = 0, _frame: FrameType | None = None) -> None:
        """Stop the running profile and write it to the next OUT.n."""
        if self.profile is None:
            return
        self.profile.disable()
        self.written += 1
        self.profile.dump_stats(f"{self.out}.{self.written}")
        self.profile = None


class PhaseSignals:
    """The load generator's side: start and stop the profile of the process under test around each phase."""

    def __init__(self, pid: int, out: str | None) -> None:
        self.pid = pid
        self.out = Path(out).resolve() if out else None
        self.phases: list[Path] = []
        if self.out is not None:
            self.out.parent.mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        """A phase begins (nothing happens without --profile)."""
        if self.out is not None:
            os.kill(self.pid, signal.SIGUSR1)

    async def stop(self, phase: str) -> None:
        """A phase ended: its profile is OUT with the phase's name before the suffix (bot.in-flight.prof)."""
        if self.out is None:
            return
        os.kill(self.pid, signal.SIGUSR2)
        written = Path(f"{self.out}.{len(self.phases) + 1}")
        for _ in range(600):  # up to 30 s: writing a profile takes the process under test a moment
            if written.exists():
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)  # let it finish writing
        name = "-".join(phase.replace("/", "").split())
        target = self.out.with_name(f"{self.out.stem}.{name}{self.out.suffix}")
        written.replace(target)
        self.phases.append(target)

    def combine(self) -> None:
        """OUT: every phase's profile added together; say where each is."""
        if self.out is None or not self.phases:
            return
        pstats.Stats(*(str(p) for p in self.phases)).dump_stats(str(self.out))
        print(f"profiles (load phases only, start-up left out): {self.out}; per phase: ", end="")
        print(", ".join(str(p) for p in self.phases) + f"  (read with: python -m pstats {self.out})")


def main() -> None:
    """Install the signal handlers, then run the program as `python -m MODULE ...` or `python SCRIPT ...` would."""
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    profiler = PhaseProfiler(sys.argv[1])
    signal.signal(signal.SIGUSR1, profiler.start)
    signal.signal(signal.SIGUSR2, profiler.stop)
    if sys.argv[2] == "-m":
        sys.argv = [sys.argv[3], *sys.argv[4:]]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[2:]
        runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
