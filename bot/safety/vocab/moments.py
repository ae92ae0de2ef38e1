"""Round-5 concepts written once, every language's words side by side: when something happened, everyday images of
hopelessness, the place of a method, alcohol taken with a medicine, asking how to end it.

A shared concept lexicon: each concept (tag) lists its phrases per language in one table, so a concept added for
one language is seen, and filled, for all nine. `bot.safety.vocab.vocabularies` merges these phrases into each
language's vocabulary (beside the words its own module lists). '*' ends a word prefix; '*x' is a word ending.
"""

from __future__ import annotations

from bot.safety.vocab import phrases

# fmt: off
CONCEPTS: dict[str, dict[str, str]] = {
    # --- when: a completed event long ago, a death told, or happening right now -----------------------------------
    # "vor zehn Jahren", "il y a dix ans", "tien jaar geleden": an ago word beside a unit of years or months makes the
    # sentence past (grammar.DERIVED); days and hours do not ("collapsed two hours ago" is still an emergency).
    "AGO_BEFORE": {"de": "vor", "es": "hace", "fr": "il y a", "pl": "przed", "pt": "há"},
    "AGO_AFTER": {
        "en": "ago", "it": "fa", "pt": "atrás|atras", "nl": "geleden", "pl": "temu", "tr": "önce|evvel",
    },
    "TIME_UNIT": {
        "en": "years|months|decades", "de": "jahren|jahr|monaten|jahrzehnten", "es": "años|meses|año",
        "fr": "ans|mois|années", "it": "anni|mesi|anno", "pt": "anos|meses|ano", "nl": "jaar|jaren|maanden",
        "pl": "lat|lata|laty|miesięcy|miesiące|rok|laty", "tr": "yıl|sene|ay|yil",
    },
    # A death told is a completed event, not an emergency now ("an einem Schlaganfall gestorben").
    "PAST": {
        "de": "gestorben|verstorben|starb|letztes jahr|letzten jahr|vorletztes jahr",
        "es": "murió|falleció|fallecido|fallecida|el año pasado|hace mucho",
        "fr": "décédé|décédée|est mort d|est morte d|mort d un|morte d un|est décédé|l an dernier|il y a longtemps",
        "it": "è morto|è morta|morto di|morta di|deceduto|deceduta|morì|l anno scorso|tanto tempo fa",
        "pt": "morreu|faleceu|falecido|falecida|no ano passado|há muito tempo",
        "nl": "overleden|stierf|gestorven|vorig jaar|lang geleden",
        "pl": "zmarł|zmarła|umarł|umarła|zmarli|w zeszłym roku|w ubiegłym roku|dawno temu",
        "tr": "öldü|vefat etti|hayatını kaybetti|geçen sene|yıllar önce",
    },
    # Happening now: a past word in the same sentence does not make an emergency told with these quiet
    # ("mein Vater ist gerade umgefallen", "ma mère vient de s'effondrer").
    "RIGHT_NOW": {
        "en": "right now|just now|rn|at the moment|minutes ago|a minute ago|this minute|this morning|tonight|"
              "now he|now she|now his|now her",
        "de": "gerade|soeben|jetzt gerade|in diesem moment|vor ein paar minuten|vor einer minute|heute",
        "es": "acaba de|acabo de|ahora mismo|en este momento|hace un momento|hace unos minutos|hoy",
        "fr": "vient de|viens de|à l instant|en ce moment|il y a quelques minutes|aujourd hui",
        "it": "appena|in questo momento|proprio ora|pochi minuti fa|oggi|adesso",
        "pt": "acabou de|acabei de|agora mesmo|neste momento|há pouco|hoje",
        "nl": "net|zojuist|op dit moment|nu net|vandaag",
        "pl": "właśnie|przed chwilą|w tej chwili|dzisiaj|dziś",
        "tr": "az önce|şu an|şimdi|demin|bugün",
    },
    # --- hopelessness in everyday images --------------------------------------------------------------------------
    # Weary of the days themselves: "tired of waking up every morning", "cansada de despertarme cada mañana".
    "TIRED_OF": {
        "de": "müde|leid|satt|keine kraft mehr", "es": "cansada de|cansado de|harta de|harto de",
        "fr": "fatigué de|fatiguée de|marre de|las de|lasse de|épuisée de|épuisé de",
        "it": "stanca di|stanco di|stufa di|stufo di", "pt": "cansada de|cansado de|farta de|farto de",
        "nl": "moe|zat|beu", "pl": "zmęczona|zmęczony|mam dość|dosyć", "tr": "yoruldum|bıktım|yorgunum|usandım",
        "en": "cant face|cannot face|dread",
    },
    "WAKE_DAY": {
        "en": "waking up|wake up|to wake up|each new day|every new day|another day|another morning|opening my eyes",
        "de": "aufwachen|aufstehen|jeden neuen tag|noch einen tag",
        "es": "despertarme|despertar|levantarme|amanecer|cada nuevo día",
        "fr": "me réveiller|réveiller|me lever|chaque nouveau jour|un jour de plus",
        "it": "svegliarmi|svegliarsi|alzarmi|ogni nuovo giorno|un altro giorno",
        "pt": "acordar|levantar|mais um dia|cada novo dia",
        "nl": "wakker te worden|wakker worden|op te staan|opstaan|weer een dag",
        "pl": "budzeniem się|budzenia się|budzić się|budzenie się|kolejnego dnia",
        "tr": "uyanmaktan|uyanmak|yeni bir gün|her yeni gün",
    },
    # A time or errand makes waking a chore, not despair ("tired of waking up at 6am for the hospital shuttle").
    "WAKE_ERRAND": {
        "en": "early|alarm|for the|for work|for my|to go to|to get to|shift|at night|in the night|during the night|"
              "hospital|clinic|appointment*|stiff|stiffness|sore|achy|swollen|joint*|headache*|o clock|oclock|"
              "1am|2am|3am|4am|5am|6am|7am|8am|at 1|at 2|at 3|at 4|"
              "at 5|at 6|at 7|at 8",
        "de": "früh|uhr|für die|für den|zur arbeit|ins krankenhaus|krankenhaus|termin|termine|nachts|arbeit|steif|"
              "gelenk*|kopfschmerz*",
        "es": "temprano|a las|para ir|hospital|trabajo|cita|por la noche|de noche|madrugada|rígida|rígido|"
              "entumecida|articulaciones",
        "fr": "tôt|heures|pour aller|pour l|hôpital|travail|rendez vous|la nuit|raide|raides|articulations|"
              "courbatur*",
        "it": "presto|alle|per andare|ospedale|lavoro|di notte|rigida|rigido|articolazioni",
        "pt": "cedo|às|para ir|hospital|trabalho|de noite|à noite|rígida|rígido|articulações",
        "nl": "vroeg|uur|voor het|voor de|ziekenhuis|werk|s nachts|snachts|stijf|stijve|gewrichten",
        "pl": "wcześnie|o piątej|o szóstej|do szpitala|do pracy|szpital*|w nocy|sztywna|sztywny|stawy|stawów",
        "tr": "erken|hastane*|işe|için|gece|eklem*|tutuk",
    },
    # Regret at being alive again: "disappointed that i woke up at all", "gutted i'm still here".
    "REGRET": {
        "en": "disappointed|gutted|sorry|sad|upset|annoyed|wish i hadnt|regret",
        "de": "enttäuscht|traurig|bereue", "es": "decepcionada|decepcionado|triste|me arrepiento",
        "fr": "déçue|déçu|triste|regrette", "it": "delusa|deluso|triste|mi pento",
        "pt": "decepcionada|decepcionado|triste", "nl": "teleurgesteld|verdrietig", "pl": "rozczarowana|smutna",
        "tr": "hayal kırıklığı|üzülüyorum",
    },
    "ALIVE_AGAIN": {
        "en": "i woke up|that i woke|to wake up again|woke up at all|still alive|still here|im still here|"
              "i wake up and|wake up and",
        "de": "wieder aufgewacht|noch am leben|noch da|doch aufgewacht|noch hier",
        "es": "desperté otra vez|sigo viva|sigo vivo|sigo aquí", "fr": "réveillée|réveillé|encore en vie|"
              "encore là|d être encore|d être là",
        "it": "svegliata|svegliato|ancora viva|ancora vivo", "pt": "acordei|ainda viva|ainda vivo",
        "nl": "wakker ben geworden|nog leef|nog hier", "pl": "obudziłam|wciąż żyję|nadal żyję",
        "tr": "uyandığım|hala hayattayım|hâlâ hayattayım",
    },
    # Wanting it, not a named thing, to stop: "i want it to stop for good", "quiero que pare para siempre".
    "STOP_IT": {
        "en": "it to stop|it all to stop|everything to stop|it to end|it all to end|everything to end|want out|"
              "to be gone|be gone|"
              "to switch off|it to be over|it all to be over|everything to switch off",
        "de": "dass es aufhört|dass alles aufhört|dass es vorbei ist|dass alles vorbei ist|es soll aufhören|"
              "alles soll aufhören",
        "es": "que pare|que todo pare|que se acabe|que todo se acabe|que termine|que todo termine|que todo acabara|"
              "que se acabara|que todo terminara",
        "fr": "que ça s arrête|que tout s arrête|que ça se termine|que tout se termine|que ça finisse|"
              "que tout finisse",
        "it": "che finisca|che tutto finisca|che finisca tutto|che smetta|che tutto smetta|che tutto finisse|"
              "che finisse|che finisse tutto",
        "pt": "que isso pare|que tudo pare|que acabe|que tudo acabe|que isso acabe|que isso termine|"
              "que tudo acabasse|que acabasse",
        "nl": "dat het ophoudt|dat alles ophoudt|dat het stopt|dat alles stopt|dat het voorbij is",
        "pl": "żeby to się skończyło|żeby wszystko się skończyło|żeby to się skonczylo|żeby to minęło",
        "tr": "bunun bitmesini|her şeyin bitmesini|bitmesini|her şeyin sona ermesini",
    },
    # German and Dutch put the verb last: "dass alles für immer aufhört", "dat alles voor altijd stopt".
    "STOP_THAT": {"de": "dass es|dass alles|das alles", "nl": "dat het|dat alles"},
    "STOP_VERB": {"de": "aufhört|vorbei ist|endet|zu ende ist", "nl": "ophoudt|stopt|voorbij is|eindigt"},
    "STOP_FOREVER": {
        "de": "dass es für immer aufhört|dass alles für immer aufhört|für immer weg|für immer verschwinden",
        "nl": "dat het voorgoed ophoudt|dat alles voorgoed ophoudt|dat het voor altijd ophoudt|voorgoed weg",
        "pl": "żeby to się skończyło na zawsze|żeby wszystko skończyło się na zawsze",
    },
    "FOREVER": {
        "en": "for good|forever|permanently|for ever|once and for all", "de": "für immer|endgültig",
        "es": "para siempre|de una vez por todas|definitivamente", "fr": "pour de bon|pour toujours|définitivement",
        "it": "per sempre|definitivamente", "pt": "para sempre|de vez", "nl": "voorgoed|voor altijd",
        "pl": "na zawsze|na dobre", "tr": "sonsuza dek|sonsuza kadar|tamamen|temelli",
    },
    "SLEEP": {"de": "weg|weg sein"},  # "will einfach nur weg für immer" (grammar.DERIVED: SLEEP + FOREVER)
    # Wanting, in each language (English lists its own in en_self_harm).
    "WANT": {
        "de": "will|möchte|wünschte|wünsche|würde gern|am liebsten", "es": "quiero|quisiera|ojalá|me gustaría",
        "fr": "veux|voudrais|souhaite|aimerais", "it": "voglio|vorrei|mi piacerebbe", "pt": "quero|queria|gostaria",
        "nl": "wil|zou willen|zou graag", "pl": "chcę|chciałabym|chciałbym", "tr": "istiyorum|isterdim",
    },
    # Dying, being dead: with a want a few words away, in any mood ("je voudrais mourir", "gostaria de morrer",
    # "ölmek isterdim"; rules.want_die). English lists its own in en_self_harm.
    "DIE": {
        "de": "sterben|tot sein|tot wäre", "es": "morir|morirme|estar muerta|estar muerto",
        "fr": "mourir|crever|être morte|être mort", "it": "morire|crepare|essere morta|essere morto",
        "pt": "morrer|estar morta|estar morto", "nl": "sterven|doodgaan|dood zijn|dood",
        "pl": "umrzeć|nie żyć|zdechnąć", "tr": "ölmek|ölmeyi|ölsem|öleyim",
    },
    # "will ich eigentlich gar nicht mehr leben": a want and a no-more a few words apart (grammar.DERIVED).
    "NOT_MORE": {"de": "nicht mehr|nie mehr|nie wieder"},
    # Wishing the next day never came: "hoping tomorrow just doesnt come", "ojalá no amanecer mañana".
    "NEVER_WAKE": {
        "en": "i dont wake up|i just dont wake up|i wont wake up|i didnt wake up|tomorrow doesnt come|"
              "tomorrow never comes|tomorrow wont come|not to wake up tomorrow|"
              "dont wake up tomorrow|not wake up tomorrow",
        "es": "no amanecer|no despertar mañana", "fr": "ne pas me réveiller demain", "it": "non svegliarmi domani",
        "pt": "não acordar amanhã", "nl": "morgen niet wakker", "pl": "nie obudzić się jutro",
        "tr": "yarın uyanmamak",
    },
    "WISH": {"en": "hoping|praying", "de": "hoffentlich", "es": "espero que", "fr": "j espère que"},
    # --- the place of a method, with someone there now, waiting or looking down ------------------------------------
    "DANGER_SPOT": {
        "en": "on the tracks|on the railway line|on the rails|on the railway|platform edge|"
              "edge of the platform|on the ledge|on the edge of the roof|on the roof|roof of|top of the multi storey|"
              "top of the car park|multi storey roof|car park roof|up on the roof|on the bridge|"
              "over the railing|on the railing|on the parapet|cliff edge|"
              "edge of the cliff|edge of the bridge|edge of the|by the railway line|by the tracks|"
              "next to the tracks|by the railway",
        "de": "auf den gleisen|auf dem gleis|auf den schienen|auf dem dach|dach vom|dach des|dach der|"
              "auf der brücke|bahnsteigkante|auf dem geländer|auf der brüstung|am rand der brücke|"
              "am rand des dachs|am rand der|am rand des|am rand vom|bahnsteig ganz vorne|ganz vorne am bahnsteig|"
              "an der bahnsteigkante",
        "es": "en las vías|vías del tren|en la vía|en la azotea|en el tejado|en el puente|"
              "en la cornisa|borde del puente|borde de la azotea|borde del|borde de la",
        "fr": "sur les rails|sur la voie|sur le toit|au bord du quai|au bord du pont|sur le pont|sur le rebord|"
              "au bord du vide|sur la rambarde|au bord du toit|au bord du|au bord de la|rebord",
        "it": "sui binari|sul binario|sul tetto|sul cornicione|sul ponte|bordo del|bordo della|"
              "sul parapetto",
        "pt": "nos trilhos|na linha do trem|no telhado|beira do|beira da|no parapeito|na ponte|"
              "na laje|no terraço",
        "nl": "op het spoor|op de rails|op het dak|rand van de|rand van het|op de brug|op de reling|"
              "op de vensterbank",
        "pl": "na torach|na dachu|na krawędzi dachu|na krawędzi mostu|na moście|na balustradzie|na gzymsie|"
              "krawędzi",
        "tr": "raylar*|rayların|çatıdayım|çatısındayım|çatıda|köprüdeyim|köprünün üstünde|uçurumun|kenarında*",
    },
    # The rails, a ledge, an edge: thought of, a plan even with no verb of the act ("thinking about stepping onto the
    # tracks"); a roof or a bridge alone is not (people go onto roof terraces and cross bridges).
    "RAILS": {
        "en": "on the tracks|onto the tracks|on the rails|onto the rails|on the railway line|onto the railway line|"
              "on the ledge|off the ledge|platform edge|edge of the platform|edge of the roof|edge of the bridge|"
              "cliff edge|edge of the cliff",
        "de": "auf die gleise|auf den gleisen|auf die schienen|auf den schienen|bahnsteigkante|auf das gleis",
        "es": "a las vías|en las vías|vías del tren|a la vía del tren", "fr": "sur les rails|sur la voie ferrée",
        "it": "sui binari|sul binario", "pt": "nos trilhos|para os trilhos", "nl": "op het spoor|op de rails",
        "pl": "na tory|na torach", "tr": "raylara|raylar*",
    },
    # A clause after an end verb leaves it bare ("wie könnte ich es am besten beenden, ohne dass es weh tut").
    "CLAUSE_NEXT": {
        "en": "without|so that|before", "de": "ohne|damit|bevor", "es": "sin|antes de", "fr": "sans|avant",
        "it": "senza|prima", "pt": "sem|antes", "nl": "zonder|voordat", "pl": "bez|zanim", "tr": "acısız",
    },
    # Someone there: the writer (or someone else) standing, sitting or being at a place.
    "HERE_SELF": {
        "en": "im|i am|standing|sitting|sat|stood|im sat|im stood|been stood|been sat|been standing|been sitting|"
              "is on|hes on|shes on|theyre on",
        "de": "ich stehe|ich sitze|ich bin|stehe|sitze|bin|steht|sitzt",
        "es": "estoy|me he subido|me subí|sentada|sentado|parada|parado|de pie|llevo",
        "fr": "je suis|suis|je me tiens|assise|assis|debout|est sur", "it": "sono|sto|seduta|seduto|in piedi",
        "pt": "estou|fiquei|sentada|sentado|parada|parado|em pé",
        "nl": "ik sta|ik zit|ik ben|sta|zit|staat|zit", "pl": "stoję|siedzę|jestem|stoje|siedze|stoi|siedzi",
        "tr": "duruyorum|oturuyorum|duruyor|oturuyor|*dayım|*deyim|*tayım|*teyim|*dayim|*deyim",
    },
    "WAIT_LOOK": {
        "en": "waiting for the train|waiting for a train|waiting for the fast train|for the train to come|"
              "the next train|keeps looking down|fast train|the express|doesnt stop here|train coming|looking down|"
              "staring down|legs over|looking over the edge|trains going past|"
              "trains keep going past|watching the trains|trains go past|trains going by",
        "de": "warte|warte auf den zug|schaue runter|schaue nach unten|gucke runter|blicke nach unten|"
              "beine baumeln",
        "es": "esperando|espero el tren|mirando hacia abajo|mirando abajo|miro abajo|miro hacia abajo",
        "fr": "j attends|attends le train|je regarde en bas|regarde en bas|regarde le vide|les jambes dans le vide",
        "it": "aspetto|aspettare il treno|ad aspettare|aspettando|aspetto il treno|guardo giù|guardo in basso|"
              "guardando giù",
        "pt": "esperando|esperando o trem|olhando para baixo|olho para baixo",
        "nl": "wacht op de trein|ik wacht|kijk naar beneden|kijk omlaag|kijkt naar beneden",
        "pl": "czekam|czekam na pociąg|patrzę w dół|patrze w dol",
        "tr": "bekliyorum|aşağı bakıyorum|bakıyorum",
    },
    # A goodbye said at such a place ("im up on the roof, its quiet up here, bye").
    "BYE": {
        "en": "bye|goodbye|bye all|bye everyone|sorry everyone|sorry all", "de": "tschüss|lebt wohl|macht es gut|"
              "tut mir leid", "es": "adiós|chao|lo siento|perdón", "fr": "adieu|salut tout le monde|désolée|désolé",
        "it": "addio|ciao a tutti|scusate|scusatemi", "pt": "adeus|tchau|desculpem|desculpa",
        "nl": "doei|vaarwel|sorry",
        "pl": "żegnajcie|pa|przepraszam", "tr": "hoşça kalın|elveda|özür dilerim",
    },
    # --- asking how best to end it; alcohol with a medicine -------------------------------------------------------
    "METHOD": {
        "en": "which of my|which tablets|which pills|which meds|what pills|what tablets|which medicine|what meds",
        "pt": "melhor forma de|melhor maneira de|melhor jeito de", "tr": "en iyi yolu|en iyi yol|yolu ne|"
              "en hızlı yolu",
        "de": "am besten|der schnellste weg|schnellste weg", "fr": "comment je peux|comment je pourrais",
    },
    "PAINLESS": {
        "en": "least messy|cleanest|most peaceful|surest|most reliable|easiest|simplest",
        "fr": "le plus rapide|plus rapide|le plus simple|plus simple|le plus facile|plus facile",
        "pt": "mais rápida", "tr": "en hızlı|en kolay", "es": "más rápido",
        "it": "più rapido|più veloce",
    },
    # A pronoun for "it all" before or after a bare end verb ("wie kann ich es am besten beenden").
    "IT_ALL": {
        "en": "it|it all|everything", "de": "es|alles|das alles|dem allem", "es": "todo|con todo",
        "fr": "tout|en", "it": "tutto|la", "pt": "tudo|com tudo", "nl": "het|alles|er", "pl": "tym|to|wszystko",
        "tr": "her şeyi|hepsini",
    },
    "END_SELF": {"en": "finish me off|finish myself off|kill me fastest|kill me quickest",
                 "tr": "her şeyi bitirme*|her şeyi bitirmek"},
    "ALCOHOL": {
        "en": "wine|vodka|whisky|whiskey|gin|rum|booze|alcohol|beer|cider|brandy|tequila|prosecco",
        "de": "wein|wodka|whisky|schnaps|alkohol|bier|sekt|korn",
        "es": "vino|vodka|whisky|alcohol|cerveza|ron|tequila", "fr": "vin|vodka|whisky|alcool|bière|rhum",
        "it": "vino|vodka|whisky|alcol|alcool|birra|grappa", "pt": "vinho|vodka|whisky|álcool|cerveja|cachaça",
        "nl": "wijn|wodka|whisky|alcohol|bier|jenever", "pl": "wino|winem|wódka|wódką|wódki|alkohol*|piwo*|whisky",
        "tr": "şarap*|votka*|viski*|alkol*|birayla|rakı*",
    },
    # Finishing a container or a medicine: all of it taken ("ho finito la scatola di sonniferi con la vodka").
    "FINISH": {
        "en": "finished|finished off|polished off|emptied|finish off",
        "de": "aufgebraucht|leer gemacht|leergemacht|geleert|ausgetrunken",
        "es": "acabé|me acabé|terminé|me terminé|me he acabado|vacié|me he terminado",
        "fr": "fini|terminé|vidé|avalé",
        "it": "finito|ho finito|svuotato|finita", "pt": "acabei|terminei|esvaziei|acabei com",
        "nl": "opgemaakt|leeggemaakt|op gemaakt", "pl": "skończyłam|skończyłem|wykończyłam|opróżniłam|popiłam|"
              "popiłem",
        "tr": "bitirdim|boşalttım|içtim",
    },
    # Why live at all, life without meaning: hopelessness said as a question or a judgement of life itself.
    "HOPELESS": {
        "en": "why bother living|why keep living|why go on living|why live|life has no meaning|life is pointless|"
              "life is meaningless|life has no point",
        "de": "warum noch leben|wozu noch leben|wozu leben|das leben hat keinen sinn|leben hat keinen sinn mehr",
        "es": "para qué vivir|para qué seguir viviendo|la vida no tiene sentido",
        "fr": "à quoi bon vivre|pourquoi vivre encore|la vie n a plus de sens|la vie n a aucun sens",
        "it": "a che serve vivere|perché vivere ancora|la vita non ha senso",
        "pt": "pra que viver|para que viver|a vida não tem sentido|a vida não faz sentido",
        "nl": "waarom zou ik nog leven|waarom nog leven|het leven heeft geen zin",
        "pl": "po co żyć|po co mam żyć|życie nie ma sensu|nie chce mi się żyć",
        "tr": "neden yaşıyorum|niye yaşıyorum|hayatın anlamı yok|hayatın anlamı kalmadı|yaşamanın anlamı yok",
    },
    # Nobody would miss me: one's absence unnoticed ("beni kimse özlemez, yokluğum fark edilmez").
    "NOBODY_MISS": {
        "en": "nobody would miss me|no one would miss me|nobody will miss me|no one will miss me|"
              "nobody would notice if i|no one would notice if i|nobody would even notice if i|"
              "no one would even notice if i|"
              "nobody would care if i|no one would care if i",
        "de": "niemand würde mich vermissen|keiner würde mich vermissen|niemand wird mich vermissen|"
              "keiner würde es merken|niemand würde es merken",
        "es": "nadie me echaría de menos|nadie me extrañaría|nadie me va a extrañar|nadie lo notaría",
        "fr": "personne ne me regretterait|personne ne remarquerait|personne ne verrait la différence|"
              "personne ne me regrettera",
        "it": "nessuno sentirebbe la mia mancanza|nessuno se ne accorgerebbe|nessuno mi rimpiangerebbe",
        "pt": "ninguém sentiria minha falta|ninguém sentiria a minha falta|ninguém ia notar|"
              "ninguém vai sentir minha falta",
        "nl": "niemand zou me missen|niemand zou het merken|niemand zal me missen",
        "pl": "nikt by za mną nie tęsknił|nikt by nie zauważył|nikt nie będzie tęsknił",
        "tr": "beni kimse özlemez|kimse beni özlemez|yokluğum fark edilmez|kimse fark etmez",
    },
    # Had enough of everything ("mam już dość wszystkiego, chcę zniknąć"): with wanting to vanish, self-harm.
    "DONE_ALL": {
        "en": "had enough of everything|fed up with everything|sick of everything|tired of everything",
        "de": "genug von allem|alles satt|von allem genug", "es": "harta de todo|harto de todo|cansada de todo",
        "fr": "marre de tout|lasse de tout|las de tout", "it": "stufa di tutto|stufo di tutto|stanca di tutto",
        "pt": "farta de tudo|cansada de tudo|cansado de tudo", "nl": "alles zat|klaar met alles|alles beu",
        "pl": "dość wszystkiego|mam dość wszystkiego", "tr": "her şeyden bıktım|her şeyden yoruldum",
    },
    # Medicines by the brand names people use where the vocabulary had none (Turkish paracetamol and painkillers).
    "SUBSTANCE": {"tr": "parol|minoset|arveles|majezik|apranax|vermidon|aferin|dolorex|xanax|lustral|cipralex"},
    # --- no reason or point in living: a reason word beside a verb of living itself (not "continue") -------------
    "REASON": {
        "de": "grund|keinen grund|sinn", "es": "motivo|razón|sentido",
        "fr": "raison|sens|sert à rien|sert plus à rien", "it": "motivo|ragione|senso", "pt": "motivo|razão|sentido",
        "nl": "nut|reden|zin", "pl": "powodu|powód|sensu|sens|celu", "tr": "sebep*|sebeb*|anlamı",
    },
    "LIVING": {
        "de": "leben|weiterleben", "es": "vivir|viviendo", "fr": "vivre", "it": "vivere", "pt": "viver|vivendo",
        "nl": "te leven|van leven|van het leven", "pl": "żyć", "tr": "yaşama*|yaşamak*",
    },
}
# fmt: on


def by_language() -> dict[str, dict[str, tuple[str, ...]]]:
    """This table, round 6's (`bot.safety.vocab.events`), round 7's (`bot.safety.vocab.means`), round 8's
    (`bot.safety.vocab.endings`) and round 9's (`bot.safety.vocab.states`) turned round:
    {language: {TAG: (phrase, ...)}} for `vocabularies` to merge (a tag in several keeps every table's phrases)."""
    from bot.safety.vocab.endings import CONCEPTS as ENDINGS
    from bot.safety.vocab.events import CONCEPTS as EVENTS
    from bot.safety.vocab.means import CONCEPTS as MEANS
    from bot.safety.vocab.states import CONCEPTS as STATES

    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for table in (CONCEPTS, EVENTS, MEANS, ENDINGS, STATES):
        for tag, languages in table.items():
            for language, text in languages.items():
                known = found.setdefault(language, {}).get(tag, ())
                found[language][tag] = tuple(dict.fromkeys([*known, *phrases({tag: text})[tag]]))
    return found
