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
from timeline.serialise import dumps, loads, to_data


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
