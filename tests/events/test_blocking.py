"""Candidate pairs from blocks: the same pairs, in the same order, as a set of all pairs."""

from __future__ import annotations

import random
from datetime import date

from timeline.events.blocking import CandidatePairs


def _all_pairs(blocks: list[list[int]], max_block: int) -> list[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in blocks:
        if len(members) <= max_block:
            pairs.update((a, b) for x, a in enumerate(members) for b in members[x + 1 :])
    return sorted(pairs)


def test_candidate_pairs_equal_the_sorted_set_of_all_pairs() -> None:
    rng = random.Random(6)
    for _ in range(300):
        items = rng.randint(0, 40)
        blocks: dict[int, list[int]] = {}
        for item in range(items):
            for key in rng.sample(range(15), rng.randint(0, 4)):
                blocks.setdefault(key, []).append(item)
        max_block = rng.randint(1, 10)
        found = list(CandidatePairs(blocks.values(), max_block))
        assert found == _all_pairs(list(blocks.values()), max_block)


def test_large_blocks_are_skipped() -> None:
    assert list(CandidatePairs([[0, 1, 2], [2, 3]], 2)) == [(2, 3)]


def test_pairs_whose_windows_do_not_meet_are_left_out() -> None:
    day = date(2019, 3, 1).replace
    windows = [
        (day(day=1), day(day=10)),
        (day(day=10), day(day=20)),  # meets 0 on the 10th
        (day(day=11), day(day=12)),  # meets 1 only
        None,  # no window: no pair
    ]
    blocks = [[0, 1, 2, 3]]
    assert list(CandidatePairs(blocks, 60, windows)) == [(0, 1), (1, 2)]


def test_the_parts_give_every_pair_once_in_order() -> None:
    rng = random.Random(7)
    for _ in range(100):
        blocks: dict[int, list[int]] = {}
        for item in range(rng.randint(0, 60)):
            for key in rng.sample(range(12), rng.randint(0, 4)):
                blocks.setdefault(key, []).append(item)
        candidates = CandidatePairs(blocks.values(), rng.randint(1, 12))
        parts = candidates.parts(rng.randint(1, 9))
        assert [p for part in parts for p in candidates.pairs(*part)] == list(candidates)
        assert [start for start, _ in parts] == sorted({start for start, _ in parts})
