"""Filters: period overlap with partial dates, types, actors, distinct sources, status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.exporters.samples import ROOT, make_event, sample_chronology
from timeline.cli import app
from timeline.filters import (
    EventFilter,
    FilterError,
    filter_chronology,
    find_event,
    make_filter,
    similar_ids,
    source_documents,
)
from timeline.model import Chronology


def ids(chronology: Chronology) -> list[str]:
    return [e.id for e in (*chronology.events, *chronology.undated)]


def kept(**options: object) -> list[str]:
    return ids(filter_chronology(sample_chronology(), make_filter(**options)))  # type: ignore[arg-type]


def test_no_filter_keeps_everything() -> None:
    chronology = sample_chronology()
    assert filter_chronology(chronology, EventFilter()) is chronology
    assert make_filter().is_empty


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        # 2022-01 .. 2022-12 is all of 2022: the month, day and "before December" events
        ("2022-01", "2022-12", ["protest-2022-09-13", "protest-2022-10", "drones-2022-12"]),
        # a year bound covers the whole year
        ("2022", "2022", ["protest-2022-09-13", "protest-2022-10", "drones-2022-12"]),
        # a day inside a month event's interval keeps the month event (overlap, not containment)
        ("2022-10-15", "2022-10-15", ["protest-2022-10"]),
        # one open end
        ("2023", None, ["training-2023-q1", "delivery-2023-12"]),
        (None, "2018-06", ["deal-2018"]),
        # the quarter 2023-Q1 overlaps February
        ("2023-02", "2023-02", ["training-2023-q1"]),
        ("1990", "1999", []),
    ],
)
def test_period_overlap(date_from: str | None, date_to: str | None, expected: list[str]) -> None:
    assert kept(date_from=date_from, date_to=date_to) == expected


def test_partial_dates_name_their_whole_interval() -> None:
    criteria = make_filter("2022-02", "2024-02")
    assert (criteria.start, criteria.end) == (date(2022, 2, 1), date(2024, 2, 29))


def test_type_actor_status_and_sources() -> None:
    assert kept(types=["Protest"]) == ["protest-2022-09-13", "protest-2022-10"]
    assert kept(types=["deal", "talks"]) == ["deal-2018", "talks-undated"]
    assert kept(actors=["oekraïne"]) == ["protest-2022-10"]
    assert kept(actors=["EEU", "Oekraïne"]) == ["deal-2018", "protest-2022-10"]
    assert kept(status="expected") == ["delivery-2023-12"]
    assert "delivery-2023-12" not in kept(status="reported")
    # drones-2022-12 has three mentions in two articles: two sources
    assert kept(min_sources=2) == ["protest-2022-09-13", "drones-2022-12"]
    assert kept(min_sources=3) == []
    assert kept(types=["protest"], actors=["Iran"], date_from="2022-10") == ["protest-2022-10"]


def test_undated_events_fall_outside_any_period() -> None:
    assert "talks-undated" in kept(actors=["Iran"])
    assert "talks-undated" not in kept(actors=["Iran"], date_from="1900")


def test_filter_keeps_documents() -> None:
    chronology = sample_chronology()
    filtered = filter_chronology(chronology, make_filter(types=["deal"]))
    assert filtered.documents == chronology.documents


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"date_from": "2022-13"}, "--from '2022-13' is not a date; write YYYY, YYYY-MM or"),
        ({"date_to": "gisteren"}, "--to 'gisteren' is not a date"),
        ({"date_from": "2022-Q1"}, "--from '2022-Q1' is not a date"),
        ({"date_from": "2023", "date_to": "2022"}, "--from 2023 is after --to 2022; swap them"),
        ({"min_sources": -1}, "--min-sources -1 is negative"),
        ({"status": "planned"}, "--status 'planned' is unknown; use one of: reported, expected"),
    ],
)
def test_bad_options_say_what_to_do(options: dict[str, object], message: str) -> None:
    with pytest.raises(FilterError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make_filter(**options)  # type: ignore[arg-type]


def test_source_documents_are_distinct_and_ordered() -> None:
    event = make_event("x", "2022", documents=("b", "a", "b"))
    assert source_documents(event) == ("b", "a")


def test_find_event_and_suggestions() -> None:
    chronology = sample_chronology()
    assert find_event(chronology, "talks-undated") is chronology.undated[0]
    assert find_event(chronology, "nope") is None
    assert similar_ids(chronology, "protest-2022-1")[0] == "protest-2022-10"


def test_build_command_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    every = runner.invoke(app, ["build", "seeds", "-f", "csv", "-q"])
    assert every.exit_code == 0
    period = ["--from", "2022-10", "--to", "2022-12"]
    some = runner.invoke(app, ["build", "seeds", "-f", "csv", "-q", *period])
    assert some.exit_code == 0
    dated = [line.split(",")[2] for line in some.stdout.splitlines()[1:]]
    assert all(start <= "2022-12-31" for start in dated)
    assert len(some.stdout.splitlines()) <= len(every.stdout.splitlines())
    none = runner.invoke(app, ["build", "seeds", "-f", "csv", "-q", "--type", "no-such-type"])
    assert none.stdout.splitlines() == [every.stdout.splitlines()[0]]


def test_build_command_rejects_bad_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["build", "seeds", "--from", "2022-13"])
    assert result.exit_code == 2
    message = "Error: --from '2022-13' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
    assert message in result.output
    result = CliRunner().invoke(app, ["build", "seeds", "--status", "planned"])
    assert result.exit_code == 2


@given(
    start=st.dates(date(2020, 1, 1), date(2024, 12, 31)),
    days=st.integers(0, 400),
    period_start=st.dates(date(2020, 1, 1), date(2024, 12, 31)),
    period_days=st.integers(0, 400),
)
def test_period_filter_is_interval_overlap(
    start: date, days: int, period_start: date, period_days: int
) -> None:
    from dataclasses import replace

    from timeline.filters import keep
    from timeline.model import Interval

    end = start + timedelta(days=days)
    period_end = period_start + timedelta(days=period_days)
    event = replace(make_event("x", "2022"), interval=Interval(start, end, "day"))
    criteria = EventFilter(start=period_start, end=period_end)
    overlaps = start <= period_end and period_start <= end
    assert keep(event, criteria) == overlaps
