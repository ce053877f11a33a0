"""The library: cached analyses, actors across articles, merge
suggestions and folder import, with the real bundled models and real
SQLite databases under READER_HOME (a temporary folder, see conftest)."""

from __future__ import annotations

import pytest

from reader.core.analyzer import Analyzer
from reader.core.library.actors import anonymous_quotes, find_actor, library_actors
from reader.core.library.cache import AnalysisCache
from reader.core.library.cached import CachedAnalyzer
from reader.core.library.folder import import_folder, rescan
from reader.core.library.serial import from_json, to_json
from reader.core.library.store import Library
from reader.core.library.suggest import accept, suggestions, transliterated
from reader.core.notes.store import NoteStore
from reader.core.rules import RuleSet

from .library_articles import BRUSSEL, DEN_HAAG, KYIV, write


class Counting(Analyzer):
    """An analyzer that counts the articles it runs the model on."""

    def __init__(self, pipelines, rules=None):
        super().__init__(pipelines, rules=rules)
        self.analysed: list[str] = []

    def analyze_batch(self, articles, progress=None):
        self.analysed += [a.path.rsplit("/", 1)[-1] for a in articles]
        return super().analyze_batch(articles, progress)


@pytest.fixture
def make(analyzer):
    """A cached analyzer on the session's pipelines, with these rules."""

    def made(rules=()) -> CachedAnalyzer:
        return CachedAnalyzer(Counting(analyzer.pipelines, RuleSet(list(rules))), AnalysisCache())

    return made


def names(paths) -> list[str]:
    return sorted(str(p).rsplit("/", 1)[-1] for p in paths)


def test_reopening_an_analysed_article_reads_the_cache_and_not_the_model(tmp_path, make):
    path = write(tmp_path / "news", kyiv=KYIV)["kyiv"]
    first = make().open(path)
    assert not first.cached and first.analysis.actors
    again = make()  # as after a restart: a new analyzer, the same cache on disk
    reopened = again.open(path)
    assert reopened.cached and again.analyzer.analysed == []
    assert reopened.analysis.to_dict() == first.analysis.to_dict()
    assert to_json(from_json(to_json(first.analysis))) == to_json(first.analysis)
    corrected = first.analysis.quotes[0]
    corrected.rule = "r1"  # a quote a correction touched keeps its mark through the cache
    assert from_json(to_json(first.analysis)).quotes[0].rule == "r1"
    # A changed file is another file: analysed again.
    path.write_text(KYIV + "\nZelensky reist woensdag door naar Parijs.\n", encoding="utf-8")
    assert not again.open(path).cached and again.analyzer.analysed == ["kyiv.txt"]


def test_a_changed_rule_analyses_again_only_the_articles_it_touches(tmp_path, make):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG)
    with Library() as library:
        assert names(import_folder(library, make(), folder).analysed) == ["den_haag.txt", "kyiv.txt"]
        with NoteStore() as store:
            store.rules.add("not-entity", "NAVO")
            rules = store.rules.in_force()
        analyzer = make(rules)
        report = rescan(library, analyzer)
        assert analyzer.analyzer.analysed == ["kyiv.txt"]
        assert names(report.cached) == ["den_haag.txt"]
        actors = library_actors(library.actor_rows(), library.quote_rows(), rules)
        assert find_actor(actors, "NAVO") is None and find_actor(actors, "Mark Rutte") is not None


def test_actors_are_matched_across_articles_with_their_quotes(tmp_path, make):
    folder = tmp_path / "news"
    write(folder, den_haag=DEN_HAAG, brussel=BRUSSEL, kyiv=KYIV)
    with Library() as library:
        import_folder(library, make(), folder)
        actors = library_actors(library.actor_rows(), library.quote_rows())
        unnamed = anonymous_quotes(library.quote_rows())
    rutte = find_actor(actors, "Rutte")
    assert rutte.name == "Mark Rutte" and rutte.label == "PER"
    assert names(rutte.articles) == ["brussel.txt", "den_haag.txt"]
    assert rutte.mentions >= 4
    said = {" ".join(q.text.split()) for q in rutte.quotes}
    assert '"Dit is geen moment om te twijfelen,"' in said and '"Nederland staat naast Oekraïne,"' in said
    assert all(q.named for q in rutte.quotes)
    # Named and anonymous sources apart: the spokesperson speaks for the
    # NAVO, but is no named source.
    navo = [q for a in actors for q in a.quotes if a.name == "NAVO"] + unnamed
    assert navo and not any(q.named for q in navo)


def test_transliterations_fold_together_and_other_names_do_not():
    for spellings in (
        ("Zelensky", "Zelenski", "Zelenskyy", "Zelenskij"),
        ("Prigozjin", "Prigozhin"),
        ("Loekasjenko", "Lukashenko"),
        ("Volodymyr Zelensky", "Wolodymyr Zelenskij"),
    ):
        assert len({transliterated(s) for s in spellings}) == 1, spellings
    assert len({transliterated(s) for s in ("Rutte", "Rutten", "Zelensky", "Poetin", "Putin")}) == 4


