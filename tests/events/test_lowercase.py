"""Capitals a lexicon pattern asks for, which the lower case of a text never holds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.lowercase import _read_capitals, capitals_in
from timeline.language import load_language


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


@pytest.mark.parametrize(
    ("pattern", "capitals"),
    [
        (r"\x41bc", ["A"]),  # a capital named by its code
        (r"\u0042ert", ["B"]),
        (r"\103\w+", ["C"]),
        (r"[@-\[]x", ["@-["]),  # a range holding capitals
        (r"(?:de|het) [\w-]+ zei", []),
    ],
)
def test_capitals_not_written_as_such(pattern: str, capitals: list[str]) -> None:
    assert capitals_in(pattern) == capitals


_PIECES = [
    *"abzAZéÉ-[]()?:|*+.^\\",
    r"\x41",
    r"\u00c9",
    r"\101",
    r"\w",
    r"\W",
    r"\b",
    "(?i:",
    "@-[",
]
_PIECES += ["-]", "[^", r"\]", r"\-"]


@pytest.mark.filterwarnings("ignore::FutureWarning")  # "[[": a possible nested set
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_quick_answer_is_the_parse_trees(pieces: list[str]) -> None:
    """A pattern passed over without its parse (no capital written, no escape naming a
    character by its code, no range) holds no capital in its parse tree either."""
    pattern = "".join(pieces)
    try:
        re.compile(pattern)
    except re.error:
        return
    assert capitals_in(pattern) == _read_capitals(pattern)


def test_the_quick_answer_on_the_languages_patterns() -> None:
    spec = load_language("nl").events.spec
    patterns = [p for t in spec.types for p in t.patterns] + list(spec.idioms)
    assert patterns
    for pattern in patterns:
        assert capitals_in(pattern) == _read_capitals(pattern) == []


def test_a_hyphen_ending_a_class_is_passed_over_without_the_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from timeline.events import lowercase

    parsed: list[str] = []
    monkeypatch.setattr(lowercase, "_read_capitals", parsed.append)
    assert capitals_in(r"(?:[\w'-]+ ){0,3}zei") == []
    assert parsed == []
    capitals_in(r"[\w-]+ [+-z]")  # a range besides: read from the parse
    assert parsed == [r"[\w-]+ [+-z]"]
