"""The heartbeat file the running bot writes, and the check Docker's HEALTHCHECK runs (no port needed).

Healthy means: the gateway session is live and Discord acknowledged a heartbeat within the last two heartbeat
intervals, a FAQ with entries is loaded, and the database takes writes. The bot writes what it sees every few
seconds, with the time the first of the failing checks started failing; `check_health` fails only once that is
longer ago than the grace period, so a reconnect of a few seconds does not get the container restarted.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

CHECKS = ("gateway", "knowledge", "storage")


@dataclass(frozen=True)
class HealthState:
    """What the bot saw at one moment; written as the heartbeat file."""

    gateway: bool
    heartbeat_ack_age: float | None
    entries: int
    storage: bool
    failing_since: float | None = None  # when the longest-failing check started failing (None: all pass)
    stopped: bool = False  # the bot shut down (its last heartbeat): unhealthy at once, no grace
    time: float = field(default_factory=time.time)

    @property
    def knowledge(self) -> bool:
        """A FAQ with at least one entry is live."""
        return self.entries > 0

    @property
    def failing(self) -> list[str]:
        """The names of the checks that fail now."""
        return [name for name in CHECKS if not getattr(self, name)]


def write_heartbeat(path: str | os.PathLike[str], state: HealthState) -> None:
    """Atomically write the bot's state (see HealthState)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(json.dumps({**asdict(state), "knowledge": state.knowledge}))
    os.replace(temporary, target)


def read_heartbeat(path: str | os.PathLike[str]) -> HealthState | None:
    """The state in the heartbeat file, or None if there is no readable one."""
    try:
        data = json.loads(Path(path).read_text())
        ack = data["heartbeat_ack_age"]
        since = data["failing_since"]
        return HealthState(
            gateway=data["gateway"] is True,
            heartbeat_ack_age=None if ack is None else float(ack),
            entries=int(data["entries"]),
            storage=data["storage"] is True,
            failing_since=None if since is None else float(since),
            stopped=data.get("stopped") is True,
            time=float(data["time"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def check_health(
    path: str | os.PathLike[str], *, max_age_seconds: float = 90.0, grace_seconds: float = 60.0
) -> tuple[bool, dict[str, Any]]:
    """Return (healthy, report): every check by name, what fails and for how long, and a one-line status."""
    state = read_heartbeat(path)
    if state is None:
        return False, {"healthy": False, "status": f"unhealthy: no readable heartbeat at {path} (is the bot running?)"}
    now = time.time()
    age = max(0.0, now - state.time)
    failing_for = 0.0 if state.failing_since is None else max(0.0, now - state.failing_since)
    report: dict[str, Any] = {
        "gateway": state.gateway,
        "heartbeat_ack_age": None if state.heartbeat_ack_age is None else round(state.heartbeat_ack_age, 1),
        "knowledge": state.knowledge,
        "entries": state.entries,
        "storage": state.storage,
        "failing": state.failing,
        "failing_for": round(failing_for, 1),
        "age": round(age, 1),
        "grace_seconds": grace_seconds,
    }
    if state.stopped:
        healthy, status = False, "unhealthy: the bot has shut down"
    elif age > max_age_seconds:
        healthy, status = False, f"unhealthy: last heartbeat {age:.0f} s ago (is the bot running?)"
    elif state.failing and failing_for > grace_seconds:
        healthy, status = False, f"unhealthy: {_describe(state.failing)} for {failing_for:.0f} s"
    elif state.failing:
        healthy = True
        status = f"healthy for now: {_describe(state.failing)} for {failing_for:.0f} s (grace {grace_seconds:.0f} s)"
    else:
        healthy, status = True, f"healthy: connected, {state.entries} FAQ entries, database writable"
    return healthy, {"healthy": healthy, **report, "status": status}


_FAILURES = {
    "gateway": "not connected to Discord (no acknowledged gateway heartbeat)",
    "knowledge": "no FAQ loaded",
    "storage": "database not writable",
}


def _describe(failing: list[str]) -> str:
    return "; ".join(_FAILURES[name] for name in failing)
