"""`reader library …` as a user runs it: real processes, the real bundled
models, real databases under READER_HOME (a temporary folder, see conftest)."""

import json
import subprocess
import sys

from .library_articles import BRUSSEL, DEN_HAAG, KYIV, write


def reader(*args):
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)], check=False, capture_output=True, text=True, encoding="utf-8"
    )


def ok(*args) -> str:
    result = reader(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_library_add_lists_articles_actors_quotes_and_suggestions(tmp_path):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG, brussel=BRUSSEL)
    (folder / "empty.txt").write_bytes(b"")
    added = reader("library", "add", folder)
    assert added.returncode == 1  # one file failed, and says why; the others are in
    assert "empty.txt: file is empty" in added.stderr
    assert "3 analysed, 0 from the cache, 1 failed" in added.stdout

    listed = json.loads(ok("library", "articles", "--format", "json"))
    assert sorted(a["title"] for a in listed["articles"]) == [
        "Rutte pleit in Brussel voor steun",
        "Zelenski ontmoet Rutte",
        "Zelensky wil meer wapens",
    ]
    assert [f["reason"] for f in listed["failed"]] == ["file is empty"]

    actors = {a["name"]: a for a in json.loads(ok("library", "actors", "--format", "json"))}
    assert actors["Mark Rutte"]["articles"] == 2 and actors["Mark Rutte"]["quotes"] >= 2
    assert "Mark Rutte  PER  2 articles" in ok("library", "actors")

    quotes = ok("library", "quotes", "rutte", "--format", "md")
    assert quotes.startswith("# Mark Rutte: quotes in 2 articles")
    assert '"Dit is geen moment om te twijfelen,"' in quotes and "(direct, named)" in quotes
    assert len(json.loads(ok("library", "quotes", "Mark Rutte", "--format", "json"))) == actors["Mark Rutte"]["quotes"]
    assert reader("library", "quotes", "Nobody").returncode == 1

    suggested = json.loads(ok("library", "suggestions", "--format", "json"))
    assert [(s["canonical"], s["alias"]) for s in suggested] == [("Volodymyr Zelensky", "Zelenski")]
    assert "Zelenski" in actors  # not merged by itself
    assert json.loads(ok("rules", "list", "--format", "json")) == []
    assert "'Zelenski' is the same actor as 'Volodymyr Zelensky'" in ok("library", "suggestions", "--accept", "1")
    actors = {a["name"]: a for a in json.loads(ok("library", "actors", "--format", "json"))}
    assert "Zelenski" not in actors and actors["Volodymyr Zelensky"]["articles"] == 2

    # Again: the files the new rule touches are analysed again, the other read from the cache.
    assert "2 analysed, 1 from the cache, 1 failed" in reader("library", "rescan").stdout


def test_library_dismiss_restore_and_remove_from_the_command_line(tmp_path):
    folder = tmp_path / "news"
    paths = write(folder, kyiv=KYIV, den_haag=DEN_HAAG, brussel=BRUSSEL)
    assert reader("library", "add", folder).returncode == 0
    assert "dismissed: 'Zelenski' may be 'Volodymyr Zelensky' (PER)" in ok("library", "suggestions", "--dismiss", "1")
    assert json.loads(ok("library", "suggestions", "--format", "json")) == []  # stays gone
    assert "1. 'Zelenski' may be 'Volodymyr Zelensky' (PER), dismissed" in ok("library", "suggestions", "--dismissed")
    assert json.loads(ok("rules", "list", "--format", "json")) == []  # nothing merged
    assert "offered again: 'Zelenski' may be 'Volodymyr Zelensky'" in ok("library", "suggestions", "--restore", "1")
    assert len(json.loads(ok("library", "suggestions", "--format", "json"))) == 1
    assert reader("library", "suggestions", "--dismiss", "7").returncode == 1

    removed = ok("library", "remove", paths["kyiv"])
    assert "Removed from the library: 1 article (the files stay where they are)" in removed
    titles = sorted(a["title"] for a in json.loads(ok("library", "articles", "--format", "json"))["articles"])
    assert titles == ["Rutte pleit in Brussel voor steun", "Zelenski ontmoet Rutte"]
    assert paths["kyiv"].read_text(encoding="utf-8") == KYIV
    assert "0 analysed, 2 from the cache, 0 failed" in ok("library", "rescan")  # not brought back
    assert "2 articles, 1 folder" in ok("library", "remove", folder)
    assert json.loads(ok("library", "articles", "--format", "json")) == {"articles": [], "failed": []}
    gone = reader("library", "remove", folder)
    assert gone.returncode == 1 and "not in the library" in gone.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["brussel.txt", "den_haag.txt", "kyiv.txt"]


def test_library_add_with_json_progress_as_the_window_runs_it(tmp_path):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, brussel=BRUSSEL)
    command = [sys.executable, "-m", "reader", "library", "add", str(folder), "--progress", "jsonl"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        lines = [json.loads(line) for line in child.stdout]  # stdin kept open: not cancelled
        child.stdin.close()
    assert [(line["done"], line["total"]) for line in lines[:-1]] == [(1, 2), (2, 2)]
    assert len(lines[-1]["analysed"]) == 2 and lines[-1]["failed"] == [] and not lines[-1]["cancelled"]
    # A line 'cancel' on its input (or its input ending: the window is gone) stops it between files.
    write(folder, den_haag=DEN_HAAG)
    stopped = subprocess.run(
        [sys.executable, "-m", "reader", "library", "rescan", "--progress", "jsonl"],
        input="cancel\n", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert json.loads(stopped.stdout.splitlines()[-1])["cancelled"] is True
