#!/usr/bin/env python3
"""Score a German, Spanish or French question set exactly as ../shared/tools/faq_eval.py scores English.

    python tests/i18n/score_language.py de tests/i18n/questions_de_tune.yaml [--verbose] [faq_eval options]
    python tests/i18n/score_language.py de tests/i18n/questions_de_*.yaml --min-answer 0.75   # several sets as one

It runs faq_eval.py's own grading through `python -m bot ask --json --lang <lang> -`. Only the words the tool
looks for are given in the language as well (the caveats' "five / early / cure", the doctor, the emergency
help), since the tool knows them in English only; every threshold and rule is the tool's.

`--advice-in-language` adds one rule of this project: a doctor referral (an `advice` item) must be in the member's
language, not the English text of an entry whose answer is not translated (the reply's `translation` field says
"missing" or "stale" then).
"""

from __future__ import annotations

import importlib.util
import shlex
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

FAQ_EVAL = Path(__file__).resolve().parents[3] / "shared" / "tools" / "faq_eval.py"

WORDS: dict[str, dict[str, tuple[object, ...]]] = {
    "de": {
        "CAVEAT_GROUPS": (("fünf", "5 "), ("früh",), ("heilung",)),
        "DOCTOR": ("rheumatolog", "behandlungsteam", "arzt", "ärzt"),
        "EMERGENCY": ("notruf", "telefonseelsorge", "krise"),
    },
    "es": {
        "CAVEAT_GROUPS": (("cinco", "5 "), ("tempran",), ("cura",)),
        "DOCTOR": ("reumatólogo", "reumatolog", "equipo médico", "médico"),
        "EMERGENCY": ("emergencia", "024", "crisis"),
    },
    "fr": {
        "CAVEAT_GROUPS": (("cinq", "5 "), ("début", "précoce"), ("guérison",)),
        "DOCTOR": ("rhumatolog", "équipe soignante", "médecin"),
        "EMERGENCY": ("urgence", "3114", "crise"),
    },
}


def _advice_in_language(grade: Callable[..., tuple[bool, str]]) -> Callable[..., tuple[bool, str]]:
    """The tool's grade, and a referral shown in English instead of the member's language fails."""

    def graded(item: dict[str, object], got: dict[str, object], *args: object) -> tuple[bool, str]:
        ok, why = grade(item, got, *args)
        if ok and item["expect"] == "advice" and got.get("translation") in ("missing", "stale"):
            return False, f"the referral is in English (entry {got.get('entry_id')}, translation {got['translation']})"
        return ok, why

    return graded


def main() -> int:
    """Load faq_eval.py, give it the language's words (English ones stay), and run it with `--lang`."""
    if len(sys.argv) < 3 or sys.argv[1] not in WORDS:
        print(__doc__, file=sys.stderr)
        return 2
    language, rest = sys.argv[1], sys.argv[2:]
    sets = [arg for arg in rest if arg.endswith((".yaml", ".yml"))]
    if len(sets) > 1:  # several sets are scored as one: faq_eval.py reads one file
        items = [item for path in sets for item in yaml.safe_load(Path(path).read_text(encoding="utf-8"))]
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as combined:
            yaml.safe_dump(items, combined, allow_unicode=True)
        rest = [combined.name, *(arg for arg in rest if arg not in sets)]
    spec = importlib.util.spec_from_file_location("faq_eval", FAQ_EVAL)
    assert spec and spec.loader, f"cannot find {FAQ_EVAL}"
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    words = WORDS[language]
    tool.CAVEAT_GROUPS = tuple(
        (*english, *own) for english, own in zip(tool.CAVEAT_GROUPS, words["CAVEAT_GROUPS"], strict=True)
    )
    tool.DOCTOR = (*tool.DOCTOR, *words["DOCTOR"])
    tool.EMERGENCY = (*tool.EMERGENCY, *words["EMERGENCY"])
    if "--advice-in-language" in rest:
        rest.remove("--advice-in-language")
        tool.grade = _advice_in_language(tool.grade)
    if "--cmd" not in rest:
        rest += ["--cmd", f"{shlex.quote(sys.executable)} -m bot ask --json --lang {language} -"]
    sys.argv = [str(FAQ_EVAL), *rest]
    result: int = tool.main()
    return result


if __name__ == "__main__":
    sys.exit(main())
