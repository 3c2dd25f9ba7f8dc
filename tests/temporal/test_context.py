"""What a relative expression counts from, and the time of day a value ends in."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.temporal.context import Context, Ref, choose_anchor, time_of_day
from timeline.temporal.tense import Tense


def _context(published: str | None, previous: str | None) -> Context:
    def no_tense() -> Tense:
        raise AssertionError("the tense is not asked for here")

    return Context(Ref.of(published), Ref.of(previous), no_tense)


def test_a_ref_holds_a_value_and_its_interval_or_is_none() -> None:
    ref = Ref.of("2022-10")
    assert ref is not None and ref.value == "2022-10"
    assert (ref.interval.start.isoformat(), ref.interval.end.isoformat()) == (
        "2022-10-01",
        "2022-10-31",
    )
    assert Ref.of(None) is None
    assert Ref.of("") is None
    assert Ref.of("PRESENT_REF") is None


def test_the_publication_is_the_anchor_unless_the_previous_date_is_asked_for() -> None:
    context = _context("2022-10-20", "2022-09-13")
    ref, anchor = choose_anchor({}, context)
    assert (ref and ref.value, anchor) == ("2022-10-20", "published")
    ref, anchor = choose_anchor({"anchor": "previous"}, context)
    assert (ref and ref.value, anchor) == ("2022-09-13", "previous")


def test_without_a_previous_date_a_count_back_falls_to_the_publication() -> None:
    ref, anchor = choose_anchor({"anchor": "previous", "direction": -1}, _context("2022-10", None))
    assert (ref and ref.value, anchor) == ("2022-10", "published")


def test_a_count_forward_from_a_date_never_given_stays_unknown() -> None:
    # "acht jaar later" with no date before it: the publication would make it a future
    assert choose_anchor({"anchor": "previous", "direction": 1}, _context("2022-10", None)) == (
        None,
        "previous",
    )


def test_an_article_without_a_date_has_no_anchor() -> None:
    assert choose_anchor({}, _context(None, None)) == (None, "published")
    assert choose_anchor({"anchor": "previous"}, _context(None, None)) == (None, "previous")


@pytest.mark.parametrize(
    ("fields", "suffix"),
    [
        ({}, ""),
        ({"hour": "9"}, "T09:00"),
        ({"hour": "10", "minute": "45"}, "T10:45"),
        # "acht uur 's avonds": the offset moves a morning hour into the evening
        ({"hour": "8", "hour_offset": "12"}, "T20:00"),
        ({"hour": "14", "hour_offset": "12"}, "T14:00"),
        ({"part": "EV"}, "TEV"),
    ],
)
def test_time_of_day(fields: dict[str, Any], suffix: str) -> None:
    assert time_of_day(fields) == suffix
