"""Build one event from the mentions linked together: its date, type, title and stable id."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import chain

from timeline.events.anchor import PAST
from timeline.model import Event, EventMention, Mention, Status
from timeline.temporal.values import RANK, parse_value

#: A word, a stop and a word in lower case: a heading or a byline run into a sentence
#: ("Jan Smit, Zeist. reactie op de aanslag De politie ..."), not an initial ("Peter P. in
#: 2017").
_RUN_IN = re.compile(r"[^\W\d_]{2}\. [^\W\d_]")


def build_event(members: Sequence[EventMention]) -> Event:
    """One event from its mentions: the most precise explicit date wins, else the first report
    dated by its own day before one dated by a sentence before it."""
    if len(members) == 1:
        return _single(members[0])
    # the type and status come from the full report that shares most with the others (the
    # most typical telling), the title from it or another well-formed one (`_title`), the
    # date from the most precise explicit mention
    terms = [frozenset(m.terms) for m in members]
    shared = Counter(chain.from_iterable(terms))
    preference = [_date_preference(m) for m in members]
    # -sum(shared[t] - 1 for t in its terms) and the date preference, made once a member
    typicality = [len(t) - sum(map(shared.__getitem__, t)) for t in terms]
    lead = members[
        min(
            range(len(members)),
            key=lambda k: (members[k].weak, typicality[k], preference[k]),
        )
    ]
    # the date comes from the most precise explicit mention, even a passing reference
    # ("protesteren half oktober tegen de wapenleveranties"); the title from a full report.
    # But a passing reference does not date what a report tells as done without a date
    # ("Zo'n 90 van hen kwamen om" and "bij de aanslag vorige maand"): the reference's date is
    # of what it refers to, the report's of the article
    dating = members[min(range(len(members)), key=preference.__getitem__)]
    if dating.explicit and dating.weak and any(_told_undated(m, dating.type) for m in members):
        dating = min((m for m in members if not m.explicit), key=_date_preference)
    types = Counter(m.type for m in members)
    top = max(types.values())
    event_type = (
        lead.type if types[lead.type] == top else min(t for t, c in types.items() if c == top)
    )
    seen: set[tuple[str, int, int]] = set()
    mentions: list[Mention] = []
    # one mention per sentence: a report's own before a passing reference in its sentence
    # (whose expression dates what it refers to)
    order = sorted(
        members, key=lambda m: (m.mention.document, m.mention.start, m.mention.end, m.weak)
    )
    for m in order:
        key = (m.mention.document, m.mention.start, m.mention.end)
        if key not in seen:
            seen.add(key)
            mentions.append(m.mention)
    return _event(
        event_type,
        [f"{k[0]}:{k[1]}:{k[2]}" for k in sorted(seen)],
        dating,
        # announced in one article and reported as done in a later one: it happened
        "reported" if any(m.status == "reported" for m in members) else lead.status,
        _title(members, lead, typicality, preference),
        tuple(sorted({a for m in members for a in m.actors})),
        tuple(mentions),
    )


def _title(
    members: Sequence[EventMention],
    lead: EventMention,
    typicality: Sequence[int],
    preference: Sequence[tuple[int, int, date, str, int]],
) -> str:
    """The lead's title (the most typical telling), unless it runs a heading into its sentence
    (a reader's letter: "Jan Smit, Zeist. reactie op de aanslag De politie ..."): then the
    most typical one in a sentence of its own."""
    if not _run_in(lead.title):
        return lead.title
    best = min(
        range(len(members)),
        key=lambda k: (members[k].weak, _run_in(members[k].title), typicality[k], preference[k]),
    )
    return members[best].title


def _run_in(title: str) -> bool:
    """Whether a title runs a heading or a byline into its sentence."""
    return any(m.group()[-1].islower() for m in _RUN_IN.finditer(title))


def _single(m: EventMention) -> Event:
    """`build_event([m])` without the comparisons that one mention does not need (most events
    of a large corpus have one mention)."""
    mention = m.mention
    return _event(
        m.type,
        [f"{mention.document}:{mention.start}:{mention.end}"],
        m,
        m.status,
        m.title,
        tuple(sorted(set(m.actors))),
        (mention,),
    )


def _event(
    event_type: str,
    places: list[str],
    dating: EventMention,
    status: Status,
    title: str,
    actors: tuple[str, ...],
    mentions: tuple[Mention, ...],
) -> Event:
    """The event, dated as `dating`; its id is its type, date and a digest of its mentions'
    places, so a re-run gives the same id."""
    dated = dating.interval is not None
    digest = hashlib.sha1("|".join([event_type, *places]).encode()).hexdigest()[:8]
    return Event(
        id=f"{event_type}-{dating.date if dated else 'undated'}-{digest}",
        date=dating.date if dated else None,
        interval=dating.interval,
        mod=dating.mod if dated else None,
        status=status,
        type=event_type,
        title=title,
        actors=actors,
        mentions=mentions,
    )


def _date_preference(m: EventMention) -> tuple[int, int, date, str, int]:
    interval = m.interval
    if interval is None:
        return (2, 99, date.max, m.mention.document, m.mention.start)
    rank = RANK.get(interval.precision, 99)
    if m.explicit or _pointed(m):
        # a report's own date before a passing reference's ("na de verkiezingen van maandag");
        # a date a word points back at ("De rechter bepaalde toen", after "in juni") is as
        # precise as the one it points at, and weighed with the written ones by precision
        return (0, rank + m.weak * len(RANK), interval.start, m.mention.document, m.mention.start)
    # without an explicit date, the report's own day (its publication) before a date carried
    # over from the sentence before with no word pointing to it (a story's date): that date is
    # mostly another event's ("besloot vorige week ... De AKP eiste een hertelling")
    carried = m.date != m.published and m.mention.time_text is None
    return (1, int(carried), interval.start, m.mention.document, m.mention.start)


def _pointed(m: EventMention) -> bool:
    """Whether a mention is dated by a word that points back at a date told before it
    ("toen", "destijds"): it carries that date's value, not the publication's."""
    return m.mention.time_text is not None and parse_value(m.mention.time_value) is not None


def unique_ids(events: list[Event]) -> list[Event]:
    seen: Counter[str] = Counter()
    out = []
    for event in sorted(events, key=lambda e: (e.id, e.mentions[0].document, e.mentions[0].start)):
        seen[event.id] += 1
        out.append(
            event if seen[event.id] == 1 else replace(event, id=f"{event.id}-{seen[event.id]}")
        )
    return out


def _told_undated(m: EventMention, event_type: str) -> bool:
    """A full report of a kind of event told by a verb in the past tense, dated by its article:
    it happened."""
    return (
        m.type == event_type
        and not m.explicit
        and not m.weak
        and m.verbal
        and m.tense == "past"
        and m.interval is not None
        and m.date == m.published
        # not dated by another event ("in het begin van de oorlog"): that is some time before
        and (m.mod is None or m.mention.time_value == PAST)
    )
