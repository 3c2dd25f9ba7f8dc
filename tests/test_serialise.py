"""`dumps` writes the JSON of `to_data`, which the cache and the workers rely on."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import pytest

from tests.conftest import SEEDS
from timeline.language import load_language
from timeline.model import Article, Interval
from timeline.pipeline import analyse_article, assemble
from timeline.serialise import dumps, to_data


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
