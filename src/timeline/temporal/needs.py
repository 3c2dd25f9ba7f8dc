"""What a rule's match cannot do without: words one of which every match contains, or a digit.

The tagger runs its rules over stretches of text around key words; a stretch holds the key
words of several rules, and most rules find nothing in it. A rule whose needs the stretch
lacks is not run there: a substring test is far cheaper than a regex pass, and it changes
nothing about what matches.

The needs are read from the compiled regex's parse tree (the `re` module's own parser), so
they hold for every match, whatever the rule's pattern looks like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser
from typing import Any

import ahocorasick

from timeline.regex_store import compile_regex

#: Characters that `re.IGNORECASE` matches with an ASCII letter although `str.lower` does not
#: make them one (tests/temporal/test_needs.py checks this against `re` itself).
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_FOLD_LETTERS = tuple(map(chr, _FOLD))
#: The non-ASCII letters a needed word may hold: each matches, ignoring case, only itself and
#: its capital (checked by the same test).
PLAIN_LETTERS = "àáâäèéêëìíîïòóôöùúûüç"
_DIGIT = re.compile(r"\d")
_VALUE = itemgetter(1)  # of an Aho-Corasick hit: (end, word)
_DIGITS = frozenset(range(ord("0"), ord("9") + 1))
#: Up to this many words, a finder tests each as a substring (`str.__contains__` searches
#: fast) rather than making a pass of its automaton, which steps through every character.
_FEW_WORDS = 8


#: The text folded last and its fold (see `fold`).
_LAST_FOLDED: tuple[str, str] = ("", "")


def fold(text: str) -> str:
    """A text lower-cased so that a needed word is in it wherever a rule could match it."""
    global _LAST_FOLDED
    # one in three texts is the one folded just before (a sentence asked about by two cue
    # regexes, a clause by two hedges): kept as one tuple, read and replaced whole
    last = _LAST_FOLDED
    if text == last[0]:
        return last[1]
    # `translate` looks every character up in a dict once a text holds a non-ASCII one (most
    # articles do: "é", "’"), 5x the cost of `lower`: only a text with a folded letter needs it
    if any(map(text.__contains__, _FOLD_LETTERS)):
        folded = text.translate(_FOLD).lower()
    else:
        folded = text.lower()
    _LAST_FOLDED = (text, folded)
    return folded


@dataclass(frozen=True, slots=True, eq=False)
class Need:
    """One of `words` (folded), or a digit when `digit`, is in every match of a rule."""

    words: tuple[str, ...]
    digit: bool

    def met(self, folded: str, has_digit: bool) -> bool:
        """Whether a stretch of text (folded, and whether it has a digit) meets the need, asked
        alone (the tagger asks `met_by` with the words of all needs found at once)."""
        return (self.digit and has_digit) or any(map(folded.__contains__, self.words))

    def met_by(self, found: set[str], has_digit: bool) -> bool:
        """`met`, from the words of all needs a stretch holds (`WordFinder.found`)."""
        return (self.digit and has_digit) or not found.isdisjoint(self.words)


class WordFinder:
    """Which of many needed words a folded text holds, found in one pass (Aho-Corasick).

    A stretch of text is asked about several needs, each a list of words: one pass for all
    of them costs less than a regex search for each (the same answers: a word is found
    wherever it stands, inside another word or overlapping one).
    """

    def __init__(self, needs: Iterable[Need]) -> None:
        words = sorted({word for need in needs for word in need.words if word})
        self._automaton: Any = None
        #: the words when they are few: a substring test of each costs less than a pass
        self._few = tuple(words) if len(words) <= _FEW_WORDS else None
        if words:
            automaton = ahocorasick.Automaton()
            for word in words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self._automaton = automaton

    def found(self, folded: str) -> set[str]:
        """The needed words `folded` holds."""
        if self._few is not None:
            return set(compress(self._few, map(folded.__contains__, self._few)))
        if self._automaton is None:
            return set()
        return set(map(_VALUE, self._automaton.iter(folded)))  # C-level: texts hold many

    def hits(self, folded: str) -> list[tuple[int, str]]:
        """Every needed word `folded` holds, where it stands: (index of its last character,
        word), in the order of that index."""
        if self._automaton is None:
            return []
        return list(self._automaton.iter(folded))

    def any_in(self, text: str) -> bool:
        """Whether `text` holds any of the words."""
        if self._few is not None:
            return any(map(text.__contains__, self._few))
        return self._automaton is not None and next(self._automaton.iter(text), None) is not None


def has_digit(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` has a digit (as a regex's `\\d` means it)."""
    return _DIGIT.search(text, start, end) is not None


