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


def test_an_elided_word_opens_no_quotation():
    # 's avonds, 't Hooft, 's-Hertogenbosch and a year are apostrophes; "'NS" is a quotation
    text = "'Het is mooi', zei hij 's avonds in 's-Hertogenbosch tegen Gerard 't Hooft in de zomer van '19. 'Het is goed.'"
    assert marked(text) == ["'Het is mooi'", "'Het is goed.'"]
    assert marked("'NS en ProRail moeten leveren', zegt zij.") == ["'NS en ProRail moeten leveren'"]


def test_a_surname_with_an_elided_article_is_the_speaker(analyzer):
    text = (
        "Natuurkundige Gerard 't Hooft steunt het plan. 'Het is moeilijk, maar het kan', "
        "zei 't Hooft in 2013 tegen de krant. Daarna bleef het stil."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3], q[4]) for q in quotes] == [("'Het is moeilijk, maar het kan'", "'t Hooft", "Gerard 't Hooft")]


def test_a_subheading_run_into_the_next_sentence_is_a_sentence_of_its_own():
    from reader.core.attribution.sentences import sentences

    text = "Het was druk. Hart onder de riem Een verhuurder vindt het fijn. Afstel Zij stemden tegen."
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Het was druk.", "Hart onder de riem", "Een verhuurder vindt het fijn.", "Afstel", "Zij stemden tegen."
    ]  # fmt: skip
    # a capitalised article that opens a name or a title is no subheading's end
    for text in ("Hij werkt bij De Telegraaf sinds mei.", "Zij speelt in Het verhaal van Nederland.", "We pakken meer, meent De Groot."):
        assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [text]


def test_the_speaker_after_a_run_in_subheading(analyzer):
    text = (
        "Halsema ging bij nummer 85 naar binnen om met de bewoners van het pand te spreken. Hart onder de riem "
        "Een verhuurder van een woning op nummer 85 die bij het gesprek met Halsema was, vindt het 'super' dat "
        "de burgemeester komt kijken. \"Ze was echt bezorgd en wilde er alles aan doen.\""
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    speakers = {q[1]: q[3] for q in quotes}
    assert speakers["de burgemeester komt kijken"] == "Een verhuurder van een woning op nummer 85"
    assert speakers["\"Ze was echt bezorgd en wilde er alles aan doen.\""] == "Een verhuurder van een woning op nummer 85"


def test_an_english_preposition_inside_a_name_in_dutch_text(analyzer):
    text = "Het regent. Volgens Eyes on Animals is het zeer aannemelijk dat het aantal misstanden hoger lag."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [("is het zeer aannemelijk dat het aantal misstanden hoger lag", "Eyes on Animals")]


def test_a_closing_mark_after_a_space_before_a_comma_closes():
    text = "'Als je hem wil raken, zeg je paf ', riep ze. De premier noemde dat 'totaal onacceptabel'. Zo 'n dag."
    assert marked(text) == ["'Als je hem wil raken, zeg je paf '", "'totaal onacceptabel'"]


def test_a_single_quotation_inside_a_single_quotation():
    text = "Zij stelt: 'De 'aanslagluwe' periode duurt nog voort. Er waren zes aanslagen.' Bij die aanslagen vielen doden."
    assert marked(text) == ["'De 'aanslagluwe' periode duurt nog voort. Er waren zes aanslagen.'"]
    text = "'Dat is een 'valse leer'', zegt hij."
    assert marked(text) == ["'Dat is een 'valse leer''"]


def test_a_mark_after_a_sentence_inside_a_quotation_opens_its_next_paragraph_again():
    # paragraphs run together: each opens with the mark again, which is no quotation inside the quotation
    text = "Zij zegt: 'We merken dat. Het is zo. 'We streven nu naar meer hulp.' Daarna ging ze."
    assert marked(text) == ["'We merken dat. Het is zo. 'We streven nu naar meer hulp.'"]


def test_a_single_mark_closed_by_two_apostrophes_opens_nothing_after_it():
    # The writer opened with ' and closed in the newspaper style; the second
    # apostrophe used to open a quotation that swallowed the next one.
    text = "Een vrouw riep 'Weg met hem''. Daarna noemde de premier het 'totaal onacceptabel'."
    assert marked(text) == ["'Weg met hem''", "'totaal onacceptabel'"]
    found = find_marked(text, paragraphs(text))[0]
    assert text[slice(*found.inner(text))] == "Weg met hem"


def test_a_term_after_a_colon_that_the_sentence_goes_on_with_is_no_quote(analyzer):
    text = "Het loopt niet storm. Bovendien: 'CO2-neutraal autorijden' op fossiele brandstoffen is een sprookje."
    assert [q for q in quotes_of(analyzer, text, "nl")[0] if q[0] == "direct"] == []
    # someone before the colon: their words, whatever follows
    text = "Het was druk. Piet Jansen: 'We gaan door met het werk.'"
    assert [q[4] for q in quotes_of(analyzer, text, "nl")[0]] == ["Piet Jansen"]
