"""Quotes and speakers with the real bundled models, on sentences of our
own and on the seed article; pathological input stays fast and safe."""

import time

import pytest

from reader.core.article import Article, Block
from reader.core.attribution.marks import find_marked
from reader.core.attribution.sentences import sentences
from reader.core.loading.paragraphs import paragraphs


def article(text, lang):
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
    return Article(path="mem.txt", text=text, blocks=blocks, language=lang)


def quotes_of(analyzer, text, lang):
    analysis = analyzer.analyze(article(text, lang))
    names = {a.id: a.name for a in analysis.actors}
    return [
        (q.kind, q.text, q.cue, q.speaker.text if q.speaker else None, names.get(q.speaker.actor) if q.speaker else None)
        for q in analysis.quotes
    ], analysis


def test_marks_of_every_style_and_apostrophes():
    text = "A “b c” d „e f” g «h i» j ‘kl m’ m \"n o\" p 'q r' and Zelensky's 's avonds O’Brien."
    found = [text[m.start : m.end] for m in find_marked(text, paragraphs(text))]
    assert found == ["“b c”", "„e f”", "«h i»", "‘kl m’", '"n o"', "'q r'"]


def test_a_quote_over_several_paragraphs():
    text = "“First part of it.\n\n“Second part,” she said.\n\nNext."
    found = find_marked(text, paragraphs(text))
    assert len(found) == 1 and text[found[0].start : found[0].end].endswith("part,”")


def test_sentences_keep_abbreviations_and_end_at_acronyms():
    text = "Het was dr. Jansen. Toen kwam de VS. Directeur Burns belde."
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Het was dr. Jansen.",
        "Toen kwam de VS.",
        "Directeur Burns belde.",
    ]


def test_a_sentence_ends_after_an_apostrophe_s_but_not_after_an_initial():
    text = "Nederland telt 146.691 elektrische auto's. Die laden bij J. Smit. Daarna kwamen de baby’s. Zo."
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Nederland telt 146.691 elektrische auto's.",
        "Die laden bij J. Smit.",
        "Daarna kwamen de baby’s.",
        "Zo.",
    ]


