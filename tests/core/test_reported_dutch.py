"""Dutch reported speech with the speaker in the same sentence, with the
real bundled model, on sentences of our own: a "volgens" source that ends
at the finite verb, a te-infinitive of a verb with a particle, clergy as
speakers, an age or party in brackets after the speaker (English too)."""

import pytest

from reader.core.article import Article, Block
from reader.core.loading.paragraphs import paragraphs


def analysed(analyzer, text, lang="nl"):
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
    return analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language=lang))


def reported(analyzer, text, lang="nl"):
    analysis = analysed(analyzer, text, lang)
    return [(q.text, q.cue, q.speaker.text if q.speaker else None) for q in analysis.quotes if q.kind == "reported"]


def test_volgens_ends_at_the_finite_verb(analyzer):
    found = reported(analyzer, "Volgens de diensten bestaat de beweging uit ruim vijfhonderd personen.")
    assert found == [("bestaat de beweging uit ruim vijfhonderd personen", "Volgens", "de diensten")]


def test_a_te_infinitive_after_a_particle(analyzer):
    found = reported(analyzer, "De fabrikant beloofde de update binnen enkele weken door te voeren.")
    assert found == [("de update binnen enkele weken door te voeren", "beloofde", "De fabrikant")]


def test_door_with_an_object_is_still_how(analyzer):
    assert reported(analyzer, "De betogers reageerden door stenen te gooien naar de agenten.") == []


