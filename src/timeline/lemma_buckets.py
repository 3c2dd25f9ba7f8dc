"""A lemma dictionary as hash buckets of byte lines: the store's form, loaded in milliseconds.

simplemma's dictionary is a `dict` of ~370,000 byte strings to byte strings; unmarshalling it
makes every one of them an object (about 0.1 s of each run, spent before the worker processes
can start). Here the same entries are a few tens of thousands of byte strings, one per bucket
of the keys' CRC-32, each holding its entries as lines `key TAB value` after a newline; a
look-up finds the key's line in its bucket (a few hundred bytes). The answers are the
dictionary's, for every key.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping
from itertools import repeat

Buckets = tuple[bytes, ...]

#: Buckets per dictionary (a power of two): ~240 bytes each for the Dutch one.
BUCKETS = 1 << 15
_TAB, _NEWLINE = b"\t", b"\n"


def bucket_dictionary(dictionary: Mapping[bytes, bytes], count: int = BUCKETS) -> Buckets | None:
    """The entries of `dictionary` in `count` buckets (a power of two); None when a key or a
    value holds a tab or a newline, which the lines cannot carry. (A stream read entry by
    entry is bucketed as it is read: `frontcoded.bucket_stream`.)"""
    lines: list[list[bytes]] = [[] for _ in range(count)]
    mask = count - 1
    for key, value in dictionary.items():
        lines[zlib.crc32(key) & mask].append(b"%b\t%b\n" % (key, value))
    return finish_buckets(lines)


def finish_buckets(lines: list[list[bytes]]) -> Buckets | None:
    """The buckets of the lines (`key TAB value NEWLINE`) put in each, their number a power
    of two; None when a key or a value holds a tab or a newline.

    The tabs and newlines are counted in all lines at once: each line holds one tab and one
    newline, and each bucket opens with a newline.
    """
    size = sum(map(len, lines))
    buckets = tuple(map(_NEWLINE.__add__, map(b"".join, map(sorted, lines))))
    joined = b"".join(buckets)
    if joined.count(_TAB) != size or joined.count(_NEWLINE) != size + len(lines):
        return None
    return buckets


def well_formed(buckets: object) -> bool:
    """Whether `buckets` has the shape `bucket_dictionary` gives (a stored value's check)."""
    return (
        isinstance(buckets, tuple)
        and len(buckets) > 0
        and len(buckets) & (len(buckets) - 1) == 0
        and set(map(type, buckets)) == {bytes}
        and all(map(bytes.startswith, buckets, repeat(_NEWLINE)))
    )


class BucketedLemmas(Mapping[str, str]):
    """A str -> str view of bucketed entries, as simplemma reads its dictionaries
    (`MappingStrToByteString` over the `dict` the buckets were made from answers the same)."""

    __slots__ = ("_buckets", "_mask", "_size")

    def __init__(self, buckets: Buckets) -> None:
        self._buckets = buckets
        self._mask = len(buckets) - 1
        self._size = -1

    def _lookup(self, key: str) -> str | None:
        # a key holding a tab or a newline is found in no bucket: every line holds one tab,
        # between a key and a value that hold neither
        encoded = key.encode()
        bucket = self._buckets[zlib.crc32(encoded) & self._mask]
        at = bucket.find(b"\n%b\t" % encoded)
        if at < 0:
            return None
        start = at + len(encoded) + 2
        return bucket[start : bucket.index(_NEWLINE, start)].decode()

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """The value of `key`, or `default` (without the exception `Mapping.get` goes by)."""
        value = self._lookup(key)
        return value if value is not None else default

    def __getitem__(self, key: str) -> str:
        value = self._lookup(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not None

    def __iter__(self) -> Iterator[str]:
        for bucket in self._buckets:
            for line in bucket.split(_NEWLINE)[1:-1]:
                yield line.partition(_TAB)[0].decode()

    def __len__(self) -> int:
        if self._size < 0:
            self._size = sum(bucket.count(_NEWLINE) - 1 for bucket in self._buckets)
        return self._size
