"""A regex searched only in texts that hold one of the words every match of it holds.

Detection searches each sentence or clause for a few cue regexes ("volgens ...", "van wie",
"in de aanloop naar") that most of them lack. A pass of a word finder over the folded text
(`needs.needed_words`) is several times cheaper than the regex's search, which tries a match
at every position: a text without one of the needed words is not searched, and finds
nothing, as the search would have.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from timeline.temporal.folded import stretch_fold
from timeline.temporal.needs import WordFinder, fold, needed_words


class GuardedRegex:
    """`regex`, with `search` and `finditer` that skip a text lacking its needed words."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        #: [the needed words' finder (None: no words can be said)], found on first use.
        self._words: list[WordFinder | None] = []

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GuardedRegex) and other.regex == self.regex

    def __hash__(self) -> int:
        return hash(self.regex)

    def __repr__(self) -> str:
        return f"GuardedRegex({self.regex!r})"

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether `text[pos:endpos]` holds one of the needed words (or none can be said)."""
        if not self._words:
            self._words.append(needed_words(self.regex))
        words = self._words[0]
        if words is None:
            return True
        if pos == 0 and endpos >= len(text):
            return words.any_in(fold(text))
        # a stretch of a text (an article's sentence): its fold is a slice of the text's, which
        # the tagger made (`folded.lowered` keeps it), where `stretch_fold` allows
        low = stretch_fold(text)
        return words.any_in(fold(text[pos:endpos]) if low is None else low[pos:endpos])

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`regex.search`: None without a look at a text lacking the needed words."""
        if not self.may_match(text, pos, endpos):
            return None
        return self.regex.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """`regex.finditer`: nothing without a look at a text lacking the needed words."""
        if not self.may_match(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)