def test_a_priest_speaks(analyzer):
    found = reported(analyzer, "De pastoor laat weten dat het spandoek hem diep heeft geraakt.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("laat", "De pastoor")]


def test_an_age_or_party_in_brackets_after_the_speaker(analyzer):
    found = reported(analyzer, "Buurtbewoner Karin de Wit (54) zegt dat ze de knal in haar hele huis hoorde.")
    assert found == [("ze de knal in haar hele huis hoorde", "zegt", "Buurtbewoner Karin de Wit")]


def test_brackets_before_an_english_verb(analyzer):
    text = "John Harker (52) said the shipping arm would be sold."
    analysis = analysed(analyzer, text, "en")
    assert [(q.text, q.speaker.text if q.speaker else None) for q in analysis.quotes] == [
        ("the shipping arm would be sold", "John Harker")
    ]


def test_the_speaker_before_an_auxiliary_of_the_perfect(analyzer):
    # The parser took "De club" for the object of "heeft verklaard".
    found = reported(analyzer, "De club heeft verklaard dat de trainer blijft.")
    assert found == [("de trainer blijft", "verklaard", "De club")]
    found = reported(analyzer, "De bond heeft bekendgemaakt dat de wedstrijd wordt uitgesteld.")
    assert [speaker for _, _, speaker in found] == ["De bond"]



def test_the_subject_of_a_passive_speech_verb_is_no_speaker(analyzer):
    # Asked, warned, told: spoken to, not speaking.
    assert reported(analyzer, "De wethouder werd gevraagd of de school dichtgaat.") == []
    assert reported(analyzer, "De burgemeester is gewaarschuwd dat het gebouw onveilig is.") == []
    # A form of "zijn" in the statement before the cue is no passive.
    found = reported(analyzer, "Een conflict was er echter niet, benadrukt de buurvrouw.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("benadrukt", "de buurvrouw")]


def test_the_name_after_a_role_after_the_cue_is_the_speakers(analyzer):
    # The parser hung "Jan Vries" on "coach"; the speaker was the bare role.
    for text, speaker in (
        (",,We zijn heel blij'', zegt coach Jan Vries tegen deze krant.", "coach Jan Vries"),
        (",,We zijn heel blij'', zegt trainer Jan de Vries.", "trainer Jan de Vries"),
    ):
        analysis = analysed(analyzer, text)
        assert [q.speaker.text if q.speaker else None for q in analysis.quotes] == [speaker]


def test_a_particle_that_makes_another_verb_is_no_cue(analyzer):
    # "dacht … na" is thinking it over, not saying: the quote after it was
    # given that cue, and its "ze" the man named last.
    text = "Sanne Vermeulen twijfelde. Een buurman, Kees Dekker, hielp haar. Toen dacht ze weer na. ,,Het was zwaar.''"
    analysis = analysed(analyzer, text)
    assert [(q.cue, q.speaker) for q in analysis.quotes] == [(None, None)]
    # The same verb with a statement stays one.
    found = reported(analyzer, "De minister zei na afloop dat de afspraak doorgaat.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("zei", "De minister")]


def test_a_bare_plural_for_people_is_a_speaker_a_thing_is_not(analyzer):
    for text, speaker in (
        ("Volgens critici is de infrastructuur al jaren slecht.", "critici"),
        ("Volgens tegenstanders is het plan veel te duur.", "tegenstanders"),
    ):
        assert [s for _, _, s in reported(analyzer, text)] == [speaker], text
    assert reported(analyzer, "Volgens computers is het plan veel te duur.") == []


def test_a_negated_or_refused_dutch_speech_verb_says_nothing(analyzer):
    for text in (
        "De woordvoerder wilde niet zeggen hoeveel soldaten zijn gedood.",
        "De wethouder zei niet of hij opnieuw meedoet.",
        "De politie weigerde te zeggen waar de man woont.",
        # "niks"/"niets" before the verb, after a fronted phrase and its comma (as a brief may write it)
        "Over de ernst van de verwondingen, kan de politie nog niks zeggen.",
        "Over de oorzaak van de brand, kon de woordvoerder niets zeggen.",
    ):
        assert reported(analyzer, text) == [], text
    assert [cue for _, cue, _ in reported(analyzer, "De wethouder zegt niet te weten waar het geld is.")] == ["zegt"]


def test_a_negation_of_a_first_verb_does_not_silence_the_second(analyzer):
    # "niet" before "en"/"maar" belongs to the first verb of the subject; the second one still speaks
    found = reported(analyzer, "De wethouder wil niet langer wachten en zegt dat de gemeente zelf een plan maakt.")
    assert found == [("de gemeente zelf een plan maakt", "zegt", "De wethouder")]
    found = reported(analyzer, "The mayor did not wait and said that the city would make its own plan.", "en")
    assert [(cue, speaker) for _, cue, speaker in found] == [("said", "The mayor")]
    # a negation of the second verb itself still says nothing
    assert reported(analyzer, "De wethouder wacht niet en zegt niet wat hij gaat doen.") == []


def test_believing_that_something_is_not_so_is_an_opinion(analyzer):
    # an opinion verb with "niet dat" says what someone thinks is not so; "zei niet of" says nothing
    found = reported(analyzer, "Elderson gelooft niet dat het probleem alleen bij Nederlandse banken ligt.")
    assert found == [("het probleem alleen bij Nederlandse banken ligt", "gelooft", "Elderson")]
    assert [cue for _, cue, _ in reported(analyzer, "Jansen denkt niet dat het plan slaagt.")] == ["denkt"]
    # believing in something, and "of" between two verbs after a comma ("or"), report nothing
    assert reported(analyzer, "De stichting gelooft in de maakbaarheid van de mens.") == []
    assert reported(analyzer, "Sire gelooft, of doet alsof ze gelooft, in de maakbaarheid van de ziel.") == []


def test_stellen_with_a_word_that_makes_it_another_verb_says_nothing(analyzer):
    # "stelt … beschikbaar" makes available, "stelt … teleur" disappoints; "stelt dat …" still says
    assert reported(analyzer, "De bank stelde er ook structureel te weinig geld voor beschikbaar.") == []
    assert reported(analyzer, "De club stelde de trouwe supporters opnieuw teleur.") == []
    assert [cue for _, cue, _ in reported(analyzer, "De minister stelt dat er te weinig geld beschikbaar is.")] == ["stelt"]


def test_an_inverted_subject_up_to_the_particle_before_a_te_infinitive(analyzer):
    found = reported(analyzer, "Maandag maakte de club van aandeelhouders Groen Beleggen bekend het bedrijf dit jaar te sparen.")
    assert found == [("het bedrijf dit jaar te sparen", "maakte", "de club van aandeelhouders Groen Beleggen")]


def test_reproach_and_ruling_report_what_was_said(analyzer):
    found = reported(analyzer, "President Maduro verweet de buurlanden toen een aanval te hebben uitgevoerd.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("verweet", "President Maduro")]
    found = reported(analyzer, "De tuchtcommissie heeft bepaald dat het vak van de harde kern leeg moet blijven.")
    assert found == [("het vak van de harde kern leeg moet blijven", "bepaald", "De tuchtcommissie")]
    # "bepaald" as an adjective reports nothing.
    assert reported(analyzer, "Hij betaalde een bepaald bedrag dat later werd terugbetaald.") == []


def test_a_verb_after_comma_maar_has_the_subject_of_the_first(analyzer):
    found = reported(analyzer, "De vrouw was enige tijd eigenares van een bakkerij in Zwolle, maar zegt gedupeerd te zijn door een verhuurder.")
    assert found == [("gedupeerd te zijn door een verhuurder", "zegt", "De vrouw")]


def test_a_source_with_a_relative_clause(analyzer):
    # The content after "volgens X" starts past X's relative clause.
    found = reported(analyzer, "Volgens de buurman, die de brand zag, was het geen ongeluk.")
    assert found == [("was het geen ongeluk", "Volgens", "de buurman")]
    # "X, die vond dat …": the phrase before the relative pronoun speaks.
    text = "Het nieuwe plan is vooral duur, zei de wethouder van Zwolle, die vond dat het geld beter naar scholen kan gaan."
    found = reported(analyzer, text)
    assert ("het geld beter naar scholen kan gaan", "vond", "de wethouder van Zwolle") in found


def test_the_whole_name_of_a_parsed_subject_after_the_verb(analyzer):
    # The parser takes the first name alone for the subject.
    found = reported(analyzer, "Gisteren zei Karin Jansen dat het plan kan worden uitgesteld.")
    assert found == [("het plan kan worden uitgesteld", "zei", "Karin Jansen")]


def test_a_cue_far_before_the_colon_of_a_quote(analyzer):
    text = (
        "Voor het eerst zei minister Jansen dat het plan kan worden uitgesteld, al ging het niet van harte: "
        ",,Laat me duidelijk zijn. Ik wil geen uitstel.''"
    )
    quotes = analysed(analyzer, text).quotes
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("reported", "minister Jansen"),
        ("direct", "minister Jansen"),
    ]


def test_other_phrases_that_name_a_source_like_volgens(analyzer):
    found = reported(analyzer, "Naar de mening van minister Jansen is het plan veel te duur.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("Naar de mening van", "minister Jansen")]


def test_by_their_own_account_is_the_subjects_statement(analyzer):
    found = reported(analyzer, "De verdachte was naar eigen zeggen die avond gewoon thuis.")
    assert found == [("De verdachte was naar eigen zeggen die avond gewoon thuis", "naar eigen zeggen", "De verdachte")]


def test_a_cue_closing_a_question_or_circumstance_clause_reports_nothing(analyzer):
    text = "Op de beelden van de omroep, naar eigen zeggen een 'onafhankelijk platform', is te zien hoe een vrouw scandeert."
    assert reported(analyzer, text) == []
    found = reported(analyzer, "Wat de wethouder zegt, is volgens de buren onzin.")
    assert all(cue != "zegt" for _, cue, _ in found)


def test_predicting_disputing_and_the_plural_of_opinion_verbs(analyzer):
    text = (
        "Minister Hugo de Groot bestrijdt dat de regeling te duur is geworden. "
        "Econoom Sanne Bakker voorspelt dat de rente volgend jaar verder stijgt. "
        "Veel boeren denken dat de nieuwe regels hun bedrijf de kop kosten."
    )
    found = [(cue, speaker) for _, cue, speaker in reported(analyzer, text)]
    assert found == [
        ("bestrijdt", "Minister Hugo de Groot"),
        ("voorspelt", "Econoom Sanne Bakker"),
        ("denken", "Veel boeren"),
    ]


def test_believing_in_something_is_no_statement(analyzer):
    assert reported(analyzer, "De trainer gelooft, net als zijn spelers, in een goede afloop van het seizoen.") == []


def test_groups_of_people_with_a_quantifier_or_a_dutch_plural(analyzer):
    text = (
        "Veel mensen zeggen dat de nieuwe regels te streng zijn. "
        "De boeren vertellen dat de oogst dit jaar is mislukt. "
        "Wetenschappers denken dat het ijs sneller smelt dan gedacht. "
        "Zijn collega's zeggen dat hij altijd hard werkte."
    )
    found = [(cue, speaker) for _, cue, speaker in reported(analyzer, text)]
    assert found == [
        ("zeggen", "Veel mensen"),
        ("vertellen", "De boeren"),
        ("denken", "Wetenschappers"),
        ("zeggen", "Zijn collega's"),
    ]


def test_dat_heeft_x_gezegd_ends_the_speaker_at_the_verb(analyzer):
    text = "De school blijft de hele week dicht. Dat heeft directeur Nico Hendriks gezegd."
    assert reported(analyzer, text) == [("De school blijft de hele week dicht", "gezegd", "directeur Nico Hendriks")]


def test_volgens_after_the_verb_with_little_after_it_reports_the_whole_sentence(analyzer):
    found = reported(analyzer, "De kans op een nieuwe aanslag is volgens de politie klein.")
    assert found == [("De kans op een nieuwe aanslag is volgens de politie klein", "volgens", "de politie")]


def test_volgens_before_a_reporting_verb_and_its_dat_relays_the_one_who_said_it(analyzer):
    # the channel relays the premier's words (the gold's relay rule); a report of a thing stays the source's
    found = reported(analyzer, "Volgens nieuwszender ITN zei de premier gisteren dat ze zal aftreden als haar deal wordt aanvaard.")
    assert found == [("ze zal aftreden als haar deal wordt aanvaard", "zei", "de premier")]
    found = reported(analyzer, "Volgens Jansen meldt het bedrijf al jaren verlies.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("Volgens", "Jansen")]


def test_volgens_inside_a_noun_phrase_is_no_source(analyzer):
    assert reported(analyzer, "De sekte wil de volgens haar juiste leer verspreiden.") == []


def test_a_pronoun_source_inside_the_content_looks_back_from_itself(analyzer):
    # Erdogan is the last person named before the sentence, but the sentence
    # opens with someone described since: "hem" is not clearly Erdogan.
    text = (
        "De partij van president Recep Erdogan gaat de uitslag aanvechten. "
        "Het hoofd van de afdeling in Istanbul zwijgt, maar de uitslag is volgens hem vals."
    )
    assert [speaker for _, _, speaker in reported(analyzer, text)] == [None]


def test_a_person_noun_ending_in_man(analyzer):
    found = reported(analyzer, "De buurman vertelde gisteren tegen de politie dat hij niets had gezien.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("vertelde", "De buurman")]
    assert reported(analyzer, "De roman vertelt dat de liefde uiteindelijk altijd overwint.") == []


def test_a_statement_in_a_relative_clause_ends_with_the_clause(analyzer):
    text = "De groep die vindt dat de regels te streng zijn, is echter veel kleiner dan vorig jaar."
    assert reported(analyzer, text) == [("de regels te streng zijn", "vindt", "De groep")]


def test_volgens_a_share_of_people_with_little_after_it(analyzer):
    text = "Zolang bedrijven niets doen, maken hun eigen daden volgens zes op de tien Nederlanders niet uit."
    found = reported(analyzer, text)
    assert [(cue, speaker) for _, cue, speaker in found] == [("volgens", "zes op de tien Nederlanders")]
    assert found[0][0].startswith("Zolang bedrijven niets doen")


def test_a_share_of_a_group_speaks_as_surveys_report_it(analyzer):
    text = (
        "De helft van de ondervraagden zegt dat de regels te streng zijn. "
        "Eind februari gaf 65 procent van de ondervraagden aan zich zorgen te maken."
    )
    found = [(cue, speaker) for _, cue, speaker in reported(analyzer, text)]
    assert found == [("zegt", "De helft van de ondervraagden"), ("gaf", "65 procent van de ondervraagden")]
    assert reported(analyzer, "De helft van de schade zegt dat het goed gaat met de oogst.") == []


def test_a_clause_final_participle_has_its_subject_before_the_auxiliary(analyzer):
    text = "De dader had eerder op de campus van de universiteit geroepen dat ze hem moesten halen."
    found = reported(analyzer, text)
    assert [(cue, speaker) for _, cue, speaker in found] == [("geroepen", "De dader")]


def test_speaking_of_something_names_what_was_said(analyzer):
    found = reported(analyzer, "De politie spreekt van een gerichte aanslag op de woning.")
    assert found == [("een gerichte aanslag op de woning", "spreekt", "De politie")]
    assert reported(analyzer, "De burgemeester sprak met de bewoners van de getroffen straat.") == []


def test_een_cue_in_een_bijzin_wijkt_voor_het_hoofdwerkwoord(analyzer):
    text = "De partij, die Iran beschuldigt van steun aan de rebellen, zei donderdag dat haar troepen een aanval hadden gestopt."
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [("haar troepen een aanval hadden gestopt", "De partij")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Het kabinet moet snel ingrijpen, zo laat de vakbond weten.", "de vakbond"),
        ("Het kabinet moet snel ingrijpen, zo maakte de minister bekend.", "de minister"),
    ],
)
def test_zo_before_a_closing_cue_keeps_the_speaker_after_it(analyzer, text, speaker):
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [("Het kabinet moet snel ingrijpen", speaker)]


def test_achten_reports_a_judgement_with_its_dat(analyzer):
    found = reported(analyzer, "De rechter acht bewezen dat de man de brand heeft gesticht.")
    assert [(q[0], q[2]) for q in found] == [("de man de brand heeft gesticht", "De rechter")]
    found = reported(analyzer, "Het hof acht het aannemelijk dat de verdachte loog.")
    assert [(q[0], q[2]) for q in found] == [("de verdachte loog", "Het hof")]
    # without "dat" a judgement is no statement, and "acht" before a noun is eight
    text = "De pogingen mislukken, waardoor een groep parlementariërs de tijd rijp acht een revolutie te ontketenen."
    assert reported(analyzer, text) == []
    found = reported(analyzer, "Er vielen acht doden bij het ongeluk op de snelweg, zegt de politie.")
    assert [q[2] for q in found] == ["de politie"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("De minister is van mening dat het kabinet meer moet doen.", "het kabinet meer moet doen", "De minister"),
        # a named subject: the parse hangs "mening" on "van", "van" on "is"; the tagger calls "Jansen" a verb
        ("Kees Jansen is van mening dat het kabinet meer moet doen.", "het kabinet meer moet doen", "Kees Jansen"),
        (
            "De meeste Nederlanders zijn ervan overtuigd dat de mens de aarde opwarmt.",
            "de mens de aarde opwarmt",
            "De meeste Nederlanders",
        ),
    ],
)
def test_an_opinion_with_its_dat_is_reported(analyzer, text, content, speaker):
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [(content, speaker)]


def test_an_opinion_without_dat_is_not(analyzer):
    assert reported(analyzer, "De jury was niet overtuigd van zijn verhaal.") == []


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Wat Jan de Vries betreft moet het kabinet snel ingrijpen.", "moet het kabinet snel ingrijpen", "Jan de Vries"),
        ("Het plan is wat de FNV betreft onhaalbaar.", "Het plan is wat de FNV betreft onhaalbaar", "de FNV"),
    ],
)
def test_wat_x_betreft_names_the_source(analyzer, text, content, speaker):
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [(content, speaker)]


def test_wat_a_thing_betreft_is_a_topic(analyzer):
    assert reported(analyzer, "Wat de kosten betreft, die vallen mee.") == []


def test_a_cue_closing_a_relative_clause_with_waarin_reports_nothing(analyzer):
    text = "Dolberg speelt in wedstrijden waarin Ten Hag weer een extra spits nodig denkt te hebben."
    assert reported(analyzer, text) == []
    found = reported(analyzer, "De trainer denkt een extra spits nodig te hebben.")
    assert [(q[0], q[2]) for q in found] == [("een extra spits nodig te hebben", "De trainer")]


def test_a_passive_with_its_auxiliary_after_the_participle_reports_nothing(analyzer):
    text = "Het protocol treedt in werking als er vier dagen een temperatuur van 27 graden voorspeld wordt, of bij één dag warmer dan 30 graden."
    assert reported(analyzer, text) == []


def test_a_source_ends_before_a_number_after_its_noun(analyzer):
    text = (
        "Maandagmiddag stond de burgemeesterskandidaat van de oppositiepartij CHP in Istanbul, Ekrem Imamoglu, "
        "volgens de kiesraad ruim 25 duizend stemmen voor op zijn rivaal van de AKP, oud-premier Binali Yildirim."
    )
    assert [q[2] for q in reported(analyzer, text)] == ["de kiesraad"]


def test_the_subject_of_a_relative_clause_speaks_its_verb(analyzer):
    text = "Het gaat om de kwetsbaren in de samenleving, precies die burgers die de SP zegt te vertegenwoordigen."
    assert [q[2] for q in reported(analyzer, text)] == ["de SP"]
    # a relative clause about the speaker stays part of the phrase
    text = "Ministers die in de EU willen blijven, zeggen dat het akkoord er moet komen."
    assert [q[2] for q in reported(analyzer, text)] == ["Ministers"]


def test_girls_and_children_speak(analyzer):
    text = "De meiden dachten dat zij in aanmerking kwamen voor de beloning, die de kunstenaar had beloofd."
    assert [q[2] for q in reported(analyzer, text)] == ["De meiden"]


def test_a_place_and_a_relative_clause_about_it_is_no_statement_before_a_cue(analyzer):
    text = "In Amersfoort, waar Lili en Howick lang woonden, reageren vrienden van de tieners uitgelaten op het nieuws."
    assert reported(analyzer, text) == []
    assert [q[0] for q in reported(analyzer, "In Amersfoort is het rustig, zegt de burgemeester.")] == ["In Amersfoort is het rustig"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Kees Jansen adviseert de gemeente om met de proef te stoppen.", "om met de proef te stoppen"),
        ("Kees Jansen raadde de bewoners aan om binnen te blijven.", "om binnen te blijven"),
        ("Kees Jansen stelt voor om de proef te stoppen.", "om de proef te stoppen"),
        ("Kees Jansen garandeert dat er niets aan de hand is.", "er niets aan de hand is"),
        ("Kees Jansen signaleert dat de kosten stijgen.", "de kosten stijgen"),
    ],
)
def test_advice_proposals_and_guarantees_are_reported(analyzer, text, content):
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [(content, "Kees Jansen")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # "dat" after a common noun is no relative (that would be "die"); after a text one is said in, the content
        ("Het OM zegt in een reactie dat het de uitspraak gaat bestuderen.", "het de uitspraak gaat bestuderen", "Het OM"),
        ("Shell meldt in een persbericht dat de omzet met tien procent is gestegen.", "de omzet met tien procent is gestegen", "Shell"),
        ("Minister Eric Wiebes liet deze week al doorschemeren dat er geen extra geld komt.", "er geen extra geld komt", "Minister Eric Wiebes"),
    ],
)
def test_where_it_was_said_and_letting_it_show(analyzer, text, content, speaker):
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [(content, speaker)]


