"""Self-hosting: the hashed pins, and the README's install and run commands staying true to the code and to CI."""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.cli import build_parser
from tests.selfhosting_support import PROJECT_ROOT, QUICK_START_RUN, QUICK_START_TESTS, README

LOCK = PROJECT_ROOT / "requirements.lock"
TEST_LOCK = PROJECT_ROOT / "requirements-test.lock"


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


# ----- the README stays true to the code and to CI -----


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
