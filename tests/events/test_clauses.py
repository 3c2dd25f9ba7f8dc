"""Clauses: where a sentence is cut, and what a relative clause set inside another dates."""

from __future__ import annotations

import pytest

from tests.events.helpers import strong
from timeline.events.clauses import split_clauses
from timeline.language import Language, load_language
from timeline.model import Sentence, Timex


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _clauses(nl: Language, text: str) -> list[str]:
    """The clauses of a one-sentence text, as strings."""
    sentence = Sentence(0, 0, len(text), text)
    return [text[c.start : c.end] for c in split_clauses(nl.events, text, sentence, [])]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "De partij kwam gisteren met die verrassende keus.",
            ["De partij kwam gisteren met die verrassende keus."],
        ),
        ("In dat geval stopt de bouw.", ["In dat geval stopt de bouw."]),
        (
            "De minister zei dat de bouw stopt.",
            ["De minister zei", "dat de bouw stopt."],
        ),
        (
            "De man die gisteren werd opgepakt, zweeg.",
            ["De man", "die gisteren werd opgepakt, zweeg."],
        ),
    ],
)
def test_die_and_dat_after_a_preposition_are_determiners_not_clauses(
    nl: Language, text: str, clauses: list[str]
) -> None:
    assert _clauses(nl, text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Straffen zijn doorgaans lager: zo kreeg zij in 2017 een jaar cel.",
            ["Straffen zijn doorgaans lager", "zo kreeg zij in 2017 een jaar cel."],
        ),
        (
            'De minister zei: "We gaan door."',
            ['De minister zei: "We gaan door."'],
        ),
        ("Het doel: Meer banen.", ["Het doel: Meer banen."]),
    ],
)
def test_a_colon_before_a_lower_case_word_ends_a_clause(
    nl: Language, text: str, clauses: list[str]
) -> None:
    assert _clauses(nl, text) == clauses


def test_a_relative_clause_after_a_preposition_is_its_own_clause(nl: Language) -> None:
    text = "Hij trok vorige week het verlof in van tien mannen van wie de dossiers niet klopten."
    assert _clauses(nl, text) == [
        "Hij trok vorige week het verlof in van tien mannen",
        "van wie de dossiers niet klopten.",
    ]
    # the negation of the relative clause does not silence the dated main clause
    assert [m.date for m in strong(nl, text, "2019-04-03")] == ["2019-W13"]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Het bedrijf, dat sinds 1990 in Delft zit, verhuist naar Gouda.",
            ["Het bedrijf", "dat sinds 1990 in Delft zit", "verhuist naar Gouda."],
        ),
        # a list inside the relative clause, or a clause opener after its comma, goes on
        (
            "De ploeg, die Ajax, PSV en Feyenoord versloeg, wint.",
            ["De ploeg", "die Ajax, PSV en Feyenoord versloeg, wint."],
        ),
        (
            "Hij vocht in Srebrenica, waar in 1995 duizenden doden vielen, de ergste slachting.",
            [
                "Hij vocht in Srebrenica",
                "waar in 1995 duizenden doden vielen",
                "de ergste slachting.",
            ],
        ),
        (
            "De man, die gisteren zweeg, en zijn vrouw vertrekken.",
            ["De man", "die gisteren zweeg", "en zijn vrouw vertrekken."],
        ),
    ],
)
def test_a_relative_clause_set_inside_another_ends_at_its_comma(
    nl: Language, text: str, clauses: list[str]
) -> None:
    assert _clauses(nl, text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Volgende maand beslist Londen over de zaak en België stelde een onderzoek in.",
            ["Volgende maand beslist Londen over de zaak", "en België stelde een onderzoek in."],
        ),
        # two names of one subject, or a name of several words, hold the coordinator
        ("Iran en Rusland leverden drones.", ["Iran en Rusland leverden drones."]),
        (
            "Dat heeft de Nationaal Coördinator Terrorismebestrijding en Veiligheid gemeld.",
            ["Dat heeft de Nationaal Coördinator Terrorismebestrijding en Veiligheid gemeld."],
        ),
    ],
)
def test_a_coordinator_before_a_name_and_its_verb_opens_a_clause(
    nl: Language, text: str, clauses: list[str]
) -> None:
    assert _clauses(nl, text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Het land haalde vorige week drie kinderen terug en zegt meer te willen doen.",
            ["Het land haalde vorige week drie kinderen terug", "en zegt meer te willen doen."],
        ),
        # not inside a clause set under another, nor after one auxiliary
        (
            "De minister zei dat zij belde en zei dat het goed ging.",
            ["De minister zei", "dat zij belde en zei", "dat het goed ging."],
        ),
        (
            "De man werd opgepakt en beschuldigd van diefstal.",
            ["De man werd opgepakt en beschuldigd van diefstal."],
        ),
        (
            "De man kan interviews geven en aangeven dat hij ziek is.",
            ["De man kan interviews geven en aangeven", "dat hij ziek is."],
        ),
    ],
)
def test_a_coordinator_before_a_verb_of_saying_of_the_same_subject_opens_a_clause(
    nl: Language, text: str, clauses: list[str]
) -> None:
    assert _clauses(nl, text) == clauses