def test_a_source_ends_where_a_quotation_opens_that_runs_past_it(analyzer):
    text = "Het is volgens hoogleraar Jan Smit van de Universiteit Utrecht 'een gemiste kans'."
    assert [q[2] for q in reported(analyzer, text)] == ["hoogleraar Jan Smit van de Universiteit Utrecht"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Hij gaat in hoger beroep, zegt zijn advocaat.", "Hij gaat in hoger beroep", "zijn advocaat"),
        ("De rechter droeg de gemeente op om de vergunning in te trekken.", "om de vergunning in te trekken", "De rechter"),
        ("De minister beval de politie om de weg vrij te maken.", "om de weg vrij te maken", "De minister"),
        ("De FNV sommeert de werkgevers om de lonen te verhogen.", "om de lonen te verhogen", "De FNV"),
        # the perfect: who is before the auxiliary, whom it addresses between it and the participle
        ("De burgemeester heeft de bewoners opgeroepen om binnen te blijven.", "om binnen te blijven", "De burgemeester"),
        ("De burgemeester heeft de bewoners verteld dat er lange files komen.", "er lange files komen", "De burgemeester"),
        ("Gisteren heeft de burgemeester de bewoners verteld dat er files komen.", "er files komen", "de burgemeester"),
    ],
)
def test_his_lawyer_orders_and_the_perfect_with_an_object(analyzer, text, content, speaker):
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [(content, speaker)]


