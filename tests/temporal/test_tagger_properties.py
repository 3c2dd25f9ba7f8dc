"""The tagger never raises, its spans stay inside the text, and it is deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.language import load_tagger
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
