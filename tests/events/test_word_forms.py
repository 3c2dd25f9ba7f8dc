"""Tests for `timeline.events.word_forms`: what a word form names out of its clause."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from tests.events.test_lexicon import COUNTER, EXAMPLES, NL
from timeline.events.lexicon_load import load_event_lexicon
from timeline.events.word_forms import form_finder, form_of, verb_stems
from timeline.events.words import Word, words_of
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_a_word_form_is_looked_up_once(nl: Language) -> None:
    noun, verb, other = words_of("wapenleveranties zet auto", 0, None, "nl")
    form = form_of(nl.events, noun)
    assert ("delivery", False) in form.named
    assert not form.inert
    assert form_of(nl.events, noun) is form
    # "zet" is the verb of a separable verb ("inzetten"): not inert, though it names nothing alone
    assert form_of(nl.events, verb).separable
    assert not form_of(nl.events, verb).inert
    assert form_of(nl.events, other).inert


def test_what_a_form_names_does_not_depend_on_the_forms_looked_up_before() -> None:
    # a noun reading ("gebouwen", lemma gebouw) must not hide the verb reading of the same
    # form given a verb's lemma, nor the other way round: the order of articles is free
    noun = Word("gebouwen", 0, 8, "gebouwen", "gebouw")
    verb = Word("gebouwen", 0, 8, "gebouwen", "bouwen")
    seen, fresh = load_event_lexicon(NL), load_event_lexicon(NL)
    assert form_of(seen, noun).named == ()
    assert form_of(seen, verb).named == form_of(fresh, verb).named
    assert ("production", True) in form_of(fresh, verb).named


def test_a_word_holding_no_form_of_the_lexicon_is_known_by_that_alone() -> None:
    # the shortcut (no verb, stem or noun of the lexicon inside the word or its lemma) gives
    # what the full look-up gives, for every word of the seeds and of the type examples
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [sentence for _, sentence in EXAMPLES + COUNTER]
    words = {(w.lower, w.lemma): w for text in texts for w in words_of(text, 0, None, "nl")}
    quick, full = load_event_lexicon(NL), load_event_lexicon(NL)  # each with its own memos
    full.form_finder.append(None)  # no shortcut: every form looked up
    finder = form_finder(quick)
    assert finder is not None
    shortcut = 0
    for word in words.values():
        assert form_of(quick, word) == form_of(full, word), word
        shortcut += not any(map(finder.any_in, (word.lower, word.lemma)))
    assert 0 < shortcut < len(words)


@pytest.mark.parametrize(
    ("verb", "stems"),
    [
        ("trainen", ["train"]),  # the infinitive's ending off
        ("zetten", ["zett", "zet"]),  # a doubled consonant single
        ("veroordelen", ["veroordel", "veroordeel"]),  # an open syllable's vowel doubled
        ("leven", ["lef", "leef"]),  # a final v devoiced
        ("gaan", []),  # too short a stem to say
        ("auto", []),  # no infinitive
    ],
)
def test_the_stems_of_an_infinitive(nl: Language, verb: str, stems: list[str]) -> None:
    assert verb_stems(verb, nl.events.spec.inflection) == stems
