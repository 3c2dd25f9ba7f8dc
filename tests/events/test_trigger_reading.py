"""Tests for `timeline.events.trigger_reading`: a word read in its clause."""

from __future__ import annotations

import pytest

from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _reads(
    nl: Language, text: str, named: set[str], not_named: set[str], end: int | None = None
) -> None:
    """`text[:end]` names every type of `named` and none of `not_named`."""
    found = {t.type for t in nl.events.triggers(text, 0, end)}
    assert named <= found
    assert not found & not_named


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # an official body that is also an event noun, with a determiner: the body speaks
        ("De Onderwijsinspectie ziet de leerprestaties niet verbeteren.", set()),
        ("Ook zet de inspectie vraagtekens bij de reden.", set()),
        # without one, or with a complement, the happening
        ("Bij een inspectie werden gebreken gevonden.", {"investigation"}),
        ("De inspectie van het pand vond gisteren plaats.", {"investigation"}),
    ],
)
def test_an_official_body_named_by_an_event_noun_is_no_event(
    nl: Language, text: str, types: set[str]
) -> None:
    assert {t.type for t in nl.events.triggers(text)} == types


def test_separable_verb_particle_at_clause_end(nl: Language) -> None:
    assert "attack" in {t.type for t in nl.events.triggers("Rusland zet al maanden drones in")}
    assert "attack" not in {t.type for t in nl.events.triggers("Hij zet de auto in de garage")}


def test_an_infinitive_form_after_an_adjective_or_a_preposition_is_a_plural_noun(
    nl: Language,
) -> None:
    def types(text: str) -> set[str]:
        return {t.type for t in nl.events.triggers(text)}

    assert "statement" not in types("De kar moet aan strenge eisen voldoen.")
    assert "statement" not in types("Universiteiten stellen extreme eisen.")
    assert "statement" in types("De vakbonden eisen dat de AOW-leeftijd wordt bevroren.")
    assert "statement" in types("Kalitta Air en Jetblue eisen sancties tegen de concurrent.")
    # a present participle ("naderende": naderen) is no inflected adjective of a plural
    assert "resignation" in types("Het naderende aftreden van de koning in mei zorgt voor onrust.")
    # a plural of an event noun stays that noun's event
    assert "investigation" in types("Er lopen verschillende onderzoeken naar Trump.")


