"""End to end on the seed articles: the events the issue names, dated, linked, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.exporters.records import chronology_record
from timeline.model import Chronology, Event
from timeline.pipeline import build_chronology

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def chronology() -> Chronology:
    return build_chronology(SEEDS)


def _find(chronology: Chronology, words: tuple[str, ...], type_: str | None = None) -> list[Event]:
    """Events with a mention whose sentence holds all the words."""
    return [
        e
        for e in (*chronology.events, *chronology.undated)
        if (type_ is None or e.type == type_)
        and any(all(w in m.sentence for w in words) for m in e.mentions)
    ]


def _documents(event: Event) -> set[str]:
    return {m.document[:3] for m in event.mentions}


def test_drone_deliveries_once_with_every_report(chronology: Chronology) -> None:
    events = _find(chronology, ("drones", "geleverd aan Rusland"), "delivery")
    assert len(events) == 1
    [event] = events
    assert event.date is not None
    assert {"002", "003"} <= _documents(event)
    assert _find(chronology, ("gekocht in Teheran",), "delivery") == events


def test_su35_training_once_with_every_report(chronology: Chronology) -> None:
    events = _find(chronology, ("piloten", "getraind"), "training")
    assert len(events) == 1
    assert events[0].date == "2022-12"
    assert _documents(events[0]) == {"002", "004"}


def test_drone_factory_once_with_every_report(chronology: Chronology) -> None:
    events = _find(chronology, ("fabriek gebouwd",), "production")
    assert len(events) == 1
    assert events[0].date == "2022-12"
    assert {"002", "004"} <= _documents(events[0])
    assert _find(chronology, ("productiefaciliteit",), "production") == events


def test_su35_delivery_is_expected_within_a_year(chronology: Chronology) -> None:
    [event] = _find(chronology, ("binnen een jaar",), "delivery")
    assert (event.date, event.mod, event.status) == ("2023-12", "BEFORE", "expected")
    assert _documents(event) == {"002", "004"}


@pytest.mark.parametrize(
    ("words", "date"),
    [
        (("in 1907 deelde Moskou",), "1907"),
        (("sinds 1979",), "1979"),
        (("In 2018 sloot Iran",), "2018"),
        (("in 2018 het nucleair akkoord had opgezegd",), "2018"),
        (("In 2021 werd de aansluiting",), "2021"),
        (("april vorig jaar werd gelekt",), "2021-04"),
        (("Sinds september wordt in Iran massaal gedemonstreerd",), "2022-09"),
        (("op 13 september door de zedenpolitie werd gearresteerd",), "2022-09-13"),
        (("drie dagen later bleek te zijn overleden",), "2022-09-16"),
        (("protesteren half oktober",), "2022-10"),
    ],
)
def test_background_and_autumn_2022_at_their_dates(
    chronology: Chronology, words: tuple[str, ...], date: str
) -> None:
    assert date in {e.date for e in _find(chronology, words)}


def test_undated_article_is_kept_and_placed_by_links(chronology: Chronology) -> None:
    [document] = [d for d in chronology.documents if d.id.startswith("001")]
    assert document.published_source == "inferred"
    assert document.evidence and "also reported by 000" in document.evidence
    assert all(m.document.startswith("001") for e in chronology.undated for m in e.mentions)


def test_order_and_determinism(chronology: Chronology) -> None:
    keys = [(e.interval.start, e.interval.end, e.id) for e in chronology.events if e.interval]
    assert keys == sorted(keys)
    assert chronology_record(build_chronology(SEEDS)) == chronology_record(chronology)
