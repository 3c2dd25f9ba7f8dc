"""JSON export: the formats.md §4 structure."""

from __future__ import annotations

import json
from typing import Any

from timeline.exporters.records import chronology_record
from timeline.model import Chronology


def dump_json(record: Any) -> str:
    """Deterministic, readable JSON (UTF-8 kept, two-space indent, trailing newline)."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def to_json(chronology: Chronology) -> str:
    """The chronology as JSON."""
    return dump_json(chronology_record(chronology))
