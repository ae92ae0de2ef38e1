"""Benchmark the safety screen: latency per message (p50, p99, max) on typical and long messages.

    python bench/bench_safety.py [--rounds N]

Typical messages are the evaluation sets in tests/safety/; the long ones are a 20,000-character post (the cap)
and a 100,000-character one. Target: well under 1 ms per typical message.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety.screen import screen, warm_up  # noqa: E402


def _messages() -> list[str]:
    texts: list[str] = []
    for name in ("screen_tune.yaml", "screen_heldout.yaml"):
        texts += [item["text"] for item in yaml.safe_load((ROOT / "tests/safety" / name).read_text(encoding="utf-8"))]
    return texts


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered) * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms, max {ordered[-1] * 1000:.3f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    warm_up()
    print(f"[bench] safety warm-up (vocabulary index + classifier load): {(time.perf_counter() - start) * 1000:.0f} ms")
    messages = _messages()
    samples, cpu = [], []
    for _ in range(args.rounds):
        for text in messages:
            begin, begin_cpu = time.perf_counter(), time.thread_time()
            screen(text + " ")  # a fresh string: no cache helps
            samples.append(time.perf_counter() - begin)
            cpu.append(time.thread_time() - begin_cpu)
    print(f"[bench] screen, {len(messages)} typical messages x {args.rounds}, wall: {_percentiles(samples)}")
    # CPU time leaves out waiting for a core: on a busy machine the wall-clock tail is mostly that wait.
    print(f"[bench] screen, same, CPU time: {_percentiles(cpu)}")
    story = "I have been reading about the trials and I keep wondering what the follow-up found. "
    for size in (20_000, 100_000):
        text = (story * (size // len(story) + 1))[:size]
        runs = []
        for run in range(3):
            begin = time.perf_counter()
            screen(f"{size} {run} {text}")  # a fresh string each run: screen remembers recent messages
            runs.append(time.perf_counter() - begin)
        print(f"[bench] screen, one {size:,}-character message: best {min(runs) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
