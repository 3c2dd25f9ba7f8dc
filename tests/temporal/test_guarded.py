from __future__ import annotations

import re

import pytest

from tests.conftest import SEEDS
from timeline.language import Language, load_language
from timeline.temporal.guarded import GuardedRegex


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.rglob("*.txt"))[:12]]


def _guarded(nl: Language) -> list[GuardedRegex]:
    events = nl.events
    found = [events.preposed_relative, events.event_relative, events.attributions.according_to]
    return [g for g in found if g is not None]


def test_a_guarded_regex_finds_what_its_regex_finds(nl: Language) -> None:
    regexes = _guarded(nl)
    assert len(regexes) == 3
    for guarded in regexes:
        for text in _texts():
            for start in range(0, len(text), 61):
                stop = start + 150
                expected = [m.span() for m in guarded.regex.finditer(text, start, stop)]
                assert [m.span() for m in guarded.finditer(text, start, stop)] == expected
                piece = text[start:stop]
                expected_one = guarded.regex.search(piece)
                found = guarded.search(piece)
                assert (found and found.span()) == (expected_one and expected_one.span())


def test_a_text_without_the_needed_words_is_not_searched() -> None:
    guarded = GuardedRegex(re.compile(r"(?<!\w)(?:volgens|aldus)(?!\w)", re.IGNORECASE))
    assert guarded.may_match("Dat zei hij, ALDUS de krant.")
    assert not guarded.may_match("Dat zei hij tegen de krant.")
    assert guarded.may_match("x volgens y", 2, 9)
    assert not guarded.may_match("x volgens y", 3, 11)
    assert [m.group() for m in guarded.finditer("Volgens hem, aldus zij")] == ["Volgens", "aldus"]
    assert guarded.search("niets") is None


def test_a_regex_without_needed_words_is_always_searched() -> None:
    guarded = GuardedRegex(re.compile(r"\w+"))
    assert guarded.may_match("")
    assert [m.group() for m in guarded.finditer("a b")] == ["a", "b"]
    assert guarded == GuardedRegex(re.compile(r"\w+"))
    assert hash(guarded) == hash(re.compile(r"\w+"))
