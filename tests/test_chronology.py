"""Events are ordered into a chronology: dated ones by interval, undated ones apart."""

from __future__ import annotations

from tests.exporters.samples import make_event
from timeline.chronology import order_events, year_heading


def test_an_event_is_listed_under_its_year_or_the_years_it_spans() -> None:
    assert year_heading(make_event("a", "2022-10-13")) == "2022"
    assert year_heading(make_event("b", "2022-Q4")) == "2022"
    assert year_heading(make_event("c", "20")) == "2000–2099"
    assert year_heading(make_event("d", "197")) == "1970–1979"
    assert year_heading(make_event("e", None)) == ""


def test_dated_events_go_by_start_then_end_then_id() -> None:
    events = [
        make_event("z-year", "2022"),
        make_event("b-day", "2022-01-01"),
        make_event("a-day", "2022-01-01"),
        make_event("month", "2022-01"),
        make_event("before", "2021-12-31"),
        make_event("undated-2", None),
        make_event("undated-1", None),
    ]
    dated, undated = order_events(events)
    # the same start: the shorter interval first; the same interval: by id
    assert [e.id for e in dated] == ["before", "a-day", "b-day", "month", "z-year"]
    assert [e.id for e in undated] == ["undated-1", "undated-2"]


def test_the_order_does_not_depend_on_the_input_order() -> None:
    events = [make_event(f"e{i}", f"2022-0{i % 3 + 1}") for i in range(9)]
    assert order_events(events) == order_events(reversed(events))
