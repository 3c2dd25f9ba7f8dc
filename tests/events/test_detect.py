"""Detection: which word of a clause makes its event, and which only refer to one."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect, strong
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


@pytest.mark.parametrize(
    "text",
    [
        "Na de aanslag in Berlijn kwam de regering in januari met een nieuw veiligheidsplan.",
        "Sinds de invasie van vorig jaar woont de familie in maart in een noodwoning.",
        "Tijdens de staking in de haven stond de minister in mei aan de kade.",
    ],
)
def test_an_event_noun_after_a_time_preposition_is_a_reference(nl: Language, text: str) -> None:
    framed = {m.type for m in detect(nl, text) if m.weak}
    assert framed, "the framing event is kept as a passing reference"
    assert not {m.type for m in strong(nl, text)} & framed


def test_an_event_noun_without_a_time_preposition_makes_the_event(nl: Language) -> None:
    mentions = strong(nl, "De aanslag op het station in januari maakte de stad bang.")
    assert [m.type for m in mentions] == ["attack"]
