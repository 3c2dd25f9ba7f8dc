"""What `needs` reads of the event lexicon's patterns, kept in the user's cache folder.

The lexicon's phrase patterns and idioms are tried only on texts holding the words they need,
and its phrase patterns are led by the characters their matches start with, both read from
each pattern's parse tree by `needs`: about 25 ms for the ~150 patterns and the idioms, which
every worker process paid again at its first clause. The lexicon now reads them as it is
loaded, before the workers fork (`EventLexicon.prepare`), and inside `kept_needs()` the
readings come from this store: they depend only on the pattern, its flags, the code of
`needs` and the Python whose `re` parses the pattern, which key it. A pattern not found is
parsed and read, and the store is written again.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline.marshal_store import Key, read_value, store_folder, write_value
from timeline.temporal.needs import Need, first_chars, needs_of_tree, parse

_FORMAT = 1
_MAGIC = f"timeline-pattern-needs-{_FORMAT}\n".encode()
#: A store holding more patterns than this is written again with the last loading's only.
MAX_KEPT = 4000

#: A pattern's needs as (words, digit) pairs in `needs_of_tree`'s order, and the characters
#: its matches start with (`first_chars`, sorted; None when any may).
Reading = tuple[tuple[tuple[tuple[str, ...], bool], ...], tuple[str, ...] | None]


class _Kept:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.stored: dict[tuple[str, int], Reading] = _read(path) if path is not None else {}
        self.used: dict[tuple[str, int], Reading] = {}
        self.made = False


_KEPT: _Kept | None = None


def pattern_needs(pattern: str, flags: int) -> tuple[tuple[Need, ...], frozenset[str] | None]:
    """`needs_of_tree` and `first_chars` of `parse(pattern, flags)`, from the store when
    inside `kept_needs()`.

    Raises:
        re.error: when the pattern does not parse.
    """
    kept = _KEPT
    if kept is None:
        tree = parse(pattern, flags)
        return needs_of_tree(tree), first_chars(tree)
    key = (pattern, int(flags))
    reading = kept.used.get(key) or kept.stored.get(key)
    if reading is None:
        tree = parse(pattern, flags)
        needs, chars = needs_of_tree(tree), first_chars(tree)
        reading = (
            tuple((need.words, need.digit) for need in needs),
            None if chars is None else tuple(sorted(chars)),
        )
        kept.made = True
    kept.used[key] = reading
    stored_needs, stored_chars = reading
    return (
        tuple(Need(words, digit) for words, digit in stored_needs),
        None if stored_chars is None else frozenset(stored_chars),
    )


@contextmanager
def kept_needs() -> Iterator[None]:
    """Patterns read inside have their readings from the store, which learns those it lacked.

    The store is written at the end when a pattern was read anew: with the readings it held
    and those made, or with only the ones used here once that is more than MAX_KEPT. Nested
    uses share the outer one's store.
    """
    global _KEPT
    if _KEPT is not None:
        yield
        return
    folder = store_folder()
    current = _KEPT = _Kept(store_path(folder) if folder is not None else None)
    try:
        yield
    finally:
        _KEPT = None
    if current.made and current.path is not None:
        readings = {**current.stored, **current.used}
        if len(readings) > MAX_KEPT:
            readings = current.used
        write_value(current.path, _MAGIC, (code_key(), readings))


def store_path(folder: Path) -> Path:
    """Where the readings are kept under a cache folder."""
    # the format in the name: a timeline keying its store otherwise leaves this one alone
    return folder / "needs" / f"patterns.{_FORMAT}.marshal"


def code_key() -> Key:
    """What stored readings must have been made by: the code of `needs` and this Python."""
    code = (Path(__file__).parent / "needs.py").read_bytes()
    return (hashlib.blake2b(code, digest_size=16).hexdigest(), marshal.version, sys.hexversion)


def _read(path: Path) -> dict[tuple[str, int], Reading]:
    stored = read_value(path, _MAGIC)
    if (
        not isinstance(stored, tuple)
        or len(stored) != 2
        or stored[0] != code_key()
        or not isinstance(stored[1], dict)
    ):
        return {}
    readings: dict[tuple[str, int], Reading] = stored[1]
    return readings
