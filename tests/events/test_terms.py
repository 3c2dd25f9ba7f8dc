"""Linking terms: the words that identify an event across articles."""

from __future__ import annotations

import pytest

from timeline.events.lexicon import Trigger
from timeline.events.terms import KIND, linking_terms, word_terms
from timeline.events.words import words_of
from timeline.language import Language, load_language
from timeline.model import Timex


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_a_word_gives_its_linking_terms_wherever_it_stands(nl: Language) -> None:
    def terms(text: str) -> tuple[str, ...]:
        return word_terms(nl.events, words_of(text, 0, None, "nl")[0])

    assert terms("Su-35") == ("su35",)  # a model name
    assert terms("Iran") == ()  # a known actor is a term of its own
    assert terms("de") == ()  # a stop word
    assert terms("drones") == ("drone",)
    assert terms("Iran-deal") == ("iran", "deal")


def test_a_clause_gives_its_content_words_and_actors_but_not_its_trigger_or_time(
    nl: Language,
) -> None:
    text = "Maandag volgde een raketaanval op de haven van Odessa."
    trigger_at = text.index("raketaanval")
    trigger = Trigger("attack", trigger_at, trigger_at + len("raketaanval"), False)
    monday = Timex("Maandag", 0, len("Maandag"), "DATE", "2022-10-10")
    terms = linking_terms(nl.events, text, [(0, len(text))], ["Oekraïne"], trigger, [monday])
    assert "haven" in terms and "@Oekraïne" in terms
    # the trigger names every attack; its first part says which kind ("#raket")
    assert KIND + "raket" in terms and "raketaanval" not in terms and "aanval" not in terms
    assert "maandag" not in terms  # shared by every story of that day
