"""Round-8 concepts, every language's words side by side (merged like `moments.CONCEPTS`): a young child with a
medicine box or pill organiser that is now empty; a plan told as an ending with a set time or a decision ("tonight I
end it", "c'est décidé"); leaving told as not staying much longer ("not gonna be around much longer"); not knowing
how many were taken, and more taken on top, with alcohol; and history that is not a crisis now: someone else's
suicide told as a death, a named emergency one has recovered from.

'*' ends a word prefix. Each tag's use is in `bot.safety.rules_means` (ENDING_RULES) and `bot.safety.rules` (CUES).
"""

from __future__ import annotations

# fmt: off
CONCEPTS: dict[str, dict[str, str]] = {
    # --- a child and a medicine container, now empty ---------------------------------------------------------------
    # A box made to hold medicines (not a packet, which is emptied every day).
    "MED_BOX": {
        "en": "pill box|pillbox|pill organiser|pill organizer|pill organisers|pill organizers|dosette|dosette box|"
              "weekly box|weekly pill box|pill case|pill pot|pill bottle|pill bottles|medicine box|meds box|"
              "medication box|tablet box|pill tray|medicine cabinet|meds cabinet",
        "de": "wochendosierer|dosierer|tablettenbox|tablettendose|pillendose|pillenbox|medikamentenbox|"
              "medikamentendose|tablettendosierer|medikamentenschrank|tablettenschachtel",
        "es": "pastillero|pastilleros|caja de pastillas|bote de pastillas|frasco de pastillas|caja de medicinas|"
              "caja de medicamentos|botiquín",
        "fr": "pilulier|piluliers|boîte à pilules|boîte de médicaments|boîte à médicaments|flacon de comprimés|"
              "boîte de comprimés|armoire à pharmacie",
        "it": "portapillole|porta pillole|scatola delle medicine|scatola dei farmaci|scatola delle pastiglie|"
              "flacone di pastiglie|armadietto dei medicinali",
        "pt": "porta comprimidos|porta remédios|caixinha de remédios|caixa de remédios|caixinha de comprimidos|"
              "frasco de comprimidos|caixa de medicamentos|armário de remédios",
        "nl": "pillendoos|pillendoosje|weekdoos|medicijndoos|medicijnbox|pillenpot|pillenpotje|medicijnkastje|"
              "baxterrol",
        "pl": "pojemnik na leki|pojemnik na tabletki|pudełko na tabletki|pudełko na leki|organizer na leki|"
              "kasetka na leki|apteczk*",
        "tr": "ilaç kutu*|hap kutu*|ilaç dolab*|ilaç organizer*",
    },
    # Its contents gone: empty, emptied, missing.
    "EMPTIED": {
        "en": "empty|emptied|all gone|missing|cleaned out|cleared out|half empty",
        "de": "leer|geleert|ausgeleert|leergeräumt|ausgeräumt|fehlen|fehlt",
        "es": "vacío|vacía|vacíos|vacías|vaciado|vació|vaciada|faltan|no queda nada",
        "fr": "vide|vides|vidé|vidée|vidés|il manque|manquent",
        "it": "vuoto|vuota|vuoti|vuote|svuotato|svuotata|svuotati|mancano",
        "pt": "vazio|vazia|vazios|vazias|esvaziou|esvaziado|esvaziada|faltam",
        "nl": "leeg|leeggehaald|leeggemaakt|ontbreken",
        "pl": "pusty|pusta|puste|opróżnił|opróżniła|opróżnione|opróżniony|brakuje",
        "tr": "boş|boşaltmış|boşalttı|boşaltmış|eksik",
    },
    # A young child (or a grandchild) of the writer's.
    "YOUNG": {
        "en": "toddler|baby|little one|lil one|year old|yr old|years old|little boy|little girl|my son|my daughter|"
              "my kid|my child|my boy|my girl|the kids|the kid|grandson|granddaughter|twins",
        "de": "sohn|tochter|kind|kleine|kleiner|kleinkind|baby|enkel|enkelin|jährige|jähriger|jahre alt",
        "es": "mi hijo|mi hija|mi niña|mi niño|la niña|el niño|mi peque|el peque|la peque|mi bebé|el bebé|"
              "mi nieto|mi nieta",
        "fr": "mon fils|ma fille|ma petite|mon petit|la petite|le petit|mon bébé|le bébé|mon enfant|petit fils|"
              "petite fille",
        "it": "mio figlio|mia figlia|la bimba|il bimbo|la bambina|il bambino|mio nipote|mia nipote|il piccolo|"
              "la piccola",
        "pt": "meu filho|minha filha|minha filhinha|meu filhinho|o bebê|meu bebê|a criança|meu neto|minha neta|"
              "o pequeno|a pequena",
        "nl": "zoontje|dochtertje|mijn zoon|mijn dochter|de kleine|ons kind|de baby|kleinzoon|kleindochter|peuter",
        "pl": "syn|synek|córka|córeczka|mały|mała|dziecko|wnuk|wnuczka|maluch|letni|letnia",
        "tr": "oğlum|kızım|bebeğim|çocuğum|torunum|yaşındaki|bebek",
    },
    # Filling or sorting the box together, or an old one kept as a toy: an everyday chore or game, not an emergency.
    "FILL": {
        "en": "fill|fills|filling|refill|refilling|sort|sorting|set up|helps me|helping me|help me|toy|toys|craft|"
              "crafts|recycling|rattle",
        "de": "füllen|befüllen|auffüllen|hilft mir|helfen|spielzeug|basteln|recycling",
        "es": "rellenar|llenar|me ayuda|ayudarme|preparar|juguete|manualidad*|reciclaje",
        "fr": "remplir|m aide|préparer|jouet|bricolage|recyclage",
        "it": "riempire|mi aiuta|preparare|giocattolo|lavoretto|riciclo",
        "pt": "encher|me ajuda|preparar|brinquedo|reciclagem",
        "nl": "vullen|helpt me|klaarzetten|speelgoed|knutsel*",
        "pl": "napełniać|napełnić|pomaga mi|przygotować|zabawk*|recykling*",
        "tr": "doldur*|yardım ediyor|oyuncak*|geri dönüşüm*",
    },
    # --- a plan told as an ending, with a set time or a decision ----------------------------------------------------
    "WHEN_SET": {
        "en": "tonight|tomorrow|this weekend|this week|on friday|on saturday|on sunday|after my birthday|"
              "after christmas|after xmas|is the night|is the day|decided|made up my mind|made my mind up|"
              "mind is made up",
        "de": "heute nacht|heute abend|morgen|am wochenende|diese woche|nach meinem geburtstag|nach weihnachten|"
              "entschieden|beschlossen|steht fest",
        "es": "esta noche|mañana|este finde|el finde|este fin de semana|después de mi cumpleaños|"
              "después de navidad|decidido|decidida|lo he decidido",
        "fr": "ce soir|cette nuit|demain|ce week end|ce weekend|après mon anniversaire|après noël|décidé|décidée|"
              "ma décision est prise",
        "it": "stanotte|stasera|domani|questo weekend|sto weekend|questo fine settimana|dopo il mio compleanno|"
              "dopo natale|ho deciso|deciso|decisa",
        "pt": "hoje à noite|esta noite|amanhã|esse fds|este fds|este fim de semana|nesse fim de semana|"
              "depois do meu aniversário|depois do natal|já decidi|decidido|decidida",
        "nl": "vannacht|vanavond|morgen|dit weekend|na mijn verjaardag|na kerst|besloten",
        "pl": "dziś w nocy|dzisiaj w nocy|dziś wieczorem|dzisiaj wieczorem|jutro|w weekend|w ten weekend|"
              "po moich urodzinach|po świętach|postanowiłam|postanowiłem|zdecydowałam|zdecydowałem",
        "tr": "bu gece|bu akşam|yarın|bu hafta sonu|doğum günümden sonra|kararımı verdim|karar verdim",
    },
    # The ending said with the object first ("dziś w nocy z tym skończę"): the same as END_IT_NOW.
    "END_IT_NOW": {
        "en": "end things|ending things|end it|ending it|gonna end it|going to end it",
        "de": "schluss mache|schluss machen|schluss für mich|schluss fuer mich|ist schluss",
        "pl": "z tym skończę|z tym kończę|z tym wszystkim skończę|kończę z tym wszystkim|koncze z tym",
        "tr": "her şeye son veriyorum|her şeye son vereceğim|son veriyorum|bitiriyorum",
        "nl": "stop ik ermee",
        "it": "chiudo con tutto",
        "pt": "acabo com isso|vou acabar com isso",
        "fr": "c est fini pour moi",
    },
    # --- leaving told as not staying --------------------------------------------------------------------------------
    "NOT_STAYING": {
        "en": "not gonna be around|not going to be around|wont be around|not be around|wont be here|"
              "not gonna be here|not going to be here|not be here|not sticking around|not stick around|"
              "wont stick around|wont be sticking around|not hanging around",
        "de": "nicht mehr lange da|nicht mehr lange hier|nicht mehr da|nicht mehr hier|bin ich nicht mehr",
        "es": "no voy a seguir aquí|no voy a estar aquí|no estaré aquí|no seguiré aquí|no voy a durar",
        "fr": "ne serai plus là|serai plus là|ne serai plus ici",
        "it": "non ci sarò|non sarò qui|non sarò più qui|non resterò|non rimarrò",
        "pt": "não vou estar aqui|não estarei aqui|não vou ficar aqui|não vou durar|não vou estar mais aqui",
        "nl": "ben er niet lang meer|er niet lang meer|ben er niet meer|niet meer hier|ben er dan niet meer",
        "pl": "mnie już tu nie będzie|mnie tu nie będzie|nie będzie mnie|mnie już nie będzie|mnie nie będzie",
        "tr": "burada olmayacağım|artık burada olmayacağım|hayatta olmayacağım",
    },
    # How long is left: not much longer, not for long.
    "MUCH_LONGER": {
        "en": "much longer|for long|for much longer|any longer|anymore|any more|long now",
        "de": "nicht mehr lange|lange|bis weihnachten|bis dahin",
        "es": "mucho tiempo|mucho más|por mucho tiempo|para navidad|para entonces",
        "fr": "plus longtemps|encore longtemps|pour longtemps|à noël|d ici là|pour voir",
        "it": "ancora per molto|per molto|a lungo|per natale",
        "pt": "muito mais tempo|por muito tempo|muito tempo|no natal|até lá",
        "nl": "niet lang meer|lang meer|nog lang|met kerst|tegen die tijd",
        "pl": "niedługo|długo|na święta|do tego czasu",
        "tr": "çok yakında|yakında|uzun süre|daha fazla",
    },
    # Away for a reason: a journey, a move, leaving the group or server ("won't be around much longer, we're moving
    # abroad", "if the mods keep this up I won't be around in this group much longer").
    "AWAY": {
        "en": "holiday|vacation|trip|travelling|traveling|moving house|moving abroad|moving to|abroad|this group|"
              "the group|this server|the server|this forum|this chat|discord",
        "de": "urlaub|reise|umzug|ziehe um|ziehen um|gruppe|forum|server",
        "es": "vacaciones|viaje|mudanza|me mudo|nos mudamos|grupo|foro|servidor",
        "fr": "vacances|voyage|déménage|déménageons|déménagement|groupe|forum|serveur",
        "it": "vacanza|vacanze|viaggio|trasloco|mi trasferisco|gruppo|forum|server",
        "pt": "férias|viagem|mudança|vou me mudar|nos mudamos|grupo|fórum|servidor",
        "nl": "vakantie|reis|verhuis*|groep|forum|server",
        "pl": "urlop*|wakacj*|wyjazd*|przeprowadz*|grupa|grupie|forum|serwer*",
        "tr": "tatil*|seyahat*|taşın*|grup*|forum*|sunucu*",
    },
    # An ending of a relationship ("ending things with him tonight"), not of oneself.
    "EX_PARTNER": {
        "en": "with him|with her|with my boyfriend|with my girlfriend|with my bf|with my gf|with my partner|"
              "relationship|break up|breaking up",
        "de": "mit ihm|mit ihr|beziehung|mit meinem freund|mit meiner freundin",
        "es": "con él|con ella|relación|con mi novio|con mi novia",
        "fr": "avec lui|avec elle|relation|avec mon copain|avec ma copine",
        "it": "con lui|con lei|relazione|con il mio ragazzo|con la mia ragazza",
        "pt": "com ele|com ela|relação|namoro|com meu namorado|com minha namorada",
        "nl": "met hem|met haar|relatie|met mijn vriend|met mijn vriendin",
        "pl": "z nim|z nią|związek|z chłopakiem|z dziewczyną",
        "tr": "onunla|ilişki*|sevgilimle",
    },
    # --- alcohol with medicines: how many unknown, more on top ------------------------------------------------------
    "UNKNOWN_AMOUNT": {
        "en": "cant remember how many|can t remember how many|dont remember how many|lost count|cant count how many",
        "de": "weiß nicht mehr wie viele|weiss nicht mehr wie viele|nicht mehr wie viele",
        "es": "no me acuerdo de cuántas|no recuerdo cuántas|no recuerdo cuántos|perdí la cuenta",
        "fr": "sais plus combien|ne sais plus combien|perdu le compte",
        "it": "non ricordo quante|non ricordo quanti|non so più quante|perso il conto",
        "pt": "não lembro quantos|não lembro quantas|não sei quantos|não sei quantas|perdi a conta",
        "nl": "weet niet meer hoeveel|de tel kwijt",
        "pl": "nie pamiętam ile|nie wiem ile|straciłam rachubę|straciłem rachubę",
        "tr": "kaç tane olduğunu hatırlamıyorum|kaç tane bilmiyorum|kaç tane yuttu bilmiyorum|saymadım",
    },
    "EXTRA": {
        "en": "a few more|some more|more of|on top|extra|another few|a couple more",
        "de": "noch ein paar|noch mehr|obendrauf|zusätzlich|noch einige",
        "es": "unas cuantas más|algunas más|encima|de más|unas más",
        "fr": "quelques autres|en plus|par dessus|encore quelques|de plus",
        "it": "qualche altra|ancora qualche|in più|sopra",
        "pt": "mais alguns|mais algumas|a mais|por cima",
        "nl": "nog een paar|nog wat|extra|erbovenop",
        "pl": "jeszcze kilka|dodatkowo|na dokładkę",
        "tr": "birkaç tane daha|üstüne|fazladan",
    },
    # A formal voice's verbs of taking ("has consumed", "a ingéré", "spożył"), and slang ones ("se ha metido").
    "INGEST": {
        "en": "consumed|ingested|has consumed|has ingested",
        "de": "zu sich genommen|eingeworfen|reingeworfen",
        "es": "ingerido|ingirió|ingerí|consumido|se ha metido|me he metido|se metió|me metí|se ha tomado|se tomó",
        "fr": "absorbé|ingéré|consommé|gobé|s est enfilé|me suis enfilé|me suis enfilée",
        "it": "assunto|assunte|ingerite|calato|si è calato|mi sono calato|mi sono calata",
        "pt": "ingeriu|ingerido|consumiu",
        "nl": "ingenomen|geconsumeerd|ingegooid",
        "pl": "spożył|spożyła|zażył|zażyła|przyjął|przyjęła|wrzucił|wrzuciła",
        "tr": "almış|içmiş|yutmuş",
    },
    # --- history, not a crisis now -------------------------------------------------------------------------------
    # A suicide told as someone else's death, in a third-person past form ("my uncle died by suicide when I was
    # small"): grief or family history, not the writer's crisis (the sentence still reaches the classifier).
    "DEATH_TOLD": {
        "en": "died by suicide|died of suicide|died from suicide|committed suicide|lost to suicide|lost him to suicide|"
              "lost her to suicide|lost them to suicide|took his own life|took her own life|took their own life|"
              "killed himself|killed herself|killed themselves",
        "de": "hat sich das leben genommen|hat sich umgebracht|nahm sich das leben|durch suizid gestorben|"
              "an suizid gestorben|suizid begangen|beging suizid|beging selbstmord|selbstmord begangen",
        "es": "se suicidó|se quitó la vida|murió por suicidio|cometió suicidio|se mató",
        "fr": "s est suicidé|s est suicidée|s est donné la mort|mort par suicide|morte par suicide|s est tué|"
              "s est tuée|a mis fin à ses jours",
        "it": "si è suicidato|si è suicidata|si è tolto la vita|si è tolta la vita|morto suicida|morta suicida|"
              "si è ucciso|si è uccisa",
        "pt": "se suicidou|tirou a própria vida|cometeu suicídio|se matou|morreu por suicídio",
        "nl": "heeft zelfmoord gepleegd|pleegde zelfmoord|zelfmoord gepleegd|van het leven beroofd|"
              "benam zich van het leven",
        "pl": "popełnił samobójstwo|popełniła samobójstwo|odebrał sobie życie|odebrała sobie życie|zabił się|"
              "zabiła się",
        "tr": "intihar etti|intihar ederek|canına kıydı|kendini öldürdü",
    },
    # Well again now, after an event told ("2015'te kalp krizi geçirdim, şimdi iyiyim"): a named emergency that is
    # history. Only the named-emergency rule reads it (an overdose followed by "i feel fine now" is still one).
    "WELL_NOW": {
        "en": "im fine now|i am fine now|im ok now|im okay now|im well now|doing fine now|doing well now|"
              "hes fine now|shes fine now|he is fine now|she is fine now|made a full recovery|recovered fully",
        "de": "geht es mir gut|geht es ihm gut|geht es ihr gut|geht mir gut|geht ihm gut|geht ihr gut|"
              "bin wieder gesund|ist wieder gesund|wieder fit",
        "es": "ahora estoy bien|ya estoy bien|ahora está bien|ya está bien|me recuperé|estoy recuperada|"
              "estoy recuperado",
        "fr": "je vais bien maintenant|va bien maintenant|je m en suis remis|je m en suis remise|s en est remis|"
              "s en est remise|aujourd hui je vais bien|aujourd hui il va bien|aujourd hui elle va bien",
        "it": "ora sto bene|adesso sto bene|ora sta bene|adesso sta bene|mi sono ripreso|mi sono ripresa|sto bene ora",
        "pt": "agora estou bem|hoje estou bem|agora está bem|hoje está bem|me recuperei|recuperei bem|já estou bem|"
              "tá ótimo|tá ótima|está ótimo|está ótima|tá bem|tá bom",
        "nl": "gaat het nu goed|gaat nu goed|gaat het goed|ben hersteld|is weer gezond|ben weer gezond",
        "pl": "teraz czuję się dobrze|czuję się dobrze|teraz jest dobrze|wyzdrowiałam|wyzdrowiałem",
        "tr": "şimdi iyiyim|artık iyiyim|iyileştim",
    },
    # Slang for pills and for taking them, with alcohol too ("se ha metido unas pastis con el vodka").
    "SUBSTANCE": {"es": "pastis|pirulas", "fr": "cachetons", "it": "pasticche", "pl": "tabsy|tabsów"},
    # A general question about children ("o CAR-T pode causar convulsão em criança?"), not a child of someone's now.
    "GENERIC_PERSON": {
        "en": "children|kids", "de": "kinder|kindern", "es": "niños", "fr": "enfants", "it": "bambini",
        "pt": "crianças|criança", "nl": "kinderen", "pl": "dzieci|dzieciom|dzieciach", "tr": "çocuklarda|çocuklar",
    },
    # Worn round the neck, not a ligature ("I wear my medical alert cord around my neck").
    "NOT_LIGATURE": {
        "en": "medical alert|alert pendant|alarm pendant|necklace|pendant|locket|i wear|wear my|wearing my",
        "de": "notrufknopf|notrufkette|halskette|anhänger|ich trage", "es": "collar|colgante|medalla|llevo puesto",
        "fr": "collier|pendentif|médaille|je porte", "it": "collana|ciondolo|medaglietta|indosso",
        "pt": "colar|pingente|medalha|uso um|uso uma", "nl": "ketting|hanger|alarmknop|ik draag",
        "pl": "naszyjnik|wisiorek|noszę", "tr": "kolye|madalyon|takıyorum",
    },
    # --- means kept for a day of giving up, a step from an edge ------------------------------------------------------
    # Kept for the day one cannot go on ("saving them for when i've had enough", "para el día que no aguante más").
    "FOR_WHEN_DONE": {
        "en": "for when ive had enough|for when i cant go on|for when i cant take it|for when i cant cope|"
              "for when i cant do it|for when i cant anymore|for when i decide|for when its time|for the day i cant|"
              "for the day i give up|for the day i decide|for when i finally|when i cant do this anymore|"
              "when ive had enough",
        "de": "für den tag an dem ich nicht mehr|für den tag wo ich nicht mehr|für wenn ich nicht mehr kann|"
              "wenn ich nicht mehr kann",
        "es": "para el día que no|para el día en que no|para cuando no pueda más|para cuando no aguante|"
              "cuando no aguante",
        "fr": "pour le jour où je n|pour le jour ou je n|pour quand je n en pourrai plus|quand je n en pourrai plus",
        "it": "per quando non ce la|per il giorno in cui non|quando non ce la farò",
        "pt": "para o dia em que eu não|para o dia que eu não|para quando eu não aguentar|quando eu não aguentar",
        "nl": "voor als ik het niet meer|voor de dag dat ik het niet|als ik niet meer kan",
        "pl": "na dzień kiedy nie|na dzień w którym nie|kiedy nie dam rady",
        "tr": "dayanamadığım gün|artık dayanamadığımda|dayanamadığım zaman",
    },
    # A stash: a box, a tin, a hiding place ("a shoebox of my old tramadol on top of the wardrobe").
    "STASH": {
        "en": "shoebox|shoe box|biscuit tin|a tin|hidden|hiding|stash|stashed|under the bed|in the loft|"
              "back of the wardrobe|top of the wardrobe|in the wardrobe|sock drawer",
        "de": "schuhkarton|versteckt|versteck|unterm bett|unter dem bett|im schrank|keksdose",
        "es": "caja de zapatos|escondidas|escondidos|escondido|escondida|debajo de la cama|en el armario",
        "fr": "boîte à chaussures|cachés|cachées|caché|cachée|sous le lit|dans le placard|dans l armoire",
        "it": "scatola da scarpe|nascoste|nascosti|nascosto|nascosta|sotto il letto|nell armadio",
        "pt": "caixa de sapatos|escondidos|escondidas|escondido|escondida|debaixo da cama|no armário",
        "nl": "schoenendoos|verstopt|onder het bed|in de kast|koektrommel",
        "pl": "pudełko po butach|pudełku po butach|schowane|ukryte|pod łóżkiem|w szafie",
        "tr": "ayakkabı kutu*|sakladım|saklıyorum|yatağın altında|dolapta",
    },
    "THINK_OF_IT": {
        "en": "think about it|thinking about it|think about them|look at it|looking at it|look at them|looking at them",
        "de": "denke daran|denke dran|schaue sie an", "es": "pienso en ello|pienso en ellas",
        "fr": "j y pense|je les regarde", "it": "ci penso|le guardo", "pt": "penso nisso|olho para eles",
        "nl": "denk eraan|kijk ernaar", "pl": "myślę o tym|patrzę na nie", "tr": "düşünüyorum|bakıyorum",
    },
    # Keeping medicines for a practical reason ("spare pills for when i can't get to the pharmacy").
    "PRACTICAL": {
        "en": "pharmacy|chemist|run out|running out|refill|prescription|travel|holiday|flare|forget|old boxes|"
              "show the|expired|disposal|dispose",
        "de": "apotheke|rezept|reise|urlaub|schub|entsorgen|abgelaufen",
        "es": "farmacia|receta|viaje|brote|caducad*", "fr": "pharmacie|ordonnance|voyage|poussée|périmé*",
        "it": "farmacia|ricetta|viaggio|riacutizzazione|scadut*", "pt": "farmácia|receita|viagem|crise|vencid*",
        "nl": "apotheek|recept|reis|opvlamming|verlopen", "pl": "apteka|aptece|recept*|podróż*|rzut*|przeterminowan*",
        "tr": "eczane*|reçete*|seyahat*|atak*|son kullanma",
    },
    "ONE_STEP": {
        "en": "one step|a single step|just one step|one small step|one more step",
        "de": "ein schritt|einen schritt|nur ein schritt", "es": "un paso|solo un paso", "fr": "un pas|un seul pas",
        "it": "un passo|solo un passo", "pt": "um passo|só um passo", "nl": "één stap|een stap|een stapje",
        "pl": "jeden krok", "tr": "bir adım",
    },
    # A step as a way of going about things or of getting in ("one step at a time", "step-free access").
    "STEP_FIGURE": {
        "en": "at a time|step free|step down|step up|closer|forward|further|next step|first step|in the right",
        "de": "nach dem anderen|barrierefrei|stufe|näher|weiter", "es": "a la vez|escalón|más cerca|adelante",
        "fr": "à la fois|marche|plus près|en avant|de plus", "it": "alla volta|gradino|più vicino|avanti",
        "pt": "de cada vez|degrau|mais perto|à frente", "nl": "tegelijk|drempel|dichterbij|vooruit",
        "pl": "po kroku|stopień|bliżej|naprzód", "tr": "adım adım|basamak|daha yakın|ileri",
    },
    # Heights not yet listed ("on the footbridge over the motorway").
    "HEIGHT": {
        "en": "footbridge|overpass|flyover|multi storey|multistorey", "de": "fußgängerbrücke|parkhaus",
        "es": "pasarela", "fr": "passerelle", "it": "cavalcavia", "pt": "viaduto|passarela",
        "nl": "viaduct|parkeergarage", "pl": "kładk*|wiadukt*", "tr": "üst geçit*",
    },
}
# fmt: on
