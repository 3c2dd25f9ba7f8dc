"""Per-article results to and from JSON, for the cache and for worker processes.

The code is generic over the model's dataclasses: it reads their fields and type hints, so a
field added to `ArticleResult`, `Timex` or `EventMention` is carried without a change here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
import types
import typing
import zlib
from collections.abc import Callable
from datetime import date
from functools import cache, lru_cache
from typing import Any, Literal, TypeVar, Union

from timeline.model import Article, Interval

T = TypeVar("T")
Decoder = Callable[[Any], Any]


class PayloadError(ValueError):
    """A payload that does not decode into the expected dataclass."""


def to_data(value: Any) -> Any:
    """A dataclass value (nested as deep as it likes) as JSON-compatible data."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    encode = _ENCODERS.get(kind)
    if encode is not None:
        return encode(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        _ENCODERS[kind] = _dataclass_encoder(kind)
        return to_data(value)
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


#: Types `to_data` returns as they are (exactly these types, not subclasses).
_PLAIN = frozenset({str, int, float, bool, type(None)})
#: Dataclass -> the function that makes its data, made when `to_data` first meets it.
_ENCODERS: dict[type, Callable[[Any], Any]] = {}


def _dataclass_encoder(kind: type) -> Callable[[Any], Any]:
    """A function giving `{field: to_data(value.field), ...}` for a dataclass, compiled.

    A field typed as plain scalars (str, int, bool, a Literal, None) is taken as it is and a
    tuple of strings becomes a list, without a call of `to_data` for each (the worker encodes
    every mention, the cache every event).
    """
    try:
        hints = typing.get_type_hints(kind)
    except (NameError, TypeError):  # pragma: no cover - every model class has resolvable hints
        hints = {}
    items = []
    for field in dataclasses.fields(kind):
        hint = hints.get(field.name)
        read = f"value.{field.name}"
        if hint is not None and _is_scalar(hint):
            expression = read
        elif hint == tuple[str, ...]:
            expression = f"list({read})"
        else:
            expression = f"to_data({read})"
        items.append(f"{field.name!r}: {expression}")
    source = "def encode(value):\n    return {" + ", ".join(items) + "}\n"
    namespace: dict[str, Any] = {"to_data": to_data}
    exec(source, namespace)  # as `dataclasses` makes `__init__`: from field names only
    encode: Callable[[Any], Any] = namespace["encode"]
    return encode


def _is_scalar(hint: Any) -> bool:
    """Whether every value of type `hint` is one `to_data` gives back as it is."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return all(_is_scalar(arg) for arg in typing.get_args(hint))
    if origin is Literal:
        return all(type(arg) in _PLAIN for arg in typing.get_args(hint))
    return hint in _PLAIN


def from_data(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass value from `to_data` output.

    Equal values are shared rather than copied, since a corpus's mentions are kept in memory
    until linking: short strings (terms, types, dates, ids) are interned, equal `Interval`s
    are one object, and a long string (a sentence told by several mentions) is one object
    within the value decoded.

    Raises:
        PayloadError: when the data does not have the shape of `cls`.
    """
    _LONG_STRINGS.clear()
    try:
        decoder: Decoder = _decoder(typing.cast(Any, cls))
        return typing.cast(T, decoder(data))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise PayloadError(f"not a {cls.__name__}: {error}") from error
    finally:
        _LONG_STRINGS.clear()
        if len(_SHARED) > _SHARED_MAX:
            _SHARED.clear()


def dumps(value: Any) -> str:
    """A dataclass value as compact JSON text: the JSON of `to_data(value)`."""
    return _COMPACT(to_data(value))


#: `json.dumps(data, ensure_ascii=False, separators=(",", ":"))` without making an encoder at
#: each call (the cache's chronology encodes every event: 156k at 50k articles).
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def loads(cls: type[T], text: str | bytes) -> T:
    """Rebuild a dataclass value from `dumps` output.

    Raises:
        PayloadError: when the text is not JSON or does not have the shape of `cls`.
    """
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as error:
        raise PayloadError(f"not JSON: {error}") from error
    return from_data(cls, data)


def compress_payload(text: str) -> bytes:
    """JSON text as the cache stores it (a worker makes it, so the parent only writes it)."""
    return zlib.compress(text.encode("utf-8"), 1)


@lru_cache(maxsize=8)  # asked twice for each article: for the corpus digest and for the cache
def article_key(article: Article) -> str:
    """A hash of everything about an article that its analysis can depend on.

    The path is left out: it is only shown, so the same corpus reached by another path
    (`seeds/`, `./seeds`, a moved folder, a line inserted above in an archive) keeps its
    cached results; the caller puts the current path back into a cached result.
    """
    text = dumps(dataclasses.replace(article, path=""))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=20).hexdigest()


