"""The phrase patterns of an event lexicon, and which of them may match in a clause.

A lexicon type may name its event by a phrase pattern ("om het leven (?:ge)?komen") as well
as by words. Running every pattern over every clause is the cost of a pattern-rich lexicon;
`PhraseMatcher` runs only those that may match: a pattern whose needed words (`Need`, read
from the pattern once) a text lacks cannot match in it, nor in a clause of it that lacks them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from timeline.temporal.folded import stretch_fold
from timeline.temporal.kept_needs import pattern_needs
from timeline.temporal.needs import Need, WordFinder, has_digit, lead_of

#: A phrase pattern with the name of its type.
Phrase = tuple[str, re.Pattern[str]]

#: Up to this many phrase patterns are run over a clause one by one; more, and the union of
#: them looks first whether any matches (one pattern's pass is several times cheaper).
_PHRASES_ALONE = 8
#: Unions of phrase patterns kept per lexicon before the memo is cleared (a corpus meets a few
#: dozen sets of patterns that may match).
_UNIONS_MAX = 1024
_DOTTED_CAPITAL_I = "\u0130"
_HIT_END, _HIT_WORD = itemgetter(0), itemgetter(1)  # of a `WordFinder.hits` hit


def _meets(needs: tuple[Need, ...], found: set[str], folded: str, digit: bool) -> bool:
    """Whether a stretch meets all of a pattern's needs: the first by the needed words found
    in it (`found`), the others by looking for their words in its folded text."""
    if not needs:
        return True
    if not needs[0].met_by(found, digit):
        return False
    return len(needs) == 1 or all(need.met(folded, digit) for need in needs[1:])


class PhraseIndex(NamedTuple):
    """The phrase patterns (by their place in lexicon order) a needed word may make live,
    those a digit may, and those that need nothing."""

    by_word: dict[str, tuple[int, ...]]
    by_digit: tuple[int, ...]
    needless: tuple[int, ...]


class _WordHits(NamedTuple):
    """Where the words of the phrase patterns' needs stand in a text (`WordFinder.hits`):
    the index of each one's last character, in order, and the word."""

    ends: list[int]
    words: list[str]


class _TextMemo(NamedTuple):
    """What `PhraseMatcher.in_text` found of the text last asked about."""

    text: str
    #: the phrase patterns that may match in some stretch of it, and their needs
    live: tuple[Phrase, ...]
    needs: tuple[tuple[Need, ...], ...]
    #: where the needs' words stand in it (None: its lower case moves characters)
    hits: _WordHits | None
    #: whether a pattern may match in a stretch holding none of the needed words
    wordless: bool
    folded: str