def test_a_saying_beside_a_happening_neither_takes_its_date_nor_stands_for_it(
    nl: Language,
) -> None:
    text = "Het land haalde vorige maand drie kinderen terug en zegt meer te willen doen."
    told = {(m.type, m.date) for m in strong(nl, text)}
    # the return is a dated happening, the saying is of the publication month
    assert told == {("other", "2022-11"), ("statement", "2022-12")}, told


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Nadat de man op 5 maart was opgepakt, werd hij verhoord.",
            ["Nadat de man op 5 maart was opgepakt", "werd hij verhoord."],
        ),
        # the comma of a list goes on with the clause: no verb after it
        (
            "Voordat Rusland, Iran en Syrië overleg voerden, sloot de grens.",
            ["Voordat Rusland, Iran en Syrië overleg voerden", "sloot de grens."],
        ),
        # ... as does one of cause or concession: its negation is not the main clause's
        (
            "Omdat de zaak nooit is opgehelderd, begon de politie een onderzoek.",
            ["Omdat de zaak nooit is opgehelderd", "begon de politie een onderzoek."],
        ),
        # a condition stays whole: what would happen if (`clause_filters.conditional`)
        (
            "Als de man wordt opgepakt, wordt hij verhoord.",
            ["Als de man wordt opgepakt, wordt hij verhoord."],
        ),
    ],
)
def test_an_opening_subordinate_clause_ends_at_the_comma_before_a_verb(
    nl: Language, text: str, clauses: list[str]
) -> None:
    assert _clauses(nl, text) == clauses


def test_a_clause_of_before_or_after_knows_its_side(nl: Language) -> None:
    text = "De burgemeester trad af nadat de raad het vertrouwen opzegde."
    sentence = Sentence(0, 0, len(text), text)
    sides = [c.side for c in split_clauses(nl.events, text, sentence, [])]
    assert sides == [None, "precedes"]


def test_a_word_of_condition_keeps_the_clause_its_pronoun_opens(nl: Language) -> None:
    # "dat" opens a clause after "zei", not after "Als": the condition is one clause
    assert _clauses(nl, "Als dat mislukt, dan volgen verkiezingen.") == [
        "Als dat mislukt, dan volgen verkiezingen."
    ]
    assert _clauses(nl, "Hij zei dat het mislukt.") == ["Hij zei", "dat het mislukt."]


@pytest.mark.parametrize("link", ["en", "tot en met"])
def test_a_coordinator_linking_two_dates_opens_no_clause(nl: Language, link: str) -> None:
    text = f"De markt is van maart {link} april open."
    sentence = Sentence(0, 0, len(text), text)
    march, april = text.index("maart"), text.index("april")
    timexes = [
        Timex("maart", march, march + 5, "DATE", "2019-03"),
        Timex("april", april, april + 5, "DATE", "2019-04"),
    ]
    clauses = [text[c.start : c.end] for c in split_clauses(nl.events, text, sentence, timexes)]
    assert clauses == [text]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "De burgemeester wil dat graag, maar de raad aarzelt.",
            ["De burgemeester wil dat graag", "maar de raad aarzelt."],
        ),
        ("Ik heb dat beloofd.", ["Ik heb dat beloofd."]),
        ("De burgemeester wil dat de raad stemt.", ["De burgemeester wil", "dat de raad stemt."]),
        (
            "Het kabinet vindt dat ook de raad moet stemmen.",
            ["Het kabinet vindt", "dat ook de raad moet stemmen."],
        ),
        # a relative pronoun after its noun still opens its clause
        ("Het is het huis dat instortte.", ["Het is het huis", "dat instortte."]),
    ],
)
def test_dat_after_a_finite_verb_with_no_subject_is_its_object(
    nl: Language, text: str, clauses: list[str]
) -> None:
    assert _clauses(nl, text) == clauses


def test_a_wish_for_that_alone_makes_no_statement(nl: Language) -> None:
    assert strong(nl, "De Franse president wil dat graag, en de Duitsers aarzelen.") == []
