"""A pronoun that speaks means the person a sentence just before opens with
by a noun ("Een buurman zag het gebeuren. ,,…'', zegt hij."), not someone
named earlier; with the real bundled model, on sentences of our own."""

from reader.core.article import Article, Block
from reader.core.loading.paragraphs import paragraphs


def speakers(analyzer, text, lang="nl"):
    blocks = [Block(s, e, "paragraph") for s, e in paragraphs(text)]
    analysis = analyzer.analyze(Article(path="mem.txt", text=text, blocks=blocks, language=lang))
    names = {actor.id: actor.name for actor in analysis.actors}
    return [
        (q.speaker.text, names.get(q.speaker.actor)) if q.speaker else None
        for q in analysis.quotes
    ]


def test_a_neighbour_described_speaks_not_the_mayor_named_before(analyzer):
    text = (
        "Brand in Utrecht\n\nBurgemeester Sharon Dijksma bezocht gisteren de straat. Een buurman zag het "
        "gebeuren. ,,Ik schrok me kapot'', zegt hij."
    )
    assert speakers(analyzer, text) == [("Een buurman", None)]
    text = text.replace("Een buurman", "Een buurvrouw").replace("zegt hij", "zegt ze")
    assert speakers(analyzer, text) == [("Een buurvrouw", None)]


def test_the_head_of_a_branch_whom_he_means(analyzer):
    text = (
        "Uitslag\n\nHet hoofd van de AKP-afdeling van Istanbul zwaaide met stembiljetten. Hij noemde de "
        "verkiezingen 'de grootste schandvlek van de Turkse geschiedenis'."
    )
    (found,) = speakers(analyzer, text)
    assert found[0].startswith("Het hoofd") and "zwaaide" not in found[0]


def test_a_spokesman_of_someone_is_not_that_someone(analyzer):
    text = (
        "Brand\n\nEen woordvoerder van wethouder Laurens Ivens kan het niet geloven. ,,Het was "
        "verschrikkelijk'', zegt hij."
    )
    assert all(found is None or found[1] != "Laurens Ivens" for found in speakers(analyzer, text))


def test_a_body_is_no_one_he_means(analyzer):
    text = (
        "Rabobank profit\n\nRabobank's net profit growth might slow in the second half, executive board chairman "
        "Herman Wijffels said on Monday. The unlisted bank earlier announced a rise in interim net profit. He "
        "said growth would depend on customer demand for loans."
    )
    assert all(found is None or "bank" not in found[0] for found in speakers(analyzer, text, "en"))


def test_the_member_of_government_is_the_minister_or_state_secretary(analyzer):
    text = (
        "Spoor\n\n,,NS moet eerst laten zien dat het alles heeft gedaan'', concludeert staatssecretaris Stientje "
        "van Veldhoven. Daarna sluit de bewindsvrouw extra investeringen niet uit. ,,Maar ik moet bij elke euro "
        "goed kijken.''"
    )
    assert [found[1] for found in speakers(analyzer, text)] == ["Stientje van Veldhoven", "Stientje van Veldhoven"]


def test_a_clause_of_where_after_the_subject_is_not_who_speaks(analyzer):
    text = (
        "Jacht\n\nHeesen gaat niet in op vragen over deze betaling en de Rabobank, waar de betalingen voor Heesen "
        "binnenkwamen, zegt niet te kunnen reageren op vragen over individuele klanten."
    )
    found = [s for s in speakers(analyzer, text) if s is not None]
    assert found and all(name == "Rabobank" and "waar" not in phrase for phrase, name in found)


def test_the_main_person_does_not_take_a_quote_after_someone_else_spoke(analyzer):
    text = (
        "Zorg\n\nRob Hoogma richtte Zorgnet op. Hoogma wilde snel groeien. Volgens Hoogma ging het goed. "
        "Een oud-behandelaar van Zorgnet zegt dat het misging doordat niet op de kosten werd gelet. ,,Het "
        "personeel werd wel betaald. Dat moet veel geld hebben gekost.\" Hoogma ontkent dit. Eigenlijk is "
        "Zorgnet nooit levensvatbaar geweest, zegt een oud-consultant van de instelling. Dat leidt hij af uit "
        "een gesprek met een financieel medewerker van Zorgnet. ,,Hij schrok van ons target. Dat bleek totaal "
        "niet kostendekkend te zijn.\""
    )
    last = speakers(analyzer, text)[-1]
    assert last is None or last[1] != "Rob Hoogma"
