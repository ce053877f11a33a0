"""One actor per person (issue 15): what the model took into a name's
span that is no part of it, so that the mention joins the person named
elsewhere. Made-up sentences through the real bundled Dutch model, as
`reader analyze` runs it."""

import pytest

from reader.core.training.quotes_eval import bundled_analyzer

from .test_actor_identity import analyse, labelled_actors


@pytest.fixture(scope="module")
def analyzer():
    return bundled_analyzer("nl")


def test_a_function_word_opening_the_sentence_is_no_part_of_the_name(analyzer):
    # The model takes "Door Jorritsma" for a person and "Mét Brouwer" for
    # another name: the capital is the sentence's, not a first name's.
    text = "Het personeel werd wel betaald. Door Jorritsma. Dat kostte veel geld, zei Henk Jorritsma."
    assert labelled_actors(analyse(analyzer, text)) == {("Henk Jorritsma", "PER"): ["Jorritsma", "Henk Jorritsma"]}
    text = "Anne Brouwer werkt bij de gemeente. Mét Brouwer kwam er eindelijk rust."
    assert labelled_actors(analyse(analyzer, text)) == {("Anne Brouwer", "PER"): ["Anne Brouwer", "Brouwer"]}


def test_a_party_member_word_is_no_part_of_the_name(analyzer):
    # The model calls "VVD'er Wiebes" an organisation; he is Eric Wiebes.
    text = "De VVD'er Wiebes wil niet praten. Eric Wiebes zegt dat het niet klopt."
    assert labelled_actors(analyse(analyzer, text)) == {("Eric Wiebes", "PER"): ["Wiebes", "Eric Wiebes"]}


def test_a_ministry_after_the_name_is_an_organisation_of_its_own(analyzer):
    text = "Het gesprek was met minister Wiebes van Economische Zaken. Wiebes zei niets."
    actors = labelled_actors(analyse(analyzer, text))
    assert actors[("Wiebes", "PER")] == ["Wiebes", "Wiebes"]
    assert actors[("Economische Zaken", "ORG")] == ["Economische Zaken"]
    # A name with its own "van": the second one starts the ministry.
    text = "Minister Tamara van Ark van Sociale Zaken zei niets. Van Ark was in Den Haag."
    actors = labelled_actors(analyse(analyzer, text))
    assert actors[("Tamara van Ark", "PER")] == ["Tamara van Ark", "Van Ark"]
    assert actors[("Sociale Zaken", "ORG")] == ["Sociale Zaken"]


def test_a_role_after_a_party_s_name_is_a_role():
    from reader.core.attribution.mentions import is_role

    assert is_role("SP-Kamerlid") and is_role("VS-president")
    assert not is_role("Utrechter") and not is_role("SP-campagne")


def test_two_unknown_words_taken_as_two_names_are_one_person():
    from spacy.tokens import Span

    from reader.core.attribution.mentions import model_mentions
    from reader.core.nlp.pipeline import PipelineSpec, bundled_models, load_pipeline

    nlp = load_pipeline(PipelineSpec(str(bundled_models()["nl"]), "bundled", "nl"))
    # What the model made of a real article's name: a first name it does
    # not know (MISC) and the surname (ORG), side by side.
    doc = nlp.make_doc("Toen sprak Jacinda Ardern het parlement toe.")
    doc.ents = [Span(doc, 2, 3, label="MISC"), Span(doc, 3, 4, label="ORG")]
    assert [(m.text, m.label) for m in model_mentions(doc)] == [("Jacinda Ardern", "PER")]
    # A place, or a common word, and a name stay two names.
    doc = nlp.make_doc("Waarom Europa Huawei uitsluit. Het Chinese Huawei zweeg.")
    doc.ents = [Span(doc, 1, 2, label="LOC"), Span(doc, 2, 3, label="ORG"), Span(doc, 6, 7, label="MISC"), Span(doc, 7, 8, label="ORG")]
    assert [m.text for m in model_mentions(doc)] == ["Europa", "Huawei", "Chinese", "Huawei"]


def test_a_dutch_function_word_opening_a_sentence_is_no_first_name(analyzer):
    # "Al" is a first name too, but a Dutch sentence that opens with it means "al".
    text = (
        "Thierry Baudet won de verkiezingen. Het is de vraag of die winst bestendig zal blijken. "
        "Al Baudet zijn plannen zijn vaag."
    )
    actors = labelled_actors(analyse(analyzer, text))
    assert len(actors) == 1 and all(not name.startswith("Al ") for name, _ in actors)


def test_a_subheading_word_run_into_the_next_sentence_is_no_first_name(analyzer):
    # News text that lost its line breaks: "Kringloop" heads a section; the
    # sentence after it is about the Vermeulen named in full before.
    text = (
        "Sanne Vermeulen werkt in een winkel. Het geld staat nog apart. "
        "Kringloop Vermeulen weet heel goed dat ze het moet terugbetalen."
    )
    actors = labelled_actors(analyse(analyzer, text))
    assert len(actors) == 1 and all("Kringloop" not in name for name, _ in actors)
    # Two people who share a surname stay two.
    text = "Sanne Vermeulen werkt in een winkel. Joost Vermeulen, haar broer, helpt haar."
    assert len(labelled_actors(analyse(analyzer, text))) == 2
    # "Van der" opening a sentence are a surname's particles, not a subheading word
    text = 'Directeur Lucy van Helm begint een campagne. "Het kan beter." Van der Helm vraagt zich af hoe het kan.'
    assert any(name == "Van der Helm" for name, _ in labelled_actors(analyse(analyzer, text)))


def test_a_first_name_and_a_particle_take_the_surname_the_model_took_for_a_place(analyzer):
    # the model takes "Erik" for a person and "Hag" (of "ten Hag") for a place
    text = "Na afloop was trainer Erik ten Hag tevreden. Erik ten Hag is de trainer van Ajax."
    assert ("Erik ten Hag", "PER") in labelled_actors(analyse(analyzer, text))


def test_a_first_name_and_particles_take_the_surname_the_model_took_with_a_particle():
    # the English model takes "Ursula" and "der Leyen" (or "von der Leyen") apart
    from reader.core.article import Article
    from reader.core.loading.blocks import segment

    english = bundled_analyzer("en")
    for text in (
        "Ursula von der Leyen began a second term as president of the European Commission.",
        "Frank-Walter Steinmeier met Ursula von der Leyen.",
    ):
        found = segment(text)
        article = Article(path="", text=text, blocks=found.blocks, title=found.title, language="en")
        assert ("Ursula von der Leyen", "PER") in labelled_actors(english.analyze(article))
