"""An event mention of a sentence, made from what detection found: its type, title, actors,
linking terms and the anchoring that dates it."""

from __future__ import annotations

from timeline.events.anchor import Anchoring
from timeline.model import Article, EventMention, Mention, Sentence


def make_mention(
    article: Article,
    sentence: Sentence,
    anchoring: Anchoring,
    event_type: str,
    title: str,
    actors: tuple[str, ...],
    terms: tuple[str, ...],
    tense: str,
    group: str,
    *,
    weak: bool,
    verbal: bool,
    saying: bool,
    speaker: str | None = None,
    causes: tuple[str, ...] = (),
) -> EventMention:
    """An event mention of a sentence, dated as `anchoring` says."""
    return EventMention(
        mention=Mention(
            article.id,
            sentence.text,
            sentence.start,
            sentence.end,
            anchoring.time_text,
            anchoring.time_value,
        ),
        type=event_type,
        title=title,
        actors=actors,
        status=anchoring.status,
        date=anchoring.date,
        mod=anchoring.mod,
        interval=anchoring.interval,
        terms=terms,
        published=article.published,
        explicit=anchoring.explicit,
        tense=tense,
        group=group,
        weak=weak,
        verbal=verbal,
        saying=saying,
        speaker=speaker,
        causes=causes,
    )
