"""Tests for `timeline.events.clause_dating`: when a chosen clause's event happened."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect, strong
from timeline.events import clause_dating
from timeline.events.clauses import split_clauses
from timeline.language import Language, load_language
from timeline.model import Article
from timeline.pipeline import sentences_of


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _read(nl: Language, text: str, published: str = "2019-03-11") -> clause_dating.Scope:
    """The scope a sentence's clauses are read with, as detection builds it (no attributions)."""
    article = Article("t", "t.txt", text, published, "header")
    (sentence,) = sentences_of(article, nl)
    timexes = nl.tagger.tag(text, published, [sentence], 0)
    clauses = split_clauses(nl.events, text, sentence, timexes)
    return clause_dating.Scope(article, sentence, nl.events, {}, timexes, clauses, [], [], None)


def test_an_event_noun_with_a_calendar_date_right_after_it_has_a_date_of_its_own(
    nl: Language,
) -> None:
    for text, own in [
        ("Hij won de verkiezingen van 2016 met gemak.", True),
        ("Hij won in 2016 de verkiezingen met gemak.", False),
    ]:
        scope = _read(nl, text)
        [trigger] = [t for t in nl.events.triggers(text) if t.type == "election"]
        assert clause_dating._own_date(nl.events, text, trigger, scope.timexes) is own, text


def test_the_simple_past_and_the_pluperfect_are_told_apart_from_the_perfect(
    nl: Language,
) -> None:
    for text, simple, pluperfect in [
        ("De politie hield de man gisteren aan.", True, False),
        ("De politie heeft de man gisteren aangehouden.", False, False),
        ("De politie had de man toen al aangehouden.", True, True),
    ]:
        scope = _read(nl, text)
        (clause,) = scope.clauses
        tense = nl.events.tense.tense(text)
        assert clause_dating._simple_past(nl.events, text, clause, tense) is simple, text
        assert clause_dating._pluperfect(nl.events, text, clause) is pluperfect, text


def test_a_date_of_a_clause_ordered_in_time_dates_the_other_from_its_side(nl: Language) -> None:
    text = "De minister trad af nadat de raad in januari een onderzoek had ingesteld."
    scope = _read(nl, text)
    main, after = scope.clauses
    assert (main.side, after.side) == (None, "precedes")
    [january] = scope.timexes
    # what the main clause borrows from the "nadat" clause happened after that date
    assert clause_dating._sides(scope.clauses, main, [january]) == {id(january): "AFTER"}
    # the "nadat" clause's own date is no side of it
    assert clause_dating._sides(scope.clauses, after, [january]) == {}


def test_a_relative_clause_after_an_event_noun_dates_the_event(nl: Language) -> None:
    text = "Bij zijn arrestatie, die vorige week plaatsvond, vond de politie wapens."
    assert [(m.type, m.date) for m in detect(nl, text, "2019-02-27") if m.type == "arrest"] == [
        ("arrest", "2019-W08")
    ]


def test_a_clause_told_in_the_past_borrows_no_time_to_come(nl: Language) -> None:
    text = "Volgende maand beslist Londen over de zaak en België stelde een onderzoek in."
    found = {m.type: (m.date, m.status) for m in strong(nl, text, "2019-02-12")}
    assert found["investigation"] == ("2019-02-12", "reported")


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        # what a relative clause in the present says of a noun describes it
        (
            "Het gaat om weduwen die Shell verantwoordelijk houden voor de dood van hun mannen.",
            True,
        ),
        ("Hij werkt bij een dienst die onderzoeken naar fraude uitvoert.", True),
        # told in the past, or with a date of its own, it is a happening
        ("Het gaat om de man die vorige week werd gearresteerd.", False),
        ("Het gaat om de man die op 3 maart wordt gearresteerd.", False),
        # what happens at a place is told
        ("De drones gaan naar Soedan, waar de drones de haven aanvallen.", False),
    ],
)
def test_a_relative_clause_in_the_present_describes_in_passing(
    nl: Language, text: str, weak: bool
) -> None:
    mentions = [m for m in detect(nl, text, "2019-03-11") if m.type != "other"]
    assert mentions
    assert all(m.weak == weak for m in mentions)


def test_a_frame_that_looks_ahead_names_an_event_still_to_come(nl: Language) -> None:
    text = "Amper 48 uur voor de verkiezingen werden de campagnes gisteren gepauzeerd."
    [reference] = [m for m in detect(nl, text, "2019-03-19") if m.type == "election"]
    assert (reference.weak, reference.date, reference.mod) == (True, "2019-03-18", "AFTER")