def test_dutch_direct_quotes_split_and_colon(analyzer):
    text = (
        "Premier Mark Rutte was dinsdag in Brussel. “Dit is een belangrijke stap”, zei Rutte, "
        "“maar we zijn er nog niet.”\n\n"
        "Minister Sigrid Kaag zei: “We gaan door met de gesprekken in Den Haag.”\n\n"
        "“Dat vinden wij onaanvaardbaar”, aldus een woordvoerder van de vakbond FNV."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    direct = [q for q in quotes if q[0] == "direct"]
    assert direct[0][1:] == ("“Dit is een belangrijke stap”", "zei", "Rutte", "Mark Rutte")
    assert direct[1][3:] == ("Rutte", "Mark Rutte")  # second half of the split quote
    assert direct[2][2:] == ("zei", "Minister Sigrid Kaag", "Sigrid Kaag")
    assert direct[3][2] == "aldus" and direct[3][3] == "een woordvoerder van de vakbond FNV"
    assert direct[3][4] == "FNV"  # a nameless speaker links to the organisation it names


def test_dutch_reported_speech(analyzer):
    text = (
        "De Amerikaanse president Joe Biden zegt dat de steun aan Oekraïne doorgaat. "
        "Volgens de Duitse bondskanselier Olaf Scholz is er nog geen akkoord. "
        "Er komt een nieuwe top in Genève, aldus de Zwitserse regering. "
        "De gesprekken worden in het voorjaar hervat. Dat meldt het persbureau Reuters."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    reported = {q[2].lower(): q for q in quotes if q[0] == "reported"}
    assert reported["zegt"][1] == "de steun aan Oekraïne doorgaat"
    assert reported["zegt"][4] == "Joe Biden"
    assert reported["volgens"][4] == "Olaf Scholz"
    assert reported["volgens"][1] == "is er nog geen akkoord"
    assert reported["aldus"][1] == "Er komt een nieuwe top in Genève"
    assert reported["meldt"][1] == "De gesprekken worden in het voorjaar hervat"
    assert reported["meldt"][4] == "Reuters"


def test_english_direct_and_reported(analyzer):
    text = (
        "Prime Minister Keir Starmer visited Kyiv on Monday.\n\n"
        "\"We will stand with Ukraine for as long as it takes,\" Starmer said.\n\n"
        "According to the BBC, the visit was kept secret for security reasons. "
        "Nato chief Mark Rutte said that the alliance would meet in June. "
        "\"It is a good day,\" he said."
    )
    quotes, analysis = quotes_of(analyzer, text, "en")
    assert ("direct", "\"We will stand with Ukraine for as long as it takes,\"", "said", "Starmer", "Keir Starmer") in quotes
    by_cue = {(q[0], q[2]): q for q in quotes}
    assert by_cue[("reported", "According to")][3:] == ("the BBC", "BBC")
    assert by_cue[("reported", "said")][1] == "the alliance would meet in June"
    last = [q for q in quotes if q[1].startswith("\"It is a good day")][0]
    assert last[3] == "he" and last[4] == "Mark Rutte"  # "he": the last person named
    rutte = [a for a in analysis.actors if a.name == "Mark Rutte"][0]
    assert len(rutte.quotes) == 2  # the per-actor ledger
    assert all(analysis.quotes[i].speaker.actor == rutte.id for i in rutte.quotes)


def test_names_titles_and_scare_quotes_are_not_quotes(analyzer):
    text = (
        "Dat schreef de krant ‘De Standaard’ over de ‘klimaatzaak’. "
        "The film \"The Godfather\" was shown in the \"new\" cinema in Rome."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert not [q for q in quotes if q[0] == "direct"]


def test_quoted_heading_is_a_quote(analyzer):
    text = "“VS niet betrokken bij opstand”\n\nDe Amerikaanse regering ontkent elke betrokkenheid."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes[0][:2] == ("direct", "“VS niet betrokken bij opstand”")


def test_offsets_slice_the_text_in_the_seed_article(analyzer, seed_article_path):
    from reader.core.loading import load_article

    analysis = analyzer.analyze(load_article(seed_article_path))
    text = analysis.article.text
    names = {a.id: a.name for a in analysis.actors}
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    speakers = {names.get(q.speaker.actor) for q in analysis.quotes if q.speaker}
    assert {"Sergej Lavrov", "Joe Biden", "Volodymyr Zelensky", "NBC News", "The Washington Post"} <= speakers
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    spokesperson = [q for q in direct if q.speaker and q.speaker.text.startswith("een woordvoerder")]
    assert len(spokesperson) == 2
    assert not any(q.text == "‘praatgroep’" for q in analysis.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "“" + "Een zin zonder einde. " * 2000,
        "Hij zei: “" + "x" * 200_000,
        "“" * 5000 + " ja " + "”" * 5000,
        ("\"a\" " * 3000) + "zei Jan.",
        "Volgens " * 20000,
    ],
    ids=["unbalanced", "huge-paragraph", "thousands-of-marks", "many-ascii-quotes", "repeated-cue"],
)
def test_pathological_input_is_safe_and_bounded(analyzer, text):
    start = time.perf_counter()
    analysis = analyzer.analyze(article(text, "nl"))
    elapsed = time.perf_counter() - start
    for quote in analysis.quotes:
        assert analysis.article.text[quote.start : quote.end] == quote.text
    # Generous bound: catches quadratic blow-ups (minutes), not a speed test.
    assert elapsed < 60


def test_english_apposition_subject_and_no_false_report(analyzer):
    text = (
        "The port's director Marieke de Wit announced on Wednesday a new plan. "
        "Jan Bakker, chairman of the fishing association VisNed, said his members were not asked."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3], q[4]) for q in quotes] == [
        ("his members were not asked", "Jan Bakker, chairman of the fishing association VisNed", "Jan Bakker"),
    ]


