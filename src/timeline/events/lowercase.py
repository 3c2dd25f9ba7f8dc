"""Which capitals a regular expression asks for: the lexicon's phrase patterns and idioms are
searched in the lower case of the text, where a capital never stands.

Read from the compiled pattern's parse tree (the `re` module's own parser), so escapes
("\\W", "\\b") and case-free parts ("(?i:...)", a pattern compiled with IGNORECASE) are told
apart from literal capitals.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser
from typing import Any

from timeline.regex_store import compile_regex


def capitals_in(pattern: str) -> list[str]:
    """The capitals (and class ranges holding one) written in `pattern`'s literal parts, in
    pattern order: in the lower case of a text none of them can match. None when the pattern
    ignores case.

    >>> capitals_in(r"\\bvoted [A-Z]\\w+"), capitals_in(r"(?i:House)"), capitals_in(r"\\W")
    (['A-Z'], [], [])
    """
    if pattern == pattern.lower() and not _MAY_NAME_A_CAPITAL.search(pattern.replace("-]", "")):
        return []  # no capital written, nor one named by its code or within a range
    return _read_capitals(pattern)


#: What may put a capital into a pattern without writing it: an escape naming a character by
#: its code (`\x41`, `\u0041`, `\101`) and a class range (`[@-Z]`). A hyphen before a `]`
#: makes no range (`[\w-]`: the `]` ends the class or is outside one), and is not looked at.
_MAY_NAME_A_CAPITAL = re.compile(r"\\[xuUN0-7]|-")


def _read_capitals(pattern: str) -> list[str]:
    """`capitals_in`, read from the pattern's parse tree."""
    if compile_regex(pattern).flags & re.IGNORECASE:
        return []
    found: list[str] = []
    _walk(_parser.parse(pattern).data, found)
    return found


def _walk(items: list[tuple[Any, Any]], found: list[str]) -> None:
    for op, av in items:
        if op is _parser.LITERAL:
            found.extend(_capital(av))
        elif op is _parser.IN:
            for member, value in av:
                if member is _parser.LITERAL:
                    found.extend(_capital(value))
                elif member is _parser.RANGE and any(
                    _capital(code) for code in range(value[0], value[1] + 1)
                ):
                    found.append(f"{chr(value[0])}-{chr(value[1])}")
        elif op is _parser.SUBPATTERN:
            _, added, _, body = av
            if not added & re.IGNORECASE:
                _walk(body.data, found)
        elif op is _parser.BRANCH:
            for branch in av[1]:
                _walk(branch.data, found)
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            _walk(av[2].data, found)
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            _walk(av[1].data, found)
        elif op is _parser.ATOMIC_GROUP:
            _walk(av.data, found)


def _capital(code: int) -> list[str]:
    char = chr(code)
    return [char] if char != char.lower() else []
