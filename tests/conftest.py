"""Test setup: user folders in a temporary place, Qt without a screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "articles" / "000_d18874d5f773594b.txt"
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(autouse=True)
def reader_home(tmp_path, monkeypatch):
    """Point every per-user folder at a temporary one: tests never touch
    real user data."""
    home = tmp_path / "reader-home"
    monkeypatch.setenv("READER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def seed_article_path() -> Path:
    if not SEED_ARTICLE.exists():
        pytest.skip("shared/articles is not beside the checkout")
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def analyzer():
    """One analyzer with the real bundled models for the whole session."""
    from reader.core.analyzer import Analyzer
    from reader.core.nlp.pipeline import Pipelines

    return Analyzer(Pipelines())
