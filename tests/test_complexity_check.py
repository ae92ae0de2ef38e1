"""The CI size check (.ci/check_complexity.py) catches what the developers' guide forbids."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_complexity", ROOT / ".ci" / "check_complexity.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _branchy(name: str, branches: int) -> str:
    body = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(branches))
    return f"def {name}(x):\n{body}    return -1\n"


@pytest.fixture
def pkg(tmp_path: Path) -> Path:
    folder = tmp_path / "pkg"
    folder.mkdir()
    return folder


def test_a_function_at_the_limit_passes(pkg: Path) -> None:
    check = _load()
    (pkg / "ok.py").write_text(_branchy("fine", check.MAX_COMPLEXITY - 1))
    assert check.check(pkg) == []


def test_a_function_or_method_over_the_limit_is_named(pkg: Path) -> None:
    check = _load()
    method = "class Box:\n" + "".join("    " + line + "\n" for line in _branchy("pick", 20).splitlines())
    (pkg / "bad.py").write_text(_branchy("tangled", check.MAX_COMPLEXITY) + "\n" + method)
    problems = check.check(pkg)
    assert len(problems) == 2
    assert problems[0].startswith("pkg/bad.py:1 tangled: cyclomatic complexity 16")
    assert "Box.pick: cyclomatic complexity 21" in problems[1]


def test_a_long_module_is_named(pkg: Path) -> None:
    check = _load()
    (pkg / "long.py").write_text("x = 1\n" * (check.MAX_LINES + 1))
    assert check.check(pkg) == [f"pkg/long.py: {check.MAX_LINES + 1} lines (at most {check.MAX_LINES})"]


def test_the_allow_list_cannot_grow_and_names_what_is_fixed(pkg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check = _load()
    (pkg / "bad.py").write_text(_branchy("tangled", 20) + "x = 1\n" * check.MAX_LINES)
    allowed = {"pkg/bad.py:tangled": 21, "pkg/bad.py": check.MAX_LINES + 100}
    monkeypatch.setattr(check, "ALLOWED", allowed)
    assert check.check(pkg) == []
    (pkg / "worse.py").write_text(_branchy("knotted", 20))
    assert [p.split(" ")[0] for p in check.check(pkg)] == ["pkg/worse.py:1"]
    (pkg / "bad.py").write_text(_branchy("tangled", 21) + "x = 1\n" * check.MAX_LINES)  # one more branch
    assert [p.split(" ")[0] for p in check.check(pkg)] == ["pkg/bad.py:1", "pkg/worse.py:1"]
    monkeypatch.setattr(check, "ALLOWED", {**allowed, "pkg/bad.py:tangled": 22, "pkg/bad.py:gone": 30})
    notes: list[str] = []
    check.check(pkg, notes)
    assert notes == [f"pkg/bad.py:gone: within the limits now; delete its line from ALLOWED in {check.__file__}"]


def test_every_python_file_of_a_repository_counts_but_environments_and_caches_do_not(tmp_path: Path) -> None:
    check = _load()
    code = [
        "bot/core.py",
        "tests/test_core.py",
        "tests/emulator/server.py",
        "bench/bench_x.py",
        ".ci/tool.py",
        "setup.py",
    ]
    not_code = [
        ".venv/lib/site.py",
        "bot/__pycache__/core.py",
        "pkg.egg-info/x.py",
        ".git/hooks/hook.py",
        "build/lib/a.py",
    ]
    for name in code + not_code:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(_branchy("tangled", 20))
    (tmp_path / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "faq.yaml").write_text("x: 1\n" * (check.MAX_LINES + 1))  # data, not code
    assert [p.split(" ")[0] for p in check.check(tmp_path, base=tmp_path)] == [f"{name}:1" for name in sorted(code)]


def test_the_repository_itself_is_within_the_limits_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    check = _load()
    checked = {path.relative_to(ROOT).as_posix() for path in check.python_files(ROOT)}
    assert {"bot/__main__.py", "tests/conftest.py", "bench/bench_load.py", ".ci/check_complexity.py"} <= checked
    assert {"bot", "tests", "bench", ".ci"} <= {name.split("/")[0] for name in checked}
    assert not [name for name in checked if name.startswith((".venv/", ".ci-venv/"))]
    assert check.main(["check_complexity.py"]) == 0, capsys.readouterr().out
    assert f"the repository ({len(checked)} Python files)" in capsys.readouterr().out


def test_the_command_exits_1_on_a_problem(pkg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check = _load()
    (pkg / "bad.py").write_text(_branchy("tangled", 20))
    assert check.main(["check_complexity.py", str(pkg)]) == 1
    assert "tangled" in capsys.readouterr().out
    (pkg / "bad.py").write_text("def f():\n    return 1\n")
    assert check.main(["check_complexity.py", str(pkg)]) == 0
    assert sys.modules.get("check_complexity") is None
