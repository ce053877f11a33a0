"""The `Article`: what a loader makes of a file and everything else reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: Kinds of block. Content kinds are analysed; the others are shown dimmed.
HEADING = "heading"
PARAGRAPH = "paragraph"
BOILERPLATE = "boilerplate"
METADATA = "metadata"
CONTENT_KINDS = frozenset({HEADING, PARAGRAPH})


class ArticleError(Exception):
    """A file that cannot be read as an article; the message names the file
    and the reason and is meant for the user."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class Block:
    """A character range ``text[start:end]`` of one kind."""

    start: int
    end: int
    kind: str

    @property
    def is_content(self) -> bool:
        return self.kind in CONTENT_KINDS


@dataclass
class Article:
    """An article's text with its structure and metadata.

    Every offset (blocks, and later entities, quotes and notes) refers to
    `text`. For plain-text files `text` is the file's content with newlines
    normalised to ``\\n``; for other formats it is the extracted main text.
    """

    path: str
    text: str
    blocks: list[Block]
    title: str = ""
    date: str | None = None
    author: str | None = None
    language: str | None = None
    format: str = "text"
    metadata: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The one title fallback for every loader and the window: a file
        # without a title of its own is known by its name.
        if not self.title and self.path:
            self.title = Path(self.path).stem

    def content_blocks(self) -> list[Block]:
        return [block for block in self.blocks if block.is_content]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]
