"""`python -m bot export`: the whole FAQ as JSON for other tools, or as a Markdown page to publish."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge import LoadResult

FaqCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def exported_json(faq_cli: FaqCli) -> dict[str, Any]:
    result = faq_cli("export", "--format", "json")
    assert result.returncode == 0, result.stderr
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload


@pytest.fixture(scope="module")
def exported_markdown(faq_cli: FaqCli) -> str:
    result = faq_cli("export", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    return result.stdout


# --------------------------------------------------------------------------- JSON


def test_json_has_every_entry_with_its_fields(exported_json: dict[str, Any], faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    entries = exported_json["entries"]
    assert isinstance(entries, list)
    assert [e["id"] for e in entries] == [e.id for e in kb.entries]
    for item in entries:
        entry = kb.entry(item["id"])
        assert entry is not None
        assert item["question"] == entry.question
        assert item["aliases"] == list(entry.aliases)
        assert item["answer"] == entry.answer
        assert item["reviewed"] == entry.reviewed.isoformat()
        assert item["related"] == list(entry.related)


def test_json_entries_carry_every_caveat_and_numbered_citations(
    exported_json: dict[str, Any], faq_load: LoadResult
) -> None:
    kb = faq_load.knowledge
    source_ids = {s["id"] for s in exported_json["sources"]}
    for item in exported_json["entries"]:
        for caveat in kb.caveats:
            assert caveat.text in item["caveats"], item["id"]
        citations = item["citations"]
        assert citations, item["id"]
        assert [c["number"] for c in citations] == list(range(1, len(citations) + 1))
        assert all(c["source"] in source_ids for c in citations), item["id"]
        for marker in re.findall(r"\[(\d+)\]", item["answer"]):
            assert 1 <= int(marker) <= len(citations), (item["id"], marker)


def test_json_lists_sources_and_caveats(exported_json: dict[str, Any], faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    assert [s["id"] for s in exported_json["sources"]] == [s.id for s in kb.sources]
    for source in exported_json["sources"]:
        assert source["title"] and source["outlet"] and source["date"]
        assert "file" not in source  # our local copies of news stories are not published
    assert exported_json["caveats"] == [c.text for c in kb.caveats]


def test_json_written_to_a_file(faq_cli: FaqCli, tmp_path: Path, exported_json: dict[str, Any]) -> None:
    target = tmp_path / "faq.json"
    result = faq_cli("export", "--format", "json", "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8")) == exported_json


# --------------------------------------------------------------------------- Markdown


def _sections(markdown: str) -> dict[str, str]:
    """Split the page at its level-2 headings: heading text -> section body."""
    parts = re.split(r"^## (.+)$", markdown, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_markdown_has_a_heading_per_entry(exported_markdown: str, faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    headings = re.findall(r"^## (.+)$", exported_markdown, flags=re.MULTILINE)
    for entry in kb.entries:
        assert headings.count(entry.question) == 1, entry.question
        assert f'<a id="{entry.id}"></a>' in exported_markdown
        assert f"(#{entry.id})" in exported_markdown  # the table of contents links to it
    assert exported_markdown.startswith("# ")


def test_markdown_entries_show_answer_and_numbered_sources(exported_markdown: str, faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    sections = _sections(exported_markdown)
    for entry in kb.entries:
        section = sections[entry.question]
        assert entry.answer in section
        assert "Sources:" in section
        for number, ref in enumerate(entry.citations, start=1):
            source = kb.source(ref.source_id)
            assert source is not None
            cited = re.search(rf"^{number}\. .*{re.escape(source.title)}", section, flags=re.MULTILINE)
            assert cited, (entry.id, number)
        assert f"Last reviewed {entry.reviewed.isoformat()}" in section


def test_markdown_shows_caveats_and_the_source_list(exported_markdown: str, faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    intro = exported_markdown.split("## ", 1)[0]
    assert "Keep in mind" in intro
    for caveat in kb.caveats:
        assert f"- {caveat.text}" in intro
    sources = _sections(exported_markdown)["Sources"]
    for source in kb.sources:
        assert source.title in sources and source.outlet in sources
        if source.url:
            assert f"]({source.url})" in sources


def test_markdown_is_the_default_format(faq_cli: FaqCli, exported_markdown: str) -> None:
    result = faq_cli("export")
    assert result.returncode == 0
    assert result.stdout == exported_markdown


def test_export_of_an_invalid_faq_fails(faq_cli: FaqCli, faq_copy: Path) -> None:
    (faq_copy / "entries" / "lupus-cart.yaml").unlink()
    result = faq_cli("export", "--format", "json", "--knowledge", str(faq_copy))
    assert result.returncode != 0
    assert result.stdout == ""
    assert "lupus-cart" in result.stderr
