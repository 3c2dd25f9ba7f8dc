"""Results packed by a worker for its parent: the same values, equal strings and intervals
shared as the JSON decoder shares them, and a model field of any kind carried."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date

import pytest

from tests.conftest import SEEDS
from timeline.language import load_language
from timeline.model import Interval, Skipped
from timeline.pipeline import ArticleResult, analyse_corpus
from timeline.transfer import pack, unpack


@pytest.fixture(scope="module")
def seed_results() -> list[ArticleResult]:
    items = analyse_corpus(SEEDS, load_language("nl"))
    return [item for item in items if not isinstance(item, Skipped)]


def test_a_result_comes_back_equal(seed_results: list[ArticleResult]) -> None:
    assert seed_results
    for result in seed_results:
        assert unpack(ArticleResult, pack(result)) == result


def test_strings_come_back_interned(seed_results: list[ArticleResult]) -> None:
    for result in seed_results:
        back = unpack(ArticleResult, pack(result))
        strings = [back.document.id, *back.notes]
        for mention in back.mentions:
            strings += [mention.type, mention.title, mention.status, mention.mention.sentence]
            strings += [*mention.terms, *mention.actors]
        for timex in back.timexes:
            strings += [timex.text, timex.value, timex.type]
        assert all(sys.intern(s) is s for s in strings)


def test_equal_intervals_are_one_object(seed_results: list[ArticleResult]) -> None:
    first = [unpack(ArticleResult, pack(r)) for r in seed_results]
    second = [unpack(ArticleResult, pack(r)) for r in seed_results]
    for a, b in zip(first, second, strict=True):
        for x, y in zip(a.mentions, b.mentions, strict=True):
            assert x.interval is y.interval


@dataclass(frozen=True, slots=True)
class _Inner:
    day: date
    label: str | None


@dataclass(frozen=True, slots=True)
class _Every:
    text: str
    count: int
    flag: bool
    maybe: int | None
    words: tuple[str, ...]
    inner: _Inner
    inners: tuple[_Inner, ...]
    optional: _Inner | None
    interval: Interval | None


def test_every_kind_of_field_is_carried() -> None:
    inner = _Inner(date(2019, 2, 12), None)
    value = _Every(
        "tekst",
        3,
        True,
        None,
        ("a", "b"),
        inner,
        (inner, _Inner(date(1, 1, 1), "x")),
        None,
        Interval(date(2019, 1, 1), date(2019, 12, 31), "year"),
    )
    assert unpack(_Every, pack(value)) == value


@dataclass(frozen=True, slots=True)
class _Unknown:
    mapping: dict[str, int]


def test_a_field_it_cannot_pack_is_refused() -> None:
    with pytest.raises(TypeError, match="mapping"):
        pack(_Unknown({"a": 1}))
