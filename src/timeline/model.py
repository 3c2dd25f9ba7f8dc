"""The data model: plain frozen values that flow one way through the pipeline.

Nothing here does I/O or knows about the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["published", "previous"]
PublishedSource = Literal["header", "front-matter", "inferred", "none"]
Status = Literal["reported", "expected"]
#: The type of an event no type of the lexicon names: a dated happening ("In 1907 deelde ...").
OTHER = "other"

#: Precisions from finest to coarsest; an interval's precision is one of these.
PRECISIONS: tuple[str, ...] = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)


@dataclass(frozen=True, slots=True)
class Interval:
    """The days a temporal value can mean, inclusive, with the precision it is known at."""

    start: date
    end: date
    precision: str

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: its text and what its header says about its publication."""

    id: str
    path: str
    text: str
    published: str | None
    published_source: PublishedSource
    body_start: int = 0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article, as character offsets into the article's text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, with its TIMEX3 value."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    anchor: Anchor | None = None
    rule: str = ""
    signal: str | None = None

    @property
    def is_vague(self) -> bool:
        """True for reference words such as "nu" or "eerder" that name no calendar time."""
        return self.value.endswith("_REF")


@dataclass(frozen=True, slots=True)
class Mention:
    """One report of an event: where it stands and what dated it."""

    document: str
    sentence: str
    start: int
    end: int
    time_text: str | None
    time_value: str | None


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event as one sentence reports it, before linking across articles."""

    mention: Mention
    type: str
    title: str
    actors: tuple[str, ...]
    status: Status
    date: str | None
    mod: str | None
    interval: Interval | None
    terms: tuple[str, ...] = ()
    published: str | None = None
    explicit: bool = False
    tense: str = "present"
    group: str = ""
    weak: bool = False
    verbal: bool = False
    #: A statement, denial or warning (the lexicon's reporting types): what was said.
    saying: bool = False
    #: Who says it, for a saying: a country's or organisation's name, a person's surname.
    speaker: str | None = None
    #: For an outcome (a death): the types of event that cause it (the lexicon's `outcomes`).
    causes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event with every mention that reports it."""

    id: str
    date: str | None
    interval: Interval | None
    mod: str | None
    status: Status
    type: str
    title: str
    actors: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the chronology says about one input article."""

    id: str
    path: str
    published: str | None
    published_source: PublishedSource
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input file that could not be read, and what the user can do about it."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Chronology:
    """The product: dated events in order, undated ones, and the articles they came from."""

    documents: tuple[DocumentInfo, ...]
    events: tuple[Event, ...]
    undated: tuple[Event, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = field(default=())
