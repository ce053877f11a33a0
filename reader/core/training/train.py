"""Train a bundled NER pipeline from CoNLL data, reproducibly.

``reader model train --lang nl --data ../shared/data/conll2002`` calls
`train_model`, which converts the CoNLL files, builds a spaCy config from
`MODEL_SETTINGS`, trains with a fixed seed, scores the best model on the
development set and writes it, with its scores and provenance in
``meta.json``, to ``resources/models/<name>``.
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.cli.init_config import init_config
from spacy.tokens import DocBin

from ..nlp import tokenization  # noqa: F401  (registers the tokenizer callback)
from ..nlp.lexicon import FLAG_ATTRS
from . import augment  # noqa: F401  (registers the augmenter)
from .conll import read_docs
from .strings import trim_strings
from .wordlists import WORDLIST_SOURCES, build_lists


@dataclass(frozen=True)
class Corpus:
    """Where a language's CoNLL files are and what they are."""

    train: str
    dev: str
    source: str
    url: str
    licence: str


CORPORA = {
    "nl": Corpus(
        train="ned.train",
        dev="ned.testa",
        source="CoNLL-2002 shared task, Dutch (De Morgen, 2000); Tjong Kim Sang 2002",
        url="https://www.clips.uantwerpen.be/conll2002/ner/",
        licence=(
            "Trained on the CoNLL-2002 Dutch NER data, distributed for research "
            "use by the shared-task organisers; the annotations are freely "
            "available, the text is from De Morgen."
        ),
    ),
    "en": Corpus(
        train="eng.train",
        dev="eng.testa",
        source="CoNLL-2003 shared task, English (Reuters RCV1, 1996); Tjong Kim Sang & De Meulder 2003",
        url="https://www.clips.uantwerpen.be/conll2003/ner/",
        licence=(
            "Trained on the CoNLL-2003 English NER data, whose text is from the "
            "Reuters Corpus (RCV1), licensed by NIST/Reuters for research use; "
            "the annotations are freely available."
        ),
    ),
}

#: Model settings, overriding spaCy's stock 'efficiency' NER config.
#: Chosen by development-set F1 within the size and speed budget.
MODEL_SETTINGS: dict[str, object] = {
    "components.tok2vec.model.encode.width": 128,
    "components.tok2vec.model.encode.depth": 4,
    "components.tok2vec.model.embed.rows": [20000, 4000, 8000, 2000],
    "components.ner.model.hidden_width": 64,
    "training.dropout": 0.15,
    "training.patience": 3000,
    "training.max_steps": 20000,
    "training.eval_frequency": 500,
    "training.optimizer.use_averages": True,
}


#: Bumped whenever the shipped models are retrained differently
#: (0.2: tagger, morphologizer and parser added, see `training.parser`).
MODEL_VERSION = "0.2.0"


def model_name(lang: str) -> str:
    return f"{lang}_reader_ner"


def _set(config, dotted: str, value) -> None:
    *path, key = dotted.split(".")
    section = config
    for part in path:
        section = section[part]
    section[key] = value


def build_config(lang: str, settings: dict[str, object], seed: int, lists_path: Path | None = None):
    config = init_config(lang=lang, pipeline=["ner"], optimize="efficiency", gpu=False)
    for dotted, value in settings.items():
        _set(config, dotted, value)
    # Word-list flags (see reader.core.nlp.lexicon) as extra embedded attributes.
    config["nlp"]["pipeline"] = ["reader_lexicon", "tok2vec", "ner"]
    config["components"]["reader_lexicon"] = {"factory": "reader_lexicon"}
    config["initialize"]["components"]["reader_lexicon"] = {"lists_path": str(lists_path) if lists_path else None}
    embed = config["components"]["tok2vec"]["model"]["embed"]
    embed["attrs"] = list(embed["attrs"]) + FLAG_ATTRS
    embed["rows"] = list(embed["rows"]) + [8] * len(FLAG_ATTRS)
    config["system"]["seed"] = seed
    config["corpora"]["train"]["augmenter"] = {
        "@augmenters": "reader.news_variants.v1",
        "typographic_level": 0.3,
        "upper_level": 0.05,
    }
    config["initialize"]["before_init"] = {"@callbacks": "reader.conll_tokenizer.v1"}
    return config


