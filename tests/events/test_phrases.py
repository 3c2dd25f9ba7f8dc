"""The phrase patterns of a lexicon: only those that may match in a text or clause are run,
and running only those finds what running every pattern finds."""

from __future__ import annotations

import pytest
import yaml

from timeline.language import LANG_ROOT, Language, load_language
from timeline.temporal.needs import fold, has_digit

SPEC = yaml.safe_load((LANG_ROOT / "nl" / "events.yaml").read_text(encoding="utf-8"))
EXAMPLES_TEXT = [e for t in SPEC["types"] for e in t["examples"]]


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_a_phrase_pattern_is_run_only_in_a_text_with_its_words(nl: Language) -> None:
    text = "In Istanbul kwamen vier mensen om het leven. De premier was er niet."
    assert [p.pattern for _, p in nl.events.phrase_matcher.in_text(text)] == ["om het leven"]
    assert nl.events.phrase_matcher.in_text("De premier was er niet.") == ()
    clause = (text.index("kwamen"), text.index("."))
    assert [(t.type, t.start) for t in nl.events.triggers(text, *clause)] == [
        ("death", text.index("om het"))
    ]


def test_a_phrase_pattern_is_run_only_in_a_clause_with_its_words(nl: Language) -> None:
    text = "In Istanbul kwamen vier mensen om het leven. De premier was er niet."
    matcher = nl.events.phrase_matcher
    first, second = (0, text.index(".")), (text.index("De"), len(text))
    assert [p.pattern for _, p in matcher.within(text, *first)] == ["om het leven"]
    assert matcher.within(text, *second) == ()
    # a word must stand wholly inside the clause
    assert matcher.within(text, 0, text.index("leven") + 2) == ()
    assert matcher.within(text, text.index("het"), len(text)) == ()


def test_the_phrase_patterns_of_a_text_are_those_whose_every_need_it_meets(
    nl: Language,
) -> None:
    matcher = nl.events.phrase_matcher
    texts = [*EXAMPLES_TEXT, " ".join(EXAMPLES_TEXT), "In 2019 zette het leger drones in.", ""]
    for text in texts:
        folded = fold(text.lower())
        digit = has_digit(folded, 0, len(folded))
        expected = tuple(
            (name, pattern)
            for name, pattern, needs in matcher.read_needs()
            if all(need.met(folded, digit) for need in needs)
        )
        assert matcher.in_text(text) == expected, text


def test_the_phrase_triggers_of_every_clause_are_those_of_every_pattern(nl: Language) -> None:
    matcher = nl.events.phrase_matcher
    matched = 0
    for sentence in EXAMPLES_TEXT:
        text = f"Zij zeiden: {sentence} En toen? {sentence}"
        for start in range(0, len(text), 7):
            for stop in range(start + 1, len(text) + 1, 11):
                lower = text[start:stop].lower()
                expected = {
                    (name, start + m.start(), start + m.end())
                    for name, pattern, _ in matcher.read_needs()
                    for m in pattern.finditer(lower)
                }
                got = {
                    (name, start + m.start(), start + m.end())
                    for name, pattern in matcher.within(text, start, stop)
                    for m in pattern.finditer(lower)
                }
                assert got == expected, (text, start, stop)
                matched += bool(expected)
    assert matched > 100


@pytest.mark.parametrize("capital", ["\u0130", "\u03a3"])
def test_every_phrase_pattern_is_run_where_lower_case_moves_characters(
    nl: Language, capital: str
) -> None:
    # a dotted capital I lower-cases to two characters, a capital sigma by what follows it: a
    # clause's lower case is then no slice of the text's, and no pattern is left out
    text = f"In {capital}stanbul kwamen vier mensen om het leven."
    assert len(nl.events.phrase_matcher.in_text(text)) == len(nl.events.phrase_matcher.read_needs())
    clause = (text.index("kwamen"), text.index("."))
    assert [(t.type, t.start) for t in nl.events.triggers(text, *clause)] == [
        ("death", text.index("om het"))
    ]


def test_the_phrase_patterns_a_text_may_hold_are_looked_for_as_one_union(nl: Language) -> None:
    matcher = nl.events.phrase_matcher
    every = matcher.in_text("\u0130 " + " ".join(EXAMPLES_TEXT))  # all of them, as above
    some = every[: len(every) // 2]
    union = matcher.union_of(some)
    assert union is not None
    assert matcher.union_of(some) is union  # compiled once per set of patterns
    assert matcher.union_of(every) is not union
    for text in EXAMPLES_TEXT:
        lower = text.lower()
        assert bool(union.search(lower)) == any(p.search(lower) for _, p in some), text
