"""Plain dict records of the data model, in the field order of `spec/formats.md`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from timeline.model import Chronology, DocumentInfo, Event, Mention, Skipped, Timex

FORMAT = "timeline/1"
DATES_FORMAT = "timeline-dates/1"


def chronology_record(chronology: Chronology, lazy: Lazy | None = None) -> dict[str, Any]:
    """The `timeline build` document (formats.md §4).

    With `lazy` (`lazy(items, record)` gives the records of items as they are read), the lists
    of documents and events are made as they are written rather than all at once.
    """
    listed = lazy or _listed
    record: dict[str, Any] = {
        "format": FORMAT,
        "documents": listed(chronology.documents, document_record),
        "events": listed(chronology.events, event_record),
        "undated": listed(chronology.undated, event_record),
    }
    if chronology.skipped:
        record["skipped"] = [skipped_record(s) for s in chronology.skipped]
    return record


Lazy = Callable[[Sequence[Any], Callable[[Any], dict[str, Any]]], Any]


def _listed(items: Sequence[Any], record: Callable[[Any], dict[str, Any]]) -> list[dict[str, Any]]:
    return [record(item) for item in items]


def document_record(document: DocumentInfo) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": document.id,
        "path": document.path,
        "published": document.published,
        "published_source": document.published_source,
    }
    if document.evidence:
        record["evidence"] = document.evidence
    return record


def event_record(event: Event) -> dict[str, Any]:
    interval = event.interval
    return {
        "id": event.id,
        "date": event.date,
        "start": interval.start.isoformat() if interval else None,
        "end": interval.end.isoformat() if interval else None,
        "precision": interval.precision if interval else None,
        "mod": event.mod,
        "status": event.status,
        "type": event.type,
        "title": event.title,
        "actors": list(event.actors),
        "mentions": [mention_record(m) for m in event.mentions],
    }


def mention_record(mention: Mention) -> dict[str, Any]:
    return {
        "document": mention.document,
        "sentence": mention.sentence,
        "start": mention.start,
        "end": mention.end,
        "time_text": mention.time_text,
        "time_value": mention.time_value,
    }


def skipped_record(skipped: Skipped) -> dict[str, Any]:
    return {"path": skipped.path, "reason": skipped.reason}


def timex_record(timex: Timex) -> dict[str, Any]:
    record: dict[str, Any] = {
        "text": timex.text,
        "start": timex.start,
        "end": timex.end,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "anchor": timex.anchor,
    }
    if timex.signal:
        record["signal"] = timex.signal
    return record


def dates_record(
    documents: Sequence[tuple[DocumentInfo, Sequence[Timex]]], skipped: Sequence[Skipped] = ()
) -> dict[str, Any]:
    """The `timeline dates` document (formats.md §3)."""
    record: dict[str, Any] = {
        "format": DATES_FORMAT,
        "documents": [
            {
                "id": doc.id,
                "path": doc.path,
                "published": doc.published,
                "expressions": [timex_record(t) for t in timexes],
            }
            for doc, timexes in documents
        ],
    }
    if skipped:
        record["skipped"] = [skipped_record(s) for s in skipped]
    return record
