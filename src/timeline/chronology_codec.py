"""A linked chronology as compressed JSON lines, for the cache: one line per event.

A chronology of 50,000 articles is ~100 MB of JSON. Written and read as one document, its
text and its parsed tree were in memory at once (a cached re-run peaked at 1.2 GB); as lines,
it is compressed as it is written and decoded one event at a time as it is decompressed.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Iterator

from timeline.model import Chronology, Event
from timeline.serialise import PayloadError, dumps, loads

#: The first line of a payload in this format; a payload without it is one JSON document.
MAGIC = b"timeline-chronology-lines 1\n"
_DATED, _UNDATED = b"d", b"u"
_CHUNK = 1 << 20


def encode_chronology(chronology: Chronology) -> bytes:
    """The chronology as zlib-compressed lines: the rest of it, then each event."""
    packer = zlib.compressobj(1)
    parts = [packer.compress(MAGIC)]
    rest = dataclasses.replace(chronology, events=(), undated=())
    parts.append(packer.compress(dumps(rest).encode("utf-8") + b"\n"))
    for tag, events in ((_DATED, chronology.events), (_UNDATED, chronology.undated)):
        for event in events:
            parts.append(packer.compress(tag + dumps(event).encode("utf-8") + b"\n"))
    parts.append(packer.flush())
    return b"".join(parts)


def decode_chronology(payload: bytes) -> Chronology:
    """The chronology `encode_chronology` wrote (or, from an older cache, one JSON document).

    Raises:
        PayloadError: when the payload is not a chronology.
        zlib.error: when it is not zlib data.
    """
    lines = _lines(payload)
    first = next(lines, b"")
    if first + b"\n" != MAGIC:
        return loads(Chronology, first + b"".join(lines))
    rest = loads(Chronology, next(lines, b""))
    dated: list[Event] = []
    undated: list[Event] = []
    for line in lines:
        tag, text = line[:1], line[1:]
        if tag == _DATED:
            dated.append(loads(Event, text))
        elif tag == _UNDATED:
            undated.append(loads(Event, text))
        else:
            raise PayloadError(f"not a line of a chronology: {line[:40]!r}")
    return dataclasses.replace(rest, events=tuple(dated), undated=tuple(undated))


def _lines(payload: bytes) -> Iterator[bytes]:
    """The lines of the decompressed payload, without their newlines, decompressed bit by bit."""
    unpacker = zlib.decompressobj()
    pending = b""
    for start in range(0, len(payload), _CHUNK):
        pending += unpacker.decompress(payload[start : start + _CHUNK])
        *complete, pending = pending.split(b"\n")
        yield from complete
    pending += unpacker.flush()
    if not unpacker.eof:
        raise zlib.error("the compressed payload ends early")
    *complete, pending = pending.split(b"\n")
    yield from complete
    if pending:
        yield pending
