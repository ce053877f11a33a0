"""English speakers and contents from Reuters copy (issue 14): closing cues
with phrases after them, bare content past phrases and amounts, "quoted X
as saying", texts that speak for no one, nouns that speak. Found by
reading the CoNLL documents that are in no gold set; sentences written
for these tests after them."""

import pytest

from .test_quotes import quotes_of


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Statistics Canada on Friday reported Canada's current account moved to a surplus.", "Statistics Canada"),
        (
            "Earlier in the day, Fed chairman Alan Greenspan said at a symposium that the goal of price stability "
            "is within reach.",
            "Fed chairman Alan Greenspan",
        ),
    ],
)
def test_a_parsed_subject_leaves_out_a_time_phrase(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == [speaker]


def test_a_closing_cue_takes_the_whole_phrase_after_the_comma_as_speaker(analyzer):
    text = "Chinese police have detained dissident Wang Li, the New York-based pressure group Human Rights in China said on Saturday."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [
        ("Chinese police have detained dissident Wang Li", "the New York-based pressure group Human Rights in China")
    ]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Radio Red quoted local police in the town of Tacambaro, Michoacan, 80 km south of the state capital, "
            "as saying 40 to 50 armed men attacked the convoy.",
            "40 to 50 armed men attacked the convoy",
            "local police",
        ),
        (
            "Algerian newspapers quoted the National Observatory, a government-appointed watchdog, as saying "
            "earlier in August that about 1,400 civilians had been killed.",
            "about 1,400 civilians had been killed",
            "the National Observatory",
        ),
        (
            "The report quoted security services as saying six other people were injured in the blast.",
            "six other people were injured in the blast",
            "security services",
        ),
    ],
)
def test_the_one_quoted_as_saying_speaks(analyzer, text, content, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [(content, speaker)]


def test_a_long_whose_clause_between_the_name_and_the_verb(analyzer):
    text = (
        'Jordan, whose 1992 film "The Crying Game" also came under fire for its portrayal of the IRA, said '
        "Collins was more than just a revolutionary."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    reported = [q for q in quotes if q[0] == "reported"]
    assert [(q[1], q[3]) for q in reported] == [("Collins was more than just a revolutionary", "Jordan")]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The Security Council on Friday condemned the coup and for the first time said in a resolution it "
            "intended to pressure the army into talks.",
            "it intended to pressure the army into talks",
        ),
        (
            "The minister said in an interview with the radio station the talks would resume.",
            "the talks would resume",
        ),
    ],
)
def test_bare_content_after_prepositional_phrases(analyzer, text, content):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == [content]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The suspect said he was hired to make a wooden box.", "The suspect"),
        ("The office said 356,725 new cars were registered in July.", "The office"),
        ("The 85-year-old nun said in the past that she was praying for the couple.", "The 85-year-old nun"),
        # a text says it: a statement whose speaker is unknown
        ("The editorial said the minister would resign.", None),
    ],
)
def test_reuters_speakers_described_by_a_noun(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Cairo will have nothing more to do with the government in Khartoum, President Hosni Mubarak said in "
            "a speech on Thursday.",
            "Cairo will have nothing more to do with the government in Khartoum",
            "President Hosni Mubarak",
        ),
        (
            "Two players have withdrawn from the squad, the Football Association of Ireland said in a statement "
            "on Friday.",
            "Two players have withdrawn from the squad",
            "the Football Association of Ireland",
        ),
    ],
)
def test_a_closing_cue_followed_by_phrases_of_time_and_place(analyzer, text, content, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Kurdish rebels attacked the town. It said about 100 Iraqi Kurds were killed or wounded in the attack.",
            "about 100 Iraqi Kurds were killed or wounded in the attack",
            None,
        ),
        (
            "The consortium, called Americast, said the contract was part of its strategy.",
            "the contract was part of its strategy",
            "The consortium",
        ),
    ],
)
def test_an_amount_opens_bare_content_and_a_consortium_speaks(analyzer, text, content, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The federation has banned the club president for two years, a federation statement said.",
            "The federation has banned the club president for two years",
            None,
        ),
        (
            "A note with the ransom demand was left in the car, Schutte told a news conference on Monday.",
            "A note with the ransom demand was left in the car",
            "Schutte",
        ),
        (
            "The security forces also said a man carrying an explosive device also died.",
            "a man carrying an explosive device also died",
            "The security forces",
        ),
    ],
)
def test_closing_texts_listeners_and_forces(analyzer, text, content, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The leader of a junior partner in the ruling coalition plans to resign to quell a rebellion, "
            "party officials said on Wednesday.",
            "The leader of a junior partner in the ruling coalition plans to resign to quell a rebellion",
            "party officials",
        ),
        (
            "The help-wanted advertising index fell in July, the Conference Board said Thursday, reflecting the "
            "uneven nature of the labour markets.",
            "The help-wanted advertising index fell in July",
            "the Conference Board",
        ),
    ],
)
def test_a_closing_cue_after_a_clause_tagged_with_few_finite_verbs(analyzer, text, content, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [(content, speaker)]


def test_a_plural_for_people_with_a_modifier_needs_no_article(analyzer):
    text = "The fire started at night. Bystanders at the scene said work had begun on the building in 1991."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("work had begun on the building in 1991", "Bystanders at the scene")]


