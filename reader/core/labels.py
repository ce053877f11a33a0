"""Map any pipeline's entity labels to the reader's four: PER, ORG, LOC, MISC.

CoNLL-trained models already use the four. OntoNotes-style models (spaCy's
official English pipelines) have eighteen, of which numbers, dates and
amounts are not entities for a reader; WikiNER-style models use PER/ORG/LOC/
MISC too. The model's own label is always kept beside the reader's.
"""

from __future__ import annotations

READER_LABELS = ("PER", "ORG", "LOC", "MISC")
#: What the reader calls each label: a heading for a group, one of them.
LABEL_TITLES = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other names"}
LABEL_NOUNS = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other name"}

_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "NORP": "MISC",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "LOCATION": "LOC",
    "MISC": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}

#: Labels that name quantities and times, not actors or places.
NOT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def reader_label(model_label: str) -> str | None:
    """The reader's label for a model label, or None when it is not an entity.

    Unknown labels (a custom model's) become MISC rather than vanish.
    """
    label = model_label.upper()
    if label in NOT_ENTITIES:
        return None
    for prefix in ("B-", "I-", "S-", "E-", "L-", "U-"):
        if label.startswith(prefix):
            label = label[2:]
    return _MAP.get(label, "MISC")
