"""A rule that ignores case, searched in a text's lower case without ignoring case.

The engine matches a literal or a class that ignores case by lower-casing each character it
reads, and cannot skip an alternative by its first character; searched in the lower case of
the text, the same regex without `re.IGNORECASE` finds the same matches about 30 % faster (the
tagger's rules over the corpus's articles), at the same places when lower-casing keeps them.

It is the same search when the pattern names only characters that are their own lower case
and none of those `re` takes for equal to another beyond their lower case (`re._casefix`: the
Greek sigmas, ...; classes such as `\\w` and `\\s` ignore case anyway), refers to no group by
number or name and sets no flags of its own; and when the text's lower case keeps every
character's place, "İ", "ı" and "ſ" written as the "i" and "s" that `re` takes them for
(`needs.fold`). Such a rule is compiled so at start (`grammar`), instead of ignoring case.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser
from typing import Any

from timeline.temporal.needs import fold

try:
    from re import _casefix  # type: ignore[attr-defined]  # the stdlib's own table

    #: The characters `re` takes for equal to others beyond their lower case (but "i", "s").
    _EXTRA: frozenset[str] | None = frozenset(
        chr(code)
        for key, others in _casefix._EXTRA_CASES.items()
        for code in (key, *others)
        if code > 0x7F
    )
except (ImportError, AttributeError):  # pragma: no cover - a `re` without the table
    _EXTRA = None

#: A class range is checked character by character up to this size (else: not case-free).
_RANGE_MAX = 4096
_IGNORING_CASE: dict[re.Pattern[str], re.Pattern[str]] = {}


@lru_cache(maxsize=2)
def lowered(text: str) -> str | None:
    """The text a case-free rule compiled without `re.IGNORECASE` searches (`needs.fold`: the
    lower case, "İ", "ı" and "ſ" as the "i" and "s" `re` takes them for); None when that
    would move a character. Kept for the last two texts (the tagger and event detection ask
    about an article's text: its lower case costs as much as a regex pass)."""
    low = fold(text)
    return low if len(low) == len(text) else None


#: The capital sigma: its lower case depends on what follows it (final or not).
_CAPITAL_SIGMA = "\u03a3"


def stretch_fold(text: str) -> str | None:
    """The text's fold (`lowered`) when the fold of any stretch of it is that fold's slice,
    else None: not with a capital sigma, whose lower case depends on what follows it, and
    not when folding moves a character."""
    return None if _CAPITAL_SIGMA in text else lowered(text)


def ignoring_case(regex: re.Pattern[str]) -> re.Pattern[str]:
    """A case-free rule's regex compiled to ignore case, for a text that is not `lowered`
    (compiled once)."""
    found = _IGNORING_CASE.get(regex)
    if found is None:
        found = _IGNORING_CASE[regex] = re.compile(regex.pattern, regex.flags | re.IGNORECASE)
    return found


def case_free(tree: Any) -> bool:
    """Whether a parsed pattern (`needs.parse`) names only characters that are their own lower
    case and none that `re` folds beyond it, with no group references and no flags of its
    own: compiled without `re.IGNORECASE`, it finds in a `lowered` text what it finds in the
    text ignoring case."""
    return _EXTRA is not None and _items_free(tree.data)


def chars_free(chars: frozenset[str]) -> bool:
    """`case_free` for characters (a lead's)."""
    return _EXTRA is not None and all(_char_free(ord(c)) for c in chars)


@lru_cache(maxsize=4096)
def _char_free(code: int) -> bool:
    char = chr(code)
    return char.lower() == char and _EXTRA is not None and char not in _EXTRA


def _items_free(items: Any) -> bool:
    """Whether parsed items are case-free: each kind of item is one case (a parse of a rule
    holds thousands of literals, so they are told apart by identity, without names)."""
    for op, av in items:
        if op is _LITERAL or op is _NOT_LITERAL:
            if not _char_free(av):
                return False
        elif op is _IN:
            if not _items_free(av):
                return False
        elif op is _RANGE:
            low, high = av
            if high - low > _RANGE_MAX or not all(map(_char_free, range(low, high + 1))):
                return False
        elif op is _SUBPATTERN:
            _, add_flags, del_flags, body = av
            if add_flags or del_flags or not _items_free(body.data):
                return False
        elif op is _BRANCH:
            if not all(_items_free(branch.data) for branch in av[1]):
                return False
        elif op in _REPEATS:
            if not _items_free(av[2].data):
                return False
        elif op is _ASSERT or op is _ASSERT_NOT:
            if not _items_free(av[1].data):
                return False
        elif op is _ATOMIC_GROUP:
            if not _items_free(av.data):
                return False
        elif op not in _PLAIN:
            return False  # group references, conditionals, anything else: not case-free
    return True


_LITERAL, _NOT_LITERAL, _IN, _RANGE = (
    _parser.LITERAL,
    _parser.NOT_LITERAL,
    _parser.IN,
    _parser.RANGE,
)
_SUBPATTERN, _BRANCH, _ASSERT, _ASSERT_NOT = (
    _parser.SUBPATTERN,
    _parser.BRANCH,
    _parser.ASSERT,
    _parser.ASSERT_NOT,
)
_ATOMIC_GROUP = _parser.ATOMIC_GROUP
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
#: Items that ignore case or match any character anyway.
_PLAIN = (_parser.CATEGORY, _parser.NEGATE, _parser.AT, _parser.ANY)
