"""Dutch reported speech that the cue lists alone missed (issue 14): the
te-infinitive as content, a cue after the content with the speaker's
apposition or relative clause after it, an organisation by its initials,
a "volgens X" inside the sentence, and what is no statement or no speaker.
Sentences written for these tests."""

import pytest

from .test_quotes import quotes_of


@pytest.mark.parametrize(
    "text, cue, content, speaker",
    [
        (
            "De burgemeester zegt geschrokken te zijn van de schade.",
            "zegt",
            "geschrokken te zijn van de schade",
            "De burgemeester",
        ),
        (
            "Wethouder Pieter Bos zei niet te weten wie de brief had geschreven.",
            "zei",
            "niet te weten wie de brief had geschreven",
            "Wethouder Pieter Bos",
        ),
        (
            "De vakbond kondigde dinsdag al aan volgende week opnieuw te staken.",
            "kondigde",
            "volgende week opnieuw te staken",
            "De vakbond",
        ),
        (
            "De fractie riep de minister gisteren op om het besluit terug te draaien.",
            "riep",
            "om het besluit terug te draaien",
            "De fractie",
        ),
    ],
)
def test_content_as_a_te_infinitive(analyzer, text, cue, content, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[2], q[1], q[3]) for q in quotes] == [("reported", cue, content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "De agenten reageerden door de straat af te zetten.",  # how they reacted, not what they said
        "Het kabinet kondigde nieuwe regels aan om de huren te beperken.",  # a purpose
        "Zij verloor omdat zij dacht de stemming al te hebben gewonnen.",  # a reason
        "Hij probeerde de deur open te krijgen.",  # no reporting verb
    ],
)
def test_a_te_infinitive_that_is_no_statement(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []


def test_cue_after_the_content_with_a_clause_about_the_speaker(analyzer):
    quotes, _ = quotes_of(
        analyzer, "Van een fusie is geen sprake, zegt Anton de Wit, die het bedrijf in 1990 oprichtte.", "nl"
    )
    assert [(q[1], q[2], q[3]) for q in quotes] == [("Van een fusie is geen sprake", "zegt", "Anton de Wit")]


def test_an_organisation_by_its_initials_speaks(analyzer):
    quotes, _ = quotes_of(analyzer, "Van opzet was geen sprake, denkt het OM.", "nl")
    assert [(q[1], q[3]) for q in quotes] == [("Van opzet was geen sprake", "het OM")]


def test_volgens_inside_the_sentence_keeps_the_whole_statement(analyzer):
    text = "Het bleek dat veel reizigers, volgens de vervoerder, hun kaartje niet hadden gecontroleerd."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [(text.rstrip("."), "de vervoerder")]


@pytest.mark.parametrize(
    "text",
    [
        # "het" after the verb is the subject, not the article of "de volgens haar juiste leer"
        "Vorig jaar ging het volgens de directeur al een stuk beter met de winkels.",
        "Daarmee was het volgens het veilinghuis het duurste schilderij ooit.",
        # a plural present verb, which the tagger calls an infinitive, stands before the source
        "De prijzen stijgen volgens de bank dit jaar met drie procent.",
    ],
)
def test_volgens_after_the_verb_makes_the_whole_sentence_the_statement(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[2]) for q in quotes] == [(text.rstrip("."), "volgens")]


def test_volgens_x_and_an_apposition_before_the_statement(analyzer):
    text = "Volgens de PVV, de grootste partij van de oppositie, hoeft deze regeling er helemaal niet te komen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [("hoeft deze regeling er helemaal niet te komen", "de PVV")]


def test_finding_it_unclear_what_is_an_opinion(analyzer):
    text = "Minister Piet Jansen vindt het nog steeds onduidelijk wat het akkoord precies inhoudt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[4]) for q in quotes] == [("het nog steeds onduidelijk wat het akkoord precies inhoudt", "Piet Jansen")]


@pytest.mark.parametrize(
    "text, found",
    [
        # the object first, the one who thinks it after the verb, a word of degree and an adjective last
        ("De zorgen over de invloed van China vindt historicus Piet Jansen een beetje voorbarig.", True),
        ("Die aanpak vindt minister Piet Jansen veel te duur.", True),
        ("De oplossing vond Piet Jansen snel.", False),  # how soon it was found, maybe
        ("De auto vond Piet Jansen in de sloot.", False),
    ],
)
def test_an_opinion_with_its_object_first_is_the_whole_sentence(analyzer, text, found):
    quotes, _ = quotes_of(analyzer, text, "nl")
    expected = [(text.rstrip("."), "Piet Jansen")] if found else []
    assert [(q[1], q[4]) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, reported",
    [
        ("Het geld komt er, maar dan moet Piet Jansen wel beloven dat de club in de stad blijft.", False),
        ("Piet Jansen zal zeggen dat de club in de stad blijft.", False),
        ("Piet Jansen moet toegeven dat de club niet in de stad blijft.", True),  # he admits it
        ("Piet Jansen had moeten zeggen dat de club in de stad blijft.", False),  # what he should have said
        ("Minister Piet Jansen moet minimaal eisen dat iedere club twee kandidaten stuurt.", False),  # a demand still to make
        ("Eigenlijk had Piet Jansen moeten zeggen: 'Dat wordt gewoon van mij verwacht bij de club.'", False),
    ],
)
def test_what_someone_must_promise_or_will_say_is_not_said_yet(analyzer, text, reported):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert bool(quotes) == reported


