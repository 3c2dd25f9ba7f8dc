"""Select the events of a chronology people ask for: a period, types, actors, sources, status.

Filtering is a plain function from a chronology to a smaller one, so every view and export
(terminal, YAML, HTML, TimelineJS, CSV) shows the same selection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from difflib import get_close_matches

from timeline.errors import TimelineError
from timeline.model import Chronology, Event, Interval
from timeline.temporal.values import parse_value

STATUSES = ("reported", "expected")


class FilterError(TimelineError):
    """A filter option cannot be understood; the message names the option and the fix."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to keep. Empty fields keep everything.

    `start`/`end` bound a period: an event is kept when its interval shares a day with it.
    `types` and `actors` keep an event that has any of them (case-insensitive).
    `min_sources` counts distinct articles, not mentions.
    """

    start: date | None = None
    end: date | None = None
    types: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    min_sources: int = 0
    status: str | None = None

    @property
    def is_empty(self) -> bool:
        return self == EventFilter()


def make_filter(
    date_from: str | None = None,
    date_to: str | None = None,
    types: Iterable[str] = (),
    actors: Iterable[str] = (),
    min_sources: int = 0,
    status: str | None = None,
) -> EventFilter:
    """Build a filter from command-line style values.

    Partial dates name their whole interval: `--from 2022-01` starts on 1 January 2022,
    `--to 2022` ends on 31 December 2022.

    >>> make_filter("2022-01", "2022-12").end
    datetime.date(2022, 12, 31)

    Raises:
        FilterError: for a date that is not YYYY, YYYY-MM or YYYY-MM-DD, an empty period,
            a negative source count or an unknown status.
    """
    start = _bound(date_from, "--from").start if date_from else None
    end = _bound(date_to, "--to").end if date_to else None
    if start and end and start > end:
        raise FilterError(f"--from {date_from} is after --to {date_to}; swap them")
    if min_sources < 0:
        raise FilterError(f"--min-sources {min_sources} is negative; use 0 or more")
    if status is not None and status not in STATUSES:
        raise FilterError(f"--status {status!r} is unknown; use one of: {', '.join(STATUSES)}")
    return EventFilter(
        start=start,
        end=end,
        types=frozenset(t.casefold() for t in types),
        actors=frozenset(a.casefold() for a in actors),
        min_sources=min_sources,
        status=status,
    )


def _bound(text: str, option: str) -> Interval:
    interval = parse_value(text.strip())
    if interval is None or interval.precision not in ("day", "month", "year"):
        raise FilterError(f"{option} {text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return interval


def source_documents(event: Event) -> tuple[str, ...]:
    """The distinct articles that report an event, in the order they first mention it."""
    return tuple(dict.fromkeys(m.document for m in event.mentions))


def keep(event: Event, criteria: EventFilter) -> bool:
    """Whether one event passes the filter."""
    if criteria.start or criteria.end:
        interval = event.interval
        if interval is None:
            return False  # an undated event cannot be said to fall in a period
        if criteria.start and interval.end < criteria.start:
            return False
        if criteria.end and interval.start > criteria.end:
            return False
    if criteria.types and event.type.casefold() not in criteria.types:
        return False
    if criteria.actors and not {a.casefold() for a in event.actors} & criteria.actors:
        return False
    if criteria.status and event.status != criteria.status:
        return False
    return len(source_documents(event)) >= criteria.min_sources


def filter_chronology(chronology: Chronology, criteria: EventFilter) -> Chronology:
    """The chronology with only the events that pass; documents and warnings stay as they are."""
    if criteria.is_empty:
        return chronology
    return replace(
        chronology,
        events=tuple(e for e in chronology.events if keep(e, criteria)),
        undated=tuple(e for e in chronology.undated if keep(e, criteria)),
    )


def find_event(chronology: Chronology, event_id: str) -> Event | None:
    """The event with this id, dated or undated."""
    for event in (*chronology.events, *chronology.undated):
        if event.id == event_id:
            return event
    return None


def similar_ids(chronology: Chronology, event_id: str, n: int = 3) -> list[str]:
    """Ids that look like a mistyped one, closest first."""
    ids = [e.id for e in (*chronology.events, *chronology.undated)]
    return get_close_matches(event_id, ids, n=n, cutoff=0.5)
