"""One event from its linked mentions: its date, status and stable id."""

from __future__ import annotations

from dataclasses import replace

from timeline.events.build import build_event
from timeline.model import EventMention, Mention, Status
from timeline.temporal.values import parse_value


def _mention(
    value: str,
    start: int,
    *,
    weak: bool = False,
    mod: str | None = None,
    status: Status = "reported",
) -> EventMention:
    return EventMention(
        Mention("a", f"sentence {start}", start, start + 10, value, value),
        "election",
        f"title {start}",
        (),
        status,
        value,
        mod,
        parse_value(value),
        explicit=True,
        weak=weak,
    )


def test_a_report_dates_the_event_before_a_passing_reference() -> None:
    told = _mention("2019-03-20", 50)
    passing = _mention("2019-03-18", 10, weak=True, mod="BEFORE")
    event = build_event([passing, told])
    assert (event.date, event.mod) == ("2019-03-20", None)


def test_a_passing_reference_dates_the_event_when_nothing_else_does() -> None:
    passing = _mention("2022-10", 10, weak=True, mod="BEFORE")
    told = EventMention(
        Mention("b", "s", 0, 1, None, None),
        "delivery",
        "t",
        (),
        "reported",
        "2022-12",
        None,
        parse_value("2022-12"),
    )
    assert build_event([told, passing]).date == "2022-10"


def test_announced_and_then_reported_is_reported() -> None:
    announced = _mention("2019-W15", 10, status="expected")
    held = _mention("2019-04-09", 50)
    assert build_event([announced, held]).status == "reported"


def test_an_event_of_one_mention_is_built_as_by_the_general_rules() -> None:
    # the same mention twice takes the general way (and counts once): the same event
    for mention in (
        _mention("2019-03-20", 50),
        _mention("2022-10", 10, weak=True, mod="BEFORE", status="expected"),
        _mention("", 7),
        replace(_mention("2019", 3), actors=("@Iran", "@Oman", "@Iran")),
    ):
        assert build_event([mention]) == build_event([mention, mention])


def _undated(value: str, start: int, published: str, time_text: str | None) -> EventMention:
    """A mention without a date of its own: dated `value` by its publication or a sentence
    before it (`time_text` is the word that points there, None when nothing does)."""
    return EventMention(
        Mention("a", f"sentence {start}", start, start + 10, time_text, value),
        "statement",
        f"title {start}",
        (),
        "reported",
        value,
        None,
        parse_value(value),
        published=published,
    )


def test_a_date_carried_over_from_the_sentence_before_does_not_date_the_event() -> None:
    # "De AKP eiste een hertelling" told after "de kiesraad besloot vorige week": the week is
    # the decision's, the statement is of the day the article was written
    carried = _undated("2019-W14", 10, "2019-04-10", None)
    told = _undated("2019-04-10", 50, "2019-04-10", None)
    assert build_event([carried, told]).date == "2019-04-10"
    assert build_event([told, carried]).date == "2019-04-10"


def test_a_date_the_sentence_points_to_is_its_own() -> None:
    # "Israël wees toen ook naar Hamas": "toen" names the time before, the earliest own date
    pointed = _undated("2019-03-15", 10, "2019-03-25", "toen")
    told = _undated("2019-03-25", 50, "2019-03-25", None)
    assert build_event([told, pointed]).date == "2019-03-15"


def test_a_date_pointed_back_at_is_weighed_with_the_written_ones_by_precision() -> None:
    # "Vorig jaar besliste de rechtbank ..." and, after "in juni", "De rechtbank besliste toen
    # ...": the month "toen" points at is more precise than the year written
    written = replace(_undated("2018", 10, "2019-04-10", "Vorig jaar"), explicit=True)
    pointed = _undated("2018-06", 50, "2019-04-10", "toen")
    assert build_event([written, pointed]).date == "2018-06"
    assert build_event([pointed, written]).date == "2018-06"
    # a written day is still more precise than a month pointed at
    day = replace(_undated("2018-06-12", 90, "2019-04-10", "12 juni"), explicit=True)
    assert build_event([pointed, day]).date == "2018-06-12"


def test_carried_over_dates_date_the_event_when_nothing_else_does() -> None:
    later = _undated("2019-W14", 50, "2019-04-10", None)
    earlier = _undated("2019-W13", 10, "2019-04-10", None)
    assert build_event([later, earlier]).date == "2019-W13"


def _told(value: str, start: int, tense: str, mod: str | None = None) -> EventMention:
    """A full election report told by a verb without a date, published `value`."""
    told = _undated(value, start, value, None)
    return replace(told, type="election", verbal=True, tense=tense, mod=mod)


def test_a_passing_reference_does_not_date_what_a_report_tells_as_done() -> None:
    # "Zo'n 90 van hen kwamen om" and "bij de aanslag vorige maand": the month is the attack's
    passing = _mention("2019-03", 10, weak=True, mod="BEFORE")
    told = _told("2019-04-03", 50, "past")
    assert build_event([passing, told]).date == "2019-04-03"


def test_a_passing_reference_dates_what_is_told_in_the_present() -> None:
    # "Want als Maduro hem zou arresteren": no report that it happened
    passing = _mention("2019-03-04", 10, weak=True, mod="BEFORE")
    told = _told("2019-03-05", 50, "present")
    assert build_event([passing, told]).date == "2019-03-04"


def test_a_passing_reference_dates_what_is_dated_by_another_event() -> None:
    # "In het begin van de oorlog heeft Iran drones geleverd": some time before, no more
    passing = _mention("2022-10", 10, weak=True, mod="BEFORE")
    told = _told("2025-06", 50, "past", mod="BEFORE")
    assert build_event([passing, told]).date == "2022-10"


def test_a_passing_reference_dates_what_a_report_of_another_kind_tells() -> None:
    # "protesteren half oktober tegen de wapenleveranties" and "heeft drones gekocht"
    passing = _mention("2022-10", 10, weak=True, mod="BEFORE")
    told = replace(_told("2022-12", 50, "past"), type="purchase")
    assert build_event([passing, told]).date == "2022-10"


def test_a_passing_reference_dates_what_an_undated_article_tells() -> None:
    passing = _mention("2022-10", 10, weak=True, mod="BEFORE")
    told = replace(_told("2022-12", 50, "past"), date=None, interval=None, published=None)
    assert build_event([passing, told]).date == "2022-10"


def test_a_sentence_keeps_its_report_s_mention_before_a_passing_reference_s() -> None:
    # one sentence, a passing reference dated by its own words and a report of the day
    passing = _mention("2022", 0, weak=True, mod="BEFORE")
    told = replace(
        _mention("2022-12", 0),
        mention=replace(passing.mention, time_text=None, time_value=None),
    )
    event = build_event([passing, told])
    assert event.mentions == (told.mention,)


def test_the_title_comes_from_a_sentence_of_its_own() -> None:
    # the more typical telling runs a letter's byline and heading into its sentence
    heading = replace(
        _mention("2019-03-18", 10),
        title="Jan Smit, Leusden. optreden bij aanslag De politie zegt te veel",
        terms=("aanslag", "politie", "utrecht"),
    )
    report = replace(
        _mention("2019-03-18", 50), title="Bij de aanslag vielen vier doden", terms=("aanslag",)
    )
    assert build_event([heading, report]).title == "Bij de aanslag vielen vier doden"
    # an initial is no heading: "Michael P. in 2017" stays the title it was
    initial = replace(heading, title="Waarin Michael P. in 2017 de aanslag pleegde")
    assert build_event([initial, report]).title == "Waarin Michael P. in 2017 de aanslag pleegde"
