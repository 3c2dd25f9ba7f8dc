"""JSON export: the formats.md §4 structure."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
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
        yield _indented(list(value) if isinstance(value, Records) else value, level)


_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "indent": 2}


def _indented(value: Any, level: int) -> str:
    """`json.dumps(value, **_OPTIONS)` with its lines after the first indented `level` deep."""
    try:
        return _fast(value, level)
    except _Unusual:
        text = json.dumps(value, **_OPTIONS)
        return text.replace("\n", "\n" + "  " * level) if level else text


class _Unusual(Exception):
    """A value `_fast` leaves to `json.dumps` (a key that is not a string, a type of its own)."""


_SCALARS = frozenset({str, int, float, bool, type(None)})
_CONTAINERS = frozenset({dict, list, tuple})


def _fast(value: Any, level: int) -> str:
    """The indented text of `value`, made with the C encoder.

    With an indent, `json` encodes in Python (~7 s for the events of 50,000 articles); the C
    encoder, which has no indent, writes a container of scalars in one call when its item
    separator holds the newline and the indent of the items.
    """
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind in _SCALARS:
        return _scalar(value)
    if kind not in _CONTAINERS:
        raise _Unusual
    if not value:
        return "{}" if kind is dict else "[]"
    if kind is dict and not _KEYS.issuperset(map(type, value)):
        raise _Unusual
    if _SCALARS.issuperset(map(type, value.values() if kind is dict else value)):
        text = _flat(level + 1)(value)
        return text[0] + "\n" + "  " * (level + 1) + text[1:-1] + "\n" + "  " * level + text[-1]
    inner, deeper = "\n" + "  " * (level + 1), level + 1
    if kind is dict:
        body = ",".join(
            [
                inner
                + _string(key)
                + ": "
                + (_string(item) if type(item) is str else _fast(item, deeper))
                for key, item in value.items()
            ]
        )
        return "{" + body + "\n" + "  " * level + "}"
    body = ",".join([inner + _fast(item, deeper) for item in value])
    return "[" + body + "\n" + "  " * level + "]"


_KEYS = frozenset({str})
_scalar = json.JSONEncoder(ensure_ascii=False).encode
_string = encode_basestring  # what `_scalar` does with a string, without its checks


@lru_cache(maxsize=16)
def _flat(depth: int) -> Callable[[Any], str]:
    """The C encoder of a container of scalars whose items stand `depth` levels deep."""
    separator = ",\n" + "  " * depth
    if c_make_encoder is None:  # pragma: no cover - CPython has the C encoder
        return json.JSONEncoder(ensure_ascii=False, separators=(separator, ": ")).encode
    # made once, not at each call as `JSONEncoder.encode` does (a third of the time)
    encode = c_make_encoder(
        None, None, encode_basestring, None, ": ", separator, False, False, True
    )
    return lambda value: "".join(encode(value, 0))


def _dumps(key: str) -> str:
    return json.dumps(key, ensure_ascii=False)


def to_json(chronology: Chronology) -> str:
    """The chronology as JSON."""
    return "".join(chronology_json(chronology))


def chronology_json(chronology: Chronology) -> Iterator[str]:
    """The chronology as JSON, in pieces to write out one after the other."""
    return json_chunks(chronology_record(chronology, lazy=Records))
