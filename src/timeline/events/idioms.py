"""The lexicon's idioms searched in a clause: only those whose needed words the clause holds.

The idioms are one regex, `(?<!\\w)(?:idiom|idiom|...)(?!\\w)`, searched in the lower case of a
clause with a trigger. Every match of an idiom holds one of the words of its most selective
need (`needs.needs_of`), so an idiom whose words a clause lacks fails at every position of it.
The alternation's scan is made from those of the few idioms a clause holds the words of (most
clauses: none or one), each its own regex (compiled once): at each position the alternation
takes the first idiom that matches there, so its next match is the earliest of theirs, the
first idiom's on a tie, and the scan goes on from its end (no idiom matches an empty text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from timeline.regex_store import compile_regex
from timeline.temporal.kept_needs import pattern_needs
from timeline.temporal.needs import WordFinder, fold

#: A back reference counts the groups of the idioms before its own: alone, it counts otherwise.
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
_HIT_WORD = itemgetter(1)  # of a `WordFinder.hits` hit


def idioms_regex(idioms: Sequence[str], flags: int = 0) -> re.Pattern[str]:
    """The idioms as whole words: one alternation, in their order."""
    return compile_regex(idioms_source(idioms), flags)


def idioms_source(idioms: Sequence[str]) -> str:
    """The pattern of `idioms_regex(idioms)`."""
    return rf"(?<!\w)(?:{'|'.join(idioms)})(?!\w)"


class IdiomSearch:
    """Finds the idioms of `regex` (`idioms_regex(idioms)`) in a clause's lower case."""

    def __init__(self, idioms: Sequence[str], regex: re.Pattern[str]) -> None:
        self.idioms = tuple(idioms)
        self.regex = regex
        #: needed word -> the idioms (by place) whose most selective need it is one word of
        self._by_word: dict[str, tuple[int, ...]] = {}
        self._finder: WordFinder | None = None
        #: each idiom as its own regex (by place), when `_apart`
        self._alone: tuple[re.Pattern[str], ...] = ()
        self._apart = False  # whether each idiom alone matches where it does in the alternation
        try:
            needs = [pattern_needs(idiom, 0)[0] for idiom in self.idioms]
        except re.error:  # pragma: no cover - the spec compiles every idiom
            return
        usable = (
            bool(needs)
            and all(n and n[0].words and all(n[0].words) and not n[0].digit for n in needs)
            and regex.pattern == idioms_source(self.idioms)
        )
        if not usable:
            return
        by_word: dict[str, list[int]] = {}
        for place, need in enumerate(needs):
            for word in set(need[0].words):
                by_word.setdefault(word, []).append(place)
        self._by_word = {word: tuple(places) for word, places in by_word.items()}
        self._finder = WordFinder(n[0] for n in needs)
        self._apart = not any(_BACK_REFERENCE.search(idiom) for idiom in self.idioms)
        if self._apart:  # compiled here, as the language loads: not by each worker process
            self._alone = tuple(idioms_regex([idiom], regex.flags) for idiom in self.idioms)

    def may_match(self, lower: str) -> bool:
        """Whether an idiom may match in a clause's lower case: it holds one of the words of
        some idiom's most selective need (or no such words can be said)."""
        return self._finder is None or self._finder.any_in(fold(lower))

    def spans(self, lower: str) -> list[tuple[int, int]]:
        """The (start, end) of every match of `regex.finditer(lower)`."""
        finder = self._finder
        if finder is None:
            return [m.span() for m in self.regex.finditer(lower)]
        found = set(map(_HIT_WORD, finder.hits(fold(lower))))
        if not found:
            return []  # no idiom's words: none can match
        if not self._apart:
            return [m.span() for m in self.regex.finditer(lower)]
        places: set[int] = set()
        places.update(*map(self._by_word.__getitem__, found))
        regexes = [self._alone[place] for place in sorted(places)]
        if len(regexes) == 1:
            return [m.span() for m in regexes[0].finditer(lower)]
        spans: list[tuple[int, int]] = []
        # each idiom's first match from where the scan stands (None: no more)
        ahead = [regex.search(lower) for regex in regexes]
        while True:
            first = None
            for match in ahead:  # the earliest; on a tie, the first idiom's
                if match is not None and (first is None or match.start() < first.start()):
                    first = match
            if first is None:
                return spans
            spans.append(first.span())
            at = first.end()
            ahead = [
                match if match is None or match.start() >= at else regex.search(lower, at)
                for match, regex in zip(ahead, regexes, strict=True)
            ]
