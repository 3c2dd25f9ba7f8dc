"""TIMEX3 values and the intervals they mean."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal.values import (
    PRECISIONS_WRITTEN,
    format_value,
    is_well_formed,
    parse_value,
    unknown_value,
)


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2022-09-13", date(2022, 9, 13), date(2022, 9, 13), "day"),
        ("2024-W11", date(2024, 3, 11), date(2024, 3, 17), "week"),
        ("2024-W11-WE", date(2024, 3, 16), date(2024, 3, 17), "week"),
        ("2022-10", date(2022, 10, 1), date(2022, 10, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023-Q1", date(2023, 1, 1), date(2023, 3, 31), "quarter"),
        ("2021-H2", date(2021, 7, 1), date(2021, 12, 31), "half"),
        ("2023-SU", date(2023, 6, 1), date(2023, 8, 31), "season"),
        ("2021-WI", date(2021, 12, 1), date(2022, 2, 28), "season"),
        ("2018", date(2018, 1, 1), date(2018, 12, 31), "year"),
        ("199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("20", date(2000, 1, 1), date(2099, 12, 31), "century"),
        ("2024-03-15TMO", date(2024, 3, 15), date(2024, 3, 15), "day"),
    ],
)
def test_interval_of_value(value: str, start: date, end: date, precision: str) -> None:
    interval = parse_value(value)
    assert interval is not None
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P2Y", "XXXX", "XXXX-09-13", "2022-13", "", None])
def test_values_without_a_calendar_interval(value: str | None) -> None:
    assert parse_value(value) is None


@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(9998, 12, 31)),
    st.sampled_from(PRECISIONS_WRITTEN),
)
def test_a_formatted_value_contains_its_day(day: date, precision: str) -> None:
    value = format_value(day, precision)
    interval = parse_value(value)
    assert is_well_formed(value)
    assert interval is not None and interval.start <= day <= interval.end
    assert interval.precision == precision


@pytest.mark.parametrize("precision", PRECISIONS_WRITTEN)
def test_unknown_values_are_well_formed(precision: str) -> None:
    assert is_well_formed(unknown_value(precision))