def test_rekent_voor_reports_a_calculation(analyzer):
    text = "Als iedere scooterrijder een helm koopt, gaat het om 35.000 helmen, rekent winkelier Piet Bakker voor."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[2], q[4]) for q in quotes] == [("rekent", "Piet Bakker")]
    quotes, _ = quotes_of(analyzer, "Winkelier Piet Bakker rekent op een goede zomer.", "nl")
    assert quotes == []


@pytest.mark.parametrize(
    "text, reported",
    [
        ("Wethouder Piet Bakker vertelt hoe de gemeente de bezwaren te laat behandelde.", True),
        ("Wethouder Piet Bakker beschreef in de krant hoe de gemeente de bezwaren te laat behandelde.", True),
        ("Wethouder Piet Bakker schrijft in zijn boek hoe de gemeente de bezwaren te laat behandelde.", True),
        ("Wethouder Piet Bakker weet hoe de gemeente de bezwaren te laat behandelde.", False),  # knowing, no account
        ("Wethouder Piet Bakker beschreef de situatie in de stad.", False),  # a noun only
    ],
)
def test_an_account_of_how_something_went(analyzer, text, reported):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[4]) for q in quotes] == ([("de gemeente de bezwaren te laat behandelde", "Piet Bakker")] if reported else [])


def test_volgens_haar_is_the_pronoun_not_the_words_after_it(analyzer):
    text = "Marieke Jansen leidt het project. Het uitstel heeft volgens haar vooral te maken met de kosten."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("haar", "Marieke Jansen")]


def test_haar_before_an_adverb_and_an_adjective_is_a_possessive(analyzer):
    text = "Anna de Wit woont in Delft. Haar even oude buurvrouw Els Bakker dacht dat de brug dicht zou gaan."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Els Bakker"]


def test_a_reaction_is_no_speaker_and_the_pronoun_after_the_cue_is(analyzer):
    quotes, _ = quotes_of(analyzer, "Jansen in een reactie: “Daar heb ik nooit iets van gemerkt.”", "nl")
    assert [q[3] for q in quotes] != ["een reactie"]
    text = "Minister Hugo de Jonge bleef kalm. In een gesprek met de krant zei hij later: “We gaan gewoon door met het plan.”"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[2], q[3], q[4]) for q in quotes] == [("zei", "hij", "Hugo de Jonge")]


def test_en_dat_goes_on_with_the_statement_before_it(analyzer):
    text = "Wethouder Anna Smit bezocht de straat. Ze zei de schade te betreuren. En dat er gelukkig niemand gewond is."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[4]) for q in quotes] == [
        ("de schade te betreuren", "Anna Smit"),
        ("er gelukkig niemand gewond is", "Anna Smit"),
    ]


def test_en_dat_without_a_statement_before_it_is_no_quote(analyzer):
    quotes, _ = quotes_of(analyzer, "De brug ging dicht. En dat terwijl de zomer begint.", "nl")
    assert quotes == []


def test_a_first_name_that_is_also_a_word_stays_in_the_speaker(analyzer):
    # "Dan" and "Will" are stop words ("then", "will") but names here.
    text = ",,We blijven het land volgen'', zei inlichtingenbaas Dan Verhoef eerder in de Senaat."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["inlichtingenbaas Dan Verhoef"]
    quotes, _ = quotes_of(analyzer, '"We will keep watching the country," said intelligence chief Will Hart.', "en")
    assert [q[3] for q in quotes] == ["intelligence chief Will Hart"]


def test_a_pronoun_with_no_one_to_point_to_is_no_speaker(analyzer):
    quotes, _ = quotes_of(analyzer, "Ze zeiden dat de brug te laat open ging.", "nl")
    assert [(q[1], q[3]) for q in quotes] == [("de brug te laat open ging", None)]


def test_a_person_described_by_what_they_do_speaks(analyzer):
    text = "Een verkoper van een kraam op de markt die de brand zag, vindt het goed dat de gemeente ingrijpt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[1] for q in quotes] == ["de gemeente ingrijpt"]
    assert quotes[0][3].startswith("Een verkoper van een kraam op de markt")


