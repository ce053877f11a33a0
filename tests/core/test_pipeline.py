
import pytest

from reader.core.nlp import pipeline
from reader.core.nlp.pipeline import (
    PipelineError,
    Pipelines,
    bundled_models,
    choose_pipeline,
    load_pipeline,
)


def test_bundled_models_for_dutch_and_english():
    models = bundled_models()
    assert set(models) >= {"nl", "en"}


def test_order_user_then_installed_then_bundled(monkeypatch):
    assert choose_pipeline("nl").source == "bundled"
    monkeypatch.setattr(pipeline, "_installed_packages", lambda: ["en_core_web_sm", "nl_core_news_md", "nl_core_news_lg"])
    assert choose_pipeline("nl") == pipeline.PipelineSpec("nl_core_news_lg", "installed", "nl")
    assert choose_pipeline("en").name == "en_core_web_sm"
    assert choose_pipeline("nl", requested="/my/model").source == "user"
    assert choose_pipeline("nl", settings={"models": {"nl": "nl_custom"}}).name == "nl_custom"
    assert choose_pipeline("en", settings={"model": "xx_any"}).name == "xx_any"


def test_language_without_model_falls_back_to_english():
    spec = choose_pipeline("de")
    assert spec.source == "bundled" and spec.lang == "en"


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(PipelineError, match="not installed and not a model folder"):
        load_pipeline(pipeline.PipelineSpec("xx_no_such_model", "user", "nl"))


def test_loading_is_shared():
    pipelines = Pipelines()
    spec = pipelines.spec_for("en")
    assert pipelines.get(spec) is pipelines.get(spec)


def test_loading_keeps_the_model_out_of_the_garbage_collector():
    # A collection over the model's many objects stopped the window for
    # 0.2 s; loading freezes them (and collects nothing while it runs).
    import subprocess
    import sys

    script = (
        "import gc\n"
        "from reader.core.nlp.pipeline import choose_pipeline, load_pipeline\n"
        "load_pipeline(choose_pipeline('en'))\n"
        "print(gc.get_freeze_count(), gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    frozen, enabled = done.stdout.split()
    assert int(frozen) > 50_000 and enabled == "True"


def test_loaded_layers_multiply_through_numpy_not_blis():
    # BLIS ran the token-to-vector layers at a third of the speed of
    # numpy's OpenBLAS; every layer the model made while loading must carry
    # ops that hand their products to numpy.
    from thinc.api import NumpyOps, get_current_ops

    pipelines = Pipelines()
    nlp = pipelines.get(pipelines.spec_for("nl"))
    tok2vec = nlp.get_pipe("tok2vec").model
    layers = list(tok2vec.walk())
    assert layers and all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)
    # Only while loading: the rest of the program keeps thinc's default.
    assert getattr(get_current_ops(), "use_blis", True)
