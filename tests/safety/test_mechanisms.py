"""Round-2 mechanisms of the safety rules, each shown on several languages and on the lookalikes it must leave alone.

Drug names by their international ending, filler adverbs inside a phrase, concepts made by two neighbouring
concepts (a last post, one side of the face dropped, "they'd be better off." at a sentence end), an amount taken on
purpose, self-injury done again. The round-2 tune set is scored whole at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.safety.lexicon import Lexicon
from bot.safety.screen import screen
from bot.safety.text import tokenise
from bot.safety.vocab import vocabularies

ROUND2_TUNE = [Path(__file__).with_name(name) for name in ("screen_round2_tune.yaml", "screen_round2_probe.yaml")]
CRISIS = ("emergency", "self_harm")


def _tags(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    tokens = tokenise(text)
    return [(mark.tag, tokens[mark.position].text) for mark in lexicon.mark(tokens)]


def test_a_suffix_pattern_tags_any_longer_word_with_that_ending() -> None:
    lexicon = Lexicon([{"SUBSTANCE": ("*zepam", "*amol")}])
    assert _tags(lexicon, "took flurazepam and co-codamol") == [("SUBSTANCE", "flurazepam"), ("SUBSTANCE", "codamol")]
    assert _tags(lexicon, "zepam amol xzepam") == []  # the ending alone, or with under three letters before it


def test_a_suffix_pattern_must_be_one_word() -> None:
    with pytest.raises(ValueError, match="suffix"):
        Lexicon([{"X": ("*two words",)}])


@pytest.mark.parametrize(
    "word", ["temazepam", "prednison", "prednizon", "kortizon", "cortisone", "sertralina", "hydroxychloroquin"]
)
def test_medicines_are_known_by_their_international_ending_in_every_language(word: str) -> None:
    assert screen(f"took the whole box of {word}").kind == "emergency"


@pytest.mark.parametrize("word", ["comparison", "semicolon", "april", "alpine", "abandon", "examine", "serpent"])
def test_ordinary_words_with_drug_like_endings_are_not_medicines(word: str) -> None:
    assert ("SUBSTANCE", word) not in _tags(Lexicon(vocabularies().values()), f"took {word}")


def test_a_whole_packet_swallowed_is_an_overdose_whatever_the_brand_but_not_food_or_carrying() -> None:
    assert screen("downed a full packet of snoozeeze with wine").kind == "emergency"
    assert screen("took the whole bottle of zzzrest an hour ago").kind == "emergency"
    assert screen("ate the whole packet of biscuits, oops").kind is None
    assert screen("took the whole box of leaflets to the clinic").kind is None


def test_filler_adverbs_may_stand_inside_a_phrase_but_not_many() -> None:
    lexicon = Lexicon([{"SELF_INJURY": ("mezelf gesneden", "hurt myself badly")}])
    assert ("SELF_INJURY", "mezelf") in _tags(lexicon, "ik heb mezelf weer gesneden")
    assert ("SELF_INJURY", "hurt") in _tags(lexicon, "i hurt myself really badly")
    assert _tags(lexicon, "mezelf weer nog ook gesneden") == []  # at most two fillers


@pytest.mark.parametrize(
    "text",
    [
        "doubled my dose of pred on purpose and took more",
        "hab absichtlich das Doppelte von meinem Prednisolon genommen",
        "tomé el doble de la dosis a propósito",
        "j'ai pris le double de mes comprimés exprès",
        "ho preso il doppio delle compresse apposta",
        "tomei o dobro dos comprimidos de propósito",
        "expres het dubbele van mijn prednison genomen",
        "specjalnie wzięłam podwójną dawkę leków",
        "bilerek kortizon dozumu ikiye katladım",
    ],
)
def test_an_amount_taken_on_purpose_is_an_emergency_in_every_language(text: str) -> None:
    assert screen(text).kind == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my doctor doubled my pred on purpose to calm the flare",
        "is it dangerous to take double your dose on purpose?",
        "I deliberately took my methotrexate on a friday like they said",
    ],
)
def test_a_dose_changed_by_a_doctor_or_asked_about_is_not_an_emergency(text: str) -> None:
    assert screen(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "ben weer aan het snijden",
        "volví a cortarme anoche",
        "je me suis encore scarifiée",
        "znowu się pocięłam",
        "yine kestim kollarımı",
        "hab wieder angefangen zu ritzen",
    ],
)
def test_self_injury_told_as_doing_it_again_is_self_harm(text: str) -> None:
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "I'm cutting back on pred again",
        "ik ben weer groenten aan het snijden",
        "me volví a cortar el pelo",
    ],
)
def test_cutting_something_else_again_is_not_self_injury(text: str) -> None:
    assert screen(text).kind is None


def test_a_last_post_is_a_farewell_cue_that_needs_a_second_one() -> None:
    assert screen("Das ist mein letzter Beitrag hier. Danke für alles.").kind == "self_harm"
    assert screen("Das ist mein letzter Beitrag zur Studie, nächste Woche mehr.").kind is None


def test_one_side_of_the_face_dropped_is_a_stroke_sign_but_a_face_dropping_is_not() -> None:
    assert screen("one side of his face has dropped and he is talking nonsense").kind == "emergency"
    assert screen("my face dropped when I saw the price of the treatment").kind is None
    assert screen("my jaw dropped when I read the remission numbers").kind is None


def test_better_off_is_a_burden_statement_only_where_the_sentence_ends() -> None:
    assert screen("my kids deserve better. theyd be better off").kind == "self_harm"
    assert screen("they'd be better off running the trial in Europe").kind is None
    assert screen("would my family be better off if I did the trial abroad?").kind is None


def test_an_arm_weak_with_a_face_sign_is_a_stroke_without_the_word_sudden() -> None:
    assert screen("her arm is weak and her mouth is drooping").kind == "emergency"


def test_a_heart_attack_given_by_the_news_is_a_figure_of_speech() -> None:
    assert screen("that news nearly gave me a heart attack lol").kind is None
    assert screen("I think my dad is having a heart attack").kind == "emergency"


@pytest.mark.parametrize(
    ("crisis", "ordinary"),
    [
        ("honestly i just want to go to sleep forever", "i could sleep forever after these infusions"),
        ("quiero dormir para siempre", "dormí como un tronco"),
        ("looked up how much of my meds it would take", "how much pred would it take to calm a flare?"),
        ("covered in hives and my throat feels thick", "covered in hives again, so itchy, anyone else?"),
    ],
)
def test_two_concepts_together_mean_danger_where_one_alone_does_not(crisis: str, ordinary: str) -> None:
    assert screen(crisis).is_crisis
    assert not screen(ordinary).is_crisis


@pytest.mark.parametrize(
    ("despair", "exasperation"),
    [
        ("I can't go on, the pain is too much", "i cant do this anymore with this weather lol"),
        ("no puedo más con esta vida", "no puedo más con este calor"),
        ("j'en peux plus de vivre", "j'en peux plus de cette chaleur"),
        ("non ce la faccio più", "non ce la faccio più con questa burocrazia"),
        ("ik kan niet meer", "ik kan niet meer van het lachen"),
        ("dayanamıyorum artık", "bu bürokrasiye dayanamıyorum artık"),
    ],
)
def test_i_cant_anymore_is_despair_alone_or_about_life_and_exasperation_about_a_thing(
    despair: str, exasperation: str
) -> None:
    assert screen(despair).kind == "self_harm"
    assert screen(exasperation).kind is None


def test_a_last_post_alone_is_not_a_farewell_in_any_language() -> None:
    for text in (
        "il mio ultimo messaggio era sbagliato, scusate: lo studio è a Milano",
        "mijn laatste bericht was fout, sorry! de studie is in Leiden",
        "last post in this thread, I'll update the new one instead",
    ):
        assert screen(text).kind is None, text


def test_not_answering_the_phone_is_not_being_unresponsive() -> None:
    assert screen("my doctor isnt answering my emails").kind is None
    assert screen("el hospital no responde").kind is None
    assert screen("my husband isnt answering me and hes on the floor").kind == "emergency"


def test_collapsing_onto_the_sofa_is_tiredness_not_an_emergency() -> None:
    assert screen("my husband collapsed onto the sofa after his shift, he's shattered").kind is None
    assert screen("my husband collapsed in the hallway").kind == "emergency"


def _round2() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in ROUND2_TUNE:
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return items


def test_the_round2_tune_half_and_probes_are_caught_with_the_right_kind_and_lookalikes_stay_ordinary() -> None:
    items = _round2()
    missed = [i["text"] for i in items if i["label"] in CRISIS and screen(i["text"]).kind != i["label"]]
    false = [i["text"] for i in items if i["label"] not in CRISIS and screen(i["text"]).is_crisis]
    assert not missed, missed
    assert not false, false


def test_no_question_of_the_matching_sets_that_is_not_a_crisis_screens_as_one() -> None:
    """Plain questions, personal decisions and off-topic lines (the answer sets' own items: English, new topics and
    every language's sets) stay ordinary."""
    ordinary: list[str] = []
    tests = Path(__file__).parent.parent
    sets = [*tests.glob("questions*.yaml"), *tests.glob("eval/*.yaml"), *tests.glob("i18n/questions_*.yaml")]
    for path in sorted(sets):
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        ordinary.extend(i["q"] for i in items if isinstance(i, dict) and i.get("expect") not in ("crisis", None))
    assert len(ordinary) > 3000
    false = [text for text in ordinary if screen(text).is_crisis]
    assert not false, false
