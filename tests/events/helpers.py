"""Helpers for the event tests: run the per-article stages on short Dutch texts."""

from __future__ import annotations

from typing import Any

from timeline.events.detect import detect_events
from timeline.language import Language
from timeline.model import Article, EventMention, Mention, Status
from timeline.pipeline import sentences_of
from timeline.temporal.values import parse_value


def detect(
    language: Language, text: str, published: str | None = "2022-12", article_id: str = "t"
) -> list[EventMention]:
    """The event mentions of a one-article text published at `published`."""
    article = Article(
        article_id, f"{article_id}.txt", text, published, "header" if published else "none"
    )
    sentences = sentences_of(article, language)
    timexes = language.tagger.tag(text, published, sentences, 0)
    return detect_events(article, sentences, timexes, language.events)


def strong(language: Language, text: str, published: str | None = "2022-12") -> list[EventMention]:
    """Only the mentions that make an event by themselves (not passing references)."""
    return [m for m in detect(language, text, published) if not m.weak]


def made_mention(
    document: str,
    start: int,
    sentence: str,
    kind: str,
    value: str,
    *,
    end: int | None = None,
    time_value: str | None = None,
    status: Status = "reported",
    **fields: Any,
) -> EventMention:
    """An event mention built by hand, dated `value` (its interval parsed from it), its
    sentence from `start` (to `end`, else its length on) in `document`; `fields` are
    EventMention's keyword fields."""
    stop = start + len(sentence) if end is None else end
    return EventMention(
        Mention(document, sentence, start, stop, time_value, time_value),
        kind,
        "t",
        (),
        status,
        value,
        None,
        parse_value(value),
        group=kind,
        **fields,
    )
