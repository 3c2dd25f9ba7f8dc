"""The lemmatiser's dictionary kept decoded in the user's cache folder.

simplemma ships each language's dictionary lzma-compressed and front-coded, and decodes it
record by record in Python at its first word: about 0.3 s of every run, spent before the
worker processes can start. Once decoded, the dictionary (bytes to bytes) is written here as a
marshal file of its entries in hash buckets (`lemma_buckets`), which loads in milliseconds; a
first run decodes simplemma's stream straight into them (`decode_buckets`, `frontcoded`).

The file is only ever a copy of data simplemma ships: nothing is downloaded. It is trusted
only when its checksum matches its bytes and its key matches this process (simplemma's version,
the size and digest of the shipped data file, Python's marshal format); anything else (missing,
stale, damaged, unreadable) is ignored and written anew, and when the folder cannot be written
the dictionary is simply used as decoded.
"""

from __future__ import annotations

import lzma
import typing
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path

from timeline.frontcoded import bucket_stream
from timeline.lemma_buckets import Buckets, bucket_dictionary, well_formed
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
    """Store a dictionary's buckets (`decode_buckets`) under `key`, whole or not at all;
    whether they were written."""
    return write_value(path, _MAGIC, (key, buckets))


def decode_buckets(data_file: Path) -> Buckets | None:
    """The dictionary of a data file simplemma ships, decoded from its front-coded stream
    straight into buckets (`frontcoded`): what `bucket_dictionary` makes of the dictionary
    simplemma decodes from the file, without that dictionary being made. None when the file
    cannot be read or is not a stream that reader knows (simplemma then decodes it)."""
    try:
        with lzma.open(data_file, "rb") as handle:
            data = handle.read()
    except (OSError, EOFError, lzma.LZMAError):
        return None
    return bucket_stream(data)


def build(language: str, folder: Path) -> bool:
    """Store the dictionary simplemma ships for `language` under `folder`, as a first run's
    loading does (`lemmatiser`), but without importing simplemma: for the child a first run
    starts before it imports its language (`stores_ahead`). Whether it was written (where it
    was not, the run decodes it itself)."""
    data_file = shipped_data_file(language)
    version = shipped_version()
    if data_file is None or version is None:
        return False
    buckets = decode_buckets(data_file)
    return buckets is not None and write_buckets(
        store_path(folder, language), data_key(version, data_file), buckets
    )


def shipped_version() -> str | None:
    """simplemma's version, as its package metadata gives it (read without importing it; the
    version simplemma reports, which a run keys the store by: were they ever to differ, the
    run would find the child's store stale and write it anew); None when there is none."""
    try:
        return version("simplemma")
    except PackageNotFoundError:
        return None


def shipped_data_file(language: str) -> Path | None:
    """The data file simplemma ships for `language` (where its dictionary factory reads it),
    found without importing simplemma, whose import compiles the rules of every language it
    knows (a first run asks before it starts the child that builds the store); None when
    simplemma is not installed or ships no such file."""
    try:
        spec = find_spec("simplemma")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    path = package / "strategies" / "dictionaries" / "data" / f"{language}.plzma"
    return path if path.is_file() else None


def data_key(version: str, data_file: Path) -> Key:
    """What a stored dictionary must have been made from: simplemma's version and data file
    (its size and the digest of its bytes, under 1 MB) and this Python's marshal format
    (`marshal_store.source_key`)."""
    return source_key(version, data_file)
