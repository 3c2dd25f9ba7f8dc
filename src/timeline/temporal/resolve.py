"""Resolve an underspecified temporal value against the publication date or the previous date.

The tagger hands over `fields` (what the words said: "month 4, one year before the anchor");
this module turns them into a TIMEX3 value, never more precise than the anchor allows.
Language-neutral: every word was looked up in the grammar before it gets here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.easter import easter

from timeline.model import Interval
from timeline.temporal.tense import Tense
from timeline.temporal.values import (
    RANK,
    SEASON_MONTHS,
    add_months,
    format_value,
    month_end,
    parse_value,
    unknown_value,
)

UNIT_CODES: dict[str, str] = {
    "D": "day",
    "W": "week",
    "M": "month",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
    "TH": "hour",
    "TM": "minute",
    "TS": "second",
    "WE": "weekend",
}
_UNIT_LETTERS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}


@dataclass(frozen=True, slots=True)
class Ref:
    """A resolved value that later expressions can be anchored to."""

    value: str
    interval: Interval

    @staticmethod
    def of(value: str | None) -> Ref | None:
        interval = parse_value(value)
        return Ref(value, interval) if value and interval else None


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved value and what it was resolved against."""

    value: str
    anchor: str | None


@dataclass(frozen=True, slots=True)
class Context:
    """What a value can be resolved against."""

    published: Ref | None
    previous: Ref | None
    tense_of: Callable[[], Tense]

    @property
    def tense(self) -> Tense:
        """The tense of the sentence; computed only for values that need it."""
        return self.tense_of()


def resolve(fields: dict[str, Any], context: Context) -> Resolution:
    """Turn the fields a rule filled into a TIMEX3 value."""
    if "vague" in fields:
        return Resolution(str(fields["vague"]), None)
    if "set" in fields:
        return Resolution(_set_value(fields), None)
    if "duration_value" in fields:
        return Resolution(str(fields["duration_value"]), None)
    if "duration" in fields:
        return Resolution(_duration(fields.get("amount", 1), fields.get("unit", "X")), None)
    if "decade" in fields:
        decade = int(fields["decade"])
        decade = decade // 10 if decade >= 10 else decade
        return Resolution(f"{int(fields.get('decade_full', 19)):02d}{decade}", None)
    if "century" in fields:
        return Resolution(f"{int(fields['century']) - 1:02d}", None)
    if "amount" in fields:
        return _relative_amount(fields, context)
    if "weekday" in fields and "month" not in fields:
        return _weekday(fields, context)
    if "hour" in fields:
        return _clock(fields, context)
    if ("shift" in fields and fields.get("unit") not in (None, "year")) or (
        "shift" in fields and not _has_calendar_field(fields)
    ):
        return _relative_unit(fields, context)
    return _calendar(fields, context)


def _has_calendar_field(fields: dict[str, Any]) -> bool:
    return any(k in fields for k in ("month", "quarter", "half", "season", "holiday", "week"))


# ----------------------------------------------------------------- durations and sets
_SMALLER = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "W": ("D", 7), "D": ("TH", 24)}


def _duration(amount: Any, unit: Any) -> str:
    unit = str(unit)
    if amount not in (None, "X") and not float(str(amount).replace(",", ".")).is_integer():
        value = float(str(amount).replace(",", "."))
        if unit in _SMALLER and (value * _SMALLER[unit][1]).is_integer():
            amount, unit = int(value * _SMALLER[unit][1]), _SMALLER[unit][0]
    number = "X" if amount in (None, "X") else _number(amount)
    if unit in ("TH", "TM", "TS"):
        return f"PT{number}{unit[1]}"
    return f"P{number}{unit}"


def _number(amount: Any) -> str:
    value = float(str(amount).replace(",", "."))
    return str(int(value)) if value.is_integer() else str(value)


def _set_value(fields: dict[str, Any]) -> str:
    if isinstance(fields["set"], str):
        return fields["set"]
    if "weekday" in fields:
        return f"XXXX-WXX-{int(fields['weekday'])}"
    if "part_adverb" in fields:
        return f"XXXX-XX-XXT{fields['part_adverb']}"
    return _duration(fields.get("amount", 1), fields.get("unit", "X"))


