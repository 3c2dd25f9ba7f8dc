from __future__ import annotations

import re

import pytest

from tests.conftest import SEEDS
from timeline.events.idioms import IdiomSearch, idioms_regex, idioms_source
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


def test_the_language_idioms_find_what_their_whole_alternation_finds(nl: Language) -> None:
    idioms = nl.events.spec.idioms
    regex = idioms_regex(idioms)
    search = IdiomSearch(idioms, regex)
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(SEEDS.rglob("*.txt"))[:20]]
    for text in texts:
        for stretch in [text, *re.split(r"[.,;:\n]", text)]:
            assert search.spans(stretch) == _spans(regex, stretch), stretch


def test_an_idiom_is_found_where_only_its_words_stand() -> None:
    idioms = ["ab cd", r"(?:xy|yx) zz", r"q\w* rr", "cd ef"]
    regex = idioms_regex(idioms)
    search = IdiomSearch(idioms, regex)
    for text in [
        "ab cd ef",
        "xy zz and yx zz",
        "quux rr, ab cdx",
        "nothing here",
        "cd ef ab cd",
        "qrr rr xy zzz",
    ]:
        assert search.spans(text) == _spans(regex, text), text
    assert search.spans("ab cd ef") == [(0, 5)]  # the first idiom wins where two may match
    assert not search.may_match("nothing here")
    assert search.may_match("see cd ef")


def test_each_idiom_is_compiled_with_the_search_not_at_its_first_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    idioms = ["ab cd", r"(?:xy|yx) zz", "cd ef"]
    regex = idioms_regex(idioms)
    search = IdiomSearch(idioms, regex)  # as the language loads, before workers fork

    def no_compiling(pattern: str, flags: int = 0) -> re.Pattern[str]:
        raise AssertionError(f"compiled while searching: {pattern}")

    monkeypatch.setattr("timeline.events.idioms.compile_regex", no_compiling)
    assert search.spans("xy zz, cd ef and ab cd") == [(0, 5), (7, 12), (17, 22)]


def test_idioms_with_a_back_reference_or_without_needed_words_are_searched_whole() -> None:
    for idioms in ([r"(a)\1 bb", "cc dd"], [r"\d+ ee", "ff gg"], [r"\w+"]):
        regex = idioms_regex(idioms)
        search = IdiomSearch(idioms, regex)
        for text in ["aa bb cc dd", "12 ee ff gg", "hh", ""]:
            assert search.spans(text) == _spans(regex, text), (idioms, text)


def test_idioms_of_one_clause_take_turns_as_their_alternation_does() -> None:
    idioms = [r"aa \w+", r"\w+ bb", "aa bb cc", r"cc \w+"]
    regex = idioms_regex(idioms)
    search = IdiomSearch(idioms, regex)
    for text in ["aa bb cc dd", "xx bb aa yy cc zz", "cc aa bb", "aa bb", "bb aa cc"]:
        assert search.spans(text) == _spans(regex, text), text
    assert search.spans("aa bb cc dd") == [(0, 5), (6, 11)]


def test_idioms_source_is_the_pattern_of_idioms_regex() -> None:
    idioms = ["op de hoogte", r"aan (?:de|het) orde"]
    assert idioms_regex(idioms, re.IGNORECASE).pattern == idioms_source(idioms)
