"""A saying tail names who said a quote and when: one statement per speaker and sentence."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect, made_mention
from timeline.events.quoted import one_saying
from timeline.events.sayers import PRONOUN
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_an_official_quoted_makes_a_statement_dated_by_its_tail(nl: Language) -> None:
    [said] = detect(nl, "'We stoppen met het project', zei de minister gisteren.", "2019-03-21")
    assert (said.type, said.date, said.saying) == ("statement", "2019-03-20", True)
    assert said.title == "We stoppen met het project"


def test_a_quote_without_an_official_speaker_makes_no_statement(nl: Language) -> None:
    assert not detect(nl, "'Het was een mooie dag', zegt de buurvrouw.", "2019-03-21")


def test_two_tails_of_one_speaker_are_one_saying_dated_and_named() -> None:
    dated = made_mention("d", 0, "s", "statement", "2019-03-20", explicit=True, speaker=PRONOUN)
    named = made_mention("d", 0, "s", "statement", "2019-03-21", speaker="Koolmees")
    [one] = one_saying([named, dated])
    assert (one.date, one.speaker) == ("2019-03-20", "Koolmees")


def test_tails_of_two_speakers_stay_two_sayings() -> None:
    first = made_mention("d", 0, "s", "statement", "2019-03-21", speaker="Koolmees")
    second = made_mention("d", 0, "s", "statement", "2019-03-21", speaker="Rutte")
    assert one_saying([first, second]) == [first, second]


def test_a_denial_said_by_an_official_is_a_denial(nl: Language) -> None:
    text = "Het bedrijf had niets te maken met de storing, zegt een woordvoerder."
    [said] = detect(nl, text, "2019-03-21")
    assert (said.type, said.saying) == ("denial", True)


def test_a_verb_of_reporting_in_what_is_said_is_someone_elses(nl: Language) -> None:
    text = "'Het is goed dat de scholen de ouders waarschuwen', zegt de woordvoerder."
    said = [m for m in detect(nl, text, "2019-03-21") if m.saying and m.speaker]
    assert [m.type for m in said if m.title.startswith("Het is goed")] == ["statement"]