def test_dutch_anaphoric_report_with_auxiliary_and_singular_ze(analyzer):
    text = (
        "ROTTERDAM – Het Havenbedrijf begint een proef met zonnepanelen. "
        "Dat heeft directeur Marieke de Wit woensdag bekendgemaakt.\n\n"
        "“We willen laten zien dat het kan”, zei ze."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert quotes[0][:3] == ("reported", "Het Havenbedrijf begint een proef met zonnepanelen", "bekendgemaakt")
    assert quotes[0][3:] == ("directeur Marieke de Wit", "Marieke de Wit")
    assert quotes[1][3:] == ("ze", "Marieke de Wit")


def test_a_dependency_parse_finds_the_subject_when_there_is_one():
    """With a parser in the pipeline (official pipelines have one), the
    subject of the reporting verb comes from the parse: here a long
    subject the heuristics would cut at 'in'."""
    import spacy
    from spacy.tokens import Doc

    from reader.core.attribution.quotes import find_quotes

    nlp = spacy.blank("en")
    words = ["The", "minister", "in", "charge", "of", "ports", "said", "that", "the", "trial", "works", "."]
    heads = [1, 6, 1, 2, 3, 4, 6, 10, 9, 10, 6, 6]
    deps = ["det", "nsubj", "prep", "pobj", "prep", "pobj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    quotes = find_quotes(doc, "en")
    assert len(quotes) == 1
    start, end = quotes[0].speaker
    assert doc.text[start:end] == "The minister in charge of ports"
    assert doc.text[quotes[0].start : quotes[0].end] == "the trial works"


def test_english_wire_story(analyzer):
    text = (
        "UN chief warns of famine in Sudan\n\n"
        "GENEVA (Reuters) - United Nations Secretary-General Antonio Guterres on Tuesday warned that "
        "millions of people in Sudan face famine.\n\n"
        "The United States and the European Union have pledged new funding, U.S. officials said.\n\n"
        "Sudan's army chief, General Abdel Fattah al-Burhan, said in a statement that the army would "
        "open two crossings. Burhan's office did not say when."
    )
    quotes, analysis = quotes_of(analyzer, text, "en")
    found = {q[2]: q for q in quotes}
    assert "warns" not in found  # "warns of famine" is a headline, not speech
    assert found["warned"][1] == "millions of people in Sudan face famine"
    assert found["warned"][4] == "Antonio Guterres"  # past "on Tuesday"
    said = [q for q in quotes if q[2] == "said"]
    assert said[0][1] == "The United States and the European Union have pledged new funding"
    assert said[0][3] == "U.S. officials"
    assert said[1][4] == "Abdel Fattah al-Burhan"  # the apposition names the speaker
    burhan = [a for a in analysis.actors if a.name == "Abdel Fattah al-Burhan"][0]
    assert "Burhan's" in burhan.aliases or "Burhan" in burhan.aliases
    assert not any(q[2] == "States" for q in quotes)


def test_hard_wrapped_quotes_and_a_continued_quote_paragraph(analyzer):
    text = (
        "Burgemeester Femke Halsema zei dinsdag: “We gaan de\n"
        "grachten beter beschermen tegen de drukte van het toerisme.”\n\n"
        "“En we beginnen nog deze zomer met de eerste maatregelen in de binnenstad.”\n\n"
        "Het college vergadert volgende week."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    direct = [q for q in quotes if q[0] == "direct"]
    assert direct[0][1].startswith("“We gaan de\ngrachten") and direct[0][1].endswith("toerisme.”")
    assert direct[0][4] == "Femke Halsema"
    assert direct[1][4] == "Femke Halsema"  # the next paragraph is only a quote: same speaker


def test_a_place_in_a_description_is_not_the_speaker_but_a_place_alone_is(analyzer):
    text = "Many residents of Rotterdam said that the plan came too late. Moscow said on Monday that the talks would go on."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert {q[3]: q[4] for q in quotes} == {"Many residents of Rotterdam": None, "Moscow": "Moscow"}
    quotes, _ = quotes_of(analyzer, "Bewoners van Rotterdam zeggen dat het plan te laat komt.", "nl")
    assert [(q[3], q[4]) for q in quotes] == [("Bewoners van Rotterdam", None)]


def test_quoted_as_saying_gives_the_one_quoted(analyzer):
    text = 'Talks resumed. "The plan is now on the table," Interfax quoted Maria Gromova as saying.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[2], q[3]) for q in quotes] == [("quoted", "Maria Gromova")]
    text = 'Kovac will retire. "I have planned things this way for years," the 32-year-old captain was quoted as saying.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[2], q[3]) for q in quotes] == [("quoted", "the 32-year-old captain")]


def test_a_long_speaker_phrase_after_the_quote(analyzer):
    text = '"We will not comment on that case at all," State Department spokesman Glyn Hart said.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[3], q[4]) for q in quotes] == [("State Department spokesman Glyn Hart", "Glyn Hart")]


def test_english_content_after_a_time_phrase(analyzer):
    text = "Telecoms group Norvik said on Friday it won an order worth 1.2 billion crowns."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("it won an order worth 1.2 billion crowns", "Telecoms group Norvik")]


def test_english_reports_quoted_as_saying_and_told_reuters(analyzer):
    text = "The president visited his wife in hospital on Friday, Interfax quoted spokesman Sergei Volkov as saying."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[0], q[1], q[3]) for q in quotes] == [
        ("reported", "The president visited his wife in hospital on Friday", "spokesman Sergei Volkov")
    ]
    text = "The Sunday Telegraph quoted Marjorie Hale as saying she made a chart for the prime minister."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("she made a chart for the prime minister", "Marjorie Hale")]
    text = "The list was being studied for links to earlier cases, a prosecutors' spokesman told Reuters."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [(q[1], q[3]) for q in quotes] == [("The list was being studied for links to earlier cases", "a prosecutors' spokesman")]


