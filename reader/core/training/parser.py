"""Add a tagger, morphologizer and dependency parser to a bundled model,
trained on Universal Dependencies treebanks, leaving its NER untouched.

``reader model train-parser --lang nl --ud ../shared/data/ud`` calls
`train_parser`: it trains a pipeline of its own (``parse_tok2vec``,
``tagger``, ``morphologizer``, ``parser``) with the bundled model's
tokenizer and a fixed seed, then copies those four components into the
bundled model after its ``ner``. The new components listen only to
``parse_tok2vec``; the NER's ``tok2vec`` and ``ner`` are loaded from the
model and saved back byte for byte, so entities cannot change. The parser
also sets sentence boundaries. Scores on the held-out treebank part (see
`reader.core.training.ud`) and the data with its licence go into
``meta.json``. Whether the reader's analysis runs the new components is
`reader.core.nlp.pipeline.BUNDLED_PARSE`.
"""

from __future__ import annotations

import gzip
import json
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.attrs import DEP, HEAD, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from ..nlp.pipeline import (
    PARSE_COMPONENTS,  # the components added, in pipeline order (after ``ner``)
)
from .augment import typographic_words
from .strings import trim_strings
from .ud import (
    LICENCE,
    LICENCE_URL,
    SPLITS,
    STOP_SHARE,
    describe_file,
    read_conllu,
    sources,
    training_docs,
)

_LISTENERS = PARSE_COMPONENTS[1:]

#: Settings over spaCy's stock 'efficiency' tagger+morphologizer+parser
#: config; the token-to-vector layer is the parse components' own.
PARSER_SETTINGS: dict[str, object] = {
    "components.parse_tok2vec.model.encode.width": 96,
    "components.parse_tok2vec.model.encode.depth": 4,
    "components.parse_tok2vec.model.embed.rows": [5000, 1000, 2500, 2500],
    "components.parser.model.hidden_width": 64,
    "components.parser.model.maxout_pieces": 2,
    "training.dropout": 0.1,
    "training.patience": 1600,
    "training.max_steps": 10000,
    "training.eval_frequency": 200,
}

#: The held-out scores recorded in meta.json (spaCy's names; the parse
#: scores leave punctuation out, as spaCy's scorer does).
SCORE_KEYS = ("token_acc", "pos_acc", "tag_acc", "morph_acc", "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f")


@spacy.registry.callbacks("reader.tokenizer_from.v1")
def create_tokenizer_from(path: str) -> Callable[[Language], Language]:
    """Config callback (``[initialize.before_init]``): train with the
    tokenizer saved in a model folder, so the parser learns on the tokens
    the bundled model will give it."""

    def load(nlp: Language) -> Language:
        nlp.tokenizer.from_disk(Path(path) / "tokenizer")
        return nlp

    return load


def _with_words(nlp: Language, reference: Doc, words: list[str]) -> Example:
    """The example with other word forms, every annotation kept."""
    attrs = [TAG, POS, MORPH, HEAD, DEP]
    doc = Doc(nlp.vocab, words=words, spaces=[bool(token.whitespace_) for token in reference])
    doc.from_array(attrs, reference.to_array(attrs))
    return Example(nlp.make_doc(doc.text), doc)


@spacy.registry.augmenters("reader.parse_variants.v1")
def create_parse_augmenter(typographic_level: float) -> Callable[[Language, Example], Iterator[Example]]:
    """Yield each example, plus, with probability `typographic_level`, one
    with typographic quotes and apostrophes as news sites print them (the
    treebanks have ``"``, ``,,``/``''`` and ``'``)."""
    rng = random.Random(0)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        words = [token.text for token in example.reference]
        if any(("'" in w or '"' in w or w == ",,") for w in words) and rng.random() < typographic_level:
            plain = ['"' if w in (",,", "''") else w for w in words]
            yield _with_words(nlp, example.reference, typographic_words(plain, rng))

    return augment


def _set(config, dotted: str, value) -> None:
    *path, key = dotted.split(".")
    section = config
    for part in path:
        section = section[part]
    section[key] = value


def build_parse_config(lang: str, settings: dict[str, object], seed: int, base: Path):
    """spaCy's efficiency config for tagger, morphologizer and parser, with
    the shared token-to-vector layer renamed ``parse_tok2vec`` (so it can sit
    beside the NER's ``tok2vec``) and the bundled model's tokenizer."""
    from spacy.cli.init_config import init_config

    config = init_config(lang=lang, pipeline=["tagger", "morphologizer", "parser"], optimize="efficiency", gpu=False)
    components = config["components"]
    components["parse_tok2vec"] = components.pop("tok2vec")
    config["nlp"]["pipeline"] = list(PARSE_COMPONENTS)
    for dotted, value in settings.items():
        _set(config, dotted, value)
    width = components["parse_tok2vec"]["model"]["encode"]["width"]
    components["parse_tok2vec"]["model"]["embed"]["width"] = width
    for name in _LISTENERS:
        components[name]["model"]["tok2vec"].update({"upstream": "parse_tok2vec", "width": width})
    config["system"]["seed"] = seed
    config["initialize"]["before_init"] = {"@callbacks": "reader.tokenizer_from.v1", "path": str(base)}
    config["corpora"]["train"]["augmenter"] = {"@augmenters": "reader.parse_variants.v1", "typographic_level": 0.3}
    return config


