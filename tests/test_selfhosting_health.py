"""Self-hosting: `python -m bot health`, the command behind Docker's HEALTHCHECK."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.health import check_health
from tests.bot_process import bot_cli, clean_env
from tests.selfhosting_support import beat, report


@pytest.fixture
def heartbeat(tmp_path: Path) -> Path:
    """Where the bot under test writes its heartbeat: a data folder that does not exist yet."""
    return tmp_path / "data" / "heartbeat.json"


def health(heartbeat: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot health` the way Docker does, with the heartbeat path given by the environment."""
    return bot_cli(
        "health", *args, cwd=heartbeat.parent.parent, env=clean_env(BOT_HEARTBEAT_PATH=str(heartbeat), **env)
    )


def test_health_fails_when_the_bot_has_never_written_a_heartbeat(heartbeat: Path) -> None:
    done = health(heartbeat)
    assert done.returncode == 1
    assert "no readable heartbeat" in report(done)["status"]


def test_health_passes_and_reports_every_check(heartbeat: Path) -> None:
    beat(heartbeat)
    done = health(heartbeat)
    assert done.returncode == 0, done.stdout + done.stderr
    got = report(done)
    assert got["healthy"] is True and got["failing"] == []
    assert got["gateway"] is True and got["heartbeat_ack_age"] == 3.0
    assert got["knowledge"] is True and got["entries"] == 32 and got["storage"] is True
    assert got["status"].startswith("healthy: connected, 32 FAQ entries")


def test_health_fails_when_the_heartbeat_is_stale(heartbeat: Path) -> None:
    beat(heartbeat, age=200)  # the bot writes every 5 s; 90 s is the limit
    done = health(heartbeat)
    assert done.returncode == 1
    assert re.search(r"last heartbeat 20\d s ago", report(done)["status"])


def test_health_max_age_is_adjustable(heartbeat: Path) -> None:
    beat(heartbeat, age=30)
    assert health(heartbeat).returncode == 0
    assert health(heartbeat, "--max-age", "10").returncode == 1


@pytest.mark.parametrize(
    ("check", "value", "words"),
    [
        ("gateway", False, "not connected to Discord"),
        ("entries", 0, "no FAQ loaded"),
        ("storage", False, "database not writable"),
    ],
)
def test_a_failing_check_is_tolerated_for_the_grace_period_then_fails(
    heartbeat: Path, check: str, value: Any, words: str
) -> None:
    beat(heartbeat, failing_for=20, **{check: value})
    within = health(heartbeat)
    assert within.returncode == 0  # a reconnect of a few seconds must not restart the container
    assert report(within)["healthy"] is True and report(within)["failing"] == [check.replace("entries", "knowledge")]
    assert words in report(within)["status"]
    beat(heartbeat, failing_for=75, **{check: value})
    after = health(heartbeat)
    assert after.returncode == 1 and report(after)["healthy"] is False
    assert words in report(after)["status"] and re.search(r"for 7\d s", report(after)["status"])


def test_the_grace_period_is_configurable(heartbeat: Path) -> None:
    beat(heartbeat, failing_for=20, gateway=False)
    assert health(heartbeat, BOT_HEALTH_GRACE_SECONDS="10").returncode == 1
    assert report(health(heartbeat, BOT_HEALTH_GRACE_SECONDS="10"))["grace_seconds"] == 10.0


def test_health_fails_on_a_garbled_heartbeat(heartbeat: Path) -> None:
    heartbeat.parent.mkdir(parents=True)
    heartbeat.write_text('{"time": "yesterday"')
    assert health(heartbeat).returncode == 1


def test_health_reports_a_broken_config_distinctly(heartbeat: Path) -> None:
    beat(heartbeat)
    done = health(heartbeat, BOT_RETENTION_DAYS="soon")
    assert done.returncode == 2
    assert "retention_days" in done.stderr


def test_write_heartbeat_replaces_the_file_atomically(heartbeat: Path) -> None:
    beat(heartbeat, entries=1)
    beat(heartbeat, entries=2)
    assert json.loads(heartbeat.read_text())["entries"] == 2
    assert [p.name for p in heartbeat.parent.iterdir()] == ["heartbeat.json"]  # no temporary left behind
    assert check_health(heartbeat)[0]
