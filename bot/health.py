"""A heartbeat file the running bot writes, and the check Docker's HEALTHCHECK runs (no port needed)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path


def write_heartbeat(path: str | os.PathLike[str], *, connected: bool, entries: int) -> None:
    """Atomically write the bot's state: connected to the gateway, how many FAQ entries are live."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(json.dumps({"time": time.time(), "connected": connected, "entries": entries}))
    os.replace(temporary, target)


def check_health(path: str | os.PathLike[str], *, max_age_seconds: float = 90.0) -> tuple[bool, str]:
    """Return (healthy, why) from the heartbeat file."""
    try:
        state = json.loads(Path(path).read_text())
        age = time.time() - float(state["time"])
        connected, entries = bool(state["connected"]), int(state["entries"])
    except (OSError, ValueError, KeyError, TypeError):
        return False, f"unhealthy: no readable heartbeat at {path} (is the bot running?)"
    if age > max_age_seconds:
        return False, f"unhealthy: last heartbeat {age:.0f} s ago"
    if not connected:
        return False, "unhealthy: not connected to Discord"
    if entries <= 0:
        return False, "unhealthy: no FAQ loaded"
    return True, f"healthy: connected, {entries} FAQ entries, heartbeat {age:.0f} s ago"
