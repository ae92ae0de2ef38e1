"""bench/phase_profile.py: a profile covers only what ran between SIGUSR1 and SIGUSR2."""

from __future__ import annotations

import pstats
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROGRAM = """
import sys, time
from pathlib import Path

def before_the_phase():
    return sum(range(1000))

def during_the_phase():
    return sum(range(1000))

before_the_phase()
Path(sys.argv[1]).write_text("ready")
while not Path(sys.argv[2]).exists():
    during_the_phase()
    time.sleep(0.001)
"""


def wait_for(path: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.02)


def test_only_the_phase_between_the_signals_is_profiled(tmp_path: Path) -> None:
    script, ready, done = tmp_path / "program.py", tmp_path / "ready", tmp_path / "done"
    script.write_text(PROGRAM)
    out = tmp_path / "run.prof"
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "phase_profile.py"), str(out), str(script), str(ready), str(done)]
    )
    try:
        wait_for(ready)
        process.send_signal(signal.SIGUSR1)
        time.sleep(0.3)
        process.send_signal(signal.SIGUSR2)
        wait_for(Path(f"{out}.1"))
        done.write_text("done")
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
    functions = {name for _file, _line, name in pstats.Stats(f"{out}.1").stats}  # type: ignore[attr-defined]
    assert "during_the_phase" in functions
    assert "before_the_phase" not in functions
