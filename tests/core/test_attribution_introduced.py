"""A quote whose speaker the sentence before it introduces
(`reader.core.attribution.introduced`): the person opening that sentence,
after titles at most, when it names no one else. Sentences written for
these tests."""

import pytest

from .test_quotes import quotes_of


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Burgemeester Femke Jansen is boos over de bouw van de brug. ,,Dit had nooit mogen gebeuren.''", "nl"),
        ("Burgemeester Femke Jansen is boos over de bouw van de brug.\n\n,,Dit had nooit mogen gebeuren.''", "nl"),
        ('Prime Minister John Major was clearly angry. "This should never have happened."', "en"),
    ],
)
def test_the_person_opening_the_sentence_before_speaks(analyzer, text, lang):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert len(quotes) == 1 and quotes[0][0] == "direct"
    assert quotes[0][3] in ("Femke Jansen", "John Major")


@pytest.mark.parametrize(
    "text, lang",
    [
        # The name does not open the sentence: the police held him, he is not who speaks.
        ("De politie hield Piet Jansen gisteren aan. ,,Hij reed veel te hard door de straat.''", "nl"),
        # Two people: who speaks next is not clear.
        ('John Major met Bill Clinton in Washington. "This should never have happened."', "en"),
        # The quote goes on in its sentence: not introduced by the one before.
        ("Femke Jansen was boos. Volgens de buren ,,had dit nooit mogen gebeuren''.", "nl"),
    ],
)
def test_otherwise_the_speaker_stays_unknown(analyzer, text, lang):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert quotes  # the quote is found, with no person the sentence before names as its speaker
    assert not any(q[3] and any(name in q[3] for name in ("Jansen", "Major", "Clinton")) for q in quotes)


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # A negation alone says nothing of keeping silent.
        ("Kees Borgman heeft nog geen idee hoe het verder moet. ,,Ik wacht gewoon af wat de bank doet.''", "nl", "Kees Borgman"),
        ('Martha Klein has no idea what comes next. "I simply wait for the bank to decide."', "en", "Martha Klein"),
        # A negation with a word of answering is silence: the quote is someone else's.
        ("Kees Borgman wilde niet reageren op de beschuldigingen. ,,Hij weet heel goed wat hij heeft gedaan.''", "nl", None),
        ('Martha Klein did not respond to the charges. "She knows very well what she did."', "en", None),
    ],
)
def test_only_a_negation_of_answering_keeps_the_one_introduced_silent(analyzer, text, lang, speaker):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert len(quotes) == 1 and quotes[0][3] == speaker


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # The subject stands after the verb, past an adverb: word order alone misses it.
        (
            "Het regent in de stad. Dus klinkt softwareontwikkelaar Kees Dorland opgetogen. "
            ",,Mijn regenton zit na één ochtend weer vol.''",
            "nl",
            "softwareontwikkelaar Kees Dorland",
        ),
        # A person described by a noun is the subject.
        (
            "De deuren waren uit het pand geblazen. Een bewoner van nummer 58 was enorm geschrokken. "
            '"Dit was een nog hardere knal dan de eerste keer."',
            "nl",
            "Een bewoner van nummer 58",
        ),
        # A body as subject speaks through someone: unknown.
        ("De politie hield Piet Jansen gisteren aan. ,,Hij reed veel te hard door de straat.''", "nl", None),
        # A kind of people is no one in particular.
        ("In die netwerken zijn ook ronselaars actief. ,,Zij zoeken vooral jonge mensen op.''", "nl", None),
    ],
)
def test_the_parsed_subject_of_the_sentence_before_speaks(analyzer, text, lang, speaker):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert len(quotes) == 1 and quotes[0][3] == speaker