# ----------------------------------------------------------------- relative to an anchor
def _anchor(fields: dict[str, Any], context: Context) -> tuple[Ref | None, str | None]:
    if fields.get("anchor") == "previous" and context.previous is not None:
        return context.previous, "previous"
    if context.published is not None:
        return context.published, "published"
    return None, ("previous" if fields.get("anchor") == "previous" else "published")


def _relative_amount(fields: dict[str, Any], context: Context) -> Resolution:
    direction = int(fields.get("direction", 1))
    unit = UNIT_CODES.get(str(fields.get("unit")), "day")
    if fields["amount"] in (None, "X"):
        return Resolution("PAST_REF" if direction < 0 else "FUTURE_REF", None)
    amount = float(fields["amount"])
    code = str(fields.get("unit"))
    if not amount.is_integer() and code in _SMALLER:  # "anderhalf jaar geleden": 18 months
        smaller, factor = _SMALLER[code]
        unit, amount = UNIT_CODES.get(smaller, "day"), amount * factor
    ref, anchor = _anchor(fields, context)
    if unit in ("hour", "minute", "second"):
        unit, amount = "day", 0
    if ref is None:
        return Resolution(unknown_value(unit), anchor)
    return Resolution(shift(ref, unit, int(direction * amount)), anchor)


def _relative_unit(fields: dict[str, Any], context: Context) -> Resolution:
    unit = str(fields.get("unit", "day"))
    amount = int(fields.get("shift", 0))
    ref, anchor = _anchor(fields, context)
    if unit == "season":
        return _season_shift(str(fields["season"]), amount, ref, anchor)
    if ref is None:
        precision = "week" if unit == "weekend" else unit
        return Resolution(unknown_value(precision), anchor)
    value = shift(ref, unit, amount)
    if "part" in fields and RANK[ref.interval.precision] == 0:
        value += f"T{fields['part']}"
    return Resolution(value, anchor)


def shift(ref: Ref, unit: str, amount: int) -> str:
    """Move `amount` units from a reference, at the unit's precision or the reference's.

    A unit finer than the reference cannot be computed: the reference's own value is the most
    the text allows ("afgelopen zaterdag" in an article dated 2022-12 says 2022-12).
    """
    precision = "week" if unit == "weekend" else unit
    if RANK[precision] < RANK[ref.interval.precision]:
        return ref.value if not ref.value.endswith("-WE") else ref.value[:-3]
    day = ref.interval.start
    if precision == "day":
        return format_value(day + timedelta(days=amount), "day")
    if precision == "week":
        value = format_value(day + timedelta(weeks=amount), "week")
        return value + "-WE" if unit == "weekend" else value
    if precision == "month":
        year, month = add_months(day.year, day.month, amount)
        return f"{year:04d}-{month:02d}"
    if precision in ("quarter", "half", "season"):
        months = {"quarter": 3, "half": 6, "season": 3}[precision]
        year, month = add_months(day.year, day.month, amount * months)
        return format_value(date(year, month, 1), precision)
    if precision == "year":
        return f"{day.year + amount:04d}"
    if precision == "decade":
        return f"{day.year // 10 + amount:03d}"
    return f"{day.year // 100 + amount:02d}"


def _season_shift(season: str, amount: int, ref: Ref | None, anchor: str | None) -> Resolution:
    if ref is None:
        return Resolution(f"XXXX-{season}", anchor)
    if RANK[ref.interval.precision] > RANK["season"]:
        return Resolution(ref.value, anchor)
    now = ref.interval
    candidates = [
        (y, _season_interval(y, season)) for y in range(now.start.year - 2, now.start.year + 3)
    ]
    if amount < 0:
        past = [(y, i) for y, i in candidates if i.end < now.start]
        year = past[-1][0]
    elif amount > 0:
        year = next(y for y, i in candidates if i.start > now.end)
    else:
        current = [y for y, i in candidates if i.overlaps(now)]
        year = current[0] if current else next(y for y, i in candidates if i.start > now.end)
    return Resolution(f"{year:04d}-{season}", anchor)


