"""The days an event mention's event can have happened on, as far as linking is concerned."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.events.anchor import PAST
from timeline.model import EventMention

#: A report told by a verb without a date is about this recent past at most.
NEWS_HORIZON = timedelta(days=60)
#: What was said, without a date, was said this recently.
SAYING_HORIZON = timedelta(days=3)
#: An undated report is about something at most this many years before its publication.
REPORT_HORIZON_YEARS = 2
#: A counted week ("drie weken geleden") is approximate by this much on either side.
WEEK_SLACK = timedelta(days=7)

#: The first and last day an event can have happened on.
Window = tuple[date, date]


def link_window(mention: EventMention) -> Window:
    """The days a mention's event can have happened on, as far as linking is concerned.

    A report dated only by its publication happened by then (or, when announced, after it);
    an explicit date bounds it, open on one side for BEFORE/AFTER.
    """
    interval = mention.interval
    if interval is None:
        return (date.min, date.max)
    if not mention.explicit:
        if mention.status == "expected":
            return (interval.start, date.max)
        if mention.mod == "BEFORE" and mention.mention.time_value != PAST:
            return (date.min, interval.end)  # dated by another event, some time before
        if mention.verbal:
            # a verb without a date tells news: what happened in the weeks before
            if mention.saying:
                return (interval.start - SAYING_HORIZON, interval.end)
            if mention.mod == "BEFORE" and mention.tense == "past":
                # the simple past without a date tells what had happened by then, not the
                # news of these weeks: "Bij één van die verloven verkrachtte en doodde hij
                # de 25-jarige Anne" in an article on the debate two years later
                return (_years_before(interval.end, REPORT_HORIZON_YEARS), interval.end)
            return (interval.start - NEWS_HORIZON, interval.end)
        # a noun may recall an older event ("de Indonesische ramp"), a few years at most
        return (_years_before(interval.end, REPORT_HORIZON_YEARS), interval.end)
    if mention.mod == "BEFORE":
        return (date.min, interval.end)
    if mention.mod == "AFTER":
        return (interval.start, date.max)
    if interval.precision == "week":
        # weeks are mostly counted ("drie weken geleden"): about that week
        return (interval.start - WEEK_SLACK, interval.end + WEEK_SLACK)
    return (interval.start, interval.end)


def _years_before(day: date, years: int) -> date:
    return day.replace(year=max(1, day.year - years), day=min(day.day, 28))


def intersect(a: Window, b: Window) -> Window | None:
    """The days two windows share, or None when they do not meet."""
    # max() and min() spelt out: called for every candidate pair
    start = a[0] if a[0] >= b[0] else b[0]
    end = a[1] if a[1] <= b[1] else b[1]
    return (start, end) if start <= end else None
