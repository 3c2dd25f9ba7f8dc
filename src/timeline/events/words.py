"""Words of a text with their offsets and lemmas: the unit event triggers and terms are made of."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from contextlib import suppress
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from timeline import lemmatiser
from timeline.wordsplit import WordSplit, split_words, whole_text_words

# Letters then digits: "Su-35", "MiG-29", "F-4", "Shahed-136"; not "22-jarige" or "2019".
_MODEL = re.compile(r"[^\W\d_][^\W\d_.]*-?\d+[^\W\d_]*")


class Word(NamedTuple):
    """One word: its surface, its offsets into the text, its lower-cased form and lemma.

    A named tuple rather than a dataclass: detection makes hundreds of thousands of them, and a
    tuple is several times cheaper to build.
    """

    text: str
    start: int
    end: int
    lower: str
    lemma: str


def words_of(text: str, start: int, end: int | None, language: str) -> list[Word]:
    """The words of `text[start:end]` with offsets into `text`, lemmatised in `language`.

    The language has no default: a caller that forgot it would lemmatise another language's
    text as Dutch, and the result cache of this function would hold the text twice.

    Detection asks for the words of many clauses of one article; the article is cut into words
    once and a clause gets its slice, unless a word straddles its edge (then it is cut anew).
    """
    stop = len(text) if end is None else end
    words, starts = _all_words(text, language)
    i, j = bisect_left(starts, start), bisect_left(starts, stop)
    if (i > 0 and words[i - 1].end > start) or (j > i and words[j - 1].end > stop):
        return _cut(text, start, stop, language)
    return words[i:j]


@lru_cache(maxsize=2)
def _all_words(text: str, language: str) -> tuple[list[Word], list[int]]:
    words = _words(whole_text_words(text), language)
    return words, [w.start for w in words]


def _cut(text: str, start: int, stop: int, language: str) -> list[Word]:
    return _words(split_words(text, start, stop), language)


def _words(split: WordSplit, language: str) -> list[Word]:
    # C-level maps instead of a Python step per word (an article has ~400 words)
    lemmas = _LEMMAS.setdefault(language, {})
    if len(lemmas) > _LEMMAS_MAX:
        lemmas.clear()
    surfaces, starts, ends, lowers = split
    if not surfaces:
        return []
    for lower in set(lowers).difference(lemmas):
        lemmas[lower] = _lemma(lower, language)
    found = map(lemmas.__getitem__, lowers)
    # Word(...) without the Python-level __new__ of a named tuple
    rows = zip(surfaces, starts, ends, lowers, found, strict=True)
    return list(map(tuple.__new__, repeat(Word), rows))


#: language -> lower-cased word -> lemma: the memo of `lemma_of` and of a text's words (the
#: common words' given ahead by `common_words`); bounded, cleared when full.
_LEMMAS: dict[str, dict[str, str]] = {}
_LEMMAS_MAX = 200_000


def lemma_of(word: str, language: str) -> str:
    """The lemma of a lower-cased word in `language` (an ISO code the lemmatiser knows),
    separable verbs joined ("aan_vallen" -> "aanvallen"); memoised."""
    lemmas = _LEMMAS.setdefault(language, {})
    lemma = lemmas.get(word)
    if lemma is None:
        if len(lemmas) > _LEMMAS_MAX:
            lemmas.clear()
        lemma = lemmas[word] = _lemma(word, language)
    return lemma


def _lemma(word: str, language: str) -> str:
    """`lemma_of`, worked out."""
    # a word of letters only (most) holds no digit: the test by character is for the others
    if "-" in word or (not word.isalpha() and any(c.isdigit() for c in word)):
        return word
    try:
        lemma = lemmatiser.lemmatize(word, language)
    except ValueError:
        return word
    return lemma.lower().replace("_", "")


def remember_lemmas(language: str, lemmas: Mapping[str, str]) -> None:
    """Take lower-cased words with their lemmas, as `lemma_of` gives them, into the memo a
    text's words are lemmatised from (`common_words`: worked out once, before workers fork)."""
    _LEMMAS.setdefault(language, {}).update(lemmas)


def load_lemmas(language: str) -> None:
    """Load the language's lemma dictionary now rather than at the first word.

    Worker processes forked afterwards share it instead of each loading their own copy (it
    takes a few hundredths of a second from `lemma_store`, a second when decoded anew). A
    language the lemmatiser does not know is left alone.
    """
    with suppress(ValueError):
        lemmatiser.load(language)


def model_name(word: str) -> str | None:
    """A model or type name ("Su-35", "SU35", "Shahed-136") normalised to "su35"; else None."""
    if word.isalpha() or not _MODEL.fullmatch(word):  # (letters alone hold no digit)
        return None
    return "".join(c for c in word.lower() if c.isalnum())
