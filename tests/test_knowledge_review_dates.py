"""The FAQ validator on review dates: an old or future `reviewed` date is a warning, never a refusal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.knowledge import LoadResult, load_knowledge
from tests.knowledge_breakages import TARGET, FaqCli, describe, entry_file, line_of, remove_block, set_block


def _today_after_last_review(result: LoadResult, days: int = 10) -> date:
    last = result.knowledge.last_reviewed
    assert last is not None
    return last + timedelta(days=days)


@pytest.mark.parametrize(("age_days", "warns"), [(400, True), (366, True), (365, False), (30, False)])
def test_old_review_date_is_only_a_warning(age_days: int, warns: bool, faq_copy: Path, faq_load: LoadResult) -> None:
    today = _today_after_last_review(faq_load)
    reviewed = today - timedelta(days=age_days)
    path = entry_file(faq_copy)
    remove_block(path, "review_due")  # without review_due, a review falls due a year after the last one
    set_block(path, "reviewed", f"reviewed: {reviewed.isoformat()}\n")
    result = load_knowledge(faq_copy, today=lambda: today)
    entry = result.knowledge.entry(TARGET)
    assert entry is not None and entry.reviewed == reviewed
    mine = [w for w in result.warnings if w.file == str(path) and w.field == "reviewed"]
    if warns:
        assert len(mine) == 1, describe(result.warnings)
        assert mine[0].line == line_of(path, "reviewed:")
        assert str(age_days) in mine[0].message
        assert mine[0].severity == "warning"
    else:
        assert not mine, describe(result.warnings)


def test_old_review_date_passes_validate_with_a_warning(faq_copy: Path, faq_cli: FaqCli) -> None:
    path = entry_file(faq_copy)
    remove_block(path, "review_due")
    set_block(path, "reviewed", f"reviewed: {(date.today() - timedelta(days=400)).isoformat()}\n")
    result = faq_cli("validate", str(faq_copy))
    assert result.returncode == 0, result.stderr
    assert f"{path}:{line_of(path, 'reviewed:')}: warning: field 'reviewed'" in result.stderr
    assert "1 warning(s)" in result.stdout or "warning(s)" in result.stdout


def test_review_date_in_the_future_warns(faq_copy: Path, faq_load: LoadResult) -> None:
    today = _today_after_last_review(faq_load)
    path = entry_file(faq_copy)
    set_block(path, "reviewed", f"reviewed: {(today + timedelta(days=30)).isoformat()}\n")
    result = load_knowledge(faq_copy, today=lambda: today)
    assert [w for w in result.warnings if w.file == str(path) and w.field == "reviewed" and "future" in w.message]