def test_a_thing_with_a_person_ending_does_not_speak(analyzer):
    quotes, _ = quotes_of(analyzer, "Een door de verhuurder opgestuurde akte bevestigt dat de schuur van hem is.", "nl")
    assert all(q[3] is None for q in quotes)


def test_the_content_after_a_late_verb_with_its_own_complement(analyzer):
    text = "Op de vraag waarom de brug dicht bleef, zei wethouder Anna Smit dat eerst de veiligheid telt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[4]) for q in quotes] == [("eerst de veiligheid telt", "Anna Smit")]


def test_quoted_words_inside_a_statement_are_part_of_it(analyzer):
    text = "De coach krijgt steun van de ploeg omdat hij 'zeer geliefd is', aldus de voorzitter."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[1], q[3]) for q in quotes] == [
        ("reported", "De coach krijgt steun van de ploeg omdat hij 'zeer geliefd is'", "de voorzitter")
    ]


def test_a_dat_clause_before_a_direct_quote_in_the_same_sentence(analyzer):
    text = "Minister Hugo de Jonge zei dat het plan klaar is en zei: ,,We beginnen morgen met de bouw.''"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[0] for q in quotes] == ["reported", "direct"]
    assert quotes[0][1].startswith("het plan klaar is")


def test_as_he_calls_it_is_no_statement(analyzer):
    text = "Pieter verhuurt, zoals hij het zelf zegt, 'droomhuizen' aan toeristen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []
    quotes, _ = quotes_of(analyzer, "Alsof ze erkende dat ze een fout had gemaakt, gaf Clinton advies.", "nl")
    assert quotes == []


def test_two_statements_joined_by_but(analyzer):
    text = (
        "The Iraqis claimed they were ordinary people fleeing the regime, but British officials said "
        "it was likely the men would be charged."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [
        ("they were ordinary people fleeing the regime", "The Iraqis"),
        ("it was likely the men would be charged", "British officials"),
    ]


def test_he_said_in_the_middle_keeps_the_whole_statement(analyzer):
    text = "Abolhassan Banisadr spoke to the paper. If Germany were to send him back, he said, it would lose face."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[4]) for q in quotes] == [
        ("If Germany were to send him back, he said, it would lose face", "Abolhassan Banisadr")
    ]


def test_a_quote_closing_a_sentence_with_its_cue_before_it(analyzer):
    text = "Premier Mark Rutte noemde de brand 'een zware slag voor de hele buurt'. De politie zoekt getuigen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[2], q[4]) for q in quotes] == [("direct", "noemde", "Mark Rutte")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the object opens the sentence, the pronoun after the verb is who speaks (not "Het kabinet")
        "Het kabinet noemde hij 'een teleurstellende Sinterklaas'.",
        # "Dat" before a noun is "that", no complementiser
        "Dat plan noemt hij 'volstrekt onhaalbaar'.",
        # a clause may follow what someone called something: still a quotation of its own
        "Hij noemt het plan 'volstrekt onhaalbaar' omdat het te duur is.",
    ],
)
def test_what_someone_called_something_is_their_quote(analyzer, sentence):
    text = "Spoorbaas Roger van Boxtel was boos. " + sentence
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[1][:10], q[4]) for q in quotes] == [("direct", sentence[sentence.index("'") :][:10], "Roger van Boxtel")]


