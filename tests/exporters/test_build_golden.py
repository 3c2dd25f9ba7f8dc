"""`timeline build seeds/` as YAML, JSON and Markdown: golden files, the schema, round trips."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources

import jsonschema
import pytest
import yaml


@pytest.mark.parametrize(
    ("fmt", "name"), [("yaml", "build.yaml"), ("json", "build.json"), ("markdown", "build.md")]
)
def test_seeds_match_golden(
    fmt: str, name: str, seeds_output: Callable[[str], str], golden: Callable[[str, str], None]
) -> None:
    golden(name, seeds_output(fmt))


def _schema() -> dict[str, object]:
    text = resources.files("timeline").joinpath("schema/timeline.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def test_yaml_export_follows_the_contract_schema(seeds_output: Callable[[str], str]) -> None:
    record = yaml.safe_load(seeds_output("yaml"))
    jsonschema.validate(record, _schema())
    assert record["format"] == "timeline/1"
    assert {d["id"] for d in record["documents"]} >= {
        "002_da63d86b05683bf3",
        "001_6ee760d4c22f5447",
    }


def test_yaml_and_json_carry_the_same_chronology(seeds_output: Callable[[str], str]) -> None:
    assert yaml.safe_load(seeds_output("yaml")) == json.loads(seeds_output("json"))


def test_events_are_ordered_by_interval(seeds_output: Callable[[str], str]) -> None:
    events = json.loads(seeds_output("json"))["events"]
    keys = [(e["start"], e["end"], e["id"]) for e in events]
    assert keys == sorted(keys)
    assert len({e["id"] for e in events}) == len(events)


def test_mention_offsets_point_at_their_sentence(seeds_output: Callable[[str], str]) -> None:
    from tests.conftest import SEEDS

    record = json.loads(seeds_output("json"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for event in record["events"] + record["undated"]:
        for m in event["mentions"]:
            assert texts[m["document"]][m["start"] : m["end"]] == m["sentence"]


def test_schema_rejects_a_renamed_field(seeds_output: Callable[[str], str]) -> None:
    record = yaml.safe_load(seeds_output("yaml"))
    record["documents"][0]["publication"] = record["documents"][0].pop("published")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, _schema())
