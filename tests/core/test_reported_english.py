"""English reported speech with the speaker in the same sentence, with the
real bundled model, on sentences of our own: content without "that" after
any reporting verb when a clause follows, a "that" further on or not a
complementiser at all, a second verb joined by "and", media as speakers."""

import pytest

from reader.core.article import Article, Block
from reader.core.loading.paragraphs import paragraphs

from .test_quotes import quotes_of


def reported(analyzer, text):
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
    analysis = analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language="en"))
    return [(q.text, q.cue, q.speaker.text if q.speaker else None) for q in analysis.quotes if q.kind == "reported"]


def test_a_clause_after_a_verb_that_takes_no_bare_content(analyzer):
    found = reported(analyzer, "The harbour master confirmed two fishing boats were missing after the storm.")
    assert found == [("two fishing boats were missing after the storm", "confirmed", "The harbour master")]
    found = reported(analyzer, "The town council announced on Monday it would close the old bridge.")
    assert found == [("it would close the old bridge", "announced", "The town council")]


def test_an_object_after_such_a_verb_is_no_content(analyzer):
    assert reported(analyzer, "The town council denied the application of the ferry company.") == []


def test_a_that_after_phrases_opens_the_content(analyzer):
    text = "Mayor Ellen Brackwater said on Monday in an interview with a local radio station that the bridge would reopen."
    assert reported(analyzer, text) == [("the bridge would reopen", "said", "Mayor Ellen Brackwater")]


def test_a_relative_that_is_no_complementiser(analyzer):
    text = "The city council said Dunmore was on its list of ports that charge high fees."
    (found,) = reported(analyzer, text)
    assert found[0].startswith("Dunmore was on its list") and found[2] == "The city council"


def test_a_second_verb_after_and_shares_the_subject(analyzer):
    text = "Chile on Friday condemned the border closure and said the talks with Peru had failed."
    assert reported(analyzer, text) == [("the talks with Peru had failed", "said", "Chile")]


def test_two_statements_joined_by_and(analyzer):
    text = "The city council said the fees would rise in May and noted that the ferry company had refused to pay."
    assert reported(analyzer, text) == [
        ("the fees would rise in May", "said", "The city council"),
        ("the ferry company had refused to pay", "noted", "The city council"),
    ]


def test_the_object_of_urged_after_a_comma_is_no_speaker(analyzer):
    text = "Chile, which denies the claims, urged Peru officials to ignore the report and said it could hurt trade."
    found = reported(analyzer, text)
    assert all(speaker != "Peru officials" for _, _, speaker in found)
    assert ("it could hurt trade", "said", "Chile") in found


def test_a_magazine_speaks(analyzer):
    text = "The mayor was questioned for two hours about the harbour contracts, the magazine said."
    assert reported(analyzer, text) == [
        ("The mayor was questioned for two hours about the harbour contracts", "said", "the magazine")
    ]


def test_the_listener_after_told_is_no_content(analyzer):
    text = "Company chairman John Harker told a news conference the group would sell its shipping arm."
    assert reported(analyzer, text) == [("the group would sell its shipping arm", "told", "Company chairman John Harker")]
    text = "The group will sell its shipping arm, company chairman John Harker told a news conference."
    ((content, cue, _),) = reported(analyzer, text)
    assert (content, cue) == ("The group will sell its shipping arm", "told")


def test_a_prepositional_phrase_between_verb_and_content(analyzer):
    found = reported(analyzer, "Hingis said after the match she was happy with her serve.")
    assert found == [("she was happy with her serve", "said", "Hingis")]


def test_traders_and_workers_speak(analyzer):
    assert reported(analyzer, "Traders said the market was nervous ahead of the budget.") == [
        ("the market was nervous ahead of the budget", "said", "Traders")
    ]
    assert reported(analyzer, "Rescue workers said at least 20 people had died.") == [
        ("at least 20 people had died", "said", "Rescue workers")
    ]


def test_a_relative_clause_reports_what_the_phrase_before_it_said(analyzer):
    text = (
        "A spokesman said he could confirm a report in the news weekly Der Spiegel, "
        "which said the police had searched the embassy."
    )
    assert reported(analyzer, text) == [
        ("he could confirm a report in the news weekly Der Spiegel", "said", "A spokesman"),
        ("the police had searched the embassy", "said", "the news weekly Der Spiegel"),
    ]


def test_adding_and_saying_go_on_with_the_speaker(analyzer):
    text = "Police were searching the harbour, a spokesman said, adding that no arrests had been made."
    assert reported(analyzer, text) == [
        ("Police were searching the harbour", "said", "a spokesman"),
        ("no arrests had been made", "adding", "a spokesman"),
    ]
    found = reported(analyzer, "The coach praised his players, saying they had fought hard.")
    assert found == [("they had fought hard", "saying", "The coach")]


def test_a_part_of_the_day_after_the_weekday(analyzer):
    found = reported(analyzer, "Port officials said on Tuesday night the ship had left the harbour.")
    assert found == [("the ship had left the harbour", "said", "Port officials")]