def test_a_focus_adverb_before_the_speaker_is_no_part_of_it(analyzer):
    text = "Ook de politie bevestigt dat er twee mensen zijn aangehouden."
    assert [q[2] for q in reported(analyzer, text)] == ["de politie"]


def test_a_speaker_cut_inside_a_name_takes_the_whole_name(analyzer):
    # the model had "Erik" and the place "Hag"; the reader's actor is "Erik ten Hag"
    text = "Na afloop zei trainer Erik ten Hag dat zijn ploeg goed had gespeeld."
    assert [q[2] for q in reported(analyzer, text)] == ["trainer Erik ten Hag"]


def test_what_follows_a_colon_in_reported_content_is_a_statement_of_its_own(analyzer):
    text = (
        "Premier Theresa May waarschuwde dat het om een korte verlenging zou gaan: een datum na juni is wat "
        "haar betreft uitgesloten."
    )
    assert [q[0] for q in reported(analyzer, text)] == [
        "het om een korte verlenging zou gaan",
        "een datum na juni is wat haar betreft uitgesloten",
    ]


def test_a_neuter_noun_with_a_dat_clause_before_the_verb_speaks(analyzer):
    text = "Een passerend Duits echtpaar dat in het nabijgelegen hotel logeerde, dacht dat het om terroristen ging."
    assert [q[2] for q in reported(analyzer, text)] == ["Een passerend Duits echtpaar dat in het nabijgelegen hotel logeerde"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Wel heeft hij een andere woning. Telefonisch geeft Jesper toe dat de woning niet van hem is.", "Jesper"),
        ("Opvallend genoeg geeft Kees Jansen toe dat de woning niet van hem is.", "Kees Jansen"),
        # a run-in subheading's word before the adverb, both of which the model calls MISC
        ("Het huis is mooi. Marketingfoto's Telefonisch geeft Jesper toe dat de woning niet van hem is.", "Jesper"),
        # a verb after "en" goes on with its subject: the name after it is whom it was told
        ("Arlene Foster weigert mee te werken, en vertelde May dat hun positie ongewijzigd is.", "Arlene Foster"),
    ],
)
def test_a_name_after_the_verb_of_a_clause_that_opens_with_an_adverb_speaks(analyzer, text, speaker):
    assert [q[2] for q in reported(analyzer, text)] == [speaker]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Volgens het onderzoek is het verzuim landelijk wel gedaald.", "nl"),
        ("Corporate America is planning major changes in pay, according to a recent study.", "en"),
    ],
)
def test_what_a_study_says_is_a_statement_whose_speaker_is_unknown(analyzer, text, lang):
    assert [q[2] for q in reported(analyzer, text, lang)] == [None]


def test_a_text_inside_a_clause_is_no_source_of_a_statement(analyzer):
    text = "Maar een verlies van drie zetels waardoor ze volgens de prognose uitkomen op zeven, wordt toch met gejuich ontvangen."
    assert reported(analyzer, text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Kees Jansen heeft via een woordvoerder laten weten dat hij stopt.", "Kees Jansen"),
        ("Kees Jansen is al lang ziek. Hij had eerder deze maand al laten weten dat hij niet meedoet.", "Hij"),
        # a place run in as a dateline is no part of the speaker
        ("Algerije De Algerijnse president Abdelaziz Bouteflika heeft maandag laten weten dat hij opstapt.", "De Algerijnse president Abdelaziz Bouteflika"),
    ],
)
def test_letting_know_in_the_perfect_and_through_a_spokesman(analyzer, text, speaker):
    assert [q[2] for q in reported(analyzer, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an opening phrase of time or place puts the subject after the verb
        ("Na een publicatie in de krant zei Grapperhaus dat Justitie niemand zal controleren.", "Grapperhaus"),
        # a share of a group, as surveys put it, is no phrase after "op"
        ("Twee op de tien Nederlanders zeggen dat ze nooit sporten.", "Twee op de tien Nederlanders"),
    ],
)
def test_the_subject_after_an_opening_phrase_with_a_preposition(analyzer, text, speaker):
    assert [s for _, _, s in reported(analyzer, text)] == [speaker]


