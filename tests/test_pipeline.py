"""`assemble`: the results kept for linking are put out of the collector's sight, and linking
runs without the collector, which is on again afterwards as it was."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from tests.conftest import SEEDS
from timeline import pipeline
from timeline.events import link as link_module
from timeline.events.link import link_events
from timeline.language import load_language
from timeline.model import Skipped
from timeline.pipeline import analyse_corpus, assemble


def test_linking_runs_without_the_collector_and_gets_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    results = list(analyse_corpus(SEEDS, load_language("nl")))
    expected = assemble(results)
    seen: list[bool] = []
    link = link_events

    def recording(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return link(*args)

    monkeypatch.setattr(link_module, "link_events", recording)
    assert gc.isenabled()
    assert assemble(results) == expected
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        assemble(results)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_the_results_are_frozen_as_they_arrive(monkeypatch: pytest.MonkeyPatch) -> None:
    results = list(analyse_corpus(SEEDS, load_language("nl"))) * 3
    frozen: list[int] = []
    monkeypatch.setattr(pipeline, "FREEZE_EVERY", 4)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    assemble(results)
    # every fourth result, then once before linking
    assert len(frozen) == len(results) // 4 + 1


def test_terms_are_weighed_once_the_word_frequencies_are_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from timeline.events import rarity as rarity_module

    results = list(analyse_corpus(SEEDS, load_language("nl")))
    expected = assemble(results)
    asked: list[str] = []
    weighed: list[str] = []
    real = rarity_module.word_rarity("nl")

    def counting(term: str) -> float:
        weighed.append(term)
        return real(term)

    def later(code: str) -> Any:
        asked.append(code)  # a child builds the frequencies until the third result
        return counting if len(asked) > 2 else None

    monkeypatch.setattr(rarity_module, "ready_rarity", later)
    monkeypatch.setattr(link_module, "link_events", lambda mentions, rarity, jobs: [])
    assemble(results)
    assert len(asked) == 3  # asked at each result until it was there
    terms = [t for r in results if not isinstance(r, Skipped) for m in r.mentions for t in m.terms]
    assert weighed == terms  # every term of every result, those before it too, once
    monkeypatch.undo()
    assert assemble(results) == expected
