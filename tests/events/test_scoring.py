"""Candidate pairs scored in parts by two processes: the same scored pairs as in one."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable

import pytest

from tests.conftest import SEEDS
from timeline.events import scoring
from timeline.events.blocking import CandidatePairs
from timeline.events.link import link_events
from timeline.events.scored import ScoredPairs
from timeline.language import load_language
from timeline.pipeline import ArticleResult, analyse_corpus


def _score(pairs: Iterable[tuple[int, int]]) -> ScoredPairs:
    scored = ScoredPairs(400)
    for i, j in pairs:
        value = (i * 7919 + j * 104729) % 97 / 97
        if value > 0.3:
            scored.add(round(value, 1), i, j)
    return scored


@pytest.fixture
def always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scoring, "PARALLEL_FROM", 0)
    monkeypatch.setattr(scoring, "PARALLEL_BELOW_RSS", 2**62)
    # threads left by other tests (a Dask cluster's) would keep the child from starting
    monkeypatch.setattr(threading, "active_count", lambda: 1)


def _ranked(scored: ScoredPairs) -> list[tuple[int, int, float]]:
    return [(i, j, scored.score(i, j)) for i, j in scored.best_first()]


@pytest.mark.usefixtures("always_parallel")
def test_two_processes_score_what_one_does() -> None:
    rng = random.Random(3)
    blocks: dict[int, list[int]] = {}
    for item in range(400):
        for key in rng.sample(range(60), 3):
            blocks.setdefault(key, []).append(item)
    candidates = CandidatePairs(blocks.values(), 60)
    one = scoring.score_candidates(candidates, _score, 400, jobs=1)
    two = scoring.score_candidates(candidates, _score, 400, jobs=2)
    assert len(one) > 1000
    assert _ranked(two) == _ranked(one)


@pytest.mark.usefixtures("always_parallel")
def test_linking_with_two_processes_gives_the_same_events() -> None:
    results = analyse_corpus(SEEDS, load_language("nl"))
    mentions = [m for r in results if isinstance(r, ArticleResult) for m in r.mentions]
    assert link_events(mentions, jobs=2) == link_events(mentions, jobs=1)
