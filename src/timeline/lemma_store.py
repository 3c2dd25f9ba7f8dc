"""The lemmatiser's dictionary kept decoded in the user's cache folder.

simplemma ships each language's dictionary lzma-compressed and front-coded, and decodes it
record by record in Python at its first word: about 0.3 s of every run, spent before the
worker processes can start. Once decoded, the dictionary (bytes to bytes) is written here as a
marshal file, which loads in about a quarter of that time.

The file is only ever a copy of data simplemma ships: nothing is downloaded. It is trusted
only when its digest matches its bytes and its key matches this process (simplemma's version,
the size and digest of the shipped data file, Python's marshal format); anything else (missing,
stale, damaged, unreadable) is ignored and written anew, and when the folder cannot be written
the dictionary is simply used as decoded.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

#: What a stored file begins with: the format of this module, then the digest of the rest.
_MAGIC = b"timeline-lemmas-2\n"
_DIGEST_SIZE = 16

Dictionary = dict[bytes, bytes]
#: What a stored dictionary was made from (see `data_key`).
Key = tuple[str | int, ...]


def store_path(folder: Path, language: str) -> Path:
    """Where the decoded dictionary of a language is kept under a cache folder."""
    # the format in the name: a timeline keying its store otherwise leaves this one alone
    return folder / "lemmas" / f"{language}.2.marshal"


def read_store(path: Path, key: Key) -> Dictionary | None:
    """The dictionary stored at `path` under `key`; None if there is none that can be trusted."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST_SIZE
    if not data.startswith(_MAGIC) or len(data) <= head:
        return None
    body = memoryview(data)[head:]
    if hashlib.blake2b(body, digest_size=_DIGEST_SIZE).digest() != data[len(_MAGIC) : head]:
        return None
    try:
        stored_key, dictionary = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    if stored_key != key or not isinstance(dictionary, dict):
        return None
    return dictionary


def write_store(path: Path, key: Key, dictionary: Dictionary) -> bool:
    """Store a dictionary under `key`, whole or not at all; whether it was written.

    The file is written beside its final name and renamed, so a reader never sees half of it
    and two runs writing at once leave one whole file.
    """
    body = marshal.dumps((key, dictionary))
    digest = hashlib.blake2b(body, digest_size=_DIGEST_SIZE).digest()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + digest)
                out.write(body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def data_key(version: str, data_file: Path) -> Key:
    """What a stored dictionary must have been made from: simplemma's version and data file
    (its size and the digest of its bytes) and this Python's marshal format.

    The digest, not the file's modification time: every installation of simplemma has its
    own copy of the file, written at its own time, and installations sharing one cache folder
    (two virtual environments) would each find the other's store stale and decode and write
    the dictionary again at every run. Hashing the file (under 1 MB) takes about a millisecond.
    """
    data = data_file.read_bytes()
    return (
        version,
        data_file.name,
        len(data),
        hashlib.blake2b(data, digest_size=_DIGEST_SIZE).hexdigest(),
        marshal.version,
        sys.hexversion,
    )
