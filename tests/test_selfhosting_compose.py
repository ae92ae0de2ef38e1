"""Self-hosting: compose.yaml (restart, hardening, volumes, the secrets example) and .env.example."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.selfhosting_support import COMPOSE, DOCKERFILE, PROJECT_ROOT, parse_dockerfile


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """compose.yaml, parsed."""
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict)
    return data


def test_compose_restarts_the_bot_and_stops_it_gently(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    assert bot["restart"] in ("unless-stopped", "always")
    assert bot["env_file"] in (".env", [".env"])
    assert bot["stop_grace_period"] == "15s"


def test_compose_hardens_the_container(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    assert bot["read_only"] is True
    assert any(str(t).split(":")[0] == "/tmp" for t in bot["tmpfs"]), "a read-only root needs a writable /tmp"
    assert "no-new-privileges:true" in bot["security_opt"]
    assert bot["cap_drop"] == ["ALL"] and "cap_add" not in bot
    assert bot["init"] is True
    assert "privileged" not in bot and "network_mode" not in bot
    limit = re.fullmatch(r"(\d+)m", str(bot["mem_limit"]))
    assert limit and 128 <= int(limit[1]) <= 1024  # room for a burst (about 100 MB), not the host's memory
    assert 16 <= int(bot["pids_limit"]) <= 256
    assert bot["logging"]["options"]["max-size"] and int(bot["logging"]["options"]["max-file"]) >= 1


def test_compose_writes_only_to_the_database_volume_and_tmp(compose: dict[str, Any]) -> None:
    """Read-only everywhere but the named database volume and the tmpfs that holds the heartbeat."""
    bot = compose["services"]["bot"]
    writable = [v.split(":")[1] for v in bot["volumes"] if not v.endswith(":ro")]
    assert writable == ["/app/data"]
    final = parse_dockerfile(DOCKERFILE)[-1]
    env = " ".join(i.args for i in final if i.keyword == "ENV")
    assert "BOT_HEARTBEAT_PATH=/tmp/" in env  # the heartbeat is the container's state, not data


def test_compose_mounts_the_faq_read_only_and_keeps_data_in_a_volume(compose: dict[str, Any]) -> None:
    mounts = {}
    for volume in compose["services"]["bot"]["volumes"]:
        source, target, *mode = volume.split(":")
        mounts[target] = (source, mode)
    assert mounts["/app/knowledge"] == ("./knowledge", ["ro"])
    data_source, _ = mounts["/app/data"]
    assert data_source in compose["volumes"], "the database should live in a named volume"


def test_compose_secrets_example_is_valid_when_uncommented() -> None:
    """The commented Docker-secrets example, switched on, points DISCORD_TOKEN_FILE at a declared file secret."""
    text = COMPOSE.read_text()
    switched_on = re.sub(
        r"^(\s*)# (environment:|  DISCORD_TOKEN_FILE|secrets:|  - discord_token|  discord_token:"
        r"|    file:)",
        r"\1\2",
        text,
        flags=re.MULTILINE,
    )
    data = yaml.safe_load(switched_on)
    bot = data["services"]["bot"]
    assert bot["environment"]["DISCORD_TOKEN_FILE"] == "/run/secrets/discord_token"
    assert bot["secrets"] == ["discord_token"]
    assert data["secrets"]["discord_token"]["file"] == "./secrets/discord_token"


def test_env_example_lists_the_token_without_a_value() -> None:
    lines = (PROJECT_ROOT / ".env.example").read_text().splitlines()
    assert "DISCORD_TOKEN=" in lines


def docker_compose_works() -> bool:
    """Whether `docker compose` (the v2 plugin) is available; no engine is needed for `config`."""
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, check=False)
    return probe.returncode == 0


def test_docker_compose_accepts_the_file(tmp_path: Path) -> None:
    if not docker_compose_works():
        pytest.skip("the docker compose plugin is not installed")
    shutil.copy2(COMPOSE, tmp_path / "compose.yaml")
    shutil.copy2(PROJECT_ROOT / ".env.example", tmp_path / ".env")
    (tmp_path / "knowledge").mkdir()
    done = subprocess.run(
        ["docker", "compose", "config", "-q"], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
