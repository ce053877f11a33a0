"""What someone called or found something, in one quoted word, and
speakers named by a plural compound, with the real bundled model on
sentences of our own."""

import pytest

from reader.core.article import Article, Block
from reader.core.loading.paragraphs import paragraphs


def analysed(analyzer, text, lang="nl"):
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
    return analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language=lang))


def quotes(analyzer, text, kind):
    analysis = analysed(analyzer, text)
    return [(q.text, q.speaker.text if q.speaker else None) for q in analysis.quotes if q.kind == kind]


def test_dutch_plurals_back_to_their_singulars():
    from reader.core.attribution.roles import singulars

    assert "advocaat" in singulars("advocaten")  # a long vowel
    assert "meteoroloog" in singulars("meteorologen")
    assert "rebel" in singulars("rebellen")  # a doubled consonant
    assert "bedrijf" in singulars("bedrijven") and "baas" in singulars("bazen")  # v → f, z → s
    assert "minister" in singulars("ministers")
    assert singulars("plan") == ("plan",)


def test_a_plural_compound_speaks(analyzer):
    found = quotes(analyzer, "Deze maatregelen zijn onvoldoende, menen de twee dierenorganisaties.", "reported")
    assert found == [("Deze maatregelen zijn onvoldoende", "de twee dierenorganisaties")]
    found = quotes(analyzer, "Volgens de energiebedrijven is de kans op tekorten groter geworden.", "reported")
    assert [speaker for _, speaker in found] == ["de energiebedrijven"]


def test_one_who_studies_a_field_speaks(analyzer):
    found = quotes(analyzer, "Volgens hydrologen is de kans op overstromingen groter geworden.", "reported")
    assert [speaker for _, speaker in found] == ["hydrologen"]


def test_one_quoted_word_is_what_was_called_or_found(analyzer):
    assert quotes(analyzer, "De advocaat noemde het plan 'onverantwoord'.", "direct") == [("'onverantwoord'", "De advocaat")]
    assert quotes(analyzer, "Jan de Vries vond het 'heel goed'.", "direct") == [("'heel goed'", "Jan de Vries")]
    # the verb of finding nearest the quote, not a cue word before it ("vragen")
    found = quotes(analyzer, "Dwangsommen vragen vond Jan de Vries 'kinderachtig'.", "direct")
    assert found == [("'kinderachtig'", "Jan de Vries")]


def test_a_quoted_thing_found_or_one_noun_marked_is_no_quote(analyzer):
    assert quotes(analyzer, "Agenten vonden een 'verdacht pakketje' in de auto.", "direct") == []
    assert quotes(analyzer, "Agenten vonden het 'verdachte pakketje' in de auto.", "direct") == []
    assert quotes(analyzer, "Jan de Vries noemde de EU een 'vijand'.", "direct") == []
    assert quotes(analyzer, "De ouders noemden hun zoon 'Pieter'.", "direct") == []


def test_described_as_a_quoted_phrase(analyzer):
    found = quotes(analyzer, "Het OM omschreef het als 'voorgeprogrammeerde verklaringen'.", "direct")
    assert found == [("'voorgeprogrammeerde verklaringen'", "Het OM")]


def test_a_relative_clause_reports_nothing_before_its_comma(analyzer):
    text = (
        "Met de aankondiging van een nieuwe taks bewoog het kabinet al in de richting van Klaver, die een "
        "belasting op de uitstoot van grote bedrijven als harde voorwaarde had gesteld voor zijn steun."
    )
    assert quotes(analyzer, text, "reported") == []


def test_a_party_group_and_business_people_speak(analyzer):
    found = quotes(analyzer, "De D66-fractie zei nog veel bezwaren te hebben.", "reported")
    assert [speaker for _, speaker in found] == ["De D66-fractie"]
    found = quotes(analyzer, "De zakenlieden gaven aan voorbereid te zijn op de brexit.", "reported")
    assert found == [("voorbereid te zijn op de brexit", "De zakenlieden")]


def test_a_noun_like_a_cue_in_te_infinitive_content(analyzer):
    found = quotes(analyzer, "De fractie zei geen vragen te hebben.", "reported")
    assert found == [("geen vragen te hebben", "De fractie")]


def test_a_clause_of_reason_reports_nothing_before_its_comma(analyzer):
    text = "De behandeling werd uitgesteld, omdat met name de D66-fractie nog veel vragen zei te hebben."
    # (a statement inside a clause of reason is not read, see infinitives._infinitive_start)
    assert quotes(analyzer, text, "reported") == []


def test_that_also_says_someone(analyzer):
    text = "De markt is veel drukker dan vorig jaar. Dat meent ook marktvrouw Diane Meijer."
    found = quotes(analyzer, text, "reported")
    assert found == [("De markt is veel drukker dan vorig jaar", "marktvrouw Diane Meijer")]


