"""simplemma's lemmas, its dictionaries loaded from the decoded copy of `lemma_store`.

`lemmatize(word, language)` gives what `simplemma.lemmatize(word, lang=language)` gives: the
same strategies run over the same dictionary, which only loads faster. A simplemma whose
layout this module does not know (a future version), or a dictionary it cannot copy, is used
as simplemma loads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import simplemma

from timeline import stores_ahead
from timeline.lemma_buckets import BucketedLemmas
from timeline.lemma_store import (
    data_key,
    decode_buckets,
    read_store,
    shipped_data_file,
    store_path,
    write_buckets,
    write_store,
)
from timeline.marshal_store import Key


class _Lemmatise(Protocol):
    def __call__(self, token: str, lang: str) -> str: ...


def lemmatize(word: str, language: str) -> str:
    """The lemma simplemma gives a word (raises ValueError for a language it does not know)."""
    return _lemmatiser()(word, language)


def load(language: str) -> None:
    """Load a language's dictionary now rather than at its first word (ValueError if unknown).

    Worker processes forked afterwards share it instead of each loading their own copy.
    """
    lemmatize("x", language)


def dictionary_key(language: str) -> Key | None:
    """What the lemmas of a language are made from: simplemma's version and its data file for
    the language (`lemma_store.data_key`); None when simplemma has no dictionary for it or
    lays its files out in a way this module does not know."""
    data_file = shipped_data_file(language)
    if data_file is None:
        return None
    try:
        return data_key(simplemma.__version__, data_file)
    except OSError:
        return None


@lru_cache(maxsize=1)
def _lemmatiser() -> _Lemmatise:
    """A lemmatiser whose dictionaries come from the store; simplemma's own if that cannot be."""
    try:
        from simplemma.strategies import DefaultStrategy
    except ImportError:
        return _plain
    factory = _factory()
    if factory is None:
        return _plain
    lemmatizer = simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)
    )
    return lemmatizer.lemmatize


def _factory() -> _StoredDictionaries | None:
    """A new dictionary factory reading the store; None if simplemma's layout is not known."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DATA_FOLDER,
            DEFAULT_DICTIONARY_FACTORY,
            MappingStrToByteString,
        )
    except ImportError:
        return None
    return _StoredDictionaries(DATA_FOLDER, DEFAULT_DICTIONARY_FACTORY, MappingStrToByteString)


def _plain(token: str, lang: str) -> str:
    return simplemma.lemmatize(token, lang=lang)


class _StoredDictionaries:
    """simplemma's dictionary factory, each language read from the store when it can be.

    A stored dictionary is read through `BucketedLemmas`, which answers every look-up as
    `wrap` (simplemma's own view of a bytes dictionary as a str mapping) answers it over the
    decoded dictionary; `wrap` is what tells that simplemma decoded one this module can store.
    """

    def __init__(self, data: Path, default: Any, wrap: Any) -> None:
        self._data = data
        self._default = default
        self._wrap = wrap
        self._loaded: dict[str, Mapping[str, str]] = {}

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        """The dictionary of `lang` (ValueError if simplemma has none)."""
        loaded = self._loaded.get(lang)
        if loaded is None:
            loaded = self._loaded[lang] = self._load(lang)
        return loaded

    def _load(self, lang: str) -> Mapping[str, str]:
        from timeline.cache import cache_folder

        data_file = self._data / f"{lang}.plzma"
        if not data_file.is_file():
            unknown: Mapping[str, str] = self._default.get_dictionary(lang)  # raises ValueError
            return unknown
        try:
            key = data_key(simplemma.__version__, data_file)
            path = store_path(cache_folder(), lang)
        except (OSError, RuntimeError):  # no home folder to keep it in: decode as simplemma does
            fallback: Mapping[str, str] = self._default.get_dictionary(lang)
            return fallback
        stores_ahead.wait(stores_ahead.LEMMAS)  # a child may be writing it (a first run)
        stored = read_store(path, key)
        if stored is not None:
            return BucketedLemmas(stored)
        # decoded straight into the store's buckets; as simplemma decodes it where that fails
        buckets = decode_buckets(data_file)
        if buckets is not None:
            write_buckets(path, key, buckets)
            return BucketedLemmas(buckets)
        decoded: Mapping[str, str] = self._default.get_dictionary(lang)
        raw = getattr(decoded, "_dict", None)
        if isinstance(decoded, self._wrap) and isinstance(raw, dict):
            write_store(path, key, raw)
        return decoded
