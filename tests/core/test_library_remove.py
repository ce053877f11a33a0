"""Dismissing merge suggestions and removing articles and folders from the
library, with real SQLite databases under READER_HOME (a temporary folder,
see conftest) and the real bundled models."""

from __future__ import annotations

import sqlite3

import pytest

from reader.core.library.actors import find_actor, library_actors
from reader.core.library.cache import AnalysisCache
from reader.core.library.cached import CachedAnalyzer
from reader.core.library.folder import import_folder, rescan
from reader.core.library.keys import READER_VERSION, file_hash
from reader.core.library.remove import NotInLibrary, remove
from reader.core.library.store import (
    SCHEMA_VERSION,
    Library,
    LibraryError,
    default_library_path,
)
from reader.core.library.suggest import accept, dismiss, suggestions
from reader.core.notes.store import NoteStore
from reader.core.rules import RuleSet

from .library_articles import BRUSSEL, DEN_HAAG, KYIV, write
from .test_library import Counting, names


@pytest.fixture
def make(analyzer):
    """A cached analyzer on the session's pipelines, counting what it analyses."""
    return lambda: CachedAnalyzer(Counting(analyzer.pipelines, RuleSet()), AnalysisCache())


def offered(library: Library, rules=()) -> list[tuple[str, str]]:
    actors = library_actors(library.actor_rows(), library.quote_rows(), rules)
    return [(s.canonical, s.alias) for s in suggestions(actors, library.dismissed())]


def test_a_dismissed_suggestion_stays_gone_after_reopening_the_library(tmp_path, make):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG)
    with Library() as library:
        import_folder(library, make(), folder)
        actors = library_actors(library.actor_rows(), library.quote_rows())
        found = suggestions(actors)
        assert [(s.canonical, s.alias) for s in found] == [("Volodymyr Zelensky", "Zelenski")]
        dismiss(library, found[0])
        assert offered(library) == []
    with Library() as library:  # as after a restart
        assert offered(library) == []
        assert [(r["canonical"], r["alias"]) for r in library.dismissed()] == [("Volodymyr Zelensky", "Zelenski")]
        # A new article with another spelling as the most mentioned name: still dismissed.
        write(folder, brussel=BRUSSEL)
        rescan(library, make())
        assert offered(library) == []
        # Nothing merged by dismissing, and no rule.
        assert find_actor(library_actors(library.actor_rows(), []), "Zelenski").name == "Zelenski"
        assert library.restore("PER", "Zelenski", "Volodymyr Zelensky")  # either order
        assert offered(library) == [("Volodymyr Zelensky", "Zelenski")]
    with NoteStore() as store:
        assert store.rules.all() == []


def test_accepting_a_suggestion_makes_the_same_as_rule_and_the_actors_are_matched(tmp_path, make):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG)
    with Library() as library:
        import_folder(library, make(), folder)
        found = suggestions(library_actors(library.actor_rows(), library.quote_rows()), library.dismissed())
        with NoteStore() as store:
            rule = accept(store.rules, found[0])
            rules = store.rules.in_force()
        # The rule a merge in the window makes: every article, the alias the same as the name.
        assert (rule.kind, rule.text, rule.value, rule.article_id) == ("same-as", "Zelenski", "Volodymyr Zelensky", None)
        zelensky = find_actor(library_actors(library.actor_rows(), library.quote_rows(), rules), "Zelenski")
        assert zelensky.name == "Volodymyr Zelensky" and names(zelensky.articles) == ["den_haag.txt", "kyiv.txt"]
        assert offered(library, rules) == []


def test_removing_an_article_drops_its_rows_and_cache_entry_and_leaves_the_file(tmp_path, make):
    folder = tmp_path / "news"
    paths = write(folder, kyiv=KYIV, brussel=BRUSSEL)
    digest = file_hash(paths["kyiv"].read_bytes())
    with Library() as library:
        analyzer = make()
        import_folder(library, analyzer, folder)
        assert analyzer.cache.entry(digest, READER_VERSION) is not None
        removed = remove(library, analyzer.cache, paths["kyiv"])
        assert names(removed.articles) == ["kyiv.txt"] and removed.hashes == [digest]
        assert names(a["path"] for a in library.articles()) == ["brussel.txt"]
        assert all(not row["path"].endswith("kyiv.txt") for row in library.actor_rows() + library.quote_rows())
        assert analyzer.cache.entry(digest, READER_VERSION) is None and len(analyzer.cache) == 1
        assert paths["kyiv"].read_text(encoding="utf-8") == KYIV  # the user's file as it was
        # The folder is still in the library: a rescan does not bring it back.
        again = make()
        assert rescan(library, again).analysed == [] and again.analyzer.analysed == []
        assert names(a["path"] for a in library.articles()) == ["brussel.txt"]
        with pytest.raises(NotInLibrary):
            remove(library, analyzer.cache, paths["kyiv"])
        # Adding the folder again on purpose leaves the removed file out still.
        assert names(import_folder(library, again, folder).cached) == ["brussel.txt"]


def test_removing_a_folder_drops_everything_under_it_and_keeps_a_copy_elsewhere_cached(tmp_path, make):
    folder, other = tmp_path / "news", tmp_path / "elsewhere"
    write(folder, kyiv=KYIV, brussel=BRUSSEL)
    (folder / "empty.txt").write_bytes(b"")
    copy = write(other, kyiv=KYIV)["kyiv"]  # the same content in another folder
    with Library() as library:
        analyzer = make()
        import_folder(library, analyzer, folder)
        import_folder(library, analyzer, other)
        removed = remove(library, analyzer.cache, folder)
        assert names(removed.articles) == ["brussel.txt", "kyiv.txt"] and names(removed.failures) == ["empty.txt"]
        assert removed.folders == [str(folder.resolve())] and library.folders() == [str(other.resolve())]
        assert [a["path"] for a in library.articles()] == [str(copy.resolve())] and library.failures() == []
        assert len(analyzer.cache) == 1  # the copy's analysis stays; Brussel's went
        assert analyzer.cache.entry(file_hash(copy.read_bytes()), READER_VERSION) is not None
        assert sorted(p.name for p in folder.iterdir()) == ["brussel.txt", "empty.txt", "kyiv.txt"]
        assert rescan(library, make()).analysed == []  # the folder is not scanned any more


def test_an_older_library_database_migrates_and_keeps_its_articles(tmp_path):
    path = default_library_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:  # a version 2 library, as the reader made it before
        from reader.core.library.store import MIGRATIONS, SCHEMA

        conn.executescript(SCHEMA + ";" + MIGRATIONS[2])
        conn.execute("INSERT INTO articles VALUES ('/a.txt', 'h', 'A', 'nl', 'x', NULL, 'x', '')")
        conn.execute("PRAGMA user_version = 2")
    with Library() as library:
        assert [a["title"] for a in library.articles()] == ["A"]
        library.dismiss("PER", "Volodymyr Zelensky", "Zelenski")
        assert len(library.dismissed()) == 1 and library.left_out() == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError, match="newer than this reader"):
        Library()
    AnalysisCache().close()
