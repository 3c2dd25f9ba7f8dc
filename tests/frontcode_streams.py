"""simplemma's front-coded streams written by hand, for the tests of the readers
(`timeline.frontcoded`, `timeline.lemma_store`)."""

from __future__ import annotations

from timeline.frontcoded import MAGIC


def varint(number: int) -> bytes:
    """`number` as a little-endian varint: groups of seven bits, the high bit on all but the
    last."""
    out = b""
    while number >= 0x80:
        out += bytes([number & 0x7F | 0x80])
        number >>= 7
    return out + bytes([number])


def record(shared: int, rest: bytes, trim: int, value: bytes = b"") -> bytes:
    """A record: `shared` bytes of the key before, then `rest`; the value by `trim` (254: the
    value before; 255: `value` whole; else the key less `trim` bytes, then `value`)."""
    tail = b"" if trim == 254 else varint(len(value)) + value
    return varint(shared) + varint(len(rest)) + rest + bytes([trim]) + tail


def stream(records: list[bytes], count: int, flags: int = 0) -> bytes:
    """A stream of `records` that claims `count` of them (`flags` 1: keys and values
    reversed), uncompressed."""
    return MAGIC + bytes([flags]) + varint(count) + b"".join(records)
