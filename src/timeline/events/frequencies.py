"""wordfreq's word frequencies, looked up without importing wordfreq for most terms.

Linking weighs each term by its Zipf frequency (`rarity`). wordfreq answers by importing its
tokenizer's dependencies (~0.16 s), decoding the language's whole list into a dict (311k
words, ~0.2 s) and tokenizing each term with a Unicode regex (~25 µs a term): about 0.8 CPU s
of the main process on the real corpus, taken from the workers analysing beside it.

Here the list is decoded once and kept in the cache folder (`marshal_store`), its words hashed
into buckets so that a run reads only the few it looks up. A term made of lower-case Latin
letters, ASCII digits and apostrophes, split at "#" and "-" (`plain_tokens`), is tokenized the
way wordfreq's regex tokenizer does and its frequency is computed with wordfreq's arithmetic;
for any other term, or a language wordfreq treats in another way, the answer is None and the
caller asks wordfreq. tests/events/test_frequencies.py holds the two to the same answers.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from itertools import chain
from pathlib import Path

from timeline import stores_ahead
from timeline.marshal_store import Key, read_value, source_key, write_value

#: The stored format's number, in its magic line and its file name: moved on together.
_FORMAT = 2
_MAGIC = f"timeline-frequencies-{_FORMAT}\n".encode()
#: Buckets the list's words are hashed into (a power of two; ~5 words a bucket for Dutch).
_BUCKETS = 1 << 16
#: How many of the list's most frequent words are kept in their order beside the store
#: (`top_words`), when it is built.
TOP_WORDS = 50_000
_TOP_MAGIC = f"timeline-top-words-{_FORMAT}\n".encode()
#: The language settings under which wordfreq tokenizes as `plain_tokens` does.
_PLAIN_LANGUAGE = {
    "script": "Latn",
    "tokenizer": "regex",
    "normal_form": "NFC",
    "remove_marks": False,
    "dotless_i": False,
    "diacritics_under": None,
    "transliteration": None,
    "lookup_transliteration": None,
}
#: wordfreq's Zipf frequency of a word it does not know is that of this frequency.
_MINIMUM = 1e-9
_APOSTROPHES = "'\u2019"
_SEPARATORS = "#-"
#: Lengths of digit runs whose frequency the store holds (besides four digits, the years).
_DIGIT_RUNS = range(2, 33)
#: A run of two or more digits (a plain token has no other digits than ASCII ones).
_RUN = re.compile("[0-9]{2,}")


def plain_tokens(term: str, vowels: frozenset[str]) -> list[str] | None:
    """The tokens wordfreq's regex tokenizer makes of `term`, when it is plain; else None.

    Plain: lower-case Latin letters, ASCII digits and apostrophes (or letters with combining
    marks after them, and no digit or apostrophe), in pieces split at "#" and "-"; in
    Unicode's normal form C. A piece is one
    token but where an apostrophe stands between a letter and a digit (a word break) or at
    its edge, and where one or two word characters, a straight apostrophe and one of `vowels`
    open a token (the French rule: "d'être" is "d", "être").
    """
    kinds = []
    for char in term:
        if "a" <= char <= "z":
            kinds.append("L")
        elif "0" <= char <= "9":
            kinds.append("D")
        elif char in _APOSTROPHES or char in _SEPARATORS:
            kinds.append(char)
        elif "\u00df" <= char <= "\u024f" and char.isalpha() and char.casefold() == char:
            kinds.append("L")
        elif (
            unicodedata.category(char) == "Mn"
            and char.casefold() == char
            and kinds
            and kinds[-1] in ("L", "M")
        ):
            kinds.append("M")
        else:
            return None
    if not term.isascii() and not unicodedata.is_normalized("NFC", term):
        return None
    if "M" in kinds and ("D" in kinds or any(kind in _APOSTROPHES for kind in kinds)):
        return None  # the regex module joins a mark's letter to what follows in its own way
    tokens: list[str] = []
    size = len(term)
    start = 0
    while start < size:
        kind = kinds[start]
        if kind not in ("L", "D"):
            start += 1  # an apostrophe or separator opens no token
            continue
        french = _french(term, kinds, start, vowels)
        if french:
            tokens.append(term[start : start + french])
            start += french + 1
            continue
        end = start + 1
        while end < size and not _breaks(kinds, end):
            end += 1
        tokens.append(term[start:end].replace("\u2019", "'"))
        start = end
    return tokens


def _french(term: str, kinds: list[str], start: int, vowels: frozenset[str]) -> int:
    """How many word characters open the token at `start` before a straight apostrophe and a
    vowel (wordfreq's "\\w\\w?'" before a vowel, made its own token); 0 if they do not."""
    for width in (2, 1):
        quote = start + width
        if (
            quote + 1 < len(term)
            and all(kind in ("L", "D", "M") for kind in kinds[start:quote])
            and term[quote] == "'"
            and term[quote + 1] in vowels
        ):
            return width
    return 0


def _breaks(kinds: list[str], at: int) -> bool:
    """Whether Unicode's word boundary rules break before position `at` of a plain term."""
    right = kinds[at]
    if right == "M":
        return False  # a mark belongs to its letter
    left = _base(kinds, at - 1)
    if right in _SEPARATORS or left in _SEPARATORS:
        return True
    if right in _APOSTROPHES:
        after = kinds[at + 1] if at + 1 < len(kinds) else ""
        return not (left == after and left in ("L", "D"))
    if left in _APOSTROPHES:
        before = _base(kinds, at - 2) if at >= 2 else ""
        return not (before == right and right in ("L", "D"))
    return False  # letters and digits hold together


def _base(kinds: list[str], at: int) -> str:
    """The kind of the character at `at`, a mark taking its letter's."""
    while kinds[at] == "M":
        at -= 1
    return kinds[at]


class FrequencyList:
    """A language's word list from the store: Zipf frequencies of plain terms."""

    def __init__(
        self,
        buckets: tuple[str, ...],
        vowels: frozenset[str],
        years: tuple[float, ...],
        runs: dict[tuple[str, int], float],
    ) -> None:
        self._buckets = buckets
        self._mask = len(buckets) - 1
        self._vowels = vowels
        self._years = years
        self._runs = runs

    def zipf(self, term: str) -> float | None:
        """wordfreq's `zipf_frequency(term)`; None when the term is not plain."""
        if term.isalpha() and term.isascii() and term.islower():
            tokens: list[str] | None = [term]  # most terms: one plain token, itself
        else:
            tokens = plain_tokens(term, self._vowels)
        if tokens is None:
            return None
        frequency = self._frequency(tokens)
        if frequency is None:
            return None
        return round(math.log(frequency, 10) + 9, 2)

    def _frequency(self, tokens: list[str]) -> float | None:
        # wordfreq's `_word_frequency`, step by step: the same floating-point operations
        if not tokens:
            return _MINIMUM
        one_over_result = 0.0
        for token in tokens:
            smashed = _smash_digits(token)
            index = self._index(smashed)
            if index is None:
                return _MINIMUM
            frequency = 10 ** (-index / 100)
            if smashed != token:
                digits = self._digit_frequency(token)
                if digits is None:
                    return None
                frequency *= digits
            one_over_result += 1.0 / frequency
        frequency = 1.0 / one_over_result
        unrounded = max(frequency, _MINIMUM)
        if unrounded == 0.0:
            return 0.0
        leading_zeroes = math.floor(-math.log(unrounded, 10))
        return round(unrounded, leading_zeroes + 3)

    def _index(self, word: str) -> int | None:
        """The word's frequency band (-centibels), or None if the list lacks it."""
        encoded = word.encode()
        bucket = self._buckets[zlib.crc32(encoded) & self._mask]
        at = bucket.find(f"\n{word}\t")
        if at < 0:
            return None
        start = at + len(word) + 2
        return int(bucket[start : bucket.index("\n", start)])

    def _digit_frequency(self, token: str) -> float | None:
        """wordfreq's `digit_freq`: each run of two or more digits by its stored frequency."""
        frequency = 1.0
        for run in _digit_runs(token):
            if len(run) == 4:
                frequency *= self._years[int(run)]
                continue
            known = self._runs.get((run[0], len(run)))
            if known is None:
                return None
            frequency *= known
        return frequency


def _digit_runs(token: str) -> list[str]:
    """The runs of two or more digits of a plain token (wordfreq's `MULTI_DIGIT_RE`)."""
    return _RUN.findall(token)


def _smash_digits(token: str) -> str:
    """wordfreq's `smash_numbers` for a plain token: runs of two or more digits to zeros."""
    return _RUN.sub(_zeros, token)


def _zeros(match: re.Match[str]) -> str:
    return "0" * len(match.group())


def store_path(folder: Path, code: str) -> Path:
    """Where the word list of a language is kept under a cache folder."""
    return folder / "frequencies" / f"{code}.{_FORMAT}.marshal"


def load_frequencies(code: str, folder: Path | None = None) -> FrequencyList | None:
    """The word list of language `code` from the store (written first when it is missing or
    stale); None when wordfreq has no list for it or tokenizes it in another way."""
    sources = _sources(folder)
    if sources is None:
        return None
    data, folder, wordfreq_version = sources
    path = store_path(folder, code)
    stores_ahead.wait(stores_ahead.FREQUENCIES)  # a child may be writing it (a first run)
    stored = read_value(path, _MAGIC)
    if (
        isinstance(stored, tuple)
        and len(stored) == 2
        and _is_current(stored[0], data, wordfreq_version)
    ):
        return _from_payload(stored[1])
    built = _build(code, wordfreq_version)
    if built is None:
        return None
    key, payload, top = built
    write_value(path, _MAGIC, (key, payload))
    write_value(top_path(folder, code), _TOP_MAGIC, (key, top))
    return _from_payload(payload)


def top_path(folder: Path, code: str) -> Path:
    """Where the most frequent words of a language are kept in order under a cache folder."""
    return folder / "frequencies" / f"{code}.top.{_FORMAT}.marshal"


def top_words(code: str, count: int, folder: Path | None = None) -> list[str] | None:
    """wordfreq's `top_n_list(code, count)` (`count` up to `TOP_WORDS`), as it was kept when
    the store was built, read without importing wordfreq (about 0.15 s of a process that
    has not); None when there is none to trust (the caller asks wordfreq)."""
    sources = None if count > TOP_WORDS else _sources(folder)
    if sources is None:
        return None
    data, folder, wordfreq_version = sources
    stored = read_value(top_path(folder, code), _TOP_MAGIC)
    if not (
        isinstance(stored, tuple)
        and len(stored) == 2
        and isinstance(stored[1], tuple)
        and set(map(type, stored[1])) <= {str}
        and _is_current(stored[0], data, wordfreq_version)
    ):
        return None
    # `top_n_list` takes the list's words in order until it has `count`: a prefix of these
    return list(stored[1][:count])


def _sources(folder: Path | None) -> tuple[Path, Path, str] | None:
    """What a stored list is read against: wordfreq's data folder, the cache folder (`folder`,
    else the user's) and wordfreq's version; None when one of them cannot be had."""
    data = _data_folder()
    if data is None:
        return None
    try:
        if folder is None:
            from timeline.cache import cache_folder

            folder = cache_folder()
        return data, folder, version("wordfreq")
    except (OSError, RuntimeError, PackageNotFoundError):
        return None


def _is_current(key: object, data: Path, wordfreq_version: str) -> bool:
    """Whether a stored value's key is that of the word list wordfreq (`data`, its folder)
    ships."""
    if not isinstance(key, tuple):
        return False
    try:
        return key == source_key(wordfreq_version, data / str(key[1]))
    except (OSError, IndexError):
        return False


def has_source(code: str) -> bool:
    """Whether wordfreq (found without importing it) ships a word list for language `code`:
    only then can a store be built for it."""
    data = _data_folder()
    return data is not None and any(data.glob(f"*_{code}.msgpack.gz"))


def _data_folder() -> Path | None:
    """wordfreq's data folder, found without importing wordfreq."""
    try:
        spec = find_spec("wordfreq")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _from_payload(payload: object) -> FrequencyList | None:
    if not isinstance(payload, tuple) or len(payload) != 4:
        return None
    buckets, vowels, years, runs = payload
    if not buckets:
        return None  # a language wordfreq tokenizes in another way
    return FrequencyList(buckets, frozenset(vowels), years, runs)


def bucket_bands(bands: list[list[str]]) -> tuple[str, ...]:
    """The store's buckets of a frequency list (its bands of words, by index): each word's
    line (word, tab, band's index, newline) in the bucket of its CRC-32, in the list's order.

    As wordfreq's `get_frequency_dict`, a word in two bands keeps the later (rarer) one, in
    the place of its first; a list that has each word once (wordfreq's do) is bucketed band
    by band, without the dictionary that tells it (a first run's 311,000 Dutch words).
    """
    grouped: list[list[str]] = [[] for _ in range(_BUCKETS)]
    if len(set(chain.from_iterable(bands))) == sum(map(len, bands)):
        for index, band in enumerate(bands):
            tail = f"\t{index}\n"
            for word in band:
                grouped[zlib.crc32(word.encode()) & (_BUCKETS - 1)].append(word + tail)
    else:
        kept: dict[str, int] = {}
        for index, band in enumerate(bands):
            for word in band:
                kept[word] = index
        for word, index in kept.items():
            grouped[zlib.crc32(word.encode()) & (_BUCKETS - 1)].append(f"{word}\t{index}\n")
    return tuple("\n" + "".join(entries) for entries in grouped)


def _build(code: str, wordfreq_version: str) -> tuple[Key, object, tuple[str, ...]] | None:
    """The store's key and payload for language `code`, and its `TOP_WORDS` most frequent
    words, from wordfreq itself."""
    try:
        import wordfreq
        from wordfreq.language_info import get_language_info
        from wordfreq.numbers import benford_freq, year_freq
        from wordfreq.tokens import INITIAL_VOWEL_EXPR
    except ImportError:
        return None
    available = wordfreq.available_languages()
    if code not in available:
        return None
    key = source_key(wordfreq_version, Path(available[code]))
    # decoded once (about 40 ms): asked as `top_n_list` asks it, its cache answers that
    frequency_list = wordfreq.get_frequency_list(code, "best")
    top = tuple(wordfreq.top_n_list(code, TOP_WORDS))
    if dict(get_language_info(code)) != _PLAIN_LANGUAGE:
        return key, ((), "", (), {}), top
    buckets = bucket_bands(frequency_list)
    vowels = INITIAL_VOWEL_EXPR.strip("[]")
    years = tuple(year_freq(f"{year:04d}") for year in range(10_000))
    runs = {
        (digit, size): benford_freq(digit + "0" * (size - 1))
        for digit in "0123456789"
        for size in _DIGIT_RUNS
        if size != 4
    }
    return key, (buckets, vowels, years, runs), top
