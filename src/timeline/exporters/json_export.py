"""JSON export: the formats.md §4 structure."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from timeline.exporters.records import chronology_record
from timeline.model import Chronology

T = TypeVar("T")

#: Levels of nesting written here, item by item; deeper values are one `json.dumps` each.
_DEPTH = 2


class Records(Generic[T]):
    """A list of records made one at a time as they are written (`records(items)`).

    A chronology's records (a dict per event and per mention) are never all in memory at once.
    """

    def __init__(self, items: Sequence[T], record: Callable[[T], Any]) -> None:
        self.items = items
        self.record = record

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Any]:
        return map(self.record, self.items)


def dump_json(record: Any) -> str:
    """Deterministic, readable JSON (UTF-8 kept, two-space indent, trailing newline).

    The text of `json.dumps(record, ensure_ascii=False, indent=2)`, written an item of the top
    levels at a time: with an indent, `json.dumps` holds the whole document as millions of
    small strings (a 50,000-article chronology took 1 GB more for its JSON). `Records` count
    as lists.
    """
    parts: list[str] = []
    _write(record, 0, parts)
    parts.append("\n")
    return "".join(parts)


def _write(value: Any, level: int, parts: list[str]) -> None:
    if level < _DEPTH and type(value) is dict and value and all(type(k) is str for k in value):
        inner = "\n" + "  " * (level + 1)
        parts.append("{")
        for n, (key, item) in enumerate(value.items()):
            parts.append(("" if n == 0 else ",") + inner + _dumps(key) + ": ")
            _write(item, level + 1, parts)
        parts.append("\n" + "  " * level + "}")
    elif level < _DEPTH and isinstance(value, list | tuple | Records) and len(value):
        inner = "\n" + "  " * (level + 1)
        parts.append("[")
        for n, item in enumerate(value):
            parts.append(("" if n == 0 else ",") + inner)
            _write(item, level + 1, parts)
        parts.append("\n" + "  " * level + "]")
    else:
        text = json.dumps(list(value) if isinstance(value, Records) else value, **_OPTIONS)
        parts.append(text.replace("\n", "\n" + "  " * level) if level else text)


_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "indent": 2}


def _dumps(key: str) -> str:
    return json.dumps(key, ensure_ascii=False)


def to_json(chronology: Chronology) -> str:
    """The chronology as JSON."""
    return dump_json(chronology_record(chronology, lazy=Records))
