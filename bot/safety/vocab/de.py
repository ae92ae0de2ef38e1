"""German words for the safety concepts. '*' ends a word prefix; accents are optional in messages."""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "die der das den dem des ein eine einen einem einer und oder aber in im an am auf aus bei mit nach "
    "von vom zu zum zur fur uber um es er sie ich du wir ihr man so wie was wer wo da ob als auch noch "
    "nur schon nicht kein keine hat bin ist sind war mein meine dass wenn"
)

VOCAB = phrases(
    {
        "SELF": "bin|ich|mich|mir|mein|meine|meinen|meiner",
        "PERSON": "enkel|enkelin|enkelkind|neffe|nichte|kleine|kleiner|kleines|"
        "er|sie|mutter|mama|mutti|vater|papa|mann|frau|freund|freundin|sohn|tochter|mein kind|unser kind|"
        "das kind|kleines kind|baby|bruder|schwester|oma|opa|partner|partnerin|kleine|kleiner|jemand",
        "PAST": "letztes jahr|vor jahren|vor monaten|als kind|früher|in den nachrichten|einen artikel|ein artikel|"
        "eine doku|einer doku|einen bericht|ein bericht",
        "QSTART": "soll|sollte|sollen|würde|wäre|darf|müsste|"
        "kann|können|ist|sind|war|hat|haben|gibt|wie|was|warum|wird|wann|welche|darf|sollte",
        "INGEST": "runtergespült|runtergeschluckt|hinuntergeschluckt|genommen|geschluckt|eingenommen|getrunken|"
        "gegessen|gespritzt|nahm|schluckte",
        "SWALLOW": "gelutscht|lutscht|fehlen ein paar|es fehlen|aufgegessen|in den mund gesteckt|geschluckt|"
        "verschluckt|getrunken|gegessen|in den mund|im mund|"
        "erwischt",
        "EXCESS": "packungen|schachteln|"
        "noch mehr|packung|schachtel|blister|streifen|auf einmal|das doppelte|dreifache|handvoll|"
        "restlichen|"
        "zu viele|zu viel|ganze|ganzen|komplette|kompletten|doppelte|doppelt|viel mehr|mehr als|statt|"
        "auf einmal|handvoll|haufen|packung|schachtel|fünf|sechs|zehn|fünfzehn|zwanzig|dreißig|dutzend|überdosis",
        "ALL": "alle|allen|sämtliche|den rest|restlichen",
        "NORMAL": "am tag|pro tag|pro woche|in der woche|wie verschrieben|heute morgen|wie immer|täglich|jeden tag|"
        "jeden morgen",
        "SCHEDULED": "am tag|pro tag|pro woche|in der woche|wie immer|wie jeden tag|wie jede woche|wie verschrieben|"
        "wie verordnet|wie besprochen|"
        "zum frühstück|mit dem frühstück|zum mittagessen|zum abendessen|morgentabletten|abendtabletten|"
        "morgenration|morgendosis|abenddosis|wochendosis|jeden morgen|jeden abend|jede woche|"
        "für die woche|für heute|tablettenbox|wochendosierer|dosette|wie der arzt|wie mein arzt|"
        "wie die ärztin|arzt gesagt|ärztin gesagt",
        "TOO_MANY": "zu viele|zu viel|viel mehr|mehr als|handvoll|packung|schachtel|blister|überdosis|"
        "auf einmal|auf ex|hintereinander|aus versehen",
        "SUBSTANCE": "hustensaft|sirup|"
        "ibus|ibu|paras|schlaftabletten|"
        "prednisolon|kortison|cortison|steroide|schlafmittel|beruhigungsmittel|dosis|"
        "tablett*|pille*|pillen|schlaftablett*|medikament*|schmerzmittel|schmerztablett*|ibuprofen|"
        "paracetamol|insulin|kapsel*|tropfen|antidepressiva|beruhigungs*|opioid*|tilidin|novalgin|cortison|"
        "kortison|blutdruck*",
        "CHEMICAL": "*reiniger|*entkalker|*bleiche|*lauge|*putzmittel|*spülmittel|*waschmittel|"
        "reiniger|putzmittel|bleiche|chlorreiniger|spülmaschinentab*|spülmittel|waschmittel|"
        "abflussreiniger|batterie|knopfbatterie|gift|chemikali*|frostschutz*|lampenöl|entkalker",
        "OVERDOSED": "überdosis genommen|überdosiert",
        "OVERDOSE": "überdosis",
        "UNRESPONSIVE": "wacht nicht auf|wacht nicht mehr auf|reagiert nicht|nicht ansprechbar|kaum ansprechbar|"
        "nicht wach|"
        "bewusstlos|reagiert nicht|nicht ansprechbar|wacht nicht auf|wacht nicht mehr auf|"
        "kein puls|rührt sich nicht|nicht wach",
        "COLLAPSE": "umgekippt|zusammengebrochen|zusammengesackt|ohnmächtig|bewusstlos|"
        "zusammengebrochen|umgekippt|ohnmächtig|in ohnmacht|kollabiert|zusammengesackt|umgefallen",
        "NO_BREATH": "atmet nicht|keine luft|kann nicht atmen|atemstillstand|atmet kaum|ersticke|erstickt",
        "BREATH": "atm*|atem*|luft|asthma*",
        "DIFFICULT": "kaum|schwer|kann nicht|schlecht|nicht",
        "BLUE": "blau|grau|lila|bläulich|violett",
        "LIPS": "lippen|finger|fingerspitzen|gesicht|haut",
        "SWELL": "schwillt|geschwollen|schwellung|zugeschwollen|ist zu|geht zu|wird zu|schnürt sich zu",
        "THROAT": "hals|rachen|zunge|lippen",
        "SEIZURE": "schaum vor dem mund|schaum vorm mund|"
        "krampfanfall|krampft|krampfen|zuckt am ganzen|"
        "krampfanfall|krampfanfälle|anfall|krampft|zuckt|epileptisch*",
        "FACE": "gesicht|mund|mundwinkel|lächeln",
        "DROOP": "runter|herunter|hängt runter|"
        "hängt|hängend|schief|verzogen|herab*",
        "SLURRED": "verwaschen|lallt|undeutlich",
        "SPEECH": "sprache|sprechen|spricht|wörter|reden",
        "SPEECH_BAD": "komisch|findet keine|falsch|durcheinander",
        "LIMB": "arm|bein|hand|seite|körperhälfte",
        "WEAK": "taub|schwach|gelähmt|kraftlos|nicht heben",
        "SUDDEN": "plötzlich|auf einmal|aus dem nichts|schlagartig",
        "CHEST": "brust|brustkorb|brustschmerz*",
        "PAIN": "*schmerz|*schmerzen|schmerz*|druck|eng|engegefühl|stechen|brennen|weh",
        "RADIATE": "arm|kiefer|hals|rücken|schulter|ausstrahl*|ziehen|zieht|schweiß*",
        "BLEED": "blut*|blutung",
        "NO_STOP": "hört nicht auf|nicht aufhört|stark|stoppt nicht|nicht zu stoppen|nicht stillen",
        "VOMIT": "erbreche|erbrechen|kotze|huste|spucke",
        "BLOOD": "blut",
        "HEADACHE": "kopfschmerz*|kopf",
        "WORST": "schlimmsten|schlimmste|stärksten|vernichtend*|explodiert",
        "NAMED_EMERGENCY": "herzinfarkt|schlaganfall|anaphylaktisch*|allergischer schock",
        "CALL_HELP": "krankenwagen|notarzt|rettungswagen|112 rufen",
        "SUICIDE": "sich umbringen|sich das leben nehmen|sich töten|mich selbst töten|mich selbst umbringen|"
        "aufhören zu leben|selbstmord*|suizid*|mich umbringen|mir das leben nehmen|mich töten|will sterben|"
        "möchte sterben|sterben will|lieber tot|tot sein",
        # with their zu-infinitives ("daran denken, Schluss zu machen")
        "END_IT": "ein ende machen|schluss machen|es beenden|alles beenden|ein ende zu machen|schluss zu machen|"
        "es zu beenden|alles zu beenden",
        # the correlate of a thought's zu-clause, with words between ("denke seit Tagen daran, ..."): grammar.DERIVED
        "DARAN": "daran",
        "INTENT": "überlege|denke daran|denke darüber nach|habe vor|plane|beschlossen|entschlossen|"
        "will|werde|heute nacht|möchte",
        "NEG_WANT": "will nicht mehr|mag nicht mehr|"
        "will nicht mehr|möchte nicht mehr|mag nicht mehr|will nicht|kein bock mehr",
        "LIVE": "lebn|leben|"
        "leben|aufwachen|weiterleben|weitermachen|da sein|hier sein|existieren",
        "POINT": "sinn",
        "HOPELESS": "keine zukunft mehr|sehe keine zukunft|habe keine zukunft|"
        "keine kraft mehr|keine kraft mehr zu kämpfen|"
        "keinen ausweg|sehe keinen ausweg|keine hoffnung mehr|nicht mehr aufwachen|"
        "hat alles keinen sinn|alles sinnlos|"
        "nichts mehr zu leben|keinen sinn mehr|"
        "nie wieder aufwachen|nicht mehr aufwachen|"
        "lebensmüde|keine lust mehr zu leben|müde zu leben",
        "BURDEN": "eine last|nur eine last|last für|zur last|belastung für",
        "BETTER": "leichter|einfacher|glücklicher|freier|neu anfangen|ein neues leben|besseres leben|"
        "ein besseres leben|frei|besser",
        "WITHOUT_ME": "wenn es mich nicht gäbe|wenn es mich nicht mehr gäbe|wenn ich nicht da wäre|wenn ich weg wäre|"
        "wenn ich nicht mehr da wäre|ohne mich",
        "FAREWELL": "nicht mehr hier sein|nicht mehr da sein|bald nicht mehr da|"
        "abschiedsbrie*|"
        "mein abschied|abschied von euch|lebt wohl|verabschiede mich|"
        "wenn ich nicht mehr da bin|"
        "bin ich nicht mehr da|bin nicht mehr da|nicht mehr da bin|bin ich weg|nicht mehr am leben",
        "FAREWELL_WEAK": "verabschieden|mich verabschieden|"
        "macht es gut|machts gut|schön euch gekannt|war schön mit euch|"
        "verschenke|verschenkt|verschenkt habe|testament gemacht|alles geregelt|nicht mehr brauchen|"
        "danke euch allen|"
        "danke für alles|es tut mir leid|passt auf euch auf|habe euch lieb|"
        "alles erledigt|alles in ordnung gebracht|meine angelegenheiten|briefe geschrieben|briefe sind geschrieben|"
        "abschiedsbriefe|ein zuhause für|ordnung gebracht",
        "PLAN": "einen plan|tabletten gesammelt|tabletten gehortet",
        "TAKE_INTENT": "schlucke|schlucke ich|nehme ich alle|spritzen|nehmen|schlucken|einnehmen",
        "HOARD": "bereitgelegt|bereit gelegt|"
        "gehamstert|aufgehoben|gespart|angesammelt|"
        "gesammelt|gehortet|gebunkert|zur seite gelegt|beiseite gelegt",
        "MEANS": "seil|strick|brücke|dach|gleise|waffe",
        "PREPARE": "gekauft|weiß welche|welche brücke|nachgeschaut",
        "SELF_INJURY": "geritzt|ritze*|mich verletzt|mich verletze|selbstverletz*|mich geschnitten|schneide mich",
        # "sich etwas antun" (to harm or kill oneself) in any form and order: rule harm_self. A split verb ("ich tu mir
        # heute Nacht was an") and a spoken first person ("ich ritz mich") are read whole by bot.safety.german.
        "HARM_DO": "antun|antue|antust|antut|angetan",
        "SOMETHING": "was|etwas",
        "ME_DATIVE": "mir",
        "KIND_THING": "gutes|schönes|liebes|leckeres|nettes|gönnen",  # "mir etwas Gutes antun": a treat
        "ON_PURPOSE": "absichtlich|mit absicht|vorsätzlich|bewusst zu viel",
        "CUT": "ritzen|geritzt|ritze|schneiden|geschnitten|schneide",
        "AGAIN": "wieder|erneut|rückfall|nochmal",
        "BETTER_OFF": "besser dran|besser ohne|besser gehen|besser ginge",
        "WITH": "mit",
        "LAST": "letzter|letzte|letztes|letzten",
        "MESSAGE": "beitrag|post|nachricht|eintrag|worte",
        "SIDE": "eine seite|linke seite|rechte seite|halbe|hälfte|einseitig",
        "DROP": "abgesackt|runtergefallen|gesunken|hängt",
        "SLEEP": "verschwinden|"
        "schlafen|einschlafen",
        "NEVER_WAKE": "nie mehr aufwachen|nie wieder aufwachen|nicht mehr aufwachen|"
        "nie aufwachen|nicht mehr aufzuwachen|nie mehr aufzuwachen",
        "WISH": "möchte|wünschte|wünsche|würde gern|hoffe",
        "FOREVER": "für immer|"
        "für immer|nie wieder aufwachen",
        "CANT_MORE": "kann nicht mehr|halte das nicht mehr aus|ich will nicht mehr",
        "OBJECT_AFTER": "mit|von|vor|dieser|diesem|diese",
        "LIFE_ALL": "leben|alles|allem",
        "READY_ALL": "alles vorbereitet|alles bereit|alles fertig",
        "NOTE": "brief|abschiedsbrief|zettel",
        "READY": "bereit|liegen bereit|parat|bereitgelegt|bereit gelegt|abgezählt|vorbereitet|"
        "gezählt|durchgezählt",
        "ERRAND": "auf der arbeit|für die arbeit|bei der arbeit|vor der op|vor der operation|vor der infusion|"
        "vor dem urlaub|für den urlaub|vor der studie|krankenhausaufenthalt|"
        "termin|arzttermin|reha|kur|klinikaufenthalt|umzug",
        "DISTRESS": "angst|allein|einsam|traurig|verzweifelt|überfordert|panik|verängstigt",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "lenken|steuern|reinrasen|knallen|gegen einen|gegen eine|gegen die|gegen den|vor den|"
        "vor einen|vor ein|vor die|von der|vom|"
        "runterspringen|hinunterspringen|springen von|von der brücke|vom dach",
        "TARGET": "baum|wand|mauer|brückenpfeiler|pfeiler|lkw|zug|gegenverkehr|brücke|dach|hochhaus|felsen|gleise|"
        "leitplanke",
        "CONTEMPLATE": "wollte|wünschte|denke|gedanken|denke darüber nach|denke daran|überlege|überlegt|"
        "stelle mir vor|male mir aus|"
        "mit dem gedanken|"
        "spiele mit dem gedanken|will|möchte|habe vor|plane",
        "METHOD": "wie ich|wie könnte ich|wie kann ich|wie man|wie soll ich|wie am besten|am besten|möglichkeit|"
        "methode",
        "PAINLESS": "am schnellsten|am wenigsten schmerzhaft|schmerzlos|ohne schmerzen|ohne dass es weh tut|"
        "ohne zu leiden",
        "END_SELF": "es beenden|mein leben beenden|alles beenden|allem ein ende|ein ende setzen|ein ende machen|"
        "sterben|mich umbringen|mich töten|nicht mehr aufwachen",
        "EMPTY": "ausgeleert|geleert|leergemacht|ausgekippt|ausgeschüttet",
        "UNKNOWN_AMOUNT": "wissen nicht wie viele|wissen nicht wieviele|nicht wie viele|nicht wieviele|"
        "weiß nicht wie viele|weiß nicht wieviele|weiss nicht wie viele|keine ahnung wie viele|"
        "keine ahnung wieviel|weiß nicht wie viel|unklar wie viele",
        "ALONG": "mitnehmen|mit in den urlaub|ins krankenhaus mit",
        "END_VERB": "beenden|beende",
        "JUMP": "springen|runterspringen|hinunterspringen|stürzen",
        "HEIGHT": "brücke|dach|hochhaus|balkon|fenster|klippe|turm",
        "TREATING": "gegen die schmerzen|gegen kopfschmerzen|gegen das fieber|gegen fieber|gegen seine kopfschmerzen|"
        "gegen ihre kopfschmerzen",
    }
)
