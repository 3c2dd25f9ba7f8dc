"""Scored pairs: best first with stable ties, and each pair's score found again."""

from __future__ import annotations

import random
from array import array

import pytest

from timeline.events.scored import ScoredPairs, descending


def _pairs(rng: random.Random, items: int) -> list[tuple[float, int, int]]:
    made = sorted({tuple(sorted(rng.sample(range(items), 2))) for _ in range(300)})
    return [(rng.choice([0.1, 0.25, 0.5, rng.random()]), i, j) for i, j in made]


@pytest.mark.parametrize("shuffled", [False, True])
def test_best_first_and_scores_equal_a_dict_of_every_pair(shuffled: bool) -> None:
    rng = random.Random(6)
    pairs = _pairs(rng, 60)
    if shuffled:  # not in (i, j) order: still right, through a dict
        rng.shuffle(pairs)
    scored = ScoredPairs(60)
    for score, i, j in pairs:
        scored.add(score, i, j)
    assert len(scored) == len(pairs)
    expected = [(i, j) for _, i, j in sorted(pairs, key=lambda p: p[0], reverse=True)]
    assert list(scored.best_first()) == expected
    by_pair = {(i, j): score for score, i, j in pairs}
    for p in range(60):
        for q in range(60):
            low, high = min(p, q), max(p, q)
            assert scored.score(p, q) == by_pair.get((low, high), 0.0)


def test_no_pairs() -> None:
    scored = ScoredPairs(3)
    assert list(scored.best_first()) == []
    assert scored.score(0, 2) == 0.0


@pytest.mark.parametrize("slice_size", [1, 3, 7, 1000])
@pytest.mark.parametrize("max_distinct", [0, 5, 1000])
def test_descending_in_slices_or_groups_is_one_stable_sort(
    slice_size: int, max_distinct: int
) -> None:
    """Merged slices (more distinct scores than `max_distinct`) or groups: the same order."""
    rng = random.Random(slice_size)
    scores = array("d", (rng.choice([0.0, 0.1, 0.5, rng.random()]) for _ in range(200)))
    expected = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    assert list(descending(scores, slice_size, max_distinct)) == expected
    assert list(descending(array("d"), slice_size, max_distinct)) == []
    few = array("d", (rng.choice([0.25, 0.5, -0.0, 0.0, 0.75]) for _ in range(300)))
    expected = sorted(range(len(few)), key=few.__getitem__, reverse=True)
    assert list(descending(few, slice_size, max_distinct)) == expected
