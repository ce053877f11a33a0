"""Speaker phrases of issue 14: fragments are no speakers, a phrase that
runs past its pronoun or verb is cut, object pronouns resolve; sentences
written for these tests."""

import pytest

from .test_quotes import quotes_of


def reported(quotes):
    return [q for q in quotes if q[0] == "reported"]


def test_dutch_volgens_hem_resolves_to_the_last_person(analyzer):
    text = "Minister Hugo Bakker bezocht het ziekenhuis. Volgens hem moeten de wachtlijsten snel korter worden."
    quotes, _ = quotes_of(analyzer, text, "nl")
    found = reported(quotes)
    assert len(found) == 1
    assert found[0][3] == "hem" and found[0][4] == "Hugo Bakker"


def test_english_according_to_him_resolves_to_the_last_person(analyzer):
    text = "John Miller visited the plant on Monday. According to him, the factory will close next year."
    quotes, _ = quotes_of(analyzer, text, "en")
    found = reported(quotes)
    assert len(found) == 1
    assert found[0][3] == "him" and found[0][4] == "John Miller"


def test_a_pronoun_phrase_running_on_is_cut_to_the_pronoun(analyzer):
    text = "Wethouder Karin Smit was boos. ,,Dit past niet in onze stad,'' voegde zij er nog aan toe."
    quotes, _ = quotes_of(analyzer, text, "nl")
    direct = [q for q in quotes if q[0] == "direct"]
    assert len(direct) == 1
    assert direct[0][3] == "zij" and direct[0][4] == "Karin Smit"


def test_a_clause_fragment_is_no_speaker(analyzer):
    text = "Het bedrijf toonde nieuwe foto's. “Die beelden kloppen helemaal niet met de werkelijkheid”, zoals het zelf stelt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    direct = [q for q in quotes if q[0] == "direct"]
    assert all(q[3] is None for q in direct)


def test_a_phrase_running_past_its_verb_keeps_what_comes_before(analyzer):
    text = '"The bridge will stay closed until Friday," but a city official told Reuters on Monday.'
    quotes, _ = quotes_of(analyzer, text, "en")
    direct = [q for q in quotes if q[0] == "direct"]
    assert len(direct) == 1 and direct[0][3] in (None, "a city official")


def test_english_group_nouns_speak(analyzer):
    text = "Police said the four suspects would appear before a judge on Tuesday."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[1]) for q in reported(quotes)] == [("Police", "the four suspects would appear before a judge on Tuesday")]


def test_dutch_group_nouns_speak(analyzer):
    text = "De omwonenden zeggen dat de overlast al maanden duurt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[1]) for q in reported(quotes)] == [("De omwonenden", "de overlast al maanden duurt")]


def test_english_name_in_apposition_after_a_possessive_speaks(analyzer):
    text = "The senator's wife, Mary, said she had never met the donor."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in reported(quotes)] == ["Mary"]



def test_a_pronoun_after_a_described_person_is_not_given_to_an_earlier_name(analyzer):
    # "ze" points to "De woordvoerster" (no actor), not to the alderman named before.
    text = (
        "Wethouder Piet de Groot was er niet bij. De woordvoerster begrijpt nog altijd niet wat er gebeurde. "
        ",,Ik wil weten wat dit betekent'', zegt ze."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[2], q[4]) for q in quotes] == [("zegt", None)]
    text = "Wethouder Piet de Groot was er niet bij. ,,Ik wil weten wat dit betekent'', zegt hij."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[2], q[4]) for q in quotes] == [("zegt", "Piet de Groot")]


def test_the_speaker_in_the_sentence_before_a_quote(analyzer):
    text = "Tja, zegt Karin de Boer. 'Ik heb dat nooit zo bedoeld, dat moet je goed begrijpen.'"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[4]) for q in quotes] == [("direct", "Karin de Boer")]
    text = "De ploeg trainde lang. Trainer Ellen Visser vraagt het aan haar spelers.\n\n'We gaan gewoon door, wat er ook gebeurt.'"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[4]) for q in quotes] == [("direct", "Ellen Visser")]


def test_a_cue_sentence_that_says_nothing_was_said_gives_no_speaker(analyzer):
    text = "Minister Jan de Vries kwam laat. Hij reageerde niet op vragen.\n\n'We gaan gewoon door, wat er ook gebeurt.'"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[3]) for q in quotes] == [("direct", None)]


def test_a_pronoun_after_a_described_speaker_is_not_the_person_named_before(analyzer):
    # "ze" is the researcher described in the cue before it, not the last
    # person named, Jan Smit.
    text = (
        "Jan Smit woont al twintig jaar aan de rand van de stad. "
        '"Het verbruik is veertig procent lager dan vroeger", zegt de onderzoekster. '
        '"Dat komt vooral door de nieuwe regels voor de tuinen", voegt ze eraan toe.'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["de onderzoekster", "de onderzoekster"]


def test_a_pronoun_after_a_described_speaker_points_to_that_description(analyzer):
    text = (
        '"We have found the boy on a campsite near the coast," said a spokeswoman for the police. '
        "The boy was taken to hospital. "
        '"We do not know yet how he got there," she added.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["a spokeswoman for the police"] * 2
    # Someone named since: whom "she" means is not clear, so unknown.
    text = (
        '"We have found the boy on a campsite near the coast," said a spokeswoman for the police. '
        "Mary Jones, the boy's aunt, was arrested. "
        '"We do not know yet how he got there," she added.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes][0] == "a spokeswoman for the police"
    assert quotes[1][3] in (None, "she")


def test_a_pronoun_of_one_does_not_point_to_a_group(analyzer):
    text = (
        ",,Het is hier elke nacht lawaai'', zeggen omwonenden. De gemeente belooft actie. "
        ",,Ik geloof er niets van'', zegt ze."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["omwonenden", None]


def test_a_dutch_die_before_a_singular_verb_is_the_one_just_named(analyzer):
    text = "Burgemeester Jan Vroom plaatste gisteren een bericht. Die schreef: ,,De elite leest geen boeken meer.''"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[4]) for q in quotes] == [("direct", "Jan Vroom")]
    text = "Minister Karin de Wit sprak gisteren in Den Haag. Die gaf aan een nieuwe heffing te willen invoeren."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[4]) for q in quotes] == [("reported", "Karin de Wit")]


