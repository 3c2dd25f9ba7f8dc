"""Which event word tells a clause's happening, and which only refer to another event."""

from __future__ import annotations

import pytest

from tests.events.helpers import strong
from timeline.events.clause_triggers import clause_triggers, framed
from timeline.events.clauses import Clause
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _whole(text: str) -> Clause:
    return Clause(0, len(text))


def test_a_verb_tells_the_happening_and_a_noun_of_another_kind_refers(nl: Language) -> None:
    text = "Na de aanslag arresteerde de politie drie mannen."
    trigger, others = clause_triggers(nl.events, text, _whole(text), [], [])
    assert trigger is not None and trigger.type == "arrest"
    assert [t.type for t in others] == ["attack"]


def test_a_noun_alone_tells_no_happening_without_a_date(nl: Language) -> None:
    text = "De aanslag schokte het land."
    trigger, others = clause_triggers(nl.events, text, _whole(text), [], [])
    assert trigger is None and [t.type for t in others] == ["attack"]


def test_an_event_noun_after_a_time_preposition_frames_the_clause(nl: Language) -> None:
    text = "Na de aanslag bleef het stil."
    [attack] = nl.events.triggers(text, 0, len(text))
    assert framed(nl.events, text, _whole(text), attack)
    text = "De aanslag schokte het land."
    [attack] = nl.events.triggers(text, 0, len(text))
    assert not framed(nl.events, text, _whole(text), attack)


def test_a_second_verb_of_another_kind_in_the_past_tells_its_own_happening(
    nl: Language,
) -> None:
    kinds = {m.type for m in strong(nl, "In oktober werd hij gevangengenomen en vermoord.")}
    assert {"arrest", "death"} <= kinds


def test_a_hedge_inside_the_quoted_words_does_not_hedge_their_saying(nl: Language) -> None:
    # the quote's negation or possibility is what was said
    for text in (
        "'Wij hebben niets verkeerd gedaan', zegt de minister van Financiën.",
        "De burgemeester reageert: ,,Wij kunnen dit niet accepteren.",
    ):
        trigger, _ = clause_triggers(nl.events, text, _whole(text), [], [])
        assert trigger is not None and trigger.type == "statement", text
    # a hedge outside the quote still hedges, and so do a few words quoted inside what is
    # said: they are the reporter's
    for text in (
        "De minister zegt niet: 'Wij hebben het gedaan.'",
        "De minister zegt 'niet echt' op de hoogte te zijn geweest.",
    ):
        trigger, _ = clause_triggers(nl.events, text, _whole(text), [], [])
        assert trigger is None, text


def test_a_saying_tells_the_occasion_it_was_made_at(nl: Language) -> None:
    # a meeting or visit after a preposition of setting and "een" took place, whatever the
    # tense of the saying
    for text in (
        "Tijdens een ontmoeting met de Franse president zei de premier dat hij tevreden is.",
        "De wethouder eiste gisteren in een kort debat het aftreden van de burgemeester.",
        "De minister zegt tijdens een werkbezoek aan Zeeland dat de dijken op orde zijn.",
    ):
        kinds = {m.type for m in strong(nl, text)}
        assert {"statement"} < kinds and kinds & {"meeting", "visit"}, text
    # not one told before ("na de ontmoeting"), nor one asked for ("om een gesprek")
    for text in (
        "Na de ontmoeting met de Franse president zei de premier dat hij tevreden is.",
        "De minister heeft na verzoeken om een gesprek laten weten dat hij niet reageert.",
    ):
        kinds = {m.type for m in strong(nl, text)}
        assert not kinds & {"meeting", "visit"}, text


def test_a_negation_that_is_what_a_saying_denies_makes_a_denial(nl: Language) -> None:
    # a verb of saying and a denial whose words hold the clause's negation: what was said
    for text in (
        "De partij zegt niet achter de actie te zitten.",
        "Het ministerie zegt niets te weten van de plannen.",
    ):
        assert [m.type for m in strong(nl, text)] == ["denial"], text
    # a negation outside the denial's words still hedges the saying
    for text in (
        "De minister zegt niet te weten wanneer de brug opengaat.",
        "Het ministerie zegt misschien niets te weten van de plannen.",
    ):
        assert not strong(nl, text), text