def test_a_paper_speaks(analyzer):
    found = reported(analyzer, "The harbour contracts were signed in secret, the paper said.")
    assert found == [("The harbour contracts were signed in secret", "said", "the paper")]


def test_a_clause_after_the_verb_is_content_not_an_inverted_speaker(analyzer):
    found = reported(analyzer, "The sprinter, who won gold in Atlanta, said she would retire in May.")
    assert [(content, cue) for content, cue, _ in found] == [("she would retire in May", "said")]


def test_who_was_told_or_asked_is_no_speaker(analyzer):
    assert reported(analyzer, "The minister was asked whether the aid would continue.") == []
    assert all(speaker != "The mayor" for _, _, speaker in reported(analyzer, "The mayor has been told that the bridge is unsafe."))


def test_an_age_or_a_participles_clause_between_commas_is_no_part_of_the_speaker(analyzer):
    assert reported(analyzer, "Mr Jones, 54, said he was disappointed.") == [("he was disappointed", "said", "Mr Jones")]
    found = reported(analyzer, "A senior official, speaking on condition of anonymity, said the deal was close.")
    assert found == [("the deal was close", "said", "A senior official")]
    # A role stays with the speaker.
    found = reported(analyzer, "Jan Bakker, chairman of the fishermen's union, said the quota were too low.")
    assert [speaker for _, _, speaker in found] == ["Jan Bakker, chairman of the fishermen's union"]


def test_a_bank_or_a_commission_speaks(analyzer):
    found = reported(analyzer, "Prices will rise further next year, the central bank said.")
    assert found == [("Prices will rise further next year", "said", "the central bank")]


def test_a_negated_or_refused_speech_verb_says_nothing(analyzer):
    for text in (
        "The spokesman would not say how many soldiers were killed.",
        "He did not say whether he would run for office.",
        "Officials refused to say where the money went.",
    ):
        assert reported(analyzer, text) == [], text
    # A negation inside the statement is part of it.
    assert [cue for _, cue, _ in reported(analyzer, "The mayor said she would not run again.")] == ["said"]


def test_claimed_with_a_noun_is_no_statement_the_cue_after_it_is(analyzer):
    found = reported(analyzer, "Rebels claimed responsibility for the attack, the agency reported.")
    assert found == [("Rebels claimed responsibility for the attack", "reported", "the agency")]
    found = reported(analyzer, "The rebels claimed the government had lost control of the north.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("claimed", "The rebels")]


def test_a_subject_before_a_relative_clause_and_a_participle_clause(analyzer):
    # A relative clause between subject and verb: the subject before it
    # speaks, though the relative clause's own cue cuts the sentence there.
    text = "Norway, which denies the charges, urged Danish officials to ignore the report and said it could hurt trade."
    found = reported(analyzer, text)
    assert ("Danish officials to ignore the report", "urged", "Norway") in found
    # A participle clause after the subject is not part of who speaks.
    text = "Dutch police searching for a missing boy said on Friday the main suspect may have left the country."
    assert reported(analyzer, text) == [("the main suspect may have left the country", "said", "Dutch police")]


def test_the_person_named_before_an_apposition_with_an_organisation_speaks(analyzer):
    # The parser takes the organisation in the apposition for the subject
    # with this name (and not with others): the name before it speaks.
    blocks_text = (
        "Xiao Qiang, executive director of the New York-based group Human Rights in Asia, "
        "said Li's arrest on Friday appeared to be part of the national campaign."
    )
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(blocks_text)]
    analysis = analyzer.analyze(Article(path="mem.txt", text=blocks_text, blocks=blocks, language="en"))
    names = {actor.id: actor.name for actor in analysis.actors}
    assert [names.get(q.speaker.actor) for q in analysis.quotes] == ["Xiao Qiang"]


def test_a_cue_closing_the_sentence_has_the_phrase_after_the_comma_as_subject(analyzer):
    # The parser takes the clause's subject ("Iranian troops") for the verb's.
    text = (
        "Iranian troops on Saturday entered Kurdish-controlled northern Iraq in the wake of an assault "
        "backed by Baghdad into the region, an Iraqi Kurdish group told Reuters."
    )
    assert [speaker for _, _, speaker in reported(analyzer, text)] == ["an Iraqi Kurdish group"]


def test_by_saying_reports_the_subjects_statement(analyzer):
    text = "Mendes excused his absence from the game against Norway by saying he had lost his passport."
    assert reported(analyzer, text) == [("he had lost his passport", "saying", "Mendes")]