def test_that_before_a_colon_points_to_what_follows(analyzer):
    text = "Jan de Vries was blij. Dat vindt Piet Jansen: ,,Het is een mooi plan.''"
    assert quotes(analyzer, text, "reported") == []
    assert quotes(analyzer, text, "direct") == [(",,Het is een mooi plan.''", "Piet Jansen")]


def test_showing_and_making_believe_with_dat(analyzer):
    found = quotes(analyzer, "Het CBS toonde aan dat de uitgaven aan de AOW stijgen.", "reported")
    assert found == [("de uitgaven aan de AOW stijgen", "Het CBS")]
    found = quotes(analyzer, "De minister maakt ons wijs dat de AOW onbetaalbaar wordt.", "reported")
    assert found == [("de AOW onbetaalbaar wordt", "De minister")]
    assert quotes(analyzer, "De minister toonde interesse aan in het plan van de gemeente.", "reported") == []


def test_the_subject_of_wanting_or_trying_says_it(analyzer):
    found = quotes(analyzer, "De politici willen ons wijsmaken dat de AOW onbetaalbaar wordt.", "reported")
    assert found == [("de AOW onbetaalbaar wordt", "De politici")]
    found = quotes(analyzer, "De minister probeerde te verklaren dat de AOW onbetaalbaar wordt.", "reported")
    assert found == [("de AOW onbetaalbaar wordt", "De minister")]
    # what is yet to be shown is no statement
    text = "Binnenkort moet de stichting aantonen dat de school genoeg leerlingen kan trekken."
    assert quotes(analyzer, text, "reported") == []


def test_what_someone_knows_after_the_statement(analyzer):
    found = quotes(analyzer, "Er worden nog geen boetes uitgedeeld, weet de woordvoerder van de politie.", "reported")
    assert found == [("Er worden nog geen boetes uitgedeeld", "de woordvoerder van de politie")]
    assert quotes(analyzer, "Wat er gebeurd is, weet de politie nog niet.", "reported") == []
    assert quotes(analyzer, "Het plan gaat door, weet de politie nog niet.", "reported") == []
    assert quotes(analyzer, "De woordvoerder weet dat de AOW onbetaalbaar wordt.", "reported") == []


def test_a_plural_pronoun_goes_on_with_the_group_that_spoke(analyzer):
    text = (
        "Deze maatregelen zijn onvoldoende, menen de twee dierenorganisaties. Zij wijzen erop dat de "
        "inspectie vorig jaar vijf transporten stilzette."
    )
    found = quotes(analyzer, text, "reported")
    assert [speaker for _, speaker in found] == ["de twee dierenorganisaties", "de twee dierenorganisaties"]


def test_a_headline_a_letter_cites_is_no_quote(analyzer):
    text = (
        "En hoe gaat het met de kip Dolly? 'Hond en kat vaker ingezet als proefdier' (AD 10-4). Molly heeft "
        "mooi de voorpagina gehaald. De kop 'Verander niet te snel van geslacht' (Opinie, 21 februari) "
        "suggereert iets anders."
    )
    assert quotes(analyzer, text, "direct") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bij nood, roep een vrouw! 'Premier scoort met noodkreet om hulp' (AD.nl). Zelfs de premier roept om hulp.",
        "Ik ergerde me. De kop 'Verander niet te snel van school' zegt genoeg over de schrijver.",
        "Met zijn zege bevestigt Piet Jansen zijn naam als 'de man die van niets iets kan maken'.",
    ],
)
def test_a_headline_a_site_cites_a_headline_named_and_a_name_someone_goes_by_are_no_quotes(analyzer, text):
    assert quotes(analyzer, text, "direct") == []


def test_an_aside_between_dashes_does_not_hide_the_subject(analyzer):
    text = (
        "Wethouder Jan Rikkering is blij met de sloop. Ook over de invulling van de hal - waaronder een "
        "overdekte markt en een bioscoop - is Rikkering enthousiast. 'Daarmee haal je mensen naar de "
        "binnenstad. Dat is goed voor iedereen.'"
    )
    analysis = analysed(analyzer, text)
    found = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(found) == 1 and found[0].speaker is not None
    actors = {actor.id: actor.name for actor in analysis.actors}
    assert actors[found[0].speaker.actor] == "Jan Rikkering"


def test_what_someone_called_a_thing_with_words_of_its_own(analyzer):
    found = quotes(analyzer, "Jan de Vries noemde de aanval op de moskee 'totaal onacceptabel'.", "direct")
    assert found == [("'totaal onacceptabel'", "Jan de Vries")]
    found = quotes(analyzer, "Jan de Vries noemde de bedreigingen ook 'totaal onacceptabel'.", "direct")
    assert found == [("'totaal onacceptabel'", "Jan de Vries")]