def _season_interval(year: int, season: str) -> Interval:
    first, last = SEASON_MONTHS[season]
    if season == "WI":
        return Interval(date(year, 12, 1), month_end(year + 1, 2), "season")
    return Interval(date(year, first, 1), month_end(year, last), "season")


# ----------------------------------------------------------------- weekdays and clock times
def _weekday(fields: dict[str, Any], context: Context) -> Resolution:
    weekday = int(fields["weekday"])
    ref = context.published
    if ref is None:
        return Resolution(
            "XXXX-WXX-WE" if "weekend" in fields else f"XXXX-WXX-{weekday}", "published"
        )
    if ref.interval.precision != "day":
        return Resolution(ref.value, "published")
    today = ref.interval.start
    if "week_shift" in fields:  # "volgende week dinsdag": that day of the shifted week
        monday = today - timedelta(days=today.isoweekday() - 1)
        day = monday + timedelta(weeks=int(fields["week_shift"]), days=weekday - 1)
        return Resolution(day.isoformat(), "published")
    amount = fields.get("shift")
    direction: int
    if amount is not None:
        direction = int(amount)
    else:
        direction = {"past": -1, "future": 1, "present": 0}[context.tense]
        if direction == 0 and "weekend" in fields:
            direction = 1  # "Het concert is in het weekend": the coming one
    if direction == 0 and amount is not None:
        day = today + timedelta(days=weekday - today.isoweekday())
    elif direction < 0:
        day = today - timedelta(days=(today.isoweekday() - weekday - 1) % 7 + 1)
    elif direction > 0:
        day = today + timedelta(days=(weekday - today.isoweekday() - 1) % 7 + 1)
    else:  # present tense: the nearest such day, the coming one on a tie
        back = today - timedelta(days=(today.isoweekday() - weekday) % 7)
        ahead = today + timedelta(days=(weekday - today.isoweekday()) % 7)
        day = back if (today - back) < (ahead - today) else ahead
    if "weekend" in fields:
        return Resolution(format_value(day, "week") + "-WE", "published")
    return Resolution(day.isoformat() + _time_of_day(fields), "published")


def _time_of_day(fields: dict[str, Any]) -> str:
    """The "T.." suffix of a day value: a clock time or a part of the day, if the text gave one."""
    if "hour" in fields:
        hour = int(fields["hour"])
        if hour < 12:
            hour += int(fields.get("hour_offset", 0))
        return f"T{hour:02d}:{int(fields.get('minute', 0)):02d}"
    if "part" in fields:
        return f"T{fields['part']}"
    return ""


def _clock(fields: dict[str, Any], context: Context) -> Resolution:
    clock = _time_of_day(fields)
    # A clock time belongs to the day the story is at: the last day named, else the DCT.
    previous = context.previous
    if previous is not None and previous.interval.precision == "day":
        return Resolution(previous.interval.start.isoformat() + clock, "previous")
    ref = context.published
    if ref is None or ref.interval.precision != "day":
        return Resolution(f"XXXX-XX-XX{clock}", "published")
    return Resolution(ref.interval.start.isoformat() + clock, "published")


# ----------------------------------------------------------------- calendar dates
def _calendar(fields: dict[str, Any], context: Context) -> Resolution:
    resolution = _calendar_date(fields, context)
    if RANK.get(_precision(resolution.value), 9) == 0:
        return Resolution(resolution.value + _time_of_day(fields), resolution.anchor)
    return resolution


def _precision(value: str) -> str:
    interval = parse_value(value)
    return interval.precision if interval else "unknown"


def _calendar_date(fields: dict[str, Any], context: Context) -> Resolution:
    if "year" in fields:
        return Resolution(_format_calendar(fields, _full_year(int(fields["year"]))), None)
    if "shift" in fields:  # "april vorig jaar": the year relative to the publication date
        ref, anchor = _anchor(fields, context)
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
    tense = (
        fields["tense"] if fields.get("tense") in ("past", "present", "future") else context.tense
    )
    year = _year_by_tense(fields, ref.interval, tense)
    return Resolution(_format_calendar(fields, year), "published")


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
