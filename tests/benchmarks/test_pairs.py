"""Judged link pairs: the draw of new pairs and the scores by stratum (benchmarks/events)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.benchmarks.helpers import load_benchmark
from timeline.model import Event, Mention


@pytest.fixture(scope="module")
def pairs() -> ModuleType:
    return load_benchmark("pairs.py", "event_pairs")


def _event(name: str, places: list[tuple[str, int]]) -> Event:
    mentions = tuple(
        Mention(document, "De brug ging open.", start, start + 18, None, None)
        for document, start in places
    )
    return Event(name, None, None, None, "reported", "other", name, (), mentions)


EVENTS = [
    _event("e1", [("d1", 0), ("d1", 40), ("d2", 0), ("d3", 10), ("d4", 0)]),
    _event("e2", [("d5", 0), ("d6", 0)]),
    _event("e3", [("d7", 0), ("d7", 30)]),  # one article: never drawn
    _event("e4", [("d8", 0), ("d9", 0), ("d9", 20), ("d9", 50), ("d9", 80)]),
]


def test_a_draw_pairs_two_articles_of_one_event(pairs: ModuleType) -> None:
    drawn = pairs.draw(EVENTS, set(), 6, 30)
    assert len(drawn) == 6
    assert [p["stratum"] for p in drawn].count("events") == 3
    for pair in drawn:
        first, second = pair["a"][0]["document"], pair["b"][0]["document"]
        assert first < second and "d7" not in (first, second)
        assert len({m["document"] for m in pair["a"]}) == 1
        assert 1 <= len(pair["b"]) <= pairs.SIDE_SENTENCES
        assert set(pair) == {"id", "stratum", "a", "b"}  # no type, title or date
    assert len({(p["a"][0]["document"], p["b"][0]["document"]) for p in drawn}) == 6


def test_a_draw_is_deterministic_and_leaves_taken_articles_out(pairs: ModuleType) -> None:
    assert pairs.draw(EVENTS, set(), 4, 7) == pairs.draw(EVENTS, set(), 4, 7)
    drawn = pairs.draw(EVENTS, {"d1", "d2", "d3", "d8"}, 4, 7)
    assert [(p["a"][0]["document"], p["b"][0]["document"]) for p in drawn] == [("d5", "d6")]


def test_scores_are_given_overall_and_by_stratum(pairs: ModuleType) -> None:
    index = pairs.event_index(EVENTS)

    def pair(a: str, b: str, label: str, stratum: str) -> dict[str, object]:
        side = [{"document": a, "start": 0}], [{"document": b, "start": 0}]
        return {"a": side[0], "b": side[1], "label": label, "stratum": stratum}

    judged = [
        pair("d1", "d2", "same", "events"),
        pair("d5", "d6", "different", "events"),
        pair("d1", "d5", "same", "mention pairs"),
        pair("d1", "d4", "unsure", "mention pairs"),
    ]
    rows = pairs.report_rows(judged, index)
    assert rows["all"]["pairs"] == 3 and rows["all"]["precision"] == 0.5
    assert rows["events"]["precision"] == 0.5 and rows["events"]["recall"] == 1.0
    assert rows["mention pairs"]["linked"] == 0 and rows["mention pairs"]["recall"] == 0.0
