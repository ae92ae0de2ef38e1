"""Turn a question into comparable tokens: folding, domain phrases, lay synonyms, plurals, filler words."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.knowledge.folding import fold

# Multi-word forms first: each becomes one token so "car t" and "b cells" survive filler removal.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{pattern})\b"), replacement)
    for pattern, replacement in (
        (r"chimeric antigen receptors? t ?cells?(?: therapy| therapies| treatment)?", "cart"),
        (r"chimeric antigen receptors?", "cart"),
        (r"(?:car ?t|cart) ?cells?(?: therapy| therapies| treatment)?", "cart"),
        (r"car ?ts?(?: therapy| therapies| treatment)?", "cart"),
        (r"(?:cart|kart|carte) (?:cell )?(?:therapy|therapies|treatment)", "cart"),
        (r"cd ?19s?", "cd19"),
        (r"systemic lupus erythematosu?s|lupus erythematosu?s|sle|lupis|lupas|loopus|lupu|lupys", "lupus"),
        (r"b ?cells?|b ?lymphocytes?|b ?cel", "bcell"),
        (r"t ?cells?|t ?lymphocytes?|t ?cel", "tcell"),
        (r"auto ?antibod(?:y|ies)|auto ?anti ?bod(?:y|ies)|autoanti ?bod(?:y|ies)", "autoantibody"),
        (r"side ?effects?|adverse (?:effects?|events?|reactions?)", "sideeffect"),
        (r"cytokine release(?: syndrome)?|cytokine storms?|crs", "cytokinerelease"),
        (r"clinical ?trials?", "clinicaltrial"),
        (r"nature ?medicine|nat med", "naturemedicine"),
        (r"new england journal(?: of medicine)?|nejm", "nejm"),
        (r"multiple sclerosis", "multiplesclerosis"),
        (r"systemic sclerosis|scleroderma", "systemicsclerosis"),
        (r"come off|go off|get off|wean off", "stop"),
        # In this FAQ "this treatment" and "the new therapy" mean CAR-T.
        (
            r"(?:this|that|the new|new|these) (?:new )?"
            r"(?:treatments?|therap(?:y|ies)|immunotherap(?:y|ies)|procedures?)",
            "cart",
        ),
        (r"stands? for|definition of|definition|defined as|define", "mean"),
        (r"tl ?dr|tldr", "summary"),
        (r"how (?:can|do|would|will|could) (?:i|you|we|people|someone) (?:tell|know|find out) if", "diagnose"),
        (r"how (?:much|many) (?=patients?|people|persons?|participants?|women|men)", "howmany "),
        (r"how long", "howlong"),
        (r"how much", "howmuch"),
        (r"how many", "howmany"),
        (r"how often", "howoften"),
    )
)

# Lay words and spellings that mean the same thing here.
SYNONYMS: dict[str, str] = {
    # chat spellings
    "wat": "what",
    "meaning": "mean",
    "explain": "what",
    "describe": "what",
    "means": "mean",
    "meant": "mean",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "wut": "what",
    "wht": "what",
    "hw": "how",
    "u": "you",
    "ur": "your",
    "ppl": "patient",
    "tx": "treatment",
    "dr": "doctor",
    "rheum": "doctor",
    "use": "use",
    "using": "use",
    "used": "use",
    "meds": "medication",
    "med": "medication",
    "medicine": "medication",
    "medicines": "medication",
    "medications": "medication",
    "drug": "medication",
    "drugs": "medication",
    "pills": "medication",
    "pill": "medication",
    "immunosuppressant": "immunosuppressive",
    "immunosuppressants": "immunosuppressive",
    "cured": "cure",
    "cures": "cure",
    "curable": "cure",
    "curing": "cure",
    "healed": "cure",
    "heal": "cure",
    "remissions": "remission",
    "remision": "remission",
    "remmission": "remission",
    "injection": "infusion",
    "injected": "infusion",
    "infused": "infusion",
    "infusions": "infusion",
    "drip": "infusion",
    "iv": "infusion",
    "jab": "infusion",
    "administered": "given",
    "administer": "given",
    "deliver": "given",
    "delivered": "given",
    "give": "given",
    "price": "cost",
    "costs": "cost",
    "expensive": "cost",
    "afford": "cost",
    "affordable": "cost",
    "pricey": "cost",
    "insurance": "cost",
    "pay": "cost",
    "risks": "risk",
    "risky": "risk",
    "dangers": "risk",
    "danger": "risk",
    "dangerous": "risk",
    "safe": "risk",
    "safety": "risk",
    "die": "risk",
    "dying": "risk",
    "death": "risk",
    "deaths": "risk",
    "deadly": "risk",
    "fatal": "risk",
    "lethal": "risk",
    "harm": "risk",
    "harmful": "risk",
    "signs": "symptom",
    "symptoms": "symptom",
    "symtoms": "symptom",
    "symptons": "symptom",
    "doc": "doctor",
    "doctors": "doctor",
    "physician": "doctor",
    "rheumatologist": "doctor",
    "rheumy": "doctor",
    "rheumatologists": "doctor",
    "approval": "approved",
    "approve": "approved",
    "licensed": "approved",
    "fda": "approved",
    "availability": "available",
    "accessible": "available",
    "access": "available",
    "scientists": "researcher",
    "scientist": "researcher",
    "researchers": "researcher",
    "team": "researcher",
    "studies": "study",
    "studied": "study",
    "vaccines": "vaccine",
    "vaccinated": "vaccine",
    "vaccination": "vaccine",
    "vaccinations": "vaccine",
    "jabs": "vaccine",
    "immunisation": "vaccine",
    "immunization": "vaccine",
    "infections": "infection",
    "infect": "infection",
    "results": "result",
    "outcome": "result",
    "outcomes": "result",
    "findings": "result",
    "worked": "work",
    "works": "work",
    "working": "work",
    "effective": "work",
    "effectiveness": "work",
    "quit": "stop",
    "stopping": "stop",
    "stopped": "stop",
    "discontinue": "stop",
    "discontinued": "stop",
    "sources": "source",
    "references": "source",
    "reference": "source",
    "citations": "source",
    "papers": "paper",
    "articles": "article",
    "journal": "paper",
    "journals": "paper",
    "publish": "paper",
    "publication": "paper",
    "published": "paper",
    "patients": "patient",
    "people": "patient",
    "persons": "patient",
    "participants": "patient",
    "kids": "child",
    "children": "child",
    "woman": "female",
    "women": "female",
    "girl": "female",
    "experts": "expert",
    "doctors'": "doctor",
    "reaction": "react",
    "reactions": "react",
    "said": "say",
    "says": "say",
    "think": "say",
    "opinion": "say",
    "nurnberg": "nuremberg",
    "nuernberg": "nuremberg",
    "diseases": "disease",
    "illness": "disease",
    "illnesses": "disease",
    "conditions": "disease",
    "condition": "disease",
    "disorder": "disease",
    "disorders": "disease",
}

# Words that carry no meaning for matching.
STOPWORDS = frozenset(
    (
        "a an the of to in on at for with by from into about as and or but if so than then it its it's this "
        "that these those there here is are was were be been being am i me my mine myself we "
        "us our they them their he she his her him im ive id s t d ll re ve m just really very please pls plz "
        "tell know any some anything something thing things lot bit also too again now yet still ever "
        "even got hey hi hello has have had having isn aren wasn weren doesn don didn won wouldn shouldn couldn "
        "exactly actually basically simply anyway btw guys someone anyone everyone folks wondering wonder curious "
        "heard hear read saw seen okay ok yeah yes like r all every each both well quite such own whole look "
        "looking thought real truly proper properly kind sort"
    ).split()
)

# Question words: they tell questions apart ("who is it for" / "how is it given") but weigh little.
LIGHT_WORDS = frozenset(
    (
        "what how why who whom whose when where which does do did can could would should will shall may might "
        "you your use much many long"
    ).split()
)


def _stem(token: str) -> str:
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is", "ous")):
        return token[:-1]
    return token


@lru_cache(maxsize=8192)
def expand_phrases(text: str) -> str:
    """Fold text and rewrite domain phrases ('CAR-T cells' -> 'cart', 'B cells' -> 'bcell')."""
    folded = fold(text)
    for pattern, replacement in _PHRASES:
        folded = pattern.sub(replacement, folded)
    return folded


def _suffix(token: str) -> str:
    """Strip -ing, -ed and a final -e the same way everywhere ("wiping", "wipe" -> "wip")."""
    if token.isdigit() or len(token) < 4:
        return token
    if len(token) > 5 and token.endswith("ing"):
        token = token[:-3]
    elif len(token) > 4 and token.endswith("ed") and not token.endswith("eed"):
        token = token[:-2]
    if len(token) > 3 and token.endswith("e"):
        token = token[:-1]
    if len(token) > 3 and token[-1] == token[-2] and token[-1] not in "lsz":
        token = token[:-1]  # "stopp" -> "stop"
    return token


@lru_cache(maxsize=8192)
def canonical_token(word: str) -> str:
    """Map one folded word to its canonical form: synonym, plural, then -ing/-ed/-e."""
    word = SYNONYMS.get(word, word)
    word = SYNONYMS.get(_stem(word), _stem(word))
    return _suffix(word)


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Return the meaningful tokens of a question, in order, without filler words."""
    result = []
    for word in expand_phrases(text).split():
        word = SYNONYMS.get(word, word) if len(word) <= 3 else word
        if word in STOPWORDS or (len(word) == 1 and not word.isdigit()):
            continue
        result.append(word if word in LIGHT_WORDS else canonical_token(word))
    return tuple(result)
