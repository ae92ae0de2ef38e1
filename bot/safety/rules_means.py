"""Round-7 concept rules (issue 9): a means told as an object and a body part or a fixing point, an edge with a train
coming, a blade with the skin or a relapse, foam at the mouth, a threat told as a condition; round 8's child with an
emptied medicine box, ending told with a time or a decision, not staying much longer; and cues read across two
neighbouring sentences ("My flatmate fainted in the kitchen. Now she isn't answering.").

Each language's words are in `bot.safety.vocab.means`; `bot.safety.rules` applies these rules with its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from bot.safety.lexicon import Mark
from bot.safety.rule import Kind, Rule, rule

NOT_REAL = "MEDIA|FIGURE|TITLE"
MEANS_RULES: tuple[Rule, ...] = (
    # A ligature around the neck ("the dressing gown cord tight around my neck"), not a birth or the spinal cord.
    rule("ligature_neck", "self_harm", "LIGATURE", "NECK", window=5, unless=f"NOT_LIGATURE|{NOT_REAL}"),
    # A ligature and a point to fix it to ("a rope ... which beam will hold it", "sé dónde atarla").
    rule("ligature_anchor", "self_harm", "LIGATURE", "ANCHOR", window=14, unless=f"NOT_LIGATURE|QOPEN|{NOT_REAL}"),
    # At an edge of the rails or a platform, or looking at the rails, with a train coming.
    rule(
        "edge_train", "self_harm", "DANGER_SPOT", "TRAIN_COMING", window=12, guarded=False, unless=f"QOPEN|{NOT_REAL}"
    ),
    # A blade with the skin, again, or a clean streak broken; not shaving, not long ago.
    rule(
        "blade",
        "self_harm",
        "BLADE",
        "SKIN_PART|AGAIN|CLEAN|CUT",
        window=8,
        guarded=False,
        unless="SHAVE|HAIR|LONG_AGO|QOPEN",
    ),
    rule("foam", "emergency", "FOAM", "MOUTH", window=4),  # foam at the mouth
    # A threat told as a condition ("if it's another no I'm ending it"), not "if they say yes I'll do it".
    rule("threat_if", "self_harm", "IF", "END_IT_NOW", window=12, guarded=False, unless="END_OBJECT|TITLE"),
    # Round 8 (words in bot.safety.vocab.endings). A young child and a medicine box that is now empty ("my toddler
    # had my pill organiser, the slots are empty"); not filling it together, not long ago.
    rule("child_medicine_box", "emergency", "MED_BOX", "YOUNG", "EMPTIED", window=16, unless=f"FILL|{NOT_REAL}"),
    # A plan told as an ending with a set time or a decision ("tonight i end it", "ce soir j'en finis, c'est décidé");
    # not a relationship ended.
    rule(
        "ending_set",
        "self_harm",
        "END_IT_NOW",
        "WHEN_SET",
        window=10,
        guarded=False,
        unless=f"EX_PARTNER|END_OBJECT|QOPEN|{NOT_REAL}",
    ),
    # Leaving told as not staying much longer ("not gonna be around much longer"); not a journey or a move.
    rule(
        "not_staying",
        "self_harm",
        "NOT_STAYING",
        "MUCH_LONGER",
        window=8,
        guarded=False,
        unless=f"AWAY|TRIP|{NOT_REAL}",
    ),
    # Medicines kept for the day one cannot go on ("saving them for when i've had enough"), or a stash thought of
    # ("a shoebox of my old tramadol ... I think about it every night"); not spares kept for a practical reason.
    rule(
        "kept_for_the_end",
        "self_harm",
        "FOR_WHEN_DONE",
        "SUBSTANCE|STASH",
        window=16,
        guarded=False,
        unless=f"PRACTICAL|ALONG|QOPEN|{NOT_REAL}",
    ),
    rule(
        "stash_thought", "self_harm", "STASH", "SUBSTANCE", "THINK_OF_IT", window=16, guarded=False, unless="PRACTICAL"
    ),
    # One step from an edge, the rails or a height ("stood at the end of the platform: one step and it's over"); not a
    # step as a way of going about things ("one step at a time", "step-free access").
    rule(
        "one_step",
        "self_harm",
        "ONE_STEP",
        "DANGER_SPOT|EDGE|PLATFORM|RAIL_WORD|RAILS|HEIGHT|TRAIN_COMING",
        window=14,
        guarded=False,
        unless=f"STEP_FIGURE|QOPEN|{NOT_REAL}",
    ),
    # Round 9 (words in bot.safety.vocab.states). Someone barely responsive after alcohol or medicines ("has consumed a
    # considerable quantity of whisky with several sleeping tablets and is barely responding"), not after a message.
    rule(
        "barely_responsive",
        "emergency",
        "BARELY_RESPONSIVE",
        "ALCOHOL|SUBSTANCE|INGEST|SWALLOW|OVERDOSE|OVERDOSED",
        window=20,
        unless="COMMS|DOCTOR",
    ),
    # An ending told as absence at a date ("I won't be here anymore by Christmas"), not a trip ("... we're away").
    rule(
        "gone_by_date",
        "self_harm",
        "GONE_BY",
        "DATE_AHEAD",
        window=10,
        guarded=False,
        unless=f"AWAY|TRIP|PRACTICAL|QOPEN|{NOT_REAL}",
    ),
    # German "sich etwas antun" ("mir etwas antun", "ich tu mir was an" read whole by bot.safety.german).
    rule(
        "harm_self",
        "self_harm",
        "HARM_DO",
        "SOMETHING",
        "ME_DATIVE",
        window=5,
        guarded=False,
        unless="LONG_AGO|KIND_THING",
    ),
)


# Someone else's overdose or suicide attempt told as history ("my aunt overdosed years ago, which is why ..."): a
# sentence with a relative or another person, told as past, over or survived, and no word of right now. Like a death
# told (DEATH_TOLD), its overdose and suicide words are no crisis of the writer's; the sentence still reaches the
# classifier.
OTHERS_HISTORY = "OTHERS_HISTORY"
_SOMEONE_ELSE = frozenset({"PERSON", "RELATIVE"})
_TOLD_AS_PAST = frozenset({"PAST", "LONG_AGO", "WELL_NOW", "RESOLVED", "SURVIVED"})


def others_history(sentence_tags: Mapping[int, set[str]]) -> None:
    """Add OTHERS_HISTORY to each sentence that tells someone else's past (see above)."""
    for tags in sentence_tags.values():
        if tags & _SOMEONE_ELSE and tags & _TOLD_AS_PAST and "RIGHT_NOW" not in tags:
            tags.add(OTHERS_HISTORY)


