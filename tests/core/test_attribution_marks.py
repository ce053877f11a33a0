"""Quotation mark styles of issue 14: the Dutch newspaper style ,,…'' and
the low single ‚…‘; sentences written for these tests."""

from reader.core.attribution.marks import find_marked
from reader.core.loading.paragraphs import paragraphs

from .test_quotes import quotes_of


def marked(text):
    return [text[m.start : m.end] for m in find_marked(text, paragraphs(text))]


def test_two_commas_open_and_two_apostrophes_close():
    text = ",,We gaan door,'' zei ze. Hij vond het 's avonds ,,veel te druk'' in de stad."
    assert marked(text) == [",,We gaan door,''", ",,veel te druk''"]
    found = find_marked(text, paragraphs(text))[0]
    assert text[slice(*found.inner(text))] == "We gaan door,"


def test_two_commas_may_close_with_a_double_mark_and_enclose_apostrophes():
    text = 'Zij zei: ,,Het is \'s ochtends al vol." Daarna ging ze.'
    assert marked(text) == [',,Het is \'s ochtends al vol."']


def test_a_comma_after_a_word_opens_nothing():
    text = "Eerst dit,, dan dat. 'Een echte quote hier' eindigt."
    assert marked(text) == ["'Een echte quote hier'"]


def test_two_commas_quote_over_paragraphs():
    text = ",,Het eerste deel.\n\n,,Het tweede deel,'' zei hij.\n\nVerder."
    assert marked(text) == [",,Het eerste deel.\n\n,,Het tweede deel,''"]


def test_low_single_mark():
    text = "Zij noemde het ‚een grote fout‘ van het kabinet."
    assert marked(text) == ["‚een grote fout‘"]


def test_dutch_newspaper_quote_gets_its_speaker(analyzer):
    text = ",,We gaan het onderzoek gewoon voortzetten,'' zegt burgemeester Anna de Vries. Daarna was het stil."
    quotes, _ = quotes_of(analyzer, text, "nl")
    direct = [q for q in quotes if q[0] == "direct"]
    assert len(direct) == 1
    assert direct[0][3] == "burgemeester Anna de Vries"


def test_a_sentence_may_open_with_two_commas():
    from reader.core.attribution.sentences import sentences

    text = "De zaak is gesloten. ,,Wij gaan in beroep,'' zei hij."
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == ["De zaak is gesloten.", ",,Wij gaan in beroep,'' zei hij."]


def test_a_single_mark_opening_a_sentence_closes_at_a_double_one_before_its_cue():
    # the writer mixed the marks; the next apostrophe is a scare quote's
    text = "De een wil het weten. 'Heel mooi, met al dat groen\", roept Leo Smit. De 'Storkiaan' is blij. \"Ik heb gestemd.\""
    assert marked(text)[0] == "'Heel mooi, met al dat groen\""
    # inside a sentence a single mark stays single
    text = "Hij zei 'ja' en ging weg. Zij riep \"nee\", en bleef."
    assert marked(text) == ["'ja'", '"nee"']