def test_a_quote_going_on_with_a_reported_statement_in_the_sentence(analyzer):
    text = (
        "Woordvoerder Karin Smit zegt dat de club het eerst met de spelers heeft overlegd, "
        ",,maar dat gaf geen oplossing voor het probleem.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[4]) for q in quotes] == [("reported", "Karin Smit"), ("direct", "Karin Smit")]


def test_a_verb_after_a_quote_with_a_clause_between_is_no_cue_of_it(analyzer):
    text = "In een filmpje van de omroep, volgens eigen zeggen een 'onafhankelijk nieuwsplatform', is te zien hoe een man roept."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert all(q[3] != "een man" for q in quotes)


def test_a_ruling_is_a_statement_and_the_adjective_is_no_cue(analyzer):
    quotes, _ = quotes_of(analyzer, "De rechter bepaalde dat de verdachte zijn proces in vrijheid mag afwachten.", "nl")
    assert [(q[0], q[2], q[1], q[3]) for q in quotes] == [
        ("reported", "bepaalde", "de verdachte zijn proces in vrijheid mag afwachten", "De rechter")
    ]
    assert quotes_of(analyzer, "Bepaalde bewoners kregen gisteren een brief van de gemeente.", "nl")[0] == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Ajax: trainer blijft tot de zomer van 2026\n\nDe club meldde het woensdag.",
            "nl",
            [("reported", "trainer blijft tot de zomer van 2026", ":", "Ajax")],
        ),
        (
            "Microsoft: new laptops will ship in the spring\n\nThe company gave no prices.",
            "en",
            [("reported", "new laptops will ship in the spring", ":", "Microsoft")],
        ),
        (
            "Theresa May geeft toe: uitstel van de brexit is een optie\n\nDe premier sprak in Londen.",
            "nl",
            [("reported", "uitstel van de brexit is een optie", "geeft toe", "Theresa May")],
        ),
        ("Theresa May bezoekt: de fabriek van de toekomst in Leeds\n\nDe premier sprak.", "nl", []),  # no cue
        ("Brexit: wat betekent het voor uw vakantie\n\nReizigers hebben vragen.", "nl", []),  # no source
        ("Ajax: nee\n\nDe trainer blijft.", "nl", []),  # too short to be a statement
        ("Het plan van Ajax: een nieuw stadion aan de rand van de stad.", "nl", []),  # not a headline's source
        (  # a kicker after the headline's full stop; initials the model may miss but the lists know
            "OM: rechter moet naar de plaats van het misdrijf. Moordzaak Brunssum\n\nHet OM wil een schouw.",
            "nl",
            [("reported", "rechter moet naar de plaats van het misdrijf", ":", "OM")],
        ),
        (  # a title before the name
            "Rechter Frank Visser: betaal het geld snel terug\n\nDe rechter geeft advies.",
            "nl",
            [("reported", "betaal het geld snel terug", ":", "Rechter Frank Visser")],
        ),
        (  # a group described in a word
            "Boeren: de overheid laat ons in de steek\n\nDe boeren voeren actie.",
            "nl",
            [("reported", "de overheid laat ons in de steek", ":", "Boeren")],
        ),
        ("WK: Oranje wint de finale van Spanje\n\nDe wedstrijd was spannend.", "nl", []),  # an event, no source
        ("De uitslag\n\nDoelpuntenmakers: Jan Smit en Piet de Boer en Kees Bos", "nl", []),  # a table's line
    ],
)
def test_a_headline_with_its_source_before_a_colon(analyzer, text, lang, expected):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert [(q[0], q[1], q[2], q[3]) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("De omwonenden laten via hun advocaat weten de bouwplannen af te keuren.", "De omwonenden"),
        ("De woordvoerder laat via de krant weten de bouwplannen af te keuren.", "De woordvoerder"),
    ],
)
def test_a_separable_verb_with_words_before_its_particle(analyzer, text, speaker):
    # The plural form is a cue too, and what stands between the verb and its
    # particle ("via hun advocaat") is no part of the content.
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[1], q[3]) for q in quotes] == [("reported", "de bouwplannen af te keuren", speaker)]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "De politie zegt uit te gaan van een gerichte actie en zoekt de daders, zo laat een woordvoerder weten.",
            "uit te gaan van een gerichte actie en zoekt de daders",
        ),
        ("Volgens de burgemeester is de situatie onder controle, zo laat hij weten.", "is de situatie onder controle"),
    ],
)
def test_a_closing_zo_cue_is_no_part_of_the_statement(analyzer, text, content):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[1] for q in quotes] == [content]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Het was een schok. Achter de schermen werkt de minister volgens bronnen aan een beperkte CO2-taks.",
            "Achter de schermen werkt de minister volgens bronnen aan een beperkte CO2-taks",
            "bronnen",
        ),
        (
            "Er is veel onrust. Een andere bron zegt dat de actie past bij de groep.",
            "de actie past bij de groep",
            "Een andere bron",
        ),
    ],
)
def test_sources_speak_and_a_source_inside_its_clause_reports_the_clause(analyzer, text, content, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [(content, speaker)]


def test_a_closing_cue_followed_by_phrases_of_place(analyzer):
    text = (
        "Het was een schok. Marina Petrosjan kan het nieuws nauwelijks bevatten, vertelt ze aan de telefoon "
        "vanuit de Armeense hoofdstad Jerevan."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[1] for q in quotes] == ["Marina Petrosjan kan het nieuws nauwelijks bevatten"]


def test_a_cue_between_commas_after_an_opening_word_reports_what_follows(analyzer):
    text = (
        "Het was een zware dag. Maar, schrijft The New York Times, er is al zo veel gezegd over de echtheid "
        "dat het moeilijk te bewijzen is."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [
        ("er is al zo veel gezegd over de echtheid dat het moeilijk te bewijzen is", "The New York Times")
    ]


def test_a_closing_dat_points_back_to_a_sentence_that_is_no_statement_yet(analyzer):
    text = "Het huis is verkocht aan een projectontwikkelaar. Ook vrienden van haar zeggen dat."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [("Het huis is verkocht aan een projectontwikkelaar", "vrienden van haar")]
    # The sentence before is someone's statement already: not said again.
    text = "Een echte doodswens was er niet, denkt het OM. Ook vrienden van haar zeggen dat."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["het OM"]


def test_wijst_erop_dat_is_a_statement(analyzer):
    text = "Het nieuws kwam onverwacht. De burgemeester wijst erop dat de stad veilig is voor bezoekers."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [("de stad veilig is voor bezoekers", "De burgemeester")]


def test_a_pronoun_after_a_statement_is_the_person_whose_cue_opens_it(analyzer):
    text = (
        "Het onderzoek is klein. Statisticus Joop Hox vindt het onderzoek gedegen uitgevoerd, zegt hij in een "
        "telefonische reactie."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Joop Hox"]
    # Without a cue of its own, a name in the statement is not who speaks.
    text = "Het onderzoek is klein. Piet Jansen is schuldig aan fraude, zegt hij in een telefonische reactie."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [None]


def test_a_closing_cue_is_no_part_of_a_volgens_statement(analyzer):
    quotes, _ = quotes_of(analyzer, "Het was stil. Volgens Piet Jansen is het plan slecht, zegt hij.", "nl")
    assert [(q[1], q[3]) for q in quotes] == [("is het plan slecht", "Piet Jansen")]


@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        (
            "Het niveau blijft 4. 'De kans op een aanslag blijft reëel', staat in het nieuwste dreigingsbeeld "
            "van de NCTV dat gisteren is verschenen.",
            "direct",
            "de NCTV",
        ),
        (
            "Het schip is groot. De ruimte voor het personeel viel kleiner uit dan gedacht, zo staat in een "
            "folder van de ontwerper van het schip.",
            "reported",
            "de ontwerper van het schip",
        ),
        # a place, not a text: no statement
        ("Het huis staat in de stad. De auto staat in de garage van de buren.", None, None),
    ],
)
def test_staat_in_a_text_of_someone(analyzer, text, kind, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[3]) for q in quotes] == ([(kind, speaker)] if kind else [])


