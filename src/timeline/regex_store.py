"""Regular expressions as `re` compiles them, kept in the user's cache folder.

Loading a language compiles about 350 regular expressions (its time rules, the event
lexicon's patterns, the gazetteer, the idioms): about 60 ms of each start, before any article
is read, nearly all of it in `re`'s parser and compiler, which are written in Python. What
they make of a pattern, the code `_sre.compile` turns into a pattern object, depends only on
the pattern, its flags and the Python: it is kept under that key, and the next run makes the
pattern object from it in microseconds. A pattern not found there is parsed and its code made
as `re` does it, once: the pattern object is made from that code, which is kept (an error is
`re`'s own). The first such pattern of a process is also compiled by `re`, and the code is
used and kept only if the two objects are equal (pattern objects compare by their flags and
code); else every pattern is compiled by `re`. `_sre` checks any code it is given.

Only what is compiled inside `kept()` (a language's loading) goes through the store;
`compile_regex` elsewhere is `re.compile`. A library that compiles patterns as it is imported
(simplemma: about 380, the rules of every language it knows, 0.05 s of each start) is
imported inside `kept()` with `import_kept`: `re`'s own cache is given the pattern objects
made from the store first, where its `re.compile` calls find them.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import importlib
import re
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # the stdlib's own regex compiler

from timeline.marshal_store import Key, Learning

_FORMAT = 1
_MAGIC = f"timeline-regexes-{_FORMAT}\n".encode()
#: A store holding more patterns than this is written again with the last loading's only (the
#: patterns of edited rules and of other languages or lexicons pile up otherwise).
MAX_KEPT = 4000

#: What `_sre.compile` takes after the pattern: its flags with those the pattern sets inline,
#: its code, the number of groups, the group index by name and the names by index.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


_STORE: Learning[Entry] = Learning(
    lambda folder: store_path(folder), _MAGIC, lambda: code_key(), lambda: MAX_KEPT
)
#: Patterns compiled inside come from the store, which learns the ones it lacked: a
#: language's loading (`language._language`).
kept = _STORE.session


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the store when inside `kept()`."""
    session = _STORE.current
    if session is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = session.find(key)
    if entry is not None:
        try:
            regex: re.Pattern[str] = _sre.compile(pattern, *entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not code of this `re`
            pass
        else:
            session.used[key] = entry
            return regex
    entry = _entry(pattern, int(flags))
    if entry is None or not _agrees_with_re(pattern, int(flags), entry):
        return re.compile(pattern, flags)  # an error is `re`'s own
    made: re.Pattern[str] = _sre.compile(pattern, *entry)
    session.used[key] = entry
    session.made = True
    return made


#: Whether the code `_entry` reads gives what `re.compile` makes, as found by the first
#: pattern compiled in this process (empty: none yet). It is so for every pattern or for
#: none: both run the same parser and code generator; a Python whose `re` compiles in
#: another way has its patterns compiled by `re`, and none stored.
_AGREES: list[bool] = []


def _agrees_with_re(pattern: str, flags: int, entry: Entry) -> bool:
    """Whether the code `_entry` reads is `re`'s: checked against `re.compile` (which then
    parses the pattern a second time) at this process's first pattern only."""
    if not _AGREES:
        try:
            agrees = _sre.compile(pattern, *entry) == re.compile(pattern, flags)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not code of this `re`
            agrees = False
        _AGREES.append(agrees)
    return _AGREES[0]


def import_kept(name: str) -> None:
    """Import module `name` (a library that compiles patterns as it is imported), inside
    `kept()` with the pattern objects the store holds for it already in `re`'s own cache.

    The patterns `re` compiled in the import are learned once the analysis is done
    (`stores_ahead.later`: their code is made by parsing them again, which a first run's start
    would pay) when they are at least as many as the store gave: at the first import, or
    after a change of the library. A few new ones are not: a module may make a pattern anew
    at each run (`tokenize` joins string prefixes in the order of a set), which would be
    learned at every run. Outside `kept()`, once imported, or with an `re` that keeps no such
    cache, it is a plain import.
    """
    session = _STORE.current
    cache = getattr(re, "_cache", None)
    if session is None or name in sys.modules or not isinstance(cache, dict):
        importlib.import_module(name)
        return
    given = 0
    for key, entry in session.stored.items():
        if isinstance(key, tuple) and len(key) == 3 and key[0] == name:
            _, pattern, flags = key
            try:
                cache[(str, pattern, flags)] = _sre.compile(pattern, *entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # not code of this `re`
                continue
            session.used[key] = entry
            given += 1
    before = set(cache)
    importlib.import_module(name)
    new = [(key[1], key[2]) for key in cache.keys() - before if key[0] is str]
    if new and len(new) >= given:
        from timeline import stores_ahead

        stores_ahead.later(partial(_learn_imported, name, sorted(new)))


def _learn_imported(name: str, patterns: Iterable[tuple[str, int]]) -> None:
    """Keep the code of the patterns module `name` compiles as it is imported."""
    with kept():
        session = _STORE.current
        assert session is not None
        for pattern, flags in patterns:
            entry = _entry(pattern, flags)
            if entry is not None and _agrees_with_re(pattern, flags, entry):
                session.used[(name, pattern, flags)] = entry
                session.made = True


def store_path(folder: Path) -> Path:
    """Where the compiled patterns are kept under a cache folder."""
    # the format in the name: a timeline keying its store otherwise leaves this one alone
    return folder / "regexes" / f"compiled.{_FORMAT}.marshal"


def code_key() -> Key:
    """What stored code must have been made by: this Python's `re` and marshal format."""
    return (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, sys.implementation.name)


def _entry(pattern: str, flags: int) -> Entry | None:
    """What `re._compiler.compile` gives `_sre.compile` for a pattern, in types marshal writes
    (its code's opcodes are ints of a class of their own); None if it cannot be read."""
    try:
        tree = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]
        state = tree.state
        names: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            names[index] = name
        return (flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(names))
    except Exception:  # an `re` of another make: the pattern is compiled at every run
        return None