def test_english_content_after_in_a_statement(analyzer):
    quotes, _ = quotes_of(analyzer, "Norvik said in a statement the order came from the state telecoms agency.", "en")
    assert [(q[1], q[3]) for q in quotes] == [("the order came from the state telecoms agency", "Norvik")]


def test_a_short_quoted_sentence_of_its_own_is_a_statement_a_short_title_is_not(analyzer):
    # Fewer words than a cue-less quotation needs, but a whole sentence
    # between two others: the person introduced before says it.
    text = "Trainer Erik Meijer was na afloop tevreden. ,,We hebben goed gespeeld.'' Hij keek al vooruit."
    found, _ = quotes_of(analyzer, text, "nl")
    assert [(kind, quoted, speaker) for kind, quoted, _, speaker, _ in found] == [
        ("direct", ",,We hebben goed gespeeld.''", "Erik Meijer")
    ]
    # A short title inside a sentence, or without its own full stop, stays out.
    for text in ("Ze keek gisteren naar 'Wie is de Mol?' op televisie.", "De roman 'Het Achterhuis' verscheen in 1947."):
        found, _ = quotes_of(analyzer, text, "nl")
        assert found == [], text


def test_a_quote_after_sentences_of_the_writer_does_not_take_the_earlier_cues_speaker(analyzer):
    # The cue's speaker is named between the two quotes, but so are other
    # sentences, about someone else, whom the sentence right before the
    # quote speaks of as "ze": she speaks next, not the cue's speaker.
    text = (
        '"Het is goed geïsoleerd hier," verklaart een bewoner van de straat. Een winkelmedewerker aan de '
        'overkant hoorde wel iets. Rond vier uur schrok ze van een knal. "Dat was echt niet normaal hard."'
    )
    found, _ = quotes_of(analyzer, text, "nl")
    assert [speaker for _, _, _, speaker, _ in found] == ["een bewoner van de straat", "Een winkelmedewerker"]
    # Right after the cue's own sentence the quote goes on.
    text = ",,We zijn blij'', zei Jansen maandag tegen de omroep. ,,We gaan gewoon door.''"
    found, _ = quotes_of(analyzer, text, "nl")
    assert [speaker for _, _, _, speaker, _ in found] == ["Jansen", "Jansen"]


def test_a_quote_after_a_pronouns_sentence_is_the_person_named_before_it(analyzer):
    text = "Ahmed Haddad vluchtte in 2015 uit Syrië. Hij woont nu in Utrecht. ,,Ik voel me hier echt thuis.''"
    found, _ = quotes_of(analyzer, text, "nl")
    assert [speaker for _, _, _, speaker, _ in found] == ["Ahmed Haddad"]
    # "Ze wonen": more than one, so no one in particular.
    text = "Ahmed en Sara Haddad vluchtten in 2015 uit Syrië. Ze wonen nu in Utrecht. ,,We voelen ons hier thuis.''"
    found, _ = quotes_of(analyzer, text, "nl")
    assert [speaker for _, _, _, speaker, _ in found] == [None]