class Sentences(Protocol):
    """What the cross-sentence reading needs of a message's marks (bot.safety.rules._Marks)."""

    @property
    def by_tag(self) -> Mapping[str, Sequence[Mark]]: ...

    @property
    def sentence_tags(self) -> Mapping[int, set[str]]: ...

    @property
    def quiet(self) -> set[int]: ...


def _pair(name: str, kind: Kind, first: str, second: str, unless: str = "", *, guarded: bool = True) -> Rule:
    """A cue in one sentence and another in the same or the next one (a Rule of two groups; its window is unused):
    `unless` tags in either sentence cancel it; an unguarded pair also fires in the past (a relapse last night)."""
    return rule(name, kind, first, second, guarded=guarded, unless=unless)


CROSS_SENTENCE: tuple[Rule, ...] = (
    # Someone fell or fainted, and then does not answer ("She fainted. Now she won't answer me.").
    _pair("fall_then_silent", "emergency", "FALL|COLLAPSE", "NOT_RESPONDING|UNRESPONSIVE", "COMMS|DOCTOR"),
    # A ligature, then where it will be fixed or the neck ("Bought a rope today. I know which beam will hold.").
    _pair("ligature_then_anchor", "self_harm", "LIGATURE", "ANCHOR|NECK", f"NOT_LIGATURE|QOPEN|{NOT_REAL}"),
    # At the edge, then the train ("I'm at the edge of the platform. The next train is due.").
    _pair("edge_then_train", "self_harm", "DANGER_SPOT", "TRAIN_COMING", f"QOPEN|{NOT_REAL}"),
    # Self-injury named as one's own history, then a relapse ("My scars from cutting were fading. Last night I did it
    # again."): a recent act, so not quiet in the past, and a time ago names when it stopped, not the relapse; not a
    # relapse denied ("never relapsed since"), not shaving.
    _pair(
        "injury_relapse", "self_harm", "INJURY_PAST", "RELAPSE_ACT", f"NO_RELAPSE|SHAVE|QOPEN|{NOT_REAL}", guarded=False
    ),
)


def cross_sentence(marks: Sentences) -> list[Rule]:
    """The cross-sentence pairs that fire: the first cue's sentence and the next (or the same), neither quiet (a
    general question, the past; an unguarded pair ignores that), no cancelling tag in either."""
    fired: list[Rule] = []
    for pair in CROSS_SENTENCE:
        first, second = pair.groups
        firsts = {m.sentence for tag in first for m in marks.by_tag.get(tag, ())}
        if not firsts:
            continue
        seconds = {m.sentence for tag in second for m in marks.by_tag.get(tag, ())}
        for sentence in firsts:
            if _loud(marks, sentence, pair) and any(
                s in (sentence, sentence + 1) and _loud(marks, s, pair) for s in seconds
            ):
                fired.append(Rule(pair.name, pair.kind, ()))
                break
    return fired


def _loud(marks: Sentences, sentence: int, pair: Rule) -> bool:
    quiet = pair.guarded and sentence in marks.quiet
    return not quiet and not pair.unless & marks.sentence_tags.get(sentence, set())