def test_quoted_by_someone_as_saying_is_the_subjects_statement(analyzer):
    found = reported(analyzer, "Mayor Ellen Brackwater was quoted by the local paper as saying the bridge would reopen.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("quoted", "Mayor Ellen Brackwater")]


def test_a_text_that_says_something_is_a_statement_of_no_known_speaker(analyzer):
    found = reported(analyzer, "The statement said the army had withdrawn from the border town overnight.")
    assert found == [("the army had withdrawn from the border town overnight", "said", None)]


def test_a_pronoun_opens_bare_content(analyzer):
    found = reported(analyzer, "The ministry denied it closed the port to foreign ships.")
    assert found == [("it closed the port to foreign ships", "denied", "The ministry")]


def test_an_s_form_after_a_verb_or_adjective_is_a_plural_noun(analyzer):
    assert reported(analyzer, "Mayor Ellen Brackwater dismissed reports that she would resign next month.") == []
    assert reported(analyzer, "The council rejected fresh claims that the bridge was unsafe.") == []


def test_hoping_and_fearing_report_nothing(analyzer):
    assert reported(analyzer, "Mayor Ellen Brackwater hopes the bridge will reopen before the summer.") == []
    assert reported(analyzer, "Residents fear the bridge will stay closed for months.") == []


def test_a_closing_cue_followed_by_a_clause_of_the_writers(analyzer):
    text = "Consumer spending barely rose in July, the trade department said on Friday, as income growth slowed."
    assert reported(analyzer, text) == [("Consumer spending barely rose in July", "said", "the trade department")]


def test_a_noun_phrase_and_a_finite_verb_by_the_tags_open_bare_content(analyzer):
    text = "The national statistics agency on Friday reported the country's current account moved into surplus."
    found = reported(analyzer, text)
    assert [(content, cue) for content, cue, _ in found] == [
        ("the country's current account moved into surplus", "reported")
    ]


def test_a_cue_word_after_an_adjective_is_a_noun(analyzer):
    text = "At the same time, the department said in a separate report that new orders rose sharply."
    assert reported(analyzer, text) == [("new orders rose sharply", "said", "the department")]


def test_a_cue_word_tagged_as_a_noun_may_open_the_speaker(analyzer):
    text = "The government has closed the university after two days of protests, state radio said on Friday."
    found = reported(analyzer, text)
    assert [(cue, speaker) for _, cue, speaker in found] == [("said", "state radio")]


def test_a_month_or_an_earlier_before_bare_content(analyzer):
    found = reported(analyzer, "Mayor Ellen Brackwater said in May she was unhappy with the bridge.")
    assert found == [("she was unhappy with the bridge", "said", "Mayor Ellen Brackwater")]


def test_it_said_is_a_statement_of_no_known_speaker(analyzer):
    text = "The company was founded in 1990. Its profits doubled in the first half of the year, it said."
    assert reported(analyzer, text) == [("Its profits doubled in the first half of the year", "said", None)]


def test_a_capitalised_plural_speaker_noun_first_in_its_sentence(analyzer):
    found = reported(analyzer, "Eyewitnesses told local television they saw a truck behind the motel.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("told", "Eyewitnesses")]


def test_a_demand_with_its_content(analyzer):
    found = reported(analyzer, "The union demanded that the government withdraw the plan.")
    assert found == [("the government withdraw the plan", "demanded", "The union")]


def test_a_source_close_to_something_is_one_speaker_phrase(analyzer):
    text = "The two sides held talks in Geneva this week, a diplomatic source close to the talks said on Friday."
    found = reported(analyzer, text)
    assert [(cue, speaker) for _, cue, speaker in found] == [("said", "a diplomatic source close to the talks")]


def test_people_familiar_with_something_speak(analyzer):
    found = reported(analyzer, "The two companies are close to a deal, people familiar with the matter said.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("said", "people familiar with the matter")]


def test_but_inside_one_statement_closed_by_its_cue_keeps_the_statement_whole(analyzer):
    text = "Similar results had been obtained in cell cultures, but not in live animals, the university said."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == ["Similar results had been obtained in cell cultures, but not in live animals"]
    text = "The Iraqis claimed they shot down a plane, but no plane was lost, officials said."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("they shot down a plane", "The Iraqis"), ("no plane was lost", "officials")]


def test_it_that_speaks_is_the_organisation_that_spoke_just_before(analyzer):
    text = (
        "An earthquake shook the island on Thursday, Television New Zealand said. "
        "It said the quake was strongly felt in the cities of Nelson and Christchurch."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Television New Zealand"] * 2


@pytest.mark.parametrize(
    "text, found",
    [
        ("Shares in Slough climbed, while British Land added 12 pence to 468p and Hammerson was 8p higher.", []),
        (
            'The epidemic appears to be "settling down", Health Minister Naoto Kan was quoted as telling the cabinet.',
            ['The epidemic appears to be "settling down"'],
        ),
    ],
)
def test_no_statement_in_a_price_nor_in_the_listener(analyzer, text, found):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes if q[0] == "reported"] == found


def test_they_that_speak_are_the_group_that_spoke_just_before(analyzer):
    text = (
        "A man has been found stabbed to death in the port, police said on Friday. "
        "They said the body was found in a pool of blood near the harbour."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["police", "police"]


def test_a_pronoun_is_not_someone_named_inside_a_quotation(analyzer):
    text = (
        "Committee member Colin Montgomerie said it could set an unhelpful precedent. "
        '"I know Olly\'s situation is very unfortunate, but I do not think we can start giving dispensations," '
        'he said.\n\n"You have got to have a rule for everybody and I do not think it is feasible."'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Colin Montgomerie"] * 3


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Brunswijk, 35, denied the charges and said he had merely defended himself when Pinas attacked him.",
            [("he had merely defended himself when Pinas attacked him", "Brunswijk")],
        ),
        (
            "Westlake, arrested in December and charged with heroin trafficking, sawed the grill off his cell window, "
            "Vivit said.",
            [("Westlake, arrested in December and charged with heroin trafficking, sawed the grill off his cell window", "Vivit")],
        ),
    ],
)
def test_an_apposition_before_and_said_and_a_charge_that_is_no_speech(analyzer, text, found):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == found


@pytest.mark.parametrize(
    "text, content",
    [
        ("Blackburn announced on Wednesday they and Dalglish had parted by mutual consent.", "they and Dalglish had parted by mutual consent"),
        (
            "Spokesman Alexander Barkhatov told reporters the negotiations, being held at a village south of Grozny, "
            "were progressing briskly.",
            "the negotiations, being held at a village south of Grozny, were progressing briskly",
        ),
    ],
)
def test_bare_content_with_two_subjects_or_an_apposition_after_its_subject(analyzer, text, content):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == [content]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a subject with its modifier, a name that is also a word
        ("Sources familiar with the talks said the deal was close.", ["Sources familiar with the talks"]),
        ("Officials involved in the talks said the deal was close.", ["Officials involved in the talks"]),
        ("Others connected with the two churches said they shared that suspicion.", ["Others connected with the two churches"]),
        ("At the time, Best said it did not plan to open any new stores this fall.", ["Best"]),
        # around a relative clause, and never a clause
        ("A Chinese truck maker in which Ford Motor Co has a stake said it posted a drop in profits.", ["A Chinese truck maker"]),
        ("The man who saw the fire said it started at midnight.", ["The man"]),
        ("Police arrested a man who said he started the fire.", ["a man"]),
        ("The paper quoted Mr Smith, who said the deal was close.", ["Mr Smith"]),
        (
            "Swedish options and derivatives exchange OM Gruppen AB said on Thursday it would open a bourse in London.",
            ["Swedish options and derivatives exchange OM Gruppen AB"],
        ),
        (
            "A small team of engineers from Sun Microsystems Inc.'s JavaSoft unit said Sunday they had formed a company.",
            ["A small team of engineers from Sun Microsystems Inc.'s JavaSoft unit"],
        ),
        (
            "A forensic scientist who examined the supposed skull of King Hintsa, a chief of the Xhosa tribe, said it "
            "was the cranium of a European woman.",
            ["A forensic scientist"],
        ),
        # no speaker that is a score, an amount or a fragment
        ("Jose Luis Vidigal scored in the 38th minute and Mustapha Hadji added the third in the 57th.", []),
        ("Wednesday's U.S. Open draw ceremony revealed that both title holders face early opposition.", []),
        (
            "The bank announced a net profit of 853 million guilders, up 21 percent on the 702 million guilders "
            "reported in the first half.",
            [],
        ),
    ],
)
def test_english_speakers_of_news_sentences(analyzer, text, speakers):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == speakers