def test_a_features_main_person_speaks_its_cue_less_quotes(analyzer):
    text = (
        "Ergens weet Sanne Vermeulen (41) heel goed dat het geld ooit terug moet. Maar nadat haar winkel "
        "sloot, kent Vermeulen niets dan geldzorgen. ,,Mijn vaste lasten zijn altijd hoger geweest dan mijn "
        "inkomen.'' Vorige week belde de bank. ,,De vraag was of ik het geld wilde terugstorten.'' "
        "Vermeulen twijfelde. Daarna dacht ze lang na. ,,Ik heb het toch gedaan, al was het moeilijk.'' "
        "Een buurman, Kees Dekker, hielp haar met de papieren. Toen dacht ze weer na. ,,Het was zwaar.''"
    )
    found, _ = quotes_of(analyzer, text, "nl")
    speakers = {quoted[:12]: name for _, quoted, _, _, name in found}
    # After a sentence that speaks of "ze" with her the last one named: hers.
    assert speakers[",,Ik heb het"] == "Sanne Vermeulen"
    # After a sentence that names no one and no "ze", right after her own
    # quote (which the sentence before it gave her): it goes on with her
    # (the carry runs again once the context rules have given speakers);
    # after "ze" with someone else named last: unknown.
    assert speakers[",,Mijn vaste"] == "Sanne Vermeulen"
    assert speakers[",,De vraag w"] == "Sanne Vermeulen"
    assert speakers[",,Het was zw"] is None
    # Two people named as often: no main person, so no guess.
    text = (
        "Kees Dekker en Sanne Vermeulen runden samen een winkel. Dekker vertrok, Vermeulen bleef. "
        "Dekker kreeg een baan, Vermeulen niet. Vermeulen en Dekker zien elkaar nog. Daarna ging hij nadenken. "
        ",,Ik heb het toch gedaan, al was het moeilijk.''"
    )
    found, _ = quotes_of(analyzer, text, "nl")
    assert [name for *_, name in found] == [None]


@pytest.mark.parametrize(
    "text, lang, cue, speaker",
    [
        (",,We hebben de hele wedstrijd goed gespeeld'', lacht Anton Verhoef.", "nl", "lacht", "Anton Verhoef"),
        ('"Dat was een mooie en vooral spannende wedstrijd", grijnst trainer Piet de Boer.', "nl", "grijnst", "trainer Piet de Boer"),
        ('"We will win this one in the end," quipped coach John Smith.', "en", "quipped", "coach John Smith"),
        # Not a verb and its speaker alone: no cue, so no speaker.
        ('"Dat was een mooie en vooral spannende wedstrijd", niet Anton Verhoef.', "nl", None, None),
        ('"Dat was een mooie en vooral spannende wedstrijd", klinkt het in de kleedkamer.', "nl", None, None),
        # A text and its author: the author speaks ("staat in het rapport van X", as the gold marks it).
        ('"Dat staat echt nergens in de nieuwe wet", staat in het rapport van de commissie.', "nl", "staat", "de commissie"),
    ],
)
def test_any_verb_with_only_its_speaker_after_a_quote_is_a_cue(analyzer, text, lang, cue, speaker):
    quotes = analyzer.analyze(article(text, lang)).quotes
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, speaker)]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # Two words quoted after a verb of naming and its object: what they called it.
        ("Gisteren noemde burgemeester Piet de Vos het plan 'totaal onacceptabel'.", "nl", "burgemeester Piet de Vos"),
        # The quote's own clause after a comma, its subject after the verb.
        (
            "Na de nederlaag in eigen huis, adviseerde Karel Jansen de spelers 'niets voor vanzelfsprekend aan te nemen'.",
            "nl",
            "Karel Jansen",
        ),
    ],
)
def test_a_quote_ending_its_sentence_after_a_cue_in_its_clause(analyzer, text, lang, speaker):
    quotes = analyzer.analyze(article(text, lang)).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # A preposition between the verb and two quoted words: a name, not what was said.
        "Het gaat ook om wat Philippe ultra's noemt uit de gelederen van de 'gele hesjes'.",
        # Two quoted words after another verb: a scare quote.
        "Het plan van de gemeente blijkt volgens de raad 'totaal onhaalbaar'.",
    ],
)
def test_two_quoted_words_otherwise_are_no_quote(analyzer, text):
    assert [q.kind for q in analyzer.analyze(article(text, "nl")).quotes if q.kind == "direct"] == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Politiek tekenaar Ruben Oppenkamp is resoluut: ,,Dit gaat een grens over.''", "Politiek tekenaar Ruben Oppenkamp"),
        ("De minister was gisteren duidelijk: ,,Dit plan gaat niet door.''", "De minister"),
        # No one opens the clause: no speaker.
        ("Zijn conclusie is helder: ,,Dit plan gaat niet door.''", None),
    ],
)
def test_the_person_opening_a_short_clause_before_a_colon_speaks(analyzer, text, speaker):
    quotes = analyzer.analyze(article(text, "nl")).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


