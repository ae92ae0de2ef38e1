"""Words for the safety concepts that are the same in every language: medicines by their international endings.

International nonproprietary names keep their stem across languages (diazepam, diazepán; prednisone, prednison,
prednisona, prednizon), so a drug ending tags a medicine the vocabulary never listed by name. '*x' matches any
word at least two letters longer than x that ends with x; endings that end ordinary words are left out.
"""

from __future__ import annotations

from bot.safety.vocab import phrases

VOCAB = phrases(
    {
        "SUBSTANCE": (
            # painkillers, paracetamol and its combinations (co-codamol, paracetamolo)
            "*amol|*amolo|*profen|*profene|*profeno|*amadol|*amadolo|*odeine|*odein|*odeina|*morphine|*morphin|"
            "*morfina|*morfin|*codone|*codon|*adone|*adon|*fentanyl|*fentanil|*aspirin|*aspirina|"
            # sleeping pills, benzodiazepines and other sedatives
            "*azepam|*azepan|*zepam|*azolam|*azolan|*pidem|*piclone|*piclon|*barbital|*dramine|*dramin|*dramina|"
            # antidepressants, antipsychotics, anticonvulsants
            "*oxetine|*oxetin|*oxetina|*traline|*tralin|*tralina|*alopram|*opram|*triptyline|*triptylin|"
            "*triptilina|*iapine|*iapin|*iapina|*zapine|*zapin|*zapina|*azepine|*azepin|*azepina|*abalin|"
            "*abalina|*pentin|*pentina|*otrigine|*otrigin|*otrigina|"
            # steroids and the lupus medicines
            "*dnisone|*dnison|*dnisona|*dnizon|*isolone|*isolon|*isolona|*izolon|*ortisone|*ortison|*ortisona|"
            "*ortizon|*ethasone|*ethason|*etasona|*etazon|*oquine|*oquin|*oquina|*ochina|*ochin|*okina|"
            "*trexate|*trexat|*trexato|*treksat|*phenolate|*fenolato|*fenolan|*phenolat|*olimus|*phamide|"
            "*phamid|*famida|*famid|"
            # heart, blood and diabetes medicines
            "*olol|*sartan|*statin|*statine|*statina|*dipine|*dipin|*dipino|*arfarin|*arfarina|*xaban|*gatran|"
            "*formin|*formina|*insulin|*insulina|*insuline"
        ),
        # Someone whose job is to change a dose: "my doctor doubled my pred on purpose" is not an overdose.
        "DOCTOR": (
            "doctor|doctors|dr|rheumy|rheumatologist|consultant|nurse|gp|specialist|arzt|arztin|doktor|medico|"
            "medica|medecin|lekarz|lekarka|arts|huisarts|reumatoloog|rheumatologe|reumatologo|rhumatologue|"
            "reumatologista|reumatolog|hekim|hemsire|hospital|clinic|clinica|klinik|kliniek|ziekenhuis|szpital|hastane|"
            "coordinator|coordinadora|coordinador|insurance|pharmacy|surgery|office|secretary"
        ),
        # Ways of getting in touch: "my doctor isn't answering my emails" is no one unresponsive.
        "COMMS": (
            "phone|phones|calls|call|email*|e mail*|messages|message|texts|text|dms|dm|mail|voicemail|whatsapp|sms|"
            "correo*|mensaje*|llamada*|telefono|movil|appel*|telephone|portable|courriel*|telefonino|cellulare|"
            "chiamat*|messaggi*|ligaç*|celular|mensage*|nachricht*|anruf*|handy|telefon*|bericht*|mails|"
            "wiadomo*|maile|mesaj*|arama*|e posta"
        ),
        # What else people cut, in every language: a cut with one of these in the sentence is not self-injury.
        "HAIR": (
            "hair|nails|fringe|back on|down on|cutting back|cutting down|cutting out|sugar|gluten|carbs|dose|bread|"
            "vegetables|veg|onions|paper|grass|haar|nagels|groente*|brood|uien|papier|gras|haare|gemüse|brot|"
            "zwiebeln|legumbres|verduras|pan|cebolla|cheveux|ongles|legumes|légumes|pain|oignons|capelli|unghie|"
            "verdure|pane|cipolla|cabelo|unhas|pão|cebola|włosy|paznokcie|warzywa|chleb|cebul*|saçı*|saçl*|saçım*|tırnak*|"
            "sebze*|ekmek|soğan"
        ),
    }
)