def test_a_finite_looking_word_inside_a_name_does_not_end_the_search_for_that(analyzer):
    # "am" in "Bild am Sonntag" is tagged as a finite verb
    text = "But Ruehe told Bild am Sonntag in an interview that a new mandate for the troops would be agreed."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[1] for q in quotes] == ["a new mandate for the troops would be agreed"]


def test_the_object_of_for_before_said_is_no_speaker(analyzer):
    text = (
        "Mohamed Ali Khalfallah, spokesman for the Movement of Socialist Democrats (MDS) said that a bailiff "
        "ordered the party to leave the building."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] != ["the Movement of Socialist Democrats (MDS)"]
    assert all("Movement" not in (q[4] or "") for q in quotes)


def test_neither_confirm_nor_deny_says_nothing_and_he_is_the_spokesman_described_before(analyzer):
    text = (
        "The New York Times said on Tuesday some trading in MFS was under review. A spokesman for the American "
        "Stock Exchange would neither confirm or deny whether the exchange was looking into trading in MFS options. "
        '"If there is unusual activity, certainly we look into it," he said.'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[3]) for q in quotes] == [("reported", "The New York Times"), ("direct", "A spokesman")]


@pytest.mark.parametrize(
    "text, speaker, actor",
    [
        # "for" inside the speaker's description, and the person after "for" not the speaker
        (
            'Prince Rainier was not amused. "We have seen the photos but for now there is no comment," '
            "a spokeswoman for Prince Rainier told Reuters.",
            "a spokeswoman for Prince Rainier",
            None,
        ),
        # a possessive apostrophe inside the speaker's phrase, and the person named before the verb
        (
            'British farmers denied any danger. "What we have to be careful of is how we handle this," Welsh '
            "National Farmers' Union (NFU) chairman John Lloyd Jones told reporters.",
            "chairman John Lloyd Jones",
            "John Lloyd Jones",
        ),
    ],
)
def test_the_speaker_after_a_quote_is_the_person_the_description_ends_with(analyzer, text, speaker, actor):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes if q[0] == "direct"] == [(speaker, actor)]