def test_a_statement_opening_with_dit_or_dat_before_its_cue_is_its_own_not_the_sentence_before(analyzer):
    text = "De wachtlijsten groeien. Dat heeft diverse oorzaken, zegt hoogleraar Jan Smit. ,,Roken is er een van.''"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [
        ("Dat heeft diverse oorzaken", "hoogleraar Jan Smit"),
        (",,Roken is er een van.''", "hoogleraar Jan Smit"),
    ]
    quotes, _ = quotes_of(analyzer, "De wachtlijsten groeien. Dat heeft de minister gisteren bekendgemaakt.", "nl")
    assert [(q[1], q[3]) for q in quotes] == [("De wachtlijsten groeien", "de minister")]


def test_dat_after_a_verbs_object_and_a_comma_opens_a_relative_clause_not_a_statement(analyzer):
    text = "Het land koos de kant van Servië en erkent Kosovo, dat tien jaar geleden onafhankelijk werd, nog altijd niet."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("De Kamer vraagt de minister of hij de regels wil aanpassen.", "De Kamer"),
        ("De gemeenteraad vraagt de burgemeester of hij de regels wil aanpassen.", "De gemeenteraad"),
        ("Maandag zei de minister dat hij de regels wil aanpassen.", "de minister"),
    ],
)
def test_who_asks_is_the_subject_before_the_verb_not_whom_it_asks(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [speaker]


def test_of_between_two_nouns_is_or_and_opens_no_statement(analyzer):
    text = "Door de voorwaarden die Brussel stelt - goed bestuur of corruptiebestrijding - duurt het jaren voordat er geld komt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []


def test_alleen_maar_is_only_and_joins_no_second_statement(analyzer):
    quotes, _ = quotes_of(analyzer, "Voorlopig zal de situatie alleen maar slechter worden, denkt hoogleraar Jan Smit.", "nl")
    assert [(q[1], q[3]) for q in quotes] == [("Voorlopig zal de situatie alleen maar slechter worden", "hoogleraar Jan Smit")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Niemand vroeg mij mee. Dat is ooit wel honderd keer tegen me gezegd.", []),
        ("De segregatie begint vaak al jong. Zo constateert de inspectie een wildgroei aan nieuwe scholen.", []),
        (
            "De wachtlijsten groeien. Dat zei minister Karin Smit (Zorg) dinsdag in de Tweede Kamer.",
            [("De wachtlijsten groeien", "minister Karin Smit")],
        ),
        (
            "Stellen met een traditionele rolverdeling zijn het meest tevreden. Dat concludeert socioloog Jan Blom "
            "in zijn proefschrift, dat hij vrijdag verdedigde.",
            [("Stellen met een traditionele rolverdeling zijn het meest tevreden", "socioloog Jan Blom")],
        ),
    ],
)
def test_dat_meldt_x_needs_someone_who_said_it_and_only_when_and_where_after_them(analyzer, text, found):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == found


def test_a_volgens_source_is_its_whole_noun_phrase_when_the_parse_splits_it(analyzer):
    text = "Van die groep heeft 54 procent te maken met intimidatie op het werk, volgens een recent onderzoek van het CBS."
    quotes, _ = quotes_of(analyzer, text, "nl")
    # not a piece of it: the one whose research it is speaks through it
    assert [q[3] for q in quotes] == ["het CBS"]


