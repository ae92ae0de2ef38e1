#!/usr/bin/env python3
"""Benchmark the crisis classifier: load time, RSS delta, model size, predict latency (p50/p99), long input.

    .venv/bin/python bench/bench_safety_model.py

Messages are the corpus itself, each made unique with a counter so the per-word cache does not flatter the numbers
for repeated texts (common words still hit it, as they would in a real community).
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    """Print the numbers."""
    from bot.safety.corpus import load_corpus

    texts = [example.text for example in load_corpus()]
    before = _rss_kib()
    started = time.perf_counter()
    from bot.safety import classifier, train

    model = classifier.load_classifier()
    load_ms = (time.perf_counter() - started) * 1000
    rss_delta = _rss_kib() - before

    latencies, cpu = [], []
    for round_ in range(3):
        for number, text in enumerate(texts):
            message = f"{text} {round_}{number}"
            tick, tock = time.perf_counter(), time.thread_time()
            model.predict(message)
            latencies.append((time.perf_counter() - tick) * 1e6)
            cpu.append((time.thread_time() - tock) * 1e6)
    latencies.sort()
    cpu.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[int(len(latencies) * 0.99)]

    long_text = " ".join(texts)[:100_000]
    tick = time.perf_counter()
    model.predict(long_text)
    long_ms = (time.perf_counter() - tick) * 1000

    size_kib = train.MODEL_PATH.stat().st_size / 1024
    print(f"model file        {size_kib:8.0f} KiB  ({model.feature_count} weighted slots)")
    print(f"load              {load_ms:8.1f} ms")
    print(f"RSS delta         {rss_delta / 1024:8.1f} MiB  (import + load)")
    print(f"predict p50       {p50:8.0f} µs  ({len(latencies)} messages)")
    print(f"predict p99       {p99:8.0f} µs")
    print(f"predict max       {latencies[-1]:8.0f} µs")
    print(f"CPU time p50/p99  {statistics.median(cpu):8.0f} / {cpu[int(len(cpu) * 0.99)]:.0f} µs  (CPU only)")
    print(f"100,000 chars     {long_ms:8.1f} ms")


if __name__ == "__main__":
    main()
