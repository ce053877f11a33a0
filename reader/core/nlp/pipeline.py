"""Choose and load the spaCy pipeline for an article's language.

Order: a pipeline the user named (``--model`` or the ``model``/``models``
setting), an installed official spaCy pipeline for the language (largest
first), the bundled model. spaCy is imported only when a pipeline is
loaded, so that starting the reader stays quick.

The bundled models carry a tagger, morphologizer and dependency parser
beside their NER (`PARSE_COMPONENTS`, with a token-to-vector layer of
their own). They are loaded with the model; whether the analysis runs
them is `BUNDLED_PARSE`; the analysis runs them only on the sentences
with a cue word (`sentence_parse`). An official pipeline's tagger and
parser always run on the whole text, as they always have.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from ..config.collector import settled
from ..config.resources import models_dir

#: The reader's components that work on a whole article, added to every
#: pipeline; the analyzer runs them on the article-level Doc.
ARTICLE_COMPONENTS = ("reader_actors", "reader_quotes")

#: The bundled models' tagger, morphologizer and parser and the
#: token-to-vector layer they share (added by `reader.core.training.parser`).
PARSE_COMPONENTS = ("parse_tok2vec", "tagger", "morphologizer", "parser")
#: Whether the reader's analysis runs them. On: quote attribution takes a
#: speech verb's nominal subject from the parse (checked like any other
#: speaker phrase) and the tagger tells "volgens haar vooral" from "volgens
#: haar advocaat"; on the development gold this finds more quotes with the
#: speaker right (README, "Who said what"). Run only where a cue word is
#: (`sentence_parse`), it costs about a seventh of the analysis time; it
#: changes no entity. `load_pipeline(spec, parse=False)`
#: leaves them out.
BUNDLED_PARSE = True

#: Official pipelines by preference: accuracy first, transformer last
#: (it needs spacy-transformers and is slow on a laptop CPU).
_SIZE_ORDER = ("lg", "md", "sm", "trf")
FALLBACK_LANGUAGE = "en"


class PipelineError(Exception):
    """A pipeline cannot be found or loaded; the message is for the user."""


@dataclass(frozen=True)
class PipelineSpec:
    """Which pipeline to load: a package name or a folder, and why."""

    name: str
    source: str  # "user", "installed" or "bundled"
    lang: str | None


def bundled_models() -> dict[str, Path]:
    """Language code to folder of each bundled model."""
    found = {}
    root = models_dir()
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            meta = folder / "meta.json"
            if meta.is_file():
                try:
                    found[json.loads(meta.read_text(encoding="utf-8"))["lang"]] = folder
                except (ValueError, KeyError, OSError):
                    continue
    return found


def _installed_packages() -> list[str]:
    # Imported here: importlib.metadata (and the email package it loads)
    # cost the window's cold start 30-70 ms before its first paint.
    from importlib import metadata

    names = set()
    for dist in metadata.distributions():
        name = (dist.metadata.get("Name") or "").replace("-", "_").lower()
        if "_core_" in name and len(name) > 3 and name[2] == "_":
            names.add(name)
    return sorted(names)


def installed_pipelines(lang: str) -> list[str]:
    """Installed official pipelines for `lang` with an entity recogniser."""
    candidates = [n for n in _installed_packages() if n.startswith(f"{lang}_core_")]

    def rank(name: str) -> int:
        size = name.rsplit("_", 1)[-1]
        return _SIZE_ORDER.index(size) if size in _SIZE_ORDER else len(_SIZE_ORDER)

    return sorted(candidates, key=rank)


def choose_pipeline(lang: str | None, requested: str | None = None, settings: dict | None = None) -> PipelineSpec:
    """Pick the pipeline for an article in `lang` (see module docstring)."""
    settings = settings or {}
    per_language = settings.get("models") or {}
    named = requested or (per_language.get(lang) if lang else None) or settings.get("model")
    if named:
        return PipelineSpec(str(named), "user", lang)
    if lang:
        installed = installed_pipelines(lang)
        if installed:
            return PipelineSpec(installed[0], "installed", lang)
    bundled = bundled_models()
    if lang in bundled:
        return PipelineSpec(str(bundled[lang]), "bundled", lang)
    if FALLBACK_LANGUAGE in bundled:
        return PipelineSpec(str(bundled[FALLBACK_LANGUAGE]), "bundled", FALLBACK_LANGUAGE)
    raise PipelineError(f"no pipeline for language {lang!r} and no bundled model found in {models_dir()}")


def sentence_parse(nlp) -> list[str]:
    """The bundled parse components `nlp` runs, for the analysis to run
    apart on the sentences attribution reads (`attribution.parsing`);
    none for an official pipeline, whose tagger and parser share the
    entity recogniser's token-to-vector layer."""
    if PARSE_COMPONENTS[0] not in nlp.pipe_names:
        return []
    return [name for name in PARSE_COMPONENTS if name in nlp.pipe_names]


