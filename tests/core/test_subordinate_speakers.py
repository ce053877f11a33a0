"""Speakers of Dutch clauses that a conjunction opens ("Sinds premier X
bekendmaakte dat …", not "stil sinds de burgemeester …"), a
subject the parser hung on the auxiliary, a finite verb the tagger took
for a noun, and a few more verbs of saying; with the real bundled model,
on sentences of our own."""

from .test_reported_dutch import reported


def test_a_conjunction_ends_the_speaker_phrase(analyzer):
    # not "stil sinds de burgemeester de inwoners": a fragment of two clauses is no one
    found = reported(analyzer, "Het is stil sinds de burgemeester de inwoners zei binnen te blijven.")
    assert all(speaker is None or "stil" not in speaker for _, _, speaker in found)


def test_sinds_opening_a_clause_keeps_its_subject(analyzer):
    text = "Sinds premier Rutte vorige week bekendmaakte dat de rekening omlaag gaat, zijn de kiezers positiever."
    assert reported(analyzer, text) == [("de rekening omlaag gaat", "bekendmaakte", "premier Rutte")]
    text = "Sinds kunstenaar Sven Hoekstra aankondigde een nieuw werk te gaan maken, is hij druk."
    assert reported(analyzer, text) == [("een nieuw werk te gaan maken", "aankondigde", "kunstenaar Sven Hoekstra")]
    # a preposition still inverts the clause: the subject follows the verb
    assert reported(analyzer, "Sinds de publicatie zei Rutte dat het beter gaat.") == [("het beter gaat", "zei", "Rutte")]


def test_the_subject_the_parser_hung_on_the_auxiliary(analyzer):
    found = reported(analyzer, "De boeren zijn er vast van overtuigd dat het misgaat.")
    assert found == [("het misgaat", "overtuigd", "De boeren")]
    found = reported(analyzer, "Jansen is er heilig van overtuigd dat het misgaat.")
    assert found == [("het misgaat", "overtuigd", "Jansen")]


def test_a_source_ends_at_a_finite_verb_the_tagger_missed(analyzer):
    # "bent" is a verb and nothing else: never part of who said it
    found = reported(analyzer, "Volgens uw advocaat bent u onschuldig.")
    assert all(speaker is None or "bent" not in speaker for _, _, speaker in found)


def test_more_verbs_of_saying(analyzer):
    found = reported(analyzer, "De bank becijferde dat de schade twee miljoen euro bedraagt.")
    assert found == [("de schade twee miljoen euro bedraagt", "becijferde", "De bank")]
    assert reported(analyzer, "De bank becijfert de schade op twee miljoen euro.") == []
    found = reported(analyzer, "De partij bepleit een strengere aanpak van fraude.")
    assert found == [("een strengere aanpak van fraude", "bepleit", "De partij")]
    found = reported(analyzer, "De minister zwoer dat het plan van de gemeente mislukt.")
    assert found == [("het plan van de gemeente mislukt", "zwoer", "De minister")]
    for verb in ("betreurt", "hekelt", "kreunt", "onderkent"):
        found = reported(analyzer, f"De bond {verb} dat het kabinet de lonen niet verhoogt.")
        assert found == [("het kabinet de lonen niet verhoogt", verb, "De bond")], verb
    assert reported(analyzer, "De bond betreurt het besluit van het kabinet.") == []


def test_the_speaker_before_a_relative_clause_in_brackets(analyzer):
    text = "De verhuurder (die anoniem wil blijven) geeft aan dat het pand niet beschikbaar is."
    assert reported(analyzer, text) == [("het pand niet beschikbaar is", "geeft", "De verhuurder")]
    text = "Jan de Vries (die anoniem wil blijven omdat hij bang is) zegt dat het pand niet beschikbaar is."
    assert reported(analyzer, text) == [("het pand niet beschikbaar is", "zegt", "Jan de Vries")]


def test_a_name_quoted_inside_the_speaker_keeps_its_marks(analyzer):
    text = "Verhuurder 'Jesper' (wiens echte naam bekend is bij de redactie) geeft aan dat het pand vol is."
    assert reported(analyzer, text) == [("het pand vol is", "geeft", "Verhuurder 'Jesper'")]


def test_the_phrase_before_is_of_a_state_of_mind(analyzer):
    # the parser may split such a sentence in two; the phrase before "is" is who is convinced
    from reader.core.attribution.perfect import before_the_auxiliary
    from reader.core.attribution.quotes import QuoteFinder

    nlp = analyzer.pipelines.get(analyzer.pipelines.spec_for("nl"))
    doc = nlp("63 procent van de ruim 40.000 stemmers is ervan overtuigd dat de titel naar PSV gaat.")
    finder = QuoteFinder(doc, "nl")
    verb = next(t.i for t in doc if t.text == "overtuigd")
    found = before_the_auxiliary(finder, verb, doc[:])
    assert found is not None and doc.text[found[0] : found[1]] == "63 procent van de ruim 40.000 stemmers"


def test_some_of_a_group_named_before(analyzer):
    found = reported(analyzer, "Een aantal van hen zegt dat het te laat is.")
    assert found == [("het te laat is", "zegt", "Een aantal van hen")]
    found = reported(analyzer, "Daarom pleit een aantal van hen al jaren voor een lagere snelheid.")
    assert found == [("een lagere snelheid", "pleit", "een aantal van hen")]
    assert reported(analyzer, "Many of them said the plan would fail.", "en") == [("the plan would fail", "said", "Many of them")]
    # none of them said it
    assert reported(analyzer, "Geen van hen zegt dat het te laat is.") == []