def test_swearing_and_letting_slip_report_what_was_said(analyzer):
    found = reported(analyzer, "Na de publicatie bezwoer Grapperhaus dat Justitie niemand zal controleren.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("bezwoer", "Grapperhaus")]
    found = reported(analyzer, "Minister Hoekstra liet vallen dat het kabinet de belasting wil verlagen.")
    assert [content for content, _, _ in found] == ["het kabinet de belasting wil verlagen"]
    assert reported(analyzer, "De club liet de trainer vallen. Hij was boos.") == []
    found = analysed(analyzer, "The minister swore that he would never resign.", "en").quotes
    assert [(q.text, q.speaker.text if q.speaker else None) for q in found] == [("he would never resign", "The minister")]


def test_volgens_after_a_colon_opens_a_statement_of_its_own(analyzer):
    text = "Het gaat in tegen een ander doel: volgens de politie zijn er drie doden gevallen bij het ongeluk."
    assert reported(analyzer, text) == [("zijn er drie doden gevallen bij het ongeluk", "volgens", "de politie")]


def test_by_saying_door_te_reports_with_the_clauses_subject(analyzer):
    # the particle before "te" makes the separable verb a cue; "door" says it was said
    found = reported(analyzer, "De club verraste iedereen door bekend te maken dat de trainer vertrekt.")
    assert found == [("de trainer vertrekt", "maken", "De club")]
    found = reported(analyzer, "De club verraste vriend en vijand door te melden dat de trainer vertrekt.")
    assert [speaker for _, _, speaker in found] == ["De club"]
    # hoping to announce is not announcing
    assert reported(analyzer, "De club hoopt binnenkort bekend te maken dat de trainer blijft.") == []


def test_a_main_clause_after_maar_is_no_part_of_the_content(analyzer):
    found = reported(analyzer, "Tot in december hield het kabinet vol dat het wel zou meevallen, maar daar klopte niets van.")
    assert [content for content, _, _ in found] == ["het wel zou meevallen"]
    # a second "dat" clause goes on with what was said
    found = reported(analyzer, "De trainer zegt dat het goed gaat, maar dat hij nog niet tevreden is.")
    assert [content for content, _, _ in found] == ["het goed gaat, maar dat hij nog niet tevreden is"]


def test_rebels_speak_and_reproach(analyzer):
    found = reported(analyzer, "De rebellen verwijten May dat zij een zootje heeft gemaakt van de brexit.")
    assert found == [("zij een zootje heeft gemaakt van de brexit", "verwijten", "De rebellen")]


def test_a_relative_clause_with_wiens_is_no_part_of_the_speaker(analyzer):
    found = reported(analyzer, "Burgemeester Jan de Vries, wiens partij verloor, zei dat hij niet opstapt.")
    assert [speaker for _, _, speaker in found] == ["Burgemeester Jan de Vries"]


def test_achten_with_a_judgement_reports_it_without_dat(analyzer):
    found = reported(analyzer, "De rechtbank acht de verdachte niet verantwoordelijk voor de dood van zijn buurman.")
    assert found == [("de verdachte niet verantwoordelijk voor de dood van zijn buurman", "acht", "De rechtbank")]
    assert reported(analyzer, "De club acht de tijd rijp om te verhuizen.") == []


def test_aldus_is_no_part_of_the_speaker_a_relative_clause_goes_on_with(analyzer):
    text = "Het vertrouwen is aangetast, aldus de advocaat-generaal, die vond dat er een signaal moet uitgaan."
    assert [speaker for _, _, speaker in reported(analyzer, text)] == ["de advocaat-generaal", "de advocaat-generaal"]


def test_a_te_infinitive_in_the_main_clause_after_a_leading_subordinate_clause(analyzer):
    text = (
        "Christophe van der Maat wist het zweet van zijn voorhoofd. Voordat hij terugkeert naar het café,"
        " laat hij weten blij te zijn met de uitslag."
    )
    assert [content for content, _, _ in reported(analyzer, text)] == ["blij te zijn met de uitslag"]
    # inside the subordinate clause it is a reason, not a statement
    assert reported(analyzer, "Zij won niet omdat zij dacht te hebben gewonnen.") == []


def test_vinden_with_an_object_and_its_predicate_is_an_opinion(analyzer):
    assert reported(analyzer, "Piet Jansen vindt het plan een goed idee.") == [("het plan een goed idee", "vindt", "Piet Jansen")]
    found = reported(analyzer, "Piet Jansen vindt het besluit van de gemeente onbegrijpelijk.")
    assert found == [("het besluit van de gemeente onbegrijpelijk", "vindt", "Piet Jansen")]
    # "vindt plaats" takes place; a thing found is no opinion
    assert reported(analyzer, "Het gesprek met Piet Jansen vindt plaats op het ministerie.") == []
    assert reported(analyzer, "Piet Jansen vond zijn inspiratie bij andere jonge schrijvers.") == []


def test_achten_and_noemen_with_an_object_and_its_predicate_are_opinions(analyzer):
    # "acht" the tagger reads as eight, "onbetaalbaar" as a noun: the words around them say otherwise
    found = reported(analyzer, "De minister acht de kans op een nieuwe aanslag klein.")
    assert found == [("de kans op een nieuwe aanslag klein", "acht", "De minister")]
    found = reported(analyzer, "De oppositie noemt het plan onbetaalbaar.")
    assert found == [("het plan onbetaalbaar", "noemt", "De oppositie")]
    # eight, paying heed, and naming a child are no opinion
    for text in ("Hij sloeg er geen acht op.", "De politie nam de regels in acht.", "De ouders noemden hun zoon Pieter."):
        assert reported(analyzer, text) == [], text


def test_vinden_het_with_a_condition_or_a_purpose_is_an_opinion(analyzer):
    # "vindt het ADJ als/om …" as "vindt het ADJ wat …": the quoted adjective belongs to the clause
    found = reported(analyzer, "China vindt het 'immoreel' als Europese landen Chinese bedrijven zouden uitsluiten.")
    assert found == [("het 'immoreel' als Europese landen Chinese bedrijven zouden uitsluiten", "vindt", "China")]
    found = reported(analyzer, "De minister vindt het onverstandig om de weg af te sluiten.")
    assert found == [("het onverstandig om de weg af te sluiten", "vindt", "De minister")]
    assert reported(analyzer, "Hij vond het om vier uur terug.") == []
    # a quotation that ends the clause is a direct quote of the verdict, not a reported opinion
    analysis = analysed(analyzer, "De minister vond de plannen 'onverantwoord'.")
    assert [(q.kind, q.text) for q in analysis.quotes] == [("direct", "'onverantwoord'")]


def test_naar_eigen_zeggen_opening_the_sentence_is_the_subjects_account(analyzer):
    found = reported(analyzer, "Naar eigen zeggen heeft Piet Jansen het geld nooit gezien.")
    assert found == [("Naar eigen zeggen heeft Piet Jansen het geld nooit gezien", "naar eigen zeggen", "Piet Jansen")]


def test_a_senate_or_parliament_rules_and_speaks(analyzer):
    found = reported(analyzer, "Vorige week bepaalde de senaat dat de klimaatwet op 14 mei zal worden behandeld.")
    assert found == [("de klimaatwet op 14 mei zal worden behandeld", "bepaalde", "de senaat")]


def test_a_cue_between_commas_inside_one_clause(analyzer):
    # "A, zegt X, B" where B goes on with A's clause (its finite verb): the
    # statement is the clause with the cue inside, from the conjunction that
    # opens it; before, what stood before the cue was taken ("want de gemeenten").
    text = (
        "Kevin Wevers begon een juridisch bureau. Het werk gaat nog steeds door want de gemeenten, "
        "zegt hij, krijgen de boel niet op orde."
    )
    found = reported(analyzer, text)
    assert found == [("de gemeenten, zegt hij, krijgen de boel niet op orde", "zegt", "hij")]
    text = "Het plan is duur. De provincie en de gemeente, zegt Jansen, moeten het geld teruggeven aan de burgers."
    found = reported(analyzer, text)
    assert found == [("De provincie en de gemeente, zegt Jansen, moeten het geld teruggeven aan de burgers", "zegt", "Jansen")]


def test_a_role_its_field_and_the_name(analyzer):
    # "student bouwkunde | Yousef Koja": the name after the field of a role
    # belongs to the speaker (before: "student", no actor)
    analysis = analysed(analyzer, "'Zeer onveilig', zegt ook student bouwkunde Yousef Koja (20) over zijn nieuwe plek.")
    names = {a.id: a.name for a in analysis.actors}
    assert [(q.speaker.text, names.get(q.speaker.actor)) for q in analysis.quotes] == [
        ("student bouwkunde Yousef Koja", "Yousef Koja")
    ]
    # a finite verb is no field: the one named after it does not speak
    found = reported(analyzer, "Volgens de woordvoerder pleegde Jan de Vries de moord.")
    assert [speaker for _, _, speaker in found] == ["de woordvoerder"]


def test_proclaiming_and_calculating_that(analyzer):
    found = reported(analyzer, "Het CBS verkondigde in september dat de hogere leeftijd de uitgaven afremt.")
    assert found == [("de hogere leeftijd de uitgaven afremt", "verkondigde", "Het CBS")]
    found = reported(analyzer, "Het CBS berekent dat het aandeel toch is toegenomen.")
    assert found == [("het aandeel toch is toegenomen", "berekent", "Het CBS")]
    assert reported(analyzer, "De computer berekent de route en de kosten voor de klant.") == []


def test_zo_with_a_that_clause_is_for_example(analyzer):
    # "Zo zei X … dat …": no "that is what X said" of the sentence before
    text = "Het plan is slecht. Zo zei het CBS in september vorig jaar dat de hogere AOW-leeftijd de uitgaven afremt."
    found = reported(analyzer, text)
    assert found == [("de hogere AOW-leeftijd de uitgaven afremt", "zei", "het CBS")]


def test_a_statement_brought_with_a_speech_noun(analyzer):
    found = reported(analyzer, "Wilders beet het spits af met het verwijt dat de regering de burgers vergeet.")
    assert found == [("de regering de burgers vergeet", "verwijt", "Wilders")]
    # brought to them, not by them
    assert reported(analyzer, "De minister kreeg te maken met het verwijt dat hij heeft gelogen.") == []
    assert reported(analyzer, "De minister werd geconfronteerd met de beschuldiging dat hij heeft gelogen.") == []
    found = reported(analyzer, "The union came back with the claim that strikes would follow.", "en")
    assert found == [("strikes would follow", "claim", "The union")]


def test_calling_something_by_an_adjective(analyzer):
    # "noemen" with a plain predicate reports the object and the predicate (gold README)
    found = reported(analyzer, "De bond noemt het voorstel van de minister onacceptabel.")
    assert found == [("het voorstel van de minister onacceptabel", "noemt", "De bond")]
    assert reported(analyzer, "De ouders noemden hun zoon Pieter.") == []  # a name given, no opinion


def test_not_ruling_out(analyzer):
    found = reported(analyzer, "De voorzitter sluit niet uit dat de club volgend jaar degradeert.")
    assert found == [("de club volgend jaar degradeert", "sluit", "De voorzitter")]
    assert reported(analyzer, "De club sluit het seizoen af met een feest.") == []
    found = reported(analyzer, "De voorzitter sluit niet uit een nieuwe poging te gaan ondernemen.")
    assert found == [("een nieuwe poging te gaan ondernemen", "sluit", "De voorzitter")]
    # "legt … uit" needs no "dat" after its particle: only "sluiten" does
    analysis = analysed(analyzer, 'Zue zette een website op. "Ik maakte me zorgen over de droogte", legt hij uit.')
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in analysis.quotes] == [("legt", "hij")]
    # no content: the source phrase of the sentence before it is not blocked by "sluit … uit"
    text = "In zijn visie maakt de pastoor een fout.Van Oeffelen sluit verdere protestacties niet uit."
    assert [cue for _, cue, _ in reported(analyzer, text)] == ["In zijn visie"]


