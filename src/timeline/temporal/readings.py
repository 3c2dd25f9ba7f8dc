"""What the grammar reads from its rules' parse trees, kept in the user's cache folder.

Compiling a grammar parses each rule's pattern to read the characters its matches start with,
whether it can search the lower case of the text, and the words every match holds (`needs`,
`folded`): about 40 ms of each start for the 81 rules of `nl/time.yaml`, before any article is
read. Those readings depend only on the pattern, the code that reads it and the Python whose
`re` parses it: they are kept per grammar file under that key and read back in a fraction of
a millisecond; a pattern not found among them (an edited rule) is parsed and read again, and
the grammar's readings are stored anew.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

from timeline.marshal_store import Key, code_digest, read_kept, write_value

_FORMAT = 1
_MAGIC = f"timeline-rule-readings-{_FORMAT}\n".encode()
#: The modules whose code makes a reading: the parse tree's readers and the grammar, whose
#: `_reading` puts them together.
_READERS = ("needs.py", "folded.py", "grammar.py")

#: A pattern's reading: the characters its matches start with (sorted; None when any may),
#: whether it is case-free (`folded.case_free` of the pattern and of those characters), and
#: its needs as (words, digit) pairs in `needs.needs_of_tree`'s order.
Reading = tuple[tuple[str, ...] | None, bool, tuple[tuple[tuple[str, ...], bool], ...]]


def store_path(folder: Path, source: str) -> Path:
    """Where the readings of the grammar read from `source` (its file) are kept."""
    tag = hashlib.blake2b(source.encode(), digest_size=12).hexdigest()
    # the format in the name: a timeline keying its store otherwise leaves this one alone
    return folder / "readings" / f"{tag}.{_FORMAT}.marshal"


def code_key() -> Key:
    """What stored readings must have been made by: the readers' code and this Python."""
    return (code_digest(Path(__file__).parent, _READERS), marshal.version, sys.hexversion)


def read_readings(path: Path, key: Key) -> dict[str, Reading]:
    """The readings stored at `path` under `key`; none when there are none to trust."""
    readings: dict[str, Reading] = read_kept(path, _MAGIC, key)
    return readings


def write_readings(path: Path, key: Key, readings: dict[str, Reading]) -> bool:
    """Store a grammar's readings under `key`, whole or not at all; whether they were."""
    return write_value(path, _MAGIC, (key, readings))
