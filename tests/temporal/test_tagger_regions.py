"""The tagger's key words, read from the text's cut words, are the tokens a pass over the
stretch finds: the same stretches, with the same rules."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from timeline.language import load_tagger
from timeline.temporal import tagger
from timeline.temporal.grammar import Grammar

GRAMMAR = load_tagger("nl").grammar
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
