"""YAML export: the formats.md §4 structure."""

from __future__ import annotations

import yaml

from timeline.exporters.records import chronology_record
from timeline.model import Chronology


def to_yaml(chronology: Chronology) -> str:
    """The chronology as YAML (safe dumper, keys in contract order)."""
    return yaml.safe_dump(
        chronology_record(chronology), sort_keys=False, allow_unicode=True, width=100
    )
