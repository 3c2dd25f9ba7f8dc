"""Properties: detection never fails on any text, mentions stay inside it, output is stable."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.events.helpers import detect
from timeline.events.link import link_events
from timeline.language import load_language

NL = load_language("nl")
WORDS = st.sampled_from(
    [
        "Iran",
        "levert",
        "drones",
        "aan",
        "Rusland",
        "in",
        "2018",
        "zegt",
        "Van",
        "Veen",
        ",",
        "binnen",
        "een",
        "jaar",
        "niet",
        "de",
        "aanval",
        "op",
        "13",
        "september",
        ".",
        "?",
        "(",
        ")",
        "dat",
        "die",
        "al",
        "maanden",
        "toen",
        "nu",
        "volgens",
        "Su-35",
        "gearresteerd",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40), st.sampled_from(["2022-12", "2019-03-20", "2025", None]))
def test_detection_never_fails_and_stays_inside(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    mentions = detect(NL, text, published)
    for m in mentions:
        assert 0 <= m.mention.start < m.mention.end <= len(text)
        assert text[m.mention.start : m.mention.end] == m.mention.sentence
        if m.interval is not None:
            assert m.interval.start <= m.interval.end
    events = link_events(mentions)
    reported = {m.mention for m in mentions}
    assert all(k in reported for e in events for k in e.mentions)
    strong = {m.mention for m in mentions if not m.weak}
    assert strong <= {k for e in events for k in e.mentions}  # every report is kept
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    assert [e.id for e in link_events(list(mentions))] == ids


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    for m in detect(NL, text, "2022-12"):
        assert text[m.mention.start : m.mention.end] == m.mention.sentence
