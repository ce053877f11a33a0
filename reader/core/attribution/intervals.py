"""Sorted, non-overlapping character ranges with fast overlap lookups.

Mentions, quotes and actors' mentions are looked up for every quote or
name found; a linear scan each time made a 1 MB article quadratic.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


class Intervals(Generic[T]):
    def __init__(self, items: Iterable[tuple[int, int, T]] = ()):
        self._items = sorted(items, key=lambda item: item[0])
        self._starts = [item[0] for item in self._items]

    def add(self, start: int, end: int, value: T) -> None:
        index = bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._items.insert(index, (start, end, value))

    def overlapping(self, start: int, end: int) -> list[T]:
        """Values of the ranges that overlap [start, end), in order."""
        found = []
        index = bisect_left(self._starts, end) - 1
        # Ranges do not overlap each other, so their ends are sorted too:
        # walk back while they still reach past `start`.
        while index >= 0 and self._items[index][1] > start:
            found.append(self._items[index][2])
            index -= 1
        return found[::-1]

    def starting_between(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """The ranges that start in [start, end), in order."""
        return self._items[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def items(self) -> list[tuple[int, int, T]]:
        return list(self._items)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self._items[index][1] > start

    def last_before(self, offset: int) -> T | None:
        """The value of the last range starting before `offset`."""
        index = bisect_left(self._starts, offset) - 1
        return self._items[index][2] if index >= 0 else None
