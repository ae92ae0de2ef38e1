"""English context words, part of the English vocabulary (`en`).

How a dose was taken (as scheduled, or in plain excess), a medicine made ready, nobody answering, an errand.
"""

from __future__ import annotations

CONTEXT: dict[str, tuple[str, ...]] = {
    # A dose taken as scheduled: a routine, a mealtime, a time of day before the medicine, a doctor's instruction.
    # It cancels a count or "all" (took all 6 of my evening tablets), never a plain excess (see rules.TOO_MANY).
    "SCHEDULED": (
        "as usual", "like usual", "like always", "as always", "like i always do", "like i always", "like every",
        "like normal", "as normal", "as prescribed", "as directed", "as instructed", "as i was told", "as told",
        "like im supposed to", "as im supposed to", "every morning", "every evening", "every night", "every week",
        "each morning", "each evening", "each week", "with breakfast", "with my breakfast", "at breakfast",
        "with lunch", "at lunch", "with dinner", "at dinner", "with tea", "with food", "with my meal",
        "at bedtime", "for the week", "for today", "for the day", "pill organiser", "pill organizer",
        "pill box", "pillbox", "dosette", "blister pack from the pharmacy", "morning pills", "morning meds",
        "morning tablets", "morning dose", "morning batch", "morning lot", "evening pills", "evening meds",
        "evening tablets", "evening dose", "night meds", "night pills", "night time meds", "bedtime meds",
        "weekly dose", "weekly methotrexate", "weekly mtx", "daily dose", "daily meds", "on schedule",
        "doctor said", "doctor told", "doctor says", "rheumy said", "rheumy told", "rheumy says",
        "rheumatologist said", "nurse said", "gp said", "consultant said", "pharmacist said",
    ),
    # A plain excess: too many, more than, a handful, a container. No schedule makes it a normal dose.
    "TOO_MANY": (
        "too many", "too much", "2 many", "2 much", "to many", "way more", "more than", "a lot more", "handful",
        "an overdose", "packet", "packets", "pack", "packs", "bottle", "bottles", "box", "boxes", "strip",
        "strips", "blister pack", "tub", "a weeks worth", "weeks worth", "days worth", "in one go", "all at once",
        "at once", "in a row", "days running", "instead of", "by mistake", "accidentally", "twice",
    ),
    # Nobody answering, said of a person ("cant get a response out of him"); "from my doctor" is no emergency.
    "NO_RESPONSE": (
        "cant get a response", "no response from", "not getting a response", "cant get any response",
        "no reaction from", "get no response", "getting no response", "cant get anything out of",
    ),
    # A medicine made ready ("the pills are counted out"): with another farewell cue, a farewell (grammar.DERIVED).
    "READY": ("ready", "counted out", "laid out", "lined up", "set out", "sorted into piles",),
    # An errand beside farewell-like words ("put my affairs in order at work before the infusion"): no farewell.
    "ERRAND": (
        "at work", "for work", "handover", "hand over", "before my infusion", "before the infusion",
        "before my surgery", "before surgery", "before my operation", "before the operation", "before the trial",
        "for the trial", "before my trip", "for my trip", "before my holiday", "for my holiday", "time off",
        "maternity leave", "sick leave", "before i go into hospital",
    ),
}
