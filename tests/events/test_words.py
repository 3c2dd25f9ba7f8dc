"""Words and lemmas: offsets and lemmas of every word; the lemma dictionary can be loaded
ahead of the first word."""

from __future__ import annotations

import re

import pytest

from timeline.events.words import Word, _lemma, lemma_of, load_lemmas, words_of

_TEXT = "De F-16’s vlogen dinsdag over Su-35-bases; Noord-Korea's leider zei: “nee”.\n\nKlaar"


@pytest.mark.parametrize("span", [(0, None), (3, 40), (0, 0), (5, 6), (70, None)])
def test_words_have_their_offsets_forms_and_lemmas(span: tuple[int, int | None]) -> None:
    start, end = span
    stop = len(_TEXT) if end is None else end
    expected = [
        Word(
            m.group(),
            start + m.start(),
            start + m.end(),
            m.group().lower(),
            lemma_of(m.group().lower(), "nl"),
        )
        for m in re.finditer(r"\w+(?:[-’']\w+)*", _TEXT[start:stop])
    ]
    words = words_of(_TEXT, start, end, "nl")
    assert words == expected
    assert all(type(w) is Word for w in words)


def test_load_lemmas_then_lemmas_are_the_same() -> None:
    before = _lemma("x", "nl")
    load_lemmas("nl")
    assert _lemma("x", "nl") == before


def test_load_lemmas_leaves_an_unknown_language_alone() -> None:
    load_lemmas("xx")  # no error: there is nothing to load


def test_the_same_text_is_lemmatised_in_the_language_given() -> None:
    text = "Police arrested two men"
    assert [w.lemma for w in words_of(text, 0, None, "en")][:2] == ["police", "arrest"]
    assert words_of(text, 0, None, "nl")[1].lemma != "arrest"  # not the Dutch dictionary's


def test_a_word_with_a_digit_or_a_hyphen_is_its_own_lemma() -> None:
    # the lemmatiser would make "12-jarig" of "12-jarige" and "1-team" of "1-teams"
    for word in ("12-jarige", "1-teams", "f16", "a320", "٣dagen"):
        assert lemma_of(word, "nl") == word
    assert lemma_of("liepen", "nl") != "liepen"  # letters only: lemmatised
