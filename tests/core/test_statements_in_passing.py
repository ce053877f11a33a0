"""Dutch statements that the common news shapes give in passing, with the
real bundled model, on sentences of our own: "Dat maakte X bekend" and
"Dat laat X weten" (a separable verb whose particle closes the sentence)
point back to the sentence before; a role and a surname that opens with a
capitalised article ("minister De Jonge") are one speaker, and no verb
after the name is part of it; what someone called something stays their
words when the sentence goes on with "en" or "maar"."""

from reader.core.article import Article, Block
from reader.core.loading.paragraphs import paragraphs


def analysed(analyzer, text):
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
    return analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language="nl"))


def quotes(analyzer, text):
    return [(q.kind, q.text, q.cue, q.speaker.text if q.speaker else None) for q in analysed(analyzer, text).quotes]


BEFORE = "Het kabinet trekt extra geld uit voor de jeugdzorg."


def test_a_separable_verb_points_back(analyzer):
    for sentence, cue, speaker in [
        ("Dat maakte de minister dinsdag bekend.", "maakte", "de minister"),
        ("Dat laat de gemeente in een verklaring weten.", "laat", "de gemeente"),
        ("Dat maakte minister De Jonge bekend in de Tweede Kamer.", "maakte", "minister De Jonge"),
    ]:
        assert quotes(analyzer, f"{BEFORE} {sentence}") == [("reported", BEFORE[:-1], cue, speaker)], sentence


def test_a_role_before_a_surname_with_its_article(analyzer):
    text = f"{BEFORE} Dat heeft minister De Jonge bekendgemaakt."
    assert quotes(analyzer, text) == [("reported", BEFORE[:-1], "bekendgemaakt", "minister De Jonge")]
    assert [(e.text, e.label) for e in analysed(analyzer, text).entities] == [("De Jonge", "PER")]


def test_a_separable_verb_with_a_clause_after_it_is_not_a_report(analyzer):
    # "Dat" is what the sentence is about, and the particle does not end it.
    assert quotes(analyzer, f"{BEFORE} Dat maakte de minister bekend toen de Kamer erom vroeg en hij de cijfers had.") == []


def test_what_someone_called_something_before_and(analyzer):
    found = quotes(analyzer, "Wilders noemde de premier 'een lafaard' en eiste zijn vertrek.")
    assert [(kind, text, speaker) for kind, text, _, speaker in found] == [("direct", "'een lafaard'", "Wilders")]
    found = quotes(analyzer, "De minister noemde de cijfers 'zorgelijk' maar zag geen reden voor paniek.")
    assert [(kind, text, speaker) for kind, text, _, speaker in found] == [("direct", "'zorgelijk'", "De minister")]


def test_what_someone_called_something_with_the_verb_last(analyzer):
    # A main clause in the perfect, the verb of naming after the quotation.
    found = quotes(analyzer, "De partij heeft het voorstel 'een farce' genoemd.")
    assert [(kind, text, speaker) for kind, text, _, speaker in found] == [("direct", "'een farce'", "De partij")]
    # A relative clause: the one who can speak named it ...
    found = quotes(analyzer, "De minister, die het plan 'onverantwoord' noemde, stapte op.")
    assert [(text, speaker) for _, text, _, speaker in found] == [("'onverantwoord'", "De minister")]
    # ... and when both can, the text does not say who: unknown, not a guess.
    found = quotes(analyzer, "Wilders, die de premier 'een lafaard' noemde, kreeg een boete.")
    assert [(text, speaker) for _, text, _, speaker in found] == [("'een lafaard'", None)]


def test_diens_opens_a_description(analyzer):
    found = quotes(analyzer, "Volgens diens partijgenoot is het plan onhaalbaar.")
    assert [speaker for _, _, _, speaker in found] == ["diens partijgenoot"]


def test_what_someone_thinks_of_something_with_the_verb_last(analyzer):
    found = quotes(analyzer, "Omdat de minister het plan 'onverantwoord' vond, stemde ze tegen.")
    assert [(kind, text, speaker) for kind, text, _, speaker in found] == [("direct", "'onverantwoord'", "de minister")]
    # a thing found is no judgement
    found = quotes(analyzer, "Omdat de politie een 'verdacht pakket' vond, werd het station ontruimd.")
    assert [text for kind, text, _, _ in found if kind == "direct"] == []


def test_a_plural_pronoun_is_the_group_a_sentence_opened_with_a_number(analyzer):
    # "Tienduizenden Venezolanen", "Enkele Kamerleden": a group of people, counted
    found = quotes(analyzer, "Tienduizenden Venezolanen gingen zaterdag de straat op. Zij eisen dat de regering opstapt.")
    assert [speaker for _, _, _, speaker in found] == ["Tienduizenden Venezolanen"]
    found = quotes(analyzer, "Enkele Kamerleden waren boos. Ze vinden dat het kabinet te laat is.")
    assert [speaker for _, _, _, speaker in found] == ["Enkele Kamerleden"]


def test_aldus_as_a_sentence_of_its_own_after_a_quotation(analyzer):
    text = "De brand woedde urenlang. ,,We gaan door met het onderzoek.'' Aldus een woordvoerder van de politie."
    found = quotes(analyzer, text)
    assert [(kind, cue, speaker) for kind, _, cue, speaker in found] == [("direct", "Aldus", "een woordvoerder van de politie")]


def test_the_speaker_of_a_colon_is_who_spoke(analyzer):
    # the one whose reaction it is, not the reaction; the verb that opens the sentence is no part of who
    for text, speaker in [
        ("Reactie van de gemeente: ,,We gaan het onderzoeken.''", "de gemeente"),
        ("De reactie van de gemeente is kort: ,,We gaan het onderzoeken.''", "de gemeente"),
        ("Zegt de burgemeester: ,,We gaan het onderzoeken.''", "de burgemeester"),
    ]:
        assert [s for _, _, _, s in quotes(analyzer, text)] == [speaker], text


def test_an_adverb_after_the_speaker_is_no_part_of_it(analyzer):
    found = quotes(analyzer, ",,Het is niet anders'', verklaart de directeur desgevraagd.")
    assert [speaker for _, _, _, speaker in found] == ["de directeur"]


def test_english_warned_of_a_thing_is_no_statement(analyzer):
    def english(text):
        blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
        analysis = analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language="en"))
        return [(q.text, q.speaker.text if q.speaker else None) for q in analysis.quotes]

    # the condition after the noun is no content of the warning
    assert english("The union warned of strikes if the plan went ahead.") == []
    assert english("The union warned that strikes would follow.") == [("strikes would follow", "The union")]
    assert english('Reaction from the ministry: "We will look into it."') == [('"We will look into it."', "the ministry")]
