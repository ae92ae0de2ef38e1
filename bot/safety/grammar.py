"""How the concepts found in a message are read together before the rules: concepts two neighbours make, and tense.

`derive` adds the concepts that two neighbouring concepts make ("my last post" is a farewell cue); `intended` reads a
verb of taking inside a phrase of intention as intended ("gonna swallow"); `recent_past` reads an infinitive after a
just-did construction as done ("acabo de tomar"); `dated` reads a year as a past event unless it starts something
still going on ("since 2019"). Each is linear in the number of marks.
"""

from __future__ import annotations

from collections import defaultdict

from bot.safety.lexicon import Mark

SENTENCE_END = "SENTENCE_END"  # set on the last word of every sentence

# Concepts that two neighbouring concepts make: "my last post" / "mein letzter Beitrag" is a farewell cue.
# One side of the face dropped is a stroke sign; "my face dropped" alone is a figure of speech.
# "They'd be better off." ends its sentence; "they'd be better off running the trial in Europe" does not.
DERIVED: tuple[tuple[str, str, int, str], ...] = (
    ("LAST", "MESSAGE", 3, "FAREWELL_WEAK"),
    ("SIDE", "DROP", 6, "DROOP"),
    ("BETTER_OFF", SENTENCE_END, 3, "BETTER_OFF_END"),
    ("SLEEP", "FOREVER", 4, "SLEEP_FOREVER"),  # "go to sleep forever", "dormir para siempre"
    ("HOW_MUCH", "WOULD_TAKE", 8, "AMOUNT_NEEDED"),  # "looked up how much of my meds it would take"
    ("LIMB", "LIMB", 3, "LIMBS"),  # "arm and leg": two limbs on one side
    ("CONTAINER", "FOOD", 3, "FOOD_CONTAINER"),  # "a whole packet of biscuits", not "of nytol with wine"
    ("CANT_MORE", "OBJECT_AFTER", 6, "CANT_MORE_WITH"),  # "j'en peux plus de cette chaleur", not alone
    ("OBJECT_BEFORE", "CANT_MORE", 3, "CANT_MORE_WITH"),  # "bu bürokrasiye dayanamıyorum"
    # Farewell logistics: a medicine made ready ("die Tabletten liegen bereit", "the pills are counted out") is one
    # weak farewell cue; with another (affairs settled, letters written, a last message) it is a farewell.
    ("SUBSTANCE", "READY", 4, "FAREWELL_WEAK"),
    ("TIRED_OF", "EXIST", 3, "HOPELESS"),  # "so tired of existing", "sick of being alive"
    ("RATHER", "DIE", 3, "RATHER_DEAD"),  # "i'd rather be dead than ..."
    ("CONTEMPLATE", "DARAN", 4, "INTENT"),  # "ich denke seit Tagen daran, Schluss zu machen"
    ("DIE", "DIE_FIGURE", 2, "FIGURE_DEATH"),  # "me gustaría morirme de la vergüenza": a figure of speech
    ("NO_RESPONSE", "PERSON", 5, "UNRESPONSIVE"),  # "cant get a response out of him", not "from my doctor"
    # A container emptied into a hand or mouth ("emptied the pill pot", "vidé la boîte"): the whole of it, an excess.
    ("EMPTY", "CONTAINER", 4, "EXCESS"),
    ("EMPTY", "SUBSTANCE", 4, "EXCESS"),
    ("EMPTY", "EXCESS", 4, "TOO_MANY"),
    ("SUBSTANCE", "EMPTY", 3, "EXCESS"),  # object first: "die Tabletten ausgekippt"
    # An act that ends against an obstacle, in either order ("steering into the traffic", "bir duvara sürmeyi").
    ("CRASH", "TARGET", 6, "CRASH_TARGET"),
    ("TARGET", "CRASH", 4, "CRASH_TARGET"),
    ("JUMP", "HEIGHT", 5, "CRASH_TARGET"),  # "jump off the top of the car park"
    ("HEIGHT", "JUMP", 5, "CRASH_TARGET"),  # "auf der Brücke und wollte springen"
    ("END_VERB", SENTENCE_END, 0, "END_BARE"),  # an end verb that ends its sentence: nothing ended but oneself
    ("END_VERB", "CLAUSE_NEXT", 1, "END_BARE"),  # ... or its clause: "es am besten beenden, ohne dass es weh tut"
    # How, then the end sought ("how would i go about ending it"); not the end, then a question ("... die? how do i").
    ("METHOD", "END_SELF", 6, "METHOD_END"),
    ("END_SELF", "METHOD", 2, "METHOD_END"),  # verb-final: "hayatımı nasıl bitirebilirim"
    ("END_SELF", "WITH", 1, "END_OBJECT"),  # "how to end it with him", "comment en finir avec la fatigue"
    # Round 5. Long ago: an ago word beside years or months ("vor zehn Jahren", "tien jaar geleden") is the past.
    ("AGO_BEFORE", "TIME_UNIT", 3, "PAST"),
    ("TIME_UNIT", "AGO_AFTER", 1, "PAST"),
    # Weary of the days themselves, in either order ("tired of waking up", "her sabah uyanmaktan yoruldum").
    ("TIRED_OF", "WAKE_DAY", 6, "WEARY_DAYS"),
    ("WAKE_DAY", "TIRED_OF", 3, "WEARY_DAYS"),
    ("REGRET", "ALIVE_AGAIN", 4, "HOPELESS"),  # "disappointed that i woke up at all"
    ("ALIVE_AGAIN", "REGRET", 5, "HOPELESS"),  # "i wake up and instantly wish i hadnt"
    ("FOREVER", "SLEEP", 2, "SLEEP_FOREVER"),  # "ik wil voorgoed verdwijnen", "sonsuza dek kaybolmak"
    # Wanting it, not a named thing, to stop for good, in either order ("que pare para siempre").
    ("STOP_IT", "FOREVER", 4, "STOP_FOREVER"),
    ("FOREVER", "STOP_IT", 2, "STOP_FOREVER"),
    ("WANT", "NOT_MORE", 4, "NEG_WANT"),  # "will ich eigentlich gar nicht mehr leben"
    # Round 6. A post's leaving told over several sentences: each of these is one weak farewell cue, and two of them
    # anywhere in the message are a farewell (rules._first_finding): the means at hand ("die Packung liegt neben
    # mir"), things or animals given away, going now towards a place of a method ("walking down to the river now").
    ("CONTAINER", "READY", 4, "FAREWELL_WEAK"),
    ("TOO_MANY", "READY", 4, "FAREWELL_WEAK"),  # a box or a packet ("tengo la caja delante de mí")
    ("GIVE_AWAY", "BELONGINGS", 4, "FAREWELL_WEAK"),
    ("BELONGINGS", "GIVE_AWAY", 3, "FAREWELL_WEAK"),
    ("GO_TOWARD", "METHOD_PLACE", 4, "FAREWELL_WEAK"),
    ("METHOD_PLACE", "GO_TOWARD", 2, "FAREWELL_WEAK"),  # "köprüye doğru yürüyorum"
    ("DAY_EACH", "TOO_MUCH", 5, "DAY_TOO_MUCH"),  # "chaque nouvelle journée est de trop", "her yeni gün fazla geliyor"
    ("SUICIDE", "DIE_FIGURE", 2, "FIGURE_DEATH"),  # "me quiero morir de la vergüenza"
    # Round 7 (words in bot.safety.vocab.means). "Nobody would even miss me", told in parts, either language's order.
    ("NOBODY", "MISS_ME", 6, "NOBODY_MISS"),
    ("NOBODY", "ABSENCE_ME", 8, "NOBODY_MISS"),  # "nobody would give a damn if i vanished", "kimse yokluğumu"
    ("ABSENCE_ME", "NOBODY", 6, "NOBODY_MISS"),  # "if i was gone tomorrow nobody would notice"
    # The place of a method as an edge or a look: "tout au bord du quai", "olhando os trilhos".
    ("PLATFORM", "EDGE", 5, "DANGER_SPOT"),
    ("EDGE", "PLATFORM", 4, "DANGER_SPOT"),
    ("EDGE", "RAIL_WORD", 4, "DANGER_SPOT"),
    ("LOOK", "RAIL_WORD", 3, "DANGER_SPOT"),
    # Years ago is long ago: self-injury then is history ("I self-harmed, that was twenty years ago").
    ("AGO_BEFORE", "TIME_UNIT", 3, "LONG_AGO"),
    ("TIME_UNIT", "AGO_AFTER", 1, "LONG_AGO"),
)


