"""Read knowledge/translations/<lang>/: caveats (all of them, or the language cannot load), entries, lexicon."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

from bot.knowledge import loader
from bot.knowledge.folding import fold
from bot.knowledge.loader import _Report
from bot.knowledge.messages import MessageCatalog, load_messages
from bot.knowledge.model import Caveat, Entry
from bot.knowledge.problems import Problem
from bot.knowledge.translation_model import LanguageLexicon, LanguagePack, TranslatedEntry, entry_fingerprint
from bot.knowledge.yaml_lines import LineDict, LineList

TRANSLATIONS_DIR = "translations"
CAVEATS_FILE = "caveats.yaml"
LEXICON_FILE = "lexicon.yaml"
ENTRIES_DIR = "entries"
TRANSLATED_ANSWER_LIMIT = 900  # German and French run about a quarter longer than the English (limit 700)
TRANSLATION_FIELDS = {
    "id", "question", "aliases", "answer", "caveats", "reviewed", "reviewed_by", "translated_from",
}  # fmt: skip
TRANSLATION_REQUIRED = ("id", "question", "aliases", "reviewed", "reviewed_by", "translated_from")
LEXICON_FIELDS = {"stopwords", "synonyms", "compound_parts", "suffixes", "self_words", "decision_words", "anchors"}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Localisations:
    """The FAQ's other languages and the bot's messages in every language."""

    packs: MappingProxyType[str, LanguagePack]
    messages: MessageCatalog


def _load_caveats(folder: Path, english: Sequence[Caveat], problems: list[Problem]) -> tuple[str, ...] | None:
    """Return the caveats in English order, or None (after an error) if any is missing: no answer without them."""
    path = folder / CAVEATS_FILE
    report = loader._Report(str(path), problems)
    items = loader._top_list(loader._read_yaml(path, report), report, "caveats")
    texts: dict[str, str] = {}
    for index, item in enumerate(items or []):
        where = f"caveats[{index + 1}]."
        if not isinstance(item, LineDict):
            report.error(items.lines[index] if items else None, where[:-1], "each caveat needs 'id' and 'text'")
            continue
        loader._check_keys(report, item, {"id", "text"}, ("id", "text"), where)
        cid, text = loader._text(report, item, "id", where), loader._text(report, item, "text", where)
        if cid and text:
            if cid not in {c.id for c in english}:
                report.error(item.line, where + "id", f"'{cid}' is not the id of an English caveat")
            texts[cid] = text
    missing = [c.id for c in english if c.id not in texts]
    if missing:
        report.error(
            None,
            "caveats",
            f"this language cannot load without every caveat; missing: {', '.join(missing)} (see caveats.yaml)",
        )
        return None
    return tuple(texts[c.id] for c in english)


def _word_list(report: _Report, data: LineDict, key: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if not isinstance(value, LineList) or not all(isinstance(v, str) and v.strip() for v in value):
        report.error(data.lines.get(key, data.line), key, "should be a list of words")
        return ()
    return tuple(fold(v) for v in value if fold(v))


def _load_lexicon(folder: Path, problems: list[Problem]) -> LanguageLexicon:
    path = folder / LEXICON_FILE
    if not path.exists():
        return LanguageLexicon()
    report = loader._Report(str(path), problems)
    data = loader._read_yaml(path, report)
    if not isinstance(data, LineDict):
        if data is not None:
            report.error(1, "", "the file should hold lists like 'stopwords:' and 'synonyms:'")
        return LanguageLexicon()
    loader._check_keys(report, data, LEXICON_FIELDS, (), "")
    synonyms: dict[str, str] = {}
    raw = data.get("synonyms") or {}
    if not isinstance(raw, dict):
        report.error(data.lines.get("synonyms", data.line), "synonyms", "should be lines like 'word: meaning'")
        raw = {}
    for word, meaning in raw.items():
        if isinstance(meaning, str) and fold(str(word)) and fold(meaning):
            synonyms[fold(str(word))] = fold(meaning)
        else:
            report.error(data.lines.get("synonyms"), f"synonyms.{word}", "should be 'word: meaning'")
    return LanguageLexicon(
        stopwords=frozenset(_word_list(report, data, "stopwords")),
        synonyms=MappingProxyType(synonyms),
        compound_parts=tuple(sorted(set(_word_list(report, data, "compound_parts")), key=len, reverse=True)),
        suffixes=tuple(sorted(set(_word_list(report, data, "suffixes")), key=len, reverse=True)),
        self_words=frozenset(_word_list(report, data, "self_words")),
        decision_words=frozenset(_word_list(report, data, "decision_words")),
        anchors=frozenset(_word_list(report, data, "anchors")),
    )


def _check_answer(report: _Report, data: LineDict, answer: str, english: Entry) -> None:
    line = data.lines.get("answer", data.line)
    if len(answer) > TRANSLATED_ANSWER_LIMIT:
        report.error(line, "answer", f"is {len(answer)} characters; keep it to {TRANSLATED_ANSWER_LIMIT}")
    want, got = set(_MARKER.findall(english.answer)), set(_MARKER.findall(answer))
    if want != got:
        expected = " ".join(f"[{m}]" for m in sorted(want)) or "none"
        report.error(line, "answer", f"should carry the same citation markers as the English answer: {expected}")


def _load_entry(
    path: Path, language: str, english: dict[str, Entry], today: date, problems: list[Problem]
) -> TranslatedEntry | None:
    report = loader._Report(str(path), problems)
    data = loader._read_yaml(path, report)
    if not isinstance(data, LineDict):
        if data is not None or not any(p.file == report.file for p in problems):
            report.error(1, "", "the file should hold one translated entry: lines like 'id: ...', 'question: ...'")
        return None
    loader._check_keys(report, data, TRANSLATION_FIELDS, TRANSLATION_REQUIRED, "")
    eid = loader._text(report, data, "id", "")
    source = english.get(eid or "")
    if eid and source is None and not (path.parents[3] / "entries" / f"{eid}.yaml").exists():
        # (an English entry that exists but failed to load is reported in its own file, not here)
        report.error(data.lines.get("id"), "id", f"'{eid}' is not the id of an English entry")
    if eid and path.stem != eid:
        report.error(data.lines.get("id"), "id", f"the file name '{path.name}' does not match the id '{eid}'")
    question = loader._text(report, data, "question", "")
    if question and len(question) > loader.QUESTION_LIMIT:
        report.error(data.lines.get("question"), "question", f"keep it to {loader.QUESTION_LIMIT} characters")
    aliases = loader._string_list(report, data, "aliases", required=True)
    answer = loader._text(report, data, "answer", "", required=False) if "answer" in data else None
    caveats = loader._string_list(report, data, "caveats", required=False) or []
    reviewed = loader._reviewed(report, data, today)
    reviewed_by = loader._text(report, data, "reviewed_by", "")
    translated_from = loader._text(report, data, "translated_from", "")
    if not (source and question and aliases and reviewed and reviewed_by and translated_from):
        return None
    current = entry_fingerprint(source)
    stale = translated_from != current
    # A stale translation is never shown, so it need not fit the new English text (markers, caveats) until
    # it is updated: the warning below says so, and English is served meanwhile.
    if answer is not None and not stale:
        _check_answer(report, data, answer, source)
        if len(caveats) != len(source.caveats):
            report.error(
                data.lines.get("caveats", data.line),
                "caveats",
                f"the English entry has {len(source.caveats)} caveat(s) of its own; translate every one",
            )
    return TranslatedEntry(
        id=source.id,
        language=language,
        question=question,
        aliases=tuple(aliases),
        answer=answer,
        caveats=tuple(caveats),
        reviewed=reviewed,
        reviewed_by=reviewed_by,
        translated_from=translated_from,
        stale=stale,  # listed by `validate` with the fingerprint to copy (bot.i18n.report), not on every reload
        file=str(path),
    )


def _check_aliases(entries: Sequence[TranslatedEntry], problems: list[Problem]) -> None:
    """A question in one language must lead to one entry, as in English."""
    owners: dict[str, str] = {}
    for entry in entries:
        for text in (entry.question, *entry.aliases):
            key = fold(text)
            owner = owners.setdefault(key, entry.id)
            if owner != entry.id:
                problems.append(
                    Problem(entry.file, None, "aliases", f"'{text}' is also a question or alias of '{owner}'")
                )


def _load_language(
    folder: Path, english: Sequence[Entry], caveats: Sequence[Caveat], today: date, problems: list[Problem]
) -> LanguagePack | None:
    language = folder.name
    translated_caveats = _load_caveats(folder, caveats, problems)
    lexicon = _load_lexicon(folder, problems)
    by_id = {e.id: e for e in english}
    paths = sorted((folder / ENTRIES_DIR).glob("*.yaml"))
    entries = [t for p in paths if (t := _load_entry(p, language, by_id, today, problems)) is not None]
    _check_aliases(entries, problems)
    if translated_caveats is None:
        return None
    return LanguagePack(language, translated_caveats, MappingProxyType({e.id: e for e in entries}), lexicon)


def load_localisations(
    root: Path, entries: Sequence[Entry], caveats: Sequence[Caveat], today: date, problems: list[Problem]
) -> Localisations:
    """Load every translations/<lang>/ folder and the message catalog; problems go to `problems`."""
    packs: dict[str, LanguagePack] = {}
    folder = root / TRANSLATIONS_DIR
    for child in sorted(folder.iterdir()) if folder.is_dir() else []:
        if not child.is_dir():
            continue
        if not _LANGUAGE.match(child.name):
            problems.append(Problem(str(child), None, "", "name translation folders after a language code, like de"))
            continue
        pack = _load_language(child, entries, caveats, today, problems)
        if pack is not None:
            packs[child.name] = pack
    return Localisations(MappingProxyType(packs), load_messages(root, problems))
