from reader.core.attribution.intervals import Intervals


def test_overlaps_and_last_before():
    ranges = Intervals([(10, 20, "b"), (0, 5, "a"), (30, 40, "c")])
    assert ranges.overlapping(4, 31) == ["a", "b", "c"]
    assert ranges.overlapping(5, 10) == []
    assert ranges.overlaps(19, 25) and not ranges.overlaps(20, 30)
    assert ranges.last_before(30) == "b" and ranges.last_before(0) is None
    ranges.add(22, 25, "x")
    assert ranges.overlapping(21, 23) == ["x"]


def test_starting_between_keeps_only_ranges_that_start_inside():
    ranges = Intervals([(10, 20, "b"), (0, 5, "a"), (30, 40, "c")])
    assert ranges.starting_between(4, 30) == [(10, 20, "b")]
    assert ranges.starting_between(0, 31) == [(0, 5, "a"), (10, 20, "b"), (30, 40, "c")]