def derive(found: list[Mark]) -> list[Mark]:
    """Add the concepts two neighbouring concepts make: the second after the first, within `reach` words of its end.

    A sentence end may fall on the first's last word ("they'd be better off.").
    """
    by_tag: dict[str, list[Mark]] = defaultdict(list)
    for mark in found:
        by_tag[mark.tag].append(mark)
    extra: list[Mark] = []
    for first, second, reach, tag in DERIVED:
        if first not in by_tag or second not in by_tag:
            continue
        seconds = by_tag[second]
        overlap = 1 if second == SENTENCE_END else 0
        extra.extend(
            Mark(tag, mark.position, mark.sentence)
            for mark in by_tag[first]
            if any(
                o.sentence == mark.sentence
                and mark.length - overlap <= o.position - mark.position <= reach + mark.length - 1
                for o in seconds
            )
        )
    return sorted([*found, *extra], key=lambda mark: mark.position) if extra else found


SINCE_REACH = 2  # "since 2019", "seit 2020", "2020'den beri": a year that starts something still going on


def dated(found: list[Mark]) -> list[Mark]:
    """Read a year as a past event ("2018 zusammengebrochen", "caiu em 2017"), not one that starts something still
    going on ("since 2019", "depuis 2019", "2020'den beri"): a PAST mark at the year (a sentence with a word of right
    now stays loud, see rules._Marks)."""
    years = [mark for mark in found if mark.tag == "YEAR"]
    if not years:
        return found
    since = [mark for mark in found if mark.tag == "SINCE"]
    past = [
        Mark("PAST", year.position, year.sentence)
        for year in years
        if not any(s.sentence == year.sentence and abs(s.position - year.position) <= SINCE_REACH for s in since)
    ]
    return sorted([*found, *past], key=lambda mark: mark.position) if past else found


