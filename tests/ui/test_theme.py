"""The colours keep text readable: WCAG contrast ratios for every fill."""

import pytest

from reader.ui.view.theme import DARK, LIGHT


def luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_every_fill_is_easy_to_read(theme):
    for label, fill in theme.labels.items():
        assert contrast(theme.text, fill) >= 7, label  # WCAG AAA
    emphasis_text = "#000000" if theme.name == "light" else "#ffffff"  # as reading_view sets it
    for label, fill in theme.emphasis.items():
        assert contrast(emphasis_text, fill) >= 4.5, label  # WCAG AA
    assert contrast(theme.dim, theme.page) >= 4.5
    assert contrast(theme.text, theme.page) >= 7


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_labels_differ_from_each_other(theme):
    fills = list(theme.labels.values())
    assert len(set(fills)) == len(fills)