def test_reports_from_places_name_no_speaker(analyzer):
    text = "Fischler proposed measures after reports from Britain and France that sheep could contract BSE."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert all(not (q[3] or "").startswith("from") for q in quotes)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a name, its apposition between commas, then the cue
        (
            'Witnesses saw the march. "From here we will march to Islamabad," Nawaz Sharif, leader of the main '
            "opposition Pakistan Muslim League, told the rally.",
            "Nawaz Sharif",
        ),
        # an apposition with a comma of its own ("City, State"): the comma before the cue closes it
        (
            '"We are back in the business," William Larrow, president of the Glenview, Ill.-based maker\'s '
            "network division, said in a telephone interview.",
            "William Larrow",
        ),
        # what the speaker spoke about is no part of the speaker
        ('"I got a lot of first serves in," said Thomas Enqvist about his victory over Korda.', "Thomas Enqvist"),
        # nor the day after the name
        ("Republican presidential candidate Bob Dole Wednesday said he would use the National Guard.", "Republican presidential candidate Bob Dole"),
    ],
)
def test_the_speaker_is_the_name_without_apposition_topic_or_day(analyzer, text, speaker):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == [speaker]


def test_told_with_a_long_listener_before_the_comma_is_the_cue(analyzer):
    text = (
        "Jack Kemp campaigned in California. Kemp told a crowd of about 300 African Americans in south central "
        'Los Angeles, "Keep your eyes open, keep your ears open, keep your mind open."'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Jack Kemp"]


def test_any_verb_of_a_speaker_right_before_the_comma_is_the_cue(analyzer):
    text = 'Thomas Enqvist won easily. Asked about his rally, Enqvist joked, "Today there were about 64 strokes."'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Thomas Enqvist"]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The company said as its engine plant had only just started production, its results would not improve.",
            "as its engine plant had only just started production, its results would not improve",
        ),
        (
            "Police said when officers arrived at the house, the gunman had already fled.",
            "when officers arrived at the house, the gunman had already fled",
        ),
        ("Smith said while the economy was growing, inflation remained a worry.", "while the economy was growing, inflation remained a worry"),
    ],
)
def test_a_subordinate_clause_after_said_opens_the_statement(analyzer, text, content):
    assert [q[0] for q in reported(analyzer, text)] == [content]


def test_a_subordinate_clause_of_the_saying_itself_is_no_statement(analyzer):
    # "when asked" has no finite verb: when he said it, not what
    assert reported(analyzer, "Smith said when asked about the report, which he had not read.") == []


def test_in_what_someone_called_it_is_no_statement(analyzer):
    text = "The hijackers released people in batches of 10, starting with women, in what police described as a controlled release."
    assert reported(analyzer, text) == []


def test_add_after_a_modal_is_adding_not_saying(analyzer):
    text = "The European Union's grain panel will add two tranches of 150,000 tonnes to the allocation, it said."
    assert [q[0] for q in reported(analyzer, text)] == [
        "The European Union's grain panel will add two tranches of 150,000 tonnes to the allocation"
    ]


def test_a_cue_in_a_relative_clause_gives_way_to_the_main_verb(analyzer):
    text = "The rival party, which accuses Iran of supporting the rebels, said on Thursday that its forces had halted an attack."
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [("its forces had halted an attack", "The rival party")]


@pytest.mark.parametrize("subject", ["The party", "The opposition", "The ruling coalition"])
def test_a_party_or_the_opposition_speaks(analyzer, subject):
    text = f"{subject} said on Thursday that the election had been rigged."
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [("the election had been rigged", subject)]


def test_report_after_a_modal_is_reporting_results_not_saying(analyzer):
    text = (
        "Expectations that Cofinec S.A., the Hungarian bourse's first foreign listing, will report a disappointing "
        "first half have depressed the stock below its issue price."
    )
    assert reported(analyzer, text) == []


def test_reported_as_saying_and_quoted_as_saying_with_a_plural_the_tagger_calls_a_verb(analyzer):
    text = (
        "Russian security chief Aleksander Lebed faces an almost impossible task in Chechnya, Polish Foreign "
        "Minister Dariusz Rosati was reported as saying on Wednesday."
    )
    assert [q[2] for q in reported(analyzer, text)] == ["Polish Foreign Minister Dariusz Rosati"]
    text = "CNN quoted aides and family members as saying Lamm had told them he would not endorse Perot."
    assert [(q[0], q[2]) for q in reported(analyzer, text)] == [
        ("Lamm had told them he would not endorse Perot", "aides and family members")
    ]


def test_a_quoted_fragment_in_reported_content_after_its_cue_is_part_of_it(analyzer):
    text = (
        "The newspaper said the mayor moved the meeting to his private home after the council sent him "
        'a letter "to save the harbour plan".'
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[3]) for q in quotes] == [("reported", "The newspaper")]
    assert quotes[0][1].startswith("the mayor moved") and quotes[0][1].endswith('"to save the harbour plan"')


