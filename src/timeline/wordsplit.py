"""The words of a whole text, cut once: the tagger and event detection both read them.

A word is a run of word characters, which a hyphen or an apostrophe may join to the next
("Noord-Korea", "Rutte's"). The text is cut by one regex split and C-level maps, not by a
Python step per word, and the cut of the last two texts is kept: the tagger cuts an article
and detection asks for the same cut right after.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

#: A word: word characters, joined by a hyphen or an apostrophe to more of them.
WORD = re.compile(r"\w+(?:[-’']\w+)*")
#: `WORD` as the separator of a split, which keeps the words and the text between them; its
#: repeats possessive (the same words: nothing after a repeat could match what it gave back),
#: which the engine runs faster.
_SPLIT = re.compile(r"(\w++(?:[-’']\w++)*+)")


class WordSplit(NamedTuple):
    """The words of a text, in order: their surfaces, offsets and lower-cased forms."""

    surfaces: list[str]
    starts: list[int]
    ends: list[int]
    lowers: list[str]


def split_words(text: str, start: int = 0, stop: int | None = None) -> WordSplit:
    """The words of `text[start:stop]`, with offsets into `text`."""
    parts = _SPLIT.split(text[start:stop])  # gap, word, gap, word, ..., gap
    bounds = list(accumulate(map(len, parts), initial=start))
    surfaces = parts[1::2]
    return WordSplit(surfaces, bounds[1:-1:2], bounds[2::2], list(map(str.lower, surfaces)))


@lru_cache(maxsize=2)
def whole_text_words(text: str) -> WordSplit:
    """`split_words(text)`, kept for the last two texts asked about (do not change it)."""
    return split_words(text)