def test_a_singular_pronoun_subject_before_a_quote_is_the_person_named_before(analyzer):
    text = (
        "Anja Borg werkt al jaren in een winkel. Afgelopen donderdag kreeg ze een bericht van de bank. "
        ",,Dat gebeurt altijd als er iets wordt bijgeschreven.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[3], q[4]) for q in quotes] == [("ze", "Anja Borg")]


@pytest.mark.parametrize(
    "opening, speaker",
    [
        # One person described, then told of as "ze": she speaks.
        (
            "Een medewerker van een winkel tegenover de zaak kan niet geloven dat niemand iets heeft gehoord. "
            "In de nacht was ze aan het werk in de etalage.",
            "Een medewerker van een winkel",
        ),
        # A group, or two people: whom "ze" means is not clear.
        ("De bewoners van de straat waren bang.", None),
        ("Een agent en een buurvrouw stonden op straat.", None),
    ],
)
def test_a_pronoun_subject_with_no_one_named_is_the_person_described_before(analyzer, opening, speaker):
    text = f"De buurt was stil. {opening} Rond vier uur schrok ze van een enorme knal. ,,Niet normaal hard.''"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Leo Rikkering woont al jaren in Hengelo. Ook over de invulling van de markthal is Rikkering "
            "enthousiast. ,,Daarmee haal je mensen naar de binnenstad.''",
            "Rikkering",
        ),
        ("Na afloop was trainer Erik ten Hag tevreden. ,,We hebben goed gespeeld.''", "Erik ten Hag"),
    ],
)
def test_the_name_right_after_the_verb_of_a_dutch_clause_that_opens_otherwise_speaks(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [speaker]


def test_the_name_right_after_an_opinion_verb_of_a_clause_that_opens_with_its_object_speaks(analyzer):
    text = (
        "Dat is niet alles. De bezorgdheid over China's invloed vindt historicus Peter Frankopan een beetje "
        "voorbarig. \"De EU moet zich eerst afvragen of ze deze landen wil laten toetreden.\""
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    # his opinion of it is a statement, and the quote after it goes on with him
    assert [(q[0], q[4]) for q in quotes] == [("reported", "Peter Frankopan"), ("direct", "Peter Frankopan")]


def test_a_pronoun_after_a_sentence_opening_with_de_vrouw_is_hers(analyzer):
    text = (
        "De vrouw wil haar naam niet noemen en op de foto gaan, nee, daar is geen denken aan. ,,Ik wil ook weten "
        "wat dit te betekenen heeft gehad'', zegt ze."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["De vrouw"]


@pytest.mark.parametrize("opening", ["The woman", "A spokeswoman for the ministry"])
def test_she_after_a_sentence_opening_with_a_woman_is_hers(analyzer, opening):
    # "woman" ends in "man", which must not make it a word for a man
    text = f'{opening} walked to the gate of the camp on Tuesday.\n\n"We have nothing left to eat," she said.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == [opening.split(" for ")[0]]


def test_the_writer_speaking_after_any_verb_is_unknown_and_a_pronoun_after_is_whom_they_spoke_to(analyzer):
    # "probeerde" is no reporting verb; the quote is still the writer's, not
    # the mother's the sentence before is about, and "ze" after it is her
    text = (
        "Gisteren, toen ik de kinderen had weggebracht, stond mijn moeder mokkend voor de deur. ,,We hadden "
        "helemaal geen afspraak'', probeerde ik nog. Het mocht niet baten. ,,Houd je mond'', zei ze."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [None, "mijn moeder"]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # an adverb after the speaker of any verb, as a phrase of time is
        ("De wethouder stond voor de deur. ,,We hadden geen afspraak'', probeerde Kees Jansen nog.", "nl", "Kees Jansen"),
        # English puts the speaker before any verb
        ('The latest bombing brought charges. "No searches, no arrests," the daily France-Soir lamented.', "en", "the daily France-Soir"),
        ('Prices rose sharply on Monday. "We had no appointment," John Smith quipped.', "en", "John Smith"),
    ],
)
def test_a_speaker_next_to_any_verb_after_a_quote(analyzer, text, lang, speaker):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert [q[3] for q in quotes] == [speaker]


def test_a_headline_before_a_quote_names_no_speaker_and_whom_a_quote_ends_by_addressing_answers_it(analyzer):
    # a column: the author's name in the headline is not who opens the dialogue
    text = (
        "Man en vrouw. Piet Bakker\n\n"
        '"Toch vind ik dat je te veel praat, Piet." "Ik? Wat bedoel je?" "Je laat niemand uitpraten."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes][:2] == [None, "Piet"]


def test_the_sentence_before_a_quote_split_in_two_by_the_parser_still_gives_its_subject(analyzer):
    # the parser makes "Ook buurman" a sentence of its own, with a root of its own
    text = "Ook buurman Jan de Vries maakt zich zorgen. ,,Zo erg als nu was het nog nooit.''"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Jan de Vries"]


@pytest.mark.parametrize(
    "text",
    [
        "Het was druk. ,,We gaan door.'' Dat zegt Kees Jansen.",
        "Het was druk. ,,We gaan door.'' Aan het woord is Kees Jansen, voorzitter van de club.",
        "Het was druk. ,,We gaan door'', is de reactie van Kees Jansen.",
        "Het was druk. ,,We gaan door'', is het standpunt van Kees Jansen.",
        "Het was druk. ,,We gaan door'', luidt de nuchtere analyse van Kees Jansen.",
        "Het was druk. ,,We gaan door'', stelt Kees Jansen vast.",
    ],
)
def test_the_words_right_after_a_quote_that_name_its_speaker(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Kees Jansen"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Maar de 'politieke heksenjacht', zoals minister Piet Jansen het noemt, gaf hem energie.", "nl", [("noemt", "Piet Jansen")]),
        ('But the "witch hunt", as Senator John Carter calls it, gave him new energy.', "en", [("calls", "John Carter")]),
        ('The "rules", as they are called, are strict.', "en", []),  # no one who calls them so
        ("Het was een 'mooie dag', zoals de wet het voorschrijft.", "nl", []),  # no verb of calling
    ],
)
def test_a_quoted_phrase_as_someone_calls_it_is_theirs(analyzer, text, lang, expected):
    quotes, _ = quotes_of(analyzer, text, lang)
    assert [(q[2], q[4]) for q in quotes] == expected


def test_the_speaker_after_a_noun_of_what_was_answered_is_not_the_noun(analyzer):
    quotes, _ = quotes_of(analyzer, "Het was druk. ,,We gaan door'', luidt de reactie van de burgemeester.", "nl")
    assert [(q[2], q[3]) for q in quotes] == [("luidt", "de burgemeester")]


def test_a_quote_that_sounds_at_a_club_is_the_clubs(analyzer):
    quotes, _ = quotes_of(analyzer, "Het was druk. ,,We gaan door'', klinkt het bij de club.", "nl")
    assert [q[3] for q in quotes] == ["de club"]


@pytest.mark.parametrize(
    "text",
    [
        "Het was druk. Kees Jansen vat het samen: ,,We gaan door.''",
        "Het was druk. Kees Jansen blikt terug: ,,Het was een mooie tijd.''",
        "Het was druk. Kees Jansen, voorzitter van de club, is stellig: ,,We gaan door.''",
        "Het was druk. Voor Kees Jansen is het simpel: ,,We gaan door.''",
    ],
)
def test_the_person_of_a_clause_before_a_colon_speaks_not_the_clause(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Kees Jansen"]


def test_a_channel_that_quotes_a_text_before_a_colon_is_not_its_speaker(analyzer):
    text = "La Jornada reported a manual had been found. It quoted the manual as saying: \"The objective is to fight.\""
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes if q[0] == "direct"] == [None]


def test_a_reflexive_after_the_speaker_is_no_part_of_it(analyzer):
    quotes, _ = quotes_of(analyzer, "Het was druk. ,,Gaan we door?'', vraagt Kees Jansen zich af.", "nl")
    assert [q[3] for q in quotes] == ["Kees Jansen"]


def test_a_speaker_ends_at_an_adverb_that_a_clause_of_when_follows(analyzer):
    text = (
        "De een wil het weten. 'Heel mooi, met al dat groen\", roept Leo Rikkering enthousiast als hem een tekening "
        "met de plannen wordt voorgehouden. De man is blij."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Leo Rikkering"]


def test_what_a_clause_before_a_colon_is_about_is_no_speaker(analyzer):
    # "over het schrijverschap": the topic, not who wrote the lines
    text = "Ik ben van de boeken. Het was zoals Charles Bukowski ooit al over het schrijverschap dichtte: 'If you do it for money, do not do it.'"
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] != ["het schrijverschap"]


def test_a_person_by_what_they_do_closing_the_sentence_before_with_a_particle(analyzer):
    # "valt … op": a separable verb's particle after the name; "klimaatspijbelaar" names a person
    text = (
        "Ook minister Eric Wiebes is aanwezig. Die zit wat dromerig met zijn glas te draaien, valt"
        ' klimaatspijbelaar Stijn Warmenhoven op.\n\n"Op het bureau lag iets. Dat was wel een beetje raar."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Stijn Warmenhoven"]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "De top was een succes. Maar senator Lindsey Graham, een Republikein die dicht bij Trump staat, vreest"
            " dat Kim de president bespeelt. ,,Genoeg met dat gedoe. Die liefdestroep moet stoppen.''",
            "nl",
        ),
        (
            "The summit went well. But Senator Lindsey Graham, a Republican close to Donald Trump, fears Kim is"
            ' playing the president. "Enough of this. The love affair must stop now."',
            "en",
        ),
    ],
)
def test_others_named_only_aside_leave_the_opener_as_speaker(analyzer, text, lang):
    # Trump and Kim stand in an apposition and a complement clause: the sentence is about Graham
    quotes, _ = quotes_of(analyzer, text, lang)
    assert [q[3] for q in quotes] == ["Lindsey Graham"]


