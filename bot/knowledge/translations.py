"""Read knowledge/translations/<lang>/: caveats (all of them, or the language cannot load), entries, lexicon."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

from bot.knowledge.caveats import CAVEATS_FILE, read_caveats
from bot.knowledge.entries import QUESTION_LIMIT, reviewed
from bot.knowledge.fields import (
    Field,
    FieldReader,
    Report,
    check_keys,
    optional_text,
    read_fields,
    read_yaml,
    required_text,
    string_list,
)
from bot.knowledge.folding import fold
from bot.knowledge.messages import MessageCatalog, load_messages
from bot.knowledge.model import Caveat, Entry
from bot.knowledge.problems import Problem
from bot.knowledge.translation_model import LanguageLexicon, LanguagePack, TranslatedEntry, entry_fingerprint
from bot.knowledge.yaml_lines import LineDict, LineList

TRANSLATIONS_DIR = "translations"
LEXICON_FILE = "lexicon.yaml"
ENTRIES_DIR = "entries"
TRANSLATED_ANSWER_LIMIT = 900  # German and French run about a quarter longer than the English (limit 700)
LEXICON_FIELDS = {
    "stopwords", "synonyms", "compound_parts", "suffixes", "self_words", "decision_words", "anchors", "place_names",
    "medicines", "wondering", "clitics", "done_words", "done_helpers", "no_longer_words", "taking_words",
    "eligibility_words", "asking_words", "joining_words", "could_words", "arithmetic_words",
    "filler_endings", "glossary", "subject_pronouns",
}  # fmt: skip
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Localisations:
    """The FAQ's other languages and the bot's messages in every language."""

    packs: MappingProxyType[str, LanguagePack]
    messages: MessageCatalog


def _load_caveats(folder: Path, english: Sequence[Caveat], problems: list[Problem]) -> tuple[str, ...] | None:
    """Return the caveats in English order, or None (after an error) if any is missing: no answer without them."""
    report = Report(str(folder / CAVEATS_FILE), problems)
    english_ids = {c.id for c in english}
    texts: dict[str, str] = {}
    for item in read_caveats(folder / CAVEATS_FILE, report, folder).items:
        if item.caveat.id not in english_ids:
            report.error(item.line, item.where + "id", f"'{item.caveat.id}' is not the id of an English caveat")
        texts[item.caveat.id] = item.caveat.text
    missing = [c.id for c in english if c.id not in texts]
    if missing:
        report.error(
            None,
            "caveats",
            f"this language cannot load without every caveat; missing: {', '.join(missing)} (see caveats.yaml)",
        )
        return None
    return tuple(texts[c.id] for c in english)


def _word_list(report: Report, data: LineDict, key: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if not isinstance(value, LineList) or not all(isinstance(v, str) and v.strip() for v in value):
        report.error(data.lines.get(key, data.line), key, "should be a list of words")
        return ()
    return tuple(fold(v) for v in value if fold(v))


def _mapping(report: Report, data: LineDict, key: str = "synonyms") -> dict[str, str]:
    mapping: dict[str, str] = {}
    raw = data.get(key) or {}
    if not isinstance(raw, dict):
        report.error(data.lines.get(key, data.line), key, "should be lines like 'word: meaning'")
        raw = {}
    for word, meaning in raw.items():
        if isinstance(meaning, str) and fold(str(word)) and fold(meaning):
            mapping[fold(str(word))] = fold(meaning)
        else:
            report.error(data.lines.get(key), f"{key}.{word}", "should be 'word: meaning'")
    return mapping


def _load_lexicon(folder: Path, problems: list[Problem]) -> LanguageLexicon:
    path = folder / LEXICON_FILE
    if not path.exists():
        return LanguageLexicon()
    report = Report(str(path), problems)
    data = read_yaml(path, report)
    if not isinstance(data, LineDict):
        if data is not None:
            report.error(1, "", "the file should hold lists like 'stopwords:' and 'synonyms:'")
        return LanguageLexicon()
    check_keys(report, data, LEXICON_FIELDS, (), "")
    synonyms = _mapping(report, data)
    return LanguageLexicon(
        stopwords=frozenset(_word_list(report, data, "stopwords")),
        synonyms=MappingProxyType(synonyms),
        compound_parts=tuple(sorted(set(_word_list(report, data, "compound_parts")), key=len, reverse=True)),
        suffixes=tuple(sorted(set(_word_list(report, data, "suffixes")), key=len, reverse=True)),
        self_words=frozenset(_word_list(report, data, "self_words")),
        decision_words=frozenset(_word_list(report, data, "decision_words")),
        clitics=tuple(sorted(set(_word_list(report, data, "clitics")), key=len, reverse=True)),
        wondering=tuple(sorted(set(_word_list(report, data, "wondering")), key=len, reverse=True)),
        anchors=frozenset(_word_list(report, data, "anchors")),
        place_names=frozenset(_word_list(report, data, "place_names")),
        medicines=frozenset(_word_list(report, data, "medicines")),
        done_words=frozenset(_word_list(report, data, "done_words")),
        done_helpers=frozenset(_word_list(report, data, "done_helpers")),
        no_longer_words=tuple(_word_list(report, data, "no_longer_words")),
        taking_words=frozenset(_word_list(report, data, "taking_words")),
        eligibility_words=tuple(_word_list(report, data, "eligibility_words")),
        asking_words=tuple(_word_list(report, data, "asking_words")),
        joining_words=tuple(_word_list(report, data, "joining_words")),
        could_words=frozenset(_word_list(report, data, "could_words")),
        arithmetic_words=frozenset(_word_list(report, data, "arithmetic_words")),
        filler_endings=tuple(sorted(set(_word_list(report, data, "filler_endings")), key=len, reverse=True)),
        glossary=MappingProxyType(_mapping(report, data, "glossary")),
        subject_pronouns=frozenset(_word_list(report, data, "subject_pronouns")),
    )


@dataclass(frozen=True)
class _EntryContext:
    """What a translated entry's readers need besides the file: its path, the English entries, today."""

    path: Path
    english: dict[str, Entry]
    today: date


