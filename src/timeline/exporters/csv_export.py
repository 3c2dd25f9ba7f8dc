"""CSV export: one row per event, for spreadsheets.

Dated events come first in chronological order, then undated ones (empty date columns).
Lists (actors, document ids) are joined with "; ".
"""

from __future__ import annotations

import csv
import io

from timeline.filters import source_documents
from timeline.model import Chronology, Event

COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "mod",
    "status",
    "type",
    "title",
    "actors",
    "sources",
    "documents",
)

#: A cell starting with one of these is read as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_csv(chronology: Chronology) -> str:
    """The chronology as CSV with a header row (RFC 4180 quoting, "\\n" line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for event in (*chronology.events, *chronology.undated):
        writer.writerow([_cell(value) for value in event_row(event)])
    return buffer.getvalue()


def event_row(event: Event) -> list[str]:
    """The cells of one event, in `COLUMNS` order."""
    interval = event.interval
    documents = source_documents(event)
    return [
        event.id,
        event.date or "",
        interval.start.isoformat() if interval else "",
        interval.end.isoformat() if interval else "",
        interval.precision if interval else "",
        event.mod or "",
        event.status,
        event.type,
        " ".join(event.title.split()),
        "; ".join(event.actors),
        str(len(documents)),
        "; ".join(documents),
    ]


def _cell(value: str) -> str:
    # Article text must stay text: a title such as "=HYPERLINK(...)" would run as a formula
    # when the file is opened in a spreadsheet (CSV injection), so it gets a leading quote.
    if value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True
