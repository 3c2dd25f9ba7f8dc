"""Results as JSON data: the compiled encoders give what reading every field generically does."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from tests.conftest import SEEDS
from timeline import build_chronology
from timeline.language import load_language
from timeline.pipeline import ArticleResult, analyse_corpus
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
