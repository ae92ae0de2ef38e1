"""Self-injury told as one's own history and then a relapse (the cross-sentence pair injury_relapse): a recent act,
so crisis help even though it is told in the past; the same words about food, someone else, or one's youth stay
ordinary."""

from __future__ import annotations

import pytest

from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        "The scars from cutting had almost gone. Yesterday I did it again.",
        "i had stopped cutting myself for 8 months and tonight i relapsed",
        "four months clean from self harm and last night i slipped up",
        "Die Narben vom Ritzen waren fast verheilt, aber gestern habe ich es wieder getan",
        "había dejado de cortarme hace un año y ayer lo volví a hacer",
        "j'avais arrêté de me scarifier depuis l'été mais j'ai rechuté hier soir",
        "avevo smesso di tagliarmi da mesi, ieri sera l'ho rifatto",
        "tinha parado de me cortar, mas ontem tive uma recaída",
        "ik was gestopt met krassen maar gisteren heb ik het weer gedaan",
        "przestałam się ciąć pół roku temu, wczoraj znowu to zrobiłam",
        "kendimi kesmeyi bırakmıştım ama dün gece yine yaptım",
    ],
)
def test_self_injury_history_then_a_relapse_is_self_harm(text: str) -> None:
    assert screen(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "I stopped cutting sugar and carbs but relapsed over the holidays, does diet matter for car-t?",
        "my daughter stopped cutting her hair short, and her lupus relapsed last spring",
        "my scars from cutting are fading, two years clean now and proud of it",
        "I used to cut myself as a teenager; never relapsed since. What did the lupus study find?",
        "the scars from my kidney biopsy itch again, is that normal?",
    ],
)
def test_the_same_words_about_food_someone_else_or_youth_stay_ordinary(text: str) -> None:
    assert not screen(text).is_crisis
