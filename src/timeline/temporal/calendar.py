"""Calendar dates written without a year: the year comes from the tense and the DCT.

"Op 21 juli vertrok het schip" in March 2024 is 2023-07-21; "vrijdag 26 april" is the year in
which the 26th of April is a Friday; "april vorig jaar" counts from the publication year.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dateutil.easter import easter

from timeline.model import Interval
from timeline.temporal.context import Context, Resolution, choose_anchor, time_of_day
from timeline.temporal.tense import Tense
from timeline.temporal.values import RANK, parse_value


def resolve_calendar(fields: dict[str, Any], context: Context) -> Resolution:
    """A date from calendar fields (year, month, day, season, holiday ...), at its precision."""
    resolution = _calendar_date(fields, context)
    if RANK.get(_precision(resolution.value), 9) == 0:
        return Resolution(resolution.value + time_of_day(fields), resolution.anchor)
    return resolution


def _precision(value: str) -> str:
    interval = parse_value(value)
    return interval.precision if interval else "unknown"


def _calendar_date(fields: dict[str, Any], context: Context) -> Resolution:
    if "year" in fields:
        return Resolution(_format_calendar(fields, _full_year(int(fields["year"]))), None)
    if "shift" in fields:  # "april vorig jaar": the year relative to the publication date
        ref, anchor = choose_anchor(fields, context)
        if ref is None:
            return Resolution(_format_calendar(fields, None), anchor)
        if ref.interval.precision in ("decade", "century"):
            return Resolution(ref.value, anchor)
        return Resolution(
            _format_calendar(fields, ref.interval.start.year + int(fields["shift"])), anchor
        )
    ref = context.published
    if ref is None:
        return Resolution(_format_calendar(fields, None), None)
    if RANK[ref.interval.precision] > RANK["year"]:
        return Resolution(_format_calendar(fields, None), "published")
    if context.floor is not None:
        after = _year_after(fields, context.floor.interval)
        if after is not None:
            return Resolution(_format_calendar(fields, after), "previous")
    tense = (
        fields["tense"] if fields.get("tense") in ("past", "present", "future") else context.tense
    )
    story = _story_year(fields, context) if tense == "past" else None
    if story is not None:
        return Resolution(_format_calendar(fields, story), "previous")
    year = _year_by_tense(fields, ref.interval, tense)
    return Resolution(_format_calendar(fields, year), "published")


def _story_year(fields: dict[str, Any], context: Context) -> int | None:
    """The year of a story told in an older year that a month goes on with: "In februari
    2011 ... In oktober werd hij gevangengenomen" is October 2011, later in that story."""
    previous, published = context.previous, context.published
    if previous is None or published is None or "month" not in fields or "weekday" in fields:
        return None
    if previous.interval.precision not in ("month", "day"):
        return None
    start = previous.interval.start
    if start.year >= published.interval.start.year - 1 or int(fields["month"]) < start.month:
        return None
    return start.year


def _year_after(fields: dict[str, Any], start: Interval) -> int | None:
    """The year in which a date without one first falls on or after a range's start: "januari
    2019 tot en met april" ends in April 2019, "november tot maart" in the March after."""
    if start.precision not in ("month", "day"):
        return None
    for year in (start.start.year, start.start.year + 1):
        interval = parse_value(_format_calendar(fields, year))
        if interval is not None and interval.start >= start.start:
            return year
    return None


def _full_year(year: int) -> int:
    """A two-digit year ('19, '85) read as the nearest plausible century."""
    if year >= 100:
        return year
    return 2000 + year if year < 50 else 1900 + year


def _year_by_tense(fields: dict[str, Any], now: Interval, tense: Tense) -> int:
    base = now.start.year
    candidates = []
    for year in (base - 1, base, base + 1):
        interval = parse_value(_format_calendar(fields, year))
        if interval is not None:
            candidates.append((year, interval))
    if "weekday" in fields:  # "vrijdag 26 april": the year in which the 26th is a Friday
        fitting = [c for c in candidates if c[1].start.isoweekday() == int(fields["weekday"])]
        if len(fitting) == 1:
            return fitting[0][0]
    if not candidates:
        return base
    if tense == "past":
        past = [y for y, i in candidates if i.start <= now.end]
        return past[-1] if past else base
    if tense == "future":
        future = [y for y, i in candidates if i.end >= now.start]
        return future[0] if future else base

    if any(k in fields for k in ("season", "quarter", "half")):
        return base  # the present tense speaks of this year's: "In het najaar komt er een album"

    def distance(interval: Interval) -> int:
        if interval.overlaps(now):
            return 0
        return min(abs((interval.start - now.end).days), abs((now.start - interval.end).days))

    # a day or month in the present tense: the nearest ("de crash op 29 oktober", "half mei")
    return min(candidates, key=lambda c: (distance(c[1]), -c[0]))[0]


def _format_calendar(fields: dict[str, Any], year: int | None) -> str:
    y = "XXXX" if year is None else f"{year:04d}"
    if "holiday" in fields:
        holiday = fields["holiday"]
        if year is None:
            if "easter" in holiday:
                return "XXXX-XX-XX"
            return f"XXXX-{int(holiday['month']):02d}-{int(holiday['day']):02d}"
        if "easter" in holiday:
            return (easter(year) + timedelta(days=int(holiday["easter"]))).isoformat()
        return _safe_day(year, int(holiday["month"]), int(holiday["day"]))
    if "week" in fields:
        return f"{y}-W{int(fields['week']):02d}"
    if "quarter" in fields:
        return f"{y}-Q{int(fields['quarter'])}"
    if "half" in fields:
        return f"{y}-H{int(fields['half'])}"
    if "season" in fields:
        return f"{y}-{fields['season']}"
    if "month" in fields:
        month = int(fields["month"])
        if "day" in fields:
            if year is None:
                return f"XXXX-{month:02d}-{int(fields['day']):02d}"
            return _safe_day(year, month, int(fields["day"]))
        return f"{y}-{month:02d}"
    return y


def _safe_day(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"
