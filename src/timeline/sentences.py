"""Split an article into sentences, keeping character offsets into the full text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from timeline.model import Sentence

# A sentence ends at . ! ? (plus closing quotes/brackets) before white space and a capital,
# digit or opening quote (also the Dutch low quotes: „ and ",," typed as two commas, which
# may follow the stop without a space: "vorige week.,,Je kunt"), or at a line break.
# Abbreviations are vetoed separately.
# Each alternative may only start where a run of its characters starts, and runs are matched
# possessively: otherwise a long run of dots or blanks makes the search quadratic.
# The leading lookahead names the characters every match starts with: the engine tests one
# class per position instead of both alternatives and their lookbehinds (2.5x faster).
_BOUNDARY = re.compile(
    r"(?=[.!?… \t\r\n])"
    r"(?:(?P<end>(?<![.!?…])[.!?…]++[\"'”’»)]*+)"
    r"(?=[ \t]+(?:,,|[\"'“‘«(„])?[A-ZÀ-Ý0-9]|,,[A-ZÀ-Ý0-9])"
    r"|(?P<line>(?<![ \t])[ \t]*+(?:\r\n|\r|\n)+))"
)
_INITIAL = re.compile(r"[A-Z]\.")
# A capitalised word, a capitalised word and a lower-case one: "Maandenlang De jongen werd"
_HEADED = re.compile(r"([A-ZÀ-Ý][\w'’-]*) +([A-ZÀ-Ý][a-zß-ÿ]*) +[a-zß-ÿ]")
_OPENING_QUOTES = "\"'“‘«„,"


def split_sentences(
    text: str,
    start: int = 0,
    abbreviations: Iterable[str] = (),
    openers: Iterable[str] = (),
    headings: Iterable[str] = (),
) -> list[Sentence]:
    """Split `text[start:]` into sentences with offsets into `text`.

    An initial ("J. Cleverly") ends no sentence, unless one of `openers` follows it: a word
    that opens sentences and names nobody ("... door Bekir E. Hij had ..."). A heading glued
    to the sentence after it is a sentence of its own: one capitalised word, then one of
    `headings` with a capital and a word in lower case ("Maandenlang De jongen werd ...").

    >>> [s.text for s in split_sentences("Het begon in jan. 2020. Daarna niet.", 0, ["jan."])]
    ['Het begon in jan. 2020.', 'Daarna niet.']
    """
    abbrevs, opening, heading = map(_lowered, (abbreviations, openers, headings))
    sentences: list[Sentence] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start):
        if match.group("end"):
            word = _last_word(text, cursor, match.end("end"))
            if word.lower() in abbrevs and not _acronym(word):
                continue
            if _INITIAL.fullmatch(word) and _next_word(text, match.end()).lower() not in opening:
                continue  # an initial, as in "J. Cleverly"
            cut, resume = match.end(), match.end()
        else:
            cut, resume = match.start(), match.end()
        _add_headed(sentences, text, cursor, cut, heading)
        cursor = resume
    _add_headed(sentences, text, cursor, len(text), heading)
    return sentences


def _add_headed(
    sentences: list[Sentence], text: str, start: int, end: int, headings: AbstractSet[str]
) -> None:
    """Add a sentence, and the heading glued before it as a sentence of its own."""
    if headings:
        while start < end and text[start].isspace():
            start += 1
        glued = _HEADED.match(text, start, end)
        if glued and glued.group(2).lower() in headings:
            _add(sentences, text, start, glued.end(1))
            start = glued.start(2)
    _add(sentences, text, start, end)


def _acronym(word: str) -> bool:
    """A word in capitals ("VS.", "EU."): an acronym ending a sentence, not the abbreviation
    it spells in lower case ("vs." for versus)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _next_word(text: str, start: int) -> str:
    """The letters of the word that begins at `start`, after blanks and opening quotes
    (nothing when a bracket or a figure comes first: "Tim S. (40), die ...")."""
    begin = start
    while begin < len(text) and (text[begin].isspace() or text[begin] in _OPENING_QUOTES):
        begin += 1
    end = begin
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[begin:end]


def _lowered(words: Iterable[str]) -> AbstractSet[str]:
    """The words in lower case; those of a frozen set (a language's) are lowered once."""
    if isinstance(words, frozenset):
        return _lowered_once(words)
    return {word.lower() for word in words}


@lru_cache(maxsize=16)
def _lowered_once(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def _last_word(text: str, floor: int, end: int) -> str:
    """The word that ends at `end`, going back no further than `floor`: what follows the last
    blank before it (`str.rsplit` takes blanks as `str.isspace` does)."""
    if end <= floor or text[end - 1].isspace():
        return ""
    return text[floor:end].rsplit(None, 1)[-1]


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
