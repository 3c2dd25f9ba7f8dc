"""Lemmas from the stored dictionary are simplemma's own, however the dictionary was loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import (
    DATA_FOLDER,
    DEFAULT_DICTIONARY_FACTORY,
    MappingStrToByteString,
)

from timeline import lemmatiser
from timeline.lemma_buckets import BucketedLemmas
from timeline.lemma_store import data_key, store_path
from timeline.lemmatiser import _StoredDictionaries, dictionary_key, lemmatize

WORDS = [
    "liepen",
    "gebeurde",
    "doodgeschoten",
    "aangevallen",
    "Amsterdam",
    "raketaanvallen",
    "wapenleveranties",
    "zei",
    "één",
    "Noord-Korea",
    "f-35",
    "2019",
    "'s",
    "xqzvbn",
]


@pytest.mark.parametrize("word", WORDS)
def test_the_lemma_is_simplemmas(word: str) -> None:
    assert lemmatize(word, "nl") == simplemma.lemmatize(word, lang="nl")


def test_a_language_simplemma_does_not_know_raises_as_simplemma_does() -> None:
    with pytest.raises(ValueError):
        simplemma.lemmatize("woord", lang="zz")
    with pytest.raises(ValueError):
        lemmatize("woord", "zz")


class _Refusing:
    """A default factory that must not be asked: the dictionary comes from the store."""

    def get_dictionary(self, lang: str) -> object:
        raise AssertionError(f"decoded {lang} although it was stored")


def test_the_dictionary_is_stored_once_then_read_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    decoded = _StoredDictionaries(DATA_FOLDER, DEFAULT_DICTIONARY_FACTORY, MappingStrToByteString)
    first = decoded.get_dictionary("nl")
    assert store_path(tmp_path, "nl").is_file()
    stored = _StoredDictionaries(DATA_FOLDER, _Refusing(), MappingStrToByteString)
    again = stored.get_dictionary("nl")
    assert isinstance(again, BucketedLemmas)
    for word in ("liepen", "gebeurde", "huizen", "xqzvbn", "Liepen", "één", ""):
        assert again.get(word) == first.get(word)
    assert len(again) == len(first)


def test_every_entry_of_the_stored_dictionary_is_simplemmas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    first = _StoredDictionaries(
        DATA_FOLDER, DEFAULT_DICTIONARY_FACTORY, MappingStrToByteString
    ).get_dictionary("nl")
    again = _StoredDictionaries(DATA_FOLDER, _Refusing(), MappingStrToByteString).get_dictionary(
        "nl"
    )
    simplemmas = DEFAULT_DICTIONARY_FACTORY.get_dictionary("nl")  # as simplemma decodes it
    for lemmas in (first, again):
        assert sorted(lemmas) == sorted(simplemmas)
        assert all(lemmas.get(key) == value for key, value in simplemmas.items())


def test_a_stream_this_reader_does_not_know_is_decoded_by_simplemma_and_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lemmatiser, "decode_buckets", lambda data_file: None)
    first = _StoredDictionaries(
        DATA_FOLDER, DEFAULT_DICTIONARY_FACTORY, MappingStrToByteString
    ).get_dictionary("nl")
    assert isinstance(first, MappingStrToByteString)
    again = _StoredDictionaries(DATA_FOLDER, _Refusing(), MappingStrToByteString).get_dictionary(
        "nl"
    )
    assert isinstance(again, BucketedLemmas)
    assert again.get("liepen") == first.get("liepen") == "lopen"


def test_a_damaged_store_is_decoded_anew_and_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    path = store_path(tmp_path, "nl")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"timeline-lemmas-1\n" + b"\0" * 64)
    dictionaries = _StoredDictionaries(
        DATA_FOLDER, DEFAULT_DICTIONARY_FACTORY, MappingStrToByteString
    )
    assert dictionaries.get_dictionary("nl").get("liepen") == "lopen"
    reread = _StoredDictionaries(DATA_FOLDER, _Refusing(), MappingStrToByteString)
    assert reread.get_dictionary("nl").get("liepen") == "lopen"


def test_an_unwritable_cache_folder_still_gives_the_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker))
    dictionaries = _StoredDictionaries(
        DATA_FOLDER, DEFAULT_DICTIONARY_FACTORY, MappingStrToByteString
    )
    assert dictionaries.get_dictionary("nl").get("liepen") == "lopen"


def test_without_a_home_folder_the_dictionary_is_decoded_as_simplemma_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    dictionaries = _StoredDictionaries(
        DATA_FOLDER, DEFAULT_DICTIONARY_FACTORY, MappingStrToByteString
    )
    assert dictionaries.get_dictionary("nl").get("liepen") == "lopen"


def test_the_dictionary_key_is_the_stores_and_none_for_a_language_without_one() -> None:
    data_file = Path(DATA_FOLDER) / "nl.plzma"
    assert dictionary_key("nl") == data_key(simplemma.__version__, data_file)
    assert dictionary_key("xx") is None
