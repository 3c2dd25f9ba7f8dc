"""The event benchmark's stricter measures: one-to-one matching and B³ (benchmarks/events)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.benchmarks.helpers import load_benchmark
from timeline.model import Event, Mention


@pytest.fixture(scope="module")
def score() -> ModuleType:
    return load_benchmark("score.py", "event_score")


def test_one_system_event_stands_for_one_gold_event(score: ModuleType) -> None:
    # two gold events in one system event: one of them is matched
    assert score.largest_matching([["s1"], ["s1"]]) == 1
    # one gold event in two system events: matched once
    assert score.largest_matching([["s1", "s2"]]) == 1


def test_the_matching_is_the_largest(score: ModuleType) -> None:
    # the first gold event could take s1, which the second needs: an augmenting path frees it
    assert score.largest_matching([["s1", "s2"], ["s1"]]) == 2
    assert score.largest_matching([[], ["s1"], ["s1", "s2"], ["s2", "s3"]]) == 3


def test_b_cubed_of_a_perfect_and_of_a_merged_linking(score: ModuleType) -> None:
    perfect = [({"a"}, "s1"), ({"a"}, "s1"), ({"b"}, "s2")]
    assert score.b_cubed(perfect) == (3.0, 3.0)
    # three spans of two gold events in one system event: precision 2/3, 2/3 and 1/3
    merged = [({"a"}, "s1"), ({"a"}, "s1"), ({"b"}, "s1")]
    precision, recall = score.b_cubed(merged)
    assert precision == pytest.approx(5 / 3)
    assert recall == 3.0


def test_b_cubed_of_a_split_linking(score: ModuleType) -> None:
    # one gold event over two system events: each span finds half its gold event's spans
    split = [({"a"}, "s1"), ({"a"}, "s2")]
    assert score.b_cubed(split) == (2.0, 1.0)


def test_a_title_is_scored_by_the_words_it_shares_with_the_summary(score: ModuleType) -> None:
    stopwords = frozenset({"de", "het", "in"})
    summary = "Rusland zet Iraanse drones in tegen Oekraïne"
    # shared: rusland, iraanse, drones (3 of the title's 4 words, 3 of the summary's 6)
    title = "Rusland gebruikt Iraanse drones"
    assert score.title_overlap(summary, title, stopwords) == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert score.title_overlap(summary, "De oorlog in Gaza", stopwords) == 0.0
    assert score.title_overlap(summary, "", stopwords) == 0.0


def test_the_typed_measures_ask_for_the_gold_kind_of_event(score: ModuleType) -> None:
    text = "De politie hield hem maandag aan. Iran levert drones, zei de minister."
    arrest, said = text.index("De politie"), text.index("Iran levert")

    def event(id_: str, type_: str, *starts: int) -> Event:
        mentions = tuple(Mention("a", "", s, text.index(".", s) + 1, None, None) for s in starts)
        return Event(id_, "2019-03-04", None, None, "reported", type_, "", (), mentions)

    def gold(id_: str, type_: str, start: int, quote: str) -> object:
        mention = score.GoldMention("a", quote, start, start + len(quote))
        return score.GoldEvent(id_, "2019-03-04", None, "reported", type_, "", (mention,))

    golds = [
        gold("g1", "arrest", arrest, "hield hem maandag aan"),
        gold("g2", "purchase", said, "Iran levert drones"),
    ]
    kinds = {"delivery": "delivery", "purchase": "delivery", "arrest": "arrest"}
    # one statement holding both sentences matches both gold events by P / R, neither by type
    merged = score.score([event("s1", "statement", arrest, said)], golds, frozenset(), kinds)
    assert (merged.precision, merged.recall) == (1.0, 1.0)
    assert (merged.typed_precision, merged.typed_recall) == (0.0, 0.0)
    # an arrest and a delivery (the purchase's link group) match by type too
    apart = [event("s1", "arrest", arrest), event("s2", "delivery", said)]
    typed = score.score(apart, golds, frozenset(), kinds)
    assert (typed.typed_precision, typed.typed_recall, typed.typed_f1) == (1.0, 1.0, 1.0)
    # the tool's vote is the guidelines' other
    assert score.kind_of("vote", kinds) == "other"
