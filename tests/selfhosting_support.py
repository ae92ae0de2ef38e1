"""Shared by the tests/test_selfhosting_*.py modules: the project's paths, heartbeats, and the Dockerfile parser."""

from __future__ import annotations

import json
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dockerfile_parse import DockerfileParser

from bot.health import HealthState, write_heartbeat

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
COMPOSE = PROJECT_ROOT / "compose.yaml"
README = PROJECT_ROOT / "README.md"
QUICK_START_RUN = (
    "python3 -m venv .venv && .venv/bin/pip install --require-hashes -r requirements.lock"
    " && .venv/bin/pip install --no-deps -e . && .venv/bin/python -m bot run"
)
QUICK_START_TESTS = (
    "python3 -m venv .venv && .venv/bin/pip install --require-hashes -r requirements.lock -r requirements-test.lock"
    " && .venv/bin/pip install --no-deps -e . && .venv/bin/python -m pytest"
)


def beat(heartbeat: Path, *, failing_for: float = 0.0, age: float = 0.0, **checks: Any) -> None:
    """Write a heartbeat as the bot would: all checks passing unless told otherwise."""
    state = {"gateway": True, "heartbeat_ack_age": 3.0, "entries": 32, "storage": True} | checks
    now = time.time() - age
    failing = not state["gateway"] or state["entries"] <= 0 or not state["storage"]
    write_heartbeat(heartbeat, HealthState(**state, failing_since=now - failing_for if failing else None, time=now))


def report(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The JSON that `python -m bot health` printed."""
    value = json.loads(done.stdout)
    assert isinstance(value, dict)
    return value


# ----- the Dockerfile, as dockerfile-parse reads it -----


@dataclass(frozen=True)
class Instruction:
    """One Dockerfile instruction: the keyword in capitals and its arguments (continued lines joined)."""

    keyword: str
    args: str


def parse_dockerfile(path: Path) -> list[list[Instruction]]:
    """The Dockerfile's stages (each starting with FROM), as dockerfile-parse reads them, comments left out."""
    stages: list[list[Instruction]] = []
    for item in DockerfileParser(str(path)).structure:
        instruction = Instruction(item["instruction"].upper(), " ".join(item["value"].split()))
        if instruction.keyword == "COMMENT":
            continue
        if instruction.keyword == "FROM":
            stages.append([])
        assert stages, "a Dockerfile starts with FROM"
        stages[-1].append(instruction)
    return stages


def last(stage: list[Instruction], keyword: str) -> Instruction | None:
    """The last instruction with this keyword in a stage (the one that takes effect), if any."""
    found = [i for i in stage if i.keyword == keyword]
    return found[-1] if found else None


def exec_form(args: str) -> list[str]:
    """Parse an exec-form (JSON array) argument, failing the test for shell form (which would not get SIGTERM)."""
    assert args.startswith("["), f"not exec form: {args}"
    value = json.loads(args)
    assert isinstance(value, list)
    return [str(v) for v in value]
