"""Round-7 concepts, every language's words side by side (merged like `moments.CONCEPTS`): a means told as an object
and a body part or a fixing point (a cord around the neck, a rope and a beam), a place of a method told as an edge or
a look at the rails, a blade with the skin or a relapse, "nobody would miss me" told in parts, foam at the mouth, a
rate of medicines per day (a daily count, not an excess), a risk asked about, a symptom that has resolved, youth
long ago, a condition ("if ... I'm ending it").

'*' ends a word prefix. Each tag's use is in `bot.safety.rules_means` (MEANS_RULES, CROSS_SENTENCE) or
`bot.safety.grammar` (DERIVED).
"""

from __future__ import annotations

# fmt: off
CONCEPTS: dict[str, dict[str, str]] = {
    # --- hanging: a ligature with the neck, or with a point to fix it to ---------------------------------------------
    "LIGATURE": {
        "en": "rope|cord|noose|belt|cable|dressing gown cord|flex|ligature|washing line|tow rope",
        "de": "seil|strick|gürtel|kabel|schlinge|wäscheleine|schnur",
        "es": "cuerda|soga|cinturón|cable|lazo|cordón",
        "fr": "corde|ceinture|câble|noeud coulant|cordon|fil électrique",
        "it": "corda|cintura|cavo|cappio|laccio|fune",
        "pt": "corda|cinto|cabo|laço|forca|fio",
        "nl": "touw|riem|kabel|strop|snoer|koord",
        "pl": "sznur|sznurek|pasek|kabel|pętla|pętlę",
        "tr": "ip|ipi|ipe|urgan|kemer|kemeri|kablo|ilmek",
    },
    "NECK": {
        "en": "my neck|around my neck|round my neck|his neck|her neck|neck",
        "de": "hals|meinen hals|um den hals|um meinen hals",
        "es": "cuello|mi cuello|al cuello",
        "fr": "cou|mon cou|autour du cou",
        "it": "collo|al collo|il mio collo",
        "pt": "pescoço|meu pescoço|no pescoço",
        "nl": "nek|hals|mijn nek|om mijn nek",
        "pl": "szyja|szyję|szyi|na szyi",
        "tr": "boyn*",
    },
    "ANCHOR": {
        "en": "beam|rafter|rafters|hook|banister|bannister|loft hatch|ceiling|door frame|will hold|hold my weight|"
              "where to tie|tie it|tie the|attach it",
        "de": "balken|haken|dachbalken|treppengeländer|decke|türrahmen|festmache|festmachen|befestige|befestigen|"
              "aufhänge|aufhängen|hält mich",
        "es": "viga|gancho|barandilla|techo|marco de la puerta|atarla|atarlo|atar|colgarla|colgarme|aguanta",
        "fr": "poutre|crochet|rampe|plafond|l attacher|attacher|accrocher|tiendra",
        "it": "trave|gancio|ringhiera|soffitto|legarla|legare|appenderla|appendermi|regge",
        "pt": "viga|gancho|corrimão|teto|amarrar|amarrá la|pendurar|aguenta",
        "nl": "balk|haak|trapleuning|plafond|vastmaken|vastknopen|ophangen|houdt me",
        "pl": "belka|belkę|hak|poręcz|sufit|przywiążę|przywiązać|zaczepić|powiesić|utrzyma",
        "tr": "kiriş*|kanca*|tavan*|bağlayacağım*|bağlarım|bağlamak|asmak|asacağım*",
    },
    # Born with the cord around the neck is a birth, the spinal cord in the neck a nerve: neither is a means.
    "NOT_LIGATURE": {
        "en": "born|birth|delivery|newborn|umbilical|spinal|spine|myelitis|nerve|seat belt|seatbelt|lanyard",
        "de": "geboren|geburt|nabelschnur",
        "es": "nació|parto|cordón umbilical",
        "fr": "né|née|naissance|accouchement|cordon ombilical", "it": "nato|nata|nascita|parto|cordone ombelicale",
        "pt": "nasceu|parto|nascimento|cordão umbilical", "nl": "geboren|geboorte|bevalling|navelstreng",
        "pl": "urodził|urodziła|poród|porodzie|pępowin*", "tr": "doğdu|doğum*|göbek bağı",
    },
    # --- a place of a method: an edge, the rails looked at -----------------------------------------------------------
    "EDGE": {
        "en": "edge|very edge|right at the edge", "de": "kante|rand|ganz vorne|am rand",
        "es": "borde|al borde|en el borde", "fr": "au bord|bord|tout au bord", "it": "bordo|sul bordo|sull orlo",
        "pt": "beirada|na beira|beira|borda", "nl": "rand|bij de rand|aan de rand|op de rand",
        "pl": "krawędzi|krawędź|skraju", "tr": "kenar*|ucunda",
    },
    "PLATFORM": {
        "en": "platform|station", "de": "bahnsteig|gleis", "es": "andén|anden|estación", "fr": "quai|gare",
        "it": "banchina|stazione", "pt": "plataforma|estação|metrô|metro", "nl": "perron|station",
        "pl": "peron*|stacj*", "tr": "peron*|istasyon*",
    },
    "RAIL_WORD": {
        "en": "tracks|rails|railway line|train line", "de": "gleise|schienen|gleisen", "es": "vías|vias|rieles",
        "fr": "rails|voies|voie ferrée", "it": "binari|rotaie", "pt": "trilhos|linha do trem",
        "nl": "spoor|rails|sporen", "pl": "tory|torach|torów", "tr": "ray*",
    },
    "LOOK": {
        "en": "looking at|staring at|watching|looking down at", "de": "schaue auf|starre auf|schaue die|starre die",
        "es": "mirando|mirando las|miro las", "fr": "regarde les|je regarde|regardant", "it": "guardo i|guardando i",
        "pt": "olhando|olhando os|olho os", "nl": "kijk naar|staar naar|kijkend naar", "pl": "patrzę na|patrze na",
        "tr": "bakıyorum|bakarak",
    },
    "TRAIN_COMING": {
        "en": "train is coming|train coming|next train|train comes", "de": "zug kommt|nächsten zug|nächste zug",
        "es": "el tren viene|próximo tren|proximo tren|tren pasa", "fr": "le train arrive|prochain train",
        "it": "il treno arriva|prossimo treno|aspetto il treno", "pt": "o trem tá vindo|o trem está vindo|próximo trem",
        "nl": "trein komt|volgende trein|wacht op de trein", "pl": "pociąg jedzie|następny pociąg|czekam na pociąg",
        "tr": "tren geliyor|tren birazdan|treni bekliyorum",
    },
    # --- self-injury: a blade with the skin, again, or a clean streak broken ----------------------------------------
    "BLADE": {
        "en": "blade|blades|razor|razor blade|sharpener blade|pencil sharpener|box cutter|stanley knife",
        "de": "klinge|rasierklinge|klingen|cutter|teppichmesser|anspitzer",
        "es": "cuchilla|cuchillas|gillette|hoja de afeitar|cúter|sacapuntas",
        "fr": "lame|lames|lame de rasoir|cutter|taille crayon",
        "it": "lametta|lamette|lama|taglierino|temperamatite|temperino",
        "pt": "gilete|lâmina|lâminas|estilete|apontador",
        "nl": "mesje|mesjes|scheermesje|scheermes|stanleymes|puntenslijper",
        "pl": "żyletk*|ostrze|nożyk|temperówk*",
        "tr": "jilet*|maket bıçağı|kalemtıraş*",
    },
    "SKIN_PART": {
        "en": "arms|arm|wrists|wrist|thighs|thigh|stomach|skin", "de": "arme|arm|handgelenk*|oberschenkel|haut",
        "es": "brazos|brazo|muñecas|muñeca|muslos|piel", "fr": "bras|poignets|poignet|cuisses|peau",
        "it": "braccia|braccio|polsi|polso|cosce|pelle", "pt": "braços|braço|pulsos|pulso|coxas|pele",
        "nl": "armen|arm|polsen|pols|bovenbenen|huid", "pl": "ręce|rękę|nadgarstk*|uda|udo|skórę",
        "tr": "kolumu|kollarımı|bileğimi|bileklerimi|bacağımı|derimi",
    },
    "CLEAN": {
        "en": "weeks clean|months clean|days clean|clean streak", "de": "wochen clean|monate clean|clean gewesen",
        "es": "limpia|limpio", "fr": "clean depuis|sans me", "it": "pulita|pulito", "pt": "limpa|limpo",
        "nl": "clean", "pl": "czysta|czysty", "tr": "temizdim",
    },
    "SHAVE": {
        "en": "shaving|shave|shaved|legs smooth", "de": "rasieren|rasiere|rasur", "es": "afeitar|depilar|depilarme",
        "fr": "raser|rasage|épiler", "it": "radere|depilare|rasatura", "pt": "depilar|barbear|raspar",
        "nl": "scheren|ontharen", "pl": "golić|golenie|depilacj*", "tr": "tıraş*|ağda",
    },
    "CUT": {
        "nl": "krassen|gekrast|kras|aan het krassen|snij mezelf", "pt": "me cortei de novo|me cortar de novo",
        "tr": "kendimi kesiyorum|kendimi kestim|kesmeye devam",
    },
    # Self-injury named as something one has done (scars from it, having stopped it), and then a relapse told
    # ("my scars from cutting were fading but last night I did it again"): read by the cross-sentence pair
    # injury_relapse in `bot.safety.rules_means`.
    "INJURY_PAST": {
        "en": "scars from cutting|cutting scars|self harm scars|self-harm scars|scars from self harm|"
              "stopped cutting myself|quit cutting myself|used to cut myself|relapsed with cutting|"
              "relapse with cutting|clean from cutting|clean from self harm",
        "de": "narben vom ritzen|ritznarben|mit dem ritzen|aufgehört zu ritzen|aufgehört mich zu ritzen|das ritzen",
        "es": "cicatrices de cortarme|cicatrices de los cortes|dejé de cortarme|había dejado de cortarme",
        "fr": "cicatrices de scarification|mes scarifications|arrêté de me scarifier|arrêté de me couper",
        "it": "cicatrici dei tagli|smesso di tagliarmi|avevo smesso di tagliarmi",
        "pt": "cicatrizes dos cortes|cicatrizes de me cortar|parei de me cortar|tinha parado de me cortar",
        "nl": "littekens van het krassen|gestopt met krassen|het krassen",
        "pl": "blizny po cięciu|przestałam się ciąć|przestałem się ciąć|cięcie się",
        "tr": "kesik izlerim|kendimi kesmeyi bırakmıştım",
    },
    "RELAPSE_ACT": {
        "en": "did it again|done it again|doing it again|relapsed|slipped up|started again|happened again|"
              "again last night|back at it",
        "de": "wieder getan|wieder gemacht|rückfall|schon wieder gemacht|wieder angefangen",
        "es": "lo volví a hacer|lo he vuelto a hacer|recaí|he recaído|volví a empezar",
        "fr": "recommencé|rechuté|refait|j ai replongé",
        "it": "l ho rifatto|ricaduta|ricaduto|ricominciato",
        "pt": "fiz de novo|recaí|tive uma recaída|voltei a fazer",
        "nl": "weer gedaan|opnieuw gedaan|terugval|weer begonnen",
        "pl": "znowu to zrobiłam|znowu to zrobiłem|nawrót|zaczęłam znowu|zacząłem znowu",
        "tr": "yine yaptım|tekrar yaptım|yeniden başladım|nüksetti",
    },
    # A relapse denied ("never relapsed since"): cancels injury_relapse in its sentence.
    "NO_RELAPSE": {
        "en": "never relapsed|not relapsed|haven't relapsed|havent relapsed|no relapse|no relapses|didn't relapse|"
              "didnt relapse|without relapsing|never did it again|never done it again",
        "de": "nie rückfällig|keinen rückfall|kein rückfall|nie wieder getan|nie wieder gemacht",
        "es": "nunca recaí|no he recaído|no recaí|sin recaer|sin recaídas|nunca lo volví a hacer",
        "fr": "jamais rechuté|pas rechuté|sans rechuter|jamais recommencé|pas recommencé",
        "it": "mai ricaduta|senza ricadute|non l ho più rifatto|mai ricominciato",
        "pt": "nunca recaí|sem recaídas|não recaí|nunca mais fiz",
        "nl": "nooit teruggevallen|geen terugval|nooit meer gedaan",
        "pl": "bez nawrotu|nie było nawrotu|nigdy więcej",
        "tr": "hiç nüksetmedi|bir daha yapmadım",
    },
    # Missing an event is not missing a person ("nobody would miss me at the support group if I skip a week").
    "EVENT_SKIP": {
        "en": "skip|skipped|meeting|meetup|support group|webinar|session|party|zoom call",
        "de": "treffen|sitzung|gruppentreffen|party|webinar|auslasse|schwänze",
        "es": "reunión|sesión|fiesta|grupo de apoyo|falto",
        "fr": "réunion|séance|fête|groupe de parole|je saute", "it": "riunione|incontro|festa|gruppo di supporto|salto",
        "pt": "reunião|encontro|festa|grupo de apoio|faltar",
        "nl": "bijeenkomst|vergadering|feestje|lotgenotengroep|oversla",
        "pl": "spotkanie|spotkaniu|imprez*|grupie wsparcia|opuszczę", "tr": "toplantı*|buluşma*|parti*|destek grubu*",
    },
    # Gone, told as a condition about oneself ("if i vanished", "mon absence", "yokluğumu"): with nobody noticing or
    # caring, a "nobody would miss me" (grammar.DERIVED).
    "ABSENCE_ME": {
        "en": "if i vanished|if i disappeared|if i was gone|if i were gone|if i died|if i wasnt here|"
              "if i wasnt around|that id gone",
        "de": "wenn ich weg wäre|wenn ich nicht mehr da wäre|wenn ich sterbe|wenn ich tot wäre|dass ich weg bin",
        "es": "si me fuera|si desapareciera|si me muriera|si me muero|que ya no estoy",
        "fr": "mon absence|si je partais|si je disparaissais|si je mourais|que je ne suis plus là",
        "it": "se sparissi|se morissi|se non ci fossi|che non ci sono più",
        "pt": "se eu sumisse|se eu morresse|se eu sumir|que eu sumi|minha ausência",
        "nl": "als ik er niet meer was|als ik weg was|als ik dood was|dat ik er niet meer ben",
        "pl": "gdybym zniknęła|gdybym zniknął|gdyby mnie nie było|że mnie nie ma|gdybym umarła|gdybym umarł",
        "tr": "yokluğumu|olmasam|ölsem|gitsem",
    },
    # --- nobody would miss me, told in parts ("ninguém ia sentir minha falta") ---------------------------------------
    "NOBODY": {
        "en": "nobody|no one", "de": "keiner|niemand|keine sau", "es": "nadie", "fr": "personne",
        "it": "nessuno", "pt": "ninguém|ninguem", "nl": "niemand|geen mens", "pl": "nikt", "tr": "kimse|hiç kimse",
    },
    "MISS_ME": {
        "en": "miss me|notice if i|notice im gone|care if i",
        "de": "mich vermissen|mich vermissen würde|würde mich vermissen",
        "es": "me echaría de menos|me echaria de menos|echaría de menos|me extrañaría|me extrañaria|lo notaría",
        "fr": "me regretterait|remarquerait|me manquerait|verrait que je", "it": "mancherei|sentirebbe la mia mancanza",
        "pt": "sentir minha falta|sentiria minha falta|sentir a minha falta|sentiria falta de mim|notaria",
        "nl": "me missen|mij missen|zou me missen|merken als ik", "pl": "tęsknił|tęskniłby|tęskniła|zauważyłby",
        "tr": "özlemez|fark etmezler|fark etmez bile|aramaz",
    },
    # --- a rate per day: "20 pastillas al día" is a daily count, not an excess ----------------------------------------
    "PER_DAY": {
        "en": "a day|per day|each day|every day|daily", "de": "am tag|pro tag|täglich|jeden tag",
        "es": "al día|por día|cada día|diarias|diarios", "fr": "par jour|chaque jour|quotidien*",
        "it": "al giorno|ogni giorno|quotidian*", "pt": "por dia|ao dia|todo dia|todos os dias|diári*",
        "nl": "per dag|elke dag|dagelijks", "pl": "dziennie|na dzień|codziennie", "tr": "günde|her gün|günlük",
    },
    # --- a risk asked about: "does CAR-T raise the risk of stroke" names an emergency, none is happening -------------
    "RISK": {
        "en": "risk|risks|chance of|odds of", "de": "risiko|risiken|gefahr", "es": "riesgo|riesgos",
        "fr": "risque|risques", "it": "rischio|rischi", "pt": "risco|riscos", "nl": "risico|kans op",
        "pl": "ryzyko|ryzyka", "tr": "risk*",
    },
    # --- a symptom that has resolved ("has totally gone", "se recuperou bem"): quiet even beside "now" ------------
    "RESOLVED": {
        "en": "has totally gone|has gone away|went away|wore off|has worn off|cleared up|fully recovered|"
              "recovered well|back to normal|all resolved",
        "de": "ging weg|wieder gut|hat sich erholt|wieder ganz gesund", "es": "se recuperó|se le pasó|ya pasó",
        "fr": "s est rétabli|s est rétablie|est passé|tout est rentré dans l ordre", "it": "si è ripreso|si è ripresa",
        "pt": "se recuperou|já passou|passou tudo", "nl": "is hersteld|ging over", "pl": "wyzdrowiał*",
        "tr": "iyileşti|geçti gitti|şimdi iyi",
    },
    # --- youth, long ago ("as a teenager", "als puber"): self-injury then is history, not a crisis now --------------
    "LONG_AGO": {
        "en": "as a teenager|as a teen|in my teens|when i was younger|when i was a teenager|in school",
        "de": "als teenager|als jugendliche|als jugendlicher|in meiner jugend|in der schulzeit",
        "es": "de adolescente|en mi adolescencia|cuando era joven|cuando era adolescente",
        "fr": "ado|adolescente|à l adolescence|quand j étais jeune", "it": "da ragazza|da ragazzo|da adolescente",
        "pt": "na adolescência|quando era adolescente|quando era nova|quando era novo",
        "nl": "als puber|als tiener|vroeger|in mijn tienerjaren", "pl": "jako nastolatka|jako nastolatek|w liceum",
        "tr": "gençken|ergenken|lisedeyken",
    },
    # Killing oneself said in the first person in every word order and tense ("wenn das nix wird, bring ich mich um",
    # "me quito la vida", "to się zabiję"), beside the infinitives each language's module lists.
    "SUICIDE": {
        "de": "bring ich mich um|bringe ich mich um|bring mich um|bringe mich um|ich bring mich um|töte ich mich|"
              "ich töte mich",
        "es": "me quito la vida|me quitaré la vida|me voy a quitar la vida|me mataré|me suicido|me voy a suicidar",
        "fr": "je me tue|je me tuerai|je me suicide|je vais me suicider", "it": "mi ammazzo|mi uccido|mi tolgo la vita|"
              "mi ammazzerò|mi ucciderò", "pt": "eu me mato|me matarei|tiro minha vida|tiro a minha vida|me suicido",
        "nl": "maak ik mezelf van kant|breng ik mezelf om|ik maak mezelf van kant",
        "pl": "się zabiję|sie zabije|zabije sie|się zabije|zabiję siebie|odbiorę sobie życie",
    },
    # Not meaning to be here by a date ("I don't intend to be here by Easter"), beside "won't be here by".
    "FAREWELL": {
        "en": "dont intend to be here by|do not intend to be here by|not planning to be here by|"
              "dont plan to be here by|dont intend to be around by|wont be alive by",
    },
    # Dying of work or study is a figure of speech ("me mato a estudiar").
    "DIE_FIGURE": {"es": "a estudiar|a trabajar|a entrenar|estudiando|trabajando", "pt": "de trabalhar|de estudar"},
    # An end said as one's own act now, without an object ("im ending it", "mach ich Schluss"): with a condition, a
    # threat (not "if the trial says yes i'll do it").
    "END_IT_NOW": {
        "en": "im ending it|ill end it|i will end it|ending it all|end it all|im ending things|ill end things|"
              "im done for good|ill end my life|ending my life|and be done with it|and be done",
        "de": "mach ich schluss|mache ich schluss|mach ich dem ein ende|setze ich dem ein ende|ist schluss mit mir",
        "es": "acabo con todo|termino con todo|me quito de en medio|acabo con mi vida|lo termino todo",
        "fr": "j en finis|j en finirai|je mets fin à tout|je mets fin à mes jours|j arrête tout pour de bon",
        "it": "la faccio finita|farla finita|chiudo con la vita|mi tolgo di mezzo",
        "pt": "acabo com tudo|vou acabar com tudo|dou um fim em tudo|acabo com a minha vida",
        "nl": "maak ik er een einde aan|maak ik er een eind aan|stop ik ermee voorgoed|einde aan mijn leven",
        "pl": "skończę z tym|kończę z tym|skończę ze sobą|koniec ze mną",
        "tr": "her şeyi bitiririm|kendimi bitiririm|bitireceğim",
    },
    # --- a condition: "if it's another no I'm ending it"
    "IF": {
        "en": "if|unless|otherwise", "de": "wenn|falls|sonst", "es": "si|sino|si no", "fr": "si|sinon",
        "it": "se|sennò|altrimenti",
        "pt": "se|senão",
        "nl": "als|anders|indien",
        "pl": "jeśli|jeżeli|gdyby|jak mnie nie",
        "tr": "*rsa|*rse|yoksa|eğer",
    },
    # --- the body: foam at the mouth, a face or mouth that has dropped, a fall or faint then silence ---------------
    "FOAM": {
        "en": "foam|foaming|frothing|froth", "de": "schaum|schäumt", "es": "espuma|echando espuma",
        "fr": "mousse|écume|bave", "it": "schiuma|bava", "pt": "espuma|babando espuma", "nl": "schuim|schuimt",
        "pl": "pian*", "tr": "köpük*",
    },
    "MOUTH": {
        "en": "mouth|lips", "de": "mund|lippen|vorm mund", "es": "boca|labios", "fr": "bouche|lèvres|levres",
        "it": "bocca|labbra", "pt": "boca|lábios", "nl": "mond|lippen", "pl": "ust*|ustach", "tr": "ağz*|dudak*",
    },
    "FACE": {"tr": "yüzü*|ağzı*|dudağı*", "pl": "kącik ust"},
    "CHEST": {"tr": "göğs*|göğüs*"},
    "DROOP": {"it": "scesa|sceso|calata|calato", "pt": "caída|caiu de um lado", "nl": "scheef|hangt scheef"},
    "SIDE": {"it": "una parte|da una parte|un lato", "pt": "um lado|de um lado", "tr": "bir tarafı|yana"},
    "LIMB": {"tr": "kolu*|kolum*|kollar*|bacağı*", "it": "la mano|il braccio"},
    "WEAK": {"it": "non muove|non muove più|non riesce a muovere", "tr": "kaldıramıyor*|kıpırdatamıyor*|oynatamıyor*"},
    "FALL": {
        "en": "fainted|passed out|blacked out",
        "de": "ohnmächtig geworden|zusammengebrochen",
        "es": "se desmayó|desmayada",
        "fr": "s est évanoui|s est évanouie", "it": "svenuto|svenuta", "pt": "desmaiou", "nl": "viel flauw|valt flauw",
        "pl": "zemdlał|zemdlała|leży na podłodze", "tr": "bayıldı|bayılmış",
    },
    "NOT_RESPONDING": {
        "en": "not moving|isnt moving|wont move|cant rouse|cant wake", "de": "bewegt sich nicht|rührt sich nicht",
        "es": "no se mueve", "fr": "ne bouge plus|ne bouge pas", "it": "non si muove", "pt": "não se mexe|não se move",
        "nl": "geeft geen antwoord|beweegt niet|beweegt niet meer", "pl": "się nie rusza|nie rusza się",
        "tr": "kıpırdamıyor|hareket etmiyor",
    },
    "INGEST": {"en": "ended up taking|ended up swallowing|ended up having"},
    # Asking what something may cause ("¿el CAR-T puede causar convulsiones?", "CAR-T nöbet yapar mı?"): a general
    # question even without a question word first; quiet unless it names someone in particular (rules._quiet).
    "MAY_CAUSE": {
        "en": "can cause|could cause|may cause|might cause|can it cause|can give you|can trigger",
        "de": "auslösen kann|verursachen kann|auslösen können|verursachen können",
        "es": "puede causar|puede dar|puede provocar|pueden causar|pueden dar|puede producir|puede generar",
        "fr": "peut donner|peut provoquer|peut causer|peuvent donner|peut entraîner",
        "it": "può causare|può dare|può provocare|possono causare|possono dare",
        "pt": "pode causar|pode dar|pode provocar|podem causar|podem dar",
        "nl": "kan veroorzaken|kan geven|kunnen veroorzaken", "pl": "może powodować|może wywołać|mogą powodować",
        "tr": "yapar mı|yapar mi|neden olur mu|yol açar mı|yapabilir mi",
    },
    # Going down a route is a choice, not a collapse ("if I went down the CAR-T route").
    "A_ROUTE": {"en": "route|pathway"},
    # A first dose is a milestone, not a poisoning ("minha filha engoliu o primeiro comprimido hoje").
    "TREATING": {
        "de": "erste tablette|ersten tablette|erste dosis", "es": "primera pastilla|primer comprimido|primera dosis",
        "fr": "premier comprimé|premier cachet|première dose", "it": "prima pastiglia|prima compressa|prima dose",
        "pt": "primeiro comprimido|primeira pílula|primeira dose", "nl": "eerste pil|eerste tablet|eerste dosis",
        "pl": "pierwszą tabletkę|pierwsza tabletka|pierwszą dawkę", "tr": "ilk hapını|ilk hapı|ilk doz*",
    },
}
# fmt: on
