"""Candidate pairs from blocks, for linking: in a stable order, without holding them all.

A corpus of 50,000 articles gives tens of millions of candidate pairs; a set of them all (and
its sorted copy) was the largest thing in memory while linking. Here the pairs of one item
are made when it comes, so only one item's partners are held at a time. The pairs can be made
a part at a time (`CandidatePairs.parts`), each part the pairs of a run of items, so that the
parts can be scored in different processes and put back together in order.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import accumulate, pairwise

Window = tuple[date, date]


class CandidatePairs:
    """Every pair (a, b), a < b, of items that share a block of at most `max_block` items.

    The items of each block must be in increasing order (as they are when blocks are filled
    in item order). With `windows` (each item's time window, None for none), a pair whose
    windows do not meet is left out: it could not link, and there are many of them.
    """

    def __init__(
        self,
        blocks: Iterable[Sequence[int]],
        max_block: int,
        windows: Sequence[Window | None] | None = None,
    ) -> None:
        of: dict[int, list[Sequence[int]]] = {}
        for block in blocks:
            if 1 < len(block) <= max_block:
                # an array, not a list of ints: 8 bytes an item instead of 36, and read without
                # writing to the int objects (the pages of a forked child stay shared)
                members = array("q", block)
                for member in block[:-1]:  # the last one has no partner after it in this block
                    of.setdefault(member, []).append(members)
        self._of = of
        self._windows = windows
        #: The items with a partner after them, in increasing order: pairs come by these.
        self.items = sorted(of)
        self._done: list[int] | None = None

    def __iter__(self) -> Iterator[tuple[int, int]]:
        """Each pair once, in sorted order: the order of `sorted(set(all pairs))`."""
        return self.pairs(0, len(self.items))

    def pairs(self, start: int, stop: int) -> Iterator[tuple[int, int]]:
        """The pairs whose first item is one of `items[start:stop]`, in sorted order."""
        of, windows = self._of, self._windows
        for item in self.items[start:stop]:
            shared = of[item]
            if len(shared) == 1:
                members = shared[0]
                partners: Sequence[int] = members[bisect_right(members, item) :]
            else:
                found: set[int] = set()
                for members in shared:
                    found.update(members[bisect_right(members, item) :])
                partners = sorted(found)
            if windows is not None:
                own = windows[item]
                if own is None:
                    continue
                begin, end = own
                partners = [
                    p
                    for p in partners
                    if (other := windows[p]) is not None and other[0] <= end and begin <= other[1]
                ]
            for partner in partners:
                yield item, partner

    def work(self) -> int:
        """The candidate pairs, counted with repeats and before the windows (quickly)."""
        return self._work()[-1]

    def parts(self, count: int) -> list[tuple[int, int]]:
        """At most `count` runs (start, stop) of `items`, in order and together all of them,
        each with about as many candidate pairs (as `work` counts them)."""
        work = self._work()
        total, bounds = work[-1], [0]
        for k in range(1, count):
            bounds.append(max(bounds[-1], bisect_right(work, total * k / count) - 1))
        bounds.append(len(self.items))
        return [(a, b) for a, b in pairwise(bounds) if a < b]

    def _work(self) -> list[int]:
        """The candidate pairs of the items before each position of `items` (and of all)."""
        if self._done is None:
            of = self._of
            self._done = list(
                accumulate(
                    (sum(len(m) - bisect_right(m, i) for m in of[i]) for i in self.items),
                    initial=0,
                )
            )
        return self._done
