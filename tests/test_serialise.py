"""Results as JSON data: the compiled encoders give what reading every field generically does,
and `dumps` writes the JSON of `to_data`, which the cache and the workers rely on."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from tests.conftest import SEEDS
from timeline import build_chronology
from timeline.language import load_language
from timeline.model import Article, Interval
from timeline.pipeline import ArticleResult, analyse_article, analyse_corpus, assemble
from timeline.serialise import PayloadError, dumps, from_data, loads, to_data


def _generic(value: Any) -> Any:
    """`to_data` as it was before it compiled an encoder for each dataclass."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _generic(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_generic(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _generic(v) for k, v in value.items()}
    return value


def test_results_and_events_encode_as_every_field_read_generically() -> None:
    results = list(analyse_corpus(SEEDS, load_language("nl")))
    chronology = build_chronology(SEEDS)
    values: list[Any] = [*results, chronology, *chronology.events, *chronology.undated]
    for value in values:
        assert json.dumps(to_data(value)) == json.dumps(_generic(value))  # keys in order too
    for result in results:
        assert isinstance(result, ArticleResult)
        assert loads(ArticleResult, dumps(result)) == result


def _plain(value: object) -> str:
    return json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":"))


def test_dumps_writes_the_json_of_to_data() -> None:
    from timeline.corpus import iter_corpus

    language = load_language("nl")
    articles = [a for a in iter_corpus(SEEDS) if isinstance(a, Article)]
    results = [analyse_article(a, language) for a in articles]
    chronology = assemble(results)
    values: list[object] = [*articles, *results, *chronology.events, chronology]
    assert all(dumps(v) == _plain(v) for v in values)
    assert dumps(Interval(date(2022, 10, 1), date(2022, 10, 31), "month")) == (
        '{"start":"2022-10-01","end":"2022-10-31","precision":"month"}'
    )


def test_what_json_cannot_hold_is_refused() -> None:
    @dataclass
    class Holder:
        values: frozenset[int]

    with pytest.raises(TypeError, match="frozenset"):
        dumps(Holder(frozenset({1})))


@dataclass(frozen=True)
class _Inner:
    name: str
    count: int = 0


@dataclass(frozen=True)
class _Outer:
    inner: _Inner
    tags: tuple[str, ...] = ()
    notes: list[str] = dataclasses.field(default_factory=list)


def test_a_field_the_data_lacks_takes_its_default() -> None:
    decoded = from_data(_Outer, {"inner": {"name": "a"}})
    assert decoded == _Outer(_Inner("a", 0), (), [])
    assert decoded.notes is not from_data(_Outer, {"inner": {"name": "b"}}).notes
    assert from_data(_Outer, {"inner": {"name": "a", "count": 2}, "tags": ["x", "y"]}) == _Outer(
        _Inner("a", 2), ("x", "y")
    )


def test_data_of_the_wrong_shape_names_the_class_and_field() -> None:
    with pytest.raises(PayloadError, match="not a _Outer: expected an object for _Outer"):
        from_data(_Outer, ["inner"])
    with pytest.raises(PayloadError, match=r"not a _Outer: '_Outer\.inner'"):
        from_data(_Outer, {"tags": []})
    with pytest.raises(PayloadError, match=r"not a _Outer: '_Inner\.name'"):
        from_data(_Outer, {"inner": {"count": 1}})
    with pytest.raises(PayloadError, match="is not a int"):
        from_data(_Outer, {"inner": {"name": "a", "count": "1"}})
