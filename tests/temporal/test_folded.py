"""A case-free rule, compiled without ignoring case, finds in a text's lower case what it
finds in the text ignoring case."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from timeline.language import load_tagger
from timeline.temporal.folded import case_free, ignoring_case, lowered, stretch_fold
from timeline.temporal.needs import fold, parse

GRAMMAR = load_tagger("nl").grammar


def _found(regex: re.Pattern[str], subject: str, text: str) -> list[tuple[object, ...]]:
    return [
        (m.span(), {k: text[m.start(k) : m.end(k)] for k, v in m.groupdict().items() if v})
        for m in regex.finditer(subject)
    ]


def _free(pattern: str) -> bool:
    return case_free(parse(pattern, re.IGNORECASE))


def test_the_case_free_rules_find_in_the_lower_case_what_they_find_ignoring_case() -> None:
    folded = [r.regex for r in GRAMMAR.rules if r.folded]
    assert len(folded) > len(GRAMMAR.rules) // 2
    assert all(not r.flags & re.IGNORECASE for r in folded)
    for path in sorted(SEEDS.rglob("*.txt"))[:15]:
        text = path.read_text(encoding="utf-8")
        low = lowered(text)
        assert low is not None
        for regex in folded:
            assert _found(regex, low, text) == _found(ignoring_case(regex), text, text)


def test_the_lower_case_writes_what_re_takes_for_i_and_s_as_they() -> None:
    assert lowered("Maandag 3 Maart") == "maandag 3 maart"
    assert lowered("İstanbul ıſ") == "istanbul is"
    assert lowered("ΟΔΟΣ") == "ΟΔΟΣ".lower()


@given(st.text(alphabet="aAbΣσςİıſ .-", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_a_stretch_folds_to_its_slice_of_the_text_fold_where_stretch_fold_allows(
    text: str, start: int, end: int
) -> None:
    whole = stretch_fold(text)
    if whole is not None:
        assert fold(text[start:end]) == whole[start:end]


def test_a_capital_sigma_leaves_no_stretch_fold() -> None:
    assert stretch_fold("Maandag 3 Maart") == "maandag 3 maart"
    assert stretch_fold("ΟΔΟΣ") is None  # the final sigma: "ς" at the end, "σ" in a stretch


def test_only_patterns_of_characters_that_are_their_own_lower_case_are_case_free() -> None:
    assert _free(r"(?<!\w)(?:vorige|komende)[^\S\r\n]+(?P<u>[a-zé]+)\d")
    for pattern in [r"Maart", r"[A-Z]\w", r"(a)\1", r"(?-i:a)b", r"\u03c3", r"[α-ω]"]:
        assert not _free(pattern), pattern


@given(
    st.text("aAbBıIİſsSσςΣkK\u212a éÉ1-", max_size=24),
    st.sampled_from([r"a+b", r"(?<!\w)(?:sk|ab)(?!\w)", r"[a-k]+", r"\w+é", r"[^a-c\s]+", r"s\b"]),
)
def test_any_text_lowered_finds_what_the_text_finds(text: str, pattern: str) -> None:
    assert _free(pattern)
    low = lowered(text)
    assert low is not None
    assert _found(re.compile(pattern), low, text) == _found(
        re.compile(pattern, re.IGNORECASE), text, text
    )


def test_the_modifiers_and_signals_before_an_expression_are_found_as_ignoring_case() -> None:
    affixes = [GRAMMAR.modifiers, GRAMMAR.signals]
    assert all(a.folded for a in affixes)
    for path in sorted(SEEDS.rglob("*.txt"))[:8]:
        text = path.read_text(encoding="utf-8")
        low = lowered(text)
        for end in [m.start() for m in re.finditer(r"\b\w", text)][:400]:
            for affix in affixes:
                plain = ignoring_case(affix.regex).search(text, max(0, end - 48), end)
                found = affix.search(text, low, max(0, end - 48), end)
                assert (found and found.span("word")) == (plain and plain.span("word"))
                unlowered = affix.search(text, None, max(0, end - 48), end)
                assert (unlowered and unlowered.span()) == (plain and plain.span())