def test_an_apposition_between_dashes(analyzer):
    text = (
        "De Gezondheidsraad - een onafhankelijk adviesorgaan voor regering en parlement - laat weten dat er "
        "nog geen onderzoek is gedaan."
    )
    assert [cue for _, cue, _ in reported(analyzer, text)] == ["laat"]


def test_calling_it_something_and_describing_it_as(analyzer):
    found = reported(analyzer, "De minister noemt het zelf een gemiste kans voor de regio.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("noemt", "De minister")]
    found = reported(analyzer, "Een recensent omschreef het als vrolijk, luchtig en positief.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("omschreef", "Een recensent")]
    assert reported(analyzer, "De agent omschreef de dader.") == []


def test_hearsay_with_zou_goes_on_with_the_statement_before(analyzer):
    # the gold rule: reportive "zou" right after someone's statement is theirs, cue null
    text = (
        "Jan de Vries vertelde dat de actie een succes was. Bovendien zouden niet 200.000, maar slechts "
        "2.761 mensen zich als vrijwilliger hebben gemeld."
    )
    found = reported(analyzer, text)
    assert found[1] == (
        "Bovendien zouden niet 200.000, maar slechts 2.761 mensen zich als vrijwilliger hebben gemeld", None, "Jan de Vries"
    )
    # a condition, or the writer's own inference, is no hearsay
    for tail in ("Als het regent, zou de actie niet doorgaan.", "Dat zou betekenen dat er geld bij moet."):
        assert len(reported(analyzer, "Jan de Vries vertelde dat de actie een succes was. " + tail)) == 1
    # after a request there is no account to go on with
    text = "De agent vraagt hem later mee te gaan naar Portugal. Daar zou J. over de moord hebben gepraat."
    assert [cue for _, cue, _ in reported(analyzer, text)] == ["vraagt"]
    # "zou" is the main clause's verb after a long opening phrase too
    text = (
        "Jan de Vries vertelde dat er nieuw bewijs is. Uit bestanden op een opgedoken cd-rom zou blijken dat "
        "vingerafdrukken zijn gewist."
    )
    assert [speaker for _, _, speaker in reported(analyzer, text)] == ["Jan de Vries", "Jan de Vries"]


def test_the_question_put_to_someone_before_their_cue_is_not_their_statement(analyzer):
    """ "Op de vraag of …, antwoordt X ontkennend": the question is the
    writer's; with a "dat" after the cue the answer is still reported."""
    assert reported(analyzer, "Op de vraag of hij spijt heeft, antwoordt de verdachte ontkennend.") == []
    assert reported(analyzer, "Gevraagd naar zijn plannen, zegt de trainer: ,,Ik blijf.''") == []
    found = reported(analyzer, "Op de vraag of hij blijft, antwoordt de trainer dat hij dat niet weet.")
    assert found == [("hij dat niet weet", "antwoordt", "de trainer")]


def test_a_time_phrase_before_the_verb_is_no_subject_and_an_inverted_subject_ends_before_an_object(analyzer):
    """ "Afgelopen weekeinde liet X weten dat …": the parser takes the time
    phrase for the subject; "maakte het kabinet een gebaar … door aan te
    kondigen dat …": the subject after the verb ends before the object."""
    found = reported(analyzer, "Afgelopen weekeinde liet Khadija Arib weten dat het plan niet doorgaat.")
    assert found == [("het plan niet doorgaat", "liet", "Khadija Arib")]
    text = "Vorige maand maakte het kabinet een gebaar naar de oppositie door aan te kondigen dat er een CO2-belasting komt."
    assert [speaker for _, _, speaker in reported(analyzer, text)] == ["het kabinet"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Voor veel Conservatieven is dat absoluut onbespreekbaar.", "veel Conservatieven"),
        ("Voor coalitiegenoot Klaas Dijkhoff is dat geen 'heilig moeten'.", "coalitiegenoot Klaas Dijkhoff"),
        # how it is for someone, or a setback for a club: the writer's
        ("Voor de kinderen is het een zware tijd.", None),
        ("Voor Ajax is dat een flinke tegenvaller.", None),
    ],
)
def test_voor_someone_is_that_is_their_judgement(analyzer, text, speaker):
    assert [found[2] for found in reported(analyzer, text)] == ([speaker] if speaker else [])


def test_an_opinion_of_a_thing_whose_object_the_parser_calls_indirect(analyzer):
    found = reported(analyzer, "Historicus Peter Frankopan vindt de bezorgdheid een beetje voorbarig.")
    assert found == [("de bezorgdheid een beetje voorbarig", "vindt", "Historicus Peter Frankopan")]


def test_pointing_out_is_reporting(analyzer):
    found = reported(analyzer, "De ANWB attendeert automobilisten erop dat de weg dicht is.")
    assert found == [("de weg dicht is", "attendeert", "De ANWB")]


def test_an_adverb_between_the_relative_pronoun_and_its_reporting_verb(analyzer):
    """ ", die daarin aangeeft dat …", ", die eerder zei dat …": the phrase
    before the comma speaks."""
    found = reported(analyzer, "Dat schrijft de columnist Bert Wagendorp, die daarin aangeeft dat het moeilijk zal worden.")
    assert [(content, speaker) for content, _, speaker in found][-1:] == [("het moeilijk zal worden", "de columnist Bert Wagendorp")]
    found = reported(analyzer, "De wethouder, die eerder zei dat het plan niet doorgaat, is weg.")
    assert found == [("het plan niet doorgaat", "zei", "De wethouder")]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Het navigatiesysteem gaat, zoals lezer Evert van Dijk opmerkt, uit van de maximumsnelheid.",
            ("Het navigatiesysteem gaat, zoals lezer Evert van Dijk opmerkt, uit van de maximumsnelheid", "opmerkt", "lezer Evert van Dijk"),
        ),
        ("De regering is in paniek, zoals de krant ook schrijft.", ("De regering is in paniek", "schrijft", "de krant")),
    ],
)
def test_zoals_x_says_is_a_source_phrase(analyzer, text, found):
    assert reported(analyzer, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Hij mocht naar zijn kinderen in Ahaus, zoals hij had gevraagd.",  # a request granted
        "De prijzen stijgen, zoals eerder gemeld.",  # no one
    ],
)
def test_zoals_without_someone_saying_something_is_no_source(analyzer, text):
    assert reported(analyzer, text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Meerdere politici lieten weten dat dit soort uitspraken niet door de beugel kunnen.", "Meerdere politici"),
        ("Andere leden vinden dat de partij moet stoppen.", "Andere leden"),
    ],
)
def test_a_counted_group_speaks(analyzer, text, speaker):
    assert [s for _, _, s in reported(analyzer, text)] == [speaker]


def test_the_kind_of_a_body_named_before_speaks(analyzer):
    """ "De brigade" after "de Sint Michaëlbrigade": the body by its kind."""
    text = "Ook de Sint Michaëlbrigade liet van zich horen. De brigade zegt te strijden tegen progressieve stromingen."
    assert reported(analyzer, text) == [("te strijden tegen progressieve stromingen", "zegt", "De brigade")]
    # with no such name before, an unknown kind of group is no speaker
    assert reported(analyzer, "De brigade zegt te strijden tegen progressieve stromingen.") == []


