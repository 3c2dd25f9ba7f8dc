"""Quotation spans: where a text quotes someone."""

from __future__ import annotations

import pytest

from timeline.temporal.quotes import inside, quoted_spans, quotes_within


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'Het is 100 dagen later.' Hij staat klaar.", ["Het is 100 dagen later."]),
        ('Hij zei: "Ik kom morgen", en ging.', ["Ik kom morgen"]),
        (",,Ik ga'', zei hij.", ["Ik ga"]),
        ("„Wij blijven”, zegt ze.", ["Wij blijven"]),
        # the apostrophe of an elided word or a plural opens and closes nothing
        ("Hij staat 's avonds klaar met de auto's van de zaak.", []),
        # a mark that never closes quotes nothing
        ("Hij noemt het 'een grap en gaat door.", []),
    ],
)
def test_quoted_spans(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quoted_spans(text)] == quoted


def test_inside() -> None:
    text = "Eerst 'dit hier' en dan dat."
    spans = quoted_spans(text)
    starts = [a for a, _ in spans]
    assert inside(spans, starts, text.index("dit"))
    assert not inside(spans, starts, text.index("Eerst"))
    assert not inside(spans, starts, text.index("dan"))


def test_quotes_within_run_to_their_close_or_to_the_end() -> None:
    text = "Hij noemde het 'een ramp' en zei: ,,Wij keuren dat af."
    assert [text[a:b] for a, b in quotes_within(text, 0, len(text))] == [
        "een ramp",
        "Wij keuren dat af.",
    ]
