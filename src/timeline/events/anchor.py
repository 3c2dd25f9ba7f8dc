"""Place an event mention in time: the expression that governs it, or the publication date.

The governing expression is the nearest calendar expression in the event's clause; a vague
one ("nu", "toen") stands for the publication date or the date mentioned just before; "binnen
een jaar" bounds an announced event; "al maanden" says it began before the publication.
Without any, a report takes the publication date, and a future one is `expected` after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.model import Interval, Status, Timex
from timeline.temporal.tense import Tense
from timeline.temporal.values import RANK, add_months, format_value, month_end, parse_value

_DURATION = re.compile(r"^P(\d+)(Y|M|W|D)$")
#: The TIMEX3 value of "in the past": what the simple past or a passing reference says of an
#: event without a date.
PAST = "PAST_REF"


@dataclass(frozen=True)
class AnchorCues:
    """The words of a language that change how an expression anchors an event."""

    began_before: frozenset[str]
    within_signals: frozenset[str]
    anaphoric: frozenset[str]
    #: Words that make a duration the span up to now ("de afgelopen weken").
    recent_spans: frozenset[str] = frozenset()
    #: The word opening a range of dates and those linking its ends ("tussen 2013 en 2018").
    range_openers: frozenset[str] = frozenset()
    range_links: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Anchoring:
    """When an event mention happened, as far as its sentence tells."""

    date: str | None
    mod: str | None
    interval: Interval | None
    status: Status
    time_text: str | None
    time_value: str | None
    explicit: bool


def is_calendar(timex: Timex) -> bool:
    """A DATE or TIME with a calendar value ("in 2018", "half oktober"), not "nu" or "XXXX"."""
    return timex.type in ("DATE", "TIME") and parse_value(timex.value) is not None


def governs(timex: Timex, cues: AnchorCues, text: str) -> bool:
    """Whether an expression can date an event by itself (calendar, "binnen ...", "al ...")."""
    return is_calendar(timex) or _duration_kind(timex, cues, text) is not None


def nearest(timexes: Sequence[Timex], position: int, end: int | None = None) -> Timex | None:
    """The expression closest to a position, or to the span from `position` to `end` (a
    trigger word: "van 2011 tot zijn arrestatie in mei 2016"); ties go to the earlier one."""
    best: tuple[int, int] | None = None
    chosen: Timex | None = None
    last = position if end is None else max(position, end - 1)
    for timex in timexes:
        gap = (
            0
            if timex.start <= last and position < timex.end
            else min(abs(timex.start - last), abs(timex.end - position))
        )
        key = (gap, timex.start)
        if best is None or key < best:
            best, chosen = key, timex
    return chosen


def anchor(
    *,
    text: str,
    position: int,
    own: Sequence[Timex],
    end: int | None = None,
    borrowable: Sequence[Timex],
    previous: Timex | None,
    published: str | None,
    tense: Tense,
    cues: AnchorCues,
    after_event: bool = False,
    narrative: Timex | None = None,
    simple_past: bool = False,
    pluperfect: bool = False,
    sides: Mapping[int, str] | None = None,
) -> Anchoring:
    """Date one event mention.

    Args:
        text: the article text.
        position: where the event's trigger stands.
        end: where the trigger ends (None: a point).
        own: the expressions of the event's clause.
        borrowable: calendar expressions elsewhere in the sentence that may govern it.
        previous: the last calendar expression before the sentence, for "toen".
        published: the article's publication date (None when it has none).
        tense: the tense of the event's clause.
        cues: the anchoring words of the language.
        after_event: the clause dates it by another event ("in het begin van de oorlog"):
            without a date of its own it happened some time before the publication.
        narrative: the date of the sentence just before, which a clause in the simple past
            with no expression of its own continues ("In 2010 ... In korte tijd haalde ...").
        simple_past: the clause is told in the simple past ("riep zijn achterban op"): with
            no date, it happened before it was written (PAST_REF, the publication with BEFORE).
        pluperfect: the clause is told in the pluperfect ("had ... aangehouden"): continuing
            the story of the sentence before, it happened before the story's date.
        sides: by the id of a borrowable expression, the side of it that the event lies on
            when it is dated by it ("AFTER" for the date of a "nadat" clause).
    """
    # "vele jaren later ... eind jaren negentig": the date written out before a side of the
    # previous one
    calendar = [t for t in own if is_calendar(t) and not _one_side(t)] or [
        t for t in own if is_calendar(t)
    ]
    # "heeft tussen 2013 en 2018 bestuurders aangeklaagd": a range dates by its start
    calendar = [t for t in calendar if not range_end(t, calendar, cues, text)]
    durations = [t for t in own if _duration_kind(t, cues, text) == "began"]
    if tense != "past":
        durations += [t for t in own if _duration_kind(t, cues, text) == "within"]
    chosen = nearest(calendar, position, end) or nearest(durations, position, end)
    if chosen is not None:
        return _from_timex(chosen, text, published, tense, cues)
    chosen = nearest(borrowable, position, end)
    if chosen is not None:
        dated = _from_timex(chosen, text, published, tense, cues)
        side = sides.get(id(chosen)) if sides else None
        if side is None or dated.mod in ("BEFORE", "AFTER") or dated.status != "reported":
            return dated
        # "trad af | nadat de raad in januari ...": after January, not in it
        return Anchoring(
            dated.date,
            side,
            dated.interval,
            "reported",
            dated.time_text,
            dated.time_value,
            dated.explicit,
        )
    vague = nearest([t for t in own if t.value.endswith("_REF")], position, end)
    if vague is not None:
        if vague.value == PAST and vague.text.lower() in cues.anaphoric and previous is not None:
            dated = _from_timex(previous, text, published, "past", cues)
            return Anchoring(
                dated.date, dated.mod, dated.interval, "reported", vague.text, previous.value, False
            )
        if vague.value == "FUTURE_REF" and narrative is not None:
            # "later" in a story of the past: after the story's time, not in the future
            dated = _from_timex(narrative, text, published, "past", cues)
            if dated.status == "reported" and dated.date is not None:
                return Anchoring(
                    dated.date, "AFTER", dated.interval, "reported", vague.text, vague.value, False
                )
        if vague.value == "FUTURE_REF" and tense == "past":
            # "Later bleek dit ..." with no dated story before it: later, but by now
            return _before_published(published, vague.text, vague.value)
        if vague.value == PAST and tense != "future":
            # "eerder", "onlangs", "destijds" with no date: some time before it was written
            # (the gold's guidelines: at the publication with BEFORE)
            return _before_published(published, vague.text, vague.value)
        future = vague.value == "FUTURE_REF" or tense == "future"
        return _from_published(published, future, vague.text, vague.value)
    if narrative is not None and not own and not _one_side(narrative):
        # (a story is not continued at a side of a date: "Een paar dagen eerder was ...
        # Van Aartsen noemde het ..." says nothing of when he spoke)
        dated = _from_timex(narrative, text, published, "past", cues)
        if dated.status == "reported":
            mod = "BEFORE" if pluperfect else dated.mod
            return Anchoring(
                dated.date, mod, dated.interval, "reported", None, narrative.value, False
            )
    anchoring = _from_published(published, tense == "future", None, None)
    if after_event and anchoring.status == "reported" and anchoring.date is not None:
        return Anchoring(
            anchoring.date, "BEFORE", anchoring.interval, "reported", None, None, False
        )
    if simple_past and anchoring.status == "reported" and anchoring.date is not None:
        return Anchoring(
            anchoring.date, "BEFORE", anchoring.interval, "reported", None, PAST, False
        )
    return anchoring


def range_end(timex: Timex, others: Sequence[Timex], cues: AnchorCues, text: str) -> bool:
    """Whether an expression ends a range whose start is among `others`: a range word before
    the start and a link between them ("tussen 2013 en 2018", "van 1 april tot 20 juni")."""
    for start in others:
        if start.end >= timex.start:
            continue
        link = " ".join(text[start.end : timex.start].lower().split())
        before = text[max(0, start.start - 24) : start.start].lower().split()
        if link in cues.range_links and before and before[-1] in cues.range_openers:
            return True
    return False


def _one_side(timex: Timex) -> bool:
    """A date that says only on which side of the previous one ("een paar maanden daarvoor"),
    by its own words (not a signal's: "vanaf die dag" is that day on)."""
    return (
        timex.type == "DATE"
        and timex.anchor == "previous"
        and timex.mod in ("BEFORE", "AFTER")
        and timex.signal is None
    )


def _from_published(
    published: str | None, future: bool, time_text: str | None, time_value: str | None
) -> Anchoring:
    interval = parse_value(published)
    if interval is None:
        return Anchoring(
            None, None, None, "expected" if future else "reported", time_text, time_value, False
        )
    if future:
        return Anchoring(published, "AFTER", interval, "expected", time_text, time_value, False)
    return Anchoring(published, None, interval, "reported", time_text, time_value, False)


def _before_published(published: str | None, time_text: str, time_value: str) -> Anchoring:
    """Some time before the publication, which is all a clause told in the past says when
    its only time word points after it."""
    return Anchoring(
        published, "BEFORE", parse_value(published), "reported", time_text, time_value, False
    )


def _from_timex(
    timex: Timex, text: str, published: str | None, tense: Tense, cues: AnchorCues
) -> Anchoring:
    kind = _duration_kind(timex, cues, text)
    dct = parse_value(published)
    if kind == "within":
        end = _shift(dct.end, timex.value) if dct else None
        if dct is None or end is None:
            return _from_published(published, True, timex.text, timex.value)
        value = format_value(end, _within_precision(timex.value, dct.precision))
        last = parse_value(value)
        within = Interval(dct.start, last.end if last else end, dct.precision)
        return Anchoring(value, "BEFORE", within, "expected", timex.text, timex.value, True)
    if kind == "began":
        if dct is None or published is None:
            return Anchoring(None, "BEFORE", None, "reported", timex.text, timex.value, True)
        since = _since(timex, dct, tense, cues, text)
        if since is not None:
            return Anchoring(
                format_value(since.start, since.precision),
                "AFTER",
                since,
                "reported",
                timex.text,
                timex.value,
                True,
            )
        return Anchoring(published, "BEFORE", dct, "reported", timex.text, timex.value, True)
    interval = parse_value(timex.value)
    if interval is None:
        return _from_published(published, tense == "future", timex.text, timex.value)
    to_come = dct is not None and _part(interval, timex.mod).start > dct.end
    if to_come and tense == "past" and timex.anchor == "previous":
        # "Ze belden pas de volgende dag de huisarts" is told as past: the date it counts
        # from is not the one written last, and all it says is that it happened by now
        return _before_published(published, timex.text, timex.value)
    not_before = dct is None or interval.end >= dct.start
    expected = to_come or (tense == "future" and not_before)
    status: Status = "expected" if expected else "reported"
    return Anchoring(timex.value, timex.mod, interval, status, timex.text, timex.value, True)


#: The precision the end of a span "binnen ..." of months or years is told at: the month it
#: ends in ("binnen drie jaar" in an article of 2 April 2019 is by April 2022, not by its
#: second day); a span of days or weeks keeps the publication's precision.
_WITHIN_PRECISION = {"M": "month", "Y": "month"}


def _within_precision(duration: str, published: str) -> str:
    """The precision of the end of a span "binnen ...": the month for months and years, never
    finer than the publication's."""
    match = _DURATION.match(duration)
    unit = _WITHIN_PRECISION.get(match[2]) if match else None
    if unit is None or RANK[unit] < RANK[published]:
        return published
    return unit


#: The share of an interval that "begin", "half" and "eind" speak of: its first, middle and
#: last third ("eind dit jaar" in April is still to come).
_PARTS = {"START": 0, "MID": 1, "END": 2}


def _part(interval: Interval, mod: str | None) -> Interval:
    """The third of `interval` that a START, MID or END modifier names; else all of it."""
    third = _PARTS.get(mod or "")
    if third is None:
        return interval
    days = (interval.end - interval.start).days + 1
    start = interval.start + timedelta(days=days * third // 3)
    end = interval.start + timedelta(days=days * (third + 1) // 3 - 1)
    return Interval(start, max(start, end), interval.precision)


def _duration_kind(timex: Timex, cues: AnchorCues, text: str) -> str | None:
    if timex.type != "DURATION":
        return None
    if timex.signal and timex.signal.lower() in cues.within_signals:
        return "within"
    if _after_began_word(timex, cues, text):
        return "began"
    # "de afgelopen weken", "de laatste jaren": it happened in the span before the publication
    if cues.recent_spans and not cues.recent_spans.isdisjoint(timex.text.lower().split()):
        return "began"
    return None


#: The precision the start of a span of so many units is known at ("al twee jaar": a year).
_UNIT_PRECISION = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def goes_on(timex: Timex, cues: AnchorCues, text: str) -> bool:
    """Whether an expression is a definite span that goes on up to now: so many units after
    a word of `began_before` ("al twee jaar", "al honderd dagen"; not "al maanden")."""
    return (
        timex.type == "DURATION"
        and _DURATION.match(timex.value) is not None
        and _after_began_word(timex, cues, text)
    )


def _after_began_word(timex: Timex, cues: AnchorCues, text: str) -> bool:
    """Whether the word right before an expression is one of `began_before` ("al")."""
    before = text[max(0, timex.start - 24) : timex.start].lower().split()
    return bool(before) and before[-1] in cues.began_before


def _since(
    timex: Timex, dct: Interval, tense: Tense, cues: AnchorCues, text: str
) -> Interval | None:
    """What a definite span that goes on up to now tells in a clause not told in the past
    ("pleit al twee jaar", "ligt al honderd dagen"): it began that long before the publication,
    at the span's unit (2017 for two years in 2019), and holds since; None for a vague span ("al
    maanden": some time before) or one of the recent past ("de afgelopen twee weken")."""
    if tense == "past" or not goes_on(timex, cues, text):
        return None
    start = _shift(dct.start, timex.value, back=True)
    if start is None:
        return None
    precision = _UNIT_PRECISION[timex.value[-1]]
    first = parse_value(format_value(start, precision))
    return None if first is None else Interval(first.start, dct.end, precision)


def _shift(day: date, duration: str, *, back: bool = False) -> date | None:
    """The day a duration after `day` ends on: 2022-12-31 + P1Y = 2023-12-31; with `back`,
    the day it began on before `day`: 2019-04-10 - P2Y = 2017-04-10."""
    match = _DURATION.match(duration)
    if not match:
        return None
    amount, unit = int(match[1]) * (-1 if back else 1), match[2]
    if unit in ("D", "W"):
        try:
            return day + (timedelta(days=amount) if unit == "D" else timedelta(weeks=amount))
        except OverflowError:  # "al 9999999 dagen"
            return None
    months = amount * (12 if unit == "Y" else 1)
    year, month = add_months(day.year, day.month, months)
    if not 1 <= year <= 9999:
        return None
    return date(year, month, min(day.day, month_end(year, month).day))


def after_publication(timex: Timex, published: Interval | None) -> bool:
    """Whether an expression names a time after the publication."""
    interval = parse_value(timex.value)
    return interval is not None and published is not None and interval.start > published.end


def before_publication(timex: Timex, published: Interval | None) -> bool:
    """Whether an expression names a time before the publication."""
    interval = parse_value(timex.value)
    return interval is not None and published is not None and interval.end < published.start