@pytest.mark.parametrize(
    "text",
    [
        "In Rijn en IJssel leverde het CDA een zetel in, ten gunste van de PvdA.",  # inleveren
        "Dat leverde een spannende wedstrijd op, vol kansen.",  # opleveren
        "In oktober leverde de veiling 11,6 miljoen euro op.",  # a decimal comma ends nothing
    ],
)
def test_a_particle_before_a_comma_closes_the_clause(nl: Language, text: str) -> None:
    assert "delivery" not in {t.type for t in nl.events.triggers(text)}


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        ("Het leverde wel een klacht op van een gedetineerde.", set(), {"delivery"}),
        ("Jonge moeders leveren arbeidstijd in voor zorgtijd.", set(), {"delivery"}),
        ("Iran levert drones aan Rusland via Armenië.", {"delivery"}, set()),
        # the particle of another clause, after a comma, is not the verb's
        ("Het aantal dat sterft, nam van 10 procent toe naar 13 procent.", {"death"}, set()),
    ],
)
def test_a_particle_before_a_preposition_closes_the_clause(
    nl: Language, text: str, named: set[str], not_named: set[str]
) -> None:
    _reads(nl, text, named, not_named)


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        ("De fabriek leverde meer auto's op en sloot een nieuw contract.", set(), {"delivery"}),
        ("Al dat werk levert weinig op omdat de regels steeds veranderen.", set(), {"delivery"}),
        ("De fractie levert flink in maar blijft de grootste.", set(), {"delivery"}),
        # the particle of a verb after the first conjunction is not the verb's
        ("Hij beloofde geld en zette zijn buren in om te helpen.", {"statement"}, set()),
        # nor a particle before a conjunction joining two prepositions
        ("Iran levert drones aan Rusland en ook raketten.", {"delivery"}, set()),
        ("De firma bouwt huizen in en rond de stad.", {"production"}, set()),
    ],
)
def test_a_particle_before_a_conjunction_closes_the_clause(
    nl: Language, text: str, named: set[str], not_named: set[str]
) -> None:
    _reads(nl, text, named, not_named)


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        ("Natuurlijk levert dat af en toe problemen op.", set(), {"delivery"}),  # opleveren
        ("Veel reacties leverden die drie kandidaten niet op.", set(), {"delivery"}),
        ("Rusland zegt dat akkoord op.", {"withdrawal"}, set()),  # opzeggen
        ("Iran levert die drones aan Rusland.", {"delivery"}, set()),  # "aan" is no last word
        ("Rusland zegt dat het akkoord goed is.", {"statement"}, {"withdrawal"}),
        # the idioms hold over the words it goes on with: a recommendation taken over
        ("De raad nam die aanbeveling over.", set(), {"purchase"}),
    ],
)
def test_a_verb_cut_off_by_a_demonstrative_takes_the_particle_closing_the_sentence(
    nl: Language, text: str, named: set[str], not_named: set[str]
) -> None:
    # the clause cutter ends the verb's clause at the bare opener ("levert | dat ...")
    _reads(nl, text, named, not_named, end=text.index(" d", text.index(" ") + 1))


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        # a verb cut off by a demonstrative: a particle that is no preposition, anywhere
        ("De gemeente kwam dat eerder overeen met de zorgverlener.", {"agreement"}, set()),
    ],
)
def test_a_particle_that_is_no_preposition_after_a_demonstrative_cut_completes_the_verb(
    nl: Language, text: str, named: set[str], not_named: set[str]
) -> None:
    end = text.index(" dat ") if " dat " in text else len(text)
    found = {t.type for t in nl.events.triggers(text, 0, end)}
    assert named <= found
    assert not found & not_named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # the particle of a quote opened after the verb is the quote's ("afkeuren")
        ("De club reageert: ,,Wij keuren geweld van supporters af.", {"statement"}),
        ("De senator beschreef het als 'van begin af aan mislukt'.", {"statement"}),
        # a quote closed before the particle leaves it the verb's
        ("De topman stapt 'om persoonlijke redenen' op.", {"resignation"}),
    ],
)
def test_a_particle_inside_a_quote_opened_after_the_verb_is_not_the_verbs(
    nl: Language, text: str, named: set[str]
) -> None:
    assert named <= {t.type for t in nl.events.triggers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "De gouverneur zegt op televisie dat hij boos is.",  # not opzeggen
        "Invaller Matavz zette Vitesse op een voorsprong in Arnhem.",  # not inzetten
    ],
)
def test_a_preposition_before_the_last_word_is_not_a_particle(nl: Language, text: str) -> None:
    assert {t.type for t in nl.events.triggers(text)} <= {"statement"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("De burgemeester besloot gisteren af te treden.", "resignation"),
        ("De wethouder maakte bekend zich terug te trekken uit het college.", "withdrawal"),
    ],
)
def test_a_particle_before_the_infinitive_marker_makes_its_separable_verb(
    nl: Language, text: str, kind: str
) -> None:
    assert kind in {t.type for t in nl.events.triggers(text) if t.verbal}


@pytest.mark.parametrize(
    "text",
    [
        "De rebellen trokken naar het noorden om de hoofdstad aan te vallen.",
        "Het is op dit moment lastig aan te geven hoeveel mensen vermist zijn.",
        "De club overweegt het besluit van de bond aan te vechten.",
        "Twee ministers dreigen af te treden als het plan doorgaat.",
        "Hij vertrok zonder een reden aan te geven.",
    ],
)
def test_an_infinitive_for_a_purpose_or_only_weighed_tells_no_separable_verb(
    nl: Language, text: str
) -> None:
    kinds = {t.type for t in nl.events.triggers(text) if t.verbal}
    assert not kinds & {"attack", "statement", "resignation"}