def test_a_particle_that_closes_a_reckoning_after_the_name(analyzer):
    text = (
        "Als iedere scooterrijder een helm koopt, gaat het om 35.000 helmen, rekent handelaar Ben Smit voor."
        ' "En er zijn nu pas zesduizend helmen verkocht. De drukte komt nog."'
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    # the reckoning is a statement of his ("rekent … voor" reports), and the quote after it goes on with it
    assert [(q[0], q[4]) for q in quotes] == [("reported", "Ben Smit"), ("direct", "Ben Smit")]


def test_whose_a_thing_is_stands_aside_from_the_sentences_person(analyzer):
    text = (
        "De club won. Trainer Aad de Mos is dol op de drive van Razvan Marin. ,,Een echte Ajax-voetballer."
        " Met techniek en flair.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Aad de Mos"]


def test_a_word_before_a_colon_is_no_subject_who_speaks_next(analyzer):
    text = (
        "De heide verdwijnt.\n\n"
        "Vooropgesteld: ook Frank Berendse, emeritus hoogleraar ecologie, vindt een veldleeuwerik boven de heide "
        "prachtig. 'Het zou ontzettend jammer zijn als we die ecosystemen kwijtraken.'"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    # ("vindt … prachtig" is his statement too, whose speaker the quote then goes on with)
    direct = [(q[3], q[4]) for q in quotes if q[0] == "direct"]
    assert len(direct) == 1 and direct[0][0].startswith("Frank Berendse") and direct[0][1] == "Frank Berendse"


def test_a_subject_after_the_verb_that_the_parse_missed_speaks_next(analyzer):
    # the parse takes "de staatssecretaris" for an object; "weigert" alone is no silence
    text = (
        "De treinen rijden weer.\n\n"
        "Zelf weigert de staatssecretaris daarom de vlag uit te hangen over het opgeloste probleem. "
        ",,Het zou fantastisch nieuws voor de reiziger zijn.''"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["de staatssecretaris"]
    refusing = "De treinen rijden weer.\n\nDe staatssecretaris weigert te reageren. ,,Het zou fantastisch nieuws zijn.''"
    quotes, _ = quotes_of(analyzer, refusing, "nl")
    assert [q[3] for q in quotes] == [None]


INTERVIEW = (
    "Historicus Karel Donk schreef tien boeken over de Gouden Eeuw. Donk woont in Leiden en geeft les aan de "
    "universiteit. Donk is zestig.\n\n"
    "In 2005 schreef u uw eerste boek. Waarom juist over die tijd?\n\n"
    "'Omdat ik er als kind al door gegrepen was. Mijn vader nam me mee naar het museum.'\n\n"
    "U bent kritisch over het onderwijs. Wat moet er anders?\n\n"
    "'Leerlingen leren te weinig jaartallen. Dat moet echt anders.'"
)


def test_in_an_interview_the_answer_after_a_question_is_the_main_persons(analyzer):
    quotes, _ = quotes_of(analyzer, INTERVIEW, "nl")
    assert [q[4] for q in quotes] == ["Karel Donk", "Karel Donk"]
    # without the writer's "u" it is no interview: a question before a quote tells nothing of who answers
    article = INTERVIEW.replace("In 2005 schreef u uw eerste boek", "In 2005 verscheen het eerste boek").replace(
        "U bent kritisch", "Velen zijn kritisch"
    )
    quotes, _ = quotes_of(analyzer, article, "nl")
    assert [q[4] for q in quotes] == [None, None]


def test_in_an_interview_a_statement_put_to_the_interviewed_or_a_manner_phrase_after_a_question_prompts_the_answer(
    analyzer,
):
    """ "U verheerlijkt die tijd." is put to the one interviewed as a
    question is; so is "Docerend:" after the writer's question."""
    article = INTERVIEW.replace("Waarom juist over die tijd?", "U verheerlijkt die tijd in uw boeken.").replace(
        "Wat moet er anders?\n\n'", "Wat moet er anders? Docerend: '"
    )
    quotes, _ = quotes_of(analyzer, article, "nl")
    assert [q[4] for q in quotes] == ["Karel Donk", "Karel Donk"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # named for the first time, with a role and an apposition: whom the writer quotes next
        ("Dat soort gedrag fascineert psycholoog Paul van Lange, hoogleraar aan de VU, mateloos."
         ' "Iedereen wil hetzelfde: meer aardigheid."', "Paul van Lange"),
        # in a relative clause about others, after someone else's "zijn": not introduced to speak
        ("Henk Krol is kritisch. Dinsdag overlegt zijn fractie met de senatoren, die worden geleid door"
         " partijoprichter Jan Nagel. 'Na afloop kan ik precies zeggen wat we besluiten.'", None),
        # the sentence opens with someone described, who may speak next
        ('De agent hield verdachte Jan Jansen aan. "Hij had niets bij zich."', None),
    ],
)  # fmt: skip
def test_a_person_introduced_with_a_role_anywhere_in_the_main_clause_speaks_next(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes if q[0] == "direct"] == [speaker]