def test_a_dutch_die_before_a_plural_verb_says_nothing(analyzer):
    text = "Dat blijkt uit gesprekken die Jan de Vries voerde. Die roepen twijfels op over het nieuwe beleid."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes == []


@pytest.mark.parametrize(
    "text, speaker, opening",
    [
        # The parser may hang the content on the speaker as a relative clause.
        ("Na afloop zegt de minister dat hij de schade aan de boerderijen vergoedt.", "de minister", "hij de schade"),
        # After a main clause and a comma, "dat" after a neuter speaker is the relative pronoun.
        (
            "Reizigers die naar Mars willen hoeven niet te wanhopen, zegt het bedrijf dat de reis zou verzorgen.",
            "het bedrijf",
            "Reizigers die naar Mars",
        ),
        # After a condition, it opens the statement.
        ("Als het misgaat, zegt het bedrijf dat het de schade aan de huizen vergoedt.", "het bedrijf", "het de schade"),
    ],
)
def test_an_inverted_speaker_and_the_dat_after_it(analyzer, text, speaker, opening):
    quotes, _ = quotes_of(analyzer, text, "nl")
    found = reported(quotes)
    assert len(found) == 1
    assert found[0][3] == speaker
    assert found[0][1].startswith(opening)


def test_a_speaker_after_the_verb_ends_before_a_relative_a_source_a_place_or_a_time(analyzer):
    cases = {
        "'Wie wint er?', vraagt presentatrice Anna Smit vanaf een groot scherm midden in de zaal.": "presentatrice Anna Smit",
        "'Hij is een crimineel', zei de premier volgens de krant The Herald.": "de premier",
        "'Het klopt', zegt een deskundige die vanwege zijn functie anoniem wil blijven.": "een deskundige",
        "'Deze vriendschap is bewezen', benadrukte Vucic een jaar geleden.": "Vucic",
        "'Deze vriendschap is bewezen', zei de premier vorig jaar.": "de premier",
    }
    for text, speaker in cases.items():
        quotes, _ = quotes_of(analyzer, text, "nl")
        assert [q[3] for q in quotes] == [speaker], text


def test_a_speaker_keeps_a_closed_bracket_but_not_an_age(analyzer):
    cases = {
        "Stijn Smeulders (PvdA) en Anne Spierings (D66) vertellen dat ze tevreden zijn met de uitslag.": (
            "Stijn Smeulders (PvdA) en Anne Spierings (D66)"
        ),
        "Karin de Wit (54) zegt dat ze eigenlijk tevreden is met de uitslag.": "Karin de Wit",
    }
    for text, speaker in cases.items():
        quotes, _ = quotes_of(analyzer, text, "nl")
        assert [q[3] for q in quotes] == [speaker], text


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Advocaat Jan Vlug, die 'de klusjesman' bijstond, een eerdere verdachte in de moordzaak, vindt dat "
            "De Hond 'oude koeien uit de sloot haalt'.",
            "nl",
        ),
        (
            "The lawyer Jan Vlug, who defended the handyman, an earlier suspect in the case, said the inquiry "
            "was flawed.",
            "en",
        ),
    ],
)
def test_a_relative_clause_and_an_apposition_before_the_verb_are_about_the_name(analyzer, text, lang):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert len(quotes) == 1 and quotes[0][3].endswith("Jan Vlug")


def test_a_clause_before_a_colon_is_no_speaker_but_a_description_is(analyzer):
    before = "De Boekenweek is begonnen. Deze editie kent een bijzonder thema: ,,Moeders en dochters in de literatuur.''"
    quotes, _ = quotes_of(analyzer, before, "nl")
    assert all(q[3] is None for q in quotes)
    quotes, _ = quotes_of(analyzer, "Het kabinet besprak het plan. De premier: ,,Dit is een goede dag voor Nederland.''", "nl")
    assert [q[3] for q in quotes] == ["De premier"]



def test_a_role_noun_ending_in_s_goes_with_the_name_after_it(analyzer):
    quotes, _ = quotes_of(analyzer, '"Misschien hebben we dat onderschat", zei EU-commissaris Johannes Hahn.', "nl")
    assert [q[3] for q in quotes] == ["EU-commissaris Johannes Hahn"]