def test_those_called_upon_in_the_passive_are_no_speakers(analyzer):
    quotes, _ = quotes_of(analyzer, "De leden van CDA en D66 worden vanuit hun achterban opgeroepen tegen te stemmen.", "nl")
    assert quotes == []


def test_a_pronoun_resolves_to_a_name_the_model_ran_into_the_next_words(analyzer):
    text = "Half maart, toen premier Rutte de CO2-heffing aankondigde, benadrukte hij dat die verstandig moet zijn."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("hij", "Rutte")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "De regels moeten scherper. Dat stellen de Dierenbescherming en dierenorganisatie Eyes on Animals in een "
            "gezamenlijk rapport.",
            "de Dierenbescherming en dierenorganisatie Eyes on Animals",
        ),
        (
            "Het artikel is geschrapt. Dat heeft minister Ferdinand Grapperhaus (Justitie en Veiligheid, CDA) aan de "
            "Tweede Kamer laten weten.",
            "minister Ferdinand Grapperhaus",
        ),
        ("Het dialoogje zegt alles. Dat werd later, nadat ze haar jas had uitgetrokken, in de woonkamer bevestigd.", None),
    ],
)
def test_dat_meldt_x_with_a_bracket_a_phrase_after_it_and_no_room_as_speaker(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ([speaker] if speaker else [])


def test_a_long_inverted_subject_keeps_its_dat_clause_but_an_infinitive_does_not_reach_a_later_dat(analyzer):
    text = (
        "Tijdens het overleg benadrukten wethouder Pieter de Graaf van Ede en gedeputeerde Anna Smits nog maar "
        "eens dat ze tijdig betrokken willen worden."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [
        ("ze tijdig betrokken willen worden", "wethouder Pieter de Graaf van Ede en gedeputeerde Anna Smits")
    ]
    # the "dat" of "de conclusie dat" is inside the te-infinitive, which is the statement
    text = "De partij zegt uit het rapport van de commissie extra bevestiging te halen van de conclusie dat er niets mis is."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[1] for q in quotes] == [text[text.index("uit") : -1]]


def test_a_cue_closing_a_comparison_is_no_statement(analyzer):
    # "dan X heeft verklaard" compares with what X said; the brackets inside do not end the clause
    text = (
        "Uit stukken blijkt dat het leger andere redenen heeft om het terrein te houden dan minister Karin Bos "
        "(Defensie, CDA) in de Tweede Kamer heeft verklaard."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []


def test_the_object_between_auxiliary_and_a_prefixed_participle_is_not_the_speaker(analyzer):
    # "verzocht" (ver-, no ge-) is a participle: the phrase before "heeft" speaks, the priest is asked
    text = "Bisschop Jos Punt van het bisdom heeft priester Pierre Valkering verzocht zijn functie neer te leggen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Bisschop Jos Punt van het bisdom"]
    # an age in brackets after the one asked does not hide the auxiliary
    text = "Bisschop Jos Punt van het bisdom heeft priester Pierre Valkering (57) verzocht zijn functie neer te leggen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Bisschop Jos Punt van het bisdom"]


