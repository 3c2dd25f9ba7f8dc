"""Articles without a date are dated by the dated reports their events are linked to."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import detect
from timeline.events.link import link_events
from timeline.events.publication import infer_publication
from timeline.language import Language, load_language
from timeline.model import DocumentInfo, Event, Interval, Mention


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_undated_article_is_placed_by_a_linked_dated_report(nl: Language) -> None:
    dated = detect(
        nl, "Rusland en Iran ontkennen de inzet van Iraanse drones in Oekraïne.", "2022-10", "a"
    )
    undated = detect(
        nl, "Rusland en Iran ontkennen de inzet van Iraanse drones in Oekraïne.", None, "b"
    )
    events = link_events(dated + undated)
    assert len(events) == 1 and events[0].date == "2022-10"
    documents = [
        DocumentInfo("a", "a.txt", "2022-10", "header"),
        DocumentInfo("b", "b.txt", None, "none"),
    ]
    placed = infer_publication(documents, events)
    assert placed[1].published == "2022-10"
    assert placed[1].published_source == "inferred"
    assert (
        placed[1].evidence is not None and "reported by a (published 2022-10)" in placed[1].evidence
    )


def test_unlinked_undated_article_stays_undated(nl: Language) -> None:
    undated = detect(nl, "Iran ontkent dat het drones levert.", None, "b")
    events = link_events(undated)
    assert all(e.date is None for e in events)
    documents = [DocumentInfo("b", "b.txt", None, "none")]
    assert infer_publication(documents, events) == documents


def _event(id: str, *mentions: tuple[str, str | None]) -> Event:
    """An event of December 2022 told by (document, time value of the mention) pairs."""
    return Event(
        id,
        "2022-12",
        Interval(date(2022, 12, 1), date(2022, 12, 31), "month"),
        None,
        "reported",
        "attack",
        "t",
        (),
        tuple(Mention(d, "s", 0, 1, value, value) for d, value in mentions),
    )


DOCUMENTS = [
    DocumentInfo("late", "late.txt", "2022-12-20", "header"),
    DocumentInfo("early", "early.txt", "2022-12-05", "header"),
    DocumentInfo("x", "x.txt", None, "none"),
]


def test_the_earliest_linked_report_dates_the_article() -> None:
    events = [
        _event("e1", ("x", None), ("late", "2022-12")),
        _event("e2", ("x", "PRESENT_REF"), ("early", None)),
    ]
    [_, _, placed] = infer_publication(DOCUMENTS, events)
    assert (placed.published, placed.published_source) == ("2022-12-05", "inferred")
    assert placed.evidence == "event e2 is also reported by early (published 2022-12-05)"


def test_a_mention_with_a_date_of_its_own_dates_no_article() -> None:
    # "in 2018" in an undated article says when the event was, not when the article was
    events = [_event("e1", ("x", "2018"), ("early", None))]
    assert infer_publication(DOCUMENTS, events)[2] == DOCUMENTS[2]


def test_an_undated_event_dates_no_article() -> None:
    event = _event("e1", ("x", None), ("early", None))
    undated = Event(event.id, None, None, None, "reported", "attack", "t", (), event.mentions)
    assert infer_publication(DOCUMENTS, [undated])[2] == DOCUMENTS[2]


def test_dated_articles_are_left_as_they_are() -> None:
    events = [_event("e1", ("late", None), ("early", None))]
    assert infer_publication(DOCUMENTS[:2], events) == DOCUMENTS[:2]


def test_the_evidence_names_three_reports_at_most() -> None:
    documents = [DocumentInfo(f"d{i}", f"d{i}.txt", "2022-12-05", "header") for i in range(5)]
    documents.append(DocumentInfo("x", "x.txt", None, "none"))
    events = [_event(f"e{i}", ("x", None), (f"d{i}", None)) for i in range(5)]
    evidence = infer_publication(documents, events)[-1].evidence
    assert evidence is not None and evidence.count("also reported by") == 3
