"""Statements told by a saying tail ('"...", zei de premier gisteren'): what an official
speaker is quoted saying, one saying per speaker in a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.events.actors import actors_in
from timeline.events.anchor import anchor
from timeline.events.lexicon import EventLexicon
from timeline.events.mentions import make_mention
from timeline.events.officials import official_speaker
from timeline.events.sayers import PRONOUN, span_speaker
from timeline.events.terms import linking_terms
from timeline.events.titles import keep_spans, make_title
from timeline.events.words import words_of
from timeline.model import Article, EventMention, Sentence, Timex


def quoted_statements(
    article: Article,
    sentence: Sentence,
    timexes: Sequence[Timex],
    lexicon: EventLexicon,
    people: dict[str, str],
    said: Sequence[tuple[int, int]],
    removed: Sequence[tuple[int, int]],
    previous: Timex | None,
) -> list[EventMention]:
    """What an official speaker is quoted saying: '"...", zei de premier gisteren.'

    `said` are the sentence's tails that name a speaker; the tail gives the speaker and the
    time of saying, the rest of the sentence (outside `removed`) what was said: its title and
    linking words. A quoted expert ("zegt Van Veen") makes no event.
    """
    text = article.text
    found: list[EventMention] = []
    for start, end in said:
        verbs = [t for t in lexicon.triggers(text, start, end) if t.type in lexicon.reporting]
        # "aldus" and "schreef" attribute without naming a type: the lexicon's quotation type
        event_type = verbs[0].type if verbs else lexicon.quotation_type
        if event_type is None or not official_speaker(lexicon, text, start, end):
            continue
        after = words_of(text, end, min(end + 40, sentence.end), lexicon.language)[:1]
        # a relative clause after a tail tells of the speaker: "aldus X | die gisteren ..."
        relative = start > sentence.start and after and after[0].lower in lexicon.relative
        said_end = end if relative else sentence.end
        kept = keep_spans(sentence.start, said_end, removed)
        if not verbs or event_type == lexicon.quotation_type:
            # a plain saying of a denial or a warning is one: "had er niets mee te maken,
            # zegt de woordvoerder"
            event_type = _told_type(lexicon, text, kept) or event_type
        tense = lexicon.tense.tense(text[start:end])
        if tense == "future":
            # a tail tells what is said now: ", verwacht het ministerie" expects, it is no plan
            tense = "present"
        anchoring = anchor(
            text=text,
            position=verbs[0].start if verbs else start,
            own=[t for t in timexes if start <= t.start < end],
            borrowable=(),  # the dates inside the quote are what was said about
            previous=previous,
            published=article.published,
            tense=tense,
            cues=lexicon.cues,
        )
        speaker = actors_in(lexicon.actors, text, [(start, end)], people)
        found.append(
            make_mention(
                article,
                sentence,
                anchoring,
                event_type,
                make_title(
                    text,
                    kept,
                    lexicon.title_strip,
                    lexicon.title_unfinished,
                    lexicon.title_shape,
                ),
                speaker,
                linking_terms(lexicon, text, kept, speaker, None, timexes),
                tense,
                lexicon.link_group(event_type),
                weak=False,
                verbal=True,
                saying=event_type in lexicon.reporting,
                speaker=span_speaker(lexicon, text, start, end, people),
            )
        )
    return found


def one_saying(quoted: list[EventMention]) -> list[EventMention]:
    """The statements of one sentence's attributions as one saying, where they name one
    speaker or only one names theirs ("Volgens Koolmees tart dit voorstel ..., zei hij
    gisteren"): dated by the one that has a date, said by the one that names its speaker."""
    out: list[EventMention] = []
    for mention in quoted:
        same = next((i for i, o in enumerate(out) if _one_speaker(o, mention)), None)
        if same is None:
            out.append(mention)
            continue
        other = out[same]
        dated = mention if mention.explicit and not other.explicit else other
        named = [m.speaker for m in (other, mention) if m.speaker not in (None, PRONOUN)]
        out[same] = replace(
            dated,
            speaker=named[0] if named else dated.speaker,
            actors=tuple(sorted(set(other.actors) | set(mention.actors))),
        )
    return out


def _one_speaker(first: EventMention, second: EventMention) -> bool:
    """Whether two statements of one sentence are one saying: of one kind, and one speaker
    or no name on one side."""
    return first.group == second.group and (
        first.speaker == second.speaker
        or first.speaker in (None, PRONOUN)
        or second.speaker in (None, PRONOUN)
    )


def _told_type(lexicon: EventLexicon, text: str, kept: Sequence[tuple[int, int]]) -> str | None:
    """The reporting type, other than the plain quotation's, of a phrase or noun in what a
    saying says (`kept`): "had er niets mee te maken" said is a denial, "als waarschuwing" a
    warning; None if it holds none. A verb of reporting there is someone else's, or denied:
    "dat zij huurders waarschuwen", "ik zal niet ontkennen"."""
    for start, end in kept:
        for trigger in lexicon.triggers(text, start, end):
            if trigger.type not in lexicon.reporting or trigger.type == lexicon.quotation_type:
                continue
            if trigger.verbal and not any(c.isspace() for c in text[trigger.start : trigger.end]):
                continue  # one verb: its own subject's saying
            return trigger.type
    return None