@pytest.mark.parametrize(
    "text, lang, roles",
    [
        ("De zaal was vol. ,,Dit is pas het begin,'' zegt historicus Pieter Smit.", "nl", {"Pieter Smit": "historicus"}),
        ("Notaris Karel Smit en journalist Eva Bos waren er ook.", "nl", {"Karel Smit": "Notaris", "Eva Bos": "journalist"}),
        ('"We have made mistakes," said commissioner Anna Berg.', "en", {"Anna Berg": "commissioner"}),
    ],
)
def test_roles_of_news_people_are_found(analyzer, text, lang, roles):
    _, analysis = quotes_of(analyzer, text, lang)
    assert {a.name: a.role for a in analysis.actors} == roles


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"Dit is een slechte zaak", zei minister voor Medische Zorg Bruno Bruins.', "minister voor Medische Zorg Bruno Bruins"),
        ("Volgens minister voor Medische Zorg Bruno Bruins is dit een slechte zaak.", "minister voor Medische Zorg Bruno Bruins"),
        ('"Dit is een slechte zaak", zei de minister voor de camera van de omroep.', "de minister"),
        (
            '"We hebben de rol van Rusland overschat", verzuchtte EU-commissaris voor uitbreiding Johannes Hahn onlangs '
            "tegen de krant.",
            "EU-commissaris voor uitbreiding Johannes Hahn",
        ),
    ],
)
def test_a_roles_portfolio_is_part_of_the_speaker_and_the_occasion_is_not(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, "De zaal was vol. " + text, "nl")
    assert [q[3] for q in quotes] == [speaker]


def test_as_and_an_apposition_of_circumstance_are_no_part_of_who_speaks(analyzer):
    text = (
        "De rechter greep in, bijvoorbeeld als eiser Karin Smit, in het bezit van een snorfiets, betoogt dat "
        "iedereen zich aan de regels houdt."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["eiser Karin Smit"]


def test_a_noun_with_a_persons_ending_that_names_a_thing_is_no_speaker(analyzer):
    quotes, _ = quotes_of(analyzer, "Cijfers geven aan dat de verhoging slecht uitpakt voor bouwvakkers.", "nl")
    assert all(q[3] != "Cijfers" for q in quotes)


def test_a_name_in_a_modifier_of_a_thing_names_no_speaker(analyzer):
    text = 'De zorgen over de invloed van China vindt historicus Peter Frank voorbarig. "De EU moet eerst weten wat ze wil."'
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert all(not (q[3] or "").startswith("De zorgen") for q in quotes)


def test_a_pronoun_after_someone_newly_described_is_not_the_last_described_speaker(analyzer):
    text = (
        "De advocaat van een oudere man voert het woord. 'Mijn cliënt vreest voor zijn leven', zegt de advocaat. "
        "De man zelf wil daar ook iets over kwijt. Hij weigert die helm 'pertinent', zegt hij."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    # not the lawyer: the man the sentence before the pronoun opens with
    assert [q[3] for q in quotes] == ["de advocaat", "De man"]


def test_a_speaking_pronoun_with_no_one_named_is_the_person_described_just_before(analyzer):
    text = (
        "De gemeentevertegenwoordiger laat zich niet van zijn stuk brengen. Snorfietsen zijn door de maatregel "
        "beter zichtbaar, vervolgt hij op kalme toon. 'De kans op ongelukken neemt daardoor af.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[2], q[3]) for q in quotes] == [("vervolgt", "De gemeentevertegenwoordiger")] * 2
    # "hij" cannot be "de vrouw": unknown
    quotes, _ = quotes_of(analyzer, "De vrouw lacht om de vraag. Het was een goede wedstrijd, zegt hij.", "nl")
    assert [q[3] for q in quotes] == [None]


def test_a_subheadings_verb_form_before_a_name_is_no_part_of_the_speaker(analyzer):
    text = "Het verdrag ligt klaar. Niet overtuigd Mondiaal FNV en CNV Internationaal vinden dat het steun verdient."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Mondiaal FNV en CNV Internationaal"]


def test_a_pronoun_is_not_the_person_spoken_of_in_its_own_sentence(analyzer):
    text = (
        "Staatssecretaris Karin de Boer is het gebedel van de spoorbedrijven beu. ,,Jansen weet goed dat er geen geld "
        'is", kaatst ze de bal terug. Over Pieter Jansen zegt ze: ,,Iedereen kent hem en weet dat hij het mooi vindt."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Karin de Boer", "Karin de Boer"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "Hij is instabiel. Een bekende zegt dat hij vooral bekendstaat als onberekenbaar. "
            '"Er waren periodes dat hij zich vroom gedroeg."',
            ["Een bekende", "Een bekende"],
        ),
        ("Het pensioenfonds voor de bouwsector zegt dat het aantal zieke 60-plussers elk jaar stijgt.", ["Het pensioenfonds voor de bouwsector"]),
        (
            "De ploeg speelde goed. ,,Marin was toen de motor van de ploeg'', weet Aad de Mos, oud-trainer van Ajax "
            "en kenner van het Belgische voetbal.",
            ["Aad de Mos"],
        ),
    ],
)
def test_acquaintances_funds_and_a_speaker_with_an_apposition_after_any_verb(analyzer, text, speakers):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Een crimineel zegt dat slechts één op de vier ladingen wordt onderschept.", "Een crimineel"),
        ("Daarin zit de winst voor de stad, meent het stel.", "het stel"),
        ("De wedstrijd was te zwaar, zegt zijn broer.", "zijn broer"),
        ("Een ingewijde zegt dat het kabinet het plan deze week bespreekt.", "Een ingewijde"),
        ("The couple said that they would appeal the ruling.", "The couple"),
    ],
)
def test_people_named_by_a_kinship_or_a_circumstance_speak(analyzer, text, speaker):
    lang = "en" if text.startswith("The") else "nl"
    quotes, _ = quotes_of(analyzer, text, lang)
    assert [q[3] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "Minister Karin Bos hield vast aan het plan. Zij sprak toen over 'dwingende redenen': "
            '"Het terrein is strategisch gelegen in de hoofdstad."',
            ["Karin Bos"],
        ),
        (
            'Presentator Paul Smit is tevreden. Even verderop stelt hij: "Afzeiktelevisie is echt voorbij." '
            'En: "De tenen zijn langer en de lontjes korter."',
            ["Paul Smit", "Paul Smit"],
        ),
    ],
)
def test_speaking_before_a_colon_and_an_and_between_quotes_keep_the_speaker(analyzer, text, speakers):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == speakers


