"""Date articles that have no date, by the dated reports their events are linked to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline.model import DocumentInfo, Event
from timeline.temporal.values import parse_value


def infer_publication(
    documents: Sequence[DocumentInfo], events: Sequence[Event]
) -> list[DocumentInfo]:
    """Date articles that have no date by the dated reports their current events link to.

    An undated article that reports an event as current (in present or perfect tense, with no
    date of its own) was published no earlier than the first dated article reporting it as
    well; the earliest such publication becomes its `inferred` date, with the evidence.
    """
    published = {d.id: d.published for d in documents}
    out: list[DocumentInfo] = []
    for document in documents:
        if document.published is not None:
            out.append(document)
            continue
        found: list[tuple[date, str, str, str]] = []
        for event in events:
            if event.interval is None:
                continue
            own = [m for m in event.mentions if m.document == document.id]
            if not own or not any(
                m.time_value is None or m.time_value.endswith("_REF") for m in own
            ):
                continue
            for m in event.mentions:
                value = published.get(m.document)
                if value is None:
                    continue
                interval = parse_value(value)
                if interval is not None:
                    found.append((interval.start, value, m.document, event.id))
        if not found:
            out.append(document)
            continue
        found.sort()
        first = found[0]
        others = sorted({(f[3], f[2], f[1]) for f in found if f[1] == first[1]})[:3]
        evidence = "; ".join(
            f"event {e} is also reported by {d} (published {p})" for e, d, p in others
        )
        out.append(
            replace(document, published=first[1], published_source="inferred", evidence=evidence)
        )
    return out
