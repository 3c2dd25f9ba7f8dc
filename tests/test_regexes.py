"""The first-character guard of the word-list regexes changes nothing about what matches."""

from __future__ import annotations

import re

from timeline.regexes import first_char_guard


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
