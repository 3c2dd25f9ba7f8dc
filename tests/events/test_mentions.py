"""An event mention carries its sentence's place, its anchoring and what detection found."""

from __future__ import annotations

from datetime import date

from timeline.events.anchor import Anchoring
from timeline.events.mentions import make_mention
from timeline.model import Article, Interval, Sentence


def test_a_mention_keeps_its_sentence_and_its_anchoring() -> None:
    article = Article("a", "a.txt", "Iets. In 2018 sloot Iran een akkoord.", "2022-10", "header")
    sentence = Sentence(1, 6, 37, "In 2018 sloot Iran een akkoord.")
    anchoring = Anchoring(
        "2018",
        None,
        Interval(date(2018, 1, 1), date(2018, 12, 31), "year"),
        "reported",
        "2018",
        "2018",
        True,
    )
    mention = make_mention(
        article,
        sentence,
        anchoring,
        "agreement",
        "Iran sloot een akkoord",
        ("Iran",),
        ("akkoord",),
        "past",
        "agreement",
        weak=False,
        verbal=True,
        saying=False,
    )
    assert (mention.mention.document, mention.mention.start, mention.mention.end) == ("a", 6, 37)
    assert article.text[mention.mention.start : mention.mention.end] == mention.mention.sentence
    assert (mention.mention.time_text, mention.mention.time_value) == ("2018", "2018")
    assert (mention.date, mention.interval, mention.explicit) == (
        "2018",
        anchoring.interval,
        True,
    )
    assert (mention.published, mention.tense, mention.speaker, mention.causes) == (
        "2022-10",
        "past",
        None,
        (),
    )
