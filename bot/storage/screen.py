"""The second screen before a declined question is kept: nothing distress-like is ever stored.

The crisis detector answers a message with help; a message it misses is declined like any other, and declined
text is kept for moderators. The README promises nothing about crisis messages is stored, so before keeping
text this screen, deliberately more sensitive than the detector, must say it is not distress-like. A false
alarm only costs moderators one example question; a miss would store someone's crisis.

The safety package's `looks_like_distress` is used when it is installed; until then this module's own broad
word screen stands in for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.knowledge.folding import fold

MAX_SCREENED_CHARS: Final = 4000

# Broad on purpose: single words and short stems a crisis message is likely to contain, even misspelt.
_DISTRESS: Final = re.compile(
    r"\b(?:"
    r"su[iy]c\w*|sewer ?slide|unalive\w*|kill\w*|die|dying|died|dead|death|end (?:it|my|things|everything)|"
    r"harm\w*|hurt\w*|cut(?:ting)?|bleed\w*|overdos\w*|od|pills?|poison\w*|jump\w*|hang\w*|"
    r"hopeless\w*|worthless|pointless|no point|what ?s the point|miss me|gone|give up|giving up|"
    r"can ?t (?:go on|cope|take|breathe|do this)|"
    r"cannot (?:go on|cope|breathe)|alone|goodbye|farewell|burden|emergency|ambulance|911|999|112|"
    r"scared|terrified|panic\w*|despair\w*|abuse\w*|unsafe|help me"
    r")\b"
)


def _fallback_screen(text: str) -> bool:
    return bool(_DISTRESS.search(fold(text[:MAX_SCREENED_CHARS])))


def _load_screen() -> Callable[[str], bool]:
    try:
        from bot.safety import looks_like_distress  # type: ignore[attr-defined,import-not-found,unused-ignore]
    except ImportError:
        return _fallback_screen
    screen: Callable[[str], bool] = looks_like_distress
    return screen


looks_like_distress: Final = _load_screen()


def may_keep_text(text: str) -> bool:
    """Say whether a declined question's text may be kept for moderators: only if it is not distress-like."""
    return not looks_like_distress(text[:MAX_SCREENED_CHARS])