def needs_of(regex: re.Pattern[str]) -> tuple[Need, ...]:
    """What every match of `regex` contains: each need is met by every match (most selective
    first); none when nothing can be said.

    >>> [n.words for n in needs_of(re.compile(r"(?<!\\w)(?:vorige|komende) week", re.I))]
    [('komende week', 'vorige week')]
    >>> needs_of(re.compile(r"\\d+ (?:dag|dagen)"))[1].digit
    True
    >>> needs_of(re.compile(r"(?:morgen)?\\w+"))
    ()
    """
    return needs_of_tree(parse(regex.pattern, regex.flags))


def needed_words(regex: re.Pattern[str]) -> WordFinder | None:
    """Finds whether a folded text (`fold`) holds one of the words every match of `regex`
    contains (its most selective need): one that holds none has no match. None when no such
    words can be said (a digit may do, or nothing is needed)."""
    needs = needs_of(regex)
    if not needs or needs[0].digit or not needs[0].words or not all(needs[0].words):
        return None
    return WordFinder(needs[:1])


def parse(pattern: str, flags: int) -> Any:
    """The parse tree of a regex (the `re` module's own parser; raises `re.error`)."""
    return _parser.parse(pattern, flags)


def needs_of_tree(tree: Any) -> tuple[Need, ...]:
    """`needs_of` from the regex's parse tree (`parse`), when the caller has it."""
    found = set(_options(tree.data))
    # a single character (a blank, a hyphen) is in almost every stretch: not worth a look
    useful = [f for f in found if _selectivity(f) > 1 or not f[0]]
    return tuple(_need(*f) for f in sorted(useful, key=_order))


def _order(need: _Found) -> tuple[int, tuple[str, ...], bool]:
    """Most selective first (and a stable order among equals)."""
    return -_selectivity(need), tuple(sorted(need[0])), need[1]


@cache
def _need(words: frozenset[str], digit: bool) -> Need:
    """One object per need: rules share them, and the tagger checks each once a stretch."""
    return Need(tuple(sorted(words)), digit)


#: Words (folded) and whether a digit will do: one of them is in every match.
_Found = tuple[frozenset[str], bool]


def _sequence(items: list[tuple[Any, Any]]) -> _Found | None:
    """The most selective need among the items of a sequence (each item must match)."""
    options = _options(items)
    if not options:
        return None
    # the option whose shortest word is longest; on a tie the later one (in a phrase the
    # later words are the rarer: "tot voor kort")
    return max(reversed(options), key=_selectivity)


def _options(items: list[tuple[Any, Any]]) -> list[_Found]:
    """What each item of a sequence needs (each item must match). A stretch of literal text
    is one need, its alternatives spelt out ("stel(?:t|de)" needs "stelt" or "stelde", not
    only "stel", which many more texts hold)."""
    options: list[_Found] = []
    runs = [""]
    for op, av in items:
        spelt = _literal_strings(op, av)
        if spelt is not None and len(runs) * len(spelt) <= _SPELL_MAX:
            runs = [run + text for run in runs for text in spelt]
            continue
        if runs != [""]:
            options.append(_spelt(runs))
        runs = [""]
        if spelt is not None:
            runs = spelt
            continue
        need = _item(op, av)
        if need is not None:
            options.append(need)
    if runs != [""]:
        options.append(_spelt(runs))
    return options


def _spelt(texts: list[str]) -> _Found:
    """A need of literal texts, without those that hold another of them (a text that holds
    "morgenavond" holds "avond")."""
    words = set(texts)
    return frozenset(w for w in words if not any(v != w and v in w for v in words)), False


#: A stretch of literal text with alternatives is spelt out into at most this many words.
_SPELL_MAX = 32


def _literal_strings(op: Any, av: Any) -> list[str] | None:
    """The texts (folded) an item matches when it is literal: a plain character, a class of
    plain characters, or a group or alternation of literal sequences; else None."""
    char = _plain_char(op, av)
    if char is not None:
        return [char]
    if op is _parser.IN:
        chars = [_plain_char(*member) for member in av]
        return [c for c in chars if c is not None] if chars and None not in chars else None
    if op is _parser.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _sequence_strings(body.data)
    if op is _parser.BRANCH:
        texts: list[str] = []
        for branch in av[1]:
            spelt = _sequence_strings(branch.data)
            if spelt is None:
                return None
            texts += spelt
        return texts if len(texts) <= _SPELL_MAX else None
    return None