def test_a_document_is_no_speaker(analyzer):
    # "volgens het draaiboek": what a plan says is no one's statement
    quotes, _ = quotes_of(analyzer, "Twee bewoners en twee honden zijn nog binnen, volgens het draaiboek.", "nl")
    assert quotes == []
    # a forecast says something, but whose it is the sentence does not say
    quotes, _ = quotes_of(analyzer, "De eerste prognoses schatten dat de partij ongeveer tien procent haalt.", "nl")
    assert [(q[1], q[3]) for q in quotes] == [("de partij ongeveer tien procent haalt", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ook zou de blouse niet volgens de geldende normen zijn veiliggesteld.",
        "Er zijn steeds meer scholen die volgens een bepaald concept lesgeven.",
        # a count is no one's statement
        "Volgens de eerste tellingen verliest de partij vier procent van de stemmen.",
    ],
)
def test_volgens_a_standard_is_no_source(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []


def test_a_volgens_source_ends_before_a_preposition_after_the_name(analyzer):
    text = "Het is volgens Vogel voor het eerst dat een weergebeurtenis geheel aan klimaatverandering wordt toegeschreven."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Vogel"]


def test_a_genitives_reproach_ends_where_the_main_clause_goes_on(analyzer):
    text = "Ook Mays verwijt dat 'parlementsleden verantwoordelijk zijn voor het uitstel', is bijzonder slecht gevallen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[1] for q in quotes] == ["'parlementsleden verantwoordelijk zijn voor het uitstel'"]


def test_a_cue_in_a_condition_opening_the_sentence_is_no_statement(analyzer):
    text = "Als May belooft op zeer korte termijn te vertrekken, dan zou een flink deel van de rebellen de deal steunen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []
    # "als" as "as": a statement
    quotes, _ = quotes_of(analyzer, "Als voorzitter zei Jansen dat de club gezond is.", "nl")
    assert [q[1] for q in quotes] == ["de club gezond is"]


def test_a_question_reports_nothing(analyzer):
    text = "Marischka Borgmeijer werkt in een winkel. Hoe ze nu denkt dat het verder gaat? Borgmeijer heeft geen idee."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []


@pytest.mark.parametrize(
    "text",
    [
        # what someone should say, in the writer's wish
        "Het wordt, denk ik, tijd dat Europa de Engelsen vertelt dat een harde brexit voor hen rampzalig is.",
        # "dit succes" after the verb is its object, not an inverted speaker
        "GroenLinks- leider Jesse Klaver, wiens partij een substantiële winst boekte, claimde dit succes zelfs als "
        "'de belangrijkste verdienste van de GroenLinks-campagne'.",
    ],
)
def test_a_wish_and_an_object_after_the_verb_are_no_statements(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q for q in quotes if q[0] == "reported"] == []


def test_staat_in_needs_a_text_and_a_prepositions_object_is_no_subject(analyzer):
    # "stond in 1883 aan de basis van …" is no "staat in het rapport van …"
    text = "Meindert, de overgrootvader van Michiel, stond in 1883 aan de basis van de gelijknamige damesmodeketen."
    assert quotes_of(analyzer, text, "nl")[0] == []
    text = "Alleen de ruimte voor het personeel viel kleiner uit dan gedacht, zo staat in een folder van de ontwerper."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["de ontwerper"]
    # "met haar denken": "haar" is the object of "met", not who thinks
    text = "Ik moet de afgelopen dagen, dankzij de Boekenweek, vaak aan mijn verstandhouding met haar denken."
    assert quotes_of(analyzer, text, "nl")[0] == []


def test_and_with_a_cue_starts_a_statement_only_after_a_comma_or_another_cue(analyzer):
    # "arrested and charged": one clause, whose statement the closing cue gives whole
    text = "Albanian authorities have arrested and charged a British man for abusing children, a Tirana prosecutor said."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == ["Albanian authorities have arrested and charged a British man for abusing children"]
    # "Maar dat doen de Democraten niet": "dat" as an object, no statement going on
    text = "Rudy Giuliani was fel. Volgens hem moeten de Democraten nu stoppen. Maar dat doen de Democraten niet."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[1] for q in quotes] == ["moeten de Democraten nu stoppen"]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "Volgens onderzoekers van Wageningen Universiteit (WUR) is ruim 5400 hectare bos verdwenen.",
            "onderzoekers van Wageningen Universiteit",
            "is ruim 5400 hectare bos verdwenen",
        ),
        (
            "Volgens partijleider Henk Krol heeft de kiezer een heel duidelijk signaal gegeven.",
            "partijleider Henk Krol",
            "heeft de kiezer een heel duidelijk signaal gegeven",
        ),
    ],
)
def test_a_volgens_source_keeps_its_whole_name_and_initials(analyzer, text, speaker, content):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[1]) for q in quotes] == [(speaker, content)]


def test_a_clause_of_when_after_the_name_is_no_part_of_the_speaker(analyzer):
    text = "'Dit was ooit een mooi bos', vertelt Rob Chrispijn terwijl hij over de dode bomen klautert."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Rob Chrispijn"]


def test_dat_after_a_neuter_noun_is_its_relative_pronoun(analyzer):
    # "een gebiedje dat …" and "het feit dat …" are no content of the cue
    text = "Het ging hard op hard, vertelt hij op Mulderskop, een gebiedje dat zeven jaar geleden werd aangelegd."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert all(not q[1].startswith("zeven jaar") for q in quotes)


@pytest.mark.parametrize(
    "text, statement",
    [
        (",,We zijn blij'', zegt Kees Jansen, die eraan toevoegt dat het team zondag speelt.", "het team zondag speelt"),
        (",,We zijn blij'', aldus Kees Jansen, die benadrukt dat het team fit is.", "het team fit is"),
        # a particle verb joined in a subordinate clause reports as its parts do
        ("Het team speelt zondag, terwijl Kees Jansen opmerkt dat het veld slecht is.", "het veld slecht is"),
    ],
)
def test_a_relative_or_subordinate_clause_after_a_cue_reports_for_the_speaker(analyzer, text, statement):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert ("reported", statement, "Kees Jansen") in [(q[0], q[1], q[4]) for q in quotes]