def test_a_pronoun_opening_the_sentence_before_a_cueless_quote_is_resolved_like_a_cues(analyzer):
    # two people named before "Zij": the same rule as for "zegt ze", the last one named
    text = (
        "Jan Smit van de PVV verloor twee zetels. Dat geldt niet voor Karin Bos van het CDA. "
        'Vandaag is zij al net zo overtuigd van haar kansen. ,,Prima uitgangspositie."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Karin Bos"]


def test_past_the_person_spoken_of_a_pronoun_skips_names_inside_quotes_too(analyzer):
    text = (
        'Staatssecretaris Karin de Boer is het gebedel beu. ,,Jansen weet goed dat Sinterklaas niet bestaat", '
        'kaatst ze de bal terug. Over Pieter Jansen zegt ze: ,,Iedereen kent hem."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Karin de Boer", "Karin de Boer"]


def test_a_speaker_named_by_a_role_is_the_one_person_with_that_role(analyzer):
    text = "Staatssecretaris Karin de Boer bezocht het station. Het spoor moet beter, zegt de staatssecretaris."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("de staatssecretaris", "Karin de Boer")]
    # two ministers: which one is not clear
    text = "Minister Karin de Boer en minister Pieter Smit bezochten het station. Het spoor moet beter, zegt de minister."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("de minister", None)]


def test_the_speaker_after_a_quote_is_never_a_word_of_the_quote(analyzer):
    # the parse's subject for the cue, "Sommige maanden", is inside the quote
    text = (
        'De krant sprak met criminelen. ,,Ik ken jongens die veel invoeren. Sommige maanden verdienen ze '
        'miljoenen", zegt een goed ingevoerde bron uit het criminele milieu.'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["een goed ingevoerde bron uit het criminele milieu"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a verb that is no cue before the colon is no part of the speaker
        ('De organisatrice wijst naar hem. De vrouw knikt: ,,Altijd. Dat vindt hij leuk."', ["De vrouw"]),
        # a role ending like a verb stays
        ('De rechter sprak hem vrij. De advocaat: ,,Dit is een opluchting voor iedereen."', ["De advocaat"]),
    ],
)
def test_the_speaker_before_a_colon_ends_before_a_verb(analyzer, text, speakers):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == speakers


def test_the_writer_speaking_is_no_speaker_and_runs_on_into_nothing(analyzer):
    text = 'Een man stapt uit. "Wil meneer binnen kijken?" "Nee, dank u," zeg ik en ik wandel richting de Emmalaan.'
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes][-1] is None


def test_a_name_ending_in_s_with_its_apostrophe_describes_someone_else(analyzer):
    text = "Ernest Louwes is veroordeeld. Louwes' advocaat Geert-Jan Knoops beweert dat dit een nieuw licht op de zaak werpt."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Geert-Jan Knoops"]


def test_a_quote_before_a_clause_with_another_verbs_particle_has_no_cue(analyzer):
    # "sprak de menigte toe" is addressing the crowd; the quote is the crowd's call
    text = "Onder de luide roep 'Waar is Jeremy Corbyn?' sprak Tom Watson de menigte toe."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes if q[3]] == []


def test_a_name_in_the_speakers_relative_clause_is_not_the_speaker(analyzer):
    text = "Ministers die in de Europese Unie willen blijven, waarschuwen dat een brexit zonder akkoord onacceptabel is."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("Ministers die in de Europese Unie willen blijven", None)]