def test_a_second_verb_after_and_has_the_subject_of_a_first_verb_tagged_as_adjective(analyzer):
    text = (
        "It was a tense day. Britain on Saturday condemned Iraqi involvement in an attack on the Kurdish city of "
        "Arbil and said it was in close touch with its allies."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("it was in close touch with its allies", "Britain")]


def test_the_name_before_an_apposition_with_a_relative_clause_speaks(analyzer):
    text = (
        "It was a tense day. Banisadr, an avowed opponent of the Tehran government who now lives in exile, "
        "accused top Iranian leaders of ordering the assassination."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["Banisadr"]


def test_a_bracket_between_a_quote_and_its_cue_is_passed(analyzer):
    text = (
        'Iranian troops entered the region, a Kurdish group said.\n\n"They entered this morning. They have '
        'established a headquarters in Chuman," Faik Nerweyi of the Kurdistan Democratic Party (KDP) told '
        "Reuters by telephone from Ankara."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    direct = [q for q in quotes if q[0] == "direct"]
    assert [(q[2], q[3]) for q in direct] == [("told", "Faik Nerweyi of the Kurdistan Democratic Party")]


def test_told_has_its_listener_after_it_not_its_speaker(analyzer):
    text = (
        "Some refugees have written to the OSCE. But Adem Hodzic, one of the refugees who signed the letter of "
        'complaint, told Reuters:\n\n"We only realised after voting that we were being denied our rights."'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[4]) for q in quotes] == [("direct", "Adem Hodzic")]


@pytest.mark.parametrize(
    "text",
    [
        '"We are very happy," Jones told a news conference, adding that the team would play on Sunday.',
        '"We are very happy," said coach Bill Jones, adding the team would play on Sunday.',
    ],
)
def test_adding_after_a_direct_quotes_cue_is_a_statement_of_the_same_speaker(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[1], q[4]) for q in quotes] == [
        ("direct", '"We are very happy,"', "Bill Jones" if "Bill" in text else "Jones"),
        ("reported", "the team would play on Sunday", "Bill Jones" if "Bill" in text else "Jones"),
    ]


def test_bare_content_opening_with_a_possessive_after_a_place_phrase(analyzer):
    # the parse takes "from Pakistan his government" for one phrase
    text = "Malcolm Rifkind said on Tuesday from Pakistan his government would only act if British law was broken."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[4]) for q in quotes] == [("his government would only act if British law was broken", "Malcolm Rifkind")]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Israel said last month after it recovered the body of a soldier that it would consider freeing Yassin.", "it would consider freeing Yassin"),
        ("Senior ministers have said since the budget was handed down on Tuesday that rates could fall.", "rates could fall"),
    ],
)
def test_a_clause_of_when_between_the_verb_and_that(analyzer, text, content):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        ("John Smith promised to drop the plan.", "to drop the plan"),
        ("The rebels vowed to fight on until the capital fell.", "to fight on until the capital fell"),
        ("John Smith called on the government to drop the plan.", "the government to drop the plan"),
        ("The court ruled that the plan was illegal.", "the plan was illegal"),
        ("The bank forecast that growth would slow.", "growth would slow"),
    ],
)
def test_promises_calls_rulings_and_forecasts_report(analyzer, text, content):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Palestinian leaders called on Tuesday for a two-hour strike.",  # a day, not whom they asked
        "The army carries weight, despite officials' vows to distance the military from politics.",  # a noun
    ],
)
def test_a_day_after_called_on_and_a_plurals_noun_report_nothing(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert quotes == []


def test_a_person_whose_organisation_speaks_is_not_the_speaker(analyzer):
    text = "Media baron Rupert Murdoch's News Corp Ltd forecast that profits would rise."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["News Corp Ltd"]


def test_a_clause_ending_in_a_past_tense_before_and_is_no_part_of_the_speaker(analyzer):
    text = "Seven Iraqi suspected hijackers surrendered and British police said they had asked for asylum."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["British police"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Prices rose. "We are worried," a trader at ING said.', "a trader at ING"),
        ('Her health improved. "She is conscious," an official at Woodlands Nursing Home said.', "an official at Woodlands Nursing Home"),
    ],
)
def test_someone_at_an_organisation_before_said_speaks_a_quote(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[3]) for q in quotes] == [("direct", speaker)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Prices rose. John Smith put it bluntly: "We are worried."', "John Smith"),
        ('Prices rose. One trader summed up the mood: "We are worried."', "One trader"),
    ],
)
def test_the_person_of_an_english_clause_before_a_colon_speaks(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == [speaker]


def test_citing_after_a_closing_cue_is_no_part_of_the_statement(analyzer):
    quotes, _ = quotes_of(analyzer, "The gunman fired ten shots, the BBC reported, citing police sources.", "en")
    assert [(q[1], q[3]) for q in quotes] == [("The gunman fired ten shots", "the BBC")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Prices rose. "We are worried," was how one trader put it.', "one trader"),
        ('Prices rose. "We are worried," is how John Smith described it.', "John Smith"),
    ],
)
def test_was_how_someone_put_it_names_the_speaker_of_a_quote(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[3]) for q in quotes] == [("direct", speaker)]


