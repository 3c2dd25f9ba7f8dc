"""Link event mentions across articles into events (placeholder until issue 4)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from timeline.model import Event, EventMention


def link_events(mentions: Sequence[EventMention]) -> list[Event]:
    """One event per mention, with a stable id."""
    events = []
    for m in mentions:
        digest = hashlib.sha1(f"{m.mention.document}:{m.mention.start}".encode()).hexdigest()[:8]
        events.append(
            Event(
                id=f"{m.type}-{m.date or 'undated'}-{digest}",
                date=m.date, interval=m.interval, mod=m.mod, status=m.status, type=m.type,
                title=m.title, actors=m.actors, mentions=(m.mention,),
            )
        )
    return events