def test_a_statement_inside_one_that_closes_the_sentence_ends_before_it(analyzer):
    text = "An eye specialist told the boxer that he could lose the sight of one eye if he fought again, the newspaper said."
    assert reported(analyzer, text) == [("he could lose the sight of one eye if he fought again", "told", "An eye specialist")]
    text = "The company has announced it will cut 500 jobs at the plant, a spokesman said on Monday."
    assert reported(analyzer, text) == [("it will cut 500 jobs at the plant", "announced", "The company")]
    # a clause that comments on the statement is no part of it either
    text = "India has often accused Pakistan of arming the rebels in the valley, a charge Islamabad has always denied."
    assert reported(analyzer, text) == [("Pakistan of arming the rebels in the valley", "accused", "India")]


def test_called_with_its_object_before_a_quote_names_what_was_said(analyzer):
    text = 'Cuban author dies.\n\nThe newspaper Granma called the novel Puig\'s "greatest gift to the modern novel in our America."'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[3]) for q in quotes] == [("direct", "The newspaper Granma")]
    # a name in quotation marks, or "called" in the passive, says nothing
    quotes, _ = quotes_of(analyzer, 'Sailing again.\n\nHe called his new boat "Sea of Dreams".', "en")
    assert quotes == []
    passive = 'Tax plans.\n\nDole\'s tax cut plans were called "a warmed-over plan that failed before and will fail again."'
    quotes, _ = quotes_of(analyzer, passive, "en")
    assert all(q[3] != "Dole's tax cut plans" for q in quotes)


def test_a_clause_after_said_whose_subject_holds_and_is_content_not_an_inverted_speaker(analyzer):
    text = (
        "Johan Sletten was sad.\n\nSletten, a caretaker who has lived on the island for 30 years, said the Norwegian "
        "and Russian communities visit frequently, competing at soccer in the summer."
    )
    (found,) = reported(analyzer, text)
    assert found[0].startswith("the Norwegian and Russian communities visit") and found[2] == "Sletten"
    # "and" before a verb ends the object: no content ("confirmed the collision but gave no details")
    assert reported(analyzer, "Port officials confirmed the collision but gave no further details.") == []


def test_a_sign_is_no_speaker(analyzer):
    quotes, _ = quotes_of(analyzer, 'Trucks drive the highways.\n\nThe sign reads: "No entry for trucks after ten at night."', "en")
    assert [q[3] for q in quotes] == [None]


def test_a_cue_word_that_is_the_object_of_a_verb_before_it_is_a_noun(analyzer):
    assert reported(analyzer, "1990 - The United States won Saudi and Kuwaiti pledges to help pay for forces in the Gulf.") == []
    assert reported(analyzer, "The company pledges to cut 500 jobs at the plant.") == [("to cut 500 jobs at the plant", "pledges", "The company")]


def test_a_participle_tag_with_an_object_after_a_noun_is_a_past_tense_of_the_content(analyzer):
    text = (
        "Security forces arrested four men, the television said.\n\nThe television, which did not say when the "
        "forces killed the rebels, said the four arrested men confessed details of the killing of Bishop Pierre Claverie."
    )
    found = reported(analyzer, text)
    assert found[-1][0].startswith("the four arrested men confessed") and found[-1][2] == "The television"


def test_a_one_word_listener_after_told_is_no_part_of_the_content(analyzer):
    found = reported(analyzer, "Erdmann told reporters the government supported the efforts of the union.")
    assert found == [("the government supported the efforts of the union", "told", "Erdmann")]
    # "reporters" is a listener whatever the parse makes of a name after it
    found = reported(analyzer, "Erdmann told reporters Bonn supported European Union efforts to persuade Israel.")
    assert found == [("Bonn supported European Union efforts to persuade Israel", "told", "Erdmann")]
    # a listener of two words stays whole out of the content, or in it, but is not cut in two
    (found,) = reported(analyzer, "The minister told state radio her ministry had begun recruiting other people.")
    assert not found[0].startswith("radio")


def test_a_threat_reports_its_to_infinitive(analyzer):
    text = "The hijackers threatened to blow it up during a refuelling stop in Cyprus unless they were taken to London."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [
        ("to blow it up during a refuelling stop in Cyprus unless they were taken to London", "The hijackers")
    ]
    quotes, _ = quotes_of(analyzer, "The storm threatened to flood the town.", "en")
    assert quotes == []  # a storm is no one


def test_the_subject_after_days_after_is_who_threatened(analyzer):
    text = "Lebed arranged a ceasefire last week, days after the Russian army threatened to bomb its way back into Grozny."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["the Russian army"]


def test_they_after_two_groups_in_the_sentence_before_is_unknown(analyzer):
    # the hijackers open the sentence, the police are its source: "they" may be either
    text = (
        "The hijackers, who have said they want asylum in Britain, are believed to be armed with grenades,"
        " according to police.\n\nThey earlier threatened to blow up the aircraft."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes if q[1].startswith("to blow")] == [("to blow up the aircraft", None)]


