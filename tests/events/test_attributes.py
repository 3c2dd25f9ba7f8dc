"""Dates that describe a noun (a film "uit 2002", "meer dan in 2015"), not a happening."""

from __future__ import annotations

import pytest

from timeline.events.attributes import attribute_date, topic
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def last_date_is_attribute(nl: Language, text: str) -> bool:
    [*_, timex] = nl.tagger.tag(text, "2019-03-25")
    return attribute_date(nl.events.date_attributes, text, timex, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Het monument uit 1928 staat op het plein.",
        "Hij schrijft in zijn column van 14 maart dat de stad te duur is.",
        "In Het Stadsblad van 12 maart schrijft een bewoner over de brug.",  # an edition
        "Hij vertelde op Radio Oost van maandag over zijn boek.",
        "Dat is 10 procent meer dan in 2017.",
        "Dat is een stijging ten opzichte van een jaar eerder.",
        "Het aantal steeg van 2948 zaken in 2017 naar 3553.",
        "Er waren 4300 acties, ten opzichte van 2500 vorig jaar.",
        "De groei was 3 procent, vergeleken met 1,5 procent in 2017.",
        "Bijna iedereen deed al aangifte van de belasting over 2018.",  # what it is about
    ],
)
def test_a_date_that_describes_a_noun_or_a_figure(nl: Language, text: str) -> None:
    assert last_date_is_attribute(nl, text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 werd de fabriek geopend.",
        "De oorlog van juni 1967 veranderde alles.",  # "van" dates a happening
        "Tot de storm van 3 juni was het dorp rustig.",  # no publication, no title
        # a name, no title after an edition preposition: the decision was made on Monday
        "Dat volgt uit de beslissing van voorzitter John Bercow van maandag.",
        "Het volgt uit onderzoek van I&O Research van vorige maand.",
        "Maar dan, in 1963, volgt een schok.",  # "dan" as "then"
        "C1000 kwam in 2009 met een actie.",  # a name with digits is no figure
        "Ten opzichte van de buren verkocht hij 300 kavels vorig jaar.",
        "De school gaat over twee weken dicht.",  # "over" of the expression itself
    ],
)
def test_a_date_that_times_a_happening(nl: Language, text: str) -> None:
    assert not last_date_is_attribute(nl, text)


def test_a_range_start_is_no_attribute(nl: Language) -> None:
    text = "De boerderij uit 1887 tot 1964 stond hier."
    first = nl.tagger.tag(text, "2019-03-25")[0]
    assert first.text == "1887"
    assert not attribute_date(nl.events.date_attributes, text, first, 0, len(text))


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("De jaarcijfers over 2018 zijn nog niet bekend.", True),
        ("Hij sprak gisteren over maandag.", True),
        ("Over twee weken wordt er gestemd.", False),  # the expression holds "over": a time
        ("De cijfers van 2018 zijn nog niet bekend.", False),
    ],
)
def test_a_date_after_a_topic_link_is_what_a_noun_is_about(
    nl: Language, text: str, about: bool
) -> None:
    [*_, timex] = nl.tagger.tag(text, "2019-03-25")
    assert topic(nl.events.date_attributes, text, timex, 0) is about


def test_a_figure_of_a_time_before_a_range_word_is_a_figure_still(nl: Language) -> None:
    # "tot" goes on to the next figure, not to a date that ends a range begun at the first
    text = "Het aantal groeide van ongeveer 600 in 2011 tot meer dan 5000 in 2017."
    first, last = nl.tagger.tag(text, "2019-03-25")
    dates = nl.events.date_attributes
    assert attribute_date(dates, text, first, 0, len(text))
    assert attribute_date(dates, text, last, 0, len(text))
