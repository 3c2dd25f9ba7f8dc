"""JSON export: the same text as one `json.dumps` call, written item by item."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from timeline.exporters import EXPORTERS, export_pieces
from timeline.exporters.json_export import Records, chronology_json, dump_json, to_json
from timeline.exporters.records import chronology_record
from timeline.exporters.write import write_atomic
from timeline.pipeline import build_chronology


def _reference(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
        | st.dictionaries(st.integers(), inner, max_size=2)
    ),
    max_leaves=30,
)


@given(_VALUES)
def test_dump_json_is_json_dumps_with_an_indent(value: Any) -> None:
    assert dump_json(value) == _reference(value)


def test_records_are_written_as_lists() -> None:
    made = Records([1, 2], lambda n: {"n": n, "line\n": ["é", n / 3]})
    assert dump_json({"a": made, "b": Records([], str)}) == _reference({"a": list(made), "b": []})


def test_the_chronology_json_is_the_plain_records_dumped() -> None:
    chronology = build_chronology(SEEDS)
    assert to_json(chronology) == _reference(chronology_record(chronology))


def test_pieces_make_the_same_text_for_every_format(tmp_path: Path) -> None:
    chronology = build_chronology(SEEDS)
    for kind, export in EXPORTERS.items():
        pieces = export_pieces(kind, chronology, "nl")
        assert "".join(pieces) == export(chronology)
    assert len(list(chronology_json(chronology))) > len(chronology.events)  # written piecewise
    target = tmp_path / "out.json"
    write_atomic(target, chronology_json(chronology))
    assert target.read_text(encoding="utf-8") == to_json(chronology)


@pytest.mark.parametrize(
    "value",
    [
        {"events": [{"x": [float("nan"), float("inf"), -0.0, 1e300, True, False, None]}]},
        {"events": [{"t": 'tab\there, quote " and \u2028 \U0001f600 \x00', "n": -7}]},
        {"events": [[[], {}, [[]], {"a": {}}], {"a": [1, [2, {"b": None}]]}]},
        {"events": [{1: "int key", "s": "x"}, {"a": (1, 2), "b": ("x",)}]},
        {"events": [{"a": 2**70, "b": [True, 1, 1.5]}]},
    ],
)
def test_dump_json_is_json_dumps_with_an_indent_for_odd_values(value: Any) -> None:
    assert dump_json(value) == _reference(value)
