"""Issue 10 provenance and trust: where quotes come from, review dates, /about and the export, quote and
readability checks in `validate`."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.answering import AnswerEngine
from bot.config import load_config
from bot.discord_app.render import render_about, render_quotes, render_sources
from bot.knowledge import LoadResult, load_knowledge
from bot.knowledge.export import export_markdown, reading_order
from bot.knowledge.provenance import copy_note
from bot.knowledge.quote_check import check_quotes
from bot.knowledge.readability import grade, readability_problems, sentence_lengths
from bot.terminal import render_text
from bot.trust import TrustInfo
from tests.conftest import FaqCli

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "articles"
needs_articles = pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/articles is not beside the project")


def _entry_file(root: Path, entry_id: str) -> Path:
    return root / "entries" / f"{entry_id}.yaml"


# --------------------------------------------------------------------------- where a quote comes from


def test_copy_note_names_the_kind_of_copy() -> None:
    assert copy_note("Live Science", "translated") == "from a machine-translated copy of Live Science's story"
    assert copy_note("ScienceAlert", "rewritten") == "from a machine-rewritten copy of ScienceAlert's story"
    assert copy_note("Nature Medicine", "original") is None


def test_terminal_answer_says_a_quote_is_from_a_translated_copy(faq_engine: AnswerEngine) -> None:
    answer = faq_engine.answer("What is lupus?")
    assert answer.entry_id == "what-is-lupus"
    text = render_text(answer, width=400)
    assert "(from a machine-translated copy of Live Science's story)" in text


def test_show_quotes_labels_each_copy_and_does_not_claim_the_outlets_words(faq_engine: AnswerEngine) -> None:
    embed = render_quotes(faq_engine.answer("What is lupus?"))
    assert "from a machine-translated copy of Live Science's story" in (embed.description or "")
    footer = embed.footer.text or ""
    assert "not the outlet's" in footer
    assert "from the articles the FAQ cites" not in footer


def test_sources_command_lists_official_notices_and_our_copies(faq_load: LoadResult) -> None:
    embed = render_sources(faq_load.knowledge)
    fields = {f.name: f.value or "" for f in embed.fields}
    assert "Official notices and trial registries" in fields
    assert "FDA" in fields["Official notices and trial registries"] or "Food and Drug" in "".join(fields.values())
    news = "".join(f.value or "" for f in embed.fields if f.name and f.name.startswith("News stories"))
    assert "machine-translated copy of Live Science" in news


def test_json_citations_carry_the_copy(faq_engine: AnswerEngine) -> None:
    payload = faq_engine.answer("What is lupus?").to_json()
    copies = {c["source"]: c["copy"] for c in payload["citations"]}  # type: ignore[index]
    assert copies["livescience-2022"] == "translated"


# --------------------------------------------------------------------------- dates and review


def test_answer_footer_shows_last_and_next_review_and_research_years(
    faq_engine: AnswerEngine, faq_load: LoadResult
) -> None:
    answer = faq_engine.answer("What is CD19?")
    entry = faq_load.knowledge.entry("cd19")
    assert entry is not None and entry.review_due is not None
    assert f"Last reviewed {entry.reviewed.isoformat()} · next review {entry.review_due.isoformat()}" in answer.footer
    assert faq_load.knowledge.research_years == (2021, 2025)
    assert answer.footer.endswith("covers research from 2021 to 2025")


def test_overdue_review_due_is_a_warning_naming_the_line(faq_copy: Path) -> None:
    path = _entry_file(faq_copy, "cd19")
    text = re.sub(r"^review_due: .*$", "review_due: 2027-01-01", path.read_text(encoding="utf-8"), flags=re.M)
    path.write_text(text, encoding="utf-8")
    result = load_knowledge(faq_copy, today=lambda: date(2027, 1, 2))
    mine = [w for w in result.warnings if w.file == str(path) and w.field == "review_due"]
    assert len(mine) == 1 and "due on 2027-01-01" in mine[0].message
    line = next(n for n, t in enumerate(text.splitlines(), start=1) if t.startswith("review_due:"))
    assert mine[0].line == line


def test_review_due_before_reviewed_is_an_error(faq_copy: Path) -> None:
    path = _entry_file(faq_copy, "cd19")
    text = re.sub(r"^review_due: .*$", "review_due: 2020-01-01", path.read_text(encoding="utf-8"), flags=re.M)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception, match=r"review_due.*should be after 'reviewed'"):
        load_knowledge(faq_copy)


def test_unknown_copy_kind_is_an_error(faq_copy: Path) -> None:
    path = faq_copy / "sources.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("copy: translated", "copy: scanned", 1), "utf-8")
    with pytest.raises(Exception, match=r"copy.*original, rewritten, translated"):
        load_knowledge(faq_copy)


# --------------------------------------------------------------------------- trust signals


def test_about_says_who_maintains_funds_and_how_answers_are_made(faq_load: LoadResult) -> None:
    embed = render_about(faq_load.knowledge, TrustInfo())
    text = "\n".join(f"{f.name}: {f.value}" for f in embed.fields)
    assert "Maintained by this server's moderators" in text
    assert "message one of this server's moderators" in text
    assert "No funding has been declared" in text and "no advertising" in text
    assert "last reviewed" in text and "word for word" in text
    assert "never who asked" in text


def test_trust_facts_come_from_the_config(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(
        "maintainers: the Lupus Circle mods\ncontact: mods@example.org\nfunding: Paid for by members' donations\n"
    )
    info = load_config(tmp_path / "c.yaml", env={}).trust_info()
    assert info == TrustInfo("the Lupus Circle mods", "mods@example.org", "Paid for by members' donations", 30)


def test_markdown_export_has_the_about_section_from_config(faq_cli: FaqCli, tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text("maintainers: the Lupus Circle mods\ncontact: mods@example.org\n")
    result = faq_cli("export", "--config", str(tmp_path / "c.yaml"))
    assert result.returncode == 0, result.stderr
    about = result.stdout.split("## About this FAQ", 1)[1]
    assert "Maintained by the Lupus Circle mods. To reach them: mods@example.org." in about
    assert "no advertising" in about and "What is stored" in about


def test_markdown_export_follows_the_reading_order(faq_load: LoadResult) -> None:
    kb = faq_load.knowledge
    order = reading_order(kb)
    assert order[0].id == "lupus-cart"
    assert sorted(e.id for e in order) == sorted(e.id for e in kb.entries)
    headline = kb.entry("lupus-cart")
    assert headline is not None
    assert [e.id for e in order[1 : 1 + len(headline.related)]] == list(headline.related)
    text = export_markdown(kb)
    contents = re.findall(r"^\d+\. \[.*\]\(#([a-z0-9-]+)\)$", text.split("## Contents", 1)[1], flags=re.M)
    assert contents == [e.id for e in order]
    sections = re.findall(r'^<a id="([a-z0-9-]+)"></a>$', text, flags=re.M)
    assert sections == [e.id for e in order]


# --------------------------------------------------------------------------- validate: quotes and readability


@needs_articles
def test_every_quote_is_in_its_own_sources_copy(faq_load: LoadResult) -> None:
    report = check_quotes(faq_load.knowledge, ARTICLES)
    assert report.checked >= 60
    assert not report.problems, [str(p) for p in report.problems]


@needs_articles
def test_a_changed_quote_fails_with_file_and_line(faq_copy: Path, faq_cli: FaqCli) -> None:
    path = _entry_file(faq_copy, "what-is-lupus")
    text = path.read_text(encoding="utf-8").replace("leading to inflammation", "leading to swelling", 1)
    path.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), start=1) if "leading to swelling" in t)
    result = faq_cli("validate", "--articles", str(ARTICLES), str(faq_copy))
    assert result.returncode == 1
    assert f"{path}:{line}: error: field 'citations[1].quote': not found word for word in 003_" in result.stderr


@needs_articles
def test_a_quote_cited_to_the_wrong_copy_names_the_right_one(faq_copy: Path) -> None:
    path = _entry_file(faq_copy, "what-is-lupus")
    path.write_text(path.read_text(encoding="utf-8").replace("source: livescience-2022", "source: gizmodo-2022"))
    report = check_quotes(load_knowledge(faq_copy).knowledge, ARTICLES)
    assert len(report.problems) == 1 and "it is in 003_fcc0caa3a67743bd.txt" in report.problems[0].message


@needs_articles
def test_validate_with_articles_reports_how_many_quotes_it_checked(faq_cli: FaqCli) -> None:
    result = faq_cli("validate", "--articles", str(ARTICLES), "knowledge")
    assert result.returncode == 0, result.stderr
    assert re.search(r"; \d+ quotes checked against .*articles, all found$", result.stdout.strip())


def test_validate_without_articles_says_quotes_were_not_checked(faq_cli: FaqCli) -> None:
    result = faq_cli("validate", "knowledge")
    assert result.returncode == 0, result.stderr
    assert "quotes not checked against the article texts" in result.stdout


def test_grade_and_sentence_length_match_textstat_073() -> None:
    assert grade("The cat sat on the mat. It was warm.") < 2
    hard = (
        "Autologous lymphodepleting chemotherapy preceded administration of chimeric antigen receptor "
        "engineered lymphocytes, necessitating comprehensive immunological monitoring."
    )
    assert grade(hard) > 15
    assert sentence_lengths("One two three. Four five! Six?") == [3, 2, 1]


def test_every_answer_reads_at_grade_nine_or_lower(faq_load: LoadResult) -> None:
    assert not readability_problems(faq_load.knowledge)


def test_a_hard_answer_is_a_readability_warning(faq_copy: Path, faq_cli: FaqCli) -> None:
    path = _entry_file(faq_copy, "cd19")
    hard = (
        "  Autologous lymphodepleting chemotherapy preceded administration of chimeric antigen receptor "
        "engineered lymphocytes, necessitating comprehensive immunological monitoring and "
        "interdisciplinary consultation, and this one sentence keeps on going well past thirty words, just to be "
        "very sure that it is long [1].\n"
    )
    text = re.sub(r"answer: >-\n(  .*\n)+", "answer: >-\n" + hard, path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    result = faq_cli("validate", str(faq_copy))
    assert result.returncode == 0, result.stderr
    assert re.search(r"cd19\.yaml:\d+: warning: field 'answer': reads at school grade \d+\.\d", result.stderr)
    assert re.search(r"has a sentence of (3[1-9]|4\d) words; keep each to 30 or fewer", result.stderr)