def test_an_inverted_subject_after_ook(analyzer):
    text = "De premier was boos. Afgelopen weekeinde lieten ook meerdere politici al weten dat het niet door de beugel kan."
    assert reported(analyzer, text) == [("het niet door de beugel kan", "lieten", "meerdere politici")]


def test_a_name_in_apposition_to_a_role_speaks(analyzer):
    text = "Gisteren zei de voorzitter van de Tweede Kamer, Khadija Arib, dat het niet kan."
    assert reported(analyzer, text) == [("het niet kan", "zei", "Khadija Arib")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("De president sprak zelfs van een ruime marge.", ("een ruime marge", "sprak", "De president")),
        ("De krant rept van een gerichte aanslag.", ("een gerichte aanslag", "rept", "De krant")),
        ("Er waren managers die spraken van een te klein denkkader.", ("een te klein denkkader", "spraken", "managers")),
    ],
)
def test_speaking_of_with_an_adverb_or_reppen_or_in_a_relative_clause(analyzer, text, found):
    """What one speaks of after "van" is what was said: after an adverb
    ("sprak zelfs van"), with "reppen", and in a relative clause (whose
    content used to start at "van")."""
    assert reported(analyzer, text) == [found]


def test_a_quoted_naming_after_a_relative_clause_about_the_speaker(analyzer):
    text = "Jesse Klaver, wiens partij flink won, claimde dit succes zelfs als 'de belangrijkste verdienste van de campagne'."
    quotes = analysed(analyzer, text).quotes
    assert [(q.kind, q.cue, q.speaker.text if q.speaker else None) for q in quotes] == [("direct", "claimde", "Jesse Klaver")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("De familie vindt een celstraf passender, aldus Korver.", "De familie"),
        ("De verdachte zegt dat hij onschuldig is, aldus zijn advocaat.", "De verdachte"),
        # not a relay: the content's verb is no statement of its own subject
        ("Het kabinet moet zeggen wat het wil, aldus Jansen.", "Jansen"),
        ("De openbaar aanklager stelt een onderzoek in naar Boeing, melden Amerikaanse persbureaus.", "Amerikaanse persbureaus"),
    ],
)
def test_a_trailing_source_relays_the_statement_of_the_subject_that_opens_it(analyzer, text, speaker):
    """The README's nesting rule: "X zegt …, aldus Y" is X's statement, Y the channel."""
    assert [s for _, _, s in reported(analyzer, text)] == [speaker]


def test_posting_is_a_cue_and_the_medium_is_not_the_speaker(analyzer):
    text = "Ze protesteerden tegen premier Rutte. 'Deze week geen staking!' postte Youth for Climate op Instagram."
    analysis = analysed(analyzer, text)
    names = {a.id: a.name for a in analysis.actors}
    quote = next(q for q in analysis.quotes if q.kind == "direct")
    assert quote.cue == "postte" and quote.speaker.text.startswith("Youth for Climate")
    assert names.get(quote.speaker.actor) != "Instagram"
    found = reported(analyzer, "De woordvoerder mailde dat de trein vandaag niet rijdt.")
    assert found == [("de trein vandaag niet rijdt", "mailde", "De woordvoerder")]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Het CPB rekende vorige maand uit dat zo'n boetesysteem niet effectief is.",
            ("zo'n boetesysteem niet effectief is", "rekende", "Het CPB"),
        ),
        (
            "Het kabinet aarzelt, terwijl het bedrijfsleven belooft af te zien van een nationale belasting.",
            ("af te zien van een nationale belasting", "belooft", "het bedrijfsleven"),
        ),
        ("Legerleider Salah riep Bouteflika op onmiddellijk plaats te maken.", ("onmiddellijk plaats te maken", "riep", "Legerleider Salah")),
    ],
)
def test_calculating_and_calling_on(analyzer, text, found):
    """ "rekende uit dat" (like "berekende"), a te-infinitive in a clause of
    contrast (a statement, not a reason), "het bedrijfsleven" as a group
    that speaks, and "riep X op … te": the particle is no content."""
    assert reported(analyzer, text) == [found]


def test_rekent_uit_without_dat_is_no_cue(analyzer):
    assert reported(analyzer, "De boer rekent uit hoeveel hij kwijt is.") == []


def test_a_negation_closing_the_inverted_speakers_clause_reports_nothing(analyzer):
    assert reported(analyzer, "Wie de schuldeisers allemaal zijn, zegt Hoogma niet.") == []
    assert reported(analyzer, "Het plan is niet goed, zegt Hoogma.") == [("Het plan is niet goed", "zegt", "Hoogma")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Leusink vond de afwijzingen maar vreemd.", [("de afwijzingen maar vreemd", "vond", "Leusink")]),
        (
            "Veel kiezers vonden de stijgende kosten belangrijker dan de dreiging van buitenaf.",
            [("de stijgende kosten belangrijker dan de dreiging van buitenaf", "vonden", "Veel kiezers")],
        ),
        ("Hij vond de oplossing snel.", []),  # how fast he found it, no opinion
    ],
)
def test_finding_something_odd_or_more_important(analyzer, text, found):
    """ "vinden" with its object and a word of degree before an adjective,
    or a comparative and "dan": an opinion the parse did not give."""
    assert reported(analyzer, text) == found


def test_an_accusation_of_something_is_its_object_and_van_phrase(analyzer):
    found = reported(analyzer, "De oppositie beschuldigde hem van karaktermoord.")
    assert found == [("hem van karaktermoord", "beschuldigde", "De oppositie")]
    # with "ervan dat", the clause after "dat" as before
    found = reported(analyzer, "De oppositie beschuldigde hem ervan dat hij loog.")
    assert found == [("hij loog", "beschuldigde", "De oppositie")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Bij het programma ging het onlangs over mensen die denken dat de aarde plat is.", "mensen"),
        ("Het kost ook voor de verantwoordelijke wethouder die heeft beloofd met iedereen te praten veel tijd.", "de verantwoordelijke wethouder"),
    ],
)
def test_a_relative_clause_without_a_comma_reports_for_the_noun_before_it(analyzer, text, speaker):
    """ "mensen die denken dat …": the people, without the preposition or adverb before them."""
    assert [s for _, _, s in reported(analyzer, text)] == [speaker]


def test_managing_to_tell_is_the_subjects_statement(analyzer):
    text = "Wel wist de actiegroep gisteren op een van haar affiches te melden dat de caissière is genegeerd."
    assert reported(analyzer, text) == [("de caissière is genegeerd", "melden", "de actiegroep")]
    assert reported(analyzer, "De woordvoerder wist niet te zeggen wanneer de trein weer rijdt.") == []


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "De gemeenten vinden hem een geldwolf, maar zijn zelf te laat, 'en wij zijn coulant', zegt Kevin, 'dus wie heeft schuld?'",
            ("hem een geldwolf", "vinden", "De gemeenten"),
        ),
        (
            "Volgens Claasen ligt de oorzaak bij de gemeenten: 'Zij hebben het tracé niet opgenomen.'",
            ("ligt de oorzaak bij de gemeenten", "Volgens", "Claasen"),
        ),
    ],
)
def test_a_statement_before_a_quote_with_its_own_cue(analyzer, text, found):
    """A clause before the sentence's quotes, ending at a comma or colon, with
    a cue that is not the quotes': a statement of its own besides them."""
    assert found in reported(analyzer, text)
    # the quote's own cue before it is no second statement
    assert reported(analyzer, "Jansen zei gisteren: 'Zij hebben het tracé niet opgenomen.'") == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("De minister kwalificeerde het besluit als onacceptabel.", [("het besluit als onacceptabel", "kwalificeerde", "De minister")]),
        ("De burgemeester typeerde de rellen als 'ordinair geweld'.", [("de rellen als 'ordinair geweld'", "typeerde", "De burgemeester")]),
        ("Het team kwalificeerde zich voor de finale.", []),  # no "als": no description
    ],
)
def test_labelling_something_as_what_it_is(analyzer, text, found):
    """ "kwalificeren", "typeren", "bestempelen" … "als": like "omschrijven als"."""
    assert reported(analyzer, text) == found


