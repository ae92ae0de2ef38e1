"""Dutch words for the safety concepts. '*' ends a word prefix."""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "de het een en of maar van in op aan met voor naar bij uit door om te tot als dat die dit deze is "
    "zijn ben was heb heeft ik je jij hij zij ze we wij mijn me niet geen al ook nog wel er"
)

VOCAB = phrases(
    {
        "SELF": "ben|ik|mij|mijn|mezelf",
        "PERSON": "hij|zij|ze|moeder|mama|vader|papa|vriend|vriendin|zoon|dochter|zoontje|dochtertje|broer|zus|"
        "oma|opa|iemand|kindje",
        "PAST": "vorig jaar|jaren geleden|maanden geleden|als kind|vroeger|in het nieuws|op het journaal|"
        "een artikel|een documentaire|een reportage",
        "QSTART": "kan|kunnen|wat|hoe|waarom|hoeveel|welke|wanneer|heeft|hebben|wordt",
        "INGEST": "leeggegeten|leeggedronken|opgegeten|ingeslikt|"
        "ingenomen|genomen|geslikt|gedronken|gegeten|gespoten|ingespoten|slikte",
        "SWALLOW": "sabbelen|sabbelde|er missen|opgegeten|opgegeten|heeft wat|geslikt|ingeslikt|gedronken|gegeten|"
        "in zijn mond|in haar mond",
        "EXCESS": "doosjes|strips|"
        "strip|de hele strip|doosje|potje|hele|"
        "te veel|teveel|hele|volledige|dubbele|veel meer|meer dan|in een keer|handvol|een doosje|"
        "een strip|een pot|vijf|zes|tien|twintig|dertig|overdosis",
        "ALL": "alle|al mijn|de rest",
        "NORMAL": "per dag|per week|elke ochtend|zoals voorgeschreven|vanochtend|vanmorgen|zoals altijd|elke dag|"
        "dagelijks",
        "SCHEDULED": "per dag|per week|elke ochtend|zoals altijd|zoals elke|zoals voorgeschreven|zoals gewoonlijk|"
        "bij het ontbijt|bij het eten|"
        "bij de lunch|bij het avondeten|ochtendpillen|avondpillen|ochtendmedicatie|elke ochtend|"
        "elke avond|elke week|voor de week|voor vandaag|pillendoos|baxterrol|de dokter zei|de arts zei",
        "TOO_MANY": "te veel|veel meer|meer dan|handvol|doosje|potje|strip|overdosis|"
        "in één keer|in een keer|achter elkaar|per ongeluk",
        "SUBSTANCE": "siroop|hoestdrank|"
        "prednison|prednisolon|cortison|slaappillen|pijnstillers|dosis|"
        "pil|pillen|tablet*|slaappil*|medicij*|pijnstiller*|paracetamol|ibuprofen|insuline|"
        "capsule*|antidepressiva|oxazepam|temazepam|kalmeringsmiddel*",
        "CHEMICAL": "*ontstopper|*reiniger|*wasmiddel|*maakmiddel|"
        "bleek|bleekwater|bleekmiddel|chloor|gootsteenontstopper|ontstopper|afwasmiddel|wasmiddel|"
        "vaatwastablet*|wasmiddelcapsule*|schoonmaakmiddel*|batterij|knoopcel*|gif|rattengif|chemicali*|"
        "antivries|lampolie|ammoniak|"
        "chloor|bleek|ammoniak|ontstopper|ontkalker|wasmiddel|vaatwastablet*|afwasmiddel|schoonmaakmiddel|"
        "gootsteenontstopper|allesreiniger|wasverzachter",
        "OVERDOSE": "overdosis",
        "UNRESPONSIVE": "niet wakker|"
        "bewusteloos|reageert niet|reageert nergens op|wordt niet wakker|niet wakker te krijgen|"
        "niet aanspreekbaar|geen hartslag|beweegt niet",
        "COLLAPSE": "zakte in elkaar|"
        "in elkaar gezakt|flauwgevallen|flauw gevallen|neergevallen|in elkaar gestort|onwel geworden",
        "NO_BREATH": "ademt niet|geen lucht|krijg geen lucht|kan niet ademen|gestopt met ademen|stikt|stik",
        "BREATH": "adem*|lucht",
        "DIFFICULT": "moeilijk|nauwelijks|kan niet|moeite|niet",
        "BLUE": "blauw*|grijs*|paars*",
        "LIPS": "lippen|vingers|vingertoppen|gezicht|huid|nagels",
        "SWELL": "zwel*|opgezwollen|dichtgaan|gaat dicht|zit dicht|zitten dicht",
        "THROAT": "keel|tong|lippen",
        "SEIZURE": "aanval|insult|"
        "epileptische aanval|epileptisch*|toeval|insult|stuipen|ligt te schokken|schokt",
        "FACE": "mondhoek|mondhoeken|"
        "gezicht|mond|glimlach",
        "DROOP": "hangt|scheef|hangende|afhangend*|verlamd",
        "SLURRED": "praat onduidelijk|dubbele tong|brabbelt|lalt|kan niet meer praten",
        "SPEECH": "praten|praat|spreken|woorden",
        "SPEECH_BAD": "raar|onduidelijk|vreemd",
        "LIMB": "arm|been|hand|kant",
        "WEAK": "niet optillen|niet tillen|niet omhoog|krachteloos|"
        "gevoelloos|verdoofd|zwak|slap|verlamd|kan niet bewegen|tintelt",
        "SUDDEN": "plotseling|ineens|opeens|uit het niets",
        "CHEST": "borst",
        "PAIN": "pijn|druk|benauwd|knellend|beklemmend",
        "RADIATE": "arm|kaak|nek|rug|schouder|uitstral*|straalt|zweet|zweten",
        "BLEED": "bloed*",
        "NO_STOP": "stopt niet|houdt niet op|blijft|niet te stoppen|heel veel|gutst",
        "VOMIT": "braak|braken|overgeven|hoest|spuug",
        "BLOOD": "bloed",
        "HEADACHE": "hoofdpijn|hoofd",
        "WORST": "ergste|heftigste|plotseling*|knal",
        "NAMED_EMERGENCY": "hartaanval|hartinfarct|beroerte|herseninfarct|anafylact*",
        "CALL_HELP": "112 bellen|bel 112|ambulance",
        "SUICIDE_WORD": "suicid*",
        "SUICIDE": "zelfmoord*|van kant maken|mezelf doden|mezelf ombrengen|einde aan mijn leven|wil dood|"
        "dood willen|wil sterven",
        "END_IT": "een eind aan|eind aan maken|er een eind aan|"
        "einde aan maken|er een einde aan|er een punt achter",
        "INTENT": "van plan|denk erover|overweeg|wil|ga|vannacht|vanavond",
        "NEG_WANT": "wil nie|wil niet meer|wil nie meer|"
        "wil niet meer|wil niet|hoef niet meer",
        "LIVE": "leve|"
        "leven|wakker worden|bestaan|doorgaan|hier zijn",
        "POINT": "zin",
        "HOPELESS": "geen toekomst meer|zie geen toekomst|heb geen toekomst|"
        "zie het niet meer zitten|zie geen uitweg|geen uitweg|geen hoop meer|wil er niet meer zijn|"
        "heeft geen zin meer|"
        "niets meer om voor te leven|nooit meer wakker|"
        "levensmoe|moe van het leven|het leven moe",
        "BURDEN": "alleen maar tot last|een blok aan het been|"
        "een last|tot last|last voor",
        "BETTER": "makkelijker|gelukkiger|lichter|opnieuw beginnen|een nieuw leven|beter leven|beter",
        "WITHOUT_ME": "als ik er niet was|als ik er niet meer ben|als ik er niet meer was|zonder mij|zonder me",
        "FAREWELL": "er straks niet meer|er niet meer zijn|ben er niet meer|"
        "afscheidsbrie*|"
        "mijn afscheid|vaarwel|afscheid nemen|neem afscheid|als ik er niet meer ben",
        "FAREWELL_WEAK": "fijn jullie gekend|dag allemaal|"
        "weggeven|weggegeven|geef mijn spullen weg|testament|niet meer nodig hebben|"
        "bedankt allemaal|"
        "bedankt voor alles|dank voor alles|het spijt me|sorry voor alles|hou van jullie|"
        "pas goed op elkaar|"
        "alles geregeld|alles op orde|zaken op orde|brieven geschreven|brief geschreven",
        "PLAN": "pillen gespaard|opgespaard|pillen verzameld",
        "TAKE_INTENT": "slik|slik ik|neem ik alle|nemen|spuiten|innemen|slikken",
        "HOARD": "klaargelegd|"
        "gespaard|opgespaard|verzameld|bewaard|opgepot",
        "MEANS": "touw|brug|dak|spoor|pistool",
        "PREPARE": "gekocht|weet welke|opgezocht",
        "SELF_INJURY": "snijd mezelf|mezelf gesneden|mezelf snijden|mezelf pijn|mezelf verwond*|automutil*|"
        "zelfbeschadig*|mezelf beschadig*",
        "REFLEXIVE": "mezelf",
        "ON_PURPOSE": "expres|met opzet|opzettelijk|express",
        "CUT": "snijden|gesneden|snijd|kerven|gekerfd",
        "AGAIN": "weer|opnieuw|terugval|teruggevallen",
        "BETTER_OFF": "beter af|beter zonder",
        "WITH": "met",
        "LAST": "laatste",
        "MESSAGE": "bericht|post|berichtje|woorden",
        "SIDE": "een kant|linkerkant|rechterkant|helft",
        "DROP": "gezakt|hangt|afgezakt",
        "SLEEP": "verdwijnen|"
        "slapen|in slaap",
        "NEVER_WAKE": "niet meer wakker|nooit meer wakker|niet wakker worden|nooit wakker worden",
        "WISH": "zou willen|wou|hoop|wilde",
        "FOREVER": "voor altijd|voorgoed|en niet meer wakker",
        "CANT_MORE": "kan niet meer|houd het niet meer vol|hou het niet meer vol",
        "OBJECT_AFTER": "van|met|door|deze|dit",
        "LIFE_ALL": "leven|alles",
        "READY_ALL": "alles klaar|alles voorbereid",
        "NOTE": "brief|briefje",
        "READY": "klaar|klaargelegd|klaar gelegd|klaarliggen|geteld|uitgeteld",
        "ERRAND": "afspraak|controle|verhuizing|de reis",
        "DISTRESS": "bang|angst|alleen|eenzaam|verdrietig|wanhopig|huil|paniek",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "stuur omgooien|het stuur|tegen een|tegen de|voor de trein|voor een trein|"
        "voor een vrachtwagen|van de brug|van een brug|"
        "springen van|springen voor|inrijden op",
        "TARGET": "boom|muur|trein|brug|vrachtwagen|spoor|flat|balkon|pijler|vangrail",
        "CONTEMPLATE": "wilde|wou|denk|dacht|denk erover|denk eraan|denk aan|van plan|overweeg|wil|ga|zie mezelf",
        "METHOD": "hoe kan ik|hoe ik|hoe zou ik|de beste manier|een manier om|de makkelijkste manier",
        "PAINLESS": "minst pijnlijke|pijnloze|snelste|zonder pijn|pijnloos|zonder te lijden",
        "END_SELF": "er een eind aan|een eind aan maken|een einde aan maken|mezelf doden|doodgaan|dood gaan|"
        "niet meer wakker",
        "EMPTY": "leeggemaakt|leeggegooid|leeggeschud",
        "UNKNOWN_AMOUNT": "weet niet hoeveel|geen idee hoeveel|weten niet hoeveel|niet hoeveel",
        "ALONG": "meenemen|mee op reis|in mijn koffer",
        "END_VERB": "beëindigen|stoppen",
        "JUMP": "springen|spring",
        "HEIGHT": "brug|dak|flat|balkon|raam|toren",
        "TREATING": "tegen de pijn|tegen koorts|tegen hoofdpijn|voor de pijn|voor zijn hoofdpijn|voor haar hoofdpijn",
    }
)
