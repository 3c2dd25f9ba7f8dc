"""The event lexicon: event types with their trigger patterns (placeholder until issue 4)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class EventLexicon:
    """Compiled event types."""

    source: str


def load_event_lexicon(folder: Path, extra: Path | None = None) -> EventLexicon:
    """Load `events.yaml` from a language folder, plus a user lexicon that adds or overrides types."""
    return EventLexicon(source=str(folder / "events.yaml"))
