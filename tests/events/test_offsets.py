"""Dates counted from an event the article told before ("twee dagen na de aanslag")."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect
from timeline.events.offsets import OFFSET_RULE, compile_offsets, offset_from_event
from timeline.language import Language, load_language
from timeline.model import EventMention, Interval, Mention, Timex
from timeline.temporal.values import parse_value


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _told(value: str) -> EventMention:
    interval = parse_value(value)
    assert isinstance(interval, Interval)
    return EventMention(
        Mention("t", "", 0, 0, None, None), "attack", "", (), "reported", value, None, interval
    )


def _offset(text: str, duration: str, value: str) -> Timex | None:
    offsets = compile_offsets(["na"], ["voor"])
    start = 0
    end = text.index(" ")
    end = text.index(" ", end + 1)  # the first two words: the duration
    timex = Timex(text[start:end], start, end, "DURATION", duration)

    def events(text: str, start: int, end: int) -> list[tuple[str, int]]:
        at = text.find("aanslag", start, end)
        return [("attack", at)] if at >= 0 else []

    return offset_from_event(timex, text, len(text), offsets, events, {"attack": _told(value)})


@pytest.mark.parametrize(
    ("text", "duration", "base", "value"),
    [
        ("Twee dagen na de aanslag", "P2D", "2019-03-18", "2019-03-20"),
        ("Drie weken voor de aanslag", "P3W", "2019-03-18", "2019-02-25"),
        ("Twee dagen na de aanslag", "P2D", "2019-03", "2019-03"),  # never finer than the event
        ("Twee jaar na de aanslag", "P2Y", "2019-03-18", "2021"),  # nor than the unit
        ("Twee dagen na de grote terroristische aanslag", "P2D", "2019-03-18", "2019-03-20"),
    ],
)
def test_a_duration_counted_from_an_event(text: str, duration: str, base: str, value: str) -> None:
    found = _offset(text, duration, base)
    assert found is not None
    assert (found.type, found.value, found.rule) == ("DATE", value, OFFSET_RULE)


@pytest.mark.parametrize(
    "text",
    [
        "Twee dagen later was het rustig",  # no after-word: the tagger's own rule
        "Twee dagen na de verkiezingen",  # no event of that kind told before
        "Twee dagen na het begin van de lange procedure rond de aanslag",  # too far
    ],
)
def test_no_count_without_a_told_event_right_behind(text: str) -> None:
    assert _offset(text, "P2D", "2019-03-18") is None


def test_the_day_after_an_event_told_in_the_article(nl: Language) -> None:
    text = (
        "Op 18 maart pleegde een man een aanslag in een tram in Utrecht. "
        "Twee dagen na de aanslag werd de verdachte gearresteerd."
    )
    mentions = detect(nl, text, "2019-04-10")
    [arrest] = [m for m in mentions if m.type == "arrest"]
    assert (arrest.date, arrest.mention.time_text) == ("2019-03-20", "Twee dagen")
    # the attack it is counted from is referred to at its own date
    assert all(m.date == "2019-03-18" for m in mentions if m.type == "attack")
