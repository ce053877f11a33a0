"""Typed settings: a wrong value is a message naming the key with the
default in effect, never a crash; unknown keys survive saving; the default
text size and the zoom are kept apart."""

from __future__ import annotations

import json
import subprocess
import sys

from reader.core.config import paths
from reader.core.config.settings import (
    Settings,
    load_settings,
    save_settings,
    settings_path,
)

from ..conftest import SAMPLES


def write_settings(data) -> None:
    path = paths.ensure(paths.config_dir()) / "settings.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_a_wrong_text_size_is_a_problem_naming_the_key_and_the_default_is_used():
    write_settings({"text_size": "large", "line_length": 80})
    settings, problems = load_settings()
    assert settings.text_size == 13 and settings.line_length == 80
    [problem] = problems
    assert "text_size" in problem and '"large"' in problem and "default, 13" in problem


def test_a_theme_that_does_not_exist_is_a_problem_and_the_system_theme_is_used():
    write_settings({"theme": "purple", "reopen_last": "yes"})
    settings, problems = load_settings()
    assert settings.theme == "system" and settings.reopen_last is True
    theme = next(p for p in problems if "theme" in p)
    assert '"purple"' in theme and 'default, "system"' in theme
    assert any("reopen_last" in p and "default, true" in p for p in problems)


def test_true_is_not_a_text_size_and_sizes_stay_in_range():
    write_settings({"text_size": True, "zoom": 500, "line_length": 10})
    settings, problems = load_settings()
    assert (settings.text_size, settings.zoom, settings.line_length) == (13, 0, 70)
    assert [p.split(": ")[1] for p in problems] == ["text_size", "zoom", "line_length"]


def test_unknown_keys_are_reported_and_kept_when_saving():
    write_settings({"theme": "dark", "sidebar": {"width": 300}})
    settings, problems = load_settings()
    assert any("'sidebar'" in p and "unknown" in p for p in problems)
    settings.zoom = 2
    save_settings(settings)
    saved = json.loads(settings_path().read_text(encoding="utf-8"))
    assert saved["sidebar"] == {"width": 300} and saved["theme"] == "dark" and saved["zoom"] == 2


def test_a_damaged_file_gives_the_defaults_and_is_never_overwritten():
    write_settings("{not json")
    settings, problems = load_settings()
    assert settings == Settings() and len(problems) == 1 and "settings.json" in problems[0]
    settings.zoom = 3
    save_settings(settings)
    assert settings_path().read_text(encoding="utf-8") == "{not json"


def test_text_size_and_zoom_are_saved_apart():
    save_settings(Settings(text_size=15, zoom=2))
    settings, problems = load_settings()
    assert (settings.text_size, settings.zoom, problems) == (15, 2, [])


def test_the_pipeline_choice_reads_model_and_models():
    settings = Settings(model="xx_any", models={"nl": "nl_custom"})
    assert settings.for_pipelines() == {"model": "xx_any", "models": {"nl": "nl_custom"}}


def test_reader_analyze_prints_each_problem_on_stderr_and_goes_on():
    write_settings({"text_size": "large", "models": ["nl_core_news_lg"]})
    result = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "--format", "text", str(SAMPLES / "rotterdam-haven.txt")],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "settings.json" in line]
    assert len(lines) == 2
    assert "text_size" in lines[0] and "models" in lines[1] and all(line.startswith("reader: ") for line in lines)
    assert "Rotterdam" in result.stdout