def assemble(base: Path, parse_model: Path, output: Path) -> None:
    """Write `base` (its own parse components dropped) with the parse
    components of `parse_model` added after everything else."""
    nlp = spacy.load(base, exclude=list(PARSE_COMPONENTS))
    parse = spacy.load(parse_model)
    for name in PARSE_COMPONENTS:
        nlp.add_pipe(name, source=parse)
    with tempfile.TemporaryDirectory(prefix="reader-assemble-") as tmp:
        nlp.to_disk(tmp)
        _keep_unchanged(base, Path(tmp))
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(tmp, output)
    trim_strings(output)


def _keep_unchanged(base: Path, written: Path) -> None:
    """Put back `base`'s own copy of each file written with the same
    content (a gzip file may differ only in its header), so that adding the
    parser leaves the NER's files exactly as they were."""
    for old in base.rglob("*"):
        new = written / old.relative_to(base)
        if not (old.is_file() and new.is_file()):
            continue
        old_bytes, new_bytes = old.read_bytes(), new.read_bytes()
        if old.suffix == ".gz":
            old_bytes, new_bytes = gzip.decompress(old_bytes), gzip.decompress(new_bytes)
        if old_bytes == new_bytes:
            shutil.copyfile(old, new)


def score_parser(model: Path | str | Language, lang: str, ud_dir: Path) -> dict:
    """Tagging and parsing scores of a pipeline (a name, a folder or one
    loaded with its parse on) on the held-out treebank part, on the
    pipeline's own tokens (aligned to the treebank's)."""
    from ..nlp.pipeline import ARTICLE_COMPONENTS, PipelineSpec, load_pipeline

    nlp = model if isinstance(model, Language) else load_pipeline(PipelineSpec(str(model), "user", lang), parse=True)
    references = read_conllu(ud_dir / SPLITS[lang].test, nlp.vocab)
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in references]
    # What tagging and parsing do not need: entities, the article
    # components and, beside a parse_tok2vec, the NER's own tok2vec.
    skip = {"ner", *ARTICLE_COMPONENTS, *(("tok2vec",) if "parse_tok2vec" in nlp.pipe_names else ())}
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name in skip]):
        scores = nlp.evaluate(examples)
    return {key: round(float(scores[key]), 4) for key in SCORE_KEYS if scores.get(key) is not None}


def _write_docbin(docs: list[Doc], target: Path) -> int:
    DocBin(docs=docs, store_user_data=False).to_disk(target)
    return sum(len(doc) for doc in docs)


def _parser_meta(lang: str, ud_dir: Path, train_words: int, stop_words: int, seed: int, settings: dict, scores: dict) -> dict:
    split = SPLITS[lang]
    return {
        "components": list(PARSE_COMPONENTS),
        "training_data": list(split.train),
        "training_words": train_words,
        "stopping_data": split.stop or f"every {STOP_SHARE}th document of the training data, left out of it",
        "stopping_words": stop_words,
        "held_out_data": split.test,
        "scores": scores,
        "scores_note": "on the held-out part, through the model's own tokenizer; UAS and LAS leave punctuation out",
        "treebanks": [describe_file(ud_dir / name) for name in split.files()],
        "licence": f"{LICENCE} ({LICENCE_URL}): the tagger, morphologizer and parser are trained on "
        "Universal Dependencies treebanks; credit the UD project and the treebanks named here.",
        "seed": seed,
        "settings": settings,
        "command": f"reader model train-parser --lang {lang} --ud <shared>/data/{ud_dir.name}",
    }


def _update_meta(model: Path, lang: str, parser_meta: dict) -> dict:
    from .train import MODEL_VERSION

    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["version"] = MODEL_VERSION
    meta["name"] = "reader_ner"
    meta["description"] = (
        f"Reader's bundled model for {lang}: named entities (CoNLL), and part-of-speech tags, "
        "morphology, dependency parse and sentences (Universal Dependencies). Loads through the "
        "reader, which provides its reader_lexicon component (word-list features)."
    )
    ud_names = {entry["name"] for entry in sources(lang)}
    meta["sources"] = [s for s in meta.get("sources", []) if s["name"] not in ud_names] + sources(lang)
    meta.setdefault("performance", {}).update(parser_meta["scores"])
    meta["reader"]["parser"] = parser_meta
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def train_parser(
    lang: str,
    ud_dir: Path,
    model: Path,
    settings: dict[str, object] | None = None,
    seed: int = 0,
    output: Path | None = None,
) -> dict:
    """Train the parse components for the bundled `model` of `lang` on the
    UD treebanks in `ud_dir`, add them to it (written to `output`, by
    default `model` itself), score them; returns the parser's meta."""
    from spacy.cli.train import train as spacy_train

    settings = {**PARSER_SETTINGS, **(settings or {})}
    output = output or model
    with tempfile.TemporaryDirectory(prefix="reader-parser-") as tmp:
        work = Path(tmp)
        base = work / "base"
        shutil.copytree(model, base)
        train, stop = training_docs(lang, ud_dir)
        train_words = _write_docbin(train, work / "train.spacy")
        stop_words = _write_docbin(stop, work / "dev.spacy")
        config = build_parse_config(lang, settings, seed, base)
        config.to_disk(work / "config.cfg")
        overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
        spacy_train(work / "config.cfg", work / "out", overrides=overrides)
        assemble(base, work / "out" / "model-best", output)
    scores = score_parser(output, lang, ud_dir)
    parser_meta = _parser_meta(lang, ud_dir, train_words, stop_words, seed, settings, scores)
    _update_meta(output, lang, parser_meta)
    return parser_meta
