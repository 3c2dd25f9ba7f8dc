"""Order events into a chronology: dated ones by interval, undated ones apart."""

from __future__ import annotations

from collections.abc import Iterable

from timeline.model import Event


def year_heading(event: Event) -> str:
    """The year an event is listed under: "2018", "2000–2099" for wider intervals, "" undated."""
    interval = event.interval
    if interval is None:
        return ""
    if interval.start.year == interval.end.year:
        return str(interval.start.year)
    return f"{interval.start.year}–{interval.end.year}"


def order_events(events: Iterable[Event]) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
    """Split events into dated and undated, each in a deterministic order.

    Dated events go by interval start, then end, then id; undated ones by id.
    """
    dated = [e for e in events if e.interval is not None]
    undated = [e for e in events if e.interval is None]
    dated.sort(key=lambda e: (e.interval.start, e.interval.end, e.id) if e.interval else ((), e.id))
    undated.sort(key=lambda e: e.id)
    return tuple(dated), tuple(undated)
