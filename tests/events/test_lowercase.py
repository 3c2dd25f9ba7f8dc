"""Capitals a lexicon pattern asks for, which the lower case of a text never holds."""

from __future__ import annotations

import pytest

from timeline.events.lowercase import capitals_in


@pytest.mark.parametrize(
    ("pattern", "capitals"),
    [
        (r"\bstemde (?:op )?[A-Z][\w-]+", ["A-Z"]),
        (r"\b(?:de|De) kamer\b", ["D"]),
        (r"(?:x+|Y)", ["Y"]),
        (r"(?=Kamer)", ["K"]),
        (r"[a-z]+ zetels?", []),
        (r"\W+\bstemde\B", []),  # escapes are no capitals
        (r"(?i:Kamer) zetels", []),  # a case-free part
        (r"(?i)Kamer", []),  # a case-free pattern
    ],
)
def test_the_capitals_a_pattern_asks_for(pattern: str, capitals: list[str]) -> None:
    assert capitals_in(pattern) == capitals