def _write_docbin(lang: str, source: Path, target: Path) -> int:
    vocab = spacy.blank(lang).vocab
    docs = read_docs(source, vocab)
    DocBin(docs=docs, store_user_data=False).to_disk(target)
    return sum(len(doc) for doc in docs)


def _model_meta(lang: str, corpus, data_dir: Path, train_words: int, seed: int, settings: dict, scores: dict) -> dict:
    """What the bundled model says of itself: sources, licence, scores."""
    return {
        "name": "reader_ner",
        "lang": lang,
        "version": MODEL_VERSION,
        "description": (
            f"Reader's bundled named-entity model for {lang}. Loads through the reader, "
            "which provides its reader_lexicon component (word-list features)."
        ),
        "author": "Reader project",
        "license": "Model weights: research use, following the training data (see notes).",
        "sources": [{"name": corpus.source, "url": corpus.url}, *WORDLIST_SOURCES],
        "notes": corpus.licence,
        "reader": {
            "training_data": corpus.train,
            "training_words": train_words,
            "development_data": corpus.dev,
            "seed": seed,
            "settings": settings,
            "scores": scores,
            "command": f"reader model train --lang {lang} --data <shared>/data/{data_dir.name}",
        },
    }


def train_model(
    lang: str,
    data_dir: Path,
    output_dir: Path,
    settings: dict[str, object] | None = None,
    seed: int = 0,
) -> dict:
    """Train, score and write the bundled model for `lang`; returns its meta."""
    from spacy.cli.train import train as spacy_train

    corpus = CORPORA[lang]
    settings = {**MODEL_SETTINGS, **(settings or {})}
    with tempfile.TemporaryDirectory(prefix="reader-train-") as tmp:
        work = Path(tmp)
        train_words = _write_docbin(lang, data_dir / corpus.train, work / "train.spacy")
        _write_docbin(lang, data_dir / corpus.dev, work / "dev.spacy")
        lists_path = work / "lists.json.gz"
        with gzip.open(lists_path, "wt", encoding="utf-8") as out:
            json.dump(build_lists(lang), out, ensure_ascii=False)
        config = build_config(lang, settings, seed, lists_path)
        config_path = work / "config.cfg"
        config.to_disk(config_path)
        spacy_train(
            config_path,
            work / "out",
            overrides={"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")},
        )
        best = work / "out" / "model-best"
        # The lists are saved inside the model; the temporary path is not.
        saved = (best / "config.cfg").read_text(encoding="utf-8")
        (best / "config.cfg").write_text(saved.replace(str(lists_path), "lists.json.gz"), encoding="utf-8")
        from .evaluate import evaluate_model

        scores = evaluate_model(best, data_dir / corpus.dev, lang)
        meta_path = best / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta.update(_model_meta(lang, corpus, data_dir, train_words, seed, settings, scores))
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        meta = _carry_parser(output_dir, best, meta)
        if output_dir.exists():
            shutil.rmtree(output_dir)
        shutil.copytree(best, output_dir)
    trim_strings(output_dir)
    return meta


def _carry_parser(old_model: Path, new_model: Path, meta: dict) -> dict:
    """Keep the tagger and parser of the model being replaced (they have
    their own token-to-vector layer and the same tokenizer), so retraining
    the NER does not drop them; returns the new model's meta."""
    from .parser import PARSE_COMPONENTS, assemble

    old_meta_path = old_model / "meta.json"
    if not all((old_model / name).is_dir() for name in PARSE_COMPONENTS) or not old_meta_path.is_file():
        return meta
    old_meta = json.loads(old_meta_path.read_text(encoding="utf-8"))
    assemble(new_model, old_model, new_model)
    merged = json.loads((new_model / "meta.json").read_text(encoding="utf-8"))
    merged["reader"] = {**meta["reader"], "parser": old_meta["reader"]["parser"]}
    merged["sources"] = meta["sources"] + [s for s in old_meta["sources"] if s not in meta["sources"]]
    merged["description"] = old_meta["description"]
    merged.setdefault("performance", {}).update(old_meta["reader"]["parser"]["scores"])
    (new_model / "meta.json").write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return merged
