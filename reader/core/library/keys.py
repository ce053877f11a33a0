"""What a cached analysis is keyed on: the file's content hash, the
pipeline's name and version (and a hash of its meta.json, which a model
trained again changes), the reader's version (with a hash of the reader's
core code when its sources are there, so a change of the analysis between
releases is no stale cache either), and the version of the rules that
touch the article.

A rule touches an article when its text (or, for a same-as rule, its
canonical name) occurs in the article's text, case, accents and spacing
aside, and it applies there (a rule for every article, or for this one).
A rule about ``Donbass`` therefore changes the key of the articles that
say ``Donbass`` and leaves every other article's cached analysis valid.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ... import __version__
from ..attribution.names import fold
from ..nlp.pipeline import PipelineSpec
from ..notes.model import article_id
from ..notes.rules import Rule, version
from ..rules import RuleSet

_CORE = Path(__file__).resolve().parent.parent


def _code_version() -> str:
    """The reader's version, with a hash of the core's sources when they
    can be read (not in a frozen build: there the version says it)."""
    digest = hashlib.sha256()
    try:
        for path in sorted(_CORE.rglob("*.py")):
            digest.update(path.relative_to(_CORE).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    except OSError:
        return __version__
    return f"{__version__}+{digest.hexdigest()[:12]}"


READER_VERSION = _code_version()


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def touching(rules: RuleSet, text: str) -> list[Rule]:
    """The rules in force that can change this article's analysis."""
    key, folded = article_id(text), _folded(text)
    found = []
    for rule in rules.rules:
        if not rule.applies_to(key):
            continue
        names = [rule.text] + ([rule.value] if rule.kind == "same-as" and rule.value else [])
        if any(_folded(name) and _folded(name) in folded for name in names):
            found.append(rule)
    return found


def rules_version(rules: RuleSet, text: str) -> str:
    """The version of the rules that touch this article ("" with none)."""
    return version(touching(rules, text))


def pipeline_key(spec: PipelineSpec) -> str:
    """The pipeline's name and version, read without loading it: from a
    model folder's meta.json, or from the installed package's metadata."""
    meta = Path(spec.name) / "meta.json"
    if meta.is_file():
        try:
            raw = meta.read_bytes()
            data = json.loads(raw)
            fingerprint = hashlib.sha256(raw).hexdigest()[:12]
            return f"{data.get('lang', '')}_{data.get('name', '')} {data.get('version', '')} {fingerprint}"
        except (OSError, ValueError):
            pass
    # Imported here: slow to import, and the window starts with this module.
    from importlib import metadata

    try:
        return f"{spec.name} {metadata.version(spec.name)}"
    except (metadata.PackageNotFoundError, ValueError):  # not a package: its name is all there is
        return spec.name
