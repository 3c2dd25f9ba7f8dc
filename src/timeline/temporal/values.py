"""TIMEX3 values: what interval of days a value means, and how to write one.

>>> parse_value("2022-10")
Interval(start=datetime.date(2022, 10, 1), end=datetime.date(2022, 10, 31), precision='month')
>>> parse_value("199").end
datetime.date(1999, 12, 31)
>>> parse_value("PAST_REF") is None
True
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from timeline.model import Interval

#: Coarseness rank of each precision: a unit can be computed only at or above its anchor's rank.
RANK: dict[str, int] = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "half": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}

#: The precisions `format_value` writes.
PRECISIONS_WRITTEN: tuple[str, ...] = tuple(RANK)

SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 2),
}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


@lru_cache(maxsize=4096)  # the same values are parsed again and again (an Interval is frozen)
def parse_value(value: str | None) -> Interval | None:
    """The interval of days a DATE/TIME value can mean, or None when it names no calendar time."""
    if not value:
        return None
    if m := _DAY.match(value):
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return Interval(day, day, "day")
    if m := _WEEK.match(value):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return Interval(monday + timedelta(days=5), monday + timedelta(days=6), "week")
        return Interval(monday, monday + timedelta(days=6), "week")
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12 or year < 1:
            return None
        return Interval(date(year, month, 1), month_end(year, month), "month")
    if m := _PART.match(value):
        return _part_interval(int(m[1]), m[2])
    if m := _YEAR.match(value):
        year = int(m[1])
        return Interval(date(year, 1, 1), date(year, 12, 31), "year") if year >= 1 else None
    if m := _DECADE.match(value):
        first = max(int(m[1]) * 10, 1)
        return Interval(date(first, 1, 1), date(int(m[1]) * 10 + 9, 12, 31), "decade")
    if m := _CENTURY.match(value):
        first = max(int(m[1]) * 100, 1)
        return Interval(date(first, 1, 1), date(int(m[1]) * 100 + 99, 12, 31), "century")
    return None


def _part_interval(year: int, part: str) -> Interval | None:
    if year < 1:
        return None
    if part[0] == "Q":
        q = int(part[1])
        return Interval(date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter")
    if part[0] == "H":
        h = int(part[1])
        return Interval(date(year, 6 * h - 5, 1), month_end(year, 6 * h), "half")
    first, last = SEASON_MONTHS[part]
    if part == "WI":
        if year >= 9999:
            return None
        return Interval(date(year, 12, 1), month_end(year + 1, 2), "season")
    return Interval(date(year, first, 1), month_end(year, last), "season")


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Move a (year, month) by a number of months."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def format_value(day: date, precision: str) -> str:
    """Write the value of the unit of `precision` that contains `day`.

    >>> format_value(date(2019, 2, 12), "week")
    '2019-W07'
    >>> format_value(date(1995, 6, 1), "decade")
    '199'
    """
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if precision == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if precision == "season":
        for code, (first, last) in SEASON_MONTHS.items():
            if code == "WI" and day.month in (12, 1, 2):
                return f"{day.year - (1 if day.month < 12 else 0):04d}-WI"
            if first <= day.month <= last:
                return f"{day.year:04d}-{code}"
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "decade":
        return f"{day.year // 10:03d}"
    if precision == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown precision {precision!r}")


def unknown_value(precision: str) -> str:
    """The TIMEX3 value with every digit unknown, for a relative date without an anchor."""
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "half": "XXXX-HX",
        "season": "XXXX-XX",
        "year": "XXXX",
        "decade": "XXX",
        "century": "XX",
    }[precision]


def is_well_formed(value: str) -> bool:
    """Whether a string is a TIMEX3 value this tool can write (used by property tests)."""
    return bool(
        re.fullmatch(
            r"(?:[0-9X]{4}(?:-(?:[0-9X]{2}|W[0-9X]{2}(?:-WE|-[1-7])?|Q[1-4X]|H[12X]|SP|SU|FA|WI)"
            r"(?:-[0-9X]{2})?)?(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?"
            r"|[0-9X]{2,3}|P(?:[0-9.]+|X)(?:Y|M|W|D|DE|CE|X)|PT(?:[0-9]+|X)(?:H|M|S)"
            r"|PRESENT_REF|PAST_REF|FUTURE_REF)",
            value,
        )
    )
