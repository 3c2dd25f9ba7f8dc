"""The decoded lemma dictionary on disk: trusted only whole, under its own key."""

from __future__ import annotations

import lzma
import subprocess
import sys
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import (
    DATA_FOLDER,
    _load_dictionary_from_disk,
)

from tests.frontcode_streams import record, stream
from timeline.lemma_buckets import BucketedLemmas, bucket_dictionary
from timeline.lemma_store import (
    build,
    data_key,
    decode_buckets,
    read_store,
    shipped_data_file,
    shipped_version,
    store_path,
    write_buckets,
    write_store,
)

KEY = ("2.0.0", "xx.plzma", 10, 20, 4, 0)
DICTIONARY = {b"liepen": b"lopen", b"gebeurde": b"gebeuren", b"\xc3\xa9\xc3\xa9n": b"een"}


def test_a_stored_dictionary_reads_back_under_its_key(tmp_path: Path) -> None:
    path = store_path(tmp_path, "xx")
    assert write_store(path, KEY, DICTIONARY)
    stored = read_store(path, KEY)
    assert stored is not None
    assert dict(BucketedLemmas(stored)) == {k.decode(): v.decode() for k, v in DICTIONARY.items()}


def test_a_dictionary_the_buckets_cannot_carry_is_not_stored(tmp_path: Path) -> None:
    path = store_path(tmp_path, "xx")
    assert not write_store(path, KEY, {**DICTIONARY, b"twee\twoorden": b"twee"})
    assert not path.exists()


def test_a_dictionary_stored_under_another_key_is_not_used(tmp_path: Path) -> None:
    path = store_path(tmp_path, "xx")
    write_store(path, KEY, DICTIONARY)
    assert read_store(path, ("2.0.1", *KEY[1:])) is None


def test_a_missing_file_is_no_dictionary(tmp_path: Path) -> None:
    assert read_store(store_path(tmp_path, "xx"), KEY) is None


def test_a_damaged_or_truncated_file_is_not_trusted(tmp_path: Path) -> None:
    path = store_path(tmp_path, "xx")
    write_store(path, KEY, DICTIONARY)
    data = path.read_bytes()
    flipped = bytearray(data)
    flipped[-3] ^= 0x40
    for damaged in (bytes(flipped), data[:-5], data[:30], b"", b"not a store at all"):
        path.write_bytes(damaged)
        assert read_store(path, KEY) is None


def test_a_file_with_a_good_digest_but_no_dictionary_is_not_trusted(tmp_path: Path) -> None:
    from timeline.lemma_store import _MAGIC
    from timeline.marshal_store import write_value

    path = store_path(tmp_path, "xx")
    for value in (["not", "buckets"], (b"\n", b"\n", b"\n"), (b"\n", "\n"), (b"\n", b"x\n"), ()):
        write_value(path, _MAGIC, (KEY, value))
        assert read_store(path, KEY) is None


def test_an_unwritable_folder_stores_nothing_and_raises_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    assert not write_store(store_path(blocker, "xx"), KEY, DICTIONARY)
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


def test_the_key_changes_with_the_data_file(tmp_path: Path) -> None:
    data = tmp_path / "xx.plzma"
    data.write_bytes(b"one")
    first = data_key("2.0.0", data)
    data.write_bytes(b"other")
    assert data_key("2.0.0", data) != first
    assert data_key("2.0.1", data) != data_key("2.0.0", data)


def test_the_key_is_that_of_the_bytes_not_of_the_copy(tmp_path: Path) -> None:
    import os

    one, two = tmp_path / "a" / "xx.plzma", tmp_path / "b" / "xx.plzma"
    for path, when in ((one, 1_000_000_000), (two, 2_000_000_000)):
        path.parent.mkdir()
        path.write_bytes(b"same")
        os.utime(path, (when, when))
    # two installations of simplemma share one stored dictionary
    assert data_key("2.0.0", one) == data_key("2.0.0", two)


def _stream(entries: list[tuple[bytes, bytes]], count: int, reversed_keys: bool = False) -> bytes:
    """A front-coded stream as simplemma ships one (no key shares a prefix with the one
    before it here, every value is written out), claiming `count` records."""
    records = [record(0, key, 255, value) for key, value in entries]
    return lzma.compress(stream(records, count, 1 if reversed_keys else 0))


def test_simplemma_s_stream_is_decoded_into_the_buckets_of_its_dictionary() -> None:
    data_file = Path(DATA_FOLDER) / "nl.plzma"
    assert decode_buckets(data_file) == bucket_dictionary(_load_dictionary_from_disk("nl"))


def test_a_stream_of_reversed_keys_is_turned_back(tmp_path: Path) -> None:
    data_file = tmp_path / "xx.plzma"
    data_file.write_bytes(_stream([(b"nepeil", b"nepol"), (b"edruebeg", b"neruebeg")], 2, True))
    buckets = decode_buckets(data_file)
    assert buckets is not None
    assert dict(BucketedLemmas(buckets)) == {"liepen": "lopen", "gebeurde": "gebeuren"}


@pytest.mark.parametrize(
    "data",
    [
        _stream([(b"gebeurde", b"gebeuren"), (b"liepen", b"lopen")], 3),  # a record short
        _stream([(b"gebeurde", b"gebeuren"), (b"liep\ten", b"lopen")], 2),  # a tab
        _stream([(b"gebeurde", b"gebeuren")], 1)[:-9],  # cut off
        lzma.compress(b"not a front-coded stream"),
        b"not lzma at all",
    ],
)
def test_a_file_that_is_no_whole_stream_gives_no_buckets(tmp_path: Path, data: bytes) -> None:
    data_file = tmp_path / "xx.plzma"
    data_file.write_bytes(data)
    assert decode_buckets(data_file) is None
    assert decode_buckets(tmp_path / "missing.plzma") is None


def test_buckets_read_back_under_their_key(tmp_path: Path) -> None:
    path = store_path(tmp_path, "xx")
    buckets = bucket_dictionary(DICTIONARY)
    assert buckets is not None and write_buckets(path, KEY, buckets)
    assert read_store(path, KEY) == buckets


def test_simplemma_s_files_are_found_without_importing_it() -> None:
    assert shipped_data_file("nl") == Path(DATA_FOLDER) / "nl.plzma"
    assert shipped_data_file("zz") is None
    assert shipped_version() == simplemma.__version__


def test_a_first_run_s_child_builds_the_store_without_importing_simplemma(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from timeline.lemma_store import build\n"
        f"assert build('nl', Path({str(tmp_path)!r}))\n"
        "assert 'simplemma' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    data_file = Path(DATA_FOLDER) / "nl.plzma"
    stored = read_store(store_path(tmp_path, "nl"), data_key(simplemma.__version__, data_file))
    assert stored == bucket_dictionary(_load_dictionary_from_disk("nl"))
    assert not build("zz", tmp_path)  # simplemma ships no such dictionary