def test_a_named_source_relayed_with_quoting_speaks(analyzer):
    text = (
        "Martin Erdmann spoke to Reuters. \"The ultimatum is no longer an issue,\" he said, quoting Foreign"
        " Minister Wolfgang Ischinger, who had been sent to Moscow."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes] == [("Foreign Minister Wolfgang Ischinger", "Wolfgang Ischinger")]
    # sources not named stay the channel's
    quotes, _ = quotes_of(analyzer, '"The ultimatum is no longer an issue," the BBC reported, quoting police sources.', "en")
    assert [q[3] for q in quotes] == ["the BBC"]


def test_a_pronoun_after_a_clauses_noun_is_the_subject(analyzer):
    text = (
        "Tom Daschle was a key player in the healthcare changes but when he became minority leader he declared"
        " he would be no water-carrier for the White House."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes] == [("he", "Tom Daschle")]


def test_a_clause_before_a_subordinator_is_no_part_of_the_speaker(analyzer):
    text = "Jimmy Thomson quit on Tuesday. Thomson resigned after the club's directors asked him to return as coach."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["the club's directors"]


def test_what_an_agreement_says_is_a_statement_of_no_one_named(analyzer):
    text = (
        "The two nations have agreed to maintain their current level of routes for the next years, the"
        " agreement said."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[3]) for q in quotes] == [("reported", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Marc Wilkins pitched well. He added a three-run homer in the eighth off John Ericks to make it 13-8.",
        "The defending world champion Atlanta Braves added another weapon Wednesday, acquiring Denny Neagle.",
    ],
)
def test_adding_runs_or_players_is_no_statement(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert quotes == []


def test_adding_a_clause_still_is(analyzer):
    quotes, _ = quotes_of(analyzer, "John Smith added the talks would continue on Monday.", "en")
    assert [(q[1], q[3]) for q in quotes] == [("the talks would continue on Monday", "John Smith")]


def test_content_in_a_relative_clause_ends_before_the_main_clause(analyzer):
    text = "Stefan Edberg, who said he will retire at season's end, made it look easy under gray skies."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("he will retire at season's end", "Stefan Edberg")]
    # commas of its own stay inside: the last comma before a finite verb ends it
    text = "The weekly, which said the talks, held in Geneva, were useful, published the letter on Monday."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == ["the talks, held in Geneva, were useful"]


def test_who_has_said_is_a_relative_cue_like_who_said(analyzer):
    text = "Stefan Edberg, who has said he will retire at season's end, made it look easy under gray skies."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("he will retire at season's end", "Stefan Edberg")]


def test_a_text_that_ends_in_a_comma_is_read(analyzer):
    # a comma as the last token: the relative cue after it is looked for past the end
    quotes, _ = quotes_of(analyzer, "The minister said the plan was good,", "en")
    assert [(q[1], q[3]) for q in quotes] == [("the plan was good", "The minister")]