def test_he_does_not_stand_for_an_army(analyzer):
    text = (
        "The talks went on, days after the Russian army threatened to bomb Grozny.\n\n"
        "He said the ceasefire would hold."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["the Russian army", None]


def test_saying_after_a_noun_without_a_comma(analyzer):
    found = reported(analyzer, "The refugees have claimed asylum in Britain saying they were persecuted in Iraq.")
    assert found == [("they were persecuted in Iraq", "saying", "The refugees")]
    # after "with X": X's words, not the sentence subject's
    text = "It was the forecast that took the spotlight, with some analysts saying 20 percent may be too low."
    assert reported(analyzer, text) == [("20 percent may be too low", "saying", "some analysts")]
    # a text's words are the text's, not its bearers'
    assert reported(analyzer, "Protesters carried banners saying the war must end.") == []


def test_joking_that(analyzer):
    found = reported(analyzer, "Mamatuyev joked that his sister Lisa was a rebel too.")
    assert found == [("his sister Lisa was a rebel too", "joked", "Mamatuyev")]


def test_a_headline_that_leaves_the_subject_out(analyzer):
    text = "Clinton says will sign welfare bill.\n\nWASHINGTON 1996-08-30\n\nThe president spoke on Friday."
    analysis = analyzer.analyze(Article(path="mem.txt", text=text, blocks=[Block(s, e, "paragraph") for s, e in paragraphs(text)], language="en"))
    assert [(q.text, q.speaker.text if q.speaker else None) for q in analysis.quotes] == [("will sign welfare bill", "Clinton")]
    # not in the text: a subject left out there is no statement
    assert reported(analyzer, "Storm hits the coast.\n\nThe minister said has been ill.") == []


def test_a_preposition_closing_the_sentence_before_a_name_does_not_make_it_spoken_of(analyzer):
    # "… to live.\n\nBernardin …, which he said …": "to" belongs to the sentence before
    text = (
        "Cardinal Joseph Bernardin said on Friday he had a year or less to live.\n\n"
        "Bernardin, 68, underwent surgery in June 1995 followed by chemotherapy, which he said made him more aware of his vulnerabilities."
    )
    _, analysis = quotes_of(analyzer, text, "en")
    names = {a.id: a.name for a in analysis.actors}
    assert [names.get(q.speaker.actor) if q.speaker else None for q in analysis.quotes] == ["Joseph Bernardin", "Joseph Bernardin"]


def test_an_object_pronoun_after_the_verb_is_no_inverted_speaker(analyzer):
    # "…, described him as …": not "…, said X" with the statement before the comma
    text = "Police, who were unsuccessful in finding the man overnight, described him as disturbed and dangerous."
    assert [(content, speaker) for content, _, speaker in reported(analyzer, text)] == [
        ("him as disturbed and dangerous", "Police")
    ]


def test_according_to_a_text_made_by_someone(analyzer):
    # "according to figures released on Friday by the central bank": the maker speaks
    found = reported(analyzer, "Prices fell 2 percent, according to figures released on Friday by the central bank.")
    assert found == [("Prices fell 2 percent", "according to", "the central bank")]


def test_men_and_women_speak(analyzer):
    found = reported(analyzer, "The men have claimed asylum in Britain saying they were persecuted in Iraq.")
    assert [(text, speaker) for text, _, speaker in found] == [("they were persecuted in Iraq", "The men")]
    found = reported(analyzer, "The two women said they had waited for hours.")
    assert [speaker for _, _, speaker in found] == ["The two women"]


def test_a_name_right_before_a_joined_verb_is_its_subject(analyzer):
    text = (
        'The men shouted "Allahu Akbar" as a former Islamist deputy, Ahmed Kafawin, told soldiers the crowd '
        "would not cause trouble."
    )
    assert [speaker for _, _, speaker in reported(analyzer, text)] == ["Ahmed Kafawin"]


def test_claimed_with_its_object_reports_nothing(analyzer):
    text = (
        "Ismail Boulahya, the last of the founding members still active, claimed the title of president, causing "
        "a new split within the movement."
    )
    assert reported(analyzer, text) == []
    text = "The war raged for nearly four years, claimed the lives of half a million Americans and seared the nation."
    assert reported(analyzer, text) == []


def test_a_name_and_its_apposition_before_a_verb_with_an_object_is_no_statement(analyzer):
    text = "Craig Stromme, U.S. embassy spokesman in Jakarta, 700 km (430 miles) west of Surabaya, confirmed the attack."
    assert reported(analyzer, text) == []


def test_a_place_before_an_apposition_belongs_to_who_speaks(analyzer):
    text = (
        "The attack caused slight damage to a guard house, a spokesman at the U.S. embassy in Jakarta, 700 km "
        "(430 miles) west of Surabaya, said on Wednesday."
    )
    assert [speaker for _, _, speaker in reported(analyzer, text)] == ["a spokesman at the U.S. embassy in Jakarta"]


def test_according_to_the_terms_of_a_text_is_no_source(analyzer):
    text = "The statement said the sale would go ahead if it were completed according to the terms of the letter of intent."
    assert [speaker for _, _, speaker in reported(analyzer, text)] == [None]


def test_a_name_before_a_role_is_whose_aide_speaks(analyzer):
    text = "Arafat talks\n\nYasser Arafat flew to Gaza. The talks will go on, an Arafat adviser said on Friday."
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
    analysis = analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language="en"))
    (quote,) = [q for q in analysis.quotes if q.kind == "reported"]
    assert quote.speaker.text == "an Arafat adviser" and quote.speaker.actor is None


