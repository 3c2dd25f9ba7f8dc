"""Article similarity: articles of one story are alike, of two stories not."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect
from timeline.events.stories import Stories
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_articles_of_one_story_are_more_alike_than_of_two(nl: Language) -> None:
    one = "In maart stortte een Boeing 737 Max van Ethiopian Airlines neer bij Addis Abeba."
    same = "Na de crash bij Addis Abeba in maart staan alle 737 Max-toestellen aan de grond."
    other = "Het kabinet kondigde in maart een CO2-heffing voor de industrie aan."
    mentions = [
        *detect(nl, one, "2019-03-20", "a"),
        *detect(nl, same, "2019-03-21", "b"),
        *detect(nl, other, "2019-03-21", "c"),
    ]
    weight = {t: 1.0 for m in mentions for t in m.terms}
    stories = Stories(mentions, weight)
    assert stories.similarity("a", "b") > stories.similarity("a", "c")
    assert stories.similarity("a", "b") == stories.similarity("b", "a")
    assert stories.similarity("a", "a") == pytest.approx(1.0)
    assert stories.similarity("a", "unknown") == 0.0
    assert stories.between({"a"}, {"b", "c"}) == stories.similarity("a", "b")
