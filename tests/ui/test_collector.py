"""The analysis the window shows is kept out of the garbage collector's
full passes (reader/core/config/collector.py): a pass over a long
article's tens of thousands of names held every thread for 0.1 s and more."""

import gc

from ..conftest import SAMPLES
from .conftest import open_and_wait


def test_the_analysis_shown_is_out_of_the_collectors_reach(qtbot, window):
    assert open_and_wait(qtbot, window, SAMPLES / "rotterdam-haven.txt") == 0
    entity, quote = window.analysis.entities[0], window.analysis.quotes[0]
    tracked = gc.get_objects()  # what a collection walks; frozen objects are not in it
    assert not any(o is entity or o is quote for o in tracked)
    assert gc.isenabled()
