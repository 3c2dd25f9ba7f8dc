"""Dates counted from an event the article told before: "twee dagen na de aanslag".

A duration followed by an after- or before-word and an event noun ("twee dagen na de
aanslag", "drie weken voor de verkiezingen") names a day counted from that event. When the
article has told an event of that kind with an explicit date, the duration becomes that date
moved by it, never more precise than that date or the duration's unit allow.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from timeline.model import EventMention, Interval, Timex
from timeline.regexes import between_words
from timeline.temporal.values import RANK, add_months, format_value, month_end

_DURATION = re.compile(r"^P(\d+)([YMWD])$")
#: The precision a count of each unit can give at best.
_UNIT_PRECISION = {"D": "day", "W": "day", "M": "month", "Y": "year"}
#: The rule name of an expression counted from an event.
OFFSET_RULE = "event_offset"
#: Words at most between the after-word and the event noun ("na de | Indonesische | ramp").
_GAP_WORDS = 4

#: Finds the event nouns of a stretch of text: (type group, start) pairs in text order.
FindEvents = Callable[[str, int, int], Sequence[tuple[str, int]]]


@dataclass(frozen=True)
class EventOffsets:
    """The words of a language that count a duration from an event."""

    after: re.Pattern[str] | None
    before: re.Pattern[str] | None


def compile_offsets(after: Sequence[str], before: Sequence[str]) -> EventOffsets:
    """Patterns matching the after- or before-word right behind a duration."""
    return EventOffsets(between_words(after), between_words(before))


def offset_from_event(
    timex: Timex,
    text: str,
    end: int,
    offsets: EventOffsets,
    find_events: FindEvents,
    told: Mapping[str, EventMention],
) -> Timex | None:
    """`timex` as the date it counts from an event told before, or None when it does not."""
    if timex.type != "DURATION":
        return None
    duration = _DURATION.match(timex.value)
    if duration is None:
        return None
    sign = 0
    frame = None
    for direction, pattern in ((1, offsets.after), (-1, offsets.before)):
        if pattern is not None:
            frame = pattern.match(text, timex.end, end)
            if frame is not None:
                sign = direction
                break
    if frame is None:
        return None
    reach = frame.end()
    events = find_events(text, reach, end)
    if not events:
        return None
    group, start = events[0]
    if len(text[reach:start].split()) > _GAP_WORDS or group not in told:
        return None
    base = told[group].interval
    if base is None:
        return None
    value = _moved(base, sign * int(duration[1]), duration[2])
    if value is None:
        return None
    return replace(timex, type="DATE", value=value, anchor=None, rule=OFFSET_RULE)


def _moved(base: Interval, amount: int, unit: str) -> str | None:
    """The value of `base` moved by `amount` units, at the coarser of the two precisions."""
    precision = _UNIT_PRECISION[unit]
    if RANK.get(base.precision, 99) > RANK[precision]:
        precision = base.precision
        if precision not in ("day", "week", "month", "year"):
            return None
    day = base.start
    try:
        if unit in "DW":
            day += timedelta(days=amount * (7 if unit == "W" else 1))
        else:
            year, month = add_months(day.year, day.month, amount * (12 if unit == "Y" else 1))
            day = day.replace(year=year, month=month, day=min(day.day, month_end(year, month).day))
    except (OverflowError, ValueError):
        return None
    return format_value(day, precision)
