"""YAML export: the formats.md §4 structure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from timeline.exporters.records import chronology_record
from timeline.model import Chronology

#: A character that libyaml's emitter writes otherwise than PyYAML's: a tab, a line break
#: (U+2028 and U+2029 too), a control character, U+FEFF or anything beyond the Basic
#: Multilingual Plane (libyaml escapes an emoji, PyYAML writes it), all of which make a string
#: double-quoted, and the two fold double-quoted strings differently. Without them the two
#: write the same bytes (checked on random text in tests/exporters/test_yaml_export.py).
_NOT_ALIKE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")

_OPTIONS: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 100}


def to_yaml(chronology: Chronology) -> str:
    """The chronology as YAML (safe dumper, keys in contract order)."""
    record = chronology_record(chronology)
    text: str = yaml.dump(record, Dumper=dumper_for(record), **_OPTIONS)
    return text


def dumper_for(record: Any) -> type[yaml.SafeDumper] | type[yaml.CSafeDumper]:
    """libyaml's safe dumper (about 3x faster) when it writes `record` byte for byte as
    PyYAML's does, else PyYAML's."""
    fast: type[yaml.CSafeDumper] | None = getattr(yaml, "CSafeDumper", None)
    if fast is None or any(_NOT_ALIKE.search(text) for text in _strings(record)):
        return yaml.SafeDumper
    return fast


def _strings(value: Any) -> Iterator[str]:
    """Every string in a record: keys and values, at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
