"""`reader notes …` as a user scripts it, against a real database under
READER_HOME."""

import json
import subprocess
import sys

from ..conftest import SAMPLES

ARTICLE = SAMPLES / "rotterdam-haven.txt"


def notes(*args):
    return subprocess.run(
        [sys.executable, "-m", "reader", "notes", *map(str, args)], capture_output=True, text=True, encoding="utf-8"
    )


def test_add_list_search_export_import(tmp_path, monkeypatch, reader_home):
    added = notes("add", ARTICLE, "--passage", "Marieke de Wit", "--tag", "haven", "--tag", "energie", "Directeur van het project")
    assert added.returncode == 0, added.stderr
    whole = notes("add", ARTICLE, "Goed voorbeeld van een haven die energie levert")
    assert whole.returncode == 0, whole.stderr

    listed = json.loads(notes("list", ARTICLE, "--format", "json").stdout)
    assert {n["target"] for n in listed} == {"passage", "article"}
    passage = [n for n in listed if n["target"] == "passage"][0]
    assert passage["exact"] == "Marieke de Wit" and passage["tags"] == ["haven", "energie"]
    text = ARTICLE.read_text(encoding="utf-8")
    assert text[passage["start"] : passage["end"]] == "Marieke de Wit"

    found = json.loads(notes("search", "directeur", "--format", "json").stdout)
    assert [n["id"] for n in found] == [passage["id"]]
    assert "Directeur van het project" in notes("search", "energie").stdout

    markdown = notes("export", "--format", "md").stdout
    assert "> Marieke de Wit" in markdown and "#haven" in markdown
    assert notes("export", "--format", "csv", "--article", ARTICLE).stdout.count("\n") == 3

    exported = tmp_path / "notes.json"
    assert notes("export", "--format", "json", "-o", exported).returncode == 0
    monkeypatch.setenv("READER_HOME", str(tmp_path / "second-home"))
    imported = notes("import", exported)
    assert imported.returncode == 0 and "imported 2 notes" in imported.stdout
    assert notes("export", "--format", "json").stdout == exported.read_text(encoding="utf-8")


def test_a_passage_not_in_the_article_is_an_error():
    result = notes("add", ARTICLE, "--passage", "this sentence is not there", "x")
    assert result.returncode == 1
    assert "not in the article" in result.stderr and str(ARTICLE) in result.stderr
    assert "Traceback" not in result.stderr


def test_notes_never_write_next_to_the_article(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert notes("add", article, "een notitie").returncode == 0
    assert [p.name for p in folder.iterdir()] == ["a.txt"]
