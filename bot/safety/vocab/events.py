"""Round-6 concepts, every language's words side by side (merged like `moments.CONCEPTS`): an emergency told as an
event (a fall, then no answer), a year that dates an event, the leaving of a post told across sentences (the means
at hand, then a goodbye or an apology), not being here any more by choice, each new day too much, medicines saved up
until there are enough, a drop judged high enough.

'*' ends a word prefix. Each tag's use is in `bot.safety.rules` (RULES) or `bot.safety.grammar` (DERIVED).
"""

from __future__ import annotations

# fmt: off
CONCEPTS: dict[str, dict[str, str]] = {
    # --- an emergency told as an event: someone fell, then does not answer, talk, react or open their eyes --------
    "FALL": {
        "en": "fell|slipped|tripped|went down|took a tumble|hit the floor|on the floor|found him on|found her on|"
              "keeled over",
        "de": "gestürzt|hingefallen|umgefallen|ausgerutscht|gekippt|umgekippt|auf dem boden|am boden|hingestürzt",
        "es": "se cayó|se ha caído|cayó|se resbaló|resbaló|en el suelo|se desplomó",
        "fr": "tombé|tombée|est tombé|est tombée|a glissé|glissé|glissée|par terre|a chuté",
        "it": "caduto|caduta|scivolato|scivolata|per terra|a terra",
        "pt": "caiu|escorregou|no chão|tombou|levou um tombo",
        "nl": "gevallen|uitgegleden|op de grond|omgevallen|ingezakt",
        "pl": "przewrócił się|przewróciła się|upadł|upadła|poślizgnął się|poślizgnęła się|na podłodze|"
              "przewrócił|przewróciła",
        "tr": "düştü|yere düştü|yere yığıldı|yığıldı|kaydı düştü|yerde yatıyor",
    },
    "NOT_RESPONDING": {
        "en": "not talking|isnt talking|wont talk|not saying anything|isnt saying anything|not saying a word|"
              "wont say anything|not answering|isnt answering|"
              "wont answer|doesnt answer|no answer|not responding|no response|just staring|staring at nothing|"
              "not reacting|doesnt react|wont open her eyes|wont open his eyes|cant get a word",
        "de": "antwortet nicht|antwortet nicht mehr|redet nicht|redet nicht mehr|spricht nicht|spricht nicht mehr|"
              "reagiert auf nichts|reagiert auf gar nichts|reagiert gar nicht|reagiert nicht|reagiert kaum|"
              "sagt nichts|sagt nichts mehr|keine antwort|keine reaktion|starrt nur",
        "es": "no contesta|no responde|no habla|no reacciona|no dice nada|no me contesta|no abre los ojos",
        "fr": "ne répond plus|ne répond pas|ne parle plus|ne parle pas|ne réagit pas|ne réagit plus|"
              "n ouvre pas les yeux|ne dit rien|ne dit plus rien",
        "it": "non risponde|non parla|non reagisce|non dice niente|non dice nulla|non apre gli occhi",
        "pt": "não responde|não está respondendo|não tá respondendo|não fala|não reage|não acorda|"
              "não abre os olhos|não diz nada",
        "nl": "praat niet|praat niet meer|reageert niet|reageert niet meer|antwoordt niet|zegt niets|zegt niks|"
              "doet haar ogen niet open|doet zijn ogen niet open",
        "pl": "nie odpowiada|nie mówi|nie reaguje|nie otwiera oczu|nic nie mówi|nie odzywa się",
        "tr": "cevap vermiyor|tepki vermiyor|konuşmuyor|yanıt vermiyor|gözlerini açmıyor|ses vermiyor|"
              "seslenince tepki",
    },
    # --- a year dates an event (grammar.dated) unless it starts something still going on ("since 2019") -----------
    "SINCE": {
        "en": "since|from", "de": "seit|ab", "es": "desde", "fr": "depuis|dès", "it": "dal|da|dall",
        "pt": "desde", "nl": "sinds|sedert|vanaf", "pl": "od", "tr": "beri|itibaren|bu yana",
    },
    # --- the leaving of a post, told over several sentences: each is one weak farewell cue -----------------------
    # The means at hand (with a medicine or its box: grammar.DERIVED), a goodbye, an apology or thanks to all.
    "READY": {
        "en": "in front of me|in my hand|next to me|beside me|on the desk|on the table|in my bag",
        "de": "neben mir|vor mir|in der hand|liegen bereit|liegt bereit|auf dem tisch",
        "es": "en la mano|delante de mí|frente a mí|a mi lado|en la mesa",
        "fr": "devant moi|dans la main|dans ma main|à côté de moi|sur la table",
        "it": "davanti a me|in mano|accanto a me|sul tavolo",
        "pt": "na mesa|na minha frente|na mão|do meu lado|em cima da mesa",
        "nl": "liggen klaar|ligt klaar|voor me|naast me|in mijn hand|op tafel",
        "pl": "przede mną|obok mnie|w ręce|na stole",
        "tr": "önümde|yanımda|elimde|masada",
    },
    "FAREWELL_WEAK": {
        "en": "sorry everyone|sorry to everyone|sorry all|sorry to all|tell my mum|tell my mom|"
              "tell my dad|tell my kids|tell my husband|tell my wife|i loved her|i loved him|i loved them|"
              "thanks for being there|thank you for being there|wrote my goodbyes|written my goodbyes|"
              "picked a date|set a date|chosen a date|chose a date|everything is sorted for",
        "de": "verzeiht mir|verzeih mir|danke für alles|danke euch für alles|sagt meiner|sagt meinem|"
              "ich habe euch lieb|es tut mir leid für alles|brauch ich ja bald nicht mehr|brauche ich bald nicht mehr",
        "es": "perdón a todos|perdónenme|perdonadme|gracias por todo|los quiero a todos|díganle a mi|decidle a mi|"
              "esta noche lo hago|hoy lo hago|escribí las cartas|escribí cartas|ya escribí",
        "fr": "pardon à ceux|pardon à tous|pardonnez moi|merci pour tout|dites à ma|dites à mon|je vous aime|"
              "je n en aurai plus besoin|n en aurai plus besoin|ce soir je le fais",
        "it": "perdonatemi|scusatemi tutti|grazie di tutto|grazie per tutto|dite a mia|dite a mio|"
              "non mi serviranno più|ora sono pronta|ora sono pronto|sistemato tutte le mie cose|stasera lo faccio",
        "pt": "me desculpem|me perdoem|obrigada por tudo|obrigado por tudo|digam à minha|digam ao meu|"
              "não vou precisar mais|hoje à noite eu faço",
        "nl": "sorry allemaal|vergeef me|bedankt voor alles|dank jullie voor alles|zeg tegen mijn|"
              "heb ik ze niet meer nodig|binnenkort niet meer nodig|vanavond doe ik het",
        "pl": "przepraszam wszystkich|wybaczcie mi|dziękuję za wszystko|powiedzcie mamie|"
              "nie będą mi potrzebne|nie będzie mi potrzebne|dziś w nocy to zrobię",
        "tr": "herkesten özür dilerim|beni affedin|her şey için teşekkürler|herkese teşekkürler|hakkınızı helal edin|"
              "helal edin|ihtiyacım olmayacak|bu gece yapacağım",
    },
    # Giving one's things or animals away (grammar.DERIVED: with BELONGINGS, a weak farewell cue).
    "GIVE_AWAY": {
        "en": "gave away|giving away|given away|rehomed",
        "de": "verschenkt|abgegeben|weggegeben|verschenke|verteilt",
        "es": "regalé|he regalado|regalado|di mis|repartí|he repartido",
        "fr": "je donne|donné|j ai donné|distribué",
        "it": "regalato|ho regalato|dato via|ho dato via",
        "pt": "doei|dei minhas|dei meu|dei a minha|distribuí",
        "nl": "weggegeven|verdeeld|weggeven|weggedaan",
        "pl": "rozdałam|rozdałem|oddałam|oddałem|rozdaję",
        "tr": "dağıttım|verdim|hediye ettim|dağıtıyorum",
    },
    "BELONGINGS": {
        "en": "my things|my stuff|my cat|my dog|the cat|the dog|my clothes|my belongings",
        "de": "meinen hund|meine katze|meine sachen|sachen|hund|katze",
        "es": "mis cosas|mi gato|mi perro|mi ropa",
        "fr": "mes affaires|mon chat|mon chien|mes vêtements",
        "it": "il gatto|il cane|le mie cose|mie cose",
        "pt": "minhas coisas|meu gato|meu cachorro|minhas roupas",
        "nl": "mijn kat|mijn hond|mijn spullen|spullen",
        "pl": "swoje rzeczy|moje rzeczy|kota|psa",
        "tr": "eşyalarımı|kedimi|köpeğimi",
    },
    # Going now towards a place of a method (grammar.DERIVED: a weak farewell cue; another one makes a farewell).
    "GO_TOWARD": {
        "en": "walking down to|walking to|heading to|heading down to|going down to|on my way to|going to the",
        "de": "gehe jetzt zur|gehe jetzt zum|gehe zur|gehe zum|laufe zur|laufe zum|fahre zur|bin auf dem weg zur",
        "es": "voy caminando hacia|voy hacia|voy camino|voy al|voy a las|camino hacia",
        "fr": "je vais au|je vais vers|je marche vers|en route vers|je descends au",
        "it": "sto andando al|sto andando verso|vado al|vado verso|cammino verso",
        "pt": "estou indo para|vou para|vou pra|caminhando até",
        "nl": "ik ga naar|loop naar|onderweg naar|ik loop naar",
        "pl": "idę na|idę do|idę nad|jadę na",
        "tr": "doğru yürüyorum|doğru gidiyorum|gidiyorum|yürüyorum",
    },
    "METHOD_PLACE": {
        "en": "river|bridge|tracks|railway|sea|cliff|cliffs|canal|viaduct",
        "de": "brücke|gleisen|gleise|fluss|klippe|bahnlinie",
        "es": "puente|vías|río|acantilado|mar",
        "fr": "pont|rails|voie ferrée|rivière|falaise|fleuve",
        "it": "ponte|binari|fiume|scogliera",
        "pt": "ponte|trilhos|rio|penhasco|viaduto",
        "nl": "brug|spoor|rivier|kanaal|dijk",
        "pl": "most|mostu|tory|torów|rzekę|rzeki",
        "tr": "köprü*|ray*|nehr*|uçurum*|deniz*",
    },
    # A next post promised ("mein letzter Beitrag zur Studie, nächste Woche mehr"): the writer is not leaving, and a
    # farewell cue beside it counts for nothing, as beside an errand (rules._first_finding, CANCELLED_CUES).
    "ERRAND": {
        "en": "more next week|more tomorrow|update soon|more soon|will update|ill update|to be continued|"
              "next week more|see you next week|talk next week",
        "de": "nächste woche mehr|morgen mehr|bald mehr|fortsetzung folgt|melde mich wieder|bis nächste woche",
        "es": "la próxima semana más|mañana más|pronto más|seguiré contando|hasta la próxima semana",
        "fr": "la suite la semaine prochaine|la suite demain|à suivre|je vous tiens au courant|à la semaine prochaine",
        "it": "la prossima settimana|domani vi aggiorno|vi aggiorno|continua|alla prossima settimana",
        "pt": "semana que vem mais|amanhã conto mais|atualizo vocês|até semana que vem|continua",
        "nl": "volgende week meer|morgen meer|wordt vervolgd|ik hou jullie op de hoogte|tot volgende week",
        "pl": "w przyszłym tygodniu więcej|jutro więcej|dam znać|c d n|do przyszłego tygodnia",
        "tr": "haftaya devam|yarın devam|sizi haberdar ederim|devam edecek|haftaya görüşürüz",
    },
    # --- not being here any more, by one's own choice (a condition after a question: "if not, i won't be here") --
    "NOT_HERE": {
        "en": "wont be here|wont be around|wont be alive|not be here|not be around|still being here|still be here|"
              "be gone by then|still be around|still being around",
        "de": "nicht mehr da|nicht mehr hier|nicht mehr am leben|nicht mehr leben",
        "es": "seguir aquí|seguir viva|seguir vivo|no estaré aquí|no estaré viva|no estaré vivo|estar aquí",
        "fr": "plus là|plus ici|plus en vie",
        "it": "non ci sarò più|non sarò più qui|non sarò più viva|non sarò più vivo|ci sarò più",
        "pt": "estar mais aqui|estar aqui|estar viva|estar vivo",
        "nl": "er niet meer|niet meer hier|niet meer leven",
        "pl": "mnie już nie będzie|nie będzie mnie|mnie nie będzie",
        "tr": "burada olmayacağım|hayatta olmayacağım|olmayacağım",
    },
    "BY_CHOICE": {
        "en": "by choice|on purpose|my own choice|on my own terms|dont plan on|dont plan to|not planning on|"
              "not planning to|i dont intend",
        "de": "freiwillig|aus freien stücken|aus freiem willen|selbst gewählt|habe nicht vor",
        "es": "por decisión propia|por elección|no pienso|por voluntad propia|por mi propia voluntad",
        "fr": "de mon plein gré|par choix|volontairement|je ne compte pas|ne compte pas",
        "it": "per scelta|di mia volontà|volontariamente|non ho intenzione",
        "pt": "por escolha própria|por escolha|por vontade própria|não pretendo",
        "nl": "vrijwillig|uit vrije wil|eigen keuze|niet van plan",
        "pl": "z własnego wyboru|z własnej woli|dobrowolnie|nie zamierzam",
        "tr": "kendi isteğimle|kendi tercihimle|kendi seçimimle|niyetim yok",
    },
    # --- each new day too much (grammar.DERIVED: with TOO_MUCH, hopelessness) ---------------------------------------
    "DAY_EACH": {
        "en": "each new day|every new day|every single day|each day that passes|every day that passes",
        "de": "jeder neue morgen|jeder neue tag|jeder weitere tag|jeder neue morgen",
        "es": "cada día que pasa|cada nuevo día|cada nueva mañana",
        "fr": "chaque nouvelle journée|chaque nouveau jour|chaque nouveau matin",
        "it": "ogni nuovo giorno|ogni nuova giornata|ogni nuova mattina",
        "pt": "cada novo dia|cada dia que passa|cada nova manhã",
        "nl": "elke nieuwe dag|iedere nieuwe dag|elke nieuwe ochtend",
        "pl": "każdy nowy dzień|każdy kolejny dzień|każdy nowy poranek",
        "tr": "her yeni gün|her yeni sabah|geçen her gün",
    },
    "TOO_MUCH": {
        "en": "too much|one too many|too many|too long", "de": "zu viel|zuviel", "es": "demasiado",
        "fr": "de trop", "it": "troppo", "pt": "demais|demasiado", "nl": "te veel|teveel", "pl": "za dużo|za wiele",
        "tr": "fazla geliyor|fazla geldi|çok fazla",
    },
    # --- medicines saved up until there are enough (rules: hoard_enough) -------------------------------------------
    "SAVE_UP": {
        "en": "aside|saving up|saved up|collecting|stockpiling|stashing|stashed|hoarding|squirrelling",
        "de": "gesammelt|sammle|gehortet|horte|zurückgelegt|beiseite gelegt|versteckt",
        "es": "guardado|guardando|juntando|juntado|ahorrando|escondido|he guardado",
        "fr": "mis de côté|met de côté|garde|gardé|accumulé|stocké|caché",
        "it": "mettendo da parte|messo da parte|conservando|accumulando|nascosto|tenendo da parte",
        "pt": "guardando|guardei|juntando|juntei|escondendo|acumulando",
        "nl": "spaar|gespaard|verzamel|verzameld|bewaar|bewaard|verstopt",
        "pl": "odkładam|odkładałam|odłożyłam|zbieram|zbierałam|chowam",
        "tr": "biriktiriyorum|biriktirdim|sakladım|saklıyorum",
    },
    "ENOUGH": {
        "en": "enough now|have enough|got enough|enough of them|enough to",
        "de": "genug|genügend|für den tag an dem",
        "es": "suficientes|suficiente|bastantes|para el día que",
        "fr": "assez|suffisamment|ce que je vais en faire",
        "it": "ne ho abbastanza|abbastanza|a sufficienza",
        "pt": "o suficiente|suficiente|bastante",
        "nl": "genoeg|voldoende",
        "pl": "wystarczająco|dość|dosyć",
        "tr": "yeterince|yeterli|yetecek kadar",
    },
    # --- a drop judged high enough from a height (rules: drop_enough) ----------------------------------------------
    "DROP_JUDGED": {
        "en": "drop looks|the drop is|high enough|far enough|tall enough|long enough drop",
        "de": "tief genug|hoch genug", "es": "suficientemente alto|lo bastante alto|bastante alto",
        "fr": "assez haut|suffisamment haut", "it": "abbastanza alto|abbastanza in alto",
        "pt": "alto o suficiente|alto suficiente|alto bastante", "nl": "hoog genoeg|diep genoeg",
        "pl": "wystarczająco wysoko|dość wysoko", "tr": "yeterince yüksek",
    },
    # --- wanting to stop existing ("solo quiero dejar de existir") ------------------------------------------------
    "STOP_EXIST": {
        "en": "stop existing|not exist anymore|to not exist|cease to exist|not to exist",
        "de": "aufhören zu existieren|nicht mehr existieren", "es": "dejar de existir|no existir",
        "fr": "cesser d exister|ne plus exister", "it": "smettere di esistere|non esistere più",
        "pt": "deixar de existir|não existir mais", "nl": "ophouden te bestaan|niet meer bestaan",
        "pl": "przestać istnieć|nie istnieć", "tr": "var olmamak|yok olmak",
    },
    # --- words the round-6 tune half showed missing from older concepts ---------------------------------------------
    "INGEST": {"de": "eingeworfen|eingeschmissen|reingeworfen"},
    "SWALLOW": {
        "en": "had a swig|a swig of|swig of|a sip of|a gulp of|mouthful of",
        "nl": "gezeten|in de mond|in haar mond|in zijn mond|rode mond",
    },
    # A decision taken ("lo tengo pensado: el viernes me tiro del puente"): an intent like "going to".
    "INTENT": {
        "en": "ive decided|i have decided|its decided|made up my mind", "de": "habe beschlossen|ist beschlossen",
        "es": "tengo pensado|lo tengo pensado|lo tengo decidido|está decidido|he decidido",
        "fr": "c est décidé|j ai décidé", "it": "ho deciso|è deciso", "pt": "está decidido|decidi|já decidi",
        "nl": "besloten|heb besloten", "pl": "postanowiłam|postanowiłem|zdecydowałam|zdecydowałem",
        "tr": "karar verdim|kararımı verdim",
    },
    "REASON": {"tr": "nedenim|nedeni|nedenimiz"},
    # Going on living, said with a verb of going on ("geen reden meer om door te gaan met leven").
    "LIVING": {
        "en": "go on living|keep living|carry on living|keep on living|going on living",
        "nl": "door te gaan met leven|verder te leven|door te leven|met leven|verder leven",
    },
    # A step or a walk out into traffic ("keep wanting to just step out into the road"): an act against an obstacle.
    "CRASH": {
        "en": "step out into|stepping out into|step out in front of|stepping out in front of|walk out into|"
              "walking out into|walk out in front of|run out into|running out into|step into the road|"
              "stepping into the road|lie down in the road|lying down in the road",
    },
    # The rails thought about or looked at ("stand at the station and think about the tracks").
    "RAILS": {"en": "about the tracks|about the railway line|about the rails|at the tracks|towards the tracks"},
    "CHEMICAL": {"pl": "wybielacz*", "nl": "gootsteenontstopper|ontstopper|ontstoppingsmiddel"},
    "SLURRED": {"de": "wirres zeug|lallt|verwaschen"},
    "WEAK": {"de": "hängt runter|hängt herunter|hängt schlaff"},
    "WOULD_TAKE": {"de": "bräuchte|brauchen würde|reichen würde|reichen würden"},
    "HOW_MUCH": {"de": "wie viele|wie viel"},
    "TARGET": {"pt": "ônibus|onibus|carro|metrô", "es": "autopista|autobús", "nl": "bus|tram|metro"},
    "CONTEMPLATE": {"de": "stelle mir vor|stelle ich mir|vorstellen"},
    "JUMP": {"es": "me tiro|tirarme", "pt": "me jogar|me atirar"},
    # A first dose is a milestone, not a poisoning ("my daughter swallowed her first pill today").
    "TREATING": {"en": "first pill|first tablet|first dose|first injection|first capsule"},
    # "me quiero morir de la vergüenza": dying of shame or laughter is a figure of speech.
    "DIE_FIGURE": {
        "es": "de la vergüenza|de vergüenza|de risa|de ganas|de hambre|de sueño|de aburrimiento",
        "pt": "de vergonha|de rir|de vontade", "it": "dalla vergogna|dal ridere|dalla voglia",
        "fr": "de honte|de rire", "de": "vor scham|vor lachen",
    },
    # Someone in general ("what happens if someone has a seizure during the infusion?"): a question, not an event.
    "GENERIC_PERSON": {
        "en": "someone|somebody|anyone|anybody|a person|people|patients|a patient",
        "de": "jemand|patienten", "es": "alguien|pacientes", "fr": "quelqu un|patients|on",
        "it": "qualcuno|pazienti", "pt": "alguém|pacientes", "nl": "iemand|patiënten", "pl": "ktoś|pacjenci",
        "tr": "biri|birisi|hastalar",
    },
}
# fmt: on
