"""What reaches the message bar is in reader.log too, with its cause; the
log lives in the log folder, never beside the user's files, and a log
folder that cannot be written to costs the entries, not the window."""

from __future__ import annotations

import logging

from reader.ui import errors

from .conftest import open_and_wait


def log_text(reader_home) -> str:
    path = reader_home / "logs" / "reader.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def broken_docx(folder):
    folder.mkdir(exist_ok=True)
    path = folder / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    return path


def test_a_failed_open_is_logged_with_file_reason_and_cause(qtbot, window, tmp_path, reader_home):
    path = broken_docx(tmp_path / "articles")
    before = set(path.parent.iterdir())
    assert open_and_wait(qtbot, window, path) == 1
    assert "broken.docx" in window.message.text()
    log = log_text(reader_home)
    # The message as shown, as an error ...
    assert f"ERROR reader.ui\nCould not open: {path}: cannot be read as docx (File is not a zip file)" in log
    # ... and the library's exception with its traceback, from the loader.
    assert f"INFO reader.core.loading\n{path}: cannot be read as docx" in log
    assert "Traceback (most recent call last)" in log and "zipfile.BadZipFile: File is not a zip file" in log
    assert set(path.parent.iterdir()) == before  # nothing written beside the article


def test_messages_are_logged_with_a_level(window, reader_home):
    window.show_message("Could not update the recent articles list: disk full")
    window.show_message("Some settings were not understood and were left at their defaults")
    window.show_message("Remembered for later", logging.INFO)
    try:
        {}["missing"]
    except KeyError:
        window.show_message("Notes could not be saved")
    log = log_text(reader_home)
    assert "ERROR reader.ui\nCould not update the recent articles list: disk full" in log
    assert "WARNING reader.ui\nSome settings were not understood" in log
    assert "INFO reader.ui\nRemembered for later" in log
    # While an exception is handled: an error, with the exception and where it came from.
    assert "ERROR reader.ui\nNotes could not be saved\nTraceback (most recent call last)" in log
    assert "KeyError: 'missing'" in log


def test_an_unwritable_log_folder_costs_the_log_not_the_window(qtbot, window, tmp_path, reader_home):
    reader_home.mkdir(parents=True, exist_ok=True)
    (reader_home / "logs").write_text("a file where the log folder should be")
    path = broken_docx(tmp_path / "articles")
    assert open_and_wait(qtbot, window, path) == 1
    assert "cannot be read as docx" in window.message.text()
    assert errors.write_log("one more entry") is None
    assert (reader_home / "logs").read_text() == "a file where the log folder should be"


def test_the_log_is_cut_when_it_grows_too_large(reader_home, monkeypatch):
    monkeypatch.setattr(errors, "MAX_LOG_BYTES", 100)
    for number in range(5):
        errors.write_log(f"entry {number} " + "x" * 50)
    log = reader_home / "logs" / "reader.log"
    assert log.stat().st_size < 300
    assert (reader_home / "logs" / "reader.log.1").exists()
    assert "entry 4" in log.read_text()


class _LoadedPipelines:
    def spec_for(self, language):
        return language

    def is_loaded(self, spec):
        return True


class _FailingAnalyzer:
    """An analysis that breaks the way a bad model or a bug would."""

    pipelines = _LoadedPipelines()

    def analyze(self, article, progress):
        raise ValueError("the model broke on this text")


def test_a_failed_analysis_is_logged_with_its_traceback(qtbot, tmp_path, reader_home, seed_article_path):
    from reader.ui.window import ReaderWindow

    window = ReaderWindow(analyzer=_FailingAnalyzer())
    qtbot.addWidget(window)
    window.show()
    assert open_and_wait(qtbot, window, seed_article_path) == 1
    assert "Analysis failed: the model broke on this text" in window.message.text()
    log = log_text(reader_home)
    assert "Analysis failed" in log
    assert "Traceback (most recent call last)" in log and "ValueError: the model broke on this text" in log
