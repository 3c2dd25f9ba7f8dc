"""Records hold the data model as plain dicts, in the field order of spec/formats.md."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tests.exporters.samples import make_event, sample_chronology
from timeline.exporters.records import (
    DATES_FORMAT,
    FORMAT,
    chronology_record,
    dates_record,
    document_record,
    event_record,
    timex_record,
)
from timeline.model import Chronology, DocumentInfo, Skipped, Timex


def test_an_event_record_has_the_fields_of_the_format_in_order() -> None:
    record = event_record(make_event("e", "2022-10", mod="MID", time_text="half oktober"))
    assert list(record) == [
        "id",
        "date",
        "start",
        "end",
        "precision",
        "mod",
        "status",
        "type",
        "title",
        "actors",
        "mentions",
    ]
    assert (record["start"], record["end"], record["precision"], record["mod"]) == (
        "2022-10-01",
        "2022-10-31",
        "month",
        "MID",
    )
    assert list(record["mentions"][0]) == [
        "document",
        "sentence",
        "start",
        "end",
        "time_text",
        "time_value",
    ]


def test_an_undated_event_has_no_interval() -> None:
    record = event_record(make_event("e", None))
    assert (record["date"], record["start"], record["end"], record["precision"]) == (
        None,
        None,
        None,
        None,
    )


def test_a_document_shows_its_evidence_only_when_its_date_was_inferred() -> None:
    plain = document_record(DocumentInfo("a", "a.txt", "2022-12", "header"))
    assert list(plain) == ["id", "path", "published", "published_source"]
    inferred = document_record(
        DocumentInfo("b", "b.txt", "2022-12", "inferred", "event e is also reported by a")
    )
    assert inferred["evidence"] == "event e is also reported by a"


def test_the_chronology_lists_skipped_files_only_when_there_are_some() -> None:
    chronology = sample_chronology()
    record = chronology_record(chronology)
    assert list(record) == ["format", "documents", "events", "undated"]
    assert record["format"] == FORMAT
    assert [e["id"] for e in record["events"]] == [e.id for e in chronology.events]
    skipped = Chronology((), (), (), (Skipped("bad.txt", "not UTF-8; save it as UTF-8"),))
    assert chronology_record(skipped)["skipped"] == [
        {"path": "bad.txt", "reason": "not UTF-8; save it as UTF-8"}
    ]


def test_lazy_lists_are_made_by_the_caller() -> None:
    calls: list[int] = []

    def lazy(items: Sequence[Any], record: Callable[[Any], dict[str, Any]]) -> object:
        calls.append(len(items))
        return ("lazy", len(items))

    chronology = sample_chronology()
    record = chronology_record(chronology, lazy)
    assert record["events"] == ("lazy", len(chronology.events))
    assert calls == [len(chronology.documents), len(chronology.events), len(chronology.undated)]


def test_a_timex_record_shows_its_signal_only_when_it_has_one() -> None:
    plain = Timex("half oktober", 104, 116, "DATE", "2022-10", "MID", "published")
    assert timex_record(plain) == {
        "text": "half oktober",
        "start": 104,
        "end": 116,
        "type": "DATE",
        "value": "2022-10",
        "mod": "MID",
        "anchor": "published",
    }
    signalled = Timex("sinds 1979", 0, 10, "DATE", "1979", "AFTER", None, signal="sinds")
    assert timex_record(signalled)["signal"] == "sinds"


def test_the_dates_document_holds_each_article_with_its_expressions() -> None:
    document = DocumentInfo("a", "a.txt", "2022-12", "header")
    timex = Timex("2018", 3, 7, "DATE", "2018")
    record = dates_record([(document, [timex])])
    assert record["format"] == DATES_FORMAT
    assert record["documents"] == [
        {"id": "a", "path": "a.txt", "published": "2022-12", "expressions": [timex_record(timex)]}
    ]
    assert "skipped" not in record
    assert dates_record([], [Skipped("x", "y")])["skipped"] == [{"path": "x", "reason": "y"}]