def test_a_merge_suggestion_for_two_transliterations_is_merged_only_when_accepted(tmp_path, make):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG)
    with Library() as library:
        import_folder(library, make(), folder)
        actors = library_actors(library.actor_rows(), library.quote_rows())
        found = suggestions(actors)
        assert [(s.canonical, s.alias) for s in found] == [("Volodymyr Zelensky", "Zelenski")]
        assert {s: names(where) for s, where in found[0].evidence.items()} == {
            "Zelensky": ["kyiv.txt"],
            "Zelenski": ["den_haag.txt"],
        }
        # Nothing merged: two actors, and no rule.
        assert find_actor(actors, "Zelenski") is not find_actor(actors, "Volodymyr Zelensky")
        with NoteStore() as store:
            assert store.rules.all() == []
            rule = accept(store.rules, found[0])
            rules = store.rules.in_force()
        assert (rule.kind, rule.text, rule.value) == ("same-as", "Zelenski", "Volodymyr Zelensky")
        merged = library_actors(library.actor_rows(), library.quote_rows(), rules)
    zelensky = find_actor(merged, "Zelenski")
    assert zelensky.name == "Volodymyr Zelensky" and names(zelensky.articles) == ["den_haag.txt", "kyiv.txt"]
    assert suggestions(merged) == []


def test_a_folder_import_lists_a_failing_file_and_goes_on_and_a_rescan_picks_up_new_files(tmp_path, make):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / ".hidden.txt").write_text(BRUSSEL, encoding="utf-8")
    seen = []
    with Library() as library:
        report = import_folder(library, make(), folder, progress=lambda done, total, path: seen.append((done, total)))
        assert names(report.analysed) == ["kyiv.txt"]
        reasons = {name: reason for name, reason in ((p.rsplit("/", 1)[-1], r) for p, r in report.failed)}
        assert set(reasons) == {"empty.txt", "broken.pdf"} and reasons["empty.txt"] == "file is empty"
        assert "PDF" in reasons["broken.pdf"]
        assert seen[-1] == (3, 3)
        assert names(f["path"] for f in library.failures()) == ["broken.pdf", "empty.txt"]
        write(folder, brussel=BRUSSEL)  # a file added later
        analyzer = make()
        again = rescan(library, analyzer)
        assert analyzer.analyzer.analysed == ["brussel.txt"] and names(again.cached) == ["kyiv.txt"]
        assert names(a["path"] for a in library.articles()) == ["brussel.txt", "kyiv.txt"]


def test_a_folder_import_can_be_cancelled_inside_a_batch(tmp_path, make):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG, brussel=BRUSSEL)
    asked = []

    def cancel() -> bool:  # asked before each of the 3 files, then while the batch is analysed
        asked.append(1)
        return len(asked) > 3

    with Library() as library:
        report = import_folder(library, make(), folder, cancel=cancel)
        assert report.cancelled and report.analysed == [] and library.articles() == []
        assert len(asked) == 4


def test_a_rescan_passes_over_unchanged_files_without_reading_them_and_analyses_a_changed_one(tmp_path, make):
    folder = tmp_path / "news"
    paths = write(folder, kyiv=KYIV, brussel=BRUSSEL)
    with Library() as library:
        import_folder(library, make(), folder)
        analyzer = make()
        read = []
        looked_up = analyzer.lookup
        analyzer.lookup = lambda path: read.append(path) or looked_up(path)
        assert names(rescan(library, analyzer).cached) == ["brussel.txt", "kyiv.txt"] and read == []
        paths["kyiv"].write_text(KYIV + "\nZelensky reist woensdag door naar Parijs.\n", encoding="utf-8")
        again = rescan(library, analyzer)
        assert names(read) == ["kyiv.txt"] and analyzer.analyzer.analysed == ["kyiv.txt"]
        assert names(again.analysed) == ["kyiv.txt"] and names(again.cached) == ["brussel.txt"]


def test_the_library_database_opens_from_two_threads_at_once_and_refuses_a_newer_one(tmp_path):
    import sqlite3
    import threading

    from reader.core.library.cache import AnalysisCache
    from reader.core.library.store import LibraryError, default_library_path
    from reader.core.notes.store import NoteStore

    problems = []

    def open_it(open_, path) -> None:
        try:
            open_(path).close()
        except Exception as error:  # noqa: BLE001 (any is a failure here)
            problems.append(error)

    def at_once(folder) -> None:
        # Switching a new file to WAL takes a lock SQLite does not wait
        # for: without waiting for it, a few rounds in a hundred failed.
        folder.mkdir()
        kinds = [
            (Library, folder / "library.sqlite"),
            (AnalysisCache, folder / "cache.sqlite"),
            (NoteStore, folder / "notes.db"),
        ]
        threads = [threading.Thread(target=open_it, args=kinds[n % 3]) for n in range(9)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    for round_ in range(20):
        at_once(tmp_path / f"round-{round_}")
    with Library() as library:
        library.folders()
    assert problems == []
    with sqlite3.connect(default_library_path()) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(LibraryError, match="newer than this reader"):
        Library()
