"""The data model's few behaviours: intervals overlap, vague expressions name no time."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from timeline.model import PRECISIONS, Interval, Timex


def _days(start: int, end: int) -> Interval:
    return Interval(date(2022, 10, start), date(2022, 10, end), "day")


def test_intervals_overlap_when_they_share_a_day() -> None:
    assert _days(1, 10).overlaps(_days(10, 20))
    assert _days(10, 20).overlaps(_days(1, 10))
    assert _days(1, 31).overlaps(_days(5, 6))
    assert not _days(1, 9).overlaps(_days(10, 20))
    assert not _days(10, 20).overlaps(_days(1, 9))


def test_an_expression_of_reference_is_vague() -> None:
    assert Timex("nu", 0, 2, "DATE", "PRESENT_REF").is_vague
    assert Timex("toen", 0, 4, "DATE", "PAST_REF").is_vague
    assert not Timex("2018", 0, 4, "DATE", "2018").is_vague


def test_precisions_go_from_finest_to_coarsest() -> None:
    assert PRECISIONS[0] == "day" and PRECISIONS[-1] == "century"
    assert PRECISIONS.index("month") < PRECISIONS.index("year") < PRECISIONS.index("decade")


def test_values_are_frozen() -> None:
    interval = _days(1, 2)
    with pytest.raises(FrozenInstanceError):
        interval.precision = "month"  # type: ignore[misc]
