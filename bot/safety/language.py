"""Guess a message's language cheaply (stopwords, letters and word endings); say 'en' when unsure.

Used to answer a crisis message in its own language and to pick the per-language safety rules. It looks only at
the start of a message (a few thousand characters are plenty) and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

SUPPORTED_LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "pl", "tr")
DEFAULT_LANGUAGE = "en"
SCAN_CHARS = 4000  # the language of a message is clear long before this

_WORD = re.compile(r"[^\W\d_]+")

# Each language's most frequent function words (articles, pronouns, prepositions, conjunctions, auxiliaries and
# common adverbs, after the Snowball stopword lists), with the unaccented and apostrophe-less spellings people type
# on phones. Words shared by several languages count for each of them; the letters and endings below break ties.
_STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        "the a an and or but if then than so as of to in on at by for with from into onto about over under up "
        "down out off through after before since until while during between against without within i me my "
        "mine myself you your yours yourself u ur he him his she her hers it its itself we us our ours they them "
        "their theirs this that these those who whom whose what which when where why how there here is are was "
        "were be been being am im i'm ive i've id i'd ill i'll youre you're youve theyre they're isnt aren't "
        "arent wasnt werent do does did doing done dont don't doesnt doesn't didnt didn't have has had having "
        "havent hasnt hadnt can cant can't could couldnt will wont won't would wouldnt should shouldnt shall may "
        "might must not no yes all any some each every both few more most other such only own same very too "
        "just also still already yet ever never again now even much many well really get got anyone someone "
        "anybody somebody anything something everyone nothing please help know want feel think thanks thank "
        "because again ok okay one".split()
    ),
    "de": frozenset(
        "und ich nicht ist die der das des ein eine einen einem einer eines mein meine meiner meinen meinem mir "
        "mich du dich dir dein deine sie er es ihn ihm ihr ihre ihren uns unser unsere euch mit auf für fur sind "
        "habe hab hat haben hatte hatten bin bist war waren wird werden wurde wurden kann kannst können konnen "
        "muss müssen mussen soll sollte will wollen möchte mochte wir nur noch mehr auch wie was wer wo wann "
        "warum wieso weshalb wenn ob aber oder sondern denn zu zum zur von vom den dem im in an am aus bei nach "
        "seit über uber unter vor hinter zwischen durch gegen ohne um bis schon gerade grad weiß weiss nichts "
        "keine kein keinen jetzt einfach immer bitte hilfe sich ganze ganz alle alles nach gibt mal doch heute "
        "dass daß diese dieser dieses diesen hier dort da sehr viel viele so also dann nicht nie etwas man "
        "jemand ja nein".split()
    ),
    "es": frozenset(
        "el la los las lo un una unos unas que y es son era fue ser estar estoy está esta estás estan "
        "están no si sí mi mis tu tus su sus yo me te se le les nos él ella ellos ellas usted ustedes "
        "nosotros por para con sin sobre entre hasta desde hacia contra según del al de en a ya muy pero como "
        "cómo qué que quién quien cuál cual cuándo cuando dónde donde porqué porque por qué tengo tiene tienen "
        "hay he ha han había habia quiero puedo puede pueden sé hijo hija madre padre más mas menos todo todos "
        "toda todas esta este esto estos estas eso ese esa nada nunca siempre también tambien bien ahora soy "
        "quiere mejor "
        "aquí aqui allí alli cuánto cuanto cuánta cuanta cuántas cuantas cuántos cuantos cuál cuáles cuales "
        "ayuda creo algo alguien nadie otro otra".split()
    ),
    "fr": frozenset(
        "le la les l un une des du de d au aux et ou mais donc or ni est sont était etait être etre été ete "
        "je j tu il elle on nous vous ils elles me m te se lui leur leurs moi toi mon ma mes ton ta tes son "
        "sa ses notre nos votre vos ne n pas plus jamais rien que qu qui quoi quel quelle quels quelles où "
        "quand comment pourquoi combien pour avec sans sur sous dans chez par entre vers depuis pendant avant "
        "après apres tout toute toutes tous ce c cet cette ces ça ca ceci cela suis es ai as a avons avez ont "
        "avait peux peut pouvez veux veut voulez très tres aussi bien déjà deja encore est-ce si oui non aide "
        "quelqu quelque y en cest quest jai nest quen qua cetait jetais jsuis contre surtout toujours souvent vraiment "
        "beaucoup alors".split()
    ),
    "it": frozenset(
        "il lo la gli le un uno una e ed o è di da del dello della dei degli delle al allo alla ai agli alle "
        "nel nello nella nei negli nelle sul sulla sui con su per tra fra che chi cui non mi ti ci vi si me te "
        "lui lei noi voi loro mio mia miei mie tuo tua suo sua nostro vostro sono sei siamo siete ho hai ha "
        "abbiamo hanno ma più piu ce faccio voglio questo questa questi queste quello quella anche come cosa "
        "tutto tutte tutti perché perche niente sto ancora aiuto sempre posso puoi può puo farla fatto stato "
        "già gia molto poco dove quando quanto quanti quale qualcuno nessuno adesso ora".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas algum alguma alguns algumas nenhum nenhuma e ou mas é de do da dos das no na "
        "nos nas ao aos à em por pelo pela para pra com sem sobre entre até ate desde que quem qual quando onde como "
        "porque porquê não nao sim eu tu "
        "você voce vocês ele ela eles elas nós nos me te se lhe meu minha meus minhas seu sua seus suas isso "
        "isto aquilo esse essa este esta está estou estão estao são sao foi era ser ter tenho tem têm quero "
        "posso pode vai vou sei muito mais menos também tambem já ja ainda agora tudo nada alguém alguem "
        "ninguém quantos aguento ajuda".split()
    ),
    "nl": frozenset(
        "de het een en of maar is ik niet mijn je jij jou jouw u uw van dat die dit deze in op te met voor "
        "zijn er ook heb hebt heeft ben bent wil wilt kan kunt kunnen meer wat wie waar wanneer waarom hoe "
        "naar nog al zo geen iedereen mij me hij zij wij we ons onze jullie net niets ze hem haar wordt worden "
        "werd hebben had was waren door bij uit om aan tot over onder tegen zonder toch dan als nu hier daar "
        "heel veel iets niemand iemand ja nee moet moeten zal zou".split()
    ),
    "pl": frozenset(
        "i w we nie na się sie jest są sa to że ze z do mój moj moja moje mnie mi ja ty on ona ono my wy oni "
        "jak co już juz tak ale czy ten ta te tego tej jestem jesteś jestes mam masz ma dla od po przez "
        "przy pod nad za bez o u tylko bardzo jej jego ich wszystko wszystkich chcę chce mogę moge może moze "
        "wiem ile jeszcze kiedy gdzie dlaczego który ktory która ktora kto nic nikt coś cos był byl była byla "
        "będzie bedzie teraz tu tam".split()
    ),
    "tr": frozenset(
        "ve bir bu şu su o da de ben sen biz siz onlar ne neden niye nasıl nasil nerede ne zaman için icin çok "
        "cok mi mı mu mü değil degil var yok gibi ama fakat daha şimdi simdi artık artik annem babam herkese "
        "benim senin onun bizim her hiç hic kadar ile ki ya veya diye sonra önce once bana sana ona beni seni "
        "onu hep hem en".split()
    ),
}

# Letters that (among these nine languages) point to one language, and how strongly.
_LETTERS: Mapping[str, tuple[str, float]] = {
    "ß": ("de", 3.0),
    "ä": ("de", 1.5),
    "ñ": ("es", 3.0),
    "¿": ("es", 3.0),
    "¡": ("es", 3.0),
    "ã": ("pt", 3.0),
    "õ": ("pt", 3.0),
    "ł": ("pl", 3.0),
    "ą": ("pl", 3.0),
    "ę": ("pl", 3.0),
    "ś": ("pl", 3.0),
    "ź": ("pl", 3.0),
    "ż": ("pl", 3.0),
    "ć": ("pl", 3.0),
    "ń": ("pl", 3.0),
    "ı": ("tr", 3.0),
    "ğ": ("tr", 3.0),
    "ş": ("tr", 3.0),
    "œ": ("fr", 3.0),
    "ê": ("fr", 1.5),
    "î": ("fr", 1.5),
    "û": ("fr", 1.5),
    "ù": ("fr", 1.5),
    "ò": ("it", 1.5),
    "ì": ("it", 1.5),
}

# Word endings typical of one language (Turkish verbs, Polish and Dutch forms), for unaccented typing.
_ENDINGS: tuple[tuple[str, str, float], ...] = (
    ("iyor", "tr", 1.5),
    ("iyorum", "tr", 1.0),
    ("miyor", "tr", 1.0),
    ("yorum", "tr", 1.0),
    ("ları", "tr", 1.0),
    ("leri", "tr", 1.0),
    ("dım", "tr", 1.0),
    ("tım", "tr", 1.0),
    ("ść", "pl", 1.5),
    ("ować", "pl", 1.5),
    ("owac", "pl", 1.0),
    ("ij", "nl", 0.5),
    ("tje", "nl", 1.0),
    ("zione", "it", 1.0),
    ("ção", "pt", 2.0),
    ("ções", "pt", 2.0),
    ("ción", "es", 2.0),
    # Portuguese spellings Spanish does not have: "nh" (minha, tenho, sozinha) and the first-person past in -ei
    # (tomei, juntei, passei), which Spanish writes -é.
    ("nha", "pt", 1.0),
    ("nho", "pt", 1.0),
    ("ei", "pt", 1.0),
    # Infinitives with an attached pronoun (matarme, ammazzarmi) and Italian infinitives: short lines such as
    # "quiero matarme" or "voglio morire" have one stopword only, and these endings settle them.
    ("arme", "es", 1.0),
    ("erme", "es", 1.0),
    ("irme", "es", 1.0),
    ("armi", "it", 1.0),
    ("ermi", "it", 1.0),
    ("irmi", "it", 1.0),
    ("are", "it", 0.5),
    ("ere", "it", 0.5),
    ("ire", "it", 0.5),
)
_IJ_WORDS = frozenset({"mij", "wij", "zij", "bij", "blij", "kijk", "tijd", "rijden", "lijkt", "pijn"})

_LETTER_HINT = re.compile("[" + "".join(_LETTERS) + "]")

MIN_SCORE = 1.5  # below this nothing is recognisable and the answer is English


@lru_cache(maxsize=8192)
def _word_hints(word: str) -> tuple[tuple[str, float], ...]:
    """What one word adds to the scores (stopwords, the Dutch ij words, endings): worked out once per word."""
    hints = [(language, 1.0) for language, words in _STOPWORDS.items() if word in words]
    if word in _IJ_WORDS:
        hints.append(("nl", 1.0))
    room = len(word) - 1
    hints += [(lang, weight) for ending, lang, weight in _ENDINGS if room > len(ending) and word.endswith(ending)]
    return tuple(hints)


def _scores(text: str) -> dict[str, float]:
    # Every weight is a multiple of 0.5, so the sums are exact whatever the order they are added in.
    sample = text[:SCAN_CHARS].casefold()
    scores = dict.fromkeys(SUPPORTED_LANGUAGES, 0.0)
    for char in _LETTER_HINT.findall(sample):
        language, weight = _LETTERS[char]
        scores[language] += weight
    for word in _WORD.findall(sample.replace("'", "")):
        for language, weight in _word_hints(word):
            scores[language] += weight
    return scores


@lru_cache(maxsize=2048)
def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the message's language among SUPPORTED_LANGUAGES, 'en' when unsure."""
    scores = _scores(text)
    best = max(SUPPORTED_LANGUAGES, key=lambda language: scores[language])
    if best == DEFAULT_LANGUAGE or scores[best] < MIN_SCORE or scores[best] <= scores[DEFAULT_LANGUAGE]:
        return DEFAULT_LANGUAGE
    return best