def test_a_pronoun_goes_on_with_the_described_speaker_of_the_statement_before(analyzer):
    text = (
        "Bond options steady.\n\n"
        "A trader at a Japanese bank said volatility stood at 14.00 for the September contract, 16.75 for "
        "December, 19.50 for March and 21.25 for June.\n\n"
        "At 1347 GMT, December futures were trading at 96.78, two basis points down on the day.\n\n"
        "He said the sell-off in June volatility might have been overdone, which could offer value at current levels.\n\n"
        "The size of the Bundesbank's repo rate cut, to 3.00 percent from 3.30 percent, took markets by surprise.\n\n"
        '"Volatility has a bid to it now that the event people were buying for has passed and people will sell '
        'some short-dated volatility," he said.\n\n'
        '"Long-dated volatility has been low this year, so it is still at levels which are not historically high."\n\n'
        "He said volatility should be stable until markets reassess the situation after a long weekend in Britain."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    speakers = [q[3] for q in quotes]
    assert len(speakers) == 5 and speakers[0] == "A trader at a Japanese bank"
    assert speakers[1].startswith("A trader") and speakers[1:] == [speakers[1]] * 4
    # a person named after the statement before: whom "he" means is no longer clear
    named = text.replace("Long-dated volatility", "John Harlow of Commerzbank says long-dated volatility")
    quotes, _ = quotes_of(analyzer, named, "en")
    assert quotes[-1][3] is None


def test_any_verb_after_a_quote_with_phrases_of_whom_and_how_after_it(analyzer):
    text = (
        "Kamil Jamil did not have a prayer.\n\n"
        "A roadblock stopped the Palestinian from answering Yasser Arafat's call to worship.\n\n"
        '"Go home. There are no prayers today," an Israeli soldier yelled at Jamil in Hebrew.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes] == [("an Israeli soldier", None)]
    # another clause after the verb: no cue, and no one from the sentence before either
    other = text.replace("yelled at Jamil in Hebrew", "yelled and the crowd left")
    quotes, _ = quotes_of(analyzer, other, "en")
    assert [q[4] for q in quotes] != ["Yasser Arafat"]


def test_a_carried_quote_means_whom_its_cues_pronoun_meant(analyzer):
    # the third quote has no cue of its own: it goes on with "he", who is Bloch, not the firm after "at"
    text = (
        '"Seven percent creates psychological problems," said Ralph Bloch, chief technical analyst at Raymond James. '
        '"We could carry another 100 points lower in the Dow," he said. '
        '"I am telling clients things are dicey going into next Friday so let us be careful." Wall Street fell.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Ralph Bloch"] * 3


def test_a_reporting_word_that_modifies_a_noun_or_ends_a_doubled_cue_is_no_verb(analyzer):
    # "state engineer": a noun; "said X said": a sentence written twice, the speaker ends before the second verb
    quotes, _ = quotes_of(analyzer, "Romanian listed state engineer Comelf said it almost doubled six-month output.", "en")
    assert [(q[2], q[1]) for q in quotes] == [("said", "it almost doubled six-month output")]
    text = '"It was an explosion, and then it got involved in fire," said Don Penney of the Rochester Fire Department said.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["Don Penney of the Rochester Fire Department"]


def test_an_organisation_of_a_person_is_who_speaks(analyzer):
    # the person named after the organisation's "of" is whose it is; a spokesman for one is still the speaker
    text = "Kurdistan Democratic Party (KDP) of Massoud Barzani said that it was being backed by Iraqi heavy armour."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Kurdistan Democratic Party"]
    quotes, _ = quotes_of(analyzer, "Ralph Bloch of the Kurdistan Democratic Party said that it was being backed by Iraq.", "en")
    assert [q[4] for q in quotes] == ["Ralph Bloch"]


def test_a_place_after_a_comma_in_the_speaker_phrase_and_a_named_listener(analyzer):
    # "…, Fla." is where the bank is, not who spoke; "told Radio Red": the listener's whole name
    text = '"The economy is not slowing," said economist Lynn Reaser of Barnett Banks Inc. in Jacksonville, Fla. The reports fanned fears.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Lynn Reaser"]
    quotes, _ = quotes_of(analyzer, "Gonzalo Montoya, a police commander, told Radio Red the group was armed with rifles.", "en")
    assert [q[1] for q in quotes] == ["the group was armed with rifles"]


def test_shrieking_at_someone_before_a_colon_is_a_cue(analyzer):
    quotes, _ = quotes_of(analyzer, 'The referee judged the return good. Hill shrieked at the Pakistani: "You cheat." Then he left.', "en")
    assert [(q[2], q[3]) for q in quotes] == [("shrieked", "Hill")]


def test_a_person_named_before_a_role_of_two_words_is_someone_elses(analyzer):
    # "Dole campaign manager Scott Reed": Dole modifies the role; Reed wrote it
    text = '"Next week, a small group of representatives should meet," wrote Dole campaign manager Scott Reed.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Scott Reed"]
