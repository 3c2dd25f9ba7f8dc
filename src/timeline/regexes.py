"""Helpers for the large word-list regexes built from the lexicons."""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_char_guard(words: Iterable[str]) -> str:
    """A lookahead that lets an alternation of these literal words be tried only where one of
    their first characters stands: `(?=[...])`, or "" when that cannot be said (no words, an
    empty word or one starting with white space, which the regex may widen to `\\s+`).

    Put before the alternation, it changes nothing about what matches (every match starts with
    one of those characters; under re.IGNORECASE the class ignores case as the words do), but
    the regex engine no longer tries hundreds of alternatives at every position of a text.
    """
    firsts: set[str] = set()
    for word in words:
        if not word or word[0].isspace():
            return ""
        firsts.add(word[0])
    if not firsts:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def between_words(words: Iterable[str]) -> re.Pattern[str] | None:
    """The whole text between two words when it is one of `words` ("na", "dagen na"), with
    blanks around it; None for no words.

    >>> between_words(["na", "kort na"]).fullmatch("  kort  na ") is not None
    True
    """
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\s+(?:{alternatives})\s+", re.IGNORECASE) if alternatives else None


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """Any of `phrases` as whole words, ignoring case, blanks widened to any white space,
    the longest first; None for no phrases.

    >>> phrase_regex(["dat", "zou kunnen"]).search("dat het  zou kunnen").group()
    'dat'
    """
    phrases = list(phrases)
    if not phrases:
        return None
    alternatives = sorted(
        (re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True
    )
    guard = first_char_guard(phrases)
    return re.compile(rf"(?<!\w){guard}(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
