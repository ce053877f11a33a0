"""Highlight colours per label: the Okabe–Ito palette, which readers with
the common colour-vision deficiencies can tell apart, lightened for a
background under black text."""

LABEL_COLOURS = {
    "PER": "#F5D9A8",  # orange
    "ORG": "#BFE0F5",  # sky blue
    "LOC": "#B9E6D3",  # bluish green
    "MISC": "#E9CDE0",  # reddish purple
}
#: Underline for quotes: Okabe–Ito vermillion, distinct from the fills.
QUOTE_COLOUR = "#D55E00"
