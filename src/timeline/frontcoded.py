"""simplemma's front-coded dictionary stream, read straight into the lemma store's buckets.

simplemma 2 ships each language's dictionary as an lzma-compressed stream: the magic `SMFC1`,
a flag byte (its lowest bit: the keys and values are stored reversed), the number of records
(a varint), then one record per key, the keys sorted as stored: how many leading bytes the
key shares with the key before (a varint), how many follow (a varint) and those bytes; then a
trim byte: 254 when the value is the value before, else a varint length and as many bytes,
which are the whole value when the trim byte is 255 and otherwise follow the key less its
last `trim` bytes. Varints are little-endian groups of seven bits, the high bit set on all
but the last. (simplemma's `frontcode` module reads the same records.)

A first run's child (`stores_ahead`) builds the lemma store from it without importing
simplemma, which compiles the rules of every language it knows as it is imported. A stream
this reader does not know (another magic, a record cut off, a record count that is not the
header's, an entry the buckets cannot carry) gives None: simplemma then decodes it.
"""

from __future__ import annotations

import zlib

from timeline.lemma_buckets import BUCKETS, Buckets, finish_buckets

MAGIC = b"SMFC1"
_REVERSED = 0x01
_SAME_VALUE, _WHOLE_VALUE = 254, 255


def read_varint(data: bytes, at: int) -> tuple[int, int]:
    """The varint at `at` of `data`, and where the next field starts (IndexError if the data
    ends inside it)."""
    number = shift = 0
    while True:
        byte = data[at]
        at += 1
        number |= (byte & 0x7F) << shift
        if byte < 0x80:
            return number, at
        shift += 7


def bucket_stream(data: bytes, count: int = BUCKETS) -> Buckets | None:
    """The entries of a decompressed stream in `count` buckets: what `lemma_buckets.
    bucket_dictionary` makes of the dictionary simplemma decodes from it; None when the data
    is not such a stream, whole, or an entry holds what the buckets' lines cannot carry."""
    if not data.startswith(MAGIC) or len(data) <= len(MAGIC):
        return None
    reversed_entries = bool(data[len(MAGIC)] & _REVERSED)
    lines: list[list[bytes]] = [[] for _ in range(count)]
    mask = count - 1
    crc32 = zlib.crc32
    key = value = b""
    records = 0
    try:
        declared, at = read_varint(data, len(MAGIC) + 1)
        size = len(data)
        # one record a turn, its one-byte varints (nearly all) read in place
        while at < size:
            shared = data[at]
            if shared < 0x80:
                at += 1
            else:
                shared, at = read_varint(data, at)
            rest = data[at]
            if rest < 0x80:
                at += 1
            else:
                rest, at = read_varint(data, at)
            end = at + rest
            key = key[:shared] + data[at:end]
            trim = data[end]
            at = end + 1
            if trim != _SAME_VALUE:
                rest = data[at]
                if rest < 0x80:
                    at += 1
                else:
                    rest, at = read_varint(data, at)
                end = at + rest
                if trim == _WHOLE_VALUE:
                    value = data[at:end]
                else:
                    value = key[: len(key) - trim] + data[at:end]
                at = end
            if reversed_entries:
                lines[crc32(key[::-1]) & mask].append(b"%b\t%b\n" % (key[::-1], value[::-1]))
            else:
                lines[crc32(key) & mask].append(b"%b\t%b\n" % (key, value))
            records += 1
    except IndexError:  # the data ends inside a record
        return None
    # a field that ran past the end moved `at` beyond it; a stream cut at a record's end
    # holds fewer records than it declares (its sorted keys are distinct, as simplemma's
    # lazy reader relies on too)
    if at != size or records != declared:
        return None
    return finish_buckets(lines)
