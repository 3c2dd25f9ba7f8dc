"""The tagger never raises, its spans stay inside the text and it is deterministic; its key
words, read from the text's cut words, are the tokens a pass over the stretch finds: the same
stretches, with the same rules."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from timeline.language import load_tagger
from timeline.temporal import tagger
from timeline.temporal.grammar import Grammar
from timeline.temporal.values import is_well_formed

TAGGER = load_tagger("nl")
WORDS = st.sampled_from(
    [
        "half",
        "oktober",
        "vorig",
        "jaar",
        "2019",
        "13",
        "drie",
        "dagen",
        "later",
        "geleden",
        "nu",
        "toen",
        "de",
        "jaren",
        "negentig",
        "21ste",
        "eeuw",
        "om",
        "14.00",
        "uur",
        "zaterdag",
        "sinds",
        "Su-35",
        "22-jarige",
        "'80",
        "kwartaal",
        "eerste",
        "-",
        ",",
        ".",
        "\n",
        "  ",
    ]
)
DCTS = st.one_of(st.none(), st.sampled_from(["2022-12", "2019-02-12", "2025", "2000-02-29"]))


def _check(text: str, dct: str | None) -> None:
    found = TAGGER.tag(text, dct)
    assert found == TAGGER.tag(text, dct)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end
        previous_end = timex.end
        assert is_well_formed(timex.value), (timex.text, timex.value)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), DCTS)
def test_any_text(text: str, dct: str | None) -> None:
    _check(text, dct)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join), DCTS)
def test_temporal_word_soup(text: str, dct: str | None) -> None:
    _check(text, dct)


GRAMMAR = TAGGER.grammar
_TOKEN = re.compile(r"\w+")


def _reference(
    text: str, grammar: Grammar, start: int, stop: int
) -> list[tuple[int, int, set[int]]]:
    """`regions` as a pass over the stretch's tokens makes them."""
    found = []
    for match in _TOKEN.finditer(text, start, stop):
        rules = tagger._word_rules(grammar.index, match.group().lower())
        if rules:
            found.append((*match.span(), rules))
    return tagger.merge_reaches(found, start, stop)


def test_regions_of_the_seed_articles_are_those_of_their_tokens() -> None:
    for path in sorted(SEEDS.rglob("*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        for start, stop in [(0, len(text)), (text.find("\n") + 1, len(text)), (7, len(text) - 9)]:
            assert tagger.regions(text, GRAMMAR, start, stop) == _reference(
                text, GRAMMAR, start, stop
            ), (path.name, start, stop)


@given(
    st.lists(
        st.sampled_from(
            [
                "vorige",
                "week",
                "Su-35",
                "2019",
                "'80",
                "maart",
                "İstanbul",
                "Noord-Korea",
                "de",
                "zomervakantie",
                "rock'n'roll",
                "dinsdag-",
                "-avond",
                "14.00",
                "uur",
                "’s",
            ]
        ),
        max_size=14,
    ),
    st.sampled_from([" ", "  ", "-", "'", ". ", "\n"]),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_regions_of_any_words_are_those_of_their_tokens(
    words: list[str], joint: str, cut_start: int, cut_end: int
) -> None:
    text = joint.join(words)
    start, stop = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert tagger.regions(text, GRAMMAR, start, stop) == _reference(text, GRAMMAR, start, stop)


def test_the_reaches_of_key_words_that_touch_are_one_stretch_with_their_rules() -> None:
    reach = tagger._REACH
    found = [(100, 105, {1}), (110 + reach, 115 + reach, {2}), (1000, 1004, {3})]
    assert tagger.merge_reaches(found, 0, 1010) == [
        (100 - reach, 115 + 2 * reach, {1, 2}),
        (1000 - reach, 1010, {3}),
    ]
