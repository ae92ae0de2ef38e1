"""Round 9's mechanisms (bot/safety/vocab/states.py, rules in bot/safety/rules_means.py): someone barely responsive
after alcohol or medicines is an emergency; an ending told as absence at a date is self-harm, a trip is not; someone
else's overdose or suicide attempt told as history is no crisis, one happening now still is. New phrasings; none is in
tests/safety/screen_round9_heldout.yaml."""

from __future__ import annotations

import pytest

from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        "My wife drank most of a bottle of brandy and took some of her sleeping tablets, she is barely conscious.",
        "Mein Sohn hat Schnaps und Tabletten genommen und ist kaum ansprechbar.",
        "Mi padre ha tomado whisky con varias pastillas y apenas reacciona.",
        "Ma sœur a pris de l'alcool avec des comprimés et elle est à moitié inconsciente.",
        "Mio padre ha bevuto grappa e preso delle compresse, è mezzo incosciente.",
    ],
)
def test_barely_responsive_after_alcohol_or_tablets_is_an_emergency(text: str) -> None:
    assert screen(text).kind == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I won't live to see next Easter, so the trial timeline doesn't matter to me",
        "Ostern werde ich nicht mehr erleben.",
        "ya no voy a estar para el verano, así que da igual",
        "met oud en nieuw ben ik er niet meer",
    ],
)
def test_an_ending_told_as_absence_at_a_date_is_self_harm(text: str) -> None:
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "I won't be here for new year, we're going abroad - can the bloods wait until January?",
        "na sylwestra mnie nie będzie, wyjeżdżamy w góry, czy wizyta może być później?",
        "My husband barely responds to my texts about the trial, how do I get him interested?",
        "my uncle overdosed years ago and survived, does family history matter for CAR-T?",
        "Mi abuelo intentó suicidarse hace muchos años, ahora está bien. ¿Lo preguntan en el ensayo?",
        "Ma cousine a fait une overdose il y a dix ans, elle s'en est remise. Ça compte pour l'essai ?",
    ],
)
def test_trips_messages_and_other_peoples_history_stay_ordinary(text: str) -> None:
    assert screen(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "my brother overdosed years ago and he just did it again tonight, he won't wake up",
        "my sister overdosed on her painkillers right now and she's not breathing properly",
    ],
)
def test_an_overdose_now_is_still_an_emergency_beside_history(text: str) -> None:
    assert screen(text).kind == "emergency"
