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
    """Deterministic, readable JSON (UTF-8 kept, two-space indent, trailing newline)."""
    return "".join(json_chunks(record))


def json_chunks(record: Any) -> Iterator[str]:
    """The text of `dump_json(record)` in pieces, each item of the top levels on its own.

    It is the text of `json.dumps(record, ensure_ascii=False, indent=2)` plus a newline; with
    an indent, `json.dumps` holds the whole document as millions of small strings (1 GB more
    for a 50,000-article chronology), so the pieces can be written out as they come instead.
    `Records` count as lists.
    """
    yield from _chunks(record, 0)
    yield "\n"


def _chunks(value: Any, level: int) -> Iterator[str]:
    if level < _DEPTH and type(value) is dict and value and all(type(k) is str for k in value):
        inner = "\n" + "  " * (level + 1)
        yield "{"
        for n, (key, item) in enumerate(value.items()):
            yield ("" if n == 0 else ",") + inner + _dumps(key) + ": "
            yield from _chunks(item, level + 1)
        yield "\n" + "  " * level + "}"
    elif level < _DEPTH and isinstance(value, list | tuple | Records) and len(value):
        inner = "\n" + "  " * (level + 1)
        yield "["
        for n, item in enumerate(value):
            yield ("" if n == 0 else ",") + inner
            yield from _chunks(item, level + 1)
        yield "\n" + "  " * level + "]"
    else:
        text = json.dumps(list(value) if isinstance(value, Records) else value, **_OPTIONS)
        yield text.replace("\n", "\n" + "  " * level) if level else text


_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "indent": 2}


def _dumps(key: str) -> str:
    return json.dumps(key, ensure_ascii=False)


def to_json(chronology: Chronology) -> str:
    """The chronology as JSON."""
    return "".join(chronology_json(chronology))


def chronology_json(chronology: Chronology) -> Iterator[str]:
    """The chronology as JSON, in pieces to write out one after the other."""
    return json_chunks(chronology_record(chronology, lazy=Records))