def test_a_name_with_a_bracket_before_a_verb_of_naming_is_its_subject(analyzer):
    # the parser takes the object after the verb for its subject; and the
    # quoted words may go on with "van"
    text = "Jan de Vries (GroenLinks) noemt de terugkomst van deze moeder 'een logisch gevolg' van het besluit."
    analysis = analysed(analyzer, text)
    names = {a.id: a.name for a in analysis.actors}
    found = [(q.text, names.get(q.speaker.actor) if q.speaker else None) for q in analysis.quotes]
    assert found == [("'een logisch gevolg'", "Jan de Vries")]


def test_a_list_of_groups_speaks(analyzer):
    text = "Patiënten moeten baas zijn van hun gegevens, vinden patiënten-, artsenorganisaties en politici."
    assert [s for _, s in quotes(analyzer, text, "reported")] == ["patiënten-, artsenorganisaties en politici"]
    text = "Volgens voor- en tegenstanders is het plan onbetaalbaar."
    assert [s for _, s in quotes(analyzer, text, "reported")] == ["voor- en tegenstanders"]
    text = "Boeren, tuinders en vissers zeggen dat het plan onbetaalbaar is."
    assert quotes(analyzer, text, "reported") == [("het plan onbetaalbaar is", "Boeren, tuinders en vissers")]
    # a comma before words that are no list of who: the phrase ends there
    text = "Het plan is onbetaalbaar, zei de burgemeester, tevreden en opgelucht."
    assert [s for _, s in quotes(analyzer, text, "reported")] == ["de burgemeester"]


def test_a_word_cut_off_at_its_hyphen_is_no_person_who_speaks(analyzer):
    analysis = analysed(analyzer, "Het plan is onbetaalbaar, zeggen Kamer- en Statenleden.")
    found = [q for q in analysis.quotes if q.kind == "reported"]
    assert [q.speaker.text for q in found] == ["Kamer- en Statenleden"]
    assert found[0].speaker.actor is None


def test_an_aside_between_the_verb_and_dat(analyzer):
    text = "De minister zei, na afloop van het overleg, dat het kabinet geen geld heeft."
    assert quotes(analyzer, text, "reported") == [("het kabinet geen geld heeft", "De minister")]
    # a relative "dat" after a neuter noun is no content
    assert quotes(analyzer, "De minister sprak over het overleg, dat drie uur duurde.", "reported") == []


def test_a_te_infinitive_after_a_phrase_with_bij(analyzer):
    text = "Voorlopig hebben alle zeven partijen gezegd bij ieder gesprek te willen aansluiten."
    assert quotes(analyzer, text, "reported") == [("bij ieder gesprek te willen aansluiten", "alle zeven partijen")]
    # "door … te …" is how, not what was said
    assert quotes(analyzer, "De demonstranten reageerden door stenen te gooien.", "reported") == []


def test_a_verdict_without_a_verb_before_an_inverted_cue(analyzer):
    found = quotes(analyzer, "Een mooi resultaat, berekende marktonderzoeker GfK.", "reported")
    assert [text for text, _ in found] == ["Een mooi resultaat"]
    found = quotes(analyzer, "Het beste nieuws van de week, vindt de burgemeester.", "reported")
    assert found == [("Het beste nieuws van de week", "de burgemeester")]
    # the subject before its verb: what stands before the comma is no statement
    assert quotes(analyzer, "De vader van de schutter, Mehmet T., reageerde.", "reported") == []


def test_dutch_men_is_no_one(analyzer):
    assert quotes(analyzer, "Maar men kan met evenveel recht stellen dat hij de enige partijleider is.", "reported") == []


def test_the_subject_after_the_verb_ends_before_an_object_with_an_adjective(analyzer):
    text = (
        "Clinton\n\nHillary Clinton doet niet mee aan de verkiezingen. Alsof ze erkende dat ze een fout had gemaakt, "
        "adviseerde Clinton de Democratische kandidaten 'niets voor vanzelfsprekend aan te nemen'."
    )
    assert quotes(analyzer, text, "direct") == [("'niets voor vanzelfsprekend aan te nemen'", "Clinton")]


def test_who_made_an_estimate_or_a_report_speaks_through_it(analyzer):
    text = "Volgens een schatting van verzekeraars is de schade opgelopen tot 170 miljoen euro."
    assert [s for _, s in quotes(analyzer, text, "reported")] == ["verzekeraars"]
    text = "Volgens het rapport van de inspectie is de school onveilig."
    assert [s for _, s in quotes(analyzer, text, "reported")] == ["de inspectie"]


def test_in_keeping_with_a_spelling_is_no_source(analyzer):
    text = "De gemeente denkt dat er een punt stond waar volgens de Nederlandse schrijfwijze een komma hoort."
    assert [s for _, s in quotes(analyzer, text, "reported")] == ["De gemeente"]
