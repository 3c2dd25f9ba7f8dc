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

import marshal
import sys
from pathlib import Path

from timeline.marshal_store import Key, Learning, code_digest
from timeline.temporal.needs import Need, first_chars, needs_of_tree, parse

_FORMAT = 1
_MAGIC = f"timeline-pattern-needs-{_FORMAT}\n".encode()
#: A store holding more patterns than this is written again with the last loading's only.
MAX_KEPT = 4000

#: A pattern's needs as (words, digit) pairs in `needs_of_tree`'s order, and the characters
#: its matches start with (`first_chars`, sorted; None when any may).
Reading = tuple[tuple[tuple[tuple[str, ...], bool], ...], tuple[str, ...] | None]


_STORE: Learning[Reading] = Learning(
    lambda folder: store_path(folder), _MAGIC, lambda: code_key(), lambda: MAX_KEPT
)
#: Patterns read inside have their readings from the store, which learns those it lacked: a
#: language's loading (`language._language`).
kept_needs = _STORE.session


def pattern_needs(pattern: str, flags: int) -> tuple[tuple[Need, ...], frozenset[str] | None]:
    """`needs_of_tree` and `first_chars` of `parse(pattern, flags)`, from the store when
    inside `kept_needs()`.

    Raises:
        re.error: when the pattern does not parse.
    """
    session = _STORE.current
    if session is None:
        tree = parse(pattern, flags)
        return needs_of_tree(tree), first_chars(tree)
    key = (pattern, int(flags))
    reading = session.find(key)
    if reading is None:
        tree = parse(pattern, flags)
        needs, chars = needs_of_tree(tree), first_chars(tree)
        reading = (
            tuple((need.words, need.digit) for need in needs),
            None if chars is None else tuple(sorted(chars)),
        )
        session.made = True
    session.used[key] = reading
    stored_needs, stored_chars = reading
    return (
        tuple(Need(words, digit) for words, digit in stored_needs),
        None if stored_chars is None else frozenset(stored_chars),
    )


def store_path(folder: Path) -> Path:
    """Where the readings are kept under a cache folder."""
    # the format in the name: a timeline keying its store otherwise leaves this one alone
    return folder / "needs" / f"patterns.{_FORMAT}.marshal"


def code_key() -> Key:
    """What stored readings must have been made by: the code of `needs` and this Python."""
    return (code_digest(Path(__file__).parent, ("needs.py",)), marshal.version, sys.hexversion)
