"""French question grammar that a word-by-word reading gets wrong, read before the words are.

- "où" (where) and "ou" (or) are one word once accents are folded away, and members often write "ou" for both. A
  clause that opens with it ("Où peut-on l'avoir ?", "ou est ce qu'on peut le faire", "d'où viennent tes infos ?")
  asks where; inside a clause it is "or" ("la fertilité ou une grossesse"), and so is "ou pas", "ou bien".
- "est-ce que" only turns a sentence into a yes-or-no question ("est-ce que ça guérit ?"); "qu'est-ce que" asks
  what. Elsewhere "que" joins a clause ("je pense que", "plus efficace que", "il n'y a que cinq patients"): it
  is "what" only where a clause opens ("Que s'est-il passé ?").
Inverted questions ("peut-on", "a-t-il", "va-t-elle") need nothing: their pronouns and the "t" are filler words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

WHERE = "where"  # what a clause-opening "ou" is read as (the lexicon's meaning of "où")
_WHAT = ("qu est ce que", "qu est ce qu", "qu est ce qui")  # the question "what", as folded
_YES_NO = re.compile(r"\best ce qu(?:e|i)?\b")
_CLAUSE_END = re.compile(r"[,.;:!?¿¡\n()]+")
_OPENERS = ("d", "mais", "et", "alors", "donc")  # may stand before a clause's question word: "d'où", "et où"
_OR_ELSE = frozenset({"pas", "non", "bien", "plutot", "alors", "meme", "sinon"})  # "..., ou pas ?" is "or"


def read_french(text: str, fold: Callable[[str], str]) -> str:
    """The folded text (`fold`: the language's folding), clause by clause, read as the notes above say."""
    out: list[str] = []
    for clause in _CLAUSE_END.split(text):
        folded = f" {fold(clause)} "
        for phrase in _WHAT:
            folded = folded.replace(f" {phrase} ", " quoi ")
        words = _YES_NO.sub(" ", folded).split()
        opening = next((place for place, word in enumerate(words) if word not in _OPENERS), 0)
        for place, word in enumerate(words):
            after = words[place + 1] if place + 1 < len(words) else ""
            if word == "ou" and place == opening and after and after not in _OR_ELSE:
                out.append(WHERE)
            elif word != "que" or place == opening:
                out.append(word)
    return " ".join(out)
