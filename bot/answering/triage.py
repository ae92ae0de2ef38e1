"""Safety triage before matching: crisis messages get help, personal treatment decisions go to a doctor."""

from __future__ import annotations

import re
from enum import Enum

from bot.knowledge.folding import fold


class Triage(Enum):
    """What kind of message this is, before any FAQ matching."""

    CRISIS = "crisis"
    PERSONAL = "personal"
    ORDINARY = "ordinary"


# Self-harm and emergencies. Deliberately phrases, not single words: "do CAR-T cells kill B cells?" is ordinary.
_CRISIS = re.compile(
    r"\b(?:"
    r"suicid\w*|kill(?:ing)? my ?self|kms|end(?:ing)? (?:my|it) (?:life|all)|end it all|take my (?:own )?life|"
    r"(?:want|wanna|going|ready|wish|planning|plan) (?:to )?die|wish i (?:was|were) dead|better off dead|"
    r"(?:dont|do not|don t) want to (?:live|be alive|be here|wake up)|no reason to live|can ?t go on|cannot go on|"
    r"(?:hurt|harm|cut|cutting|hurting|harming) my ?self|self ?harm\w*|"
    r"overdos\w*|took too many (?:pills|tablets)|taken too many (?:pills|tablets)|"
    r"not breathing|stopped breathing|can ?t breathe|cannot breathe|unconscious|unresponsive|"
    r"passed out and|having a (?:seizure|stroke|heart attack)|heart attack|chest pain|"
    r"medical emergency|(?:this|it) is an emergency|its an emergency|need an ambulance|call (?:an )?ambulance|"
    r"anaphyla\w*|severe allergic reaction|bleeding (?:heavily|a lot|won ?t stop)"
    r")\b"
)

_FIRST_PERSON = r"(?:i|im|i m|me|my|myself|ive|i ve)"
_MEDICINE = (
    r"(?:medications?|medicines?|meds|drugs?|pills?|treatments?|therapy|therapies|prescriptions?|doses?|dosage|"
    r"steroids?|prednisone|prednisolone|hydroxychloroquine|plaquenil|benlysta|belimumab|saphnelo|anifrolumab|"
    r"rituximab|mycophenolate|cellcept|methotrexate|azathioprine|cyclophosphamide|tacrolimus|voclosporin|"
    r"immunosuppress\w*)"
)
_PERSONAL = re.compile(
    r"\b(?:"
    # "should I stop my meds", "can I quit prednisone", "I want to change my treatment"
    rf"{_FIRST_PERSON}\b.*\b(?:stop|stopping|quit|quitting|change|changing|switch|switching|reduce|reducing|"
    rf"lower|lowering|skip|skipping|taper|tapering|drop|dropping|cut down|cut back|come off|coming off|go off|"
    rf"get off|wean|increase|double|halve)\b.*\b{_MEDICINE}|"
    # "should I get CAR-T", "should I try it", "should I ask for it"
    r"should i (?:get|try|have|do|take|ask for|sign up|go for|start|consider|wait)|"
    r"(?:is|would) (?:it|this|car ?t|cart) (?:be )?(?:right|good|safe|ok|okay|suitable|worth it|an option) for me|"
    r"(?:would|could|will|can) (?:it|this|car ?t|cart) (?:work|help|cure) (?:for )?(?:me|my)|"
    r"am i (?:a )?(?:good )?(?:candidate|eligible|suitable)|do i qualify|"
    r"what should i (?:do|take)|my (?:doctor|rheumatologist) (?:wants|says|said|told)"
    r")\b"
)


def triage(question: str) -> Triage:
    """Classify a message: crisis help first, then personal treatment decisions, else ordinary."""
    text = fold(question)
    if _CRISIS.search(text):
        return Triage.CRISIS
    if _PERSONAL.search(text):
        return Triage.PERSONAL
    return Triage.ORDINARY
