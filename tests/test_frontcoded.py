"""simplemma's front-coded stream read into buckets: the buckets of the dictionary it holds."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest
from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER
from simplemma.strategies.dictionaries.frontcode import _decode_stream

from tests.frontcode_streams import record as _record
from tests.frontcode_streams import stream as _stream
from tests.frontcode_streams import varint as _varint
from timeline.frontcoded import MAGIC, bucket_stream, read_varint
from timeline.lemma_buckets import BucketedLemmas, bucket_dictionary

#: Every way a record is written: a key sharing bytes with the one before, a value that is
#: the one before (254), written whole (255) or as the key less a few bytes plus others.
RECORDS = [
    _record(0, b"gebeurde", 2, b"en"),  # gebeurde -> gebeur + en
    _record(0, b"liep", 255, b"lopen"),
    _record(4, b"en", 254),  # liepen -> lopen, as the one before
    _record(0, b"zag", 0, b""),  # its own lemma
]
DICTIONARY = {b"gebeurde": b"gebeuren", b"liep": b"lopen", b"liepen": b"lopen", b"zag": b"zag"}


def test_every_kind_of_record_gives_its_entry() -> None:
    data = _stream(RECORDS, 4)
    assert _decode_stream(data) == DICTIONARY  # as simplemma reads it
    assert bucket_stream(data) == bucket_dictionary(DICTIONARY)


def test_long_fields_take_varints_of_several_bytes() -> None:
    key, value = b"k" * 200, b"v" * 300
    data = _stream([_record(0, key, 255, value), _record(200, b"s", 254)], 2)
    assert read_varint(_varint(300), 0) == (300, 2)
    assert bucket_stream(data) == bucket_dictionary({key: value, key + b"s": value})


def test_reversed_entries_are_turned_back() -> None:
    data = _stream([_record(0, b"nepeil", 255, b"nepol"), _record(0, b"rw", 255, b"x")], 2, 1)
    buckets = bucket_stream(data)
    assert buckets is not None
    assert dict(BucketedLemmas(buckets)) == {"liepen": "lopen", "wr": "x"}


def test_the_shipped_dictionary_gives_the_buckets_of_simplemma_s() -> None:
    with lzma.open(Path(DATA_FOLDER) / "nl.plzma", "rb") as handle:
        data = handle.read()
    assert bucket_stream(data) == bucket_dictionary(_decode_stream(data))


@pytest.mark.parametrize(
    "data",
    [
        _stream(RECORDS, 5),  # a record short of what it declares
        _stream(RECORDS, 3),  # one more
        _stream(RECORDS, 4)[:-1],  # the last value cut off
        _stream(RECORDS, 4)[:-3],  # cut inside the last record
        _stream([*RECORDS, b"\x00"], 4),  # a record begun
        _stream([_record(0, b"li\tep", 255, b"lopen")], 1),  # a tab the lines cannot carry
        _stream([_record(0, b"liep", 255, b"lo\npen")], 1),  # a newline
        b"SMFC2" + _stream(RECORDS, 4)[5:],  # another format
        MAGIC,
        b"",
    ],
)
def test_what_is_no_whole_stream_gives_no_buckets(data: bytes) -> None:
    assert bucket_stream(data) is None