def test_whom_the_words_are_aimed_at_does_not_speak(analyzer):
    for text in (
        "Banharn Silpa-archa faces a vote. The opposition motion against Banharn accuses him of being incompetent.",
        "The OSCE will meet. The Bosnian Serb cabinet, in a letter to the OSCE, said any delay would be a violation.",
    ):
        blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
        analysis = analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language="en"))
        found = [q for q in analysis.quotes if q.kind == "reported"]
        assert found and all(q.speaker is not None and q.speaker.actor is None for q in found)


def test_according_to_a_channel_before_a_speaker_and_verb_relays_the_speaker(analyzer):
    # the channel relays the minister's words (the gold's relay rule); what the channel itself says stays its own
    found = reported(analyzer, "According to state television, the minister told reporters the border would reopen on Monday.")
    assert found == [("the border would reopen on Monday", "told", "the minister")]
    found = reported(analyzer, "According to police, the two men said nothing.")
    assert [(cue, speaker) for _, cue, speaker in found] == [("According to", "police")]


def test_a_verb_with_an_object_after_it_reports_no_clause_before_its_comma(analyzer):
    # what was announced is the object; the phrase before the comma is when
    text = "Stewart won in 1969. Four years later, after winning his third world crown, he announced his retirement."
    assert reported(analyzer, text) == []
    found = reported(analyzer, "The plan is dead, the minister said in a statement.")
    assert found == [("The plan is dead", "said", "the minister")]


def test_a_relative_clause_about_the_speaker_with_its_that_is_a_statement_of_theirs(analyzer):
    text = '"A win is a win. I will take it," Edberg, who has announced that this will be his last Grand Slam event, said of the victory.'
    assert reported(analyzer, text) == [("this will be his last Grand Slam event", "announced", "Edberg")]


def test_according_to_someone_of_a_body_up_to_its_comma(analyzer):
    """ "According to a spokesperson for the Commission, …", "… people
    familiar with the matter": the source phrase stopped at "for" or
    "familiar"; whose it is belongs to the speaker, and the statement
    starts after the comma."""
    text = "Talks went on. According to a spokesperson for the European Commission, the proposal will be published next week."
    assert reported(analyzer, text) == [
        ("the proposal will be published next week", "According to", "a spokesperson for the European Commission")
    ]
    text = "Talks went on. According to people familiar with the matter, the deal could be signed next week."
    assert reported(analyzer, text) == [("the deal could be signed next week", "According to", "people familiar with the matter")]
    text = "Talks went on. The deal could be signed next week, according to people familiar with the matter."
    assert reported(analyzer, text) == [("The deal could be signed next week", "according to", "people familiar with the matter")]


def test_speaking_on_condition_of_anonymity_is_no_part_of_the_statement(analyzer):
    text = "The talks went on. Officials familiar with the matter said the deal was close, speaking on condition of anonymity."
    assert reported(analyzer, text) == [("the deal was close", "said", "Officials familiar with the matter")]


@pytest.mark.parametrize("body", ["utility", "watchdog", "startup"])
def test_a_body_of_today_s_business_news_speaks(analyzer, body):
    text = f"The news broke on Monday. In a statement, the {body} said profits would fall this year."
    assert reported(analyzer, text) == [("profits would fall this year", "said", f"the {body}")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Smith cautioned that the recovery was fragile.", ("the recovery was fragile", "cautioned", "Smith")),
        ("The minister countered that the figures were wrong.", ("the figures were wrong", "countered", "The minister")),
        ("The bank reaffirmed that rates would stay low.", ("rates would stay low", "reaffirmed", "The bank")),
        ("The company hinted that prices would rise.", ("prices would rise", "hinted", "The company")),
    ],
)
def test_more_verbs_of_saying_report(analyzer, text, found):
    """Reuters uses many verbs besides "said": "cautioned", "countered",
    "reaffirmed", "hinted" report what follows them too."""
    assert reported(analyzer, text) == [found]


def test_lamenting_and_retorting_report(analyzer):
    found = reported(analyzer, "The farmers lamented that prices had collapsed.")
    assert found == [("prices had collapsed", "lamented", "The farmers")]
    found = reported(analyzer, "Peter Jones retorted that the report was wrong.")
    assert found == [("the report was wrong", "retorted", "Peter Jones")]
