"""English words for the safety concepts (plain, txt-speak and common misspellings). '*' ends a word prefix."""

from __future__ import annotations

from bot.safety.vocab.en_context import CONTEXT
from bot.safety.vocab.en_self_harm import SELF_HARM

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "a an the of to in on at by for from and or but if so as is are was were be been do does did we you "
    "he she it they them his her its our your their this that these those not no can will would there "
    "here most"
)

VOCAB: dict[str, tuple[str, ...]] = {
    **CONTEXT,
    **SELF_HARM,
    # --- who and when -------------------------------------------------------------------------------------
    "SELF": ("i", "im", "me", "my", "myself", "ive", "id", "ill", "mine"),
    "PERSON": (
        "little one", "lil one",
        "month old", "months old", "mo old",
        "theyd", "they would", "theyll", "everyone", "everybody", "family", "people",
        "he", "she", "hes", "shes", "him", "her", "they", "someone", "somebody", "mum", "mom", "mommy", "mummy",
        "mother", "dad", "daddy", "father", "husband", "wife", "partner", "boyfriend", "girlfriend", "bf", "gf",
        "son", "daughter", "child", "kid", "kids", "baby", "toddler", "brother", "sister", "friend", "flatmate",
        "roommate", "grandma", "gran", "nan", "nana", "granny", "grandad", "grandpa", "grandmother",
        "grandfather", "aunt", "uncle", "cousin", "niece", "nephew", "neighbour", "neighbor", "little girl",
        "little boy", "year old", "yr old", "man", "woman", "guy",
    ),
    "NOW": ("now", "right now", "rn", "just", "still", "suddenly", "again", "on the floor", "not responding"),
    "PAST": (
        "last year", "years ago", "months ago", "a year ago", "last month", "when i was", "back in", "used to",
        "in the past", "as a child", "as a kid", "in 19*", "in 20*", "died", "passed away", "died of",
        # reported, not happening here: news, articles, documentaries
        "an article", "in the news", "on the news", "a news story", "news report", "a documentary",
    ),
    "QSTART": (
        "can", "could", "does", "do", "is", "are", "was", "were", "did", "what", "how", "why", "will", "would",
        "has", "have", "should", "which", "who", "when", "whats", "anyone", "any",
    ),
    # --- swallowing too much ------------------------------------------------------------------------------
    "INGEST": (
        "took", "taken", "tuk", "tooken", "swallowed", "swallow", "ate", "eaten", "drank", "drunk", "downed",
        "popped", "had", "injected", "gave myself", "given myself", "necked", "chugged", "have taken",
        "just took", "overdid", "doubled up on", "double dosed", "double dosing",
        # swallowing told by the route ("tipped them into my mouth", "washed them down with gin")
        "into my mouth", "in my mouth", "down my throat", "washed down", "washed them down", "knocked back",
    ),
    # Emptying a container into one's hand or mouth: the whole container, an excess (grammar.DERIVED).
    "EMPTY": ("emptied", "tipped out", "tipped the", "poured out", "poured the", "shook out", "emptying", "tipping"),
    # Nobody knows how much was swallowed ("no idea how many"): with taking a medicine, an emergency.
    "UNKNOWN_AMOUNT": (
        "dont know how many", "dont know how much", "no idea how many", "no idea how much", "not sure how many",
        "not sure how much", "cant tell how many", "unsure how many",
        "no clue how many", "dunno how many", "god knows how many"),
    # Taking medicines along somewhere ("gonna take all my meds with me on holiday"): no intention to swallow them.
    "END_VERB": ("end", "ending"),
    "ALONG": ("with me", "along", "on holiday", "on the trip", "in my bag", "in my suitcase", "to hospital"),
    # Taken as a medicine for a symptom ("took some of my ibuprofen for his headache"): a dose, not a poisoning.
    "TREATING": (
        "for his headache", "for her headache", "for their headache", "for a headache", "for the headache",
        "for his pain", "for her pain", "for the pain", "for his fever", "for her fever", "for the fever",
        "for his cold", "for her cold", "for her period", "for his migraine", "for her migraine", "for cramps",
        "for his toothache", "for her toothache"),
    "SWALLOW": (
        "bit into", "bitten into", "biting", "sucked on", "sucking on", "foam around",
        "open bottle", "opened bottle", "open packet", "half of it gone", "some missing", "missing from",
        "gone from the",
        "swallowed", "swallow", "ate", "eaten", "eating", "drank", "drinking", "drunk", "got into", "chewing",
        "chewed", "licked", "in his mouth", "in her mouth", "in their mouth", "found with", "some are missing",
        "took some", "had some",
    ),
    "EXCESS": (
        "days in a row", "in a row", "days running", "every day instead of", "daily instead of",
        "boxes", "packets", "packs", "bottles", "strips", "blisters", "tubs",
        "in one go", "a full", "full packet", "full bottle", "full box",
        "the whole strip", "strip", "strips", "pack", "packs", "packet", "bottle", "blister pack*", "sheet of",
        "tub of", "pen of",
        "whole pen", "a weeks worth", "more of", "half a bottle", "half the bottle", "extra",
        "too many", "too much", "2 many", "to many", "2 much", "way more", "more than", "a lot more", "whole",
        "entire", "rest of", "double", "doubled", "twice", "triple", "instead of", "at once", "all at once", "handful",
        "bunch", "load of", "loads of", "lots of", "a lot of", "heaps of", "bottle of", "box of", "pack of",
        "packet of", "strip of", "blister", "days worth", "weeks worth", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "dozens",
        "an overdose",
    ),
    "ALL": ("all", "all of", "all the", "every", "every single", "remaining", "the rest", "everything"),
    "NORMAL": (
        "as prescribed", "this morning", "like normal", "as normal", "as usual", "usual", "daily", "every day",
        "everyday", "with breakfast", "like always", "on time", "every morning", "every night", "each day",
    ),
    "SUBSTANCE": (
        "syrup", "cough syrup", "calpol",
        "calpol", "motrin", "piriton", "nytol", "sominex", "zzzquil", "unisom", "ibus", "ibu", "paras", "para",
        "cocodamol",
        "solpadeine", "kalms", "melatonin", "gravol", "dramamine", "rivotril", "klonopin", "tylenol pm",
        "pred", "steroid*", "cortisone", "sleepers", "sleeping tabs", "pain meds", "heart meds", "antibiotic*",
        "muscle relaxant*",
        "pill*", "tablet*", "tabs", "capsule*", "caps", "meds", "medic*", "medicine*", "drugs", "sleeping*",
        "painkiller*", "pain killer*", "paracetamol", "tylenol", "acetaminophen", "ibuprofen", "advil",
        "nurofen", "aspirin", "naproxen", "insulin", "opioid*", "oxy*", "codeine", "tramadol", "morphine",
        "fentanyl", "zopiclone", "zolpidem", "ambien", "diazepam", "valium", "xanax", "alprazolam", "benzo*",
        "lorazepam", "antidepressant*", "amitriptyline", "sertraline", "citalopram", "fluoxetine",
        "prednisone", "prednisolone", "steroids", "hydroxychloroquine", "plaquenil", "hcq", "methotrexate",
        "benadryl", "antihistamine*", "warfarin", "blood thinner*", "heart tablets", "blood pressure",
        "vitamin*", "iron", "gabapentin", "pregabalin", "lyrica", "quetiapine", "seroquel", "lithium",
        "units", "dose*", "prescription", "blister pack", "blister strip",
    ),
    "CHEMICAL": (
        "magnet*", "button batteries",
        "vape", "e cig", "ecig", "nicotine", "vape juice",
        "dishwasher liquid", "dishwasher tablet*", "washing powder", "oven cleaner", "toilet cleaner", "descaler",
        "lighter fluid", "petrol", "kerosene", "turps", "essential oil*", "hand sanitiser", "hand sanitizer",
        "bug spray",
        "pesticide",
        "bleach", "drain cleaner", "cleaner", "cleaning", "detergent", "dishwasher", "laundry pod*",
        "washing up liquid", "washing liquid", "antifreeze", "battery", "batteries", "button battery",
        "weed killer", "rat poison", "poison", "chemical*", "lamp oil", "paraffin", "white spirit",
        "nail polish remover", "mouthwash", "e liquid", "vape liquid",
    ),
    "OVERDOSED": (
        "overdosed", "overdosing", "odd", "od d", "oded", "took an overdose", "taken an overdose",
        "have overdosed", "i overdosed",
    ),
    "OVERDOSE": ("overdose", "od"),
    # --- the body -------------------------------------------------------------------------------------------
    "UNRESPONSIVE": (
        "wont open her eyes", "wont open his eyes", "not opening her eyes", "not opening his eyes",
        "eyes wont open", "cant open her eyes", "cant open his eyes", "wont open their eyes", "gurgling",
        "cant wake her", "cant wake him", "cant wake them", "not answering", "isnt answering", "wont answer",
        "unrousable", "eyes rolled back", "eyes rolling back", "eyes rolled",
        "unconscious", "unresponsive", "not responding", "isnt responding", "is not responding",
        "not responsive", "wont wake", "wont wake up", "will not wake", "not waking", "not wakin", "cant wake",
        "can not wake", "cannot wake", "wont respond", "not moving", "out cold", "no pulse", "cant get him to",
        "cant get her to", "not reacting", "went limp", "is limp", "floppy",
    ),
    "COLLAPSE": (
        "slid off", "slumped off", "fell off his chair", "fell off her chair", "slid to the floor",
        "went white and", "went pale and",
        "slumped", "slumped over", "crumpled", "went down", "dropped", "went floppy",
        "collapsed", "collapse", "passed out", "fainted", "keeled over", "blacked out", "fell down", "fell over",
        "dropped to the floor", "hit her head", "hit his head",
    ),
    "NO_BREATH": (
        "cant finish a sentence", "cant finish sentences", "cant speak in full sentences",
        "cant get a sentence out",
        "not breathing", "isnt breathing", "is not breathing", "stopped breathing", "not breathin",
        "cant breathe", "cant breath", "cannot breathe", "can not breathe", "cant breathe", "no breath",
        "breathing really slow", "breathing very slow", "breathing sounds weird", "barely breathing",
        "choking",
    ),
    "BREATH": ("breath*", "air", "inhaler"),
    "DIFFICULT": (
        "cant", "cannot", "can not", "struggling", "struggle", "barely", "hard to", "trouble", "gasping",
        "difficulty", "isnt working", "not working", "wont", "unable", "cant get", "short of",
    ),
    "BLUE": (
        "dusky", "ashen", "pale blue", "blue", "grey", "gray", "purple", "bluish", "blueish", "greyish", "went grey",
        "went blue",
    ),
    "LIPS": ("lips", "lip", "fingertips", "fingers", "face", "skin", "nails"),
    "SWELL": (
        "thick", "puffy", "puffing", "closing", "swelling", "swollen", "swell*", "closing", "closing up", "tight"),
    "THROAT": ("throat", "tongue", "lips", "airway"),
    "SEIZURE": (
        "shaking uncontrollably", "foaming at the mouth", "foaming", "twitching all over", "jerking all over",
        "seizure", "seizing", "having a fit", "fitting", "convulsing", "convulsion*", "shaking and jerking",
        "jerking", "having a seizure", "status epilepticus",
    ),
    "FACE": ("face", "mouth", "smile", "lip", "eyelid", "one side"),
    "DROOP": (
        "drooped", "gone slack", "slack", "drooping", "droop*",
        "lopsided", "crooked", "uneven", "twisted", "sagging", "hanging", "sliding", "numb",
    ),
    "SLURRED": (
        "talking nonsense", "talking gibberish", "speaking gibberish", "cant get his words out",
        "cant get her words out", "cant get my words out", "words wont come out", "slurred", "slurring", "gibberish",
        "jumbled", "garbled", "not making sense", "makes no sense",
    ),
    "SPEECH": (
        "understand", "understanding", "saying", "speech", "speak*", "words", "talking", "talk", "say"),
    "SPEECH_BAD": (
        "drunk", "slurry", "off", "odd", "not right",
        "nonsense", "rubbish", "gibberish", "confused", "muddled", "wrong", "weird", "strange", "cant find",
        "coming out", "mixed up", "funny",
    ),
    "LIMB": (
        "left arm", "right arm", "left leg", "right leg", "one side", "arm", "arms", "leg", "legs", "hand", "side",
        "foot", "body",
    ),
    "WEAK": (
        "wont do what", "wont obey", "wont respond", "dont work", "doesnt work", "not moving right",
        "clumsy", "useless",
        "cant raise", "cant lift", "wont lift", "cant hold", "cant grip", "useless", "gone dead", "wont work",
        "not working",
        "numb", "weak", "heavy", "floppy", "cant lift", "cant move", "wont move", "dead", "paralysed",
        "paralyzed", "gave way", "limp",
    ),
    "SUDDEN": (
        "woke up with", "woke up and",
        "sudden", "suddenly", "all of a sudden", "out of nowhere", "all at once", "just now", "a few min",
        "minutes ago", "thunderclap", "went numb", "just went",
    ),
    "CHEST": ("chest",),
    "PAIN": (
        "pain", "pains", "hurt*", "pressure", "tight", "tightness", "crushing", "ache", "aching", "elephant",
        "squeezing", "heavy",
    ),
    "RADIATE": (
        "arm", "jaw", "neck", "shoulder", "back", "spreading", "radiating", "going down", "going into",
        "sweat*", "pass out", "clammy", "faint",
    ),
    "BLEED": (
        "knife", "gash*", "stab*", "sliced", "laceration", "bleed*", "blood", "nosebleed", "bled"),
    "NO_STOP": (
        "wont stop", "will not stop", "not stopping", "doesnt stop", "keeps", "keep", "pouring", "soaking",
        "gushing", "heavily", "a lot", "for over", "cant stop", "wont stop",
    ),
    "VOMIT": ("vomit*", "throwing up", "threw up", "coughing up", "cough*", "puking", "sick"),
    "BLOOD": (
        "coffee grounds", "coffee ground", "black tarry", "black poo", "tarry", "blood", "bloody"),
    "HEADACHE": ("headache", "head", "migraine"),
    "WORST": ("worst", "worse than ever", "most horrendous", "like being hit", "exploding", "splitting"),
    "NAMED_EMERGENCY": (
        "heart attack", "having a stroke", "had a stroke", "cardiac arrest", "anaphyla*", "allergic reaction",
    ),
    "CALL_HELP": ("call an ambulance", "need an ambulance", "call 911", "call 999", "call 112"),
    # --- distress without danger -------------------------------------------------------------------------
    "DISTRESS": (
        "terrified", "scared", "afraid", "frightened", "anxious", "anxiety", "panic*", "worried", "alone",
        "lonely", "isolated", "depressed", "depression", "sad", "crying", "cry", "overwhelmed", "hopeless",
        "really low", "feeling low", "hard day", "rough day", "struggling", "devastated", "heartbroken",
        "desperate", "miserable", "cant cope", "not coping", "breaking down",
    ),
}
