"""The days a mention's event can have happened on, as linking reads them."""

from __future__ import annotations

from datetime import date

from timeline.events.anchor import PAST
from timeline.events.windows import (
    NEWS_HORIZON,
    SAYING_HORIZON,
    WEEK_SLACK,
    intersect,
    link_window,
)
from timeline.model import EventMention, Interval, Mention, Status

DECEMBER = Interval(date(2022, 12, 1), date(2022, 12, 31), "month")


def _mention(
    explicit: bool,
    mod: str | None = None,
    status: Status = "reported",
    *,
    interval: Interval | None = DECEMBER,
    time_value: str | None = None,
    **fields: object,
) -> EventMention:
    return EventMention(
        Mention("d", "s", 0, 1, time_value, time_value),
        "attack",
        "t",
        (),
        status,
        "2022-12",
        mod,
        interval,
        explicit=explicit,
        **fields,  # type: ignore[arg-type]
    )


def test_an_explicit_date_bounds_the_window() -> None:
    assert link_window(_mention(True)) == (date(2022, 12, 1), date(2022, 12, 31))


def test_before_and_after_leave_one_side_open() -> None:
    assert link_window(_mention(True, "BEFORE")) == (date.min, date(2022, 12, 31))
    assert link_window(_mention(True, "AFTER")) == (date(2022, 12, 1), date.max)


def test_a_week_is_about_that_week() -> None:
    week = Interval(date(2022, 12, 5), date(2022, 12, 11), "week")
    assert link_window(_mention(True, interval=week)) == (
        week.start - WEEK_SLACK,
        week.end + WEEK_SLACK,
    )


def test_without_a_date_nothing_is_ruled_out() -> None:
    assert link_window(_mention(True, interval=None)) == (date.min, date.max)


def test_a_noun_dated_by_its_publication_recalls_a_few_years_at_most() -> None:
    assert link_window(_mention(False)) == (date(2020, 12, 28), date(2022, 12, 31))


def test_an_announcement_happens_after_its_publication() -> None:
    assert link_window(_mention(False, status="expected")) == (date(2022, 12, 1), date.max)


def test_a_report_dated_by_another_event_is_some_time_before_it() -> None:
    assert link_window(_mention(False, "BEFORE")) == (date.min, date(2022, 12, 31))
    # ... but not one dated by the past in general: that is a few years at most
    assert link_window(_mention(False, "BEFORE", time_value=PAST))[0] == date(2020, 12, 28)


def test_a_verb_without_a_date_tells_the_news_of_the_last_weeks() -> None:
    assert link_window(_mention(False, verbal=True)) == (
        DECEMBER.start - NEWS_HORIZON,
        DECEMBER.end,
    )
    assert link_window(_mention(False, verbal=True, saying=True)) == (
        DECEMBER.start - SAYING_HORIZON,
        DECEMBER.end,
    )


def test_the_simple_past_before_the_publication_may_be_years_old() -> None:
    window = link_window(_mention(False, "BEFORE", verbal=True, tense="past", time_value=PAST))
    assert window == (date(2020, 12, 28), DECEMBER.end)


def test_a_window_back_from_a_leap_day_lands_on_a_real_day() -> None:
    leap = Interval(date(2024, 2, 29), date(2024, 2, 29), "day")
    assert link_window(_mention(False, interval=leap))[0] == date(2022, 2, 28)


def test_intersect_gives_the_shared_days_or_none() -> None:
    a = (date(2022, 1, 1), date(2022, 1, 31))
    b = (date(2022, 1, 20), date(2022, 2, 10))
    assert intersect(a, b) == (date(2022, 1, 20), date(2022, 1, 31))
    assert intersect(b, a) == intersect(a, b)
    assert intersect(a, (date(2022, 1, 31), date(2022, 1, 31))) == (
        date(2022, 1, 31),
        date(2022, 1, 31),
    )
    assert intersect(a, (date(2022, 2, 1), date(2022, 2, 2))) is None
