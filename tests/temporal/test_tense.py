"""The tense cues of each language: every example in its tense.yaml is told in its tense."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.temporal.tense import TenseCues, load_tense_cues

LANG = Path(__file__).resolve().parents[2] / "src" / "timeline" / "lang"
CUES = {folder.name: load_tense_cues(folder) for folder in sorted(LANG.iterdir())}
CASES = [
    (code, tense, sentence)
    for code, cues in CUES.items()
    for tense, sentences in (
        ("future", cues.spec.future.examples),
        ("past", cues.spec.past.examples),
        ("present", cues.spec.present_examples),
    )
    for sentence in sentences
]


@pytest.mark.parametrize(("code", "tense", "sentence"), CASES)
def test_example_is_told_in_its_tense(code: str, tense: str, sentence: str) -> None:
    assert CUES[code].tense(sentence) == tense


def test_every_language_has_examples_of_each_tense() -> None:
    for code, cues in CUES.items():
        spec = cues.spec
        assert spec.future.examples and spec.past.examples and spec.present_examples, code


def test_an_inflected_participle_is_not_a_past() -> None:
    nl: TenseCues = CUES["nl"]
    assert nl.tense("Hij rijdt in een gehuurde vrachtwagen de boulevard op") == "present"
    assert nl.tense("Het ongeluk gebeurde op de snelweg") == "past"


def test_the_tense_does_not_depend_on_the_words_seen_before() -> None:
    """Each word's shape is kept once found: a sentence's tense is the same whether its words
    were seen in other sentences first (in any order), or the memo was just cleared."""
    sentences = [sentence for _, _, sentence in CASES]
    for code in CUES:
        folder = LANG / code
        fresh = [load_tense_cues(folder).tense(sentence) for sentence in sentences]
        shared = load_tense_cues(folder)
        assert [shared.tense(s) for s in reversed(sentences)][::-1] == fresh
        assert [shared.tense(s) for s in sentences] == fresh
        shared.shapes.clear()
        assert [shared.tense(s) for s in sentences] == fresh
