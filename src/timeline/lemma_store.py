"""The lemmatiser's dictionary kept decoded in the user's cache folder.

simplemma ships each language's dictionary lzma-compressed and front-coded, and decodes it
record by record in Python at its first word: about 0.3 s of every run, spent before the
worker processes can start. Once decoded, the dictionary (bytes to bytes) is written here as a
marshal file of its entries in hash buckets (`lemma_buckets`), which loads in milliseconds; a
first run decodes simplemma's stream straight into them (`decode_buckets`).

The file is only ever a copy of data simplemma ships: nothing is downloaded. It is trusted
only when its checksum matches its bytes and its key matches this process (simplemma's version,
the size and digest of the shipped data file, Python's marshal format); anything else (missing,
stale, damaged, unreadable) is ignored and written anew, and when the folder cannot be written
the dictionary is simply used as decoded.
"""

from __future__ import annotations

import lzma
import typing
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path

from timeline.lemma_buckets import (
    BucketedLemmas,
    Buckets,
    bucket_dictionary,
    bucket_entries,
    well_formed,
)
from timeline.marshal_store import Key, read_keyed, source_key, write_value

#: The stored format's number, in its magic line and its file name: moved on together.
_FORMAT = 4
#: What a stored file begins with: the format of this module (then the checksum of the rest).
_MAGIC = f"timeline-lemmas-{_FORMAT}\n".encode()

Dictionary = dict[bytes, bytes]


def store_path(folder: Path, language: str) -> Path:
    """Where the decoded dictionary of a language is kept under a cache folder."""
    # the format in the name: a timeline keying its store otherwise leaves this one alone
    return folder / "lemmas" / f"{language}.{_FORMAT}.marshal"


def read_store(path: Path, key: Key) -> Buckets | None:
    """The dictionary stored at `path` under `key`, in buckets (`lemma_buckets.
    BucketedLemmas` reads them); None if there is none that can be trusted."""
    buckets = read_keyed(path, _MAGIC, key)
    if buckets is None or not well_formed(buckets):
        return None
    return typing.cast(Buckets, buckets)


def write_store(path: Path, key: Key, dictionary: Dictionary) -> bool:
    """Store a dictionary under `key`, whole or not at all; whether it was written (not when
    an entry holds what the buckets' lines cannot carry)."""
    buckets = bucket_dictionary(dictionary)
    return buckets is not None and write_value(path, _MAGIC, (key, buckets))


def write_buckets(path: Path, key: Key, buckets: Buckets) -> bool:
    """Store a dictionary's buckets (`bucket_entries`) under `key`, whole or not at all;
    whether they were written."""
    return write_value(path, _MAGIC, (key, buckets))


def decode_buckets(data_file: Path) -> Buckets | None:
    """The dictionary of a data file simplemma ships, decoded from its front-coded stream
    straight into buckets: what `bucket_dictionary` makes of the dictionary simplemma decodes
    from the file, without that dictionary being made (a first run's 0.5 s of decoding and
    bucketing, before the workers can start, about 0.1 s shorter). None when the file is not
    a stream as this simplemma's reader knows it, or its entries cannot be bucketed.

    simplemma's own reader gives the records (`frontcode`); their keys are sorted, so
    distinct (simplemma's lazy reader relies on that too), and there are as many as the
    stream's header says, or the stream is not whole.
    """
    try:
        from simplemma.strategies.dictionaries import frontcode

        read_header, read_records = frontcode._read_header, frontcode._iter_records
    except (ImportError, AttributeError):
        return None
    try:
        with lzma.open(data_file, "rb") as handle:
            data = handle.read()
        reversed_keys, count, start = read_header(data)
        entries: Iterable[tuple[bytes, bytes]] = map(itemgetter(1, 2), read_records(data, start))
        if reversed_keys:  # stored reversed, as simplemma's decoder turns them back
            entries = ((key[::-1], value[::-1]) for key, value in entries)
        buckets = bucket_entries(entries)
    except (OSError, ValueError, EOFError, lzma.LZMAError):
        return None
    if buckets is None or len(BucketedLemmas(buckets)) != count:
        return None
    return buckets


def data_key(version: str, data_file: Path) -> Key:
    """What a stored dictionary must have been made from: simplemma's version and data file
    (its size and the digest of its bytes, under 1 MB) and this Python's marshal format
    (`marshal_store.source_key`)."""
    return source_key(version, data_file)
