"""Scored candidate pairs for linking, kept in arrays: millions of them at 50k articles.

The pairs are added in increasing (i, j) order, as `blocking.CandidatePairs` makes them, so a
pair's score is found by bisecting the pairs of its first item rather than through a dict of
every pair (a dict of 2.8 million pairs took ~300 MB at 50k articles; the arrays ~100 MB).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from heapq import merge
from itertools import accumulate, islice, repeat
from operator import add, lt, mul


class ScoredPairs:
    """Pairs (i < j) of `items` items with a score each, gone through best first."""

    def __init__(self, items: int) -> None:
        self._n = items
        self._scores = array("d")
        self._firsts = array("q")
        self._seconds = array("q")
        self._keys = array("q")
        #: Where the pairs of each first item begin in `_keys` (and where the last ones end).
        self._starts = array("q")
        #: Only when the pairs were not added in increasing order.
        self._by_pair: dict[int, float] | None = None
        self._ready = False

    def __len__(self) -> int:
        return len(self._scores)

    def add(self, score: float, i: int, j: int) -> None:
        """A pair (i < j) and its score, in the order the pairs are made."""
        self._scores.append(score)
        self._firsts.append(i)
        self._seconds.append(j)

    def extend(self, other: ScoredPairs) -> None:
        """Add the pairs of `other` (made after these ones) in their order."""
        self._scores.extend(other._scores)
        self._firsts.extend(other._firsts)
        self._seconds.extend(other._seconds)

    def best_first(self) -> Iterator[tuple[int, int]]:
        """The pairs, best first; equal scores keep the order they were added in."""
        scores, firsts, seconds = self._scores, self._firsts, self._seconds
        order = descending(scores)
        self._index()
        for k in order:
            yield firsts[k], seconds[k]

    def _index(self) -> None:
        n = self._n
        keys = array("q", map(add, map(mul, self._firsts, repeat(n)), self._seconds))
        if all(map(lt, keys, islice(keys, 1, None))):
            counts = Counter(self._firsts)
            self._keys = keys
            self._starts = array("q", accumulate((counts[i] for i in range(n)), initial=0))
        else:  # not added in order: a dict of every pair
            self._by_pair = dict(zip(keys, self._scores, strict=True))
        self._ready = True

    def score(self, p: int, q: int) -> float:
        """The score of a pair, 0 when it was not scored (asked while going best first)."""
        assert self._ready, "scores are looked up while going best first"
        low, high = (p, q) if p < q else (q, p)
        key = low * self._n + high
        if self._by_pair is not None:
            return self._by_pair.get(key, 0.0)
        keys, lo, hi = self._keys, self._starts[low], self._starts[low + 1]
        k = bisect_left(keys, key, lo, hi)
        return self._scores[k] if k < hi and keys[k] == key else 0.0


#: Pairs sorted at a time by `descending`.
SORT_SLICE = 1 << 18
#: At most this many distinct scores: `descending` groups the positions by score instead.
GROUPED_SCORES = 1 << 16


def descending(
    scores: array[float], slice_size: int = SORT_SLICE, max_distinct: int = GROUPED_SCORES
) -> array[int]:
    """The positions of `scores`, highest score first, equal scores in position order.

    That is `sorted(range(n), key=scores.__getitem__, reverse=True)`, made without holding a
    Python int and a float for each position (~180 MB at 50k articles, the peak of linking):
    by grouping the positions by score when few scores are distinct (a few thousand among the
    millions of pairs of a large corpus: the same few shared terms give the same score), else
    a slice at a time and merged.
    """
    grouped = _grouped(scores, slice_size, max_distinct)
    if grouped is not None:
        return grouped
    n = len(scores)
    key = scores.__getitem__
    runs = [
        array("q", sorted(range(start, min(start + slice_size, n)), key=key, reverse=True))
        for start in range(0, n, slice_size)
    ]
    if len(runs) == 1:
        return runs[0]
    # merge is stable: of equal scores, the earlier slice's (lower positions) come first
    return array("q", merge(*runs, key=key, reverse=True))


def _grouped(scores: array[float], slice_size: int, max_distinct: int) -> array[int] | None:
    """`descending` by one pass putting each position in the group of its score (a stable
    counting sort), or None when more than `max_distinct` scores are distinct."""
    distinct: set[float] = set()
    for start in range(0, len(scores), slice_size):
        distinct.update(scores[start : start + slice_size])
        if len(distinct) > max_distinct:
            return None
    # equal floats are one key (0.0 and -0.0 too, as they sort as equals)
    groups = [array("q") for _ in distinct]
    rank = dict(zip(sorted(distinct, reverse=True), (g.append for g in groups), strict=True))
    for position, score in enumerate(scores):
        rank[score](position)
    order = array("q")
    for group in groups:
        order.extend(group)
    return order
