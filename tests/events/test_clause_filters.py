"""Clause filters: clauses that name a type of event but tell none."""

from __future__ import annotations

import pytest

from timeline.events.clause_filters import (
    asks,
    conditional,
    free_relative,
    habit,
    inner_condition,
    names_someone,
    own_present,
    wished,
)
from timeline.events.clauses import Clause, split_clauses
from timeline.language import Language, load_language
from timeline.model import Sentence
from timeline.temporal.values import parse_value


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _clauses(nl: Language, text: str) -> list[Clause]:
    return split_clauses(nl.events, text, Sentence(0, 0, len(text), text), [])


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Vanavond geef ik een voorstelling.", True),
        ("Jij hebt een voorstelling gegeven.", False),  # the perfect tells what happened
        ("De minister geeft een persconferentie.", False),
    ],
)
def test_ones_own_present_is_a_first_or_second_person_in_the_present(
    nl: Language, text: str, own: bool
) -> None:
    assert own_present(nl.events, text, _clauses(nl, text)[0]) is own


def test_a_word_of_how_often_makes_a_habit(nl: Language) -> None:
    text = "Er wordt zelden iemand gearresteerd."
    assert habit(nl.events, text, _clauses(nl, text)[0])
    text = "Er werd gisteren iemand gearresteerd."
    assert not habit(nl.events, text, _clauses(nl, text)[0])


def test_a_clause_that_names_an_official_names_someone(nl: Language) -> None:
    text = "De premier reist naar Brussel."
    assert names_someone(nl.events, text, _clauses(nl, text)[0])
    text = "Agenten worden getraind."
    assert not names_someone(nl.events, text, _clauses(nl, text)[0])


def test_the_complement_of_a_wish_is_wanted_not_told(nl: Language) -> None:
    text = "De oppositie hoopt dat de regering aftreedt."
    before, after = _clauses(nl, text)
    assert wished(nl.events, text, before, after) is not None
    text = "De oppositie meldt dat de regering aftreedt."
    before, after = _clauses(nl, text)
    assert wished(nl.events, text, before, after) is None


def test_a_wish_goes_on_past_a_coordinator_up_to_a_verb_after_one(nl: Language) -> None:
    # words coordinated under the wish are wanted too
    text = "De bond hoopt dat de staking stopt en meer leden zich zullen aansluiten."
    before, after = _clauses(nl, text)
    assert wished(nl.events, text, before, after) == after.end
    # a verb right after the coordinator opens a clause of its own, told
    text = "De minister wil niet dat ze terugkeren en heeft hun paspoorten ingetrokken."
    before, after = _clauses(nl, text)
    assert wished(nl.events, text, before, after) == text.index("en heeft")


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("Als Ajax vanavond wint, is de ploeg door.", True),
        ("Als voorzitter heeft hij veel gedaan.", False),  # "as chairman"
        ("Als De Gaulle in 1970 sterft, rouwt Frankrijk.", False),  # narrated: when
    ],
)
def test_a_condition_opens_with_its_word_and_a_subject(
    nl: Language, text: str, supposed: bool
) -> None:
    first = _clauses(nl, text)[0]
    timexes = nl.tagger.tag(text, "2019-03-20", [Sentence(0, 0, len(text), text)], 0)
    published = parse_value("2019-03-20")
    assert conditional(nl.events, text, first, timexes, published, len(text)) is supposed


@pytest.mark.parametrize(
    ("text", "anyone"),
    [
        ("Wie zich meldt, wordt gearresteerd.", True),
        (",,Wie wil kopen, moet betalen.''", True),
        ("De man wie het huis toebehoort, is weg.", False),  # not opening the clause
    ],
)
def test_whoever_opens_a_clause_with_its_pronoun(nl: Language, text: str, anyone: bool) -> None:
    assert free_relative(nl.events, text, _clauses(nl, text)[0]) is anyone


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Of de bond zich aan de afspraken houdt, moet nog blijken.", True),
        ("Of er een akkoord komt, is onzeker.", True),
        ("Of zoals de minister zegt, het kabinet valt.", False),  # "or": no question
        ("De bond houdt zich aan de afspraken.", False),
    ],
)
def test_an_indirect_question_opens_with_its_word_and_a_subject(
    nl: Language, text: str, question: bool
) -> None:
    clauses = _clauses(nl, text)
    assert asks(nl.events, text, clauses[0]) is question


@pytest.mark.parametrize(
    ("text", "word", "supposed"),
    [
        ("De oppositie praat alleen als de president aftreedt.", "aftreedt", True),
        ("Het kabinet valt pas wanneer iemand wordt veroordeeld.", "veroordeeld", True),
        ("De bond staakt tenzij er morgen een akkoord komt.", "akkoord", True),
        # no subject right after it, or a comma before the event word: no inner condition
        ("Hij werkte als voorzitter aan een akkoord.", "akkoord", False),
        ("Hij belde als de president, en de regering trad af.", "trad", False),
        # a comparison, a likeness or an example, and an indirect question
        ("Zowel de VS als de EU kondigden sancties aan.", "sancties", False),
        ("Het kabinet ziet het besluit als een aanval op de rechtsstaat.", "aanval", False),
        ("Op de muur staan leuzen als 'De staking gaat door'.", "staking", False),
        ("Het is niet duidelijk wanneer de enquête begint.", "enquête", False),
    ],
)
def test_a_condition_opened_inside_a_clause_needs_its_subject_and_no_comparison(
    nl: Language, text: str, word: str, supposed: bool
) -> None:
    clause = next(c for c in _clauses(nl, text) if c.start <= text.index(word) < c.end)
    assert inner_condition(nl.events, text, clause, text.index(word)) is supposed
