"""A passing reference ("na de aanslag") joins the one event of its kind its article tells."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.events.helpers import detect, made_mention
from timeline.events.clusters import Cluster
from timeline.events.references import references_to_the_event
from timeline.events.sayers import PRONOUN
from timeline.events.windows import link_window
from timeline.language import Language, load_language
from timeline.model import EventMention


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _alone(mentions: list[EventMention]) -> list[Cluster]:
    """A cluster of its own for each mention, as no linking within the article had joined."""
    clusters = []
    for index, mention in enumerate(mentions):
        cluster = Cluster([], link_window(mention), (mention.group or mention.type, mention.status))
        cluster.add(index, mention)
        clusters.append(cluster)
    return clusters


def _attacks(mentions: list[EventMention]) -> list[list[str]]:
    """The sentences of each attack once references joined their event."""
    return [
        [mentions[k].mention.sentence for k in cluster.members]
        for cluster in references_to_the_event(_alone(mentions), mentions)
        if cluster.key[0] == "attack"
    ]


REFERENCE = "Door een valse melding ontstond in de eerste minuten na de aanslag chaos."
TOLD = "Bij de aanslag op 18 maart schoot de dader drie mensen dood."


def test_a_reference_joins_the_one_event_of_its_kind_told_in_its_article(nl: Language) -> None:
    mentions = detect(nl, f"{REFERENCE} {TOLD}", "2019-03-30")
    assert [m.weak for m in mentions if m.type == "attack"] == [True, False]
    assert _attacks(mentions) == [[REFERENCE, TOLD]]  # in the order of the text


def test_a_reference_in_an_article_telling_two_such_events_stays_apart(nl: Language) -> None:
    other = "Bij de aanslag op 2 maart vielen twee gewonden."
    mentions = detect(nl, f"{REFERENCE} {TOLD} {other}", "2019-03-30")
    assert [REFERENCE] in _attacks(mentions)


def test_a_reference_after_another_time_is_told_means_the_event_of_that_time(
    nl: Language,
) -> None:
    nice = "Op 14 juli 2016 reed een man met een vrachtwagen de boulevard van Nice op."
    reference = "In de twee weken voor de aanslag bekeek hij dagelijks propaganda."
    mentions = detect(nl, f"{TOLD} {nice} {reference}", "2019-03-30")
    assert [reference] in _attacks(mentions)


def test_a_reference_in_another_article_stays_apart(nl: Language) -> None:
    mentions = detect(nl, TOLD, "2019-03-30", "a") + detect(nl, REFERENCE, "2019-03-30", "b")
    assert sorted(_attacks(mentions)) == sorted([[REFERENCE], [TOLD]])


def _said(start: int, sentence: str, speaker: str | None, *, weak: bool) -> EventMention:
    """A saying of 4 April 2019 in article "a", its speaker's organisation among its actors."""
    mention = made_mention(
        "a",
        start,
        sentence,
        "statement",
        "2019-04-04",
        terms=("belasting",),
        published="2019-04-04",
        weak=weak,
        verbal=True,
        saying=True,
        speaker=speaker,
    )
    return replace(mention, actors=(speaker,)) if speaker in ("VVD", "PvdA") else mention


@pytest.mark.parametrize(
    ("told", "passing", "joined"),
    [
        ("PvdA", "VVD", False),  # another organisation speaks in passing
        ("Jansen", "VVD", False),  # an organisation beside a person's statement
        ("VVD", "VVD", True),  # the voice of the statement
        ("Jansen", PRONOUN, True),  # no voice named: it may be the statement's
        ("Jansen", None, True),
    ],
)
def test_a_passing_saying_of_another_voice_is_not_the_statement_told(
    told: str, passing: str | None, joined: bool
) -> None:
    mentions = [
        _said(0, "De partij zei dat de belasting omhoog moet.", told, weak=False),
        _said(
            60,
            "Omdat de partij zegt dat de belasting te hoog is, komt er een debat.",
            passing,
            weak=True,
        ),
    ]
    clusters = references_to_the_event(_alone(mentions), mentions)
    assert (len(clusters) == 1) is joined
