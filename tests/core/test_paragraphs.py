"""Paragraph ranges (`reader.core.loading.paragraphs`): a blank line (maybe
with spaces or tabs) ends a paragraph, a single line break does not, and
white space at the edges is left out."""

import pytest

from reader.core.loading.paragraphs import paragraphs


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("\n\n \n", []),
        ("Een.", ["Een."]),
        ("Een\ntwee.", ["Een\ntwee."]),  # hard-wrapped: one paragraph
        ("Een.\n\nTwee.", ["Een.", "Twee."]),
        ("  Een.  \n \t \n\n\tTwee.\n", ["Een.", "Twee."]),
        ("Een.\n\n\n\nTwee.\nDrie.\n\n", ["Een.", "Twee.\nDrie."]),
        ("\n\nEen.", ["Een."]),
    ],
)
def test_paragraphs_end_at_blank_lines(text, expected):
    assert [text[s:e] for s, e in paragraphs(text)] == expected


def test_one_enormous_line_is_one_paragraph():
    text = "De haven groeit. " * 60_000  # a megabyte with no line break
    assert paragraphs(text) == [(0, len(text) - 1)]
