"""Resolve an underspecified temporal value against the publication date or the previous date.

The tagger hands over `fields` (what the words said: "month 4, one year before the anchor");
this module turns them into a TIMEX3 value, never more precise than the anchor allows.
Language-neutral: every word was looked up in the grammar before it gets here.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from timeline.model import Interval
from timeline.temporal.calendar import resolve_calendar
from timeline.temporal.context import Context, Ref, Resolution, choose_anchor, time_of_day
from timeline.temporal.values import (
    RANK,
    SEASON_MONTHS,
    add_months,
    format_value,
    month_end,
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
    if "hour" in fields or "story_day" in fields:
        return _clock(fields, context)
    if ("shift" in fields and fields.get("unit") not in (None, "year")) or (
        "shift" in fields and not _has_calendar_field(fields)
    ):
        return _relative_unit(fields, context)
    return resolve_calendar(fields, context)


def _has_calendar_field(fields: dict[str, Any]) -> bool:
    return any(k in fields for k in ("month", "quarter", "half", "season", "holiday", "week"))


# ----------------------------------------------------------------- durations and sets
#: How many days nearer than the coming one a weekday before the publication must be for a
#: present-tense clause to mean it (see `_weekday`).
_PRESENT_BACK_MARGIN = 2
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
    ref, anchor = choose_anchor(fields, context)
    if unit in ("hour", "minute", "second"):
        if ref is not None and unit == "hour" and ref.interval.precision == "day":
            # hours from a day move to the day they reach, counted from its clock time or
            # part ("zondagavond ... 24 uur later": Monday), else from its middle
            hours = _hour_of(ref.value) + direction * amount
            return Resolution(shift(ref, "day", int(hours // 24)), anchor)
        unit, amount = "day", 0
    if ref is None:
        return Resolution(unknown_value(unit), anchor)
    return Resolution(shift(ref, unit, int(direction * amount)), anchor)


#: The hour a part of the day is taken to stand for when hours are counted from it.
_PART_HOURS = {"MO": 9, "MI": 12, "AF": 15, "EV": 20, "NI": 23, "DT": 12}


def _hour_of(value: str) -> float:
    """The hour of the day a day value tells: its clock time, its part, else noon."""
    _, _, time = value.partition("T")
    if time[:2].isdigit():
        return int(time[:2]) + (int(time[3:5]) / 60 if time[3:5].isdigit() else 0)
    return _PART_HOURS.get(time[:2], 12)


def _relative_unit(fields: dict[str, Any], context: Context) -> Resolution:
    unit = str(fields.get("unit", "day"))
    amount = int(fields.get("shift", 0))
    ref, anchor = choose_anchor(fields, context)
    if unit == "season":
        return _season_shift(str(fields["season"]), amount, ref, anchor)
    if ref is None:
        precision = "week" if unit == "weekend" else unit
        return Resolution(unknown_value(precision), anchor)
    if unit == "weekend" and amount == 0 and _weekend_gone(ref, context):
        amount = -1  # "dit weekend kwamen ze aan" on a Monday: the weekend just gone
    value = shift(ref, unit, amount)
    if "part" in fields and RANK[ref.interval.precision] == 0:
        value += f"T{fields['part']}"
    return Resolution(value, anchor)


def _weekend_gone(ref: Ref, context: Context) -> bool:
    """Whether "dit weekend", told in the past tense on a weekday, is the one before it."""
    interval = ref.interval
    return (
        interval.precision == "day" and interval.start.isoweekday() < 6 and context.tense == "past"
    )


#: Years in a unit, for keeping a shifted date inside the years 2-9998 (a year's margin).
_UNIT_YEARS = {
    "day": 1 / 365,
    "week": 7 / 365,
    "month": 1 / 12,
    "quarter": 1 / 4,
    "season": 1 / 4,
    "half": 1 / 2,
    "year": 1,
    "decade": 10,
    "century": 100,
}


def shift(ref: Ref, unit: str, amount: int) -> str:
    """Move `amount` units from a reference, at the unit's precision or the reference's.

    A unit finer than the reference cannot be computed: the reference's own value is the most
    the text allows ("afgelopen zaterdag" in an article dated 2022-12 says 2022-12).
    """
    precision = "week" if unit == "weekend" else unit
    if RANK[precision] < RANK[ref.interval.precision]:
        return ref.value if not ref.value.endswith("-WE") else ref.value[:-3]
    day = ref.interval.start
    if not 2 <= day.year + amount * _UNIT_YEARS[precision] <= 9998:
        # before the year 1 or after 9999 ("80 eeuw geleden"): no calendar value to write
        return "PAST_REF" if amount < 0 else "FUTURE_REF"
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
        # "komend voorjaar" on 6 March is this spring, which has only just begun: the next
        # season still in its first month
        year = next(y for y, i in candidates if _first_month_end(i.start) >= now.end)
    else:
        current = [y for y, i in candidates if i.overlaps(now)]
        year = current[0] if current else next(y for y, i in candidates if i.start > now.end)
    return Resolution(f"{year:04d}-{season}", anchor)


def _first_month_end(day: date) -> date:
    """The last day of the month that `day` falls in."""
    return month_end(day.year, day.month)


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
    floor = context.floor
    if amount is None and floor is not None and floor.interval.precision == "day":
        # the end of a range or the next of a list of days ("zaterdag en zondag", "van
        # maandag tot en met woensdag"): the first such day after the one before it
        start = floor.interval.start
        day = start + timedelta(days=(weekday - start.isoweekday() - 1) % 7 + 1)
        if "weekend" in fields:
            return Resolution(format_value(day, "week") + "-WE", "previous")
        return Resolution(day.isoformat() + time_of_day(fields), "previous")
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
    elif direction > 0 and amount is not None:  # "komende dinsdag" on a Tuesday: next week's
        day = today + timedelta(days=(weekday - today.isoweekday() - 1) % 7 + 1)
    elif direction > 0:  # "De zitting begint dinsdag" in Tuesday's paper: that very day
        day = today + timedelta(days=(weekday - today.isoweekday()) % 7)
    else:  # present tense: the coming such day, unless the one before is nearer by two
        # days or more: the present tells the last day or two ("Het kabinet zegt dinsdag")
        # as often as plans ("Maandag stemt de raad" on a Thursday: the coming Monday)
        back = today - timedelta(days=(today.isoweekday() - weekday) % 7)
        ahead = today + timedelta(days=(weekday - today.isoweekday()) % 7)
        near = (today - back).days + _PRESENT_BACK_MARGIN <= (ahead - today).days
        day = back if near or context.attributive else ahead
    if "weekend" in fields:
        return Resolution(format_value(day, "week") + "-WE", "published")
    return Resolution(day.isoformat() + time_of_day(fields), "published")


def _clock(fields: dict[str, Any], context: Context) -> Resolution:
    clock = time_of_day(fields)
    # A clock time, or a part of the day the story is at ("later die middag"), belongs to the
    # day the story is at: the last day named (even when a coarser date came after it,
    # "gisteren ... de aanslag van een week geleden"), else the DCT.
    previous = context.previous
    if previous is None or previous.interval.precision != "day":
        previous = context.day
    if previous is not None and previous.interval.precision == "day":
        return Resolution(previous.interval.start.isoformat() + clock, "previous")
    ref = context.published
    if ref is None or ref.interval.precision != "day":
        return Resolution(f"XXXX-XX-XX{clock}", "published")
    return Resolution(ref.interval.start.isoformat() + clock, "published")
