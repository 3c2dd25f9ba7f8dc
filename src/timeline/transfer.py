"""Per-article results from a worker process to its parent, as compact `marshal` bytes.

Every result of a worker used to reach the parent as JSON text, which the parent decoded and
checked field by field: at 50k articles that decoding was a large part of the parent's CPU,
taken from the workers on a two-core machine. A worker is this program, forked from this
process, so what it sends needs no checking: a result goes as nested tuples of its fields, in
field order, and `marshal` (C code at both ends) carries them. The cache is not this: what is
read back from disk is still JSON, decoded and checked (`serialise.loads`).

The tuples are made by code generated from the dataclasses' fields and type hints, as
`serialise` does, so a field added to the model is carried without a change here. Equal
values stay shared in the parent, as `serialise.from_data` shares them (a corpus's mentions
are kept until linking, and at 50k articles copies would cost hundreds of MB): every string
is interned by the worker, so `marshal` writes it once per payload and the parent's loader
interns it again; equal `Interval`s are one object.
"""

from __future__ import annotations

import dataclasses
import marshal
import sys
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any, Literal, TypeVar, Union

from timeline.model import Interval

T = TypeVar("T")
Codec = Callable[[Any], Any]

#: Version of the `marshal` format: 4 writes a value held twice once (and interned strings).
_MARSHAL_VERSION = 4
#: Decoded intervals by their tuple, to share equal ones across results; bounded.
_INTERVALS: dict[Any, Interval] = {}
_INTERVALS_MAX = 100_000


def pack(value: Any) -> bytes:
    """A dataclass value (an `ArticleResult`) as bytes for `unpack` in another process."""
    encode: Codec = _encoder(typing.cast(Any, type(value)))
    return marshal.dumps(encode(value), _MARSHAL_VERSION)


def unpack(cls: type[T], payload: bytes) -> T:
    """The value `pack` made, rebuilt; only for bytes from `pack` of this same program."""
    decode: Codec = _decoder(typing.cast(Any, cls))
    try:
        return typing.cast(T, decode(marshal.loads(payload)))
    finally:
        if len(_INTERVALS) > _INTERVALS_MAX:
            _INTERVALS.clear()


def _str_kind(hint: Any) -> bool:
    """Whether every value of type `hint` is a str or None (a Literal of strings included)."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return all(_str_kind(arg) for arg in typing.get_args(hint))
    if origin is Literal:
        return all(type(arg) is str for arg in typing.get_args(hint))
    return hint is str or hint is type(None)


def _plain_kind(hint: Any) -> bool:
    """Whether every value of type `hint` is an int, a bool or None (marshal keeps them)."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return all(_plain_kind(arg) for arg in typing.get_args(hint))
    return hint in (int, bool, type(None))


def _optional_of(hint: Any) -> Any:
    """`X` for a hint `X | None` (X not None), else None."""
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1 and len(typing.get_args(hint)) == 2:
            return args[0]
    return None


def _item_of(hint: Any) -> Any:
    """`X` for a hint `tuple[X, ...]`, else None."""
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0]
    return None


def _fields(cls: type) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(cls)
    return [(field.name, hints[field.name]) for field in dataclasses.fields(cls)]


def _is_class(hint: Any) -> bool:
    return dataclasses.is_dataclass(hint) and isinstance(hint, type)


def _kind(cls: type, name: str, hint: Any) -> tuple[str, Any]:
    """How a field of type `hint` travels, and the dataclass it holds, if any.

    One of: "str" (a str, interned), "str?" (a str or None), "plain" (ints, bools, None, kept
    by `marshal` as they are), "strs" (a tuple of str), "classes" (a tuple of dataclasses),
    "class", "class?" (a dataclass or None) and "date" (its ordinal).
    """
    optional, item = _optional_of(hint), _item_of(hint)
    if _str_kind(hint):
        return ("str" if hint is str or typing.get_origin(hint) is Literal else "str?"), None
    if _plain_kind(hint):
        return "plain", None
    if item is str:
        return "strs", None
    if item is not None and _is_class(item):
        return "classes", item
    if _is_class(hint):
        return "class", hint
    if optional is not None and _is_class(optional):
        return "class?", optional
    if hint is date:
        return "date", None
    raise TypeError(f"{cls.__name__}.{name}: {hint!r} cannot be packed")


#: By kind, what the encoder writes for a field read as `r`, its nested encoder named `f`.
_ENCODE = {
    "str": "intern({r})",
    "str?": "{r} if {r} is None else intern({r})",
    "plain": "{r}",
    "strs": "_tuple(_map(intern, {r}))",
    "classes": "_tuple(_map({f}, {r}))",
    "class": "{f}({r})",
    "class?": "None if {r} is None else {f}({r})",
    "date": "{r}.toordinal()",
}
#: By kind, what the decoder writes for the item `r` of the data, its nested decoder `f`.
_DECODE = {
    "str": "{r}",
    "str?": "{r}",
    "plain": "{r}",
    "strs": "{r}",
    "classes": "_tuple(_map({f}, {r}))",
    "class": "{f}({r})",
    "class?": "None if {r} is None else {f}({r})",
    "date": "ordinal({r})",
}


@cache
def _encoder(cls: type) -> Codec:
    """A function giving the tuple of a dataclass value's fields, each encoded, compiled."""
    namespace: dict[str, Any] = {"intern": sys.intern, "_map": map, "_tuple": tuple}
    items = []
    for number, (name, hint) in enumerate(_fields(cls)):
        kind, nested = _kind(cls, name, hint)
        if nested is not None:
            namespace[f"e{number}"] = _encoder(nested)
        items.append(_ENCODE[kind].format(r=f"value.{name}", f=f"e{number}"))
    source = "def encode(value):\n    return (" + "".join(f"{i}, " for i in items) + ")\n"
    exec(source, namespace)  # as `dataclasses` makes `__init__`: from field names only
    encode: Codec = namespace["encode"]
    return encode


@cache
def _decoder(cls: type) -> Codec:
    """A function rebuilding a dataclass value from its `_encoder` tuple, compiled."""
    namespace: dict[str, Any] = {
        "cls": cls,
        "_map": map,
        "_tuple": tuple,
        "ordinal": date.fromordinal,
    }
    arguments = []
    # by position: every field of the model is an argument of its `__init__`, in field order
    for number, (name, hint) in enumerate(_fields(cls)):
        kind, nested = _kind(cls, name, hint)
        if nested is not None:
            namespace[f"d{number}"] = _decoder(nested)
        arguments.append(_DECODE[kind].format(r=f"data[{number}]", f=f"d{number}"))
    source = "def decode(data):\n    return cls(" + ", ".join(arguments) + ")\n"
    exec(source, namespace)
    decode: Codec = namespace["decode"]
    if cls is Interval:
        return _shared(decode)
    return decode


def _shared(decode: Codec) -> Codec:
    """`decode`, giving one object for equal data (the data is a tuple of ints and a str)."""
    known = _INTERVALS

    def shared(data: Any) -> Any:
        value = known.get(data)
        if value is None:
            value = known[data] = decode(data)
        return value

    return shared
