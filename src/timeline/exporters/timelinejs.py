"""TimelineJS3 export: the JSON a newsroom's TimelineJS embed reads.

Each dated event becomes a slide. A date object carries only the fields its precision
knows: a month-precision event has `year` and `month`, never an invented `day`. Events that
cover more than one unit of their precision (a quarter, a decade) get an `end_date`.
Text fields are HTML in TimelineJS, so every piece of article text is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

from timeline.display import label, reader_date, source_count, summary_label
from timeline.exporters.html import sentence_html
from timeline.exporters.json_export import dump_json
from timeline.filters import source_documents
from timeline.model import Chronology, Event, Interval

#: Precisions whose interval is one unit of a date field; coarser ones are drawn as spans.
_SINGLE = {"day": "day", "month": "month", "year": "year"}


def to_timelinejs(chronology: Chronology, language: str = "nl") -> str:
    """The chronology as TimelineJS3 JSON (undated events are left out: they have no slide)."""
    return dump_json(timelinejs_record(chronology, language))


def timelinejs_record(chronology: Chronology, language: str = "nl") -> dict[str, Any]:
    """The TimelineJS3 document as a dict."""
    summary = summary_label(chronology, language)
    text = f"<p>{escape(summary)}</p>"
    if chronology.undated:
        text += f"<p>{escape(label('not_on_timeline', language, n=len(chronology.undated)))}</p>"
    return {
        "title": {"text": {"headline": escape(label("title", language)), "text": text}},
        "events": [_slide(e, language) for e in chronology.events if e.interval is not None],
    }


def date_fields(interval: Interval) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS `start_date` and `end_date` (None for a single day, month or year)."""
    start, end, precision = interval.start, interval.end, interval.precision
    if precision in _SINGLE:
        return _fields(start, _SINGLE[precision]), None
    unit = (
        "day"
        if precision == "week"
        else "month"
        if precision in ("season", "quarter", "half")
        else "year"
    )
    return _fields(start, unit), _fields(end, unit)


def _fields(day: Any, unit: str) -> dict[str, int]:
    fields = {"year": day.year}
    if unit in ("month", "day"):
        fields["month"] = day.month
    if unit == "day":
        fields["day"] = day.day
    return fields


def _slide(event: Event, language: str) -> dict[str, Any]:
    assert event.interval is not None
    start, end = date_fields(event.interval)
    when = reader_date(event.date, event.mod, event.status, language)
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": {**start, "display_date": when},
    }
    if end is not None:
        slide["end_date"] = end
    slide["display_date"] = when
    headline = escape(" ".join(event.title.split()))
    slide["text"] = {"headline": headline, "text": _text(event, language)}
    slide["group"] = event.type
    return slide


def _text(event: Event, language: str) -> str:
    meta = [event.type]
    if event.actors:
        meta.append(", ".join(event.actors))
    meta.append(source_count(len(source_documents(event)), language))
    if event.status == "expected":
        meta.insert(0, label("expected", language))
    items = "".join(
        f"<li><b>{escape(m.document)}</b>: {sentence_html(m.sentence, m.time_text)}</li>"
        for m in event.mentions
    )
    return f"<p>{escape(' · '.join(meta))}</p><ul>{items}</ul>"
