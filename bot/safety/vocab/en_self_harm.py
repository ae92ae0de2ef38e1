"""English words for self-harm: said outright, hopelessness, burden, farewell, plans, means, self-injury.

Part of the English vocabulary (`en`); '*' ends a word prefix.
"""

from __future__ import annotations

SELF_HARM: dict[str, tuple[str, ...]] = {
    # --- self-harm ----------------------------------------------------------------------------------------
    "SUICIDE": (
        "kill myself", "killing myself", "kms", "end my life", "ending my life", "end my own life",
        "take my own life", "take my life", "taking my own life", "taking my life", "unaliv*",
        "end it all", "ending it all", "want to die", "wanna die", "wish i was dead", "wish i were dead",
        "better off dead", "ready to die", "going to die tonight", "want to be dead", "off myself",
        # asking how to die (not "die" alone after a question word: "will mummy die from lupus, how do i explain")
        "how to die", "how can i die", "how do i die", "how could i die", "how would i die", "ways to die",
        "way to die", "how i could die",
    ),
    "SUICIDE_WORD": ("suicid*",),
    "WANT": (
        "want", "wants", "wanna", "wanted", "wanting", "wish", "ready to", "deserve to", "going to", "gonna",
        "would like", "id like",
    ),
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
    "END_IT": (
        "ending things", "ending it", "ending it all", "end everything", "ending everything", "end it", "end things",
        "do it", "go through with it", "end this",
    ),
    "INTENT": (
        "thinking of", "thinking about", "considering", "tempted", "planning", "planning on", "plan on",
        "want to", "wanna", "going to", "gonna", "ready to", "plan to", "decided", "tonight",
        "i will", "im going", "ill",
    ),
    "NEG_WANT": (
        "dont want", "dont wanna", "do not want", "no longer want", "dont feel like", "doesnt want",
        "never want", "not sure i want", "dont even want",
    ),
    "LIVE": (
        "stay", "stick around",
        "live", "living", "alive", "be here", "exist", "wake up", "waking up", "go on", "keep going", "carry on",
        "carrying on", "continue", "be around", "going on", "life",
    ),
    "POINT": ("point", "reason", "no sense", "worth"),
    "HOPELESS": (
        "cant see any future", "cant see a future", "cannot see a future", "see no future for",
        "no future for me", "i have no future", "dont have a future",
        "nothing left to fight", "no fight left", "nothing left in me", "got nothing left", "have nothing left",
        "nothing left to give",
        "cant keep living like this",
        "dont see a way forward", "see no way forward", "no way forward", "no light at the end",
        "nothing is ever going to get better", "nothing will ever get better", "done fighting",
        "tired of fighting", "no point in anything", "no point to anything", "point of any of it",
        "whats the point of anything", "dont want to be here anymore", "want to disappear forever",
        "cant keep living",
        "nothing left for me", "nothing to live for",
        "nothing left to live for", "tired of being alive", "tired of living", "sick of living",
        "sick of being alive", "done with life", "it all to stop", "everything to stop",
        "not wake up", "no reason 2", "no reason to live", "give up on life", "given up on life",
        "no way out", "not worth living", "isnt worth living", "done with everything",
        "done with it all", "whats even the point",
    ),
    "BURDEN": (
        "ruining everyones lives", "ruining their lives", "ruining his life", "ruining her life",
        "deserve better than me", "deserves better than me",
        "waste of space", "waste of oxygen", "waste of air", "a drain", "drain on", "useless to everyone", "burden",
        "burdens", "a weight on", "dragging him down", "dragging her down", "dragging them down",
    ),
    "BETTER": (
        "kinder", "lighter", "simpler", "better", "relieved", "happier", "easier",
        # someone else's life made whole by my absence ("he'd have a real life if i wasnt in it")
        "a real life", "a proper life", "a normal life", "their lives back", "his life back",
        "her life back", "their life back", "be free", "finally be free", "move on", "start again", "start over",
        "start afresh"),
    "WITHOUT_ME": (
        "if i wasnt in it", "if i wasnt in the picture", "if i wasnt in their lives", "if i wasnt in his life",
        "if i wasnt in her life", "if i wasnt in the way", "if i was out of the way", "if i was out of the picture",
        "if i wasnt around", "if i werent around", "without me around", "without me in it", "without me in the way",
        "if i wasnt dragging", "once im gone", "if i was no longer here", "if i wasnt alive anymore",
        "didnt have to look after me", "didnt have to care for me", "wasnt stuck with me", "wasnt stuck looking after",
        "if i wasnt here", "if i werent here", "if i was not here", "if i wasnt alive", "if i didnt exist",
        "without me", "if i wasnt here", "if i wasnt around", "if i was gone", "if i were gone", "if im gone",
        "if i were not here", "when im gone", "if i disappeared", "if i was dead",
    ),
    "FAREWELL": (
        "dont see myself being here", "dont see myself still being here", "wont be here by",
        "wont be here for", "not be here for christmas", "not be around for",
        "i wont be here much longer", "wont be here anymore", "wont be around anymore",
        "my goodbye", "say goodbye", "saying goodbye", "this is goodbye",
        "by the time you read this", "by the time anyone reads this", "by the time someone reads this",
        "when im gone", "after im gone", "wont be around after", "wont be here tomorrow", "letters for my",
        "wrote letters", "written letters", "who gets the", "look after my dog", "look after my cat",
        "look after my kids", "ill be gone", "goodbye everyone", "goodbye all", "bye everyone forever",
    ),
    "FAREWELL_WEAK": (
        "left instructions", "a note for", "note for the kids", "note for my", "i love you",
        "what im about to do", "what im going to do", "thank you for being", "thanks for being",
        "made my peace", "dont be sad", "please dont be sad", "youve all been", "you have all been",
        "nice knowing you", "been nice knowing", "it was nice knowing", "wont be around much longer",
        "giving away", "given away", "gave away", "give away my", "rehomed", "rehoming", "found homes for",
        "given my cat*", "given my dog*", "given my pets", "given my stuff", "given my things", "sorted my will",
        "made my will", "written my will", "affairs in order", "wont be needing", "wont need it", "wont need them",
        "where im going", "thank you to this group", "thank you to everyone", "thanks for everything",
        "take care of each other",
        "goodbye", "love you all", "sorry for everything", "take care of each other", "thank you all",
        "thanks for everything", "thank you for everything", "been so kind", "im sorry", "forgive me",
        "still be here", "dont want to be", "doesnt want to be", "wont be here", "at peace with",
        "my decision", "made my decision", "made up my mind", "ive decided", "i have decided",
        "take care of yourselves", "look after yourselves", "thank this group", "years of support",
        "last time you", "hear from me",
        # the logistics of leaving: affairs settled, letters written, pets rehomed
        "sorted out my affairs", "sorted my affairs", "put my affairs", "tied up loose ends", "tying up loose ends",
        "everything is sorted", "got everything sorted", "written to my", "wrote to my", "letters are written",
        "written my letters", "wrote my letters", "found a home for",
        # goodbyes said ("said my goodbyes to the people that matter"): one cue, another is needed
        "goodbyes"),
    "PLAN": (
        "have a plan", "made a plan", "got a plan", "planned it", "tonight is the night", "lined up",
        "stockpil*", "hoarding", "how many it would take", "enough pills", "saving up my pills",
        "saved up my pills", "going to end things", "end things", "should just disappear",
        "disappear for good", "written a note", "wrote a note", "suicide note", "wrote the note",
        "written the note", "writing the note", "left the note", "not doing another", "wont see another",
        "not going to see another", "this will be my last", "my last christmas", "my last birthday",
    ),
    "TAKE_INTENT": (
        "planning to down", "going to down", "gonna down", "want to down", "about to down", "going to neck",
        "gonna neck", "planning to swallow", "want to swallow", "about to swallow",
        "thinking of taking", "thinking about taking", "going to take", "gonna take", "want to take",
        "wanna take", "planning to take", "plan to take", "about to take", "tempted to take", "could just take",
        "might just take", "will take", "ill take", "going to swallow", "gonna swallow",
    ),
    "HOARD": (
        "counted out", "laid out", "set out", "all ready", "lined up on",
        "put by", "put away", "kept aside", "squirreled away", "been keeping", "hidden away", "tucked away",
        "saved up", "saving up", "stockpil*", "hoard*", "lined up", "put aside", "set aside", "stashed", "stash",
        "squirrelled away", "kept back", "been collecting", "been saving",
     "in a jar", "been putting", "putting aside", "been collecting them"),
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
    "ON_PURPOSE": (
        "on purpose", "deliberately", "intentionally", "purposely", "purposefully", "on porpose", "knowingly",
    ),
    "CUT": ("cut myself", "cutting myself"),
    "AGAIN": ("again", "relapsed", "relapse", "relapsing", "slipped", "clean", "back to",),
    "BETTER_OFF": ("better off", "be better off", "be happier", "be easier",),
    "WITH": ("with",),
    "LAST": ("last", "final",),
    "MESSAGE": ("message", "post", "words", "goodbye", "time youll hear", "time you hear",),
    "FIGURE": ("gave me a", "give me a", "gives me a", "giving me a", "nearly gave", "almost gave", "in a good way",
    "lol", "haha", "lmao", "rofl",
),
    "SIDE": (
        "left", "right", "one side", "left side", "right side", "half", "side of",),
    "DROP": ("dropped", "fallen", "sagged", "slipped", "gone down", "sunk",),
    "CONTAINER": ("packet of", "pack of", "bottle of", "box of", "strip of", "blister of", "tub of", "sheet of",
    "packet", "bottle", "box", "strip", "blister", "tub", "pot of", "pot", "jar", "tin", "dosette", "organiser",
),
    "FOOD": ("wine", "beer", "vodka", "gin", "cider", "water", "juice", "coke", "tea", "coffee", "milk", "chocolate*",
    "biscuits", "cookies", "crisps", "chips", "sweets", "candy", "cereal", "pizza", "cake", "popcorn", "doritos",
    "fruit", "grapes", "nuts", "snacks", "protein",
),
    "HIVES": ("hives", "welts", "rash all over", "covered in a rash", "itchy rash", "lumps all over",),
    "SLEEP": (
        "disappear", "vanish", "sleep", "go to sleep", "fall asleep", "sleeping",),
    "FOREVER": (
        "never come back", "and never", "forever", "for good", "permanently", "and never", "and not wake",
        "for ever",
    ),
    "NEVER_WAKE": ("never wake up", "never woke up", "never to wake", "not to wake up", "never wake again",
        "not wake up again", "wouldnt wake up again", "not gonna wake up", "not going to wake up",
        "wont be waking up", "not planning on waking up"),
    "WISH": ("wish", "hope", "would like", "id like", "pray"),
    "HOW_MUCH": ("how many", "how much",),
    "WOULD_TAKE": ("it would take", "would it take", "would do it", "would be enough", "would kill", "is lethal",
    "lethal dose", "fatal dose", "would be fatal",
),
    "CARRY": ("to the", "to my", "back to", "home", "with me", "along", "into the", "upstairs", "downstairs",
    "out of the", "to work", "to school",
),
    "FURNITURE": ("onto the sofa", "on the sofa", "onto the couch", "on the couch", "into bed", "onto the bed",
    "on the bed", "in bed", "into a chair", "into his chair", "into her chair", "exhausted", "shattered", "knackered",
    "worn out",
),
    "CANT_MORE": ("cant go on", "cannot go on", "cant do this anymore", "cant take it anymore",
    "cant take this anymore", "cant keep going", "cant keep doing this", "cannot keep doing this",
),
    "OBJECT_AFTER": ("with", "of", "this weather", "this heat"),
    "LIFE_ALL": ("my life", "everything", "it all", "all of it", "this life",),
    "READY_ALL": ("everything ready", "all set", "everything is ready", "got everything ready", "everything prepared",),
    "NOTE": ("a note", "the note", "my note", "letters for", "letter for", "goodbye letter*"),
    "SKIP": ("missed", "skipped", "stopped", "forgot", "didnt take", "havent taken", "quit", "paused", "came off",
    "weaned",
),
    "TIRED_OF": ("tired of", "sick of", "sick and tired of", "fed up of", "fed up with", "exhausted by", "done with",),
    "EXIST": ("existing", "being alive", "being here", "being me", "living"),
    "RATHER": ("rather", "sooner", "prefer to",),
    # --- a plan told as an act with a vehicle or a drop, and asking how: with a thought of it, self-harm ------------
    # An act that ends against something ("steering into the oncoming traffic", "stepping in front of a bus").
    "CRASH": (
        "drive into", "driving into", "drive my car into", "driving my car into", "drive the car into",
        "drive off", "driving off", "drove off", "steer into", "steering into", "swerve into", "swerving into",
        "veer into", "veering into", "crash my car", "crash the car", "crashing my car", "crashing the car",
        "crash into", "crashing into", "step in front of", "stepping in front of", "walk in front of",
        "walking in front of", "jump in front of", "jumping in front of", "throw myself in front of",
        "throw myself off", "throwing myself off", "jump off", "jumping off", "jump from", "jumping from",
        "step onto the tracks", "stepping onto the tracks", "lie on the tracks", "lying on the tracks",
        "walk into the sea", "walking into the sea", "walk into traffic", "walking into traffic",
        "yank the wheel", "turn the wheel", "jerk the wheel",
        "step off", "stepping off", "go over the edge", "drive over the edge"),
    # What such an act ends against: a moving or hard obstacle, a height, deep water.
    "TARGET": (
        "wall", "tree", "traffic", "oncoming", "lorry", "truck", "bus", "train", "tracks", "bridge", "cliff",
        "the road", "motorway", "highway", "pillar", "barrier", "building", "balcony", "roof", "river", "sea",
        "edge", "platform", "tower", "car park", "top floor", "multi storey"),
    # A jump is an act of self-harm only from a height ("stood on the bridge and wanted to jump"), not onto a train.
    "JUMP": ("jump", "jumping", "leap", "throw myself"),
    "HEIGHT": ("bridge", "roof", "cliff", "balcony", "window", "building", "top floor", "tower", "car park", "ledge"),
    # An act and what it ends against in one phrase ("walk into the sea", "in front of a train").
    "CRASH_TARGET": (
        "walk into the sea", "walking into the sea", "into oncoming traffic", "in front of a train",
        "in front of a lorry", "in front of a bus", "off the top floor", "off a bridge", "off the bridge",
        "off the roof", "off a cliff"),
    # Thinking of it: a plan or a wish, said as a thought ("keep imagining", "cant stop thinking about").
    "CONTEMPLATE": (
        "thinking of", "thinking about", "think about", "thought about", "keep thinking", "cant stop thinking",
        "imagining", "imagine", "picturing", "fantasi*", "dream about", "tempted", "urge to", "planning",
        "plan to", "going to", "gonna", "want to", "wanna", "wish i could", "considering", "might just",
        "could just", "looking at", "looked at"),
    # Asking how: a method sought for ending one's life ("how would i go about ending it", "least painful way").
    "METHOD": (
        "how would i", "how could i", "how can i", "how do i", "how i could", "how i can", "how i would",
        "how to", "how best to", "go about", "best way to", "easiest way to", "quickest way to", "fastest way to",
        "least painful", "painless way", "painlessly", "ways to", "a way to", "methods", "method of"),
    "PAINLESS": (
        "least painful", "most painless", "painless", "painlessly", "quickest", "fastest", "without it hurting"),
    # An end of one's own life as the object sought ("ending it", "not wake up"); not "do it" or "end this".
    "END_SELF": (
        "ending it", "end it", "end it all", "ending it all", "end my life", "ending my life", "end things",
        "ending things", "end everything", "not wake up", "never wake up", "kill myself", "be dead",
        "overdose on my", "od on my", "not be here"),
}
