"""Words that say whether a question is about this FAQ's subject or about some other condition."""

from __future__ import annotations

import re

from bot.answering.normalise import canonical_token
from bot.knowledge.folding import fold

# Tokens (after normalisation) that tie a question to lupus and CAR-T research.
DOMAIN_ANCHORS = frozenset(
    canonical_token(word)
    for word in (
        "lupus cart cd19 bcell tcell autoantibody schett erlangen nuremberg remission cytokinerelease "
        "naturemedicine nejm systemicsclerosis myositis"
    ).split()
)

# Other conditions and treatments: a question about them alone is out of scope, however it is phrased.
OTHER_CONDITIONS = frozenset(
    canonical_token(word)
    for word in (
        "asthma diabete diabetes diabetic flu influenza covid covid19 coronavirus sars cancer tumor tumour "
        "leukemia leukaemia lymphoma myeloma hiv aid malaria tuberculosi tuberculosis pneumonia hepatitis "
        "measle measles multiplesclerosis psoriasi psoriasis crohn crohns coliti colitis migraine alzheimer "
        "alzheimers dementia parkinson parkinsons epilepsy fibromyalgia arthritis rheumatoid thyroid "
        "hashimoto celiac coeliac eczema acne allergy allergie allergies obesity hypertension cholesterol "
        "chemotherapy chemo radiation radiotherapy antibiotic insulin ibuprofen paracetamol acetaminophen "
        "aspirin sclerosis cold methotrexate prednisone prednisolone hydroxychloroquine plaquenil benlysta "
        "belimumab saphnelo anifrolumab rituximab mycophenolate cellcept azathioprine tacrolimus voclosporin als "
        "sickle"
    ).split()
)

# The subject people leave out ("is it a cure?" means CAR-T for lupus): an alias naming it is not penalised
# for words the question implies.
IMPLIED_TOPIC = frozenset(canonical_token(word) for word in "cart lupus therapy treatment".split())
IMPLIED_TOPIC_WEIGHT = 0.3
IMPLIED_TOPIC_QUERY_WEIGHT = 1.0

# "Isn't it a cancer drug?" is about CAR-T: a pronoun stands for the subject people leave out.
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|this|that|they|them|these|those)\b")


def refers_to_subject(question: str) -> bool:
    """Say whether a question points at the FAQ's subject with a pronoun ("is it…", "why are they…")."""
    return bool(_SUBJECT_PRONOUN.search(fold(question)))
