"""Words and lemmas: the lemma dictionary can be loaded ahead of the first word."""

from __future__ import annotations

from timeline.events.words import lemma_of, load_lemmas


def test_load_lemmas_then_lemmas_are_the_same() -> None:
    before = lemma_of.__wrapped__("x", "nl")
    load_lemmas("nl")
    assert lemma_of.__wrapped__("x", "nl") == before


def test_load_lemmas_leaves_an_unknown_language_alone() -> None:
    load_lemmas("xx")  # no error: there is nothing to load