def load_pipeline(spec: PipelineSpec, parse: bool | None = None):
    """Load a pipeline with the reader's tokenizer adjustments; a bundled
    model's parse components run when `parse` (default `BUNDLED_PARSE`)."""
    import spacy
    from thinc.api import use_ops

    # The bundled models' lexicon and the article components are found
    # through the reader's spacy_factories entry points (pyproject.toml).
    from .tokenization import LEAN_TOKENIZER, adapt_tokenizer

    name = spec.name
    path = Path(name).expanduser()
    bundled = {p.name: p for p in bundled_models().values()}
    if not path.exists() and name in bundled:
        path = bundled[name]
    # A bundled model's saved tokenizer replaces all of the default one.
    lean = LEAN_TOKENIZER if path.exists() and path.resolve() in {p.resolve() for p in bundled.values()} else {}
    # Loading makes about a million objects that live as long as the
    # pipeline and no garbage; a collection in the middle of it stopped
    # every thread (the window's too) for 0.1 s, and the first one after
    # it, over all of them, for 0.2 s (config/collector.py).
    # Layers take their matrix products from the ops current when they are
    # made. thinc's default sends them to BLIS, which ran at a third of the
    # speed of numpy's own OpenBLAS on the machines measured (a 2000x384 by
    # 384x384 product: 30 ms against 9 ms); through numpy the whole
    # analysis went from about 3,400 to 5,500 words/s (benchmarks/speed.py).
    try:
        with settled(), use_ops("numpy", use_blis=False):
            nlp = spacy.load(path if path.exists() else name, config=lean)
    except OSError as error:
        raise PipelineError(f"cannot load spaCy pipeline {name!r}: not installed and not a model folder") from error
    except Exception as error:
        raise PipelineError(f"cannot load spaCy pipeline {name!r}: {error}") from error
    if not any("ner" in pipe or pipe == "entity_ruler" for pipe in nlp.pipe_names):
        raise PipelineError(f"spaCy pipeline {name!r} has no entity recogniser")
    for component in ARTICLE_COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, last=True)
    if not (BUNDLED_PARSE if parse is None else parse) and PARSE_COMPONENTS[0] in nlp.pipe_names:
        for component in PARSE_COMPONENTS:
            if component in nlp.pipe_names:
                nlp.disable_pipe(component)
    return adapt_tokenizer(nlp)


class Pipelines:
    """Loaded pipelines, each loaded once and shared by all articles.

    Thread-safe, so a background loader and the analysis can share it.
    """

    def __init__(self, requested: str | None = None, settings: dict | None = None):
        self.requested = requested
        self.settings = settings or {}
        self._loaded: dict[str, object] = {}
        self._specs: dict[str | None, PipelineSpec] = {}
        self._lock = threading.Lock()

    def spec_for(self, lang: str | None) -> PipelineSpec:
        # Choosing scans the installed packages; do it once per language.
        if lang not in self._specs:
            self._specs[lang] = choose_pipeline(lang, self.requested, self.settings)
        return self._specs[lang]

    def is_loaded(self, spec: PipelineSpec) -> bool:
        return spec.name in self._loaded

    def get(self, spec: PipelineSpec):
        with self._lock:
            if spec.name not in self._loaded:
                self._loaded[spec.name] = load_pipeline(spec)
            return self._loaded[spec.name]
