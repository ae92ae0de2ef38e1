"""Concept rules: combinations of concepts within a few words of each other mean an emergency or self-harm.

The concepts (tags) are language-neutral; each language's words for them live in `bot/safety/vocab/`. A rule
fires when one word of each of its groups is found in the same sentence within `window` words of the first
group's word. Guards keep ordinary questions ordinary: a body-sign rule does not fire in a general question
("can CRS cause breathing problems?") or a sentence about the past ("she collapsed last year").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from bot.safety.grammar import SENTENCE_END, dated, derive, intended, recent_past
from bot.safety.lexicon import BIG_NUMBER_TAG, NUMBER_TAG, Mark
from bot.safety.rule import Kind, Rule, rule
from bot.safety.rules_means import MEANS_RULES, OTHERS_HISTORY, cross_sentence, others_history
from bot.safety.text import Token

AMOUNT = f"{NUMBER_TAG}|EXCESS"
PLAIN_EXCESS = f"TOO_MANY|{BIG_NUMBER_TAG}"  # an excess that no schedule explains
# "how do i take all my meds", "ill take all 6 with breakfast as usual", "gonna take all my meds with me on holiday"
NOT_INTENT = "QOPEN|NORMAL|SCHEDULED|ALONG"
NOT_REAL = "MEDIA|FIGURE|TITLE"  # a film, a joke, a title: "jump off the bridge in the film", "... lol"
DROP_PLACE = "HEIGHT|DANGER_SPOT|TARGET"  # where a drop is judged high enough ("the bridge is high enough")
AMOUNT_TAGS = frozenset({NUMBER_TAG, "EXCESS", "ALL"})
PLAIN_EXCESS_TAGS = frozenset(PLAIN_EXCESS.split("|"))
RULES: tuple[Rule, ...] = (
    # Swallowing too much: a verb of taking, an amount or excess, a medicine. A count or "all" taken as scheduled
    # ("took all 6 of my evening tablets with breakfast") is a normal dose; a plain excess never is.
    rule("overdose", "emergency", "INGEST", AMOUNT, "SUBSTANCE", window=10, unless="SCHEDULED"),
    rule("overdose_excess", "emergency", "INGEST", "TOO_MANY", "SUBSTANCE", window=10),
    # A count no dose reaches, unless it is a daily count ("tomo 20 pastillas al día entre todas").
    rule("overdose_big", "emergency", "INGEST", BIG_NUMBER_TAG, "SUBSTANCE", window=10, unless="PER_DAY"),
    rule("overdose_all", "emergency", "INGEST", "ALL", "SUBSTANCE", window=8, unless="NORMAL|SCHEDULED"),
    # A whole packet or bottle swallowed, of a brand the vocabulary does not know; not food or drink.
    rule(
        "overdose_container",
        "emergency",
        "INGEST",
        "EXCESS",
        "CONTAINER",
        window=5,
        unless="NORMAL|FOOD_CONTAINER|QOPEN|CARRY",
    ),
    # A medicine finished, emptied or taken in plain excess with alcohol ("ho finito la scatola di sonniferi con la
    # vodka"), or all of it or a count, not as scheduled ("took all my evening pills with a glass of wine as usual").
    rule(
        "overdose_alcohol",
        "emergency",
        "ALCOHOL",
        "SUBSTANCE|CONTAINER",
        f"{PLAIN_EXCESS}|FINISH|EMPTY|EXTRA",  # EXTRA: "a few more of the zopiclone on top"
        "INGEST|SWALLOW|FINISH|EMPTY",
        window=10,
        unless="QOPEN",
    ),
    rule(
        "overdose_alcohol_all",
        "emergency",
        "ALCOHOL",
        "SUBSTANCE",
        f"{NUMBER_TAG}|ALL",
        "INGEST|SWALLOW|FINISH",
        window=10,
        unless="SCHEDULED|NORMAL|QOPEN",
    ),
    rule("overdose_said", "emergency", "OVERDOSED", guarded=False, unless=OTHERS_HISTORY),
    rule("overdose_taken", "emergency", "OVERDOSE", "INGEST|SELF", window=6, unless=OTHERS_HISTORY),
    # Taken on purpose: more than prescribed, or any medicine, deliberately ("doubled my pred on purpose").
    rule(
        "overdose_deliberate",
        "emergency",
        "ON_PURPOSE",
        f"{AMOUNT}|ALL",
        "SUBSTANCE",
        window=10,
        unless="NORMAL|DOCTOR|SKIP",
    ),
    # Someone else (often a child) swallowed medicine or a household chemical; not a dose taken for a symptom.
    rule("poisoning", "emergency", "PERSON", "SWALLOW", "SUBSTANCE|CHEMICAL", window=12, unless="TREATING"),
    # Nobody knows how many were swallowed ("no sé cuántas", "idk how many"): an emergency whoever took them.
    rule(
        "unknown_amount",
        "emergency",
        "UNKNOWN_AMOUNT",
        "INGEST|SWALLOW",
        "SUBSTANCE|CHEMICAL",
        window=14,
        guarded=False,
        unless="TREATING|NORMAL|SCHEDULED",  # not "no sé cuántas pastillas tomo al día"
    ),
    rule("poisoning_chemical", "emergency", "SWALLOW", "CHEMICAL", window=6),
    # Someone is unresponsive, collapsed, not breathing or seizing.
    rule("unresponsive", "emergency", "UNRESPONSIVE", unless="COMMS|DOCTOR"),  # not "my doctor isn't answering"
    rule("collapse", "emergency", "COLLAPSE", "PERSON|NOW|UNRESPONSIVE", window=10, unless="FURNITURE|A_ROUTE"),
    # Round 6. An event with no symptom word: a fall, then no answer or word ("la nonna è scivolata e non parla").
    rule("fall_silent", "emergency", "FALL|COLLAPSE", "NOT_RESPONDING", window=14, unless="COMMS|DOCTOR"),
    rule("not_breathing", "emergency", "NO_BREATH"),
    rule("breathing", "emergency", "BREATH", "DIFFICULT", window=5),
    rule("blue_lips", "emergency", "BLUE", "LIPS", window=4),
    rule("swelling", "emergency", "SWELL", "THROAT", window=5),
    rule("seizure", "emergency", "SEIZURE"),
    # Stroke signs: face, arm, speech.
    rule("face_droop", "emergency", "FACE", "DROOP", window=6),
    rule("slurred", "emergency", "SLURRED"),
    rule("speech", "emergency", "SPEECH", "SPEECH_BAD|DIFFICULT", window=5),
    rule("limb_sudden", "emergency", "LIMB", "WEAK", "SUDDEN", window=12),
    # Two stroke signs together (arm or leg weak with the face or the speech), sudden or not.
    rule("limb_face", "emergency", "LIMB", "WEAK", "FACE|SPEECH|SLURRED|DROOP", window=15),
    rule("limb_side", "emergency", "SIDE", "LIMBS", "WEAK", window=8),  # "my left arm and leg won't work"
    # Heart, bleeding, the worst headache.
    rule("chest", "emergency", "CHEST", "PAIN", "RADIATE", window=20),
    rule("chest_arm", "emergency", "CHEST", "PAIN", "WEAK", "LIMB", window=20),  # chest pain with a numb arm
    rule("bleeding", "emergency", "BLEED", "NO_STOP", window=12),
    rule("blood_vomit", "emergency", "VOMIT", "BLOOD", window=7),
    rule("allergy", "emergency", "HIVES", "THROAT|BREATH|SWELL|NO_BREATH", window=10),
    rule("headache", "emergency", "HEADACHE", "WORST|SUDDEN", window=12),
    rule("ambulance", "emergency", "CALL_HELP"),
    # Not "the news gave me a heart attack lol", not one had years ago and is well after ("... şimdi iyiyim").
    rule("named", "emergency", "NAMED_EMERGENCY", unless="FIGURE|RISK|WELL_NOW"),
    # Self-harm: said outright, or as hopelessness, burden, farewell, a plan or means, self-injury.
    # Not "morir de la vergüenza", not someone else's death told ("my uncle died by suicide when I was small").
    rule("suicide", "self_harm", "SUICIDE", guarded=False, unless=f"FIGURE_DEATH|DEATH_TOLD|{OTHERS_HISTORY}"),
    rule("suicide_word", "self_harm", "SUICIDE_WORD", guarded=False, unless=f"TITLE|MEDIA|DEATH_TOLD|{OTHERS_HISTORY}"),
    rule("want_die", "self_harm", "WANT", "DIE", window=4, guarded=False, unless="FIGURE_DEATH"),
    rule("rather_dead", "self_harm", "RATHER_DEAD", guarded=False, unless="FIGURE"),
    rule("pointless_now", "self_harm", "POINT", "ANYMORE", window=4, guarded=False),
    rule("better_without_like_me", "self_harm", "BETTER", "WITHOUT", "LIKE_ME", window=8, guarded=False),
    rule("injury_tool", "self_harm", "HARM_VERB", "HARM_TOOL", window=6, guarded=False, unless="LONG_AGO"),
    rule("injury_romance", "self_harm", "SE", "HARM_ROMANCE", window=3, guarded=False, unless="HAIR"),
    rule("end_it", "self_harm", "END_IT", "INTENT", window=5, guarded=False, unless="EX_PARTNER"),
    rule("not_live", "self_harm", "NEG_WANT", "LIVE", window=6, guarded=False),  # "will ich gar nicht mehr leben"
    rule("pointless", "self_harm", "POINT", "LIVE", window=6, guarded=False),
    rule("hopeless", "self_harm", "HOPELESS", guarded=False),
    # "I can't anymore" is despair when it stands alone or with living, exasperation with an object ("... this heat").
    rule("cant_more", "self_harm", "CANT_MORE", guarded=False, unless="CANT_MORE_WITH"),
    rule("cant_more_live", "self_harm", "CANT_MORE", "LIVE|LIFE_ALL", window=8, guarded=False),
    rule("sleep_forever", "self_harm", "SLEEP_FOREVER", "WANT|INTENT|NEG_WANT", window=6, guarded=False),
    # Wishing never to wake up ("je voudrais ne jamais me réveiller", "i hope i never wake up"), not a question.
    rule("never_wake", "self_harm", "WANT|INTENT|WISH", "NEVER_WAKE", window=6, guarded=False, unless="QOPEN"),
    rule("burden", "self_harm", "BURDEN", "SELF", window=5, guarded=False),
    rule("better_without", "self_harm", "BETTER", "WITHOUT_ME", window=8, guarded=False),
    # "They'd be better off": the others' lives better, said as a statement (not "would I be better off with ...").
    rule("better_off", "self_harm", "BETTER_OFF_END", "PERSON", window=8, guarded=False, unless="QOPEN|WITH"),
    rule("farewell", "self_harm", "FAREWELL", guarded=False, unless="TRIP"),
    rule("plan", "self_harm", "PLAN", guarded=False),
    rule("amount_needed", "self_harm", "AMOUNT_NEEDED", guarded=False, unless="QOPEN"),
    rule("means", "self_harm", "MEANS", "PREPARE", window=6, guarded=False),
    rule("prepared", "self_harm", "READY_ALL", "NOTE", "SUBSTANCE|MEANS", window=10, guarded=False, unless="QOPEN"),
    rule("hoard", "self_harm", "SUBSTANCE", "HOARD", window=5, guarded=False, unless="SCHEDULED"),
    # Thinking of taking them all: a plan, unless it is a question about how to take one's medicines.
    rule("intent_take", "self_harm", "TAKE_INTENT", f"{AMOUNT}|ALL", "SUBSTANCE", window=8, unless=NOT_INTENT),
    # Wanting to swallow a whole container ("je veux avaler toute la boîte"), medicine named or not.
    rule("intent_container", "self_harm", "TAKE_INTENT", PLAIN_EXCESS, "INTENT|WANT", window=6, unless=NOT_INTENT),
    # A plan told as an act against an obstacle or from a height, thought of ("thinking about driving into a wall").
    rule(
        "crash_plan",
        "self_harm",
        "CRASH_TARGET",
        "CONTEMPLATE|INTENT|WANT|WISH",
        window=10,
        guarded=False,
        unless=NOT_REAL,
    ),
    # Asking how to end one's life ("wie ich es beenden könnte"), or how to do it without pain; not "end it with him".
    rule("method_end", "self_harm", "METHOD_END", guarded=False, unless="END_OBJECT|TITLE"),
    # An end verb, a how and a life ("hayatımı nasıl bitirebilirim"), not another end ("tedaviyi nasıl bitirebilirim").
    rule("method_end_life", "self_harm", "END_VERB", "METHOD", "LIFE_ALL", window=6, guarded=False),
    # Painlessly, with an end of one's life, or an end verb with nothing after it ("acı çekmeden nasıl bitirebilirim?"),
    # not with an object ("terminar el tratamiento sin que duela").
    rule("painless_end", "self_harm", "PAINLESS", "END_SELF|END_IT|END_BARE", window=8, guarded=False),
    # Round 5. How best to end it, the end verb ending the sentence ("wie kann ich es am besten beenden?").
    rule("method_bare", "self_harm", "END_BARE", "METHOD", "IT_ALL", window=6, guarded=False, unless="TITLE"),
    # Weary of waking, of each new day ("so tired of waking up"), not of an early start for an errand.
    rule("weary_days", "self_harm", "WEARY_DAYS", guarded=False, unless="WAKE_ERRAND|QOPEN"),
    # Wanting it all to stop for good ("i want it to stop for good"), not a named thing ("this flare").
    rule("stop_forever", "self_harm", "STOP_FOREVER", "WANT|WISH|INTENT", window=8, guarded=False),
    rule(
        "stop_forever_last",
        "self_harm",
        "STOP_THAT",
        "FOREVER",
        "STOP_VERB",
        "WANT|WISH|INTENT",
        window=6,
        guarded=False,
    ),
    rule("nobody_miss", "self_harm", "NOBODY_MISS", guarded=False, unless="QOPEN|EVENT_SKIP"),
    # Had enough of everything and wanting to vanish ("mam już dość wszystkiego, chcę zniknąć").
    rule("vanish_done", "self_harm", "DONE_ALL", "SLEEP", "WANT|WISH|INTENT", window=10, guarded=False),
    # No reason to live: a reason word beside a verb of living itself ("ik zie het nut van leven niet meer").
    rule("no_reason_to_live", "self_harm", "REASON", "LIVING", window=5, guarded=False, unless="TITLE|MEDIA"),
    # At the place of a method now, waiting or looking down ("ich stehe auf den Gleisen und warte").
    # The rails or a ledge, thought of: a plan with no verb of the act ("thinking about stepping onto the tracks").
    rule("rails_plan", "self_harm", "RAILS", "CONTEMPLATE|INTENT|WANT|WISH", window=10, guarded=False, unless=NOT_REAL),
    rule(
        "at_the_edge",
        "self_harm",
        "DANGER_SPOT",
        "HERE_SELF|RIGHT_NOW",
        "WAIT_LOOK|BYE|FAREWELL",
        window=12,
        unless=NOT_REAL,
    ),
    # Round 6. Not being here by choice ("if it takes years, i won't be around by choice"); each new day too much;
    # medicines saved until there are enough; a drop judged high enough; wanting to stop existing.
    rule("not_here_choice", "self_harm", "NOT_HERE", "BY_CHOICE", window=10, guarded=False, unless=NOT_REAL),
    rule("day_too_much", "self_harm", "DAY_TOO_MUCH", guarded=False, unless=f"QOPEN|SUBSTANCE|{NUMBER_TAG}"),
    rule("hoard_enough", "self_harm", "SAVE_UP", "SUBSTANCE", "ENOUGH", window=14, guarded=False, unless="QOPEN"),
    rule("drop_enough", "self_harm", "DROP_JUDGED", DROP_PLACE, window=10, guarded=False, unless=f"{NOT_REAL}|QOPEN"),
    rule("stop_exist", "self_harm", "STOP_EXIST", "WANT|WISH|INTENT", window=5, guarded=False),
    # Not "cutting my dose", shaving, or as a teenager long ago.
    rule("self_injury", "self_harm", "SELF_INJURY", guarded=False, unless="HAIR|SHAVE|LONG_AGO"),
    rule("injury_reflexive", "self_harm", "HARM_VERB", "REFLEXIVE", window=3, guarded=False, unless="LONG_AGO"),
    # Self-injury told as doing it again or on purpose ("ben weer aan het snijden", "scratching my skin on purpose").
    rule("injury_again", "self_harm", "CUT", "AGAIN", window=4, guarded=False, unless="QOPEN|HAIR|LONG_AGO"),
    rule("injury_deliberate", "self_harm", "HARM_VERB|CUT", "ON_PURPOSE", window=8, guarded=False, unless="QOPEN"),
    *MEANS_RULES,  # round 7: a ligature, an edge, a blade, foam, a threat (bot.safety.rules_means)
)

WEAK_SELF_HARM = "FAREWELL_WEAK"
# Concepts that make a crisis plausible: the classifier alone may call a crisis only when one of these is in a
# sentence that is not a general question (its false alarms are mostly messages with none of them). Medicine
# words alone are not enough (members talk about their medicines all the time): they need taking and an amount.
# fmt: off
CUES = frozenset(
    {
        "CHEMICAL", "OVERDOSED", "OVERDOSE", "UNRESPONSIVE", "COLLAPSE", "NO_BREATH", "SWELL", "SEIZURE", "SLURRED",
        "CALL_HELP", "NAMED_EMERGENCY", "SUICIDE", "SUICIDE_WORD", "END_IT", "NEG_WANT", "HOPELESS", "BURDEN",
        "WITHOUT_ME", "CANT_MORE",
        "FAREWELL", "FAREWELL_WEAK", "PLAN", "MEANS", "HOARD", "SELF_INJURY",
        "CRASH_TARGET", "METHOD_END", "WEARY_DAYS", "STOP_FOREVER", "DANGER_SPOT", "RAILS", "NOBODY_MISS",
        "DAY_TOO_MUCH", "STOP_EXIST", "DROP_JUDGED", "LIGATURE", "BLADE", "FOAM", "END_IT_NOW", "NOT_STAYING",
    }
)
# fmt: on
GUARD_PERSON = frozenset({"SELF", "PERSON"})
# No crisis concept when the sentence says it is about something else ("my doctor isnt answering my emails").
_CANCEL = {"CANT_MORE": "CANT_MORE_WITH", "UNRESPONSIVE": "COMMS|DOCTOR", "NOT_RESPONDING": "COMMS|DOCTOR"}
_CANCEL |= {"WEARY_DAYS": "WAKE_ERRAND", "SELF_INJURY": "HAIR|SHAVE", "FAREWELL_WEAK": "ERRAND"}
_CANCEL |= {"LIGATURE": "NOT_LIGATURE", "BLADE": "SHAVE|HAIR", "NOBODY_MISS": "EVENT_SKIP", "COLLAPSE": "A_ROUTE"}
CANCELLED_CUES = {cue: frozenset(by.split("|")) for cue, by in _CANCEL.items()}
SOMEONE = "SOMEONE"  # set on a sentence with a person word that is not someone in general ("someone", "patients")


def _by_first_group(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """Each tag's rules (by number) whose first group holds it: a message's tags name the only rules that can fire."""
    found: dict[str, tuple[int, ...]] = {}
    for number, each in enumerate(rules):
        for tag in each.groups[0]:
            found[tag] = (*found.get(tag, ()), number)
    return found


_ANCHORED = _by_first_group(RULES)
QUESTION_TAG = "QOPEN"  # set on sentences that open with a question word


@dataclass(frozen=True)
class Finding:
    """The rule that fired and what it means."""

    kind: Kind
    rule: str


class _Marks:
    """Marks indexed by tag, with the sentence facts the guards need."""

    def __init__(self, tokens: list[Token], marks: list[Mark]) -> None:
        self.by_tag: dict[str, list[Mark]] = defaultdict(list)
        self.sentence_tags: dict[int, set[str]] = defaultdict(set)
        for mark in marks:
            self.by_tag[mark.tag].append(mark)
            self.sentence_tags[mark.sentence].add(mark.tag)
        first: dict[int, int] = {}
        for index, token in enumerate(tokens):
            first.setdefault(token.sentence, index)
        self.opening = {m.sentence for m in self.by_tag.get("QSTART", ()) if first.get(m.sentence) == m.position}
        for sentence in self.opening:
            self.sentence_tags[sentence].add(QUESTION_TAG)
        # A general question stays quiet unless it names someone in particular ("what if someone has a seizure
        # during the infusion?" is general; "can someone help, my mum is seizing" is not).
        generic = {m.position for m in self.by_tag.get("GENERIC_PERSON", ())}
        for tag in GUARD_PERSON:
            for mark in self.by_tag.get(tag, ()):
                if mark.position not in generic:
                    self.sentence_tags[mark.sentence].add(SOMEONE)
        others_history(self.sentence_tags)
        self.quiet = {
            sentence for sentence, tags in self.sentence_tags.items() if _quiet(tags, sentence in self.opening)
        }

    def near(self, group: frozenset[str], anchor: Mark, window: int) -> bool:
        for tag in group:
            marks = self.by_tag.get(tag, [])
            start = bisect_left(marks, anchor.position - window, key=lambda m: m.position)
            for mark in marks[start:]:
                if mark.position > anchor.position + window:
                    break
                if mark.sentence == anchor.sentence:
                    return True
        return False


def _quiet(tags: set[str], opens_question: bool) -> bool:
    """A sentence where guarded rules stay quiet: the past (unless also now), a symptom over ("se recuperou, agora
    está bem": over even with a word of now), a general question (a question word first, or asking what something may
    cause) that names no one in particular."""
    general = opens_question or ("MAY_CAUSE" in tags and "RIGHT_NOW" not in tags)  # "¿puede causar convulsiones?"
    return ("PAST" in tags and "RIGHT_NOW" not in tags) or "RESOLVED" in tags or (general and SOMEONE not in tags)


def _fires(rule: Rule, marks: _Marks) -> bool:
    first, *others = rule.groups
    anchors = [m for tag in first for m in marks.by_tag.get(tag, ())]
    for anchor in anchors:
        if rule.guarded and anchor.sentence in marks.quiet:
            continue
        if rule.unless and rule.unless & marks.sentence_tags[anchor.sentence]:
            continue
        if all(marks.near(group, anchor, rule.window) for group in others):
            return True
    return False


@dataclass(frozen=True)
class Reading:
    """What the rules make of a message: the rule that fired (if any), a crisis cue, a distress word."""

    finding: Finding | None
    cue: bool
    distress: bool
    asks: bool  # a sentence opens with a question word (the caller also looks for '?')

    def either(self, other: Reading) -> Reading:
        """What this reading or another reading of the same message finds (this one's rule first)."""
        return Reading(self.finding or other.finding, self.cue or other.cue, self.distress or other.distress, self.asks)


def _sentence_ends(tokens: list[Token]) -> list[Mark]:
    """A mark on the last word of every sentence ("they'd be better off." ends there; "... off running it" does not)."""
    return [
        Mark(SENTENCE_END, index, token.sentence)
        for index, token in enumerate(tokens)
        if index + 1 == len(tokens) or tokens[index + 1].sentence != token.sentence
    ]


def read_message(tokens: list[Token], found: list[Mark]) -> Reading:
    """Apply every rule to a tokenised, tagged message."""
    read = dated(recent_past(intended(found)))
    marks = _Marks(tokens, derive(sorted([*read, *_sentence_ends(tokens)], key=lambda m: m.position)))
    return Reading(_first_finding(marks), _has_cue(marks), "DISTRESS" in marks.by_tag, bool(marks.opening))


def _has_cue(marks: _Marks) -> bool:
    """Say whether a crisis concept appears outside general questions and film titles."""
    for sentence, tags in marks.sentence_tags.items():
        if sentence in marks.quiet or "TITLE" in tags:
            continue
        tags = tags - {cue for cue, by in CANCELLED_CUES.items() if tags & by}
        # A medicine taken in excess: "took 20 of my pills", "doubled my methotrexate all week"; not a count taken
        # as scheduled ("took all 7 of my morning pills like always") unless the excess is plain ("too many").
        taken = "INGEST" in tags and bool(tags & AMOUNT_TAGS)
        excess = (taken or "EXCESS" in tags) and ("SCHEDULED" not in tags or bool(tags & PLAIN_EXCESS_TAGS))
        if tags & CUES or ("SUBSTANCE" in tags and excess):
            return True
    return False


def _first_finding(marks: _Marks) -> Finding | None:
    """Return the first emergency rule that fires, else the first self-harm rule, else None."""
    present = marks.by_tag.keys()
    # A rule can fire only when each of its groups has a concept in the message: only the rules whose first group
    # has one are looked at (in their order in RULES), and most of those are skipped by a set check.
    anchored = sorted({number for tag in present for number in _ANCHORED.get(tag, ())})
    possible = (RULES[n] for n in anchored if all(not group.isdisjoint(present) for group in RULES[n].groups[1:]))
    fired = [rule for rule in possible if _fires(rule, marks)] + cross_sentence(marks)
    # Farewell cues count apart from an errand ("put my affairs in order at work before the infusion").
    errands = {m.sentence for m in marks.by_tag.get("ERRAND", ())}
    weak = {m.position for m in marks.by_tag.get(WEAK_SELF_HARM, ()) if m.sentence not in errands}
    if len(weak) >= 2:
        fired.append(Rule("farewell_cues", "self_harm", ()))
    for kind in ("emergency", "self_harm"):
        for found in fired:
            if found.kind == kind:
                return Finding(found.kind, found.name)
    return None
