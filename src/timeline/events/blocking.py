"""Candidate pairs from blocks, for linking: in a stable order, without holding them all.

A corpus of 50,000 articles gives tens of millions of candidate pairs; a set of them all (and
its sorted copy) was the largest thing in memory while linking. Here the pairs of one item
are made when it comes, so only one item's partners are held at a time.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

Window = tuple[date, date]


def block_pairs(
    blocks: Iterable[Sequence[int]],
    max_block: int,
    windows: Sequence[Window | None] | None = None,
) -> Iterator[tuple[int, int]]:
    """Every pair (a, b), a < b, of items that share a block of at most `max_block` items.

    Each pair comes once, in sorted order: the order of `sorted(set(all pairs))`. The items of
    each block must be in increasing order (as they are when blocks are filled in item order).
    With `windows` (each item's time window, None for none), a pair whose windows do not meet
    is left out: it could not link, and there are many of them.
    """
    of: dict[int, list[Sequence[int]]] = {}
    for members in blocks:
        if 1 < len(members) <= max_block:
            for member in members[:-1]:  # the last one has no partner after it in this block
                of.setdefault(member, []).append(members)
    for item in sorted(of):
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
            start, end = own
            partners = [
                p
                for p in partners
                if (other := windows[p]) is not None and other[0] <= end and start <= other[1]
            ]
        for partner in partners:
            yield item, partner
