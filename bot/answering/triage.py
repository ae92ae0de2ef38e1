"""Safety triage before matching: crisis messages get help (personal decisions: bot/answering/personal.py)."""

from __future__ import annotations

import re
from enum import Enum

from bot.knowledge.folding import fold


class Triage(Enum):
    """What kind of message this is, before any FAQ matching."""

    CRISIS = "crisis"
    ORDINARY = "ordinary"


# Self-harm and emergencies. Deliberately phrases, not single words: "do CAR-T cells kill B cells?" is ordinary.
_CRISIS = re.compile(
    r"\b(?:"
    # suicide and self-harm
    r"suicid\w*|kill(?:ing)? my ?self|kms|kys|end(?:ing)? (?:my|it) (?:life|all)|end it all|end things|"
    r"take my (?:own )?life|taking my (?:own )?life|"
    r"(?:want|wanna|going|ready|wish|planning|plan|deserve) (?:to )?die|wish i (?:was|were|could be) dead|"
    r"better off dead|better off without me|"
    r"(?:dont|do not|don t|no longer) want to (?:live|be alive|be here|exist|wake up|go on)|"
    r"no (?:reason|point|will) (?:to |in )?(?:live|living|go on|going on)|no point (?:in )?(?:life|anymore)|"
    r"nothing (?:left )?to live for|life (?:is not|isn t|isnt) worth (?:living|it)|not worth living|"
    r"can ?t (?:go on|do this anymore|take (?:it|this) anymore)|cannot go on|give up on life|"
    r"(?:hurt|harm|cut|cutting|hurting|harming|burn|burning|starve|starving) my ?self|self ?harm\w*|"
    # overdose and poisoning
    r"overdos\w*|o ?d ing|(?:took|taken|take|taking|swallow|swallowed|swallowing) (?:all|too many|a bottle|"
    r"a handful|the whole) (?:of )?(?:my |the )?(?:pills|tablets|meds|medications?|medicine)|"
    r"too many (?:pills|tablets)|poison(?:ed|ing)? my ?self|"
    # medical emergencies
    r"not breathing|stopped breathing|can ?t breathe|cannot breathe|struggling to breathe|hard to breathe|"
    r"unconscious|unresponsive|won ?t wake up|not waking up|"
    r"(?:i|i ve|he|she|someone|somebody|my \w+) (?:just |has |have )?(?:passed out|fainted|collapsed)|"
    r"(?:throat|tongue|lips?|face) (?:is |are )?(?:swelling|swollen|closing)|"
    r"(?:having|had|i think i m having|i have) (?:a )?(?:seizure|stroke|heart attack|severe chest pain)|"
    r"(?:severe|crushing) chest pain|my chest (?:hurts|is tight)|face (?:is )?drooping|"
    r"medical emergency|(?:this|it) is an emergency|its an emergency|need an ambulance|call (?:an )?ambulance|"
    r"call 911|call 999|call 112|"
    r"anaphyla\w*|severe allergic reaction|bleeding (?:heavily|a lot|won ?t stop|that won ?t stop)|"
    r"coughing (?:up )?blood|vomiting blood"
    r")\b"
)


def triage(question: str) -> Triage:
    """Classify a message: crisis help first, else ordinary (personal decisions: bot/answering/personal.py)."""
    text = fold(question)
    if _CRISIS.search(text):
        return Triage.CRISIS
    return Triage.ORDINARY
