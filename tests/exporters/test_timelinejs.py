"""TimelineJS3 JSON: date fields only as precise as the event, escaped text, groups by type."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from timeline.exporters import EXPORTERS
from timeline.exporters.timelinejs import date_fields, timelinejs_record, to_timelinejs
from timeline.model import Chronology
from timeline.temporal.values import parse_value

from .samples import HOSTILE_TITLE


@pytest.fixture
def slides(chronology: Chronology) -> dict[str, dict[str, Any]]:
    record = json.loads(to_timelinejs(chronology))
    return {s["unique_id"]: s for s in record["events"]}


def test_registered_as_build_format() -> None:
    assert EXPORTERS["timelinejs"] is to_timelinejs


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2022-09-13", {"year": 2022, "month": 9, "day": 13}, None),
        ("2022-10", {"year": 2022, "month": 10}, None),
        ("2018", {"year": 2018}, None),
        ("2023-Q1", {"year": 2023, "month": 1}, {"year": 2023, "month": 3}),
        ("2021-H2", {"year": 2021, "month": 7}, {"year": 2021, "month": 12}),
        ("2023-SU", {"year": 2023, "month": 6}, {"year": 2023, "month": 8}),
        ("2024-W11", {"year": 2024, "month": 3, "day": 11}, {"year": 2024, "month": 3, "day": 17}),
        ("199", {"year": 1990}, {"year": 1999}),
        ("20", {"year": 2000}, {"year": 2099}),
    ],
)
def test_date_fields_follow_the_precision(
    value: str, start: dict[str, int], end: dict[str, int] | None
) -> None:
    interval = parse_value(value)
    assert interval is not None
    assert date_fields(interval) == (start, end)


def test_slides(slides: dict[str, dict[str, Any]]) -> None:
    month = slides["protest-2022-10"]
    assert month["start_date"] == {"year": 2022, "month": 10, "display_date": "half oktober 2022"}
    assert "end_date" not in month
    assert month["group"] == "protest"
    assert month["text"]["headline"] == "Protest bij de ambassade in Kyiv"
    assert "<mark>half oktober</mark>" in month["text"]["text"]
    assert slides["training-2023-q1"]["end_date"] == {"year": 2023, "month": 3}


def test_expected_event_is_marked(slides: dict[str, dict[str, Any]]) -> None:
    slide = slides["delivery-2023-12"]
    assert slide["display_date"] == "verwacht: uiterlijk december 2023"
    assert slide["text"]["text"].startswith("<p>verwacht · delivery")


def test_text_lists_every_source_escaped(slides: dict[str, dict[str, Any]]) -> None:
    slide = slides["deal-2018"]
    assert HOSTILE_TITLE not in json.dumps(slide)
    assert slide["text"]["headline"].startswith("&lt;script&gt;")
    assert "<img" not in slide["text"]["text"]
    two = slides["protest-2022-09-13"]["text"]["text"]
    assert two.count("<li>") == 2 and "2 bronnen" in two


def test_undated_events_are_counted_not_placed(chronology: Chronology) -> None:
    record = timelinejs_record(chronology)
    assert "talks-undated" not in {s["unique_id"] for s in record["events"]}
    assert len(record["events"]) == len(chronology.events)
    assert "1 gebeurtenissen zonder datum" in record["title"]["text"]["text"]


def test_golden(seeds_output: Callable[[str], str], golden: Callable[[str, str], None]) -> None:
    text = seeds_output("timelinejs")
    record = json.loads(text)
    assert all("start_date" in s and "headline" in s["text"] for s in record["events"])
    golden("build.timelinejs.json", text)
