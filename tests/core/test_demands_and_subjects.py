"""Dutch demands whose content is a noun phrase ("eist een loonsverhoging",
"pleit voor …", "vraagt om …", "dringt aan op …"), what is no demand, and
who the subject is around them: a source phrase that belongs to the word
before it ("nieuwsgierig naar de mening van …"), "blijven zeggen", a name
and its apposition before the verb, a circumstance that opens no speaker;
with the real bundled model."""

import pytest

from .test_reported_dutch import analysed, reported


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "De vakbond eist een loonsverhoging van vijf procent.",
            ("een loonsverhoging van vijf procent", "eist", "De vakbond"),
        ),
        (
            "De SP pleit voor een hoger minimumloon voor jongeren.",
            ("een hoger minimumloon voor jongeren", "pleit", "De SP"),
        ),
        (
            "De oppositie vraagt nu al om een onderzoek door de Gezondheidsraad.",
            ("een onderzoek door de Gezondheidsraad", "vraagt", "De oppositie"),
        ),
        (
            "GroenLinks dringt vandaag in de Tweede Kamer aan op een onafhankelijk onderzoek naar de straling.",
            ("een onafhankelijk onderzoek naar de straling", "dringt", "GroenLinks"),
        ),
    ],
)
def test_a_demand_with_a_noun_is_its_makers_statement(analyzer, text, found):
    assert reported(analyzer, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "De situatie vraagt om een snelle oplossing van het probleem.",  # a thing asks for nothing
        "Het Openbaar Ministerie eiste maandag een celstraf van zes maanden tegen de agent.",  # a step of the trial
        "VGZ en Menzis eisen het betaalde geld terug.",  # terugeisen
        "De rebellen eisen de macht op in het noorden van het land.",  # opeisen
        "Met een steeds groter leger twijfelende stemmers is dat vragen om grote problemen.",  # no one asks
    ],
)
def test_what_is_no_demand(analyzer, text):
    assert reported(analyzer, text) == []


def test_a_source_phrase_after_what_governs_it_names_no_source(analyzer):
    text = "De wethouder is niet alleen nieuwsgierig naar de mening van de buurt, maar vraagt ook de commissies om advies."
    assert reported(analyzer, text) == []
    assert reported(analyzer, "De raad luisterde lang naar het oordeel van de experts over de brug.") == []
    found = reported(analyzer, "Het plan gaat naar de mening van de buurt veel te ver.")
    assert found == [("Het plan gaat naar de mening van de buurt veel te ver", "naar de mening van", "de buurt")]


def test_keeping_on_saying_is_saying(analyzer):
    found = reported(analyzer, "De boeren blijven zeggen dat de melkprijs veel te laag is.")
    assert found == [("de melkprijs veel te laag is", "zeggen", "De boeren")]


def test_a_verb_of_wanting_is_in_the_clause_of_the_cue(analyzer):
    """A headline run into the first sentence ("… blijven De burgemeester
    weigert …") puts a finite verb between "blijven" and the infinitive:
    the refusal is the clause's verb, and nothing was said."""
    text = "Burgemeester: laat schutter naamloos blijven De Utrechtse burgemeester weigert de naam uit te spreken van de verdachte van de aanslag in de tram."
    assert reported(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Met zo'n groot leger zwevende stemmers is dat vragen om ongelukken in de Kamer.",
        "Nog altijd zijn er mensen die, na alle onrust in de politiek, pleiten voor een ander kiesstelsel.",
    ],
)
def test_a_circumstance_or_er_opens_no_speaker(analyzer, text):
    assert not any(speaker and speaker.split()[0].lower() in ("met", "er") for _, _, speaker in reported(analyzer, text))


def test_a_name_and_its_apposition_before_the_verb_are_its_subject(analyzer):
    """ "X, docent in Y, vindt …" is no "…, vindt Z" with content before the
    comma: the phrase after the verb would be taken for the speaker."""
    found = reported(analyzer, "Derksen, docent op een school in Deventer, vindt het meldpunt laakbaar.")
    assert all(speaker is None or "meldpunt" not in speaker for _, _, speaker in found)
    assert reported(analyzer, "Onzin, echt onzin, zegt Jansen.") == [("Onzin, echt onzin", "zegt", "Jansen")]


def test_asking_with_a_question_word_reports_the_question(analyzer):
    found = reported(analyzer, "Jansen vraagt zich af waarom niemand op tijd ingreep.")
    assert found == [("niemand op tijd ingreep", "vraagt", "Jansen")]


