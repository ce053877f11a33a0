"""The actor and quote components as spaCy components in the full sense:
found through the reader's entry points by a program that only imports
spaCy, run by nlp(text) with the same result as the reader's analysis,
and saved with their word lists."""

import json
import subprocess
import sys

import pytest

from reader.core.article import Article, Block

TEXT = "Jan de Vries zei: \u201cHet klopt, we gaan door met het plan.\u201d Minister Karin Vos kraaide dat het project slaagt."


def test_a_plain_spacy_program_finds_the_components_through_entry_points():
    # Nothing of the reader is imported: spaCy must find the factories by
    # the spacy_factories entry points of the installed reader.
    code = (
        "import spacy\n"
        "nlp = spacy.blank('nl'); nlp.add_pipe('reader_actors'); nlp.add_pipe('reader_quotes')\n"
        "doc = nlp('Jan de Vries zei: \"Het klopt, we gaan door met het plan.\"')\n"
        "print(len(doc._.reader_quotes), [s.label_ for s in doc.spans['reader_quotes']])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "['direct']"]


@pytest.fixture(scope="module")
def nlp():
    from reader.core.nlp.pipeline import Pipelines

    pipelines = Pipelines()
    return pipelines.get(pipelines.spec_for("nl"))


def test_nlp_of_a_text_gives_what_the_reader_shows(nlp, analyzer):
    doc = nlp(TEXT)
    article = Article(path="x.txt", text=TEXT, blocks=[Block(0, len(TEXT), "paragraph")], language="nl")
    analysis = analyzer.analyze(article)
    assert doc._.reader_quotes and doc._.reader_actors
    assert [(q.start, q.end, q.kind, q.cue) for q in doc._.reader_quotes] == [
        (q.start, q.end, q.kind, q.cue) for q in analysis.quotes
    ]
    assert [(a.name, a.label, a.mentions) for a in doc._.reader_actors] == [
        (a.name, a.label, a.mentions) for a in analysis.actors
    ]


def test_word_lists_are_saved_with_the_pipeline_and_can_be_changed_there(nlp, tmp_path):
    import spacy

    assert not any(q.cue == "kraaide" for q in nlp(TEXT)._.reader_quotes)
    nlp.to_disk(tmp_path / "model")
    cues_file = tmp_path / "model" / "reader_quotes" / "cues.json"
    roles_file = tmp_path / "model" / "reader_actors" / "roles.json"
    cues = json.loads(cues_file.read_text(encoding="utf-8"))
    assert "zei" in cues["verbs"] and cues["source_before"][0] == "volgens"
    assert "minister" in json.loads(roles_file.read_text(encoding="utf-8"))

    # A user adds a reporting verb and drops a role noun in the saved model.
    cues["verbs"].append("kraaide")
    cues_file.write_text(json.dumps(cues), encoding="utf-8")
    roles_file.write_text(json.dumps(["woordvoerder"]), encoding="utf-8")
    changed = spacy.load(tmp_path / "model")
    doc = changed(TEXT)
    assert any(q.cue == "kraaide" and q.kind == "reported" for q in doc._.reader_quotes)
    vos = next(a for a in doc._.reader_actors if a.name.endswith("Vos"))
    assert vos.role is None  # "Minister" is no longer a role noun
    assert next(a for a in nlp(TEXT)._.reader_actors if a.name.endswith("Vos")).role


@pytest.mark.parametrize("lang", ["nl", "en", None, "de"])
def test_cues_come_back_from_their_json_unchanged(lang):
    from reader.core.attribution.cues import Cues, cues_for

    cues = cues_for(lang)
    assert Cues.from_json(json.loads(json.dumps(cues.to_json()))) == cues
