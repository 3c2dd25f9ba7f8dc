"""The stored word list answers as wordfreq does, for every term it answers at all."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest
import wordfreq
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import zipf_frequency
from wordfreq.tokens import INITIAL_VOWEL_EXPR, lossy_tokenize

from timeline.events.frequencies import (
    TOP_WORDS,
    FrequencyList,
    bucket_bands,
    load_frequencies,
    plain_tokens,
    store_path,
    top_path,
    top_words,
)
from timeline.marshal_store import read_value, write_value

VOWELS = frozenset(INITIAL_VOWEL_EXPR.strip("[]"))
TRICKY = [
    "crash",
    "klimaatwet",
    "café",
    "coördinator",
    "#ad-hoc",
    "#aandeel",
    "anti-abortus",
    "d'être",
    "l'aquila",
    "vvd'er",
    "vvd’ers",
    "d’être",
    "o'rourke",
    "don't",
    "i'm",
    "achilles'12",
    "12'34",
    "ab'1",
    "ab''cd",
    "'s-hertogenbosch",
    "ab'",
    "i\u0307mamoglu",
    "a320",
    "2019",
    "1985",
    "26e",
    "103de",
    "50plus",
    "1234567",
    "12a1234b99",
    "f-16",
    "-",
    "#",
    "",
    "ǀxoo",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder the store was built in."""
    folder = tmp_path_factory.mktemp("store")
    assert load_frequencies("nl", folder) is not None  # built and written
    return folder


@pytest.fixture(scope="module")
def frequencies(folder: Path) -> FrequencyList:
    stored = load_frequencies("nl", folder)  # read back
    assert stored is not None
    return stored


@pytest.mark.parametrize("term", TRICKY)
def test_a_plain_term_is_tokenized_and_weighed_as_wordfreq_does(
    frequencies: FrequencyList, term: str
) -> None:
    tokens = plain_tokens(term, VOWELS)
    assert tokens is not None, term
    assert tokens == lossy_tokenize(term, "nl")
    assert frequencies.zipf(term) == zipf_frequency(term, "nl")


@pytest.mark.parametrize(
    "term", ["Crash", "groß", "straße", "e\u0301n", "naïve\u0345", "a_b", "x²", "i\u0307'e"]
)
def test_a_term_that_is_not_plain_is_left_to_wordfreq(
    frequencies: FrequencyList, term: str
) -> None:
    assert plain_tokens(term, VOWELS) is None
    assert frequencies.zipf(term) is None


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.text(alphabet="abeo'’-#19éïi\u0307h", max_size=9))
def test_any_term_of_plain_characters_is_tokenized_as_wordfreq_does(term: str) -> None:
    tokens = plain_tokens(term, VOWELS)
    if tokens is not None:
        assert tokens == lossy_tokenize(term, "nl")


def test_the_list_s_own_words_weigh_as_in_wordfreq(frequencies: FrequencyList) -> None:
    words = [w for band in wordfreq.get_frequency_list("nl") for w in band]
    # the words that are not plain lower-case letters, and a sample of those that are
    odd = [w for w in words if not (w.isalpha() and w.isascii())]
    sample = odd[::7] + words[::97]
    answered = 0
    for word in sample:
        zipf = frequencies.zipf(word)
        if zipf is not None:
            answered += 1
            assert zipf == zipf_frequency(word, "nl"), word
    assert answered > 0.9 * len(sample)


def test_a_store_made_from_other_data_is_made_anew(tmp_path: Path) -> None:
    path = store_path(tmp_path, "nl")
    write_value(path, b"timeline-frequencies-2\n", (("0.0", "large_nl.msgpack.gz"), ()))
    frequencies = load_frequencies("nl", tmp_path)
    assert frequencies is not None
    assert frequencies.zipf("klimaatwet") == zipf_frequency("klimaatwet", "nl")
    stored = read_value(path, b"timeline-frequencies-2\n")
    assert isinstance(stored, tuple)
    assert stored[0][0] == version("wordfreq")  # written anew under this wordfreq's key


def test_a_language_without_a_list_has_none(tmp_path: Path) -> None:
    assert load_frequencies("xx", tmp_path) is None
    assert not store_path(tmp_path, "xx").exists()


def test_the_most_frequent_words_are_kept_in_wordfreq_s_order(folder: Path) -> None:
    assert top_words("nl", TOP_WORDS, folder) == wordfreq.top_n_list("nl", TOP_WORDS)
    assert top_words("nl", 300, folder) == wordfreq.top_n_list("nl", 300)
    assert top_words("nl", TOP_WORDS + 1, folder) is None  # more than were kept


def test_most_frequent_words_kept_from_other_data_are_not_trusted(tmp_path: Path) -> None:
    assert top_words("nl", 10, tmp_path) is None  # none kept
    path = top_path(tmp_path, "nl")
    write_value(path, b"timeline-top-words-2\n", (("0.0", "large_nl.msgpack.gz"), ("de",)))
    assert top_words("nl", 1, tmp_path) is None
    assert load_frequencies("nl", tmp_path) is not None  # the store built, the words kept anew
    assert top_words("nl", 10, tmp_path) == wordfreq.top_n_list("nl", 10)


def test_a_word_in_two_bands_keeps_the_later_one_in_the_place_of_its_first() -> None:
    bands = [[], ["de", "kat", "het"], ["kat"], ["hond", "de", "muis"]]
    buckets = bucket_bands(bands)
    assert all(bucket.startswith("\n") for bucket in buckets)
    lines = sorted(line for bucket in buckets for line in bucket.split("\n") if line)
    assert lines == ["de\t3", "het\t1", "hond\t3", "kat\t2", "muis\t3"]
    first = [word for band in bands for word in band]
    for bucket in buckets:  # in the list's order, each word at its first place
        words = [line.split("\t")[0] for line in bucket.split("\n") if line]
        assert words == sorted(words, key=first.index)


def test_the_dutch_list_is_bucketed_as_its_dictionary() -> None:
    bands = wordfreq.get_frequency_list("nl", "best")
    kept: dict[str, int] = {}
    for index, band in enumerate(bands):
        for word in band:
            kept[word] = index
    grouped = bucket_bands(bands)
    by_dictionary = bucket_bands([[*band, band[0]] if band else band for band in bands])
    assert grouped == by_dictionary  # a word repeated in its own band changes nothing
    assert sum(bucket.count("\n") - 1 for bucket in grouped) == len(kept)