def direct(analyzer, text):
    return [(q.text, q.speaker.text if q.speaker else None) for q in analysed(analyzer, text).quotes if q.kind == "direct"]


def test_a_pronoun_for_someone_described_after_the_verb_of_their_sentence(analyzer):
    """ "Zondag nog werd een man aangehouden. … , riep hij": the person a
    sentence describes after a longer opening and its verb is whom "hij"
    means, a sentence later too; a name inside the quotation is someone
    spoken of, not a person "hij" could mean."""
    quote = "'Dit land is van ons, niet van Mark Rutte'"
    opening = "Op het plein bleef het onrustig. Zondag nog werd een 34-jarige man uit Zwolle aangehouden."
    assert direct(analyzer, f"{opening} {quote}, riep hij tegen de agenten.") == [(quote, "een 34-jarige man uit Zwolle")]
    later = f"{opening} Op een muur in de wijk stond een leus in rode verf. {quote}, riep hij tegen de agenten."
    assert direct(analyzer, later) == [(quote, "een 34-jarige man uit Zwolle")]


def test_a_noun_for_people_the_tagger_took_for_a_verb_still_speaks(analyzer):
    """ "Vaak stellen economen, …, dat": the tagger may call the plural noun
    after an inverted cue a finite verb; a noun for people is a speaker and
    opens no clause of its own, and "of" inside the aside before "dat" is
    "or", not "whether"."""
    text = "Vaak stellen economen, gevraagd naar een mogelijke recessie of een bankencrisis, dat de kans daarop klein is."
    assert reported(analyzer, text) == [("de kans daarop klein is", "stellen", "economen")]


def test_what_a_clause_s_subject_called_something_with_the_verb_last(analyzer):
    """ "de mannen die elkaar 'X' en 'Y' noemden", "dat zijn partijgenoot
    een ziekenhuis 'Z' had genoemd": the quoted words are the subject's,
    the verb of naming closing the clause; a name given so is no quote."""
    text = (
        "Wie had gedacht dat de mannen die elkaar lang 'kleine raketman' en 'gestoorde sufferd' noemden, nu vrienden zijn."
    )
    assert direct(analyzer, text) == [("'kleine raketman'", "de mannen"), ("'gestoorde sufferd'", "de mannen")]
    text = "Hij werd eraan herinnerd dat zijn partijgenoot een ziekenhuis eerder 'een stapel stenen' had genoemd."
    assert direct(analyzer, text) == [("'een stapel stenen'", "zijn partijgenoot")]
    assert direct(analyzer, "Het schip dat hij 'De Vrijheid' noemde, zonk in de storm.") == []


def test_words_a_noun_names_with_a_verb_of_writing_last(analyzer):
    """ "een docent die de kreet '…' schreef onder een bericht": the words
    are the writer's, the noun phrase before "die", not the clause before it."""
    text = "Het was onrustig. De school schorste een docent die de kreet 'Waar is de leider nu' schreef onder een bericht."
    assert direct(analyzer, text) == [("'Waar is de leider nu'", "een docent")]


def test_a_plural_request_with_om_te(analyzer):
    """ "De bewoners verzoeken de gemeente om …": the plural present of a
    verb of asking takes "om … te" as its content, as the singular does."""
    found = reported(analyzer, "Het was druk. De bewoners verzoeken de gemeente om de oude boom te laten staan.")
    assert found == [("om de oude boom te laten staan", "verzoeken", "De bewoners")]


def test_a_country_s_people_in_the_plural_speak(analyzer):
    """ "Veel Soedanezen eisen …", "De meeste Oekraïners zeggen dat …": a
    plural demonym the model does not tag is a group that may speak; a
    surname that looks like one is not ("Peters": Peter is a first name)."""
    text = "Het protest ging door. De meeste Oekraïners zeggen dat de oorlog nog lang zal duren."
    assert reported(analyzer, text) == [("de oorlog nog lang zal duren", "zeggen", "De meeste Oekraïners")]
    text = "Het protest ging door. Veel Soedanezen eisen het vertrek van de president."
    assert reported(analyzer, text) == [("het vertrek van de president", "eisen", "Veel Soedanezen")]


def test_a_surname_ending_in_s_is_no_plural_demonym(analyzer):
    from reader.core.attribution.titles import demonym_plural

    pipelines = analyzer.pipelines
    nlp = pipelines.get(pipelines.spec_for("nl"))
    doc = nlp("Peters, Willems, Ben, Xen, Soedanezen en Oekraïners waren er.")  # a short word: no stem to cut
    assert [t.text for t in doc if demonym_plural(doc, t)] == ["Soedanezen", "Oekraïners"]
