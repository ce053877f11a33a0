"""Reader: read news articles with their actors, places and quotes in view."""

__version__ = "0.1.0"

# Before anything imports spaCy: its command line is imported only if used.
from . import spacy_cli as _spacy_cli  # noqa: E402

_spacy_cli.defer()
