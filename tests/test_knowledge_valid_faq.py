"""The FAQ validator on the real, valid FAQ: the summary line, the default folder, and the loaded content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.knowledge import LoadResult
from tests.knowledge_breakages import FaqCli

KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"


def test_valid_faq_exits_zero_with_one_summary_line(faq_cli: FaqCli, faq_load: LoadResult) -> None:
    result = faq_cli("validate", str(KNOWLEDGE_DIR))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    match = re.search(r"(\d+) entries, (\d+) sources, (\d+) aliases", lines[0])
    assert match, lines[0]
    kb = faq_load.knowledge
    assert tuple(map(int, match.groups())) == (len(kb.entries), len(kb.sources), kb.alias_count)


def test_validate_defaults_to_the_knowledge_folder(faq_cli: FaqCli) -> None:
    result = faq_cli("validate")
    assert result.returncode == 0, result.stderr
    assert "entries" in result.stdout


def test_validate_a_folder_that_does_not_exist(tmp_path: Path, faq_cli: FaqCli) -> None:
    missing = tmp_path / "nope"
    result = faq_cli("validate", str(missing))
    assert result.returncode != 0
    assert str(missing) in result.stderr and "does not exist" in result.stderr


def test_real_faq_has_required_entries_and_well_formed_content(faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    ids = {e.id for e in kb.entries}
    assert {"lupus-cart", "my-treatment"} <= ids
    assert kb.caveats, "every answer needs caveats"
    for entry in kb.entries:
        assert entry.citations, entry.id
        assert len(entry.answer) <= 700, entry.id
        assert len(entry.question) <= 100, entry.id
        assert all(len(a) <= 100 for a in entry.aliases), entry.id
        for marker in re.findall(r"\[(\d+)\]", entry.answer):
            assert 1 <= int(marker) <= len(entry.citations), (entry.id, marker)
        for ref in entry.citations:
            assert kb.source(ref.source_id) is not None, (entry.id, ref.source_id)
        assert set(entry.related) <= ids, entry.id


def test_loaded_faq_is_immutable(faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    with pytest.raises(AttributeError):
        kb.entries = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        kb.entries[0].answer = "changed"  # type: ignore[misc]
