"""Reloading the FAQ: validate the folder and swap the engine whole; watch the folder, debounce, and reload."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from watchfiles import awatch

from bot.answering import AnswerEngine
from bot.discord_app.heap import refreeze_after_reload
from bot.discord_app.language import prepare_languages
from bot.knowledge import KnowledgeError, Problem, load_knowledge
from bot.knowledge.diff import KnowledgeDiff, diff_knowledge

if TYPE_CHECKING:
    from bot.discord_app.client import FaqBot

log = logging.getLogger("bot.reload")
RETRY_SECONDS = 2.0
IDENTITY_CHECK_MS = 1000
MAX_FINGERPRINT_FILES = 10_000
FILE_CHANGE = "file change"  # the watcher's trigger: a reload it starts with no difference is not posted

Fingerprint = tuple[tuple[str, int, int, int, int], ...]


@dataclass(frozen=True)
class ReloadOutcome:
    """The result of one reload: what changed, or why the last good FAQ stayed live."""

    ok: bool
    diff: KnowledgeDiff | None = None
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    entries: int = 0

    def describe(self, *, limit: int = 1500) -> str:
        """Describe the outcome for moderators (file, line and field for every problem)."""
        if self.ok:
            text = f"FAQ reloaded ({self.entries} entries): {self.diff.summary() if self.diff else 'no changes'}."
            if self.warnings:
                text += "\nWarnings:\n" + "\n".join(f"• {p}" for p in self.warnings[:10])
        else:
            errors = [p for p in self.problems if p.severity == "error"]
            text = f"FAQ not reloaded: {len(errors)} problem(s); the last good FAQ is still live.\n"
            text += "\n".join(f"• {p}" for p in errors[:15])
            if len(errors) > 15:
                text += f"\n…and {len(errors) - 15} more (run `python -m bot validate` to see all)"
        return text if len(text) <= limit else text[: limit - 1] + "…"


def folder_fingerprint(path: str | os.PathLike[str]) -> Fingerprint:
    """What the files under `path` look like on disk (name, device, inode, size, mtime): cheap to compare.

    File events alone can be missed: a change made before the watcher has started, or between a reload and the
    watch of a newly swapped-in folder, sends no event to anyone. Comparing this with the fingerprint taken
    before the last load catches every such change at the next periodic check.
    """
    found: list[tuple[str, int, int, int, int]] = []
    root = Path(path)
    for folder, _dirs, files in os.walk(root):
        for name in files:
            full = Path(folder, name)
            try:
                info = full.stat()
            except OSError:
                continue
            found.append((str(full.relative_to(root)), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns))
            if len(found) >= MAX_FINGERPRINT_FILES:
                return tuple(sorted(found))
    try:
        top = root.stat()
        found.append((".", top.st_dev, top.st_ino, 0, 0))
    except OSError:
        pass
    return tuple(sorted(found))


async def reload_knowledge(bot: FaqBot, *, trigger: str) -> ReloadOutcome:
    """Validate the FAQ on disk and swap it in whole; on any problem keep the last good FAQ live.

    `trigger` says what started the reload (for the log; a file change with no difference is not posted).
    """
    async with bot.reload_lock:
        path = bot.config.knowledge_path
        # Taken before loading: a change made during the load shows as a difference at the next check.
        bot.knowledge_fingerprint = await asyncio.to_thread(folder_fingerprint, path)
        try:
            result = await asyncio.to_thread(load_knowledge, path)
            crisis = bot.config.crisis_resources(result.knowledge.crisis)
            engine = await asyncio.to_thread(AnswerEngine, result.knowledge, crisis=crisis)
            await asyncio.to_thread(prepare_languages, engine)  # before it goes live: no interaction waits for it
        except Exception as error:  # anything at all: the last good FAQ stays live and the problem is shown
            if isinstance(error, KnowledgeError):
                problems = error.problems
            else:
                log.error("FAQ reload (%s) raised", trigger, exc_info=error)
                problems = (Problem(str(path), None, "", f"could not be loaded: {type(error).__name__}"),)
            outcome = ReloadOutcome(ok=False, problems=problems, entries=len(bot.engine.knowledge.entries))
            log.warning("FAQ reload (%s) failed; keeping the last good FAQ:\n%s", trigger, outcome.describe())
            await bot.mod_log(outcome.describe())
            return outcome
        diff = diff_knowledge(bot.engine.knowledge, engine.knowledge)
        bot.engine = engine  # one reference assignment: in-flight interactions keep the engine they began with
        refreeze_after_reload()
        outcome = ReloadOutcome(ok=True, diff=diff, warnings=result.warnings, entries=len(engine.knowledge.entries))
        log.info("FAQ reloaded (%s): %s", trigger, diff.summary())
        if not diff.empty or trigger != FILE_CHANGE:
            await bot.mod_log(outcome.describe())
        await bot.health.beat()
        return outcome


async def watch_knowledge(bot: FaqBot, stop: asyncio.Event) -> None:
    """Reload the FAQ whenever its files change; survive the folder being deleted and recreated."""
    path = Path(bot.config.knowledge_path)
    unwatched = False  # True while changes could have happened with nothing watching the folder
    while not stop.is_set():
        if not path.is_dir():
            unwatched = True
            await _sleep_or_stop(stop, RETRY_SECONDS)
            continue
        watched = _identity(path)
        if unwatched:
            # A folder put back (or replaced) while unwatched may differ from the live FAQ: load it now.
            unwatched = False
            await _reload(bot, "FAQ folder reappeared")
        try:
            async for changes in awatch(
                path,
                debounce=bot.config.reload_debounce_ms,
                stop_event=stop,
                recursive=True,
                # Wake up now and then even without events: a folder renamed away sends none to this watch.
                rust_timeout=IDENTITY_CHECK_MS,
                yield_on_timeout=True,
            ):
                if changes:
                    names = sorted({Path(name).name for _, name in changes})
                    log.info("FAQ files changed: %s", ", ".join(names[:10]))
                    await _reload(bot, FILE_CHANGE)
                if _identity(path) != watched:  # deleted, or replaced by another folder: watch it anew
                    unwatched = True
                    break
                if not changes and await asyncio.to_thread(folder_fingerprint, path) != bot.knowledge_fingerprint:
                    # Changed while no watch was set up (before the watcher started, or just after a folder swap).
                    log.info("FAQ files changed while the watch was starting")
                    await _reload(bot, FILE_CHANGE)
        except Exception as exc:  # the watcher must outlive anything: a dead watcher silently freezes the FAQ
            log.warning("watching %s stopped (%s: %s); retrying", path, type(exc).__name__, exc)
            unwatched = True
            await _sleep_or_stop(stop, RETRY_SECONDS)


async def _reload(bot: FaqBot, trigger: str) -> None:
    """Reload, surviving anything: the watcher must keep running so a corrected file is picked up later."""
    try:
        await reload_knowledge(bot, trigger=trigger)
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("FAQ reload (%s) failed; the last good FAQ stays live and watching goes on", trigger)


def _identity(path: Path) -> tuple[int, int] | None:
    """The folder's device and inode, to notice it being replaced; None if it is gone."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