def test_what_someone_assumes_or_counts_on_is_reported(analyzer):
    # "ervan uitgaan dat", "erop rekenen/vertrouwen dat": as "verwachten dat", with the "er" apart or joined
    for text, content, cue, speaker in (
        ("De boer gaat ervan uit dat de oogst dit jaar tegenvalt.", "de oogst dit jaar tegenvalt", "gaat", "De boer"),
        ("Het kabinet is er altijd van uitgegaan dat de kosten meevallen.", "de kosten meevallen", "uitgegaan", "Het kabinet"),
        ("De supporters rekenen er nog altijd op dat de club kampioen wordt.", "de club kampioen wordt", "rekenen", "De supporters"),
        ("De minister vertrouwt erop dat de Kamer het voorstel steunt.", "de Kamer het voorstel steunt", "vertrouwt", "De minister"),
    ):
        assert reported(analyzer, text) == [(content, cue, speaker)], text
    # going out, and counting on a thing, say nothing
    for text in ("Het licht gaat uit om tien uur.", "Het dorp gaat uit dat weekend.", "De club rekent op de steun van de fans."):
        assert reported(analyzer, text) == [], text


def test_what_someone_meant_or_agrees_on_is_reported(analyzer):
    found = reported(analyzer, "De premier bedoelde daarmee dat de belasting pas later komt.")
    assert found == [("de belasting pas later komt", "bedoelde", "De premier")]
    # "het (er … over) eens zijn dat": the subject of "zijn" agrees
    found = reported(analyzer, "De regering is het er met de oppositie over eens dat de moraal door de oorlog is gevormd.")
    assert found == [("de moraal door de oorlog is gevormd", "eens", "De regering")]
    # "nog maar eens" is again, not agreeing: the verb before it still has its "dat"
    found = reported(analyzer, "Tijdens het overleg benadrukten de wethouders nog maar eens dat ze tijdig betrokken willen worden.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("benadrukten", "de wethouders")]
    assert reported(analyzer, "De deskundigen zijn het er niet over eens of de maatregel werkt.") == []


def test_a_board_or_an_editorial_office_speaks(analyzer):
    for text, speaker in (
        ("Het bestuur zegt dat de club moet verhuizen.", "Het bestuur"),
        ("Het gemeentebestuur heeft gezegd dat de weg dichtgaat.", "Het gemeentebestuur"),
        ("De directie laat weten dat de fabriek sluit.", "De directie"),
    ):
        assert [s for _, _, s in reported(analyzer, text)] == [speaker], text


def test_a_source_after_zoals_ends_before_its_adverbs(analyzer):
    found = reported(analyzer, "Het plan gaat door, zoals de minister gisteren al zei.")
    assert found == [("Het plan gaat door", "zei", "de minister")]
    found = reported(analyzer, "De onderhandelingen lopen vast als de landbouw erin betrokken wordt, zoals de Amerikanen opeens eisen.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("eisen", "de Amerikanen")]


def test_a_headline_run_into_the_next_sentence_is_no_speaker(analyzer):
    # a digest's headline without its full stop: its clause ("als …") is no part of who speaks
    text = "De dader is opgepakt. China: immoreel als Europa Huawei uitsluit China vindt het 'immoreel' als Europese landen Chinese bedrijven uitsluiten."
    assert all(speaker is None or "als" not in speaker.split() for _, _, speaker in reported(analyzer, text))


def test_a_verb_of_saying_with_a_te_infinitive_states_inside_a_clause_of_reason(analyzer):
    # the clause's own subject speaks, its object before the verb part of what was said
    text = "De motie haalde het niet, omdat de PvdA nog veel vragen zei te hebben over de kosten."
    assert reported(analyzer, text) == [("nog veel vragen zei te hebben over de kosten", "zei", "de PvdA")]
    text = "Dat is vreemd, omdat de partij een kleinere overheid zegt na te streven."
    assert reported(analyzer, text) == [("een kleinere overheid zegt na te streven", "zegt", "de partij")]
    # a belief given as a reason is not a statement
    assert reported(analyzer, "Ze juichte, omdat zij dacht te hebben gewonnen.") == []


def test_after_a_clause_put_first_the_main_clause_states_on_its_own(analyzer):
    text = "Terwijl de minister zei dat het plan doorgaat, meldt de gemeente dat het is afgeblazen."
    assert reported(analyzer, text) == [
        ("het plan doorgaat", "zei", "de minister"),
        ("het is afgeblazen", "meldt", "de gemeente"),
    ]
    # a "dat" of the cue's own content put first, and a cue that closes the sentence, are no main clause
    text = "Dat de focus vooral op Rusland lag, vindt China-expert Ferchen niet zo verwonderlijk."
    assert [(cue, speaker) for _, cue, speaker in reported(analyzer, text)] == [("vindt", "China-expert Ferchen")]
    text = "Voordat de scooter opkwam, gingen er jaarlijks 40.000 helmen over de toonbank, zegt Jansen."
    assert [(cue, speaker) for _, cue, speaker in reported(analyzer, text)] == [("zegt", "Jansen")]


def test_a_cue_and_a_colon_before_words_without_quotation_marks_report_them(analyzer):
    found = reported(analyzer, "Jansen redeneert: wie niet werkt, krijgt niets.")
    assert found == [("wie niet werkt, krijgt niets", "redeneert", "Jansen")]
    found = reported(analyzer, "De minister waarschuwde: de kosten zullen stijgen.")
    assert found == [("de kosten zullen stijgen", "waarschuwde", "De minister")]
    # with quotation marks the words are a direct quote, not a reported one
    assert reported(analyzer, "Jansen zegt: 'Wie niet werkt, krijgt niets.'") == []


def test_a_short_statement_after_its_complementiser_is_reported(analyzer):
    # "het kan" is short, but after "dat" or a question word it is all that was said
    assert reported(analyzer, "Jansen zegt dat het kan.") == [("het kan", "zegt", "Jansen")]
    assert reported(analyzer, "Van der Helm vraagt zich dan ook af hoe het kan.") == [("het kan", "vraagt", "Van der Helm")]
    # "dat" as what was said, with no clause after it, is no statement
    assert reported(analyzer, "Jansen zegt dat niet.") == []
    assert reported(analyzer, "Smith said that too.", "en") == []
    # before an inverted cue or after "volgens", two words with a finite verb are a clause too
    assert reported(analyzer, "Het kan, zegt Jansen.") == [("Het kan", "zegt", "Jansen")]
    assert reported(analyzer, "Volgens Jansen kan het.") == [("kan het", "Volgens", "Jansen")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Jansen stipte aan dat de kosten stijgen.", ("de kosten stijgen", "stipte", "Jansen")),
        ("Jansen herinnerde eraan dat het kabinet iets anders had beloofd.", ("het kabinet iets anders had beloofd", "herinnerde", "Jansen")),
        ("Jansen repliceerde dat het onzin is.", ("het onzin is", "repliceerde", "Jansen")),
        ("Het bedrijf vermeldt op de website dat de winkel dicht is.", ("de winkel dicht is", "vermeldt", "Het bedrijf")),
        ("De trainer verklapte dat hij volgend jaar stopt.", ("hij volgend jaar stopt", "verklapte", "De trainer")),
    ],
)
def test_more_verbs_of_saying_report(analyzer, text, found):
    """Verbs of saying that news uses less often than "zegt" are cues too
    ("stipt aan", "herinnert eraan", "repliceert", "vermeldt",
    "verklapt")."""
    assert reported(analyzer, text) == [found]


def test_remembering_is_no_reminding(analyzer):
    # "herinnert zich" is memory, not a statement; only "herinnert eraan dat" reminds
    assert reported(analyzer, "Jansen herinnert zich dat het regende.") == []
