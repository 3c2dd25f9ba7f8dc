"""Whose voice a saying is: the people and organisations that speak in an article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.events.helpers import detect
from timeline.events import voices
from timeline.events.clusters import Cluster
from timeline.events.link import link_events
from timeline.events.sayers import GROUP, PRONOUN
from timeline.events.within import within_documents
from timeline.language import Language, load_language
from timeline.model import EventMention


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _sayings(nl: Language, text: str) -> list[EventMention]:
    return [m for m in detect(nl, text, "2019-04-04") if m.saying and not m.weak]


def _statements(nl: Language, text: str) -> list[int]:
    events = link_events(detect(nl, text, "2019-04-04"))
    return [len(e.mentions) for e in events if e.type == "statement"]


def _one_cluster(mentions: list[EventMention]) -> Cluster:
    weight = {term: 1.0 for m in mentions for term in m.terms}
    (cluster,) = within_documents(mentions[:1], weight)
    return cluster


def test_a_person_named_with_the_noun_of_a_voice_speaks_for_it(nl: Language) -> None:
    text = (
        "De politie bevestigt dat zij onderzoek doet naar de brandstichting bij de windmolens. "
        ",,De daders worden gezocht'', zegt sectorhoofd Fred van Dijk van de politie."
    )
    assert list(voices.affiliations(_sayings(nl, text)).values()) == [GROUP + "politie"]


def test_a_person_named_alone_speaks_for_nobody(nl: Language) -> None:
    text = (
        "De politie bevestigt dat zij onderzoek doet naar de brandstichting bij de windmolens. "
        ",,De daders worden gezocht'', zegt Fred van Dijk."
    )
    assert voices.affiliations(_sayings(nl, text)) == {}


def test_the_people_a_statement_names_as_speaking(nl: Language) -> None:
    mentions = _sayings(nl, "Minister Koolmees zei gisteren dat de pensioenen niet omlaag gaan.")
    assert voices.people_speaking(_one_cluster(mentions), mentions) == {"Koolmees"}


def test_an_organisation_speaking_names_no_people(nl: Language) -> None:
    mentions = _sayings(nl, "De VVD zei gisteren dat de pensioenen niet omlaag gaan.")
    assert voices.people_speaking(_one_cluster(mentions), mentions) == frozenset()


def test_another_person_says_nothing_more_of_a_statement(nl: Language) -> None:
    text = (
        "Minister Koolmees zei gisteren dat de pensioenen niet omlaag gaan. "
        "Vakbondsman Van Wijngaarden zei gisteren dat dit niet klopt."
    )
    first, second = _sayings(nl, text)
    cluster = _one_cluster([first])
    assert voices.another_person(second, cluster, [first, second])
    assert not voices.another_person(first, cluster, [first, second])


def test_the_parties_a_person_names_tie_them_in_the_article(nl: Language) -> None:
    mentions = _sayings(nl, "Dat zegt Kamerlid Jan Jansen van de VVD over de plannen.")
    named = voices.named_by_people(mentions)
    assert any("VVD" in parties for parties in named.values())


def test_a_name_beyond_the_affiliation_reach_is_no_affiliation(
    nl: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voices, "AFFILIATION_REACH", 2)
    text = (
        "Woordvoerder Iris van Veen van de gemeente Amersfoort zei gisteren dat de boete van "
        "tafel is. Gemeente Amersfoort zei gisteren dat de boete voor vrijwilligers van tafel is."
    )
    assert _statements(nl, text) == [1, 1]


_UNNAMED = "Gisteren werd gemeld dat de pensioenen van de leraren volgend jaar niet omlaag gaan. "
_PERSON = "Kamerlid Jansen zei gisteren dat de pensioenen van de leraren wel omlaag gaan."


def test_a_person_says_no_more_of_what_nobody_named_said(nl: Language) -> None:
    first, second = _sayings(nl, _UNNAMED + _PERSON)
    assert voices.unnamed_voice(second, _one_cluster([first]), [first, second], {})
    assert _statements(nl, _UNNAMED + _PERSON) == [1, 1]


def test_a_person_the_unnamed_statement_names_may_say_more_of_it(nl: Language) -> None:
    text = "Gisteren werd gemeld dat het plan-Jansen de pensioenen van de leraren niet verlaagt. "
    first, second = _sayings(nl, text + _PERSON)
    assert not voices.unnamed_voice(second, _one_cluster([first]), [first, second], {})


def test_an_organisation_is_no_unnamed_voice_of_its_own(nl: Language) -> None:
    text = _UNNAMED + "De VVD zei gisteren dat de pensioenen van de leraren wel omlaag gaan."
    first, second = _sayings(nl, text)
    assert not voices.unnamed_voice(second, _one_cluster([first]), [first, second], {})


def test_a_quotation_nobody_is_named_for_may_be_the_persons_words(nl: Language) -> None:
    text = ",,De pensioenen van de leraren gaan niet omlaag, dat is gisteren gezegd. "
    first, second = _sayings(nl, text + _PERSON)
    assert not voices.unnamed_voice(second, _one_cluster([first]), [first, second], {})


def test_two_sayings_of_one_speaker_are_one_voice_and_a_pronoun_is_none(nl: Language) -> None:
    text = (
        "Minister Koolmees zei gisteren dat de pensioenen niet omlaag gaan. "
        "Vakbondsman Van Wijngaarden zei gisteren dat dit niet klopt. "
        "Koolmees zei vanochtend dat hij de vakbond uitnodigt."
    )
    minister, union, again = _sayings(nl, text)
    affiliated = voices.affiliations([minister, union, again])
    assert voices.one_voice(minister, again, affiliated)
    assert not voices.one_voice(minister, union, affiliated)
    pronoun = replace(again, speaker=PRONOUN)  # "zei hij": no voice to compare
    assert not voices.one_voice(minister, pronoun, affiliated)
