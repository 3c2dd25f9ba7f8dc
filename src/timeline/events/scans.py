"""The matches of a regex in stretches of one text, from one scan of the whole text.

Detection asks for the gazetteer's forms and for names in many stretches of an article (each
clause, each mention's words, the sentence around them): a regex pass over each stretch reads
most of the article several times. The whole text is scanned once instead and a stretch gets
the matches inside it, but only where that is what a scan of the stretch alone would find:

- a scan with `pos` and `endpos` sees the text before `pos` (lookbehinds, `\\b`) as the whole
  text's scan does, but nothing from `endpos` on;
- so the whole scan's matches inside the stretch are the stretch's when no match of the whole
  scan runs over the stretch's start or end (the two scans then try the same positions in
  the same state) and the character at its end cannot go on a word (a match ending there,
  or a lookahead there, would read it: a form "Iran" in "Iraniërs" cut after "Iran").

Otherwise, and for a regex that matches an empty string somewhere, the stretch is scanned
itself. (tests/events/test_scans.py holds this to the stretch's own scan on many stretches.)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import eq
from typing import NamedTuple

#: Characters that go on a word after the end of a stretch (`\\w`, apostrophes, a hyphen).
_GOES_ON = "_’'-"


class _Scanned(NamedTuple):
    """One whole text's matches: their (start, end), starts and ends, and whether one is
    empty."""

    text: str
    spans: list[tuple[int, int]]
    starts: list[int]
    ends: list[int]
    empty: bool


class TextScan:
    """A regex's matches in stretches of the text last asked about (`spans`)."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._scanned: _Scanned | None = None

    def spans(self, text: str, start: int, stop: int) -> list[tuple[int, int]]:
        """The (start, end) of every match of `regex.finditer(text, start, stop)`."""
        scanned = self._scanned
        if scanned is None or scanned.text is not text:
            spans = [m.span() for m in self.regex.finditer(text)]
            starts, ends = [s for s, _ in spans], [e for _, e in spans]
            scanned = _Scanned(text, spans, starts, ends, any(map(eq, starts, ends)))
            self._scanned = scanned  # one assignment: a reader sees one text's scan or another's
        starts, ends = scanned.starts, scanned.ends
        i = bisect_left(starts, start)
        j = bisect_left(starts, stop, i)
        # the whole scan's matches inside the stretch are the stretch's unless one runs over
        # its start or its end, or the character after it goes on a word
        if (
            scanned.empty
            or (i and ends[i - 1] > start)
            or (j > i and ends[j - 1] > stop)
            or (stop < len(text) and (text[stop].isalnum() or text[stop] in _GOES_ON))
        ):
            return [m.span() for m in self.regex.finditer(text, start, stop)]
        return scanned.spans[i:j]
