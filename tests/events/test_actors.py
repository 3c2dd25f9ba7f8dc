"""Actors are normalised from the gazetteer and the names found in the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.events.helpers import detect, strong
from timeline.errors import LexiconError
from timeline.events.actors import _lowercase_words, load_gazetteer, written_in_lower_case
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Iraanse piloten worden getraind op Russische straaljagers.", ("Iran", "Rusland")),
        ("De VS waarschuwen voor de samenwerking.", ("Verenigde Staten",)),
        ("Het Amerikaanse ministerie waarschuwt voor de samenwerking.", ("Verenigde Staten",)),
        ("Moskou en Teheran sloten in 2018 een akkoord.", ("Iran", "Rusland")),
        ("Mahsa Amini werd op 13 september gearresteerd.", ("Mahsa Amini",)),
        # an adjective of place uninflected, as after "een" before a neuter noun
        ("In oktober stortte een Indonesisch toestel neer.", ("Indonesië",)),
        ("In mei werd een Chinees bedrijf overgenomen.", ("China",)),
    ],
)
def test_actors(nl: Language, text: str, actors: tuple[str, ...]) -> None:
    assert strong(nl, text)[0].actors == actors


def test_attribution_is_not_an_actor(nl: Language) -> None:
    [mention] = strong(nl, "Volgens de VS leveren Iraanse technici drones aan de Russen.")
    assert "Verenigde Staten" not in mention.actors


def test_people_take_the_known_actors_the_caller_found(nl: Language) -> None:
    gazetteer = nl.events.actors
    text = "Volgens John Kirby en de Verenigde Staten leverde Iran drones aan Rusland."
    known = gazetteer.known(text)
    assert known
    assert gazetteer.people(text, 0, None, known) == gazetteer.people(text)
    assert [name for _, _, name in gazetteer.people(text)] == ["John Kirby"]


def test_a_name_does_not_end_in_a_capitalised_function_word(nl: Language) -> None:
    # a heading run into the text ("Nieuwe Koers | Het bestuur ...") gives a name without it
    text = "Zware Tijden Jan Smit Het bestuur zei gisteren dat de school dichtgaat."
    assert [name for _, _, name in nl.events.actors.people(text)] == ["Zware Tijden Jan Smit"]


def test_a_stretch_asked_about_again_gets_the_same_answer(nl: Language) -> None:
    """The gazetteer keeps what it found in each stretch of the text last asked about: the
    same stretch again gives the same lists, another text or stretch its own."""
    gazetteer = nl.events.actors
    text = "Volgens John Kirby leverde Iran drones aan Rusland. Mark Rutte zweeg."
    first = gazetteer.known(text, 0, 50)
    assert gazetteer.known(text, 0, 50) is first
    assert gazetteer.people(text, 0, 50) is gazetteer.people(text, 0, 50)
    assert [name for _, _, name in gazetteer.people(text, 51)] == ["Mark Rutte"]
    other = "Volgens Jan de Vries leverde Iran niets."
    assert [name for _, _, name in gazetteer.people(other, 0)] == ["Jan de Vries"]
    assert [name for _, _, name in gazetteer.people(text, 0, 50)] == ["John Kirby"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minister van Financiën Wopke Hoekstra zei het.", ["Wopke Hoekstra"]),
        (
            "Minister van Buitenlandse Zaken James Cleverly noemt het zo.",
            ["Buitenlandse Zaken", "James Cleverly"],
        ),
        (
            "De minister van Justitie en Veiligheid Ferdinand Grapperhaus.",
            ["Ferdinand Grapperhaus"],
        ),
        # not after "van": one name ("de Telegraaf Media Groep"); nor a department at the end
        ("Het blad van de Telegraaf Media Groep.", ["Telegraaf Media Groep"]),
        ("Een brief van de Inspectie Gezondheidszorg.", ["Inspectie Gezondheidszorg"]),
    ],
)
def test_a_department_before_its_head_is_no_part_of_the_name(
    nl: Language, text: str, names: list[str]
) -> None:
    assert [name for _, _, name in nl.events.actors.people(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dat zei Kamerlid Sjoerd Sjoerdsma gisteren.", ["Sjoerd Sjoerdsma"]),
        ("Dat zegt Siza-bestuurder Rob Hoogma.", ["Rob Hoogma"]),
        ("Dat meldt de Inspectie Gezondheidszorg.", ["Inspectie Gezondheidszorg"]),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(nl: Language, text: str, names: list[str]) -> None:
    assert [name for _, _, name in nl.events.actors.people(text)] == names


def test_surname_maps_to_the_full_name(nl: Language) -> None:
    text = "John Kirby sprak gisteren. Kirby waarschuwde vorige week voor de alliantie."
    assert "John Kirby" in strong(nl, text)[-1].actors


def test_a_form_of_two_actors_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "language: nl\nactors:\n"
        "  - {name: Nederland, kind: country, forms: [Den Haag]}\n"
        "  - {name: Den Haag, kind: place, forms: [Haagse]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="'Den Haag' is a form of both"):
        load_gazetteer(path)


def test_the_lower_case_words_are_those_a_lookbehind_first_regex_finds() -> None:
    # the regex looks behind after its first letter (faster): the same words as before it
    before = re.compile(r"(?<![\w-])[^\W\d_A-ZÀ-Ý][\w’'-]*")
    for text in ("een Theresa May-achtige zin, -woord x-y 3de zo’n ’s", "a", "-a", "", "éé Éé"):
        assert _lowercase_words(text) == frozenset(before.findall(text))


@pytest.mark.parametrize(
    "text",
    [
        "een Theresa May-achtige zin, -woord x-y 3de zo’n ’s",
        "a",
        "-a",
        "",
        "éé Éé",
        "Terwijl terwijl-achtig x’terwijl ’terwijl terwijl’ Terwijl-terwijl _terwijl 3terwijl",
        "De de-de de’de ’de de- -de d’e é’de",
    ],
)
def test_a_word_is_written_in_lower_case_where_the_listed_words_say(text: str) -> None:
    listed = _lowercase_words(text)
    candidates = {w.lower() for w in re.findall(r"[\w’'-]+", text)} | set(listed) | {""}
    candidates |= {w[1:] for w in candidates} | {w[:-1] for w in candidates}
    for word in candidates:
        assert written_in_lower_case(text, word) == (word in listed), word


def test_the_words_of_the_seeds_are_written_in_lower_case_where_listed() -> None:
    for path in sorted(SEEDS.rglob("*.txt"))[:8]:
        text = path.read_text(encoding="utf-8")
        listed = _lowercase_words(text)
        for word in {w.lower() for w in re.findall(r"[\w’'-]+", text)}:
            assert written_in_lower_case(text, word) == (word in listed), word


def test_a_trade_before_a_name_is_no_part_of_it(nl: Language) -> None:
    text = "Advocaat Ruud Smit zei gisteren dat zijn cliënt in beroep gaat."
    assert [m.actors for m in detect(nl, text, "2019-03-20") if m.saying] == [("Ruud Smit",)]