class PhraseMatcher:
    """The phrase patterns of a lexicon's types, in lexicon order, and the search for those
    that may match in a text; each part is built on first use (or by `prepare`)."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.phrases = tuple(phrases)
        #: each phrase pattern with its type and what every match of it contains, once read.
        self.needs: list[tuple[str, re.Pattern[str], tuple[Need, ...]]] = []
        #: each phrase pattern (by its id) -> the characters its matches start with (None:
        #: any), read with its needs (see `union_of`).
        self.starts: dict[int, frozenset[str] | None] = {}
        #: Finds the words of every phrase pattern's first need in a text at once.
        self.words: list[WordFinder] = []
        #: Which phrase patterns a needed word, or a digit, may make live.
        self.index: list[PhraseIndex] = []
        #: the phrase patterns that may match in a text (by their ids) -> their union, once
        #: compiled (None: no usable union).
        self.unions: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        #: [what `in_text` found of the text last asked about]
        self.memo: list[_TextMemo] = []

    def prepare(self) -> None:
        """Build now what the first clause analysed would build: the patterns' needs, their
        index and their word finder (worker processes forked afterwards share them)."""
        self._word_finder()
        self._index()

    def may_run(self, phrases: tuple[Phrase, ...], lower: str) -> bool:
        """Whether `phrases` (those `within` gave for a clause) are worth running over the
        clause's lower case `lower`: a few always, more only when their union matches."""
        return bool(phrases) and (
            len(phrases) <= _PHRASES_ALONE
            or (union := self.union_of(phrases)) is None
            or union.search(lower) is not None
        )

    def union_of(self, phrases: tuple[Phrase, ...]) -> re.Pattern[str] | None:
        """One regex that matches where any of `phrases` matches (None: try each).

        `phrases` are those that may match in a text (`in_text`): a clause in which their
        union finds nothing has no pattern trigger, so the patterns one by one are run only on
        the few clauses where it does. The union of these few rather than of all the lexicon's
        patterns: the patterns a text lacks the words of cannot match in it, and a search
        that need not try them is several times cheaper (a corpus meets a few dozen such sets,
        each compiled once).
        """
        unions = self.unions
        key = tuple(id(pattern) for _, pattern in phrases)
        if key in unions:
            return unions[key]
        if len(unions) >= _UNIONS_MAX:
            unions.clear()
        patterns = [pattern for _, pattern in phrases]
        union: re.Pattern[str] | None = None
        if len({p.flags for p in patterns}) == 1:
            source = "|".join(f"(?:{p.pattern})" for p in patterns)
            # led by the characters the patterns' matches start with, as `led_by_first_chars`
            # leads a regex (from each pattern's parse, read once): 1.6x faster, same matches
            starts: set[str] = set()
            for pattern in patterns:
                chars = self.starts.get(id(pattern))
                if chars is None:
                    break
                starts |= chars
            else:
                source = f"{lead_of(starts)}(?:{source})"
            try:
                union = re.compile(source, patterns[0].flags)
            except re.error:  # a pattern with named groups or back references
                union = None
            if union is not None and union.groups != sum(p.groups for p in patterns):
                union = None
        unions[key] = union
        return union

    def in_text(self, text: str) -> tuple[Phrase, ...]:
        """The phrase patterns (with their types, in lexicon order) that may match in some
        stretch of `text`: those that lack a word every match of theirs contains are left out.

        Found once per text (an article's clauses ask one after another): one pass of a word
        finder (`WordFinder`) over the text instead of the union of all patterns over each
        clause (most articles hold the words of one or two patterns, many of none). A
        stretch's lower case is a slice of the text's when lower-casing keeps every character's
        place (no capital sigma, whose lower case depends on what follows, and no character
        that lower-cases to two); when it does not, every pattern is kept.
        """
        memo = self.memo[0] if self.memo else None
        if memo is not None and memo.text is text:
            return memo.live
        phrases = self.read_needs()
        hits: _WordHits | None = None
        folded = ""
        # (the one character whose lower case is two is the capital dotted I, which `fold`
        # writes as an "i"; the fold of the text's lower case is then the text's fold)
        low = None if _DOTTED_CAPITAL_I in text else stretch_fold(text)
        if low is None:
            kept = phrases
        else:
            folded = low  # as the needs are read: folded (shared with the tagger)
            digit = has_digit(folded, 0, len(folded))
            # one pass for the words of every pattern's first (most selective) need; the
            # others ("de ", "in") are in most texts, each looked for only in a text that meets
            # its pattern's first need
            at = self._word_finder().hits(folded)
            found = set(map(_HIT_WORD, at))
            hits = _WordHits(list(map(_HIT_END, at)), list(map(_HIT_WORD, at)))
            index = self._index()
            candidates = set(index.needless)
            candidates.update(*map(index.by_word.__getitem__, found))
            if digit:
                candidates.update(index.by_digit)
            kept = [
                phrases[i]
                for i in sorted(candidates)
                if _meets(phrases[i][2], found, folded, digit)
            ]
        live = tuple((name, pattern) for name, pattern, _ in kept)
        wordless = any(not needs or needs[0].digit for _, _, needs in kept)
        needs = tuple(n for _, _, n in kept)
        self.memo[:] = [_TextMemo(text, live, needs, hits, wordless, folded)]
        return live

    def within(self, text: str, start: int, stop: int) -> tuple[Phrase, ...]:
        """The phrase patterns that may match in `text[start:stop]` (a clause): those of
        `in_text` whose needs the clause itself meets, from where the text holds their
        words (found in the text's one pass). Most clauses of a text that holds a pattern's
        words do not: the pattern is not run over them (a match inside the clause holds its
        words inside it)."""
        live = self.in_text(text)
        memo = self.memo[0]
        hits = memo.hits
        if not live or hits is None:
            return live
        ends, words = hits.ends, hits.words
        # a word ending inside the clause, and starting inside it too
        first, last = bisect_left(ends, start), bisect_left(ends, stop)
        if first == last and not memo.wordless:
            return ()  # no needed word in the clause (most clauses)
        found = {
            word
            for end, word in zip(ends[first:last], words[first:last], strict=True)
            if end - len(word) >= start - 1
        }
        digit = has_digit(text, start, stop)
        clause = memo.folded[start:stop]  # the clause's folded text (its lower case keeps places)
        return tuple(
            phrase
            for phrase, wanted in zip(live, memo.needs, strict=True)
            if _meets(wanted, found, clause, digit)
        )

    def read_needs(self) -> list[tuple[str, re.Pattern[str], tuple[Need, ...]]]:
        """Each phrase pattern, in lexicon order, with its type and its needs (`needs_of`)."""
        if not self.needs:
            for name, pattern in self.phrases:
                # as `needs_of` reads it, and the characters its matches start with
                needs, starts = pattern_needs(pattern.pattern, pattern.flags)
                self.needs.append((name, pattern, needs))
                self.starts[id(pattern)] = starts
        return self.needs

    def _word_finder(self) -> WordFinder:
        if not self.words:
            self.words.append(WordFinder(needs[0] for _, _, needs in self.read_needs() if needs))
        return self.words[0]

    def _index(self) -> PhraseIndex:
        """Which phrase patterns (by their place in `read_needs`) have a first need that a word
        meets, one that a digit meets, or no need (built once)."""
        if not self.index:
            by_word: dict[str, list[int]] = {}
            by_digit: list[int] = []
            needless: list[int] = []
            for i, (_, _, needs) in enumerate(self.read_needs()):
                if not needs:
                    needless.append(i)
                    continue
                for word in set(needs[0].words):
                    by_word.setdefault(word, []).append(i)
                if needs[0].digit:
                    by_digit.append(i)
            self.index.append(
                PhraseIndex(
                    {word: tuple(found) for word, found in by_word.items()},
                    tuple(by_digit),
                    tuple(needless),
                )
            )
        return self.index[0]
