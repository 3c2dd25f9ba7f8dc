"""Parsed data files kept in the user's cache folder: a run parses only a file that changed.

libyaml parses a language's six data files in about 25 ms at every start, before any article
is read (`lexicon_files.load_yaml`); their parsed values, marshalled, read back in about 1 ms.
A stored value is kept under the digest of its file's path (an edited file replaces its own
store, a user's lexicon has its own) with the key it was parsed under: the digest of the text,
PyYAML's version and this Python's marshal format. Only what parsed without an error is
stored, and a value marshal cannot write (a YAML date) is not: such a file is parsed at every
run, as before. Every value is validated by its schema after it is read, stored or not.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

from timeline.marshal_store import Key, read_value, write_value

#: 2: a value parsed since `lexicon_files` refuses a key given twice (one stored before may
#: hold a file that gives one twice)
_FORMAT = 2
_MAGIC = f"timeline-yaml-{_FORMAT}\n".encode()


def store_path(folder: Path, data_file: Path) -> Path:
    """Where the parsed value of a data file is kept under a cache folder."""
    tag = hashlib.blake2b(str(data_file.resolve()).encode(), digest_size=12).hexdigest()
    # the format in the name: a timeline keying its store otherwise leaves this one alone
    return folder / "yaml" / f"{tag}.{_FORMAT}.marshal"


def text_key(text: str) -> Key:
    """What a stored value must have been parsed from, and by what."""
    import yaml  # here: a run that reads no data file (a cached re-run) does not import it

    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    return (yaml.__version__, len(text), digest, marshal.version, sys.hexversion)


def read_parsed(path: Path, key: Key) -> tuple[object] | None:
    """The value stored at `path` under `key`, in a 1-tuple (a file may parse to None); None
    when there is none to trust."""
    stored = read_value(path, _MAGIC)
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key:
        return None
    return (stored[1],)


def write_parsed(path: Path, key: Key, value: object) -> bool:
    """Store a parsed value under `key`, whole or not at all; whether it was written (not when
    it holds what marshal cannot write)."""
    try:
        return write_value(path, _MAGIC, (key, value))
    except ValueError:  # marshal: unmarshallable object (a date, a set of its own type)
        return False
