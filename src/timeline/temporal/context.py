"""What a temporal value is resolved against, and what resolving gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeline.model import Interval
from timeline.temporal.tense import Tense
from timeline.temporal.values import parse_value


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
    #: The last day named close before ("gisteren ... Om 10.45 uur"), for clock times.
    day: Ref | None = None
    #: Whether the expression qualifies a noun as a day gone by ("de stemming van dinsdag":
    #: see `GrammarSpec.past_attributes`).
    attributive: bool = False
    #: The start of the range the expression ends ("januari tot en met april"): see
    #: `GrammarSpec.range_links`.
    floor: Ref | None = None

    @property
    def tense(self) -> Tense:
        """The tense of the sentence; computed only for values that need it."""
        return self.tense_of()


def choose_anchor(fields: dict[str, Any], context: Context) -> tuple[Ref | None, str | None]:
    """The value a relative expression counts from: the previous date when asked, else the DCT
    (but a count forward from a story's date no text has given, "acht jaar later" with no
    date before it, counts from an unknown date: the publication would make it a future)."""
    if fields.get("anchor") == "previous":
        if context.previous is not None:
            return context.previous, "previous"
        if int(fields.get("direction", 0)) > 0:
            return None, "previous"
    if context.published is not None:
        return context.published, "published"
    return None, ("previous" if fields.get("anchor") == "previous" else "published")


def time_of_day(fields: dict[str, Any]) -> str:
    """The "T.." suffix of a day value: a clock time or a part of the day, if the text gave one."""
    if "hour" in fields:
        hour = int(fields["hour"])
        if hour < 12:
            hour += int(fields.get("hour_offset", 0))
        return f"T{hour:02d}:{int(fields.get('minute', 0)):02d}"
    if "part" in fields:
        return f"T{fields['part']}"
    return ""