RECENT_REACH = 4  # "me acabo de tomar", "je viens juste de prendre": the infinitive follows within a few words


def intended(found: list[Mark]) -> list[Mark]:
    """Read a verb of taking inside a phrase of intention as intended, not done ("gonna swallow", "me tomo").

    "Esta noche me tomo todas las pastillas" and "gonna swallow every pill" say what someone means to do
    (self-harm), not an overdose that has happened (an emergency), though "tomo" and "swallow" alone may be either.
    """
    spans = [(m.sentence, m.position, m.position + m.length) for m in found if m.tag == "TAKE_INTENT" and m.length > 1]
    if not spans:
        return found
    return [
        mark
        for mark in found
        if mark.tag not in ("INGEST", "SWALLOW")
        or not any(s == mark.sentence and start < mark.position < end for s, start, end in spans)
    ]


def recent_past(found: list[Mark]) -> list[Mark]:
    """Read an infinitive of taking after a just-did construction as taking done (es/pt "acabar de", fr "venir de").

    "Acabo de tomar toda la caja" is an overdose that has happened (an emergency), not an intention to take it.
    """
    recent = [mark for mark in found if mark.tag == "RECENT"]
    if not recent:
        return found
    done = [
        Mark("INGEST", mark.position, mark.sentence)
        for mark in found
        if mark.tag == "TAKE_INTENT"
        and any(r.sentence == mark.sentence and 0 < mark.position - r.position <= RECENT_REACH for r in recent)
    ]
    return sorted([*found, *done], key=lambda mark: mark.position) if done else found
