"""Self-harm said in everyday German and Spanish forms the screen once missed (found by the languages engineer's
round-8 sets, stop 22): German "sich etwas antun" whole or split by a main clause, "ritzen" in the spoken first
person without its -e, an ending thought of with the verb before its subject ("denke ich seit Tagen daran, Schluss
zu machen"), and the Spanish clitic before "volver a" ("me he vuelto a cortar"). The phrasings below are new; the
lookalikes beside them stay ordinary."""

from __future__ import annotations

import pytest

from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        "wenn das so weitergeht, tu ich mir bald was an",
        "Manchmal habe ich Angst, dass ich mir etwas antue.",
        "ich tue mir heute noch etwas an, ich kann nicht mehr",
        "ritz mich seit gestern wieder",
        "Was kostet CAR-T? Und ehrlich, ich denke schon lange daran, Schluss zu machen.",
        "anoche me volví a cortar las piernas",
        "no aguanto, me vuelvo a cortar cada noche",
    ],
)
def test_spoken_forms_of_self_harm_are_self_harm(text: str) -> None:
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "Ich arbeite daran, mit dem Cortison Schluss zu machen.",
        "ich denke daran, meinen Arzt nach CAR-T zu fragen",
        "Ich tu mir das nicht mehr an, ich wechsle den Arzt.",
        "Ich tu mir heute was Gutes und ziehe was Schönes an.",
        "wir waren letztes Jahr im Ritz in Berlin",
        "me volví a cortar el pelo muy corto",
        "Hat jemand daran gedacht, wie die Studie weitergeht?",
    ],
)
def test_lookalikes_stay_ordinary(text: str) -> None:
    assert screen(text).kind is None
