"""Where a separable verb's particle stands and what closes a verb's clause (invented
sentences; the particles and openers are given here as a lexicon would give them)."""

from __future__ import annotations

from timeline.events.particles import (
    breaks_after,
    closing_word,
    infinitive_after,
    particle_follows,
    particle_precedes,
    up_to_break,
)
from timeline.events.words import Word, words_of

IN, OP = frozenset({"in"}), frozenset({"op"})
FINAL = frozenset({"in", "op"})  # particles that are also prepositions
OPENERS = frozenset({"om", "dat"})
MARKERS = frozenset({"te"})


def _words(text: str) -> list[Word]:
    return words_of(text, 0, None, "nl")


def _at(words: list[Word], surface: str) -> int:
    return next(i for i, w in enumerate(words) if w.text == surface)


def test_the_closing_word_is_the_last_before_a_break_or_the_clause_end() -> None:
    text = "Hij levert in Maasdriel de stemmen in, zegt hij"
    words = _words(text)
    assert closing_word(text, words, _at(words, "levert")) == "in"
    text = "Hij levert de stemmen in"
    words = _words(text)
    assert closing_word(text, words, _at(words, "levert")) == "in"


def test_a_verb_that_ends_its_clause_has_no_closing_word() -> None:
    text = "Dat hij de stemmen levert"
    words = _words(text)
    assert closing_word(text, words, len(words) - 1) == ""


def test_a_word_in_capitals_closes_as_no_particle() -> None:
    text = "Hij belt het OM"
    words = _words(text)
    assert closing_word(text, words, _at(words, "belt")) == ""


def test_the_words_up_to_a_break_are_lower_cased() -> None:
    text = "Hij levert Een Gevoel op, zegt hij"
    words = _words(text)
    assert up_to_break(text, words, _at(words, "levert")) == ["een", "gevoel", "op"]
    assert up_to_break("Levert, zegt hij", _words("Levert, zegt hij"), 0) == []


def test_a_decimal_comma_is_no_break() -> None:
    assert breaks_after("11,6 procent", 2) is False
    assert breaks_after("elf, zes", 3) is True


def test_a_particle_at_the_clause_end_makes_the_separable_verb() -> None:
    words = _words("Het leger zet drones in")
    assert particle_follows(words, _at(words, "zet"), IN, FINAL)


def test_a_particle_that_is_a_preposition_inside_the_clause_does_not() -> None:
    words = _words("Het leger zet drones in Oekraïne")
    assert not particle_follows(words, _at(words, "zet"), IN, FINAL)


def test_a_particle_before_a_clause_opener_does() -> None:
    words = _words("Hij riep zijn achterban op om te stemmen")
    assert particle_follows(words, _at(words, "riep"), OP, FINAL, OPENERS)


def test_a_particle_before_an_infinitive_complement_does() -> None:
    words = _words("Hij riep Haftar op zijn offensief te staken")
    riep, op = _at(words, "riep"), _at(words, "op")
    assert particle_follows(words, riep, OP, FINAL, OPENERS, MARKERS)
    assert infinitive_after(words, riep, op, OPENERS, MARKERS)


def test_an_infinitive_right_after_the_particle_is_its_own() -> None:
    words = _words("Hij vroeg hen op te treden")
    assert not infinitive_after(words, _at(words, "vroeg"), _at(words, "op"), OPENERS, MARKERS)


def test_a_particle_written_apart_before_the_verb_or_its_auxiliary() -> None:
    words = _words("dat hij het plan bekend wil maken")
    known = frozenset({"bekend"})
    assert particle_precedes(words, _at(words, "maken"), known, frozenset({"wil"}))
    assert not particle_precedes(words, _at(words, "maken"), known, frozenset())