def test_a_main_person_named_a_quarter_more_often_than_the_expert_speaks_cue_less_quotes(analyzer):
    # Vermeulen five times, the expert four: Vermeulen is the feature's main person
    text = (
        "Sanne Vermeulen werkt als oproepkracht. ,,Het is zwaar werk'', zegt onderzoeker Kees Dekker. "
        "Volgens Dekker is de groep ontevreden. Dekker wil meer onderzoek. ,,Het moet beter.'' "
        "Dekker is stellig. Vermeulen werkt al jaren op Schiphol. Vermeulen houdt er weinig aan over. "
        "Ondanks alles geniet Vermeulen van haar werk. ,,Ik vind het echt heel leuk.'' Vermeulen lacht."
    )
    found, _ = quotes_of(analyzer, text, "nl")
    speakers = {quoted[:12]: name for _, quoted, _, _, name in found}
    assert speakers[",,Ik vind he"] == "Sanne Vermeulen"


@pytest.mark.parametrize(
    "text",
    [
        "In 2010 al startte Sire de campagne 'Aardige mensen. Hoe gaan we er mee om?' Het bleek een succes.",
        "De slogan 'We geven ze op hun Donders' viel niet overal in de smaak.",
        "De Rijksdienst schrijft in de brochure 'Hengelo binnenstad, Een wederopbouwgebied van nationaal belang' dat de stad uniek is.",
    ],
)
def test_the_title_of_a_work_or_slogan_after_its_noun_is_no_quote(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q for q in quotes if q[0] == "direct"] == []


@pytest.mark.parametrize(
    "text, statement",
    [
        # the quoted words are a part of the writer's sentence: a title, a name or a scare quote
        ("Een reisbureau gaat nu 'Tien historische plekken die u misschien nog niet kent' aan het aanbod toevoegen.", False),
        ("Hun zogenaamde 'opstand tegen de gevestigde elite van het land' is in werkelijkheid een avondje uit.", False),
        # joined by a conjunction to more of what someone said: still a quotation
        ("Een medewerker hoort ook 'Zoek een echte baan, man' of 'Waarom doe je dit jezelf aan?'.", True),
    ],
)
def test_quoted_words_inside_a_sentence_of_the_writer_are_no_statement(analyzer, text, statement):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert bool([q for q in quotes if q[0] == "direct"]) == statement


def test_a_shortened_surname_ends_a_sentence_before_a_quotation_or_a_pronoun():
    text = 'Het past bij T. "Als hij doorgesnoven was." Dat zegt J. Smit. Verdachte Gökmen T. Hij zweeg. De heer J. de Vries kwam.'
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Het past bij T.", '"Als hij doorgesnoven was."', "Dat zegt J. Smit.", "Verdachte Gökmen T.", "Hij zweeg.",
        "De heer J. de Vries kwam.",
    ]  # fmt: skip


def test_what_someone_should_have_said_is_no_english_quote(analyzer):
    text = 'The minister spoke for an hour. He should have said: "I am sorry for everything that happened." Instead he left.'
    quotes, _ = quotes_of(analyzer, text, "en")
    assert quotes == []
    quotes, _ = quotes_of(analyzer, text.replace("should have said", "said"), "en")
    assert [q[0] for q in quotes] == ["direct"]
