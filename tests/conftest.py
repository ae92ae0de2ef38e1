"""Shared fixtures for the knowledge, answering and CLI tests: the real FAQ, one engine, a running `python -m bot`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.knowledge import LoadResult, load_knowledge

PROJECT_ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"

FaqCli = Callable[..., subprocess.CompletedProcess[str]]

# Fixtures shared by several test modules of one area live in a helper module beside its tests and are registered here.
pytest_plugins = ["tests.storage_helpers", "tests.emulator_bot"]


@pytest.fixture(scope="session")
def faq_load() -> LoadResult:
    """Load the real FAQ once (it must be valid for every test that uses it)."""
    return load_knowledge(KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def faq_engine(faq_load: LoadResult) -> AnswerEngine:
    """Build one AnswerEngine over the real FAQ; engines are immutable, so sharing it is safe."""
    return AnswerEngine(faq_load.knowledge)


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    """Copy the real FAQ folder into tmp_path so a test can break it."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target


@pytest.fixture(scope="session")
def faq_cli() -> FaqCli:
    """Run `python -m bot ARGS...` from the project root and return the finished process."""

    def run(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        command: Sequence[str] = [sys.executable, "-m", "bot", *args]
        return subprocess.run(
            command, cwd=PROJECT_ROOT, input=stdin, capture_output=True, text=True, timeout=timeout, check=False
        )

    return run
