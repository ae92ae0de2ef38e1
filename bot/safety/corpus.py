"""Reads the crisis classifier's corpus (``bot/safety/corpus/``): handwritten examples and augmentation templates.

Handwritten files are ``<lang>.tsv``: one example per line, ``label<TAB>text``; ``#`` starts a comment line. Groups,
not rows, are what the cross-validation folds assign: a group is a run of at most ``GROUP_ROWS`` consecutive rows,
and a blank line or a comment always starts a new one, so paraphrases written next to each other stay on one side.
Templates (``templates.yaml``) expand slot fillers into more rows; each template is one
group, so a template is either wholly in training or wholly in validation.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
LABEL_NAMES = ("none", "distress", "emergency", "self_harm")
LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr")
TEMPLATE_FILE = "templates.yaml"
FOLDS = 5  # groups are dealt into five folds; each fold is scored by a model trained on the other four
GROUP_ROWS = 3


class CorpusError(ValueError):
    """A corpus file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Example:
    """One labelled message of the corpus."""

    text: str
    label: str
    lang: str
    group: str
    source: str  # "hand" or "template"

    @property
    def fold(self) -> int:
        """The cross-validation fold of this example's group (0 to FOLDS - 1)."""
        return zlib.crc32(self.group.encode()) % FOLDS


def corpus_files(directory: Path = CORPUS_DIR) -> list[Path]:
    """Every file that makes up the corpus, in a fixed order."""
    return sorted([*directory.glob("*.tsv"), *directory.glob(TEMPLATE_FILE)])


def corpus_sha256(directory: Path = CORPUS_DIR) -> str:
    """SHA-256 over the corpus files' names and bytes: the model file records it."""
    digest = hashlib.sha256()
    for path in corpus_files(directory):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _parse_tsv(path: Path) -> list[Example]:
    lang = path.stem
    if lang not in LANGUAGES:
        raise CorpusError(f"{path.name}: unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    examples: list[Example] = []
    block, rows = 0, 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or rows == GROUP_ROWS:
            block, rows = block + 1, 0
        if not line.strip() or line.startswith("#"):
            continue
        rows += 1
        label, tab, text = line.partition("\t")
        if not tab or not text.strip():
            raise CorpusError(f"{path.name}:{number}: expected 'label<TAB>text'")
        if label not in LABEL_NAMES:
            raise CorpusError(f"{path.name}:{number}: unknown label {label!r}; use one of {', '.join(LABEL_NAMES)}")
        examples.append(Example(text.strip(), label, lang, f"{lang}:{block}", "hand"))
    return examples


def _expand(template: dict[str, Any], where: str) -> list[str]:
    """Every filling of every pattern, then a fixed-seed sample of ``limit`` of them (seeded by the template id)."""
    slots: dict[str, list[str]] = template.get("slots", {})
    texts: list[str] = []
    for pattern in template["patterns"]:
        names = [name for name in slots if "{" + name + "}" in pattern]
        for values in itertools.product(*(slots[name] for name in names)):
            text = pattern
            for name, value in zip(names, values, strict=True):
                text = text.replace("{" + name + "}", value)
            if "{" in text:
                raise CorpusError(f"{where}: pattern {pattern!r} has a slot with no fillers")
            texts.append(text)
    limit = int(template.get("limit", 40))
    if len(texts) <= limit:
        return texts
    chosen = sorted(random.Random(str(template["id"])).sample(range(len(texts)), limit))
    return [texts[index] for index in chosen]


def _parse_templates(path: Path) -> list[Example]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    examples: list[Example] = []
    for position, template in enumerate(data, start=1):
        where = f"{path.name}: template {position} ({template.get('id', '?')})"
        if not isinstance(template, dict) or not {"id", "lang", "label", "patterns"} <= template.keys():
            raise CorpusError(f"{where}: needs id, lang, label and patterns")
        if template["label"] not in LABEL_NAMES or template["lang"] not in LANGUAGES:
            raise CorpusError(f"{where}: unknown label or language")
        group = f"template:{template['id']}"
        examples.extend(
            Example(text, template["label"], template["lang"], group, "template") for text in _expand(template, where)
        )
    return examples


def load_corpus(directory: Path = CORPUS_DIR) -> list[Example]:
    """Every example of the corpus, handwritten first, in file order."""
    examples: list[Example] = []
    for path in corpus_files(directory):
        examples.extend(_parse_templates(path) if path.name == TEMPLATE_FILE else _parse_tsv(path))
    return examples
