"""Reader: read news articles with their actors, places and quotes in view."""

__version__ = "0.1.0"
