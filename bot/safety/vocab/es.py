"""Spanish words for the safety concepts. '*' ends a word prefix; accents are optional in messages."""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "el la los las lo un una unos unas y o pero de del al a en con por para sin sobre que se me te le les "
    "nos mi mis tu su sus es son esta este estos estas eso ya no si muy mas como cuando donde"
)

VOCAB = phrases(
    {
        "SELF": "stoy|kiero|"
        "soy|estoy|yo|me|mi|mis|conmigo",
        "PERSON": "ella|madre|mama|mamá|padre|papa|papá|marido|esposo|esposa|mujer|novio|novia|pareja|hijo|hija|"
        "niño|niña|nene|nena|bebé|hermano|hermana|abuela|abuelo|amigo|amiga|alguien",
        "PAST": "el año pasado|hace años|hace meses|de niño|de niña|en las noticias|en el telediario|un artículo|"
        "una noticia|un documental|un reportaje",
        "QSTART": "puede|pueden|es|son|que|como|cuanto|cuantos|cuantas|por que|se puede|hay|cual|tiene",
        "INGEST": "tomo|se tomo|trago|se trago|"
        "tomó|se tomó|tomé|me tomé|me he tomado|tomado|"
        "tragué|me tragué|tragado|bebí|me bebí|comí|inyecté|me inyecté",
        "SWALLOW": "chupando|chupó|faltan|se tomó unas|se tomó unos|se tomó varias|se tomó algunas|se ha tomado unas|"
        "se ha tomado varias|"
        "tomó unas|se ha comido|se ha tragado|se ha bebido|ha comido|ha tragado|"
        "se tragó|tragó|se bebió|bebió|se comió|comió|en la boca|ingirió|chupando",
        "EXCESS": "cajas|blísteres|frascos|"
        "bote|bote entero|frasco entero|blíster|blister|caja|tira|todo el|luego más|y más|"
        "demasiadas|demasiados|demasiado|caja entera|toda la caja|entera|entero|el doble|mucho más|más de|"
        "de golpe|de una vez|un puñado|un montón|un frasco|una caja|un blister|cinco|seis|diez|veinte|treinta|"
        "docena|veintena|decena|sobredosis",
        "ALL": "todas|todos|lo que quedaba|que quedaban|que me quedaban|el resto",
        "NORMAL": "al día|por día|a la semana|por semana|diarias|diarios|como me recetaron|esta mañana|como siempre|"
        "cada día|todos los días|diario",
        "SCHEDULED": "al día|por día|a la semana|por semana|diarias|diarios|como siempre|como cada día|"
        "como cada semana|como me recetaron|como me dijo|como me indicó|"
        "con el desayuno|en el desayuno|con la comida|con la cena|de la mañana|de la noche|cada mañana|"
        "cada noche|cada semana|para la semana|para hoy|pastillero|el médico me dijo|la médica me dijo",
        "TOO_MANY": "demasiadas|demasiados|demasiado|mucho más|muchas más|más de|un puñado|caja|frasco|blíster|"
        "sobredosis|"
        "de golpe|de una vez|seguidos|seguidas|por error|sin querer",
        "SUBSTANCE": "jarabe|"
        "pastis|prednisona|cortisona|corticoides|dosis|"
        "pastilla*|píldora*|comprimido*|medicament*|remedio*|para dormir|somnífero*|analgésico*|"
        "ibuprofeno|paracetamol|insulina|cápsula*|antidepresivo*|calmante*",
        "CHEMICAL": "lejía|cloro|lavavajillas|detergente|desatascador|limpiador|producto de limpieza|pila|pilas|"
        "veneno|matarratas|químico*|anticongelante|amoniaco|"
        "friegasuelos|limpiasuelos|limpiahogar|limpiacristales|amoniaco|amoníaco|salfumán|suavizante|sosa cáustica|"
        "desengrasante|quitagrasas",
        "OVERDOSE": "sobredosis",
        "UNRESPONSIVE": "no contesta|no me contesta|no responde|"
        "no despierta|no se despierta|no reacciona|no responde|inconsciente|sin pulso|no se mueve",
        "COLLAPSE": "en el suelo|tirado en el suelo|tirada en el suelo|"
        "se desmayó|desmayó|desmayado|desmayada|se cayó|perdió el conocimiento|se desplomó",
        "NO_BREATH": "no respira|no puedo respirar|no puede respirar|dejó de respirar|me ahogo|se ahoga|"
        "no me entra el aire|no consigo respirar",
        "BREATH": "respir*|aire",
        "DIFFICULT": "no puedo|me cuesta|dificultad|no puede",
        "BLUE": "morado*|morada*|azul*|gris*",
        "LIPS": "labios|dedos|cara|piel|uñas",
        "SWELL": "hinch*|se cierra|cerrando",
        "THROAT": "garganta|lengua|labios",
        "SEIZURE": "convulsi*|ataque epiléptico|crisis epiléptica",
        "FACE": "cara|boca|sonrisa",
        "DROOP": "torció|torcida|torcido|caída|colgando|se le cae|de lado",
        "SLURRED": "arrastra las palabras|balbucea|habla raro|no puede hablar",
        "SPEECH": "hablar|habla|palabras",
        "SPEECH_BAD": "raro|rara|no le salen|mal",
        "LIMB": "brazo|pierna|mano|lado",
        "WEAK": "dormido|dormida|entumecid*|débil|no puede mover|no puedo mover|paralizad*",
        "SUDDEN": "de repente|repentin*|de golpe",
        "CHEST": "pecho",
        "PAIN": "dolor|duele|presión|opresión|aprieta",
        "RADIATE": "brazo|mandíbula|cuello|espalda|hombro|baja por|se extiende|sudor|sudando",
        "BLEED": "sangr*|hemorragia",
        "NO_STOP": "no para|no se detiene|no deja de|no puedo parar|mucha|a chorros",
        "VOMIT": "vomit*|tosiendo",
        "BLOOD": "sangre",
        "HEADACHE": "dolor de cabeza|cabeza|jaqueca",
        "WORST": "peor|más fuerte|insoportable|repentin*",
        "NAMED_EMERGENCY": "infarto|ataque al corazón|derrame cerebral|ictus|anafila*|choque anafiláctico",
        "CALL_HELP": "ambulancia",
        "SUICIDE_WORD": "suicid*",
        "SUICIDE": "quitarme de en medio|quitarme del medio|"
        "me quiero matar|voy a matarme|me voy a matar|me mato|quiero matarme|matarme|"
        "quitarme la vida|acabar con mi vida|quiero morir|quiero morirme|me quiero morir|"
        "mejor muerta|mejor muerto",
        "END_IT": "acabar con todo|terminar con todo",
        "INTENT": "pensando en|pienso en|quiero|voy a|esta noche",
        "NEG_WANT": "no kiero|ya no kiero|"
        "no quiero|ya no quiero",
        "LIVE": "vivir|viviendo|seguir|despertar|estar aquí|existir",
        "POINT": "sentido|razón",
        "HOPELESS": "no veo futuro|no tengo futuro|sin futuro|"
        "no veo salida|no hay salida|sin salida|nada tiene sentido|no despertar|"
        "sin esperanza|quiero desaparecer|"
        "no le veo sentido|no tiene sentido vivir|nada por lo que vivir|"
        "no despertar nunca|"
        "cansada de vivir|cansado de vivir|harta de vivir|harto de vivir",
        "BURDEN": "solo doy problemas|doy problemas|un problema para|"
        "una carga|un estorbo|soy un peso",
        "BETTER": "más fácil|más felices|más tranquilos|más tranquila|rehacer su vida|rehacer su vida|"
        "empezar de nuevo|vida mejor|mejor vida|mejor",
        "WITHOUT_ME": "si yo no estuviera|si no estuviera|si yo no existiera|si no existiera|si me muriera|"
        "si yo faltara|sin mí",
        "FAREWELL": "ya no estaré aquí|no estaré aquí|ya no estaré|"
        "carta de despedida|cartas de despedida|"
        "mi despedida|me despido|adiós a todos|despedirme|cuando ya no esté",
        "FAREWELL_WEAK": "despedirme de|"
        "fue un placer conoceros|un placer conocerlos|me despido|"
        "regalando mis cosas|regalé mis cosas|he regalado|testamento|no lo voy a necesitar|"
        "gracias a todos|adiós|"
        "gracias por todo|lo siento|perdón|los quiero|cuídense|"
        "todo arreglado|lo tengo todo preparado|todo preparado|mis asuntos en orden|cartas escritas|escrito cartas|"
        "escribí cartas|escribí una carta|dejado todo en orden",
        "PLAN": "tengo un plan|he guardado pastillas|guardando pastillas|acumulando pastillas",
        "RECENT": "acabo de|acabas de|acaba de|acabamos de|acaban de|acabé de|acabó de|acababa de",
        "TAKE_INTENT": "yo tomo|yo trago|yo me tomo|me bebo|yo bebo|tragar|beber*|inyectar*|tomarme|tomar|tragarme|"
        "me tomo|me trago|voy a tomar|voy a tragar",
        "HOARD": "guardad*|guardé|escondidas|juntado|juntando|"
        "guardado|guardando|acumulando|acumulado|ahorrando|escondido",
        "MEANS": "cuerda|puente|azotea|tejado|vías del tren|pistola",
        "PREPARE": "compré|sé qué|ya sé",
        "SELF_INJURY": "me corto|me he cortado|cortarme|me hago daño|hacerme daño|me he hecho daño|me lastimo|"
        "lastimarme|autolesi*|me quemo|"
        # the clitic before "volver a" ("me he vuelto a cortar": cut myself again)
        "me he vuelto a cortar|me volví a cortar|me vuelvo a cortar|me vuelva a cortar|volver a cortarme",
        "SE": "me",
        "HARM_ROMANCE": "corto|corté|cortado|cortada|quemo|quemé|lastimo|lastimé",
        "HAIR": "pelo|cabello|uñas|flequillo|puntas",
        "ON_PURPOSE": "a propósito|aposta|adrede|queriendo|intencionadamente|a posta|deliberadamente",
        "CUT": "hacer daño|hacerme daño|lastimar|lastimarme|"
        "cortarme|me corté|me corto|cortándome|me he cortado|cortando",
        "AGAIN": "otra vez|de nuevo|volví a|he vuelto a|vuelvo a|recaída|recaí",
        "BETTER_OFF": "estarían mejor|estaría mejor|vivirían mejor|mejor sin",
        "WITH": "con",
        "LAST": "último|última",
        "MESSAGE": "mensaje|post|publicación|palabras",
        "SIDE": "un lado|lado izquierdo|lado derecho|mitad",
        "DROP": "caído|caída|se cayó|se cae",
        "SLEEP": "desaparecer|"
        "dormir|dormirme",
        "NEVER_WAKE": "no despertar|nunca despertar|no volver a despertar|"
        "no despertarme|no despertarme nunca|no despertarme más",
        "WISH": "quisiera|ojalá|me gustaría|espero",
        "FOREVER": "para siempre|y no despertar",
        "CANT_MORE": "ya no puedo más|no aguanto más|no puedo más",
        "OBJECT_AFTER": "con|de|este|esta|esto|estos|estas",
        "LIFE_ALL": "vida|todo",
        "READY_ALL": "todo preparado|todo listo|tengo todo listo",
        "NOTE": "carta|nota",
        "READY": "preparadas|preparados|listas|listos|contadas|guardadas",
        "ERRAND": "en el trabajo|para el trabajo|antes de la operación|antes de la infusión|antes del ingreso|"
        "antes de las vacaciones|para el ensayo|"
        "la cita|mi cita|consulta|la mudanza|el viaje",
        "DISTRESS": "miedo|asustad*|muy sola|muy solo|me siento sola|me siento solo|triste|angustia*|ansiedad|"
        "desesperad*|llorar|lloro|aterrad*",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "volantazo|dar un volantazo|estrellar|estrellarme|estrellarlo|chocar|chocarme|meter el coche|"
        "tirarme|lanzarme|arrojarme|echarme",
        "TARGET": "muro|pared|árbol|camión|tren|puente|vías|balcón|ventana|edificio|azotea|precipicio|acantilado",
        "CONTEMPLATE": "quería|quise|pienso|pensando|pensé|he pensado|pensando en|pienso en|pensado en|he pensado|"
        "me imagino|"
        "quiero|voy a|tengo ganas de",
        "METHOD": "cómo podría|cómo puedo|cómo hacer para|la mejor manera de|la forma de|una forma de|manera de|"
        "cómo se hace para",
        "PAINLESS": "menos doloroso|menos dolorosa|más rápida|sin que duela|sin dolor|sin sufrir",
        "END_SELF": "acabar con todo|acabar con mi vida|terminar con todo|terminar con mi vida|morirme|matarme|"
        "quitarme la vida|no despertar|dejar de vivir",
        "EMPTY": "vacié|he vaciado|vaciado|me vacié",
        "UNKNOWN_AMOUNT": "no sé cuántas|no sé cuántos|no se cuantas|no se cuantos|ni idea de cuántas|"
        "ni idea de cuántos|no sabemos cuántas|no sabemos cuántos|no sé cuánto",
        "ALONG": "conmigo|de viaje|en la maleta",
        "END_VERB": "acabar|terminar",
        "JUMP": "saltar|tirarme|lanzarme|arrojarme",
        "HEIGHT": "puente|azotea|balcón|ventana|edificio|acantilado|precipicio|tejado",
        "TREATING": "para el dolor|para la fiebre|para el dolor de cabeza|para la cabeza",
    }
)
