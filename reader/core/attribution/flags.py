"""The bundled models' lexicon flags (`reader.core.nlp.lexicon.FLAGS`), as
the attribution rules read them. Attribution and nlp do not import each
other, so the numbers stand here once; `tests/core/test_entity_kinds.py`
checks that they agree with the lexicon's."""

#: The lower-case form is common (Zipf frequency 3 or more).
COMMON_FLAG = 50
#: The lower-case form is ten times as frequent as for `COMMON_FLAG`.
EVERYDAY_FLAG = 51
#: The word is a whole place name (country, territory, city).
PLACE_FLAG = 53
#: The word is a known first name.
FIRST_NAME_FLAG = 55
