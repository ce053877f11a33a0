"""reader/core/config/collector.py: no collection inside `settled`, what it
made out of later collections, and the collector's state as it was after."""

import gc

import srsly

from reader.core.config.collector import settled


def test_settled_keeps_collection_off_inside_even_after_a_library_switched_it_on():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with settled():
            with settled():
                # What spaCy's model loading does: srsly's msgpack reader
                # disables and then enables the collector, unconditionally.
                srsly.msgpack_loads(srsly.msgpack_dumps({"weights": list(range(100))}))
                assert gc.isenabled()
            made = [[] for _ in range(1000)]
            assert not gc.isenabled()  # the outer block still collects nothing
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(made)
    finally:
        gc.enable()  # the rest of the test run collects, whatever failed


def test_overlapping_blocks_switch_collection_back_on_when_the_last_ends():
    # Two analyses on two workers: the one cancelled ends while the next runs.
    assert gc.isenabled()
    first, second = settled(), settled()
    try:
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        assert not gc.isenabled()  # the second still runs
        second.__exit__(None, None, None)
        assert gc.isenabled()  # not left off for good
    finally:
        gc.enable()
