"""Shared helpers for the event tests: run detection on short Dutch texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.events.detect import detect_events
from timeline.language import Language, load_language
from timeline.model import Article, EventMention
from timeline.pipeline import sentences_of

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def nl() -> Language:
    return load_language("nl")


def detect(language: Language, text: str, published: str | None = "2022-12") -> list[EventMention]:
    """The event mentions of a one-article text published at `published`."""
    article = Article("t", "t.txt", text, published, "header" if published else "none")
    sentences = sentences_of(article, language)
    timexes = language.tagger.tag(text, published, sentences, 0)
    return detect_events(article, sentences, timexes, language.events)
