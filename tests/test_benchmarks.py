"""Speed is measured by the benchmarks in bench/, which print what they measured; the test run measures none."""

from __future__ import annotations

import re
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def test_no_test_times_code_and_prints_past_pytests_capture() -> None:
    """A timing printed in the middle of the test run is neither a benchmark nor a test: it goes to bench/."""
    offenders = []
    for path in sorted((PROJECT_ROOT / "tests").rglob("test_*.py")):
        if path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8")
        for function in re.split(r"\n(?=(?:async )?def test_)", text)[1:]:
            timed = "perf_counter" in function or "[bench]" in function
            if timed and "capsys.disabled" in function:
                offenders.append(f"{path.relative_to(PROJECT_ROOT)}: {function.split('(', 1)[0]}")
    assert not offenders, offenders
