"""Round-9 concepts, every language's words side by side (merged like `moments.CONCEPTS`): someone barely responsive
after alcohol or medicines; an ending told as absence at a date ("I won't be here anymore by Christmas"); and history
that is not a crisis now: an overdose or a suicide attempt someone else had, told as past.

'*' ends a word prefix. Each tag's use is in `bot.safety.rules_means` (STATE_RULES) and `bot.safety.rules` (the
OTHERS_HISTORY sentence tag).
"""

from __future__ import annotations

# fmt: off
CONCEPTS: dict[str, dict[str, str]] = {
    # --- barely responsive: a person who hardly reacts, cannot be woken, drifts off ----------------------------------
    "BARELY_RESPONSIVE": {
        "en": "barely responding|barely responsive|barely responds|hardly responding|hardly responds|"
              "hardly responsive|barely conscious|barely awake|hard to rouse|hard to wake|cant rouse|cant wake him|"
              "cant wake her|cant wake them|keeps passing out|drifting in and out|going in and out|wont stay awake",
        "de": "reagiert kaum|reagiert fast nicht|reagiert nur noch schwach|kaum ansprechbar|nicht ansprechbar|"
              "schwer zu wecken|nicht richtig wach|dämmert weg|kaum bei bewusstsein",
        "es": "apenas responde|apenas reacciona|casi no reacciona|no reacciona bien|medio inconsciente|"
              "no consigo despertarlo|no consigo despertarla|cuesta despertarlo|cuesta despertarla|muy adormilado|"
              "muy adormilada",
        "fr": "répond à peine|ne répond presque plus|ne réagit presque plus|ne répond presque pas|"
              "ne réagit presque pas|difficile à réveiller|à moitié inconscient|à moitié inconsciente|"
              "n arrive pas à le réveiller|n arrive pas à la réveiller|très somnolent|très somnolente",
        "it": "risponde a malapena|reagisce a malapena|risponde appena|quasi non risponde|quasi non reagisce|"
              "difficile da svegliare|mezzo incosciente|mezza incosciente|molto sonnolento|molto sonnolenta",
        "pt": "quase não reage|mal responde|mal reage|difícil de acordar|meio inconsciente|muito sonolento|"
              "muito sonolenta|não consigo acordá lo|não consigo acordá la",
        "nl": "reageert nauwelijks|reageert bijna niet|nauwelijks aanspreekbaar|amper aanspreekbaar|"
              "moeilijk wakker te maken|half bewusteloos|erg suf",
        "pl": "prawie nie reaguje|słabo reaguje|ledwo kontaktuje|ledwo przytomny|ledwo przytomna|"
              "nie mogę go dobudzić|nie mogę jej dobudzić|bardzo senny|bardzo senna",
        "tr": "neredeyse tepki vermiyor|zar zor tepki veriyor|tepki vermiyor gibi|uyandıramıyorum|zar zor uyanık|"
              "yarı baygın|çok uyuşuk",
    },
    # Alcohol words not yet listed (a formal "a considerable quantity of whisky").
    "ALCOHOL": {
        "en": "whisky|whiskey|gin|rum|brandy|spirits", "de": "schnaps|whisky|korn|likör", "es": "whisky|ron|ginebra",
        "fr": "whisky|rhum|alcool fort", "it": "whisky|grappa|liquore", "pt": "whisky|cachaça|aguardente",
        "nl": "jenever|whisky|sterke drank", "pl": "alkohol*|wódk*|whisky", "tr": "alkol*|rakı|viski",
    },
    # Sleeping and calming tablets by their everyday compound names.
    "SUBSTANCE": {
        "nl": "slaaptabletten|slaappillen|kalmeringsmiddel*|pijnstillers", "de": "beruhigungstabletten",
        "pl": "tabletkami nasennymi|tabletki nasenne|tabletek nasennych", "tr": "uyku hapı|uyku hapları|uyku haplarımı",
    },
    # --- an ending told as absence at a date --------------------------------------------------------------------------
    # No longer here, or not living to see something ("werde ich nicht mehr erleben"): "anymore" is what parts it from
    # a trip ("I won't be here for Christmas, we're away").
    "GONE_BY": {
        "en": "wont be here anymore|wont still be here|not still be here|still be here by|still be around by|"
              "wont live to see|not live to see|not planning on being here|"
              "not planning to be here|dont intend to be here|do not intend to be here",
        "de": "nicht mehr erleben|nicht mehr da sein|nicht mehr hier sein|bin ich nicht mehr da|nicht mehr erlebe",
        "es": "ya no voy a estar",
        "fr": "ne serai plus là|serai plus là|ne serai plus ici",
        "it": "non ci sarò più|non sarò più qui",
        "pt": "já não vou estar|não vou estar mais|já não estarei",
        "nl": "ben ik er niet meer|er niet meer zijn|niet meer meemaken",
        "pl": "już mnie nie będzie|mnie już nie będzie|nie dożyję",
        "tr": "artık burada olmayacağım|artık olmayacağım",
    },
    # A date ahead: a feast, a birthday, the end of a month or year.
    "DATE_AHEAD": {
        "en": "christmas|xmas|new year|new years|easter|my birthday|my bday|end of the month|end of the year|"
              "next month|next year|the summer|the holidays|thanksgiving",
        "de": "weihnachten|silvester|neujahr|ostern|geburtstag|ende des monats|monatsende|nächsten monat|sommer",
        "es": "navidad|nochevieja|año nuevo|semana santa|cumpleaños|fin de mes|el mes que viene|el verano",
        "fr": "noël|nouvel an|pâques|anniversaire|fin du mois|mois prochain|l été",
        "it": "natale|capodanno|pasqua|compleanno|fine mese|il mese prossimo|l estate",
        "pt": "natal|ano novo|páscoa|aniversário|fim do mês|mês que vem|próximo mês|verão",
        "nl": "kerst|kerstmis|oud en nieuw|nieuwjaar|pasen|verjaardag|eind van de maand|volgende maand|zomer",
        "pl": "święta|świąt|sylwester|nowy rok|wielkanoc|urodzin*|koniec miesiąca|przyszły miesiąc|lato",
        "tr": "yılbaşı*|bayram*|doğum günü*|ay sonu*|gelecek ay|yaz*",
    },
    # --- someone else's past, told as history -------------------------------------------------------------------------
    "RELATIVE": {
        "en": "aunt|uncle|cousin|grandmother|grandfather|grandma|grandpa|nan|gran|bro|sis|stepmum|stepdad",
        "de": "tante|onkel|cousin|cousine|oma|opa|großmutter|großvater|bruder|schwester|mutter|vater",
        "es": "tía|tío|primo|prima|abuela|abuelo|hermano|hermana",
        "fr": "tante|oncle|cousin|cousine|grand mère|grand père|frère|soeur|sœur",
        "it": "zia|zio|cugino|cugina|nonna|nonno|fratello|sorella",
        "pt": "tia|tio|primo|prima|avó|avô|irmão|irmã|mãe|pai",
        "nl": "tante|oom|neef|nicht|oma|opa|broer|zus|moeder|vader",
        "pl": "ciocia|ciotka|wujek|kuzyn|kuzynka|babcia|dziadek|brat|siostra|mama|tata",
        "tr": "teyzem|halam|amcam|dayım|kuzenim|ninem|babaannem|anneannem|dedem|ağabeyim|abim|ablam|kardeşim",
    },
    # Survived, well again: the end of a story told ("and survived", "is well now").
    "SURVIVED": {
        "en": "survived|pulled through|is well now|is fine now|is okay now|is ok now",
        "de": "überlebt|wurde gerettet", "es": "sobrevivió|lo salvaron|la salvaron",
        "fr": "a survécu|va bien aujourd hui|l ont sauvé|l ont sauvée", "it": "è sopravvissuto|è sopravvissuta",
        "pt": "sobreviveu|foi salvo|foi salva", "nl": "overleefde|heeft het overleefd|is gered",
        "pl": "przeżył|przeżyła|uratowali", "tr": "kurtuldu|hayatta kaldı",
    },
    # A trip told beside an absence ("I won't be here for Christmas, we're visiting family"): no farewell.
    "TRIP": {
        "en": "holiday|vacation|trip|travelling|traveling|visiting family|visiting my|going away|abroad",
        "de": "urlaub|reise|verreise|verreisen|fahren weg|fahre weg", "es": "vacaciones|viaje|de viaje",
        "fr": "vacances|voyage|en voyage", "it": "vacanza|vacanze|viaggio|in viaggio",
        "pt": "férias|viagem|viajar", "nl": "vakantie|reis|op reis", "pl": "wyjeżdżam|wyjeżdżamy|wyjazd*|urlop*",
        "tr": "tatil*|seyahat*",
    },
    # European Portuguese progressive ("ando a juntar"), a stash counted in the plural ("já tenho bastantes").
    "SAVE_UP": {"pt": "a juntar|a guardar|a esconder"},
    "ENOUGH": {"pt": "bastantes"},
    # Pain spreading, in Dutch compounds ("uitstraalt naar mijn linkerarm").
    "RADIATE": {"nl": "uitstraalt|linkerarm|rechterarm"},
    # Years, in the plural forms not yet listed.
    "TIME_UNIT": {"tr": "yıllar|yıllarca|seneler"},
}
# fmt: on