def _translated_id(reader: FieldReader, key: str) -> str | None:
    eid = required_text(reader, key)
    context: _EntryContext = reader.context
    if eid and eid not in context.english and not (context.path.parents[3] / "entries" / f"{eid}.yaml").exists():
        # (an English entry that exists but failed to load is reported in its own file, not here)
        reader.error(key, f"'{eid}' is not the id of an English entry")
    if eid and context.path.stem != eid:
        reader.error(key, f"the file name '{context.path.name}' does not match the id '{eid}'")
    return eid


def _translated_question(reader: FieldReader, key: str) -> str | None:
    question = required_text(reader, key)
    if question and len(question) > QUESTION_LIMIT:
        reader.error(key, f"keep it to {QUESTION_LIMIT} characters")
    return question


def _aliases(reader: FieldReader, key: str) -> list[str] | None:
    return string_list(reader.report, reader.mapping, key, required=True)


def _caveats(reader: FieldReader, key: str) -> list[str]:
    return string_list(reader.report, reader.mapping, key, required=False) or []


def _reviewed(reader: FieldReader, key: str) -> date | None:
    return reviewed(reader.report, reader.mapping, reader.context.today)


TRANSLATION_TABLE = (
    Field("id", _translated_id, required=True),
    Field("question", _translated_question, required=True),
    Field("aliases", _aliases, required=True),
    Field("answer", optional_text),
    Field("caveats", _caveats),
    Field("reviewed", _reviewed, required=True),
    Field("reviewed_by", required_text, required=True),
    Field("translated_from", required_text, required=True),
)
TRANSLATION_FIELDS = {f.name for f in TRANSLATION_TABLE}


def _check_answer(reader: FieldReader, answer: str, english: Entry) -> None:
    if len(answer) > TRANSLATED_ANSWER_LIMIT:
        reader.error("answer", f"is {len(answer)} characters; keep it to {TRANSLATED_ANSWER_LIMIT}")
    want, got = set(_MARKER.findall(english.answer)), set(_MARKER.findall(answer))
    if want != got:
        expected = " ".join(f"[{m}]" for m in sorted(want)) or "none"
        reader.error("answer", f"should carry the same citation markers as the English answer: {expected}")


def _check_current(reader: FieldReader, source: Entry) -> None:
    """A current translation carries the English answer's markers and translates every caveat of its own."""
    values = reader.values
    if values["answer"] is not None:
        _check_answer(reader, values["answer"], source)
        if len(values["caveats"]) != len(source.caveats):
            own = len(source.caveats)
            reader.error("caveats", f"the English entry has {own} caveat(s) of its own; translate every one")


def _load_entry(
    path: Path, language: str, english: dict[str, Entry], today: date, problems: list[Problem]
) -> TranslatedEntry | None:
    report = Report(str(path), problems)
    data = read_yaml(path, report)
    if not isinstance(data, LineDict):
        if data is not None or not any(p.file == report.file for p in problems):
            report.error(1, "", "the file should hold one translated entry: lines like 'id: ...', 'question: ...'")
        return None
    reader = FieldReader(report, data, "", context=_EntryContext(path, english, today))
    values = read_fields(reader, TRANSLATION_TABLE)
    source = english.get(values["id"] or "")
    if source is None or not all(values[f.name] for f in TRANSLATION_TABLE if f.required):
        return None
    stale = values["translated_from"] != entry_fingerprint(source)
    # A stale translation is never shown, so it need not fit the new English text (markers, caveats) until
    # it is updated: `validate` says so (bot.i18n.report, with the fingerprint to copy), and English is served.
    if not stale:
        _check_current(reader, source)
    return TranslatedEntry(
        **{**values, "id": source.id, "aliases": tuple(values["aliases"]), "caveats": tuple(values["caveats"])},
        language=language,
        stale=stale,
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