def test_they_is_the_group_that_spoke_before_past_names_in_its_statement(analyzer):
    text = (
        "King Birendra left Nepal on Friday for a visit to China, officials said. The monarch was scheduled to meet "
        "Chinese President Jiang Zemin during his visit, they said."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["officials", "officials"]


def test_a_speaker_with_a_relative_clause_before_said_and_a_colon(analyzer):
    text = (
        "Shaun Pollock has told the county he would like to return. Pollock, who returns home a month early "
        'next week, said: "I would like to come back and play county cricket in the future."'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes][-1] == ("Pollock", "Shaun Pollock")


def test_a_pronoun_goes_on_with_the_subject_not_the_object_of_a_pronoun_sentence(analyzer):
    text = (
        "Britain's Steven Redgrave said on Wednesday he might change his mind. He shared victory with Matthew "
        "Pinsent in the coxless pairs at the Atlanta Games. \"I'm only 34. Some say that's too old,\" he said."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes][-1] == "Steven Redgrave"
    # a second clause has a subject of its own
    text = (
        "Colin McRae rolled his car. He and co-driver Derek Ringer were unhurt but team boss David Richards was "
        "furious with them. \"It's not unfortunate, it's incompetent,\" he declared."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["David Richards"]


def test_a_persons_spokesman_or_lawyer_is_not_the_person(analyzer):
    text = "Boris Yeltsin and Alexander Lebed did not meet. Lebed's spokesman said he might meet the president on Tuesday."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes] == [("Lebed's spokesman", None)]


def test_an_age_after_the_speakers_comma_is_no_part_of_the_speaker(analyzer):
    text = 'Amanda Coetzer won. "I looked at it as a great challenge for me," said Coetzer, 24.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["Coetzer"]


def test_a_second_subject_the_parse_gives_may_speak(analyzer):
    # the parse gives "krijgt" two subjects, "Haar rooster" and "ze"; "ze" is Donk, named last
    text = (
        "Iraida Donk werkt als oproepkracht. ,,Het is schrijnend'', zegt Zakaria Boufangacha van de FNV. "
        "Donk stelt zich drie dagen per week beschikbaar. Haar rooster voor de maand krijgt ze twee weken "
        "van tevoren. ,,Ik heb ook weleens te weinig werk.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Zakaria Boufangacha", "Iraida Donk"]


def test_a_genitive_before_a_compound_role_and_a_name_is_not_the_speaker(analyzer):
    text = (
        "Donald Trump ontmoet Kim. ,,Ondanks vele obstakels zijn we erin geslaagd'', zei Trumps "
        "Noord-Koreagezant Stephen Biegun vorige maand."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Stephen Biegun"]


def test_punctuation_before_a_speaker_is_no_part_of_it(analyzer):
    text = "Leiders zegden afspraken af; Kim Jong-un gaf in een brief aan dat hij alleen met Trump zaken wil doen."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Kim Jong-un"]


def test_a_pronoun_skips_the_one_spoken_to_and_the_one_a_relative_is_of(analyzer):
    text = (
        "Mehmet Yilmaz, de vader van Gökmen, heeft gereageerd in de Turkse media. Tegen persbureau Demirören "
        "zei hij dat zijn zoon moet boeten als hij de dader is."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Mehmet Yilmaz"]


def test_a_closing_cue_after_a_noun_phrase_alone_reports_nothing(analyzer):
    text = "De vader van de schutter, Mehmet Yilmaz, reageerde. Niet waar, zegt de directeur."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[1] for q in quotes] == ["Niet waar"]


def test_the_named_subject_after_the_verb_before_a_colon_speaks(analyzer):
    text = (
        "Gevraagd om een reactie stuurt Airbnb slechts een passage uit de eigen reglementen: 'Voor onjuiste "
        "advertenties is geen plek binnen onze gemeenschap.' Het probleem is onbekend."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("Airbnb", "Airbnb")]


def test_a_described_speaker_ends_at_its_noun_in_a_sentence_without_tags(analyzer):
    # the sentence before has no cue, so it is not parsed: no tag ends the phrase at "arrived"
    text = 'The president arrived in Paris on Monday. He said as he left the plane, "We will win."'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["The president"]
    text = 'De woordvoerder van de gemeente was kort. Hij zei: "We gaan het onderzoeken."'
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["De woordvoerder van de gemeente"]


def test_a_pronoun_goes_past_a_name_whose_thing_the_sentence_is_about(analyzer):
    text = "Als de spanning oploopt, haalt Peter de Groot een brief van Karel Smit uit zijn binnenzak. ,,Lees dit'', zei hij."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Peter de Groot"]


def test_a_cue_right_after_a_quote_has_its_speaker_after_it_not_before_the_quote(analyzer):
    text = (
        "Daarmee krijgt Shell een jaar extra de tijd om 'de klimaatambities in lijn te brengen met het "
        "Klimaatakkoord van Parijs', stelt Follow This."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Follow This"]


def test_an_organisation_named_as_where_something_stands_does_not_stop_the_speaker_going_on(analyzer):
    text = (
        "Jesper de Vries verhuurt kamers. Van fraude is volgens hem geen sprake. Het is één keer voorgekomen dat "
        "een eigenaar hem benaderde, "
        "omdat die zijn pand op Airbnb had zien staan. \"Die advertentie heb ik toen verwijderd.\""
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[3]) for q in quotes] == [("reported", "hem"), ("direct", "hem")]
    # named as one who may speak, it does
    quotes, _ = quotes_of(analyzer, text.replace("zijn pand op Airbnb had zien staan", "Airbnb hem had gebeld"), "nl")
    assert [(q[0], q[3]) for q in quotes] == [("reported", "hem"), ("direct", None)]


def test_a_plural_ze_is_the_group_a_sentence_just_before_opened_with(analyzer):
    text = (
        "De agenten werden in 2017 veroordeeld tot zes maanden voorwaardelijk. Zij gingen daar zelf tegen in "
        "hoger beroep. Bij de behandeling van hun zaak hielden ze vol dat ze niets verkeerds hadden gedaan."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["De agenten"]
    # someone named since: not clear whom "ze" means
    quotes, _ = quotes_of(analyzer, text.replace("Zij gingen", "Advocaat Jan Smit zegt dat zij gingen"), "nl")
    assert quotes[-1][3] is None


def test_a_group_opening_with_a_possessive_after_a_quote_is_whom_a_plural_zij_means(analyzer):
    """ "Zijn aanhangers" opens a sentence too, also right after the ,,…''
    of a quote paragraph (two apostrophes close it)."""
    text = (
        ",,Het ontroert me'', zei premier Benjamin Netanyahu. ,,Dank jullie wel.'' Zijn aanhangers waren door het dolle "
        "heen. Minutenlang scandeerden zij een van zijn bijnamen: ,,Bibi, de koning van Israël.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["premier Benjamin Netanyahu", "premier Benjamin Netanyahu", "Zijn aanhangers"]


def test_a_plural_ze_is_the_group_a_sentence_opens_with_without_an_article(analyzer):
    text = "Bewoners van de Vogelbuurt zijn boos. Zij vinden dat de gemeente hen niet heeft gehoord."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Bewoners"]


def test_they_with_no_group_speaking_before_is_the_group_a_sentence_opened_with(analyzer):
    quotes, _ = quotes_of(analyzer, "The rebels attacked the town on Monday. They said the army had fled.", "en")
    assert [q[3] for q in quotes] == ["The rebels"]


@pytest.mark.parametrize(
    "text, lang, speaker, actor",
    [
        ("Shell schrapt banen. ,,We zijn alles kwijt'', zegt een oud-medewerker van Shell.", "nl", "een oud-medewerker van Shell", None),
        ("Microsoft cut jobs in 2001. \"We lost everything,\" said a former employee of Microsoft.", "en", "a former employee of Microsoft", None),
        ("The BBC cut jobs. Critics of the BBC said the cuts went too far.", "en", "Critics of the BBC", None),
        # those who speak for it, and the organisation itself described as a rival, are it
        ("The BBC cut jobs. A spokesman for the BBC said the cuts were needed.", "en", "A spokesman for the BBC", "BBC"),
        ("De PVV is tegen. Volgens tegenstander PVV is het plan slecht.", "nl", "tegenstander PVV", "PVV"),
    ],
)
def test_who_worked_for_or_criticises_an_organisation_does_not_speak_for_it(analyzer, text, lang, speaker, actor):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert [q[3:] for q in quotes] == [(speaker, actor)]


def test_investors_in_an_organisation_do_not_speak_for_it(analyzer):
    text = "U.S. investors in troubled Lloyd's of London vowed to continue legal actions."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3:] for q in quotes] == [("U.S. investors in troubled Lloyd's of London", None)]


@pytest.mark.parametrize(
    "text, lang, actor",
    [
        # a name in the genitive is whose the thing is; the pronoun goes on with who acts
        ("Joe Biden belde met Mark Rutte. Rutte koestert Bidens steun. Hij zegt dat de band goed is.", "nl", "Mark Rutte"),
        # a name that ends in "s" is no genitive
        ("Derek Ringer crashed, and team boss David Richards was furious with him. \"It is incompetent,\" he declared.", "en", "David Richards"),
    ],
)
def test_a_pronoun_after_a_genitive_is_the_one_who_acts(analyzer, text, lang, actor):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert [q[4] for q in quotes] == [actor]


def test_a_pronoun_passes_over_a_genitive_to_whoever_was_named_before(analyzer):
    text = (
        "Cory Zue woont in Kaapstad. Onderzoeker Kirsty Carden is tevreden. Veel mensen investeren in oplossingen, "
        "zoals Zue's regentank. ,,Al blijkt uit onderzoek dat de terugslag later komt'', nuanceert ze."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Kirsty Carden"]


def test_a_pronoun_of_one_passes_a_genitive_back_to_the_one_described_who_spoke(analyzer):
    text = (
        'Cory Zue heeft een regentank in zijn tuin. "Het scheelt veel water", zegt hij. Kirsty Carden van de '
        'universiteit houdt vol dat de dreiging reëel was. "Nog altijd is de consumptie lager dan vroeger", zegt '
        "de onderzoekster. Dat komt volgens haar doordat veel mensen hebben geïnvesteerd in oplossingen, zoals "
        'Zue\'s regentank. "Al blijkt uit onderzoek dat de terugslag pas later komt", nuanceert ze.'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes][-1] == "de onderzoekster"


def test_a_pronoun_of_one_does_not_go_to_several_people_described(analyzer):
    text = (
        'The rebels left the town on Monday. "The fighting is over," said two officers and a doctor at the scene. '
        '"We will go home now," he said.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["two officers and a doctor at the scene", None]


def test_a_subheadings_name_run_into_the_speakers_is_neither_speaker_nor_one_actor(analyzer):
    # a text read as one paragraph: the subheading "De Vries" runs into "Van Koppen zegt"
    text = (
        "Misdaadjournalist Peter R. de Vries en hoogleraar Peter van Koppen waren er. ,,Hoe komt dat dna op die"
        " blouse?'' De Vries Van Koppen zegt dat het feit daar niets aan afdoet."
    )
    quotes, analysis = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in reported(quotes)] == [("Van Koppen", "Peter van Koppen")]
    assert not any("Vries Van" in actor.name for actor in analysis.actors)


def test_he_in_the_next_sentence_goes_on_with_the_speaker_not_whom_they_spoke_of(analyzer):
    text = (
        "Dariusz Rosati said Russia's July polls, in which Boris Yeltsin won re-election, showed democracy had"
        " passed a test. But he said a power struggle in Russia's ruling circles could not be ruled out."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes] == [("Dariusz Rosati", "Dariusz Rosati"), ("he", "Dariusz Rosati")]


@pytest.mark.parametrize("children", ["Lili en Howick,", "de Armeense asielkinderen Lili en Howick"])
def test_a_pronoun_passes_over_the_children_a_mother_is_described_by(analyzer, children):
    # "de moeder van (de Armeense asielkinderen) Lili en Howick": both children are whom she is described by
    text = (
        f"Armina Hambartsjumian, de moeder van {children} mag terug naar Nederland. Hambartsjumian kan het"
        " nieuws nauwelijks bevatten, vertelt ze aan de telefoon."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in reported(quotes)] == [("ze", "Armina Hambartsjumian")]


def test_a_pronoun_may_point_to_a_name_after_a_role_and_its_department(analyzer):
    # a role's "van"/"for" phrase is its department: the name after it is the role's holder
    text = (
        "The director of the Nagyatad camp Lajos Horvath watched the vote. \"They just voted along ethnic lines,\""
        " he said."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes] == [("he", "Lajos Horvath")]


def test_a_pronoun_never_points_to_a_name_after_op_de(analyzer):
    # the first mention keeps "Kale Duinen" a person for the model; "op de" says it is a place
    text = (
        "Vroeger lag Kale Duinen er mooi bij. Mycoloog Rob Chrispijn staat op de Kale Duinen. Hij wijst:"
        " 'Daar stond een heel aardig dennenbosje waar we graag fietsten.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Rob Chrispijn"]


def test_a_name_with_a_party_in_brackets_before_a_colon_speaks(analyzer):
    text = (
        "Twee studenten debatteren in een café.\n\n"
        "De Groot (GL): 'Mensen die op een bootje stappen hebben daar goede redenen voor.' Hij praat snel.\n\n"
        "Van Benthem (FvD): 'Forum komt altijd met die linkse indoctrinatie.' Ik vind dat een hoax."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["De Groot", "Van Benthem"]


def test_a_long_aside_in_brackets_or_a_quoted_heading_is_no_part_of_the_colon_speaker(analyzer):
    text = (
        "Er wordt weinig gedoneerd voor Venezuela.\n\n"
        "Merlijn Stoffels (persvoorlichter van het Rode Kruis): 'We merken een verband tussen aandacht en donaties.'\n\n"
        "'Juist nu is doneren belangrijk' Thea Hilhorst (hoogleraar humanitaire hulp aan de Erasmus Universiteit): "
        "'Er is een groot verschil tussen natuurrampen en andere crises.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    speakers = [q[3] for q in quotes if q[1].startswith(("'We merken", "'Er is"))]
    assert speakers == ["Merlijn Stoffels", "Thea Hilhorst"]


def test_an_article_and_an_adjective_before_a_colon_is_no_speaker_but_one_of_them_is(analyzer):
    quotes, _ = quotes_of(analyzer, "Het was een lange dag.\n\nMet een diepe zucht: 'Dit had ik nooit verwacht.'", "nl")
    assert [q[3] for q in quotes] == [None]
    text = "Het kabinet wankelt.\n\n,,Het einde is nabij'', aldus een van hen. ,,Je kunt niet blijven wachten'', zegt een ander."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["een van hen", "een ander"]


def test_a_time_phrase_after_the_name_is_no_part_of_the_speaker(analyzer):
    text = (
        "Politicoloog Bassam Tibi spreekt op een symposium.\n\n"
        "Het advies aan de generaal vormt de kern van zijn werk, zegt Tibi een dag na het symposium in een interview."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("Tibi", "Bassam Tibi")]


def test_a_description_is_the_person_whose_role_it_names_not_an_organisation_in_the_role(analyzer):
    text = (
        "Bonn backs talks.\n\nGerman Foreign Ministry spokesman Martin Erdmann said Bonn supported the talks.\n\n"
        "The ministry said the visit would be the first by an Israeli minister this year.\n\n"
        "Agriculture Secretary Dan Glickman visited a farm.\n\n"
        '"That is a perennial problem and we are on top of it," the secretary said.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes[1:]] == [("The ministry", None), ("the secretary", "Dan Glickman")]


def test_these_words_or_this_expectation_after_a_quote_name_its_speaker(analyzer):
    text = (
        "Mozambique is zwaar getroffen.\n\n"
        '"Het dodental kan makkelijk oplopen tot boven de duizend." Die woorden sprak president Filipe Nyusi gisteren uit.'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Filipe Nyusi"]
    text = text.replace("Die woorden sprak president", "Deze onheilspellende verwachting sprak president")
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Filipe Nyusi"]


def test_he_goes_on_with_the_speaker_not_the_firm_named_in_their_apposition(analyzer):
    # the model takes "Raymond James" for a person; it is where the speaker works
    text = (
        '"Seven percent creates psychological problems," said Ralph Bloch, chief technical analyst at Raymond James.'
        '\n\n"We could carry another 100 points lower in the Dow," he said.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Ralph Bloch", "Ralph Bloch"]


def test_a_body_opening_a_sentence_does_not_stop_she_from_pointing_back(analyzer):
    # "The NLD party …", "The company …": bodies, for which "she" and "he" do not stand
    text = (
        "Jane Doyle spoke on Saturday.\n\nThe NLD party won a landslide victory in a 1990 election.\n\n"
        '"This lack of rule of law is an indication that the authorities are not interested in fair play," she said.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Jane Doyle"]
    # a person described does: "she" may be the spokeswoman
    text = text.replace("The NLD party won", "The spokeswoman saw")
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == [None]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Het was druk in de stad. 'Het is heel erg', zegt de Arnhemse.", "nl"),
        ("The talks ended. The Chechens said they had returned all the weapons.", "en"),
    ],
)
def test_an_article_and_a_demonym_describe_someone_and_name_no_actor(analyzer, text, lang):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert quotes and all(q[3] is not None and q[4] is None for q in quotes)


def test_a_speech_noun_after_an_article_and_adjective_before_a_colon_is_no_cue(analyzer):
    """ "Met een diepe zucht: '…'" has no verb of its own: the quote goes on
    with the one who spoke just before, not with an unknown speaker of
    "zucht"; "Voor het eerst zei May" still has its verb."""
    text = (
        "Het advies vormt de kern van zijn werk, zegt Bassam Tibi een dag later in een interview. "
        "Met een diepe zucht: 'Je zou verwachten dat ik steun krijg.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Bassam Tibi", "Bassam Tibi"]
    quotes, _ = quotes_of(analyzer, "Voor het eerst zei Theresa May dat de brexit kan worden uitgesteld.", "nl")
    assert [q[3] for q in quotes] == ["Theresa May"]


def test_a_plural_zij_after_a_joint_statement_is_its_speakers(analyzer):
    """ "Ministers X en Y erkennen dat …. ,,…'', stellen zij." Not when
    someone else was named in between."""
    text = (
        "Ministers Ingrid van Engelshoven en Arie Slob erkennen dat scholen transparanter moeten zijn. "
        ",,Niet elke innovatie is succesvol'', stellen zij."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] == ["Ingrid van Engelshoven", "Ingrid van Engelshoven"]
    quotes, _ = quotes_of(analyzer, text.replace(" ,,Niet", " Docent Piet Smit is blij. ,,Niet"), "nl")
    assert quotes[-1][3] is None


def test_a_name_after_a_preposition_before_the_cue_and_colon_is_no_speaker(analyzer):
    """ "De burgemeester heeft op Facebook gereageerd: ,,…''": Facebook is
    where she wrote, the subject opens the sentence."""
    text = "De burgemeester heeft op Facebook gereageerd: ,,Dit is een schande!''"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["De burgemeester"]


def test_a_dutch_cue_far_before_the_comma_of_a_quoted_fragment_is_its_cue(analyzer):
    """ "X dringt daarom aan op uitstel van …, 'uit respect voor de kiezer'":
    only the particle and phrases stand between the cue and the comma. A
    sentence with no cue gives the fragment no speaker."""
    text = "Thierry Baudet dringt daarom aan op uitstel van de behandeling van de klimaatwet, 'uit respect voor de kiezer'."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[3]) for q in quotes] == [("direct", "Thierry Baudet")]
    quotes, _ = quotes_of(analyzer, text.replace("dringt daarom aan op", "wacht daarom op"), "nl")
    assert [q[3] for q in quotes] == [None] * len(quotes)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Pure onzin, zeggen de Democraten.", "de Democraten"),
        ("Het plan deugt niet, zeggen de Republikeinen in het Congres.", "de Republikeinen"),
        ("De Democraten zeggen dat het plan niet deugt.", "De Democraten"),
    ],
)
def test_a_party_s_followers_are_a_group_that_speaks(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Forum dringt daarom aan op uitstel van de behandeling van de klimaatwet, 'uit respect voor de kiezer'.", "Forum"),
        ("Entrée is met ruim achtduizend leden naar eigen zeggen de grootste jongerenclub van Europa.", "Entrée"),
        # a day of the week opening the sentence is no name
        ("Vrijdag schreef de Volkskrant dat het gezag van de bonden verder zal eroderen.", "de Volkskrant"),
    ],
)
def test_a_dutch_proper_noun_the_model_missed_may_speak(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [speaker]


def test_a_quote_about_the_group_that_spoke_before_is_not_theirs(analyzer):
    """After a group's statement and a sentence of the writer's, a quote that
    opens with "Ze" and never says "we" speaks of them, not for them."""
    text = (
        "De salafisten zeggen dat ze de democratische waarden accepteren. Ze presenteren zich als "
        "loyale burgers. 'Ze zijn meesters in de misleiding. Ze liegen over hun ware aard.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[3]) for q in quotes] == [("reported", "De salafisten"), ("direct", None)]
    quotes, _ = quotes_of(analyzer, text.replace("Ze liegen over hun", "Wij liegen nooit over onze"), "nl")
    assert quotes[-1][3] == "De salafisten"


def test_a_phrase_of_where_before_a_colon_is_no_speaker(analyzer):
    """ "… bij de eerste Kaasmarkt in Alkmaar van het seizoen: '…'": where
    the words were said, not who said them; a name before a colon still is."""
    text = (
        "Zoals het interview met de marketingchef bij de eerste Kaasmarkt in Alkmaar van het seizoen: 'We waren "
        "in eerste instantie alleen op zoek naar kaasmeisjes, maar vorig jaar solliciteerden er ook jongens.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] in ([], [None])
    quotes, _ = quotes_of(analyzer, "Marketingchef Melanie Goudsblom: 'We zochten alleen kaasmeisjes.'", "nl")
    assert [q[3] for q in quotes] == ["Marketingchef Melanie Goudsblom"]
