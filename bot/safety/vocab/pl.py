"""Polish words for the safety concepts. '*' ends a word prefix; Polish letters are optional in messages."""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "od do na w we z ze i a o u po za przez dla bez przy nad pod to ten ta te jest sa sie nie tak jak ale "
    "czy mi mnie moj moja moje juz co"
)

VOCAB = phrases(
    {
        "SELF": "jestem|ja|mnie|mój|moja|moje|mojej",
        "PERSON": "dziecko|dziecka|wnuczek|wnuczka|synek|maluch|ona|mama|mamy|matka|tata|taty|ojciec|mąż|żona|chłopak|"
        "dziewczyna|syn|córka|córeczka|"
        "dziecko|synek|niemowlę|brat|siostra|babcia|dziadek|przyjaciel|przyjaciółka|kolega|koleżanka|ktoś",
        "PAST": "w zeszłym roku|lata temu|miesiące temu|jako dziecko|kiedyś|w wiadomościach|artykuł|reportaż|"
        "dokument o",
        "QSTART": "czy|jak|co|dlaczego|ile|jaki|jakie|jaka|kiedy",
        "INGEST": "popiłam|popiłem|popiła|popił|wziął|wzięła|połknął|połknęła|łyknął|łyknęła|"
        "wzięłam|wziąłem|łyknęłam|łyknąłem|połknęłam|połknąłem|wypiłam|wypiłem|zjadłam|zjadłem|"
        "wstrzyknęłam|wstrzyknąłem|zażyłam|zażyłem",
        "SWALLOW": "ssało|ssał|ssała|brakuje|zjadł|zjadła|wziął kilka|wzięła kilka|połknęła|połknął|wypiła|wypił|"
        "połknął|połknęła|wypił|wypiła|zjadł|zjadła|w buzi|do buzi|napił się|napiła się",
        "EXCESS": "opakowania|opakowań|"
        "podwójną|podwójna|podwojoną|jeszcze więcej|opakowanie|listek|blister|"
        "za dużo|całe|cały|całą|podwójną|dużo więcej|więcej niż|naraz|na raz|garść|opakowanie|listek|"
        "pięć|sześć|dziesięć|dwadzieścia|trzydzieści|przedawkowanie",
        "ALL": "wszystkie|resztę|wszystko co",
        "NORMAL": "dziennie|na dzień|tygodniowo|na tydzień|jak przepisane|dziś rano|jak zwykle|codziennie|każdego dnia",
        "SCHEDULED": "dziennie|na dzień|tygodniowo|na tydzień|jak zawsze|jak zwykle|jak co dzień|jak co tydzień|"
        "jak przepisane|jak zalecił|ze śniadaniem|"
        "do śniadania|z posiłkiem|do obiadu|do kolacji|poranne|wieczorne|każdego ranka|każdego wieczoru|"
        "co tydzień|na tydzień|na dziś|lekarz kazał|lekarka kazała",
        "TOO_MANY": "za dużo|za wiele|więcej niż|garść|opakowanie|całe opakowanie|przedawkowanie|"
        "naraz|na raz|pod rząd|przez pomyłkę",
        "SUBSTANCE": "syrop|"
        "steryd*|prednizon|encorton|dawk*|"
        "tablet*|pigułk*|pastyl*|leki|leków|lek|lekarstw*|nasenn*|przeciwbólow*|paracetamol|ibuprofen|"
        "apap|insulin*|kapsuł*|antydepresant*|uspokajając*",
        "CHEMICAL": "płyn do zmywarki|zmywarki|kostka do zmywarki|płyn do prania|"
        "wybielacz|domestos|płyn do naczyń|płyn do mycia|środek czyszczący|udrażniacz|proszek do prania|"
        "kapsułki do prania|bateri*|trucizn*|chemi*|płyn do chłodnic|denaturat|"
        "wybielacz|domestos|kret|amoniak|odkamieniacz|płyn do mycia|środek czystości|płyn do płukania",
        "OVERDOSED": "przedawkowałam|przedawkowałem|przedawkował|przedawkowała",
        "OVERDOSE": "przedawkowa*",
        "UNRESPONSIVE": "nie mogę go dobudzić|nie mogę jej dobudzić|nie można dobudzić|dobudzić|"
        "nieprzytomn*|nie reaguje|nie mogę jej obudzić|nie mogę go obudzić|nie budzi się|"
        "nie da się obudzić|brak pulsu|nie rusza się",
        "COLLAPSE": "zemdlał*|zasłabł*|upadł*|stracił przytomność|straciła przytomność|osunął się|osunęła się",
        "NO_BREATH": "nie oddycha|nie mogę oddychać|nie może oddychać|przestał oddychać|przestała oddychać|"
        "duszę się|dusi się|brak tchu",
        "BREATH": "oddych*|oddech*|powietrz*|tchu",
        "DIFFICULT": "nie mogę|trudno|ciężko|nie może|brakuje",
        "BLUE": "sine|sinie|sinieją|siny|sina|niebiesk*|szare|fiolet*",
        "LIPS": "usta|wargi|palce|twarz|skóra|paznokcie",
        "SWELL": "puchn*|spuchn*|obrzęk*|zamyka się",
        "THROAT": "gardło|język|usta|wargi",
        "SEIZURE": "drgawk*|atak padaczki|padaczk*|konwulsj*",
        "FACE": "twarz|usta|uśmiech|kącik",
        "DROOP": "opad*|krzywa|krzywo|wykrzywion*|zwisa",
        "SLURRED": "bełkocze|bełkot*|niewyraźnie mówi|nie może mówić",
        "SPEECH": "mowa|mówi|mówić|słowa",
        "SPEECH_BAD": "dziwnie|niewyraźnie",
        "LIMB": "ręka|rękę|ramię|noga|nogę|dłoń|strona|stronie",
        "WEAK": "zdrętwiał*|drętwieje|słab*|bezwładn*|nie mogę podnieść|sparaliżowan*",
        "SUDDEN": "nagle|nagły|nagła|znienacka",
        "CHEST": "klatc*|klatka piersiowa|"
        "klatk*|piersi|mostkiem",
        "PAIN": "ból|boli|ucisk|gniecie|ściska|pieczenie",
        "RADIATE": "promieniuje|promieniujący|lewej ręki|zimne poty|poty|"
        "ramię|ręki|rękę|żuchw*|szczęk*|szyj*|plecy|promieniuje|schodzi|pot|poce|spocon*",
        "BLEED": "krwaw*|krew|krwotok",
        "NO_STOP": "nie przestaje|nie mogę zatamować|nie da się zatamować|leje się|bardzo mocno|nie ustaje",
        "VOMIT": "wymiot*|kaszl*",
        "BLOOD": "krwią|krew|krwi",
        "HEADACHE": "ból głowy|głowa|głowy|migren*",
        "WORST": "najgorsz*|najsilniejsz*|piorun*|nagły",
        "NAMED_EMERGENCY": "zawał|udar|wstrząs anafilaktyczny|anafilaksj*",
        "CALL_HELP": "wezwać karetkę|zadzwonić po karetkę|karetk*|pogotowie",
        "SUICIDE": "samobój*|zabić się|zabiję się|się zabić|odebrać sobie życie|skończyć ze sobą|chcę umrzeć|"
        "wolę umrzeć",
        "END_IT": "skończyć z tym|skończyć to wszystko|to zakończyć|"
        "to zrobię|zrobię to",
        "INTENT": "chcę|zamierzam|dziś w nocy",
        "NEG_WANT": "nie chcę już|nie chcę|nie mam ochoty",
        "LIVE": "żyć|budzić się|obudzić|istnieć",
        "POINT": "sensu|sens",
        "HOPELESS": "nie widzę przyszłości|nie mam przyszłości|bez przyszłości|"
        "nie widzę wyjścia|nie ma wyjścia|bez wyjścia|nie widzę sensu|bez nadziei|"
        "straciłam nadzieję|straciłem nadzieję|"
        "nie mam siły żyć|nie mam po co żyć|nie ma sensu żyć|"
        "nigdy się nie obudzić|mam dość życia|"
        "zmęczona życiem|zmęczony życiem|mam dość życia",
        "BURDEN": "problemem|tylko problemem|tylko kłopotem|zawadą|"
        "ciężar*|kulą u nogi",
        "BETTER": "łatwiej|szczęśliwsi|lżej|spokojniej|zacząć od nowa|nowe życie|ułożyć sobie życie|lepsze życie|"
        "lepsze|lepiej",
        "WITHOUT_ME": "gdyby mnie nie było|gdyby mnie zabrakło|beze mnie|bez mnie",
        "FAREWELL": "nie będzie mnie|niedługo mnie nie będzie|"
        "list pożegnalny|listy pożegnalne|"
        "moje pożegnanie|żegnajcie|żegnam się|"
        "kiedy mnie już nie będzie|jak mnie nie będzie",
        "FAREWELL_WEAK": "pożegnać się|"
        "miło było was poznać|żegnam|"
        "rozdaję swoje rzeczy|rozdałam|rozdałem|testament|nie będę potrzebować|dziękuję wszystkim|"
        "dziękuję za wszystko|przepraszam|kocham was|dbajcie o siebie|"
        "wszystko załatwione|wszystko załatwiłam|wszystko załatwiłem|uporządkowałam sprawy|uporządkowałem sprawy|"
        "listy napisane|napisałam listy|napisałem listy|napisałam list|napisałem list",
        "PLAN": "mam plan|zbieram tabletki|odkładam tabletki|uzbierałam|uzbierałem",
        "TAKE_INTENT": "wziąć|połknąć|łyknąć|"
        "połknę|wezmę|łyknę|zażyję|wypiję",
        "HOARD": ""
        "zbieram|uzbierał*|odkładam|odłożył*|chomikuj*|zachomikował*|"
        "odłożon*|odłożone|odkładałam|odkładałem",
        "MEANS": "lina|kupiłam linę|kupiłem linę|mam linę|mam już linę|linę na|sznur|most|dach|tory|pistolet",
        "PREPARE": "kupiłam|kupiłem|wiem który|wiem gdzie",
        "SELF_INJURY": "tnę się|się tnę|pocięłam się|pociąć się|okaleczam|samookalecz*|robię sobie krzywdę|"
        "zrobić sobie krzywdę|kaleczę się|przypalam się",
        "ON_PURPOSE": "specjalnie|celowo|umyślnie|świadomie|naumyślnie",
        "CUT": "pocięłam|pociąłem|tnę|ciąć|cięłam|ciąłem|pociąć",
        "AGAIN": "znowu|znów|ponownie|nawrót|wróciłam do|wróciłem do",
        "BETTER_OFF": "byłoby lepiej|byłoby im lepiej|lepiej beze mnie|lepiej by im było",
        "WITH": "z",
        "LAST": "ostatnia|ostatni|ostatnie",
        "MESSAGE": "wiadomość|post|wpis|słowa",
        "SIDE": "jedna strona|jednej strony|lewa strona|prawa strona|połowa",
        "DROP": "opadła|opadł|opada",
        "SLEEP": "zniknąć|"
        "zasnąć|spać",
        "NEVER_WAKE": "nie obudzić|się nie obudzić|nigdy się nie obudzić|już się nie obudzić|nie budzić się",
        "WISH": "chciałbym|chciałabym|chcę|oby|mam nadzieję",
        "FOREVER": "na zawsze|i się nie obudzić",
        "CANT_MORE": "nie mam już siły|nie dam rady dłużej|"
        "nie daję rady|nie daje rady|nie wytrzymam|nie wytrzymuję",
        "OBJECT_AFTER": "do|z|od|na|tej|tego|tych",
        "LIFE_ALL": "życie|życia|wszystkiego|żyć",
        "READY_ALL": "wszystko przygotowane|wszystko gotowe",
        "NOTE": "list|liścik",
        "READY": "gotowe|przygotowane|naszykowane|odliczone",
        "ERRAND": "wizyta|wizyty|przeprowadzka|wyjazd",
        "DISTRESS": "boję|strach|samotn*|smutn*|przerażon*|lęk|rozpacz*|płaczę|załaman*",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "skręcić w|zjechać w|skręcę w|wjechać|wjadę|wjechac|rzucić się|rzucę się|skoczyć|skoczę|wyskoczyć|"
        "wyskoczę",
        "TARGET": "moście|mostu|mostem|drzewo|mur|ścianę|pociąg|pod pociąg|most|z mostu|tory|ciężarówkę|balkon|okno|"
        "dachu|wiadukt",
        "CONTEMPLATE": "chciałam|chciałem|chciałabym|chciałbym|myślę o|myślę żeby|myślę|zastanawiam się|chcę|"
        "mam ochotę|wyobrażam sobie",
        "METHOD": "jak mogę|jak mam|jak by|sposób na|sposób żeby|najlepszy sposób",
        "PAINLESS": "najmniej bolesny|najmniej bolesna|najszybszy|żeby nie bolało|bez bólu|bezboleśnie",
        "END_SELF": "to skończyć|skończyć z tym|skończyć ze sobą|zabić się|umrzeć|odebrać sobie życie",
        "EMPTY": "opróżniłam|opróżniłem|wysypałam|wysypałem",
        "UNKNOWN_AMOUNT": "nie wiem ile|nie wiemy ile|nie wiadomo ile",
        "ALONG": "ze sobą|w podróż|do walizki",
        "END_VERB": "skończyć|zakończyć",
        "JUMP": "skoczyć|skoczę|wyskoczyć|rzucić się",
        "HEIGHT": "most|moście|mostu|dach|dachu|balkon|okno|okna|wieżowca",
        "TREATING": "na ból|na gorączkę|na ból głowy",
    }
)
