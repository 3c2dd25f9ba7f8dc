"""Attributions: the spans of a sentence that only say who reports."""

from __future__ import annotations

import pytest

from timeline.events.attributions import according_spans, attribution_spans, saying_spans
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _cut(nl: Language, text: str) -> list[str]:
    spans = attribution_spans(nl.events.attributions, text, 0, len(text))
    return [text[s:e] for s, e in spans]


def test_a_saying_tail_is_an_attribution(nl: Language) -> None:
    text = "De brug gaat dicht, zegt de wethouder."
    assert _cut(nl, text) == [", zegt de wethouder."]


def test_a_verb_of_saying_before_what_it_says_is_no_tail(nl: Language) -> None:
    text = "De burgemeester, die in Brussel was, zei dat de brug dichtgaat."
    assert saying_spans(nl.events.attributions, text, 0, len(text)) == []


def test_according_to_names_a_source_up_to_its_noun_phrase(nl: Language) -> None:
    text = "Volgens de Amerikaanse inlichtingendiensten leverde Iran drones."
    [(start, end)] = according_spans(nl.events.attributions, text, 0, len(text))
    assert text[start:end] == "Volgens de Amerikaanse inlichtingendiensten"


def test_attributions_overlapping_are_merged(nl: Language) -> None:
    text = "Iran leverde drones, aldus volgens de VS de minister."
    assert _cut(nl, text) == [", aldus volgens de VS de minister."]


def test_a_source_before_and_a_tail_after_are_both_cut(nl: Language) -> None:
    text = "Volgens de VS leverde Iran drones, zegt de minister."
    assert _cut(nl, text) == ["Volgens de VS", ", zegt de minister."]


def test_a_sentence_without_a_source_has_no_attribution(nl: Language) -> None:
    assert _cut(nl, "Iran leverde vorig jaar drones aan Rusland.") == []
