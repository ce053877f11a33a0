import pytest

from reader.core.labels import reader_label


@pytest.mark.parametrize(
    "model_label, label",
    [
        ("PER", "PER"),
        ("PERSON", "PER"),
        ("ORG", "ORG"),
        ("GPE", "LOC"),
        ("FAC", "LOC"),
        ("LOC", "LOC"),
        ("NORP", "MISC"),
        ("EVENT", "MISC"),
        ("PRODUCT", "MISC"),
        ("WORK_OF_ART", "MISC"),
        ("LAW", "MISC"),
        ("LANGUAGE", "MISC"),
        ("MISC", "MISC"),
        ("DATE", None),
        ("CARDINAL", None),
        ("MONEY", None),
        ("PERCENT", None),
    ],
)
def test_maps_every_scheme_to_four_labels(model_label, label):
    assert reader_label(model_label) == label
