"""Italian words for the safety concepts. '*' ends a word prefix; accents are optional in messages."""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "il lo la i gli le un uno una e o ma di del della dei delle a al alla in nel nella con per su da tra "
    "fra che se non mi ti si ci vi mio mia suo sua e sono ho ha questo questa come"
)

VOCAB = phrases(
    {
        "SELF": "sono|io|mi|me|mio|mia|miei|mie",
        "PERSON": "bimbo|bimba|bambino|bambina|nipote|lui|lei|madre|mamma|padre|papà|marito|moglie|ragazzo|ragazza|"
        "compagno|compagna|figlio|figlia|"
        "bambino|bambina|bimbo|bimba|neonato|fratello|sorella|nonna|nonno|amico|amica|qualcuno",
        "PAST": "l anno scorso|anni fa|mesi fa|da bambino|da bambina|al telegiornale|nelle notizie|un articolo|"
        "un documentario|un servizio",
        "QSTART": "può|possono|cosa|come|perché|quanto|quanti|quale|si può|c è|ci sono|esiste",
        "INGEST": "presi|prese|ingoiati|ingoiate|preso|presa|ingoiato|ingerito|bevuto|mangiato|iniettato",
        "SWALLOW": "succhiando|succhiato|mancano|ha preso delle|ha preso dei|ha preso alcune|ingoiato|ingerito|bevuto|"
        "mangiato|in bocca",
        "EXCESS": "scatole|confezioni|"
        "scatola|blister|confezione|flacone|boccetta|tutta la scatola|"
        "troppe|troppi|troppo|intera|intero|tutta la|tutto il|il doppio|doppia dose|molto più|più di|"
        "in una volta|manciata|un sacco di|una scatola|un flacone|un blister|cinque|sei|dieci|venti|trenta|"
        "dozzina|ventina|decina|trentina|overdose",
        "ALL": "tutte|tutti|il resto|quelle rimaste",
        "NORMAL": "al giorno|a settimana|alla settimana|ogni mattina|come prescritto|stamattina|come sempre|"
        "ogni giorno|tutti i giorni",
        "SCHEDULED": "al giorno|a settimana|alla settimana|ogni mattina|come sempre|come prescritto|come ogni|"
        "con la colazione|a colazione|a pranzo|a cena|del mattino|"
        "della sera|ogni mattina|ogni sera|ogni settimana|per la settimana|per oggi|portapillole|"
        "il medico ha detto",
        "TOO_MANY": "troppe|troppi|troppo|più di|una manciata|scatola|confezione|blister|overdose|"
        "tutto insieme|tutte insieme|di fila|per sbaglio",
        "SUBSTANCE": "sciroppo|"
        "cortisone|prednisone|dose|tachipirina|"
        "pillol*|pastigli*|compress*|farmac*|medicin*|sonnifer*|antidolorific*|tachipirina|"
        "paracetamolo|ibuprofene|insulina|capsul*|antidepressiv*|calmant*|ansiolitic*|gocce",
        "CHEMICAL": "candeggina|varechina|detersivo|detersivi|anticalcare|sgorgante|pila|batteria|veleno|topicida|"
        "chimic*|antigelo|ammoniaca|"
        "ammoniaca|sgrassatore|ammorbidente|soda caustica|acido muriatico|prodotto per la casa",
        "OVERDOSE": "overdose|sovradosaggio",
        "UNRESPONSIVE": "non si sveglia|non risponde|privo di sensi|priva di sensi|"
        "non si sveglia|non risponde|non reagisce|incosciente|privo di sensi|priva di sensi|"
        "non si muove",
        "COLLAPSE": "svenuto|svenuta|crollato|crollata|caduto a terra|caduta a terra|"
        "svenut*|crollato|crollata|caduto a terra|caduta a terra|perso i sensi|perso conoscenza",
        "NO_BREATH": "non respira|non riesco a respirare|non riesce a respirare|smesso di respirare|soffoco|"
        "sto soffocando",
        "BREATH": "respir*|aria|fiato",
        "DIFFICULT": "non riesco|fatica|difficoltà|non riesce|a fatica",
        "BLUE": "blu|viola|grigie|grigi*|cianotic*|livid*",
        "LIPS": "labbra|dita|viso|pelle|unghie",
        "SWELL": "gonfi*|si chiude",
        "THROAT": "gola|lingua|labbra",
        "SEIZURE": "convulsion*|crisi epilettica|attacco epilettico",
        "FACE": "faccia|viso|bocca|sorriso",
        "DROOP": "storta|storto|cadente|abbassata|paralizzat*|di lato",
        "SLURRED": "biascica|parla strano|non riesce a parlare|farfuglia|impastata",
        "SPEECH": "parlare|parla|parole",
        "SPEECH_BAD": "strano|strana|non riesce|confuse",
        "LIMB": "braccio|gamba|mano|lato",
        "WEAK": "intorpidit*|addormentat*|debole|non riesce a muovere|paralizzat*|formicol*",
        "SUDDEN": "improvvis*|all improvviso|di colpo|tutto d un tratto",
        "CHEST": "petto|torace",
        "PAIN": "dolore|dolori|fa male|oppressione|pressione|stretta",
        "RADIATE": "braccio|mascella|collo|schiena|spalla|si irradia|scende|sudor*|sudat*",
        "BLEED": "sangu*|emorragia",
        "NO_STOP": "non si ferma|non smette|non riesco a fermare|tantissimo|a fiotti",
        "VOMIT": "vomit*|tossisc*",
        "BLOOD": "sangue",
        "HEADACHE": "mal di testa|testa|emicrania",
        "WORST": "peggior*|più forte|fortissimo|improvvis*|fulmine",
        "NAMED_EMERGENCY": "infarto|attacco di cuore|ictus|anafila*|shock anafilattico",
        "CALL_HELP": "chiamare il 118|chiama il 118|ambulanza|chiamare il 112",
        "SUICIDE_WORD": "suicid*",
        "SUICIDE": "la faccio finita|la farò finita|falla finita|"
        "uccidermi|ammazzarmi|togliermi la vita|farla finita|voglio morire|vorrei morire|"
        "meglio morta|meglio morto",
        "END_IT": "farla finita|chiudere con tutto|finire tutto",
        "INTENT": "penso di|pensando di|voglio|stasera|sto per",
        "NEG_WANT": "non voglio più|"
        "non voglio più|non voglio|non ho più voglia",
        "LIVE": "vivere|svegliarmi|esistere|andare avanti|continuare",
        "POINT": "senso",
        "HOPELESS": "nessun futuro|non vedo futuro|non ho futuro|"
        "nessuna via d uscita|non vedo via d uscita|non vedo vie d uscita|senza speranza|"
        "non ha più senso|voglio sparire|"
        "nessun motivo per vivere|non ha senso vivere|non svegliarmi più|"
        "non vale la pena vivere|"
        "stanca di vivere|stanco di vivere",
        "BURDEN": "solo un problema|un problema per|"
        "un peso|un fardello",
        "BETTER": "più facile|più felici|più leggera|più tranquilli|rifarsi una vita|ricominciare|vita migliore|meglio",
        "WITHOUT_ME": "se non ci fossi|se io non ci fossi|se sparissi|senza di me|senza me",
        "FAREWELL": "non ci sarò più|non ci saro piu|"
        "lettera d addio|lettere d addio|"
        "il mio addio|addio a tutti|vi saluto per sempre|quando non ci sarò più",
        "FAREWELL_WEAK": "vi saluto|bello conoscervi|è stato bello|"
        "regalato le mie cose|regalando le mie cose|testamento|non mi servirà|grazie a tutti|"
        "grazie di tutto|grazie per tutto|mi dispiace|perdonatemi|vi voglio bene|addio|"
        "sistemato tutto|tutto sistemato|tutto in ordine|lettere scritte|scritto delle lettere|scritto una lettera|"
        "le mie cose in ordine",
        "PLAN": "ho un piano|messo da parte le pillole|accumulando pillole",
        "RECENT": "ho appena|ha appena|hai appena|abbiamo appena|hanno appena|avete appena",
        "TAKE_INTENT": "bere|iniettar*|ingerire|prendere|ingoiare|"
        "prendo|mi prendo|ingoio|mi ingoio|mando giù",
        "HOARD": ""
        "messo da parte|messe da parte|accumulato|accumulate|accumulando|conservato|conservate",
        "MEANS": "corda|ponte|tetto|binari|pistola",
        "PREPARE": "comprato|so quale|so già",
        "SELF_INJURY": "mi taglio|tagliarmi|mi sono tagliat*|mi faccio del male|farmi del male|autolesion*|mi brucio",
        "SE": "mi",
        "HARM_ROMANCE": "taglio|tagliato|tagliata|tagliata|brucio|bruciato|bruciata|ferisco|ferito|ferita",
        "HAIR": "capelli|unghie|frangia|punte",
        "ON_PURPOSE": "apposta|di proposito|volutamente|intenzionalmente|deliberatamente",
        "CUT": "tagliata|tagliato|tagliarmi",
        "AGAIN": "di nuovo|ancora|un altra volta|ricaduta|ricaduto",
        "BETTER_OFF": "starebbero meglio|starebbe meglio|meglio senza|vivrebbero meglio",
        "WITH": "con",
        "LAST": "ultimo|ultima",
        "MESSAGE": "messaggio|post|parole",
        "SIDE": "un lato|lato sinistro|lato destro|metà",
        "DROP": "caduto|caduta|cade|abbassato",
        "SLEEP": "sparire|scomparire|"
        "dormire|addormentarmi",
        "NEVER_WAKE": "non svegliarmi|non svegliarmi più|mai più svegliarmi|non risvegliarmi|non svegliarmi mai più",
        "WISH": "vorrei|spero|magari",
        "FOREVER": "per sempre|"
        "per sempre|e non svegliarmi",
        "CANT_MORE": "non ce la faccio più",
        "OBJECT_AFTER": "con|di|da|questa|questo|queste|questi",
        "LIFE_ALL": "vita|tutto|vivere",
        "READY_ALL": "tutto pronto|tutto preparato",
        "NOTE": "lettera|biglietto",
        "READY": "pronte|pronti|preparate|preparati|contate",
        "ERRAND": "appuntamento|visita|trasloco|il viaggio",
        "DISTRESS": "paura|mi sento sola|mi sento solo|così sola|così solo|triste|angoscia|ansia|disperat*|piango|"
        "spaventat*|terrorizzat*",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "sterzare|schiantarmi|schiantare|schiantarsi|buttarmi|gettarmi|lanciarmi|andare a sbattere|"
        "sbattere contro",
        "TARGET": "muro|albero|ponte|treno|camion|binari|balcone|finestra|palazzo|tir|guardrail",
        "CONTEMPLATE": "volevo|pensare di|penso|pensando|pensato|penso di|pensando di|pensato di|voglio|mi immagino|"
        "ho voglia di|sto per",
        "METHOD": "come potrei|come posso|come fare a|il modo per|un modo per|il modo migliore",
        "PAINLESS": "meno doloroso|meno dolorosa|più veloce|senza soffrire|senza dolore|senza sentire dolore",
        "END_SELF": "farla finita|uccidermi|morire|togliermi la vita|non svegliarmi",
        "EMPTY": "svuotato|ho svuotato|rovesciato in mano",
        "UNKNOWN_AMOUNT": "non so quante|non so quanti|non so quanto|non sappiamo quante|chissà quante",
        "ALONG": "con me|in viaggio|in valigia",
        "END_VERB": "finire|chiudere",
        "JUMP": "saltare|buttarmi|gettarmi|lanciarmi",
        "HEIGHT": "ponte|tetto|balcone|finestra|palazzo|scogliera",
        "TREATING": "per il mal di testa|per la febbre|per il dolore",
    }
)
