"""`reader analyze` end to end, as a user runs it: a real process, the real
bundled models, real files."""

import json
import subprocess
import sys

import pytest

from ..conftest import SAMPLES

CONTRACT_KEYS = {"path", "title", "language", "pipeline", "text", "blocks", "entities", "actors", "quotes"}


def analyze(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "reader", "analyze", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def seed_result(seed_article_path):
    result = analyze("--format", "json", seed_article_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_contract_keys_and_offsets_slice_the_text(seed_result):
    data = seed_result
    assert CONTRACT_KEYS <= set(data)
    assert data["language"] == "nl"
    assert data["pipeline"]["name"] == "nl_reader_ner" and data["pipeline"]["version"]
    text = data["text"]
    for entity in data["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert entity["label"] in {"PER", "ORG", "LOC", "MISC"}
        # The model's label, or None for a surname the reader added itself.
        assert entity["model_label"] or entity["label"] == "PER"
        assert entity["actor"] in {a["id"] for a in data["actors"]}
    for actor in data["actors"]:
        for start, end in actor["mentions"]:
            assert text[start:end].strip()


def test_finds_people_organisations_and_places(seed_result):
    found = {(e["text"], e["label"]) for e in seed_result["entities"]}
    for expected in [
        ("Sergej Lavrov", "PER"),
        ("Richard Haass", "PER"),
        ("William Burns", "PER"),
        ("Oekraïne", "LOC"),
        ("Moskou", "LOC"),
        ("New York", "LOC"),
    ]:
        assert expected in found, expected
    labels = {label for _, label in found}
    assert {"PER", "ORG", "LOC"} <= labels
    names = {e["text"] for e in seed_result["entities"]}
    assert "NBC" in names or "NBC News" in names


def test_boilerplate_and_metadata_are_not_analysed(seed_result):
    skipped = [b for b in seed_result["blocks"] if b["kind"] in ("boilerplate", "metadata")]
    assert skipped
    for entity in seed_result["entities"]:
        for block in skipped:
            assert not (block["start"] <= entity["start"] < block["end"])


def test_jsonl_prints_one_object_per_article_in_order():
    paths = sorted(SAMPLES.glob("*.txt"))
    result = analyze("--format", "jsonl", *paths)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(paths)
    objects = [json.loads(line) for line in lines]
    assert [o["path"] for o in objects] == [str(p) for p in paths]
    assert {o["language"] for o in objects} == {"nl", "en"}
    for data in objects:
        assert CONTRACT_KEYS <= set(data)
        assert any(e["label"] == "PER" for e in data["entities"])


def test_json_with_several_paths_prints_a_list():
    paths = sorted(SAMPLES.glob("*.txt"))
    result = analyze("--format", "json", *paths)
    assert isinstance(json.loads(result.stdout), list)


def test_text_summary_lists_actors():
    result = analyze("--format", "text", SAMPLES / "harbour-floating-solar.txt")
    assert result.returncode == 0, result.stderr
    assert "People:" in result.stdout and "Marieke de Wit" in result.stdout
    # Every heading, the longest ("Organisations:") included, is followed by
    # a space, and the values line up in one column.
    rows = result.stdout.splitlines()[1:]
    assert any(row.strip().startswith("Organisations:") for row in rows), result.stdout
    columns = set()
    for row in rows:
        heading, _, value = row.partition(":")
        assert value.startswith(" ") and value.strip(), row
        columns.add(len(heading) + 1 + len(value) - len(value.lstrip()))
    assert len(columns) == 1, result.stdout


def test_a_format_whose_library_is_broken_fails_alone(tmp_path):
    # As with an install that lacks a library trafilatura needs: the HTML
    # loader cannot be imported. That file is one line naming it and the
    # reason; the text file after it is still analysed.
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Een artikel.</p></body></html>", encoding="utf-8")
    good = SAMPLES / "harbour-floating-solar.txt"
    code = (
        "import sys; sys.modules['trafilatura'] = None\n"
        "from reader.cli import main; sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "analyze", "--format", "jsonl", str(page), str(good)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and str(page) in errors[0] and "trafilatura" in errors[0], result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["path"] == str(good)


def test_bad_paths_are_reported_and_the_rest_analysed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    missing = tmp_path / "missing.txt"
    good = SAMPLES / "harbour-floating-solar.txt"
    result = analyze("--format", "jsonl", missing, tmp_path, empty, binary, good)
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, result.stderr
    assert "Traceback" not in result.stderr
    for path, reason in [(missing, "no such file"), (tmp_path, "folder"), (empty, "empty"), (binary, "binary")]:
        assert any(str(path) in line and reason in line for line in errors), (path, errors)
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["path"] == str(good)


def test_unknown_model_fails_clearly():
    result = analyze("--model", "xx_no_such_model", SAMPLES / "harbour-floating-solar.txt")
    assert result.returncode == 1
    assert "xx_no_such_model" in result.stderr and "Traceback" not in result.stderr


def test_version():
    result = subprocess.run([sys.executable, "-m", "reader", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("reader ")


def test_nothing_written_next_to_the_articles(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text((SAMPLES / "rotterdam-haven.txt").read_text(encoding="utf-8"), encoding="utf-8")
    analyze(article)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_named_model_folder_is_used_for_every_article():
    from reader.core.nlp.pipeline import bundled_models

    english = bundled_models()["en"]
    result = analyze("--model", english, SAMPLES / "rotterdam-haven.txt")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "nl"
    assert data["pipeline"]["name"] == "en_reader_ner"


def test_model_evaluate_scores_marked_sentences(tmp_path):
    marked = tmp_path / "marked.txt"
    marked.write_text(
        "# two sentences\n[Keir Starmer](PER) visited [Kyiv](LOC) on Monday.\nThe [BBC](ORG) said nothing.\n",
        encoding="utf-8",
    )
    run = [sys.executable, "-m", "reader", "model", "evaluate", "--lang", "en"]
    result = subprocess.run([*run, "--marked", str(marked)], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)[str(marked)]
    assert scores["sentences"] == 2 and scores["entities"] == 3
    assert 0.0 <= scores["all"]["f"] <= 1.0 and "PER" in scores
    nothing = subprocess.run(run, capture_output=True, text=True, encoding="utf-8")
    assert nothing.returncode == 2 and "--marked" in nothing.stderr
