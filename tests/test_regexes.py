"""The first-character guard and the grouped alternation of the word-list regexes change
nothing about what matches."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from timeline.regexes import first_char_guard, grouped_alternation


def _pair(words: list[str], flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    guard = first_char_guard(words)
    return (
        re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", flags),
        re.compile(rf"(?<!\w){guard}(?:{alternation})(?!\w)", flags),
    )


def test_the_guard_keeps_every_match() -> None:
    text = "Naar verluidt zei de EU-top dat het Verenigd Koninkrijk ]-[ naar eigen zeggen ^wacht."
    for flags in (0, re.IGNORECASE):
        words = ["naar verluidt", "EU", "Verenigd Koninkrijk", "]-[", "^wacht", "zeggen"]
        plain, guarded = _pair(words, flags)
        assert guarded.pattern != plain.pattern
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_no_guard_when_a_word_is_empty_or_starts_with_a_space() -> None:
    assert first_char_guard([]) == ""
    assert first_char_guard(["a", ""]) == ""
    assert first_char_guard(["a", " b"]) == ""
    assert first_char_guard(["ab", "ac", "b"]) == "(?=[ab])"


def test_a_grouped_alternation_matches_as_the_plain_one() -> None:
    # "ab" before "a" and "a" before "abc": which word wins where both could is kept
    words = ["ab", "Ba", "a", "abc", "b", "", "a.b", "B", "a b"]
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?![\w’'])")
    grouped = re.compile(rf"(?<!\w)(?:{grouped_alternation(words)})(?![\w’'])")
    after_letters = grouped_alternation(words, r"[\w]")
    checked_after = re.compile(rf"(?:{after_letters})(?![\w’'])")
    assert grouped.pattern != plain.pattern
    text = "ab abc a.b a b Ba B b. xa abc’ a-b"
    spans = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in grouped.finditer(text)] == spans
    assert [m.span() for m in checked_after.finditer(text)] == spans


@given(
    st.lists(st.text(alphabet="abAB .-", max_size=4), max_size=8),
    st.text(alphabet="abAB .-’", max_size=30),
)
def test_any_grouped_alternation_finds_what_the_plain_one_finds(
    words: list[str], text: str
) -> None:
    assume(words)  # (no words: no alternation to compare)
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?![\w’'])")
    grouped = re.compile(rf"(?<!\w)(?:{grouped_alternation(words)})(?![\w’'])")
    after_letters = grouped_alternation(words, r"[\w]")
    checked_after = re.compile(rf"(?:{after_letters})(?![\w’'])")
    spans = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in grouped.finditer(text)] == spans
    assert [m.span() for m in checked_after.finditer(text)] == spans
