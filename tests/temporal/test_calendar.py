"""Calendar dates: a year written or taken from the tense and the publication date."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.temporal.calendar import resolve_calendar
from timeline.temporal.context import Context, Ref
from timeline.temporal.tense import Tense


def _resolve(
    fields: dict[str, Any],
    published: str | None = "2024-03-15",
    tense: Tense = "present",
    previous: str | None = None,
    floor: str | None = None,
) -> tuple[str, str | None]:
    context = Context(Ref.of(published), Ref.of(previous), lambda: tense, floor=Ref.of(floor))
    resolution = resolve_calendar(fields, context)
    return resolution.value, resolution.anchor


@pytest.mark.parametrize(
    ("fields", "value"),
    [
        ({"year": "2019", "month": "4", "day": "26"}, "2019-04-26"),
        ({"year": "2019", "month": "4"}, "2019-04"),
        ({"year": "2019", "quarter": "3"}, "2019-Q3"),
        ({"year": "2019", "half": "2"}, "2019-H2"),
        ({"year": "2019", "season": "SU"}, "2019-SU"),
        ({"year": "2019", "week": "7"}, "2019-W07"),
        # a two-digit year: the nearest plausible century
        ({"year": "85"}, "1985"),
        ({"year": "19"}, "2019"),
        # a day the month does not have keeps the month
        ({"year": "2019", "month": "2", "day": "30"}, "2019-02"),
        # holidays: a fixed day and one counted from Easter
        ({"year": "2019", "holiday": {"month": "12", "day": "25"}}, "2019-12-25"),
        ({"year": "2019", "holiday": {"easter": "1"}}, "2019-04-22"),
    ],
)
def test_a_written_year_is_taken_as_it_is(fields: dict[str, Any], value: str) -> None:
    assert _resolve(fields) == (value, None)


def test_a_clock_time_goes_on_a_day_only() -> None:
    assert _resolve({"year": "2019", "month": "4", "day": "26", "hour": "9"})[0] == (
        "2019-04-26T09:00"
    )
    assert _resolve({"year": "2019", "month": "4", "hour": "9"})[0] == "2019-04"


@pytest.mark.parametrize(
    ("tense", "value"),
    [
        # in March 2024: July in the past is last year's, in the future this year's
        ("past", "2023-07-21"),
        ("future", "2024-07-21"),
        # the present takes the nearest
        ("present", "2024-07-21"),
    ],
)
def test_the_tense_chooses_the_year(tense: Tense, value: str) -> None:
    assert _resolve({"month": "7", "day": "21"}, tense=tense) == (value, "published")


def test_the_present_takes_the_nearest_year() -> None:
    # in January, "half december" is the December just gone
    assert _resolve({"month": "12"}, published="2024-01-05")[0] == "2023-12"
    # a season in the present tense is this year's
    assert _resolve({"season": "FA"}, published="2024-01-05")[0] == "2024-FA"


def test_a_weekday_picks_the_year_it_falls_in() -> None:
    # 26 April is a Friday in 2024 (and not in 2023 or 2025), whatever the tense
    assert _resolve({"month": "4", "day": "26", "weekday": "5"}, tense="past")[0] == ("2024-04-26")


def test_a_shift_counts_years_from_the_publication() -> None:
    assert _resolve({"month": "4", "shift": "-1"}) == ("2023-04", "published")
    assert _resolve({"month": "4", "shift": "-1"}, published=None) == ("XXXX-04", "published")


def test_without_a_publication_year_the_year_stays_unknown() -> None:
    assert _resolve({"month": "4", "day": "26"}, published=None) == ("XXXX-04-26", None)
    assert _resolve({"month": "4", "day": "26"}, published="202") == ("XXXX-04-26", "published")
    assert _resolve({"holiday": {"easter": "0"}}, published=None) == ("XXXX-XX-XX", None)


def test_a_story_told_in_an_older_year_goes_on_in_that_year() -> None:
    value = _resolve({"month": "10"}, tense="past", previous="2011-02")
    assert value == ("2011-10", "previous")
    # not for a month before the story's, nor for a story of last year
    assert _resolve({"month": "1"}, tense="past", previous="2011-02")[0] == "2024-01"
    assert _resolve({"month": "10"}, tense="past", previous="2023-02")[0] == "2023-10"


def test_the_end_of_a_range_falls_on_or_after_its_start() -> None:
    assert _resolve({"month": "3"}, floor="2018-11") == ("2019-03", "previous")
    assert _resolve({"month": "4"}, floor="2019-01") == ("2019-04", "previous")
