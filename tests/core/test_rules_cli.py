"""`reader rules …` and `reader analyze` with the rules, as a user runs
them: real processes, the real bundled models, a real notes database
under READER_HOME (a temporary folder, see conftest)."""

import json
import shutil
import subprocess
import sys

import pytest

from ..conftest import SAMPLES

SECOND = """Veerdienst Stellendam breidt uit

De veerdienst tussen Stellendam en Scheveningen vaart vanaf maart vaker, meldt Rijkswaterstaat. Volgens Volodymyr \
Zelenski, die de haven vorige week bezocht, is de verbinding belangrijk. Zelensky zei dat hij snel terugkomt.

Ook het Havenbedrijf Rotterdam is blij met de uitbreiding.
"""


def reader(*args):
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)], check=False, capture_output=True, text=True, encoding="utf-8"
    )


def analyses(*args) -> dict:
    result = reader("analyze", "--format", "jsonl", *args)
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    return {data["path"].rsplit("/", 1)[-1].rsplit("\\", 1)[-1]: data for data in found}


def added(*args) -> str:
    result = reader("rules", "add", *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


def labels(data: dict, text: str) -> list[tuple[str, str | None]]:
    return [(e["label"], e["rule"]) for e in data["entities"] if e["text"] == text]


@pytest.fixture
def articles(tmp_path):
    first, second = tmp_path / "haven.txt", tmp_path / "veerdienst.txt"
    shutil.copy(SAMPLES / "rotterdam-haven.txt", first)
    second.write_text(SECOND, encoding="utf-8")
    return first, second


def test_a_correction_on_one_article_changes_the_analysis_of_another_and_no_rules_shows_the_model(articles):
    first, second = articles
    before = analyses(first, second)
    model = before["veerdienst.txt"]
    assert {"Stellendam", "Scheveningen"} <= {e["text"] for e in model["entities"]}
    # Corrections made while reading the first article: Stellendam is a
    # place (the model makes it a person), the two spellings of Zelensky are
    # one person; one entity of the second article is no name; and one rule
    # for the first article only.
    place = added("--label", "LOC", "Stellendam")
    added("--label", "PER", "Zelensky")
    added("--label", "PER", "Volodymyr Zelenski")
    merged = added("--same-as", "Volodymyr Zelenski", "Zelensky")
    unwanted = next(e["text"] for e in model["entities"] if e["text"] not in ("Stellendam", "Scheveningen", "Zelensky"))
    gone = added("--not-entity", unwanted)
    only_first = added("--label", "ORG", "Scheveningen", "--article", first)

    after = analyses(first, second)
    corrected = after["veerdienst.txt"]
    assert set(labels(corrected, "Stellendam")) == {("LOC", place)}
    assert labels(corrected, unwanted) == [], f"{gone}: {unwanted!r} is no name"
    zelensky = [a for a in corrected["actors"] if a["name"] == "Volodymyr Zelenski"]
    assert len(zelensky) == 1 and "Zelensky" in zelensky[0]["aliases"] and zelensky[0]["rules"] == [merged]
    assert all(a["name"] != "Zelensky" for a in corrected["actors"])
    assert labels(corrected, "Scheveningen") == labels(model, "Scheveningen"), "a rule for the first article only"
    assert set(labels(after["haven.txt"], "Scheveningen")) == {("ORG", only_first)}
    assert set(labels(after["haven.txt"], "Stellendam")) == {("LOC", place)}
    for entity in corrected["entities"]:
        assert corrected["text"][entity["start"] : entity["end"]] == entity["text"]

    alone = analyses("--no-rules", second)["veerdienst.txt"]
    assert alone["entities"] == model["entities"] and alone["actors"] == model["actors"]
    assert not any(e["rule"] for e in alone["entities"])


def test_rules_survive_export_and_import_into_a_fresh_database(tmp_path, monkeypatch):
    added("--label", "LOC", "Donbass")
    added("--not-entity", "KIJK")
    added("--same-as", "Vladimir Poetin", "Poetin")
    disabled = added("--label", "ORG", "Wagner Groep")
    assert reader("rules", "disable", disabled).returncode == 0
    deleted = added("--label", "MISC", "Oekraïens")
    assert reader("rules", "delete", deleted[:6]).returncode == 0
    listed = json.loads(reader("rules", "list", "--format", "json").stdout)
    assert [r["text"] for r in listed] == ["Donbass", "KIJK", "Poetin", "Wagner Groep"]
    exported = tmp_path / "rules.json"
    assert reader("rules", "export", "-o", exported).returncode == 0

    monkeypatch.setenv("READER_HOME", str(tmp_path / "fresh"))
    assert reader("rules", "list").stdout == ""
    imported = reader("rules", "import", exported)
    assert imported.returncode == 0 and "imported 4 rules" in imported.stdout
    assert json.loads(reader("rules", "list", "--format", "json").stdout) == listed
    assert reader("rules", "export").stdout == exported.read_text(encoding="utf-8")
    text = reader("rules", "list").stdout
    assert "'Poetin' is the same actor as 'Vladimir Poetin'" in text and "(disabled)" in text


@pytest.mark.parametrize(
    "content, reason",
    [
        ("not json at all", "not a rules export (not JSON"),
        ('{"rules": []}', 'not a rules export (no "format"'),
        (
            '{"format": "reader-rules", "version": 1, "rules": [{"id": "r1", "kind": "label", "text": "A", "value": "PLACE"}]}',
            "rule 1: unknown label 'PLACE'",
        ),
        (
            '{"format": "reader-rules", "version": 1, "rules": [{"id": "r1", "kind": "colour", "text": "A"}]}',
            "rule 1: unknown kind of rule 'colour'",
        ),
    ],
)
def test_a_malformed_rules_file_is_refused_with_the_file_and_the_reason(tmp_path, content, reason):
    path = tmp_path / "rules.json"
    path.write_text(content, encoding="utf-8")
    result = reader("rules", "import", path)
    assert result.returncode == 1 and str(path) in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert reader("rules", "list").stdout == "", "nothing of a refused file is imported"


def test_bad_rules_are_refused_with_the_reason():
    unknown = reader("rules", "add", "--label", "PLACE", "Donbass")
    assert unknown.returncode == 1 and "unknown label 'PLACE' (one of PER, ORG, LOC, MISC)" in unknown.stderr
    same = reader("rules", "add", "--same-as", "Poetin", "Poetin")
    assert same.returncode == 1 and "two different names" in same.stderr
    missing = reader("rules", "delete", "r000")
    assert missing.returncode == 1 and "no rule 'r000'" in missing.stderr
    gone = reader("rules", "import", "no-such-file.json")
    assert gone.returncode == 1 and "no-such-file.json: cannot read the rules file" in gone.stderr
    assert all("Traceback" not in r.stderr for r in (unknown, same, missing, gone))
