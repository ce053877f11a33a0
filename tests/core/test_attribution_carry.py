"""A quote sentence without a cue right after someone's statement is
theirs, within a paragraph too (issue 14); sentences written for these
tests."""

import pytest

from .test_quotes import quotes_of


def direct(quotes):
    return [q for q in quotes if q[0] == "direct"]


def test_dutch_quote_after_a_statement_in_the_same_paragraph(analyzer):
    text = (
        "Advocaat Pieter Jansen zegt dat de zaak veel te snel is gegaan. "
        ",,Dit dossier had nooit zo bij de rechtbank mogen komen.'' Het vonnis volgt later."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in direct(quotes)] == [("Advocaat Pieter Jansen", "Pieter Jansen")]


def test_english_quote_after_a_statement_in_the_same_paragraph(analyzer):
    text = (
        "Mayor John Carter said the bridge would reopen within weeks. "
        '"We have done everything we could to make it safe for everyone." The council meets on Friday.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in direct(quotes)] == ["John Carter"]  # the actor's name holds no title (issue 15)


def test_no_carry_over_a_sentence_naming_someone_else(analyzer):
    text = (
        "Advocaat Pieter Jansen zegt dat de zaak veel te snel is gegaan. Rechter Marie Bos reageerde niet. "
        ",,Dit dossier had nooit zo bij de rechtbank mogen komen.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in direct(quotes)] == [None]


def test_a_quote_paragraph_after_a_paragraph_ending_with_a_statement(analyzer):
    text = (
        "De brug is dicht.\n\nAdvocaat Pieter Jansen zegt dat de zaak veel te snel is gegaan.\n\n"
        ",,Dit dossier had nooit zo bij de rechtbank mogen komen.''\n\n"
        "Het vonnis volgt later. Rechter Marie Bos zegt dat ze tijd nodig heeft, maar dat het snel gaat. "
        "Daarna sprak ze met de pers.\n\n,,Wij doen wat we kunnen.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    # The first quote paragraph follows Jansen's statement; the second follows
    # a sentence that is no statement, so its speaker is not carried over.
    assert [q[4] for q in direct(quotes)][0] == "Pieter Jansen"
    assert direct(quotes)[1][4] != "Pieter Jansen"


def test_a_quote_two_sentences_of_the_writers_after_a_statement(analyzer):
    text = (
        "Maar volgens Piet Koenders is er eerder meer dan minder zwerfafval. Mensen eten vaker onderweg. "
        "De verpakking belandt dan in de berm. ,,Wij kennen inmiddels de vaste routes van het afval.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Piet Koenders"]


def test_no_carry_over_a_sentence_opening_with_someone_described(analyzer):
    text = (
        "Maar volgens Piet Koenders is er eerder meer dan minder zwerfafval. De woordvoerster van de gemeente "
        "ziet dat anders. ,,Wij kennen inmiddels de vaste routes van het afval.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] != ["Piet Koenders"]


def test_no_carry_over_more_than_two_sentences(analyzer):
    text = (
        "Maar volgens Piet Koenders is er eerder meer dan minder zwerfafval. Mensen eten vaker onderweg. "
        "De verpakking belandt dan in de berm. Dat is al jaren zo. ,,Wij kennen inmiddels de vaste routes.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in direct(quotes)] == [None]


def test_a_quoted_headline_is_the_speakers_whose_quote_it_repeats(analyzer):
    text = (
        "'Wij gaan niet weg uit deze wijk'\n\n"
        "De bewoners van de Parkstraat moeten wijken voor nieuwbouw. "
        ",,Wij gaan echt niet weg uit deze wijk, wat de gemeente ook zegt'', zegt buurtvoorzitter Karin de Wit."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Karin de Wit", "Karin de Wit"]


def test_a_quoted_headline_that_no_quote_repeats_stays_unknown(analyzer):
    text = (
        "'Wij gaan niet weg uit deze wijk'\n\n"
        "De bewoners van de Parkstraat moeten wijken voor nieuwbouw. "
        ",,De gemeente heeft ons nooit iets gevraagd'', zegt buurtvoorzitter Karin de Wit."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in direct(quotes)][0] is None


def test_a_paragraph_opening_in_lower_case_goes_on_with_the_one_before(analyzer):
    # a line cut inside a sentence, as text copied from a page or a
    # sentence splitter leaves it: the cue after the break still counts
    text = '"Why can we not reach our own fields any more?"\n\nasked Samir Haddad, a farmer turned back by a patrol.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[4]) for q in quotes] == [("direct", "Samir Haddad")]


def test_a_name_in_the_speakers_apposition_does_not_stop_the_next_quote_being_theirs(analyzer):
    text = (
        "Mensen met een lage opleiding zijn de pineut, waarschuwt Johan Mackenbach, hoogleraar bij Erasmus MC. "
        ",,Lageropgeleiden zitten knel. Ze halen hun pensioen niet.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Johan Mackenbach", "Johan Mackenbach"]


def test_a_cueless_quote_after_a_sentence_closed_by_verb_and_name_is_that_persons(analyzer):
    text = (
        "Gertjan Beens pleit voor minder zwaar werk. En zo blijft het probleem bestaan, vreest Beens. "
        ",,Werkgevers doen nu veel aan reïntegratie.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes if q[0] == "direct"] == ["Gertjan Beens"]


def test_a_quote_after_someone_elses_statement_is_not_the_earlier_speakers(analyzer):
    text = (
        ",,Ik ben bang dat het gedaan is met de premier'', aldus parlementslid George Freeman, voormalig adviseur van "
        "May. Kabinetsleden zeggen tegenover de krant dat May 'een risicofactor' is geworden, 'die niet meer te "
        "controleren is'."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["parlementslid George Freeman", "Kabinetsleden", "Kabinetsleden"]


@pytest.mark.parametrize(
    "text, actor",
    [
        ("De moeder van Lili Smit zegt dat ze blij is met het besluit.", None),
        ("Een van Howicks beste vrienden zegt dat hij blij is met het besluit.", None),
        ("Een woordvoerder van Shell zegt dat het bedrijf blij is met het besluit.", "Shell"),
        ("Directeur Veerle Vrindts van ProVeg zegt dat ze blij is met het besluit.", "Veerle Vrindts"),
        ("De advocaat van Peter Jansen zegt dat zijn cliënt onschuldig is.", None),
        # a noun for who they are between "van" and the names, and a second name after "en" and a relative
        ("De advocaat van slachtoffers Martin Colmans en zoon Sharon stelde dat de verdachte is geradicaliseerd.", None),
        ("De advocaat van Jan de Vries en zoon Piet zei dat de verdachte is geradicaliseerd.", None),
        ("Jan de Vries en zoon Piet zeggen dat het plan doorgaat.", "Jan de Vries"),
    ],
)
def test_a_person_named_in_a_description_of_someone_else_does_not_speak(analyzer, text, actor):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == [actor]


def test_a_department_between_a_role_and_a_name_does_not_speak(analyzer):
    # the minister speaks, whether the model found the name or not; not the ministry named in the role
    quotes, _ = quotes_of(analyzer, "Minister van Binnenlandse Zaken Ollongren zegt dat iedere provincie twee kandidaten stuurt.", "nl")
    assert [q[3] for q in quotes] == ["Minister van Binnenlandse Zaken Ollongren"]
    assert quotes[0][4] != "Binnenlandse Zaken"
    quotes, _ = quotes_of(analyzer, "Een woordvoerder van Shell zegt dat het bedrijf blij is met het besluit.", "nl")
    assert [q[4] for q in quotes] == ["Shell"]


def test_a_group_opening_a_sentence_between_keeps_a_quote_from_the_statement_before(analyzer):
    text = (
        "Een Duits echtpaar dacht dat het om terroristen ging. Veel bewoners waren niet verbaasd over de explosie. "
        '"Dit gebeurt toch overal in de stad?"'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Een Duits echtpaar", "Veel bewoners"]


def test_a_quoted_headline_is_the_speakers_of_the_statement_that_opens_the_article(analyzer):
    text = (
        "'Geen kind mag opgroeien in armoede'\n\n"
        "Voor een rijk land is het onacceptabel dat een op de tien kinderen arm is, vindt staatssecretaris "
        "Tamara van Ark. Het kabinet trekt extra geld uit voor gezinnen met weinig inkomen."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes[0][0] == "direct" and quotes[0][4] == "Tamara van Ark"
    # a statement far into the text does not speak for the headline
    later = text.replace("Voor een rijk land", "Het kabinet komt met een plan voor gezinnen met weinig inkomen. " * 6 + "Voor een rijk land")
    quotes, _ = quotes_of(analyzer, later, "nl")
    assert quotes[0][0] == "direct" and quotes[0][4] is None


def test_a_quote_goes_on_after_a_statement_that_ends_in_a_shortened_surname(analyzer):
    # "T." ends the sentence before a quotation, and the name the statement ends in is no one else named between
    text = (
        'Een andere bron zegt dat een actie als die van gisteren past bij Gökmen T. "Als hij doorgesnoven was,'
        ' was hij tot alles in staat."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[3]) for q in quotes] == [("reported", "Een andere bron"), ("direct", "Een andere bron")]


def test_two_people_take_turns_after_one_is_addressed_by_name(analyzer):
    text = (
        'Een gesprek met columnist Theodor Holman. "Je zit jezelf in de weg, Theodor." "Wat bedoel je?"'
        ' "Je kijkt neer op vrouwen." "Ik? Dat doe ik helemaal niet!" "Je bent erg bossy." "Bossy? Ik?"'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == [None, "Theodor Holman", None, "Theodor Holman", None, "Theodor Holman"]
    # words between two quotes end the run of turns
    text = text.replace(' "Je bent erg bossy."', ' Zij lacht. "Je bent erg bossy."')
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes][4:] == [None, None]


def test_a_quoted_headline_whose_words_someone_says_as_she_further_on(analyzer):
    # the headline takes the speaker of the later quote with most of its
    # words, here "ze": resolved where "ze" stands, not before the headline
    text = (
        "'Ik mag eindelijk naar mijn kinderen'\n\n"
        "De moeder van de twee tieners mag terugkomen. Armina Hambartsjumian kan het nieuws nauwelijks "
        "verwerken, vertelt ze aan de telefoon. ,,Het is niet te verwoorden. Ik mag eindelijk weer naar mijn kinderen!''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes[0][:2] == ("direct", "'Ik mag eindelijk naar mijn kinderen'")
    assert quotes[0][4] == "Armina Hambartsjumian"


def test_a_quote_goes_on_past_people_it_speaks_of_itself(analyzer):
    # Lili and Howick named between are whom the quote speaks of, not who speaks it
    text = (
        ",,Het kwam toch nog heel onverwacht'', zegt Armina. Dat ze Lili en Howick snel weer in de armen kan "
        "sluiten, kan ze nog niet bevatten. ,,Ik heb Howick meteen gebeld. Lili sprak ik wat later.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Armina", "Armina"]
    # someone named between whom the quote does not speak of still stops it
    quotes, _ = quotes_of(analyzer, text.replace("Ik heb Howick meteen", "Ik heb mijn zoon meteen"), "nl")
    assert [q[4] for q in direct(quotes)] == ["Armina", None]


def test_a_cue_right_after_the_closing_mark_without_a_comma(analyzer):
    # "'…' zegt advocaat X": the comma left out; the quote paragraph after goes on with X
    text = (
        "Die agenten hebben 'de meest gekke dingen gedaan' zegt advocaat Louis de Leon, die Otto bijstond. "
        ",,Ze hebben de moeder onder druk gezet.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Louis de Leon", "Louis de Leon"]
    # a title before a verb that is no speaker's: no cue, no statement
    quotes, _ = quotes_of(analyzer, "De film 'Wat ik zeg' vertelt het verhaal van een meisje.", "nl")
    assert quotes == []


ONE_VOICE = (
    "'Ik vecht voor mijn kinderen'\n\n"
    "Huguette Debets (35) klaagt als eerste Boeing aan na de vliegtuigcrash. Daarbij kwam de vader van haar "
    "kinderen, Jackson Musoni, om.\n\n"
    ",,Ze hadden hun vader al losgelaten. Ik zet mezelf even aan de kant.''\n\n"
    ",,Eerst geloofde ik het niet, want Jackson is zo'n geluksvogel. Ik dacht dat hij zijn vlucht had gemist.''"
)


def test_an_article_with_one_voice(analyzer):
    # no quote has a cue; they speak in the first person and of Jackson by
    # name: the one person left is the one the article is about
    quotes, _ = quotes_of(analyzer, ONE_VOICE, "nl")
    assert [q[4] for q in direct(quotes)][-2:] == ["Huguette Debets", "Huguette Debets"]


def test_no_one_voice_when_someone_else_speaks_or_two_are_left(analyzer):
    said = ONE_VOICE + "\n\n,,Het onderzoek loopt nog'', zegt een woordvoerder van Boeing."
    quotes, _ = quotes_of(analyzer, said, "nl")
    assert [q[4] for q in direct(quotes)][1:3] == [None, None]
    two = ONE_VOICE.replace("want Jackson is", "want hij is")  # Jackson no longer spoken of: two are left
    quotes, _ = quotes_of(analyzer, two, "nl")
    assert [q[4] for q in direct(quotes)][1:] == [None, None]


PORTRAIT = (
    "Verpleegkundige met een missie\n\nAnna de Wit werkt al twintig jaar als verpleegkundige in Zwolle. Het werk "
    "is zwaar, zegt De Wit. Overwerk noemde ze vroeger 'onvermijdelijk', tot de afdeling halveerde en De Wits "
    "collega's vertrokken. 'Ik sta nu vaak alleen op de gang en dat is niet veilig.' Het ziekenhuis wil niet reageren."
)


def test_in_a_portrait_a_quote_in_the_first_person_is_the_main_persons(analyzer):
    # the sentence before holds a quote of hers, so no rule of the sentence before applies;
    # she spoke last and the writer named her last
    quotes, _ = quotes_of(analyzer, PORTRAIT, "nl")
    assert [q[4] for q in direct(quotes)] == ["Anna de Wit", "Anna de Wit"]


@pytest.mark.parametrize(
    "change",
    [
        ("'Ik sta nu vaak", "'Een verpleegkundige staat nu vaak"),  # not in anyone's own voice
        # someone else spoke last (with "ze" she would have: her words go on, `own_voice`)
        ("Het werk is zwaar, zegt De Wit. Overwerk noemde ze", "Het werk is zwaar, zegt haar collega Piet Bos. Overwerk noemde hij"),
    ],
)
def test_no_main_voice_without_her_own_voice_or_her_last_word(analyzer, change):
    quotes, _ = quotes_of(analyzer, PORTRAIT.replace(*change), "nl")
    assert direct(quotes)[-1][4] is None


def test_a_writers_question_is_no_statement_and_the_answer_is_the_person_introduced(analyzer):
    text = (
        "Het plan voor de markt\n\nWethouder Piet Bakker is erg enthousiast over het plan. Is het niet te groot, "
        'in zijn ogen? "Nee. Dit staat goed. Zeker weten!" Hij wil vooral winkels.'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    # the question is the writer's, no statement "in zijn ogen"; the answer is his
    assert [(q[0], q[4]) for q in quotes] == [("direct", "Piet Bakker")]


def test_a_quote_after_a_sentence_of_no_ones_goes_back_to_the_person_introduced(analyzer):
    text = (
        "Directeur Lucy van Helm lanceert hem met een beetje pijn in het hart. Want uit onderzoek blijkt: "
        'we zijn onaardiger voor elkaar geworden. "Dat is natuurlijk heel erg triest."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Lucy van Helm"]
    # not when the name does not open that sentence, nor past a sentence of someone's
    quotes, _ = quotes_of(analyzer, 'De politie hield Jan Smit aan. De auto werd in beslag genomen. "Het was een vergissing."', "nl")
    assert [q[4] for q in direct(quotes)] == [None]


def test_a_slogan_after_a_colon_is_no_quote(analyzer):
    quotes, _ = quotes_of(analyzer, "Er komt een actie op sociale media met de slogan: 'doeslief'. Het is simpel.", "nl")
    assert quotes == []


def test_a_pronoun_after_the_verb_of_a_clause_before_a_colon(analyzer):
    text = (
        "Voor het verkeerslicht zet Victor Verhoek zijn Vespa stil. 'Helemaal niks', vindt Verhoek de nieuwe regels. "
        "Eén ding weet hij zeker: 'Ik ga echt geen 30 rijden tussen de auto's.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in direct(quotes)][-1] == ("hij", "Victor Verhoek")


def test_a_quote_goes_on_from_one_whose_speaker_the_context_gave(analyzer):
    # the first quote's speaker comes from the sentence before it (introduced),
    # which is decided after the first carry pass: the second quote follows it
    text = (
        "Anja Borgmeijer kreeg een brief van de gemeente. Borgmeijer schrok. Hoe het verder gaat? Borgmeijer heeft geen idee. "
        ",,Ik hoop dat ik dit baantje behoud.'' Vooralsnog heeft het geld de Haagse weinig rust gebracht. "
        ",,Ik slaap niet meer van de stress.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Anja Borgmeijer", "Anja Borgmeijer"]


def test_quote_paragraphs_run_together_keep_their_speaker(analyzer):
    # The Dutch source prints an article as one paragraph: two quote
    # paragraphs of one speaker stand side by side.
    text = (
        "Het gezin mag blijven. ,,Ik heb Howick meteen gebeld,'' zegt moeder Armina Jansen. "
        ",,Hij was net uit school.'' ,,Er moet nog heel veel geregeld worden.'' De gemeente zwijgt."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Armina Jansen"] * 3


def test_a_quote_side_by_side_with_a_question_is_not_carried(analyzer):
    # after a question another answers
    text = "Het gezin mag blijven. Armina Jansen vroeg: ,,Hoe kom je daar bij?'' ,,Hou toch op!'' De gemeente zwijgt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Armina Jansen", None]


def test_a_role_before_a_name_after_the_cue_is_not_the_whole_speaker(analyzer):
    # the parser made "zoon" the subject and the name its object
    quotes, _ = quotes_of(analyzer, ",,Het is goed nieuws,'' zegt zoon Piet Jansen.", "nl")
    assert [(q[3], q[4]) for q in quotes] == [("zoon Piet Jansen", "Piet Jansen")]


def test_a_speech_noun_of_a_person_announces_the_quote_after_it(analyzer):
    text = (
        "De arts twitterde over zijn patiënt. Niet lang daarna volgt de reactie via het account van minister "
        "Hugo de Jonge. 'Vervelend dat er nog geen plek is gevonden.' Meerdere mensen reageren."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Hugo de Jonge"]


def test_a_quote_in_her_own_voice_after_the_writer_names_the_last_speaker_again(analyzer):
    text = (
        "Het gezin vluchtte. ,,We zijn blij,'' zegt Armina Jansen. Later diende het gezin een verzoek in, "
        "waardoor moeder Armina nu terug mag. ,,Ik heb Howick meteen gebeld.'' De gemeente zwijgt."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Armina Jansen", "Armina Jansen"]
    # someone else named since: not hers
    text = text.replace("waardoor moeder Armina nu terug mag", "waarna advocaat Piet Smit haar belde")
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)][-1] != "Armina Jansen"


def test_a_quote_in_her_own_voice_two_sentences_after_her_name_goes_on_with_her(analyzer):
    # she is not the article's main person and the writer named her two sentences back: still her words
    text = (
        "Het bisdom steunt de pastoor, zegt woordvoerster Dapne Jansen. ,,We staan achter hem,'' zegt ze. "
        "Hoe de bisschop erover denkt, vertelt Jansen niet. Verder zwijgt men over de kwestie. "
        ",,Ik ga niet in op wat mensen op een spandoek schrijven.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in direct(quotes)] == ["Dapne Jansen", "Dapne Jansen"]
    # a third sentence of the writer's since, or an organisation that may have spoken: no longer surely hers
    for change in (("de kwestie. ", "de kwestie. De paus zwijgt. "), ("Verder zwijgt men", "Verder zwijgt het Openbaar Ministerie")):
        quotes, _ = quotes_of(analyzer, text.replace(*change), "nl")
        assert direct(quotes)[-1][4] is None, change
