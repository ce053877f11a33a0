from pathlib import Path

from reader.core.config import paths


def test_reader_home_moves_every_folder(reader_home):
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir()):
        assert Path(folder).is_relative_to(reader_home)
    assert len({paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir()}) == 4


def test_without_reader_home_platformdirs_decides(monkeypatch):
    import platformdirs

    monkeypatch.delenv("READER_HOME")
    assert paths.data_dir() == Path(platformdirs.user_data_dir("Reader", "Reader"))