@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


@cache
def _decoder(tp: Any) -> Decoder:
    """A function that turns JSON data into a value of type `tp`."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass_decoder(tp)
    if origin in (Union, types.UnionType):
        return _union_decoder(typing.get_args(tp))
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda data: tuple(map(item, data))
        parts = [_decoder(a) for a in args]
        return lambda data: tuple(p(v) for p, v in zip(parts, data, strict=True))
    if origin is list:
        item = _decoder(typing.get_args(tp)[0])
        return lambda data: [item(v) for v in data]
    if origin is dict:
        value = _decoder(typing.get_args(tp)[1])
        return lambda data: {k: value(v) for k, v in data.items()}
    if origin is Literal:
        allowed = frozenset(typing.get_args(tp))
        return lambda data: _check_literal(data, allowed)
    if tp is date:
        return date.fromisoformat
    if tp is str:
        return _string
    if tp in (int, float, bool):
        return lambda data: _check_scalar(data, tp)
    return lambda data: data


#: Strings up to this long are interned when decoded (terms, types, dates, ids, actors).
_SHORT = 32
#: Long strings decoded within one `from_data` call, to share equal ones (its sentences).
_LONG_STRINGS: dict[str, str] = {}
#: Decoded values of the classes in `_SHARED_CLASSES`, to share equal ones; bounded.
_SHARED: dict[Any, Any] = {}
_SHARED_MAX = 100_000
_SHARED_CLASSES = (Interval,)


def _string(data: Any) -> str:
    if type(data) is not str:
        raise TypeError(f"{data!r} is not a str")
    if len(data) <= _SHORT:
        return sys.intern(data)
    return _LONG_STRINGS.setdefault(data, data)


def _dataclass_decoder(cls: type) -> Decoder:
    """A function rebuilding a `cls` from its data, compiled like `_dataclass_encoder`.

    One call of `cls` with each field's decoder written out (a field the data lacks takes its
    default), instead of a loop that gathers keyword arguments: a cached chronology decodes
    every event (5,000 on the real corpus, 150,000 at 50,000 articles).
    """
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {"cls": cls}
    arguments = []
    for n, field in enumerate(f for f in _fields(cls) if f.init):
        namespace[f"decode_{n}"] = _decoder(hints[field.name])
        read = f"decode_{n}(data[{field.name!r}])"
        if field.default is not dataclasses.MISSING:
            namespace[f"default_{n}"] = field.default
            read = f"({read} if {field.name!r} in data else default_{n})"
        elif field.default_factory is not dataclasses.MISSING:
            namespace[f"default_{n}"] = field.default_factory
            read = f"({read} if {field.name!r} in data else default_{n}())"
        arguments.append(f"{field.name}={read}")
    source = (
        "def decode(data):\n"
        "    if not isinstance(data, dict):\n"
        f"        raise TypeError('expected an object for {cls.__name__}')\n"
        "    try:\n"
        f"        return cls({', '.join(arguments)})\n"
        "    except KeyError as missing:\n"
        "        if missing.args and isinstance(missing.args[0], str) and '.' in missing.args[0]:\n"
        "            raise\n"
        f"        raise KeyError('{cls.__name__}.' + str(*missing.args)) from None\n"
    )
    exec(source, namespace)  # as `dataclasses` makes `__init__`: from field names only
    decode: Decoder = namespace["decode"]
    if cls in _SHARED_CLASSES:

        def shared(data: Any) -> Any:
            value = decode(data)
            return _SHARED.setdefault(value, value)

        return shared
    return decode


def _union_decoder(args: tuple[Any, ...]) -> Decoder:
    others = [a for a in args if a is not type(None)]
    if len(others) == 1:
        inner = _decoder(others[0])
        return lambda data: None if data is None else inner(data)
    decoders = [_decoder(a) for a in others]

    def decode(data: Any) -> Any:
        if data is None and len(others) < len(args):
            return None
        for candidate in decoders:
            try:
                return candidate(data)
            except (KeyError, TypeError, ValueError):
                continue
        raise ValueError(f"{data!r} matches none of {others}")

    return decode


def _check_literal(data: Any, allowed: frozenset[Any]) -> Any:
    if data not in allowed:
        raise ValueError(f"{data!r} is not one of {sorted(map(str, allowed))}")
    # one object per value: every mention has a status ("reported"), ~23 MB at 50k articles
    return sys.intern(data) if type(data) is str else data


def _check_scalar(data: Any, tp: type) -> Any:
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
        raise TypeError(f"{data!r} is not a {tp.__name__}")
    return data
