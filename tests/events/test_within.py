"""Joining the mentions of one article: what keeps two of its statements apart."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect
from timeline.events.link import link_events
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def statements(nl: Language, text: str) -> list[int]:
    events = link_events(detect(nl, text, "2019-04-04"))
    return [len(e.mentions) for e in events if e.type == "statement"]


def test_two_organisations_saying_things_on_one_day_make_two_statements(nl: Language) -> None:
    text = (
        "De VVD zei gisteren dat de ChristenUnie het plan voor de kerncentrale niet begrijpt. "
        "De ChristenUnie zei gisteren dat de VVD het plan voor de kerncentrale te snel wil."
    )
    assert statements(nl, text) == [1, 1]


def test_a_person_is_no_other_speaker_than_an_organisation(nl: Language) -> None:
    # whom a person speaks for is not said here: the two sayings may be one statement
    text = (
        "Lodewijk Asscher zei gisteren dat de ChristenUnie het plan voor de kerncentrale niet "
        "begrijpt. De ChristenUnie zei gisteren dat Asscher het plan voor de kerncentrale te "
        "snel wil."
    )
    assert statements(nl, text) == [2]
