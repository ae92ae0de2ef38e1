"""French words for the safety concepts. '*' ends a word prefix; accents are optional in messages."""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "le la les un une des du de au aux et ou mais en dans sur sous pour par avec sans que qui se ne pas "
    "je tu il elle on nous vous ils elles me te mon ma mes ton ta son sa ses ce cette est sont ai as a y"
)

VOCAB = phrases(
    {
        "SELF": "suis|je|j|moi|mon|ma|mes",
        "PERSON": "il|elle|mère|maman|père|papa|mari|femme|copain|copine|conjoint*|fils|fille|enfant|bébé|frère|"
        "soeur|grand mère|mamie|papi|ami|amie|petit|petite|quelqu un",
        "PAST": "l année dernière|il y a des années|il y a des mois|quand j étais|aux infos|aux informations|"
        "dans les infos|un article|un reportage|un documentaire",
        "QSTART": "est ce|peut|peut on|on peut|quel|quelle|quels|comment|pourquoi|combien|y a t il|que|qu",
        "INGEST": "pris|avalé|a bu|ai bu|as bu|avons bu|avez bu|ont bu|avait bu|tout bu|mangé|injecté",
        "SWALLOW": "suçait|sucé|il en manque|a pris des|a pris plusieurs|a pris quelques|avalé|a bu|ai bu|ont bu|"
        "avait bu|tout bu|mangé|"
        "dans la bouche|ingéré",
        "EXCESS": "boîtes|plaquettes|"
        "plaquette|boîte|flacon|tube|une vingtaine|une dizaine|encore plus|toute la plaquette|"
        "trop de|toute la|tout le|toute une|tout un|entière|entier|le double|deux fois|beaucoup plus|"
        "plus que|d un coup|poignée|une boîte|une plaquette|un tube|cinq|six|dix|vingt|vingtaine|trentaine|"
        "dizaine|trente|douzaine|surdose|overdose",
        "ALL": "tous|toutes|tout ce|le reste",
        "NORMAL": "par jour|par semaine|chaque matin|comme prescrit|ce matin|comme d habitude|tous les jours|"
        "chaque jour",
        "SCHEDULED": "par jour|par semaine|chaque matin|comme d habitude|comme toujours|comme prescrit|comme tous les|"
        "comme chaque|"
        "avec le petit déjeuner|au petit déjeuner|avec le repas|au déjeuner|au dîner|du matin|du soir|"
        "chaque matin|chaque soir|chaque semaine|pour la semaine|pour aujourd hui|pilulier|"
        "le médecin m a dit|mon médecin m a dit",
        "TOO_MANY": "trop de|beaucoup trop|plus que|plus de|une poignée|boîte|plaquette|flacon|surdose|"
        "d un coup|en une fois|d affilée|par erreur|par accident",
        "SUBSTANCE": "sirop|"
        "prednisone|cortisone|corticoïdes|dose|"
        "cachet*|comprimé*|pilule*|médicament*|somnifère*|antidouleur*|anti douleur*|gélule*|doliprane|"
        "paracétamol|ibuprofène|insuline|anxiolytique*|antidépresseur*|xanax|lexomil|tramadol|codéine",
        "CHEMICAL": "lave vaisselle|vaisselle|nettoyant|eau de javel|soude|"
        "javel|produit ménager|liquide vaisselle|produit vaisselle|lessive|détergent|déboucheur|pile|piles|"
        "poison|mort aux rats|antigel|white spirit|ammoniaque|"
        "déboucheur|lessive|ammoniaque|détartrant|dégraissant|produit ménager|produit vaisselle|adoucissant|javel",
        "OVERDOSE": "surdose|overdose",
        "UNRESPONSIVE": "ne répond plus|ne répond pas|ne se réveille pas|inconscient|inconsciente|"
        "inconscient*|ne répond plus|ne répond pas|ne se réveille pas|ne se réveille plus|"
        "ne réagit pas|ne réagit plus|pas de pouls|ne bouge plus",
        "COLLAPSE": "effondré|effondrée|évanoui|évanouie|tombé|tombée|malaise|"
        "effondré|effondrée|évanoui*|tombé|tombée|malaise|perdu connaissance",
        "NO_BREATH": "ne respire plus|ne respire presque plus|respire bizarrement|respire mal|"
        "ne respire plus|ne respire pas|peux pas respirer|peux plus respirer|arrive pas à respirer|"
        "arrive plus à respirer|étouffe|arrêt respiratoire",
        "BREATH": "respir*|air|souffle",
        "DIFFICULT": "du mal|n arrive|arrive pas|peine|difficulté",
        "BLUE": "bleu*|gris*|violet*|violac*",
        "LIPS": "lèvres|doigts|visage|peau|ongles",
        "SWELL": "gonfl*|enfl*|se ferme",
        "THROAT": "gorge|langue|lèvres",
        "SEIZURE": "crise d épilepsie|convulse|convulsions|"
        "convulsion*|crise d épilepsie|crise convulsive|convulse",
        "FACE": "visage|bouche|sourire",
        "DROOP": "de travers|tombe|affaissé*|déformé*|paralysé*",
        "SLURRED": "bafouille|n arrive plus à parler|ne peut plus parler|parle bizarrement|articule mal",
        "SPEECH": "parler|parle|mots|parole",
        "SPEECH_BAD": "bizarre|n arrive|plus",
        "LIMB": "bras|jambe|main|côté",
        "WEAK": "engourdi*|faible|paralysé*|ne bouge|lourd|lourde",
        "SUDDEN": "soudain*|tout à coup|d un coup|brusque*",
        "CHEST": "poitrine|thorax",
        "PAIN": "douleur*|mal|serr*|oppress*|pression",
        "RADIATE": "bras|mâchoire|cou|dos|épaule|descend|irradie|sueur*|transpir*",
        "BLEED": "saign*|sang|hémorragie",
        "NO_STOP": "s arrête pas|s arrête plus|arrête pas|beaucoup|abondamment",
        "VOMIT": "vomi*|tousse|crache",
        "BLOOD": "sang",
        "HEADACHE": "mal de tête|mal à la tête|migraine|tête",
        "WORST": "pire|plus violent|violent*|coup de tonnerre|soudain*",
        "NAMED_EMERGENCY": "crise cardiaque|infarctus|avc|anaphyla*|choc anaphylactique",
        "CALL_HELP": "appeler le 15|samu|ambulance",
        "SUICIDE_WORD": "suicid*",
        "SUICIDE": "jveux mourir|jveu mourir|jvais me tuer|veux crever|jveux crever|"
        "vais me tuer|veux me tuer|envie de me tuer|pense à me tuer|penser à me tuer|me suicider|"
        "me foutre en l air|mettre fin à mes jours|mettre fin à ma vie|pour en finir|veux en finir|vais en finir|"
        "envie d en finir|en finir avec la vie|en finir avec tout|en finir une bonne fois|en finir ce soir|"
        "veux mourir|envie de mourir",
        "END_IT": "tout arrêter|en finir",
        "INTENT": "pense à|envie de|veux|vais|ce soir",
        "NEG_WANT": "ne veux plus|veux plus|n ai plus envie|plus envie|pas envie",
        "LIVE": "vivre|me réveiller|exister|continuer|être là",
        "POINT": "sens|la peine",
        "HOPELESS": "aucun avenir|pas d avenir|plus d avenir|"
        "aucune issue|pas d issue|sans issue|à quoi bon|plus d espoir|"
        "envie de disparaître|plus envie de vivre|"
        "aucune raison de vivre|plus de raison de vivre|"
        "rien pour quoi vivre|plus jamais me réveiller|ne vaut plus la peine|"
        "fatigué de vivre|fatiguée de vivre|marre de vivre|las de vivre|lasse de vivre",
        "BURDEN": "qu un poids|un boulet|"
        "fardeau|un poids|une charge",
        "BETTER": "plus facile|plus heureux|plus simple|refaire sa vie|recommencer|meilleure vie|vie meilleure|mieux",
        "WITHOUT_ME": "si je n étais plus là|si je ne suis plus là|quand je ne serai plus là|si je n étais pas là|"
        "si je n existais pas|si je disparaissais|sans moi",
        "FAREWELL": "je ne serai plus là|ne serai plus là|"
        "lettre d adieu|lettres d adieu|"
        "mes adieux|adieu|dire au revoir|quand je ne serai plus là|je vous dis adieu",
        "FAREWELL_WEAK": "vous dire au revoir|"
        "ravi de vous avoir connus|contente de vous avoir connus|content de vous avoir connus|"
        "donne mes affaires|donné mes affaires|testament|merci à tous|prenez soin de vous|adieu|"
        "merci pour tout|pardon|je suis désolé|je suis désolée|je vous aime|prenez soin|"
        "tout réglé|tout organisé|mes affaires en ordre|lettres sont écrites|lettres écrites|écrit des lettres|"
        "écrit une lettre|mis de l ordre",
        "PLAN": "j ai un plan|mis de côté|stock de médicaments|gardé mes cachets",
        "RECENT": "viens de|viens d|vient de|vient d|viens juste|vient juste|"
        "venons de|venez de|viennent de|venais de|venait de",
        "TAKE_INTENT": "j avale|je vais avaler|je bois|boire|injecter|prendre|avaler",
        "HOARD": ""
        "mis de côté|de côté|stocké|stockés|accumulé|accumulés|gardé|gardés",
        "MEANS": "corde|pont|toit|voie ferrée|rails|pistolet",
        "PREPARE": "acheté|je sais quel|je sais où",
        "SELF_INJURY": "scarifi*|me coupe|me couper|me suis coupé|me suis coupée|me fais du mal|me faire du mal|"
        "mutil*|automutil*|me brûle",
        "SE": "me|m",
        "HARM_ROMANCE": "coupe|coupé|coupée|coupés|brûle|brûlé|brûlée|scarifie|scarifié*|blesse|blessé*",
        "HAIR": "cheveux|ongles|frange|pointes",
        "ON_PURPOSE": "exprès|volontairement|délibérément|intentionnellement|sciemment",
        "CUT": "scarifiée|scarifié|scarifier|coupée|coupé|me couper|entaillé*",
        "AGAIN": "encore|de nouveau|à nouveau|recommencé|rechute|rechuté",
        "BETTER_OFF": "seraient mieux|serait mieux|mieux sans|vivraient mieux",
        "WITH": "avec",
        "LAST": "dernier|dernière",
        "MESSAGE": "message|post|publication|mots",
        "SIDE": "un côté|côté gauche|côté droit|moitié",
        "DROP": "tombé|tombée|tombe|affaissé",
        "SLEEP": "disparaître|"
        "dormir|m endormir",
        "NEVER_WAKE": "ne jamais me réveiller|jamais me réveiller|"
        "ne plus me réveiller|ne pas me réveiller|ne jamais me reveiller",
        "WISH": "voudrais|aimerais|souhaite|souhaiterais|j espère|espère",
        "FOREVER": "pour toujours|"
        "pour toujours|pour de bon|et ne plus me réveiller",
        "CANT_MORE": "jen peux plus|j en peux plus|"
        "je n en peux plus|n en peux plus|en peux plus|plus la force|"
        "à bout|a bout|je suis à bout|suis au bout",
        "OBJECT_AFTER": "de|avec|cette|ce|ces",
        "LIFE_ALL": "vie|tout|vivre",
        "READY_ALL": "tout prévu|tout organisé|"
        "tout est prêt|tout préparé",
        "NOTE": "lettre|mot",
        "READY": "prêts|prêtes|prêt|préparés|préparées|alignés|alignées|comptés|comptées",
        "ERRAND": "au travail|pour le travail|avant l opération|avant la perfusion|avant l hospitalisation|"
        "avant les vacances|pour l essai|"
        "rendez vous|rdv|consultation|déménagement|le voyage",
        "DISTRESS": "peur|seul|seule|triste|angoiss*|anxi*|désespér*|pleure|déprim*|terrifi*",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "coup de volant|foncer|me jeter sous|me jeter du|me jeter par|me jeter d un|me jeter dans|"
        "sauter du|sauter d un|"
        "sauter par|percuter|m encastrer|me foutre en l air|me lancer contre",
        "TARGET": "arbre|mur|pont|train|camion|voie|rails|falaise|fenêtre|balcon|immeuble|pilier|platane",
        "CONTEMPLATE": "voulais|avais envie de|pense|songe|pense à|pense a|je pense|envie de|veux|vais|j imagine|"
        "m imagine|songe à|tenté de",
        "METHOD": "comment|la meilleure façon de|le moyen de|un moyen de|une façon de",
        "PAINLESS": "moins douloureuse|moins douloureux|la plus rapide|sans souffrir|sans douleur|sans avoir mal",
        "END_SELF": "en finir|me tuer|mourir|ne plus me réveiller|mettre fin à mes jours|mettre fin à ma vie",
        "EMPTY": "vidé|j ai vidé|renversé dans ma main",
        "UNKNOWN_AMOUNT": "je ne sais pas combien|sais pas combien|aucune idée combien|aucune idée du nombre|"
        "on ne sait pas combien",
        "ALONG": "avec moi|en voyage|dans ma valise",
        "END_VERB": "finir|terminer",
        "JUMP": "sauter|me jeter|me lancer",
        "HEIGHT": "pont|toit|balcon|fenêtre|immeuble|falaise",
        "TREATING": "pour la douleur|pour la fièvre|pour son mal de tête|contre la fièvre|contre la douleur",
    }
)
