"""Official speakers: who speaks for a government or an organisation, and who does not."""

from __future__ import annotations

import pytest

from timeline.events.officials import official_speaker
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


@pytest.mark.parametrize(
    ("tail", "official"),
    [
        ("zei premier Rutte", True),
        ("volgens het ministerie van Defensie", True),
        ("zegt Attje Kuiken (PvdA)", True),  # a party in brackets after the name
        ("meldt de Nasa", True),  # an organisation named after the verb
        ("liet het Franse Total weten", True),  # "het" before a name: no person's
        ("zegt onderzoeker Vatanka", False),  # an expert
        ("volgens persbureau AP", False),  # the press reporting
        ("zegt Piet de Koning", False),  # a surname written like an office
        ("zegt oud-minister De Vries", False),  # an office held no more
        ("stelt de voormalige voorzitter van de bond", False),
        ("zegt ex-burgemeester Jansen", False),
        ("zegt de burgemeester", True),
        ("vertelt een reiziger aan zijn familie in Amerika", False),  # a place
        ("meldt Amerika", True),
    ],
)
def test_who_speaks_officially(nl: Language, tail: str, official: bool) -> None:
    text = f"De grens gaat dicht, {tail}."
    start = text.index(tail)
    assert official_speaker(nl.events, text, start, start + len(tail)) is official
