"""CSV: one row per event with the columns a spreadsheet needs, formulas neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from timeline.exporters import EXPORTERS
from timeline.exporters.csv_export import COLUMNS, to_csv
from timeline.model import Chronology

from .samples import make_event


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_registered_as_build_format() -> None:
    assert EXPORTERS["csv"] is to_csv


def test_header_and_one_row_per_event(chronology: Chronology) -> None:
    text = to_csv(chronology)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    table = rows(text)
    assert [r["id"] for r in table] == [e.id for e in (*chronology.events, *chronology.undated)]
    assert {
        "date",
        "start",
        "end",
        "precision",
        "status",
        "type",
        "title",
        "actors",
        "sources",
        "documents",
    } <= set(COLUMNS)


def test_row_values(chronology: Chronology) -> None:
    table = {r["id"]: r for r in rows(to_csv(chronology))}
    month = table["protest-2022-10"]
    assert (month["date"], month["start"], month["end"], month["precision"], month["mod"]) == (
        "2022-10",
        "2022-10-01",
        "2022-10-31",
        "month",
        "MID",
    )
    assert month["actors"] == "Oekraïne; Iran"
    drones = table["drones-2022-12"]  # three mentions in two articles
    assert (drones["sources"], drones["documents"]) == ("2", "b; c")
    assert table["delivery-2023-12"]["status"] == "expected"
    undated = table["talks-undated"]
    assert (undated["date"], undated["start"], undated["precision"]) == ("", "", "")
    assert table["deal-2018"]["title"] == '<script>alert("x")</script> & "quotes"'


def test_formulas_are_neutralised() -> None:
    event = make_event("x", "2022", title='=HYPERLINK("http://x")', actors=("+31", "@iran"))
    row = rows(to_csv(Chronology((), (event,), ())))[0]
    assert row["title"].startswith("'=")
    assert row["actors"] == "'+31; @iran"
    event = make_event("y", "2022", title="-5", actors=("@iran",))
    row = rows(to_csv(Chronology((), (event,), ())))[0]
    assert row["title"] == "-5"
    assert row["actors"] == "'@iran"


def test_multiline_title_stays_one_row() -> None:
    event = make_event("x", "2022", title="een\ntwee,  drie")
    text = to_csv(Chronology((), (event,), ()))
    assert len(text.splitlines()) == 2
    assert rows(text)[0]["title"] == "een twee, drie"


def test_golden(seeds_output: Callable[[str], str], golden: Callable[[str, str], None]) -> None:
    text = seeds_output("csv")
    assert rows(text), "the seeds yield events"
    golden("build.csv", text)
