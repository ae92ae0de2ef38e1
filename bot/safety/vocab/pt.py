"""Portuguese words (Brazil and Portugal) for the safety concepts. '*' ends a word prefix."""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "o a os as um uma uns umas e ou mas de do da dos das ao a em no na nos nas com por para sem que se me "
    "te lhe nos meu minha seu sua e sao esta este isso nao muito mais como quando"
)

VOCAB = phrases(
    {
        "SELF": "dou|sou|estou|eu|me|mim|meu|minha|meus|minhas",
        "PERSON": "avó|avô|vovó|vó|"
        "ele|ela|mãe|mamãe|pai|papai|marido|esposa|mulher|namorado|namorada|filho|filha|criança|bebê|"
        "irmão|irmã|avó|avô|vovó|amigo|amiga|companheiro|companheira|alguém",
        "PAST": "ano passado|anos atrás|meses atrás|há anos|quando era|nas notícias|no noticiário|um artigo|"
        "uma reportagem|um documentário",
        "QSTART": "pode|podem|o que|como|quanto|quantos|qual|por que|porque|existe|tem|há",
        "INGEST": "tomou|engoliu|bebeu|"
        "tomou|engoliu|tomei|engoli|bebi|comi|injetei|tomado|ingeri",
        "SWALLOW": "chupando|chupou|faltam|tomou uns|tomou umas|tomou alguns|tomou algumas|tomou vários|tomou várias|"
        "engoliu|bebeu|comeu|"
        "na boca|ingeriu",
        "EXCESS": "vidro|um vidro|frasco inteiro|"
        "caixas|cartelas|"
        "cartela|cartela inteira|caixa|frasco|um monte|de uma vez|"
        "demais|muitos|muitas|inteira|inteiro|toda a|todo o|o dobro|dose dupla|muito mais|mais do que|"
        "de uma vez|um punhado|uma caixa|uma cartela|um frasco|cinco|seis|dez|vinte|trinta|dúzia|dezena|overdose",
        "ALL": "todos|todas|o resto|que sobrou|que sobraram",
        "NORMAL": "por dia|ao dia|por semana|diariamente|diários|diárias|como receitado|hoje de manhã|como sempre|"
        "todo dia|todos os dias",
        "SCHEDULED": "por dia|ao dia|por semana|diariamente|diários|diárias|como sempre|como receitado|"
        "como de costume|com o pequeno almoço|ao pequeno almoço|"
        "com o café da manhã|no café da manhã|com a refeição|ao almoço|ao jantar|da manhã|da noite|"
        "todas as manhãs|todas as noites|todas as semanas|para a semana|para hoje|caixa de comprimidos|"
        "o médico disse|a médica disse",
        "TOO_MANY": "demais|a mais|mais do que|mais de|um punhado|caixa|cartela|frasco|overdose|"
        "de uma vez|de uma só vez|seguidos|seguidas|por engano",
        "SUBSTANCE": "xarope|"
        "prednisona|cortisona|corticoide*|dose|remédios|"
        "comprimido*|pílula*|remédio*|medicament*|pra dormir|para dormir|calmante*|analgésico*|"
        "paracetamol|dipirona|ibuprofeno|insulina|cápsula*|antidepressivo*|rivotril|tarja preta",
        "CHEMICAL": "água sanitária|cândida|detergente|desentupidor|produto de limpeza|sabão|pilha|bateria|veneno|"
        "chumbinho|soda cáustica|químico*|"
        "lixívia|lixivia|amoníaco|soda cáustica|desengordurante|amaciador|limpa vidros|tira gorduras",
        "OVERDOSE": "overdose|superdosagem",
        "UNRESPONSIVE": "não acorda|n acorda|não responde|não reage|inconsciente|"
        "não acorda|não responde|não reage|inconsciente|desacordad*|sem pulso|não se mexe",
        "COLLAPSE": "desmaiou|desmaiada|desmaiado|caiu|apagou|"
        "desmaiou|desmaiado|desmaiada|caiu|perdeu os sentidos|perdeu a consciência|apagou|desabou",
        "NO_BREATH": "não está respirando|não respira|parou de respirar|não consigo respirar|sufocando",
        "BREATH": "respir*|ar|fôlego",
        "DIFFICULT": "não consigo|dificuldade|falta de",
        "BLUE": "roxo*|roxa*|azul*|cinza|arroxead*",
        "LIPS": "lábios|dedos|rosto|pele|unhas",
        "SWELL": "inchand*|inchad*|fechando",
        "THROAT": "garganta|língua|lábios",
        "SEIZURE": "convulsion*|convulsão|ataque epiléptico|crise convulsiva",
        "FACE": "rosto|boca|sorriso|cara",
        "DROOP": "torta|torto|caída|caído|paralisad*|de lado",
        "SLURRED": "fala enrolada|não consegue falar|fala estranho|enrolando as palavras",
        "SPEECH": "falar|fala|palavras",
        "SPEECH_BAD": "estranh*|não consegue|enrolad*",
        "LIMB": "braço|perna|mão|lado",
        "WEAK": "dormente|formigando|fraco|fraca|não consegue mexer|paralisad*",
        "SUDDEN": "de repente|súbit*|do nada",
        "CHEST": "peito",
        "PAIN": "dor|dói|aperto|pressão|aperta",
        "RADIATE": "braço|mandíbula|queixo|pescoço|costas|ombro|vai para|desce|irradia|suor|suando",
        "BLEED": "sangr*|hemorragia",
        "NO_STOP": "não para|não estanca|não pára|muito",
        "VOMIT": "vomit*|tossindo",
        "BLOOD": "sangue",
        "HEADACHE": "dor de cabeça|cabeça",
        "WORST": "pior|mais forte|insuportável",
        "NAMED_EMERGENCY": "infarto|enfarte|ataque cardíaco|avc|derrame|anafila*|choque anafilático",
        "CALL_HELP": "samu|ambulância|ligar 192|ligar para o 192|ligar 112",
        "SUICIDE_WORD": "suicid*",
        "SUICIDE": "vou me matar|quero me matar|penso em me matar|pensando em me matar|vontade de me matar|"
        "tentar me matar|me matar hoje|"
        "tirar minha vida|tirar a minha vida|acabar com a minha vida|quero morrer|"
        "prefiro morrer",
        "END_IT": "acabar com tudo|dar um fim",
        "INTENT": "pensando em|penso em|quero|vou|hoje à noite",
        "NEG_WANT": "não quero mais|não quero",
        "LIVE": "viver|acordar|existir|continuar",
        "POINT": "sentido",
        "HOPELESS": "não vejo futuro|não tenho futuro|sem futuro|"
        "não vejo saída|sem saída|não tem saída|sem esperança|quero sumir|desistir de tudo|"
        "não tenho motivo para viver|não vale a pena viver|nada pelo que viver|"
        "não acordar mais|nunca mais acordar|"
        "cansada de viver|cansado de viver|farta de viver|farto de viver",
        "BURDEN": "só dou trabalho|dou trabalho|só atrapalho|um estorvo|"
        "um peso|um fardo",
        "BETTER": "mais fácil|mais felizes|mais leve|mais tranquilos|refazer a vida|recomeçar|vida melhor|melhor vida|"
        "melhor",
        "WITHOUT_ME": "se eu não estivesse|se eu não existisse|se eu sumisse|sem mim",
        "FAREWELL": "não estarei mais aqui|não vou estar mais aqui|"
        "carta de despedida|cartas de despedida|"
        "minha despedida|me despeço|adeus a todos|quando eu não estiver mais aqui",
        "FAREWELL_WEAK": "me despedir|"
        "foi bom conhecer vocês|foi bom conhecer voces|"
        "doando minhas coisas|doei minhas coisas|testamento|não vou precisar|obrigada a todos|"
        "obrigado a todos|"
        "obrigado por tudo|obrigada por tudo|desculpa|me perdoem|amo vocês|adeus|"
        "tudo resolvido|tudo tratado|deixei tudo organizado|tudo em ordem|cartas escritas|escrevi cartas|"
        "escrevi uma carta",
        "PLAN": "tenho um plano|guardando remédios|juntando comprimidos|juntei remédios",
        "RECENT": "acabo de|acabei de|acabou de|acaba de|acabamos de|acabaram de|acabava de",
        "TAKE_INTENT": "eu tomo|eu engulo|eu bebo|me tomo|beber|injetar|tomar|engolir|"
        "tomo|engulo|vou tomar|vou engolir",
        "HOARD": ""
        "guardando|guardei|guardado|guardados|juntando|juntei|acumulando|acumulei",
        "MEANS": "corda|ponte|telhado|trilhos|arma|prédio",
        "PREPARE": "comprei|sei qual|já sei",
        "SELF_INJURY": "me cortar|me corto|me cortei|me machucar|me machuco|me machuquei|automutila*|me ferir|"
        "me queimar",
        "SE": "me",
        "HARM_ROMANCE": "corto|cortei|cortar|queimo|queimei|machuco|machuquei|firo|feri",
        "HAIR": "cabelo|unhas|franja|pontas",
        "ON_PURPOSE": "de propósito|propositalmente|intencionalmente|deliberadamente",
        "CUT": "me cortei|me cortar|me corto|cortando",
        "AGAIN": "de novo|novamente|outra vez|voltei a|recaída|recaí",
        "BETTER_OFF": "ficariam melhor|estariam melhor|viveriam melhor|melhor sem",
        "WITH": "com",
        "LAST": "último|última",
        "MESSAGE": "mensagem|post|postagem|palavras",
        "SIDE": "um lado|lado esquerdo|lado direito|metade",
        "DROP": "caiu|caído|caída|cai",
        "SLEEP": "sumir|desaparecer|"
        "dormir",
        "NEVER_WAKE": "não acordar|nunca mais acordar|não acordar mais|não acordar nunca mais",
        "WISH": "queria|gostaria|quem me dera|espero",
        "FOREVER": "para sempre|e não acordar",
        "CANT_MORE": "não aguento mais",
        "OBJECT_AFTER": "com|de|esse|essa|este|esta|isso|desse|dessa",
        "LIFE_ALL": "vida|tudo|viver",
        "READY_ALL": "tudo pronto|tudo preparado",
        "NOTE": "carta|bilhete",
        "READY": "prontos|prontas|preparados|preparadas|separados|separadas|contados",
        "ERRAND": "consulta|marcação|mudança|a viagem",
        "DISTRESS": "medo|sozinha|sozinho|triste|ansios*|angústia|desesperad*|chorando|choro|apavorad*",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "virar o volante|jogar o carro|bater o carro|bater com o carro|jogar me|me jogar|"
        "atirar me|me atirar|lançar me|"
        "me lançar",
        "TARGET": "muro|parede|árvore|ponte|trem|comboio|caminhão|camião|prédio|janela|varanda|viaduto",
        "CONTEMPLATE": "queria|quis|penso|pensando|pensei|pensando em|penso em|pensei em|quero|vou|me imagino|"
        "tenho vontade de",
        "METHOD": "como eu poderia|como poderia|como posso|como eu posso|o jeito de|um jeito de|a forma de|"
        "uma forma de|a melhor maneira de",
        "PAINLESS": "menos doloroso|menos dolorosa|mais rápido|sem sentir dor|sem dor|sem sofrer",
        "END_SELF": "acabar com tudo|acabar com a minha vida|acabar com minha vida|me matar|morrer|tirar a minha vida|"
        "não acordar",
        "EMPTY": "esvaziei|esvaziado|despejei",
        "UNKNOWN_AMOUNT": "não sei quantos|não sei quantas|nao sei quantos|nao sei quantas|não sabemos quantos|"
        "sem saber quantos",
        "ALONG": "comigo|de viagem|na mala",
        "END_VERB": "acabar|terminar",
        "JUMP": "pular|saltar|me jogar|me atirar",
        "HEIGHT": "ponte|prédio|janela|varanda|viaduto|telhado",
        "TREATING": "para a dor|para a febre|para dor de cabeça|para a dor de cabeça",
    }
)