@pytest.mark.parametrize(
    "text, first",
    [
        # a verdict with no verb of its own before the cue is still the statement, not the relative clause
        ("Allemaal bangmakerij, zeggen Kees Jansen en zijn collega's, die erop wijzen dat het woord niet voorkomt.", "Allemaal bangmakerij"),
        ("De plannen zijn slecht, zegt Kees Jansen, die erop wijst dat het woord niet voorkomt.", "De plannen zijn slecht"),
    ],
)
def test_a_relative_clause_after_an_inverted_reported_cue_is_a_second_statement(analyzer, text, first):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[4]) for q in quotes] == [(first, "Kees Jansen"), ("het woord niet voorkomt", "Kees Jansen")]


def test_a_statement_in_a_clause_before_the_main_one_ends_where_the_main_clause_starts(analyzer):
    text = (
        "Nederlanders zijn positiever. Sinds premier Mark Rutte vorige week bekendmaakte dat de energierekening "
        "omlaag gaat, zijn ze blij met de plannen."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[3]) for q in quotes] == [("de energierekening omlaag gaat", "premier Mark Rutte")]


def test_a_place_with_an_apposition_after_an_inverted_speaker(analyzer):
    # where the speaker spoke, described: no clause about the speaker
    text = "Het ging hard op hard, vertelt Kees Jansen op Mulderskop, een gebiedje dat zeven jaar geleden is gekapt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[4]) for q in quotes] == [("Het ging hard op hard", "Kees Jansen")]


@pytest.mark.parametrize(
    "text, statement, speaker",
    [
        ("Rob Hoogma wil de methode overnemen. Dat het bedrijf failliet ging, had naar zijn idee te maken met de uitvoering.",
         "Dat het bedrijf failliet ging, had naar zijn idee te maken met de uitvoering", "Rob Hoogma"),
        ("Minister Ank Bijleveld sprak gisteren. In haar ogen is het plan van de Kamer onhaalbaar.",
         "is het plan van de Kamer onhaalbaar", "Ank Bijleveld"),
    ],
)  # fmt: skip
def test_in_ones_view_is_a_source(analyzer, text, statement, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1], q[4]) for q in quotes] == [(statement, speaker)]


def test_eyes_inside_a_clause_are_no_view(analyzer):
    quotes, _ = quotes_of(analyzer, "Jan de Vries werd aangehouden. Daarbij werd pepperspray in zijn ogen gewreven.", "nl")
    assert quotes == []


def test_a_pronoun_does_not_go_back_past_someone_who_spoke_since(analyzer):
    # the former employee is not whom "zijn" means: the director spoke since
    text = (
        "Het bedrijf ging failliet. ,,Het was een speeltje van de baas'', zegt een oud-medewerker. Niet waar, vindt"
        " de Siza-directeur. Hij wilde het aanbod uitbreiden, en deed dat naar zijn idee te goeder trouw."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes if q[1].startswith("Hij wilde")] == ["de Siza-directeur"]


def test_the_subject_after_the_verb_of_a_sentence_between_stops_a_quote_going_on(analyzer):
    # "Zo wil de groep …": the group, named after the verb, may be whose words follow
    text = (
        "Woordvoerder Thomas van Oeffelen is boos. In zijn visie laat de pastoor mensen een zonde begaan."
        " Zo wil de groep zondag flyeren bij de kerk. ,,De bijbel is Gods woord en niet wat de pastoor heeft gezegd.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[1][:8], q[4]) for q in quotes] == [("laat de ", "Thomas van Oeffelen"), (",,De bij", None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the parse gives "Dat" as the subject; the name after the verb and "ook" speaks
        ("Jan de Vries was blij. Dat vindt ook Piet Jansen: ,,Het is een mooi plan.''", "Piet Jansen"),
        # an adverb before the colon, a verb before the name: neither is part of who speaks
        ("Donny van de Beek is klaar. De spelers gaan naar een hotel. Dat bevalt Van de Beek wel:"
         " ,,Dicht bij elkaar de spanning opbouwen.''", "Donny van de Beek"),
    ],
)  # fmt: skip
def test_the_name_after_the_verb_before_a_colon_speaks(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == [speaker]


@pytest.mark.parametrize("verb", ["sneert", "schampert", "juicht", "fluistert", "protesteert"])
def test_verbs_of_manner_after_a_statement_report_it(analyzer, verb):
    quotes, _ = quotes_of(analyzer, f"Het bos is weg. Natuurontwikkeling: het zou wat, {verb} Paul Baken.", "nl")
    assert [(q[1], q[4]) for q in quotes] == [("Natuurontwikkeling: het zou wat", "Paul Baken")]


def test_one_word_may_be_the_whole_verdict(analyzer):
    quotes, _ = quotes_of(analyzer, "Het plan is klaar. Onzin, zegt oppositieleider Jan Smit.", "nl")
    assert [(q[1], q[4]) for q in quotes] == [("Onzin", "Jan Smit")]
    quotes, _ = quotes_of(analyzer, "Het was laat. Ja, zegt hij.", "nl")
    assert quotes == []  # a short answer word is no statement
