"""English words for the safety concepts (plain, txt-speak and common misspellings). '*' ends a word prefix."""

from __future__ import annotations

VOCAB: dict[str, tuple[str, ...]] = {
    # --- who and when -------------------------------------------------------------------------------------
    "SELF": ("i", "im", "me", "my", "myself", "ive", "id", "ill", "mine"),
    "PERSON": (
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
    ),
    "SWALLOW": (
        "swallowed", "swallow", "ate", "eaten", "eating", "drank", "drinking", "drunk", "got into", "chewing",
        "chewed", "licked", "in his mouth", "in her mouth", "in their mouth", "found with", "some are missing",
        "took some", "had some",
    ),
    "EXCESS": (
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
        "pill*", "tablet*", "tabs", "capsule*", "caps", "meds", "medic*", "medicine*", "drugs", "sleeping*",
        "painkiller*", "pain killer*", "paracetamol", "tylenol", "acetaminophen", "ibuprofen", "advil",
        "nurofen", "aspirin", "naproxen", "insulin", "opioid*", "oxy*", "codeine", "tramadol", "morphine",
        "fentanyl", "zopiclone", "zolpidem", "ambien", "diazepam", "valium", "xanax", "alprazolam", "benzo*",
        "lorazepam", "antidepressant*", "amitriptyline", "sertraline", "citalopram", "fluoxetine",
        "prednisone", "prednisolone", "steroids", "hydroxychloroquine", "plaquenil", "hcq", "methotrexate",
        "benadryl", "antihistamine*", "warfarin", "blood thinner*", "heart tablets", "blood pressure",
        "vitamin*", "iron", "gabapentin", "pregabalin", "lyrica", "quetiapine", "seroquel", "lithium",
        "units", "dose*", "prescription",
    ),
    "CHEMICAL": (
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
        "unconscious", "unresponsive", "not responding", "isnt responding", "is not responding",
        "not responsive", "wont wake", "wont wake up", "will not wake", "not waking", "not wakin", "cant wake",
        "can not wake", "cannot wake", "wont respond", "not moving", "out cold", "no pulse", "cant get him to",
        "cant get her to", "not reacting", "went limp", "is limp", "floppy",
    ),
    "COLLAPSE": (
        "collapsed", "collapse", "passed out", "fainted", "keeled over", "blacked out", "fell down", "fell over",
        "dropped to the floor", "hit her head", "hit his head",
    ),
    "NO_BREATH": (
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
    "BLUE": ("blue", "grey", "gray", "purple", "bluish", "blueish", "greyish", "went grey", "went blue"),
    "LIPS": ("lips", "lip", "fingertips", "fingers", "face", "skin", "nails"),
    "SWELL": ("swelling", "swollen", "swell*", "closing", "closing up", "tight"),
    "THROAT": ("throat", "tongue", "lips", "airway"),
    "SEIZURE": (
        "seizure", "seizing", "having a fit", "fitting", "convulsing", "convulsion*", "shaking and jerking",
        "jerking", "having a seizure", "status epilepticus",
    ),
    "FACE": ("face", "mouth", "smile", "lip", "eyelid", "one side"),
    "DROOP": ("droop*", "lopsided", "crooked", "uneven", "twisted", "sagging", "hanging", "sliding", "numb"),
    "SLURRED": ("slurred", "slurring", "gibberish", "jumbled", "garbled", "not making sense", "makes no sense"),
    "SPEECH": ("speech", "speak*", "words", "talking", "talk", "say"),
    "SPEECH_BAD": ("wrong", "weird", "strange", "cant find", "coming out", "mixed up", "funny"),
    "LIMB": ("arm", "arms", "leg", "legs", "hand", "side", "foot", "body"),
    "WEAK": (
        "numb", "weak", "heavy", "floppy", "cant lift", "cant move", "wont move", "dead", "paralysed",
        "paralyzed", "gave way", "limp",
    ),
    "SUDDEN": (
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
    "BLEED": ("bleed*", "blood", "nosebleed", "bled"),
    "NO_STOP": (
        "wont stop", "will not stop", "not stopping", "doesnt stop", "keeps", "keep", "pouring", "soaking",
        "gushing", "heavily", "a lot", "for over", "cant stop", "wont stop",
    ),
    "VOMIT": ("vomit*", "throwing up", "threw up", "coughing up", "cough*", "puking", "sick"),
    "BLOOD": ("blood", "bloody"),
    "HEADACHE": ("headache", "head", "migraine"),
    "WORST": ("worst", "worse than ever", "most horrendous", "like being hit", "exploding", "splitting"),
    "NAMED_EMERGENCY": (
        "heart attack", "having a stroke", "had a stroke", "cardiac arrest", "anaphyla*", "allergic reaction",
    ),
    "CALL_HELP": ("call an ambulance", "need an ambulance", "call 911", "call 999", "call 112"),
    # --- self-harm ----------------------------------------------------------------------------------------
    "SUICIDE": (
        "kill myself", "killing myself", "kms", "end my life", "ending my life", "end my own life",
        "take my own life", "take my life", "taking my own life", "taking my life", "unalive*",
        "end it all", "ending it all", "want to die", "wanna die", "wish i was dead", "wish i were dead",
        "better off dead", "ready to die", "going to die tonight", "want to be dead", "off myself",
    ),
    "SUICIDE_WORD": ("suicid*",),
    "WANT": ("want", "wants", "wanna", "wanted", "wanting", "wish", "ready to", "deserve to", "going to", "gonna"),
    "DIE": ("die", "be dead", "not exist", "not be alive"),
    "MEDIA": (
        "book", "novel", "film", "movie", "show", "series", "episode", "song", "album", "game", "watching",
        "watched", "reading", "read", "documentary", "podcast", "squad",
    ),
    "LIKE_ME": ("like me", "such as me"),
    "WITHOUT": ("without",),
    "ANYMORE": ("anymore", "any more", "no more", "now"),
    "HARM_TOOL": ("cigarette*", "lighter", "razor*", "blade*", "sharpener", "glass"),
    "TITLE": (
        "suicide squad", "suicide club", "virgin suicides", "suicide is painless", "13 reasons why",
        "thirteen reasons why", "killing eve", "die hard", "kill bill", "dead poets",
    ),
    "END_IT": ("end it", "end things", "do it", "go through with it", "end this"),
    "INTENT": (
        "want to", "wanna", "going to", "gonna", "ready to", "plan to", "decided", "tonight", "2nite",
        "i will", "im going", "ill",
    ),
    "NEG_WANT": (
        "dont want", "dont wanna", "do not want", "no longer want", "dont feel like", "doesnt want",
        "never want", "not sure i want", "dont even want",
    ),
    "LIVE": (
        "live", "living", "alive", "be here", "exist", "wake up", "go on", "keep going", "carry on",
        "carrying on", "continue", "be around", "going on", "life",
    ),
    "POINT": ("point", "reason", "no sense", "worth"),
    "HOPELESS": (
        "cant go on", "cannot go on", "cant do this anymore", "cant keep living", "cant take it anymore",
        "cant take this anymore", "cant keep going", "nothing left for me", "nothing to live for",
        "nothing left to live for", "tired of being alive", "tired of living", "sick of living",
        "sick of being alive", "done with life", "never wake up", "it all to stop", "everything to stop",
        "not wake up", "no reason 2", "no reason to live", "give up on life", "given up on life",
        "no way out", "not worth living", "isnt worth living", "done with everything", "done w everything",
        "done with it all", "whats even the point",
    ),
    "BURDEN": ("burden", "burdens", "a weight on", "dragging him down", "dragging her down", "dragging them down"),
    "BETTER": ("better", "relieved", "happier", "easier"),
    "WITHOUT_ME": (
        "without me", "if i wasnt here", "if i wasnt around", "if i was gone", "if i were gone", "if im gone",
        "if i were not here", "when im gone", "if i disappeared", "if i was dead",
    ),
    "FAREWELL": (
        "my goodbye", "say goodbye", "saying goodbye", "this is goodbye", "my last message", "my last post",
        "by the time you read this", "by the time anyone reads this", "by the time someone reads this",
        "when im gone", "after im gone", "wont be around after", "wont be here tomorrow", "letters for my",
        "wrote letters", "written letters", "who gets the", "look after my dog", "look after my cat",
        "look after my kids", "ill be gone", "goodbye everyone", "goodbye all", "bye everyone forever",
    ),
    "FAREWELL_WEAK": (
        "goodbye", "love you all", "sorry for everything", "take care of each other", "thank you all",
        "thanks for everything", "thank you for everything", "been so kind", "im sorry", "forgive me",
        "still be here", "dont want to be", "doesnt want to be", "wont be here", "at peace with",
        "my decision", "made my decision", "made up my mind", "ive decided", "i have decided",
        "take care of yourselves", "look after yourselves", "thank this group", "years of support",
        "last time you", "hear from me",
    ),
    "PLAN": (
        "have a plan", "made a plan", "got a plan", "planned it", "tonight is the night", "lined up",
        "stockpil*", "hoarding", "how many it would take", "enough pills", "saving up my pills",
        "saved up my pills", "going to end things", "end things", "should just disappear",
        "disappear for good", "written a note", "wrote a note", "suicide note", "wrote the note",
        "written the note", "writing the note", "left the note", "not doing another", "wont see another",
        "not going to see another", "this will be my last", "my last christmas", "my last birthday",
    ),
    "TAKE_INTENT": (
        "thinking of taking", "thinking about taking", "going to take", "gonna take", "want to take",
        "wanna take", "planning to take", "plan to take", "about to take", "tempted to take", "could just take",
        "might just take", "will take", "ill take", "going to swallow", "gonna swallow",
    ),
    "HOARD": (
        "saved up", "saving up", "stockpil*", "hoard*", "lined up", "put aside", "set aside", "stashed", "stash",
        "squirrelled away", "kept back", "been collecting", "been saving",
    ),
    "MEANS": ("rope", "noose", "bridge", "roof", "car park", "train tracks", "railway", "gun", "pistol", "ledge"),
    "PREPARE": (
        "bought", "buy", "know which", "looked up", "how high", "searched", "ready", "tie", "tied", "got a",
    ),
    "SELF_INJURY": (
        "self harm*", "selfharm*", "self injur*", "cutting again", "been cutting", "cutting myself",
        "razor blade*", "my wrists", "slit my", "until they bled", "until it bled", "burned myself",
        "burnt myself", "hurt myself", "hurting myself", "harming myself", "hit myself",
    ),
    "HARM_VERB": ("cut*", "burn*", "hurt*", "harm*", "hit*", "scratch*", "punch*", "starve*", "slash*"),
    "REFLEXIVE": ("myself",),
    # --- distress without danger -------------------------------------------------------------------------
    "DISTRESS": (
        "terrified", "scared", "afraid", "frightened", "anxious", "anxiety", "panic*", "worried", "alone",
        "lonely", "isolated", "depressed", "depression", "sad", "crying", "cry", "overwhelmed", "hopeless",
        "really low", "feeling low", "hard day", "rough day", "struggling", "devastated", "heartbroken",
        "desperate", "miserable", "cant cope", "not coping", "breaking down",
    ),
}