def _sequence_strings(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The texts a sequence of literal items matches, spelt out; None when an item is not
    literal or there are too many."""
    texts = [""]
    for op, av in items:
        spelt = _literal_strings(op, av)
        if spelt is None or len(texts) * len(spelt) > _SPELL_MAX:
            return None
        texts = [text + more for text in texts for more in spelt]
    return texts


def _selectivity(need: _Found) -> int:
    words, digit = need
    lengths = [len(w) for w in words] + ([1] if digit else [])
    return min(lengths)


def _plain_char(op: Any, av: Any) -> str | None:
    """A literal character a needed word may hold (folded), else None."""
    if op is not _parser.LITERAL:
        return None
    char = fold(chr(av))
    if len(char) == 1 and (char.isascii() or char in PLAIN_LETTERS):
        return char
    return None


def _item(op: Any, av: Any) -> _Found | None:
    if op is _parser.SUBPATTERN:
        return _sequence(av[3].data)
    if op is _parser.ATOMIC_GROUP:
        return _sequence(av.data)
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(body.data) if low >= 1 else None
    if op is _parser.BRANCH:
        words: set[str] = set()
        digit = False
        for branch in av[1]:
            need = _sequence(branch.data)
            if need is None:
                return None
            words |= need[0]
            digit = digit or need[1]
        return frozenset(words), digit
    if op is _parser.ASSERT and av[0] == 1:
        # a lookahead cannot look past the end of the searched stretch: what it needs is in
        # the stretch too
        return _sequence(av[1].data)
    if op is _parser.IN and _all_digits(av):
        return frozenset(), True
    # a class of plain characters is literal text: `_options` spells it out before asking here
    return None


def _all_digits(members: list[tuple[Any, Any]]) -> bool:
    """Whether a character class matches digits only: `[0-9]`, `\\d`."""
    for op, av in members:
        if op is _parser.LITERAL and av in _DIGITS:
            continue
        if op is _parser.RANGE and av[0] in _DIGITS and av[1] in _DIGITS:
            continue
        if op is _parser.CATEGORY and av is _parser.CATEGORY_DIGIT:
            continue
        return False
    return bool(members)


def led_by_first_chars(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` with a lookahead in front naming the characters every match starts with.

    It matches exactly what `regex` matches (the class is compiled with the same flags, so it
    ignores case as the literals do), but the engine tests one class at each position of a
    stretch instead of trying every alternative there (the tagger's rules: 25 % faster).
    `regex` itself when that cannot be said (a match may start with any character, or with
    nothing, or a group sets flags of its own).

    >>> led_by_first_chars(re.compile(r"(?<!\\w)(?:vorige|komende) week")).pattern
    '(?=[kv])(?:(?<!\\\\w)(?:vorige|komende) week)'
    """
    lead = first_chars_lead(parse(regex.pattern, regex.flags))
    return regex if lead is None else compile_regex(f"{lead}(?:{regex.pattern})", regex.flags)


def first_chars_lead(tree: Any) -> str | None:
    """The lookahead `led_by_first_chars` puts in front of a regex, from its parse tree
    (`parse`); None when there is none."""
    chars = first_chars(tree)
    return None if chars is None else lead_of(chars)


def first_chars(tree: Any) -> frozenset[str] | None:
    """The characters every match of a regex starts with, from its parse tree (`parse`); None
    when a match may start with any character, or with nothing. A union of regexes starts
    with those of its parts (`lead_of` all of them)."""
    found = _first_chars(tree.data)
    if found is None or found[1] or not found[0]:
        return None
    return frozenset(found[0])


def lead_of(chars: Iterable[str]) -> str:
    """The lookahead naming the characters a regex's matches start with (see
    `led_by_first_chars`), to put in front of it."""
    return f"(?=[{''.join(re.escape(c) for c in sorted(chars))}])"


#: A class range is spelled out up to this many characters.
_RANGE_MAX = 64


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The characters a match of a sequence may start with, and whether it may be empty;
    None when any character may start it."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is _parser.LITERAL:
            return chars | {chr(av)}, False
        if op is _parser.IN:
            members = _class_chars(av)
            return None if members is None else (chars | members, False)
        if op is _parser.BRANCH:
            options = [_first_chars(branch.data) for branch in av[1]]
            if any(option is None for option in options):
                return None
            chars.update(c for option in options if option for c in option[0])
            empty = any(option[1] for option in options if option)
        elif op is _parser.SUBPATTERN:
            _, add_flags, del_flags, body = av
            inner = None if add_flags or del_flags else _first_chars(body.data)
            if inner is None:
                return None
            chars |= inner[0]
            empty = inner[1]
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            low, _, body = av
            inner = _first_chars(body.data)
            if inner is None:
                return None
            chars |= inner[0]
            empty = low == 0 or inner[1]
        else:
            return None
        if not empty:
            return chars, False
    return chars, True


def _class_chars(members: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a class of literals and short ranges; None for anything else."""
    chars: set[str] = set()
    for op, av in members:
        if op is _parser.LITERAL:
            chars.add(chr(av))
        elif op is _parser.RANGE and av[1] - av[0] < _RANGE_MAX:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars
