"""Data decoded once and kept in the user's cache folder as a marshal file, whole or not at all.

A stored file is its format's magic line, a checksum of the rest (CRC-32), then the
marshalled value. It is trusted only when the checksum matches its bytes; anything else
(missing, damaged, unreadable) reads as nothing, and a folder that cannot be written stores
nothing. What the value was made from is the caller's to check (a key stored beside it).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Generic, TypeVar

_DIGEST_SIZE = 16
#: The bytes of a stored file's checksum: a CRC-32, which finds a damaged or cut file as a
#: digest does, in a fifth of the time (a stored dictionary of 9 MB: 3 ms, not 13 ms of each
#: run's start).
_CHECK_SIZE = 4


def _checksum(body: bytes | memoryview) -> bytes:
    return zlib.crc32(body).to_bytes(_CHECK_SIZE, "big")


def store_folder() -> Path | None:
    """The user's cache folder, where the stores are kept (`cache.cache_folder`); None when
    there is none (no home folder): a run then stores nothing and reads nothing."""
    from timeline.cache import cache_folder  # the result cache's module, not needed before

    try:
        return cache_folder()
    except (OSError, RuntimeError):
        return None


#: What a stored value was made from (see `source_key`).
Key = tuple[str | int, ...]


def read_value(path: Path, magic: bytes) -> object | None:
    """The value stored at `path` in the format `magic`; None if there is none to trust."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(magic) + _CHECK_SIZE
    if not data.startswith(magic) or len(data) <= head:
        return None
    body = memoryview(data)[head:]
    if _checksum(body) != data[len(magic) : head]:
        return None
    try:
        value: object = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return value


def write_value(path: Path, magic: bytes, value: Any) -> bool:
    """Store a value (of the types marshal writes) in the format `magic`, whole or not at all;
    whether it was written.

    The file is written beside its final name and renamed, so a reader never sees half of it
    and two runs writing at once leave one whole file.
    """
    body = marshal.dumps(value)
    digest = _checksum(body)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(magic + digest)
                out.write(body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def source_key(version: str, data_file: Path) -> Key:
    """What a stored value must have been made from: a package's version and data file (its
    name, size and the digest of its bytes) and this Python's marshal format.

    The digest, not the file's modification time: every installation of a package has its
    own copy of the file, written at its own time, and installations sharing one cache folder
    (two virtual environments) would each find the other's store stale and write it again at
    every run. Hashing a file of a few MB takes a few milliseconds.
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


V = TypeVar("V")


class Kept(Generic[V]):
    """The values a store that learns held by name when one loading began, and those the
    loading used or made (`Learning`)."""

    def __init__(self, path: Path | None, magic: bytes, key: Key) -> None:
        self.path, self.magic, self.key = path, magic, key
        self.stored: dict[Hashable, V] = read_kept(path, magic, key) if path is not None else {}
        self.used: dict[Hashable, V] = {}
        self.made = False

    def find(self, name: Hashable) -> V | None:
        """The value of a name, used in this loading or stored before it."""
        found = self.used.get(name)
        return self.stored.get(name) if found is None else found

    def close(self, limit: int) -> None:
        """Write the store again when a value was made: with the values it held and those
        made, or with only those used here once that is more than `limit` (the values of
        edited rules and of other languages or lexicons pile up otherwise)."""
        if not self.made or self.path is None:
            return
        values = {**self.stored, **self.used}
        if len(values) > limit:
            values = self.used
        with suppress(ValueError):  # marshal: a value it cannot write
            write_value(self.path, self.magic, (self.key, values))


def read_keyed(path: Path, magic: bytes, key: Key) -> object | None:
    """The value stored at `path` beside `key`, as `write_value(path, magic, (key, value))`
    wrote it; None when the file is missing or damaged or holds the value of another key."""
    stored = read_value(path, magic)
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key:
        return None
    value: object = stored[1]
    return value


def read_kept(path: Path, magic: bytes, key: Key) -> dict[Any, Any]:
    """The values a store that learns holds at `path` under `key`; none when it is missing,
    damaged or made under another key (`temporal.readings` too)."""
    values = read_keyed(path, magic, key)
    return values if isinstance(values, dict) else {}


def code_digest(root: Path, patterns: Iterable[str]) -> str:
    """The digest of the code files under `root` that match the glob `patterns`: their names
    and bytes, in order. What a store keeps of that code's answers is stale once it changes."""
    digest = hashlib.blake2b(digest_size=_DIGEST_SIZE)
    for pattern in patterns:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


class Learning(Generic[V]):
    """A store that learns: the values a loading looks up by name come from it, and it is
    written again at the end of the loading with those it lacked (`regex_store`,
    `temporal.kept_needs`). One loading at a time: a nested `session` shares the outer one.

    `where` gives the store's file under a cache folder, `key` what its values must have been
    made by, `limit` the most values it keeps; each is asked when a session needs it.
    """

    def __init__(
        self,
        where: Callable[[Path], Path],
        magic: bytes,
        key: Callable[[], Key],
        limit: Callable[[], int],
    ) -> None:
        self._where, self._magic, self._key, self._limit = where, magic, key, limit
        #: The loading in progress, if any.
        self.current: Kept[V] | None = None

    @contextmanager
    def session(self) -> Iterator[None]:
        """Values looked up inside come from the store, which learns the ones it lacked."""
        if self.current is not None:
            yield
            return
        folder = store_folder()
        path = self._where(folder) if folder is not None else None
        current = self.current = Kept(path, self._magic, self._key())
        try:
            yield
        finally:
            self.current = None
        current.close(self._limit())
