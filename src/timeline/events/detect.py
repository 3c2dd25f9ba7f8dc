"""Detect event mentions in sentences (placeholder until issue 4: dated sentences only)."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Article, EventMention, Mention, Sentence, Timex
from timeline.temporal.values import parse_value


def detect_events(
    article: Article, sentences: Sequence[Sentence], timexes: Sequence[Timex], lexicon: object
) -> list[EventMention]:
    """One `other` event per sentence dated by a calendar expression."""
    found: list[EventMention] = []
    for sentence in sentences:
        inside = [
            t for t in timexes
            if sentence.start <= t.start < sentence.end and t.type in ("DATE", "TIME")
            and parse_value(t.value) is not None
        ]
        if not inside:
            continue
        timex = inside[0]
        found.append(
            EventMention(
                mention=Mention(article.id, sentence.text, sentence.start, sentence.end,
                                timex.text, timex.value),
                type="other",
                title=sentence.text[:80],
                actors=(),
                status="reported",
                date=timex.value,
                mod=timex.mod,
                interval=parse_value(timex.value),
                published=article.published,
            )
        )
    return found
