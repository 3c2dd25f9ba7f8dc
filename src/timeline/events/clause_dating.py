"""When a clause chosen to tell an event happened: the dates of its own and of its sentence
it may be dated by, its tense, whether it only refers to the event in passing, and its
anchoring (`anchor`); `detect` chooses the clauses and makes their mentions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from timeline.events.anchor import (
    PAST,
    Anchoring,
    after_publication,
    anchor,
    before_publication,
    goes_on,
    is_calendar,
)
from timeline.events.clause_filters import denied, describes, generic, habit, own_words
from timeline.events.clause_triggers import framed
from timeline.events.clauses import Clause
from timeline.events.lexicon import EventLexicon, Trigger
from timeline.events.offsets import OFFSET_RULE
from timeline.events.words import words_of
from timeline.model import Article, EventMention, Interval, Sentence, Timex

#: A clause chosen to tell an event: its index, the clause, its trigger (None: a dated
#: happening of no type), its own dates, and whether it only refers to the event in passing.
Told = tuple[int, Clause, Trigger | None, list[Timex], bool]


@dataclass(frozen=True, slots=True)
class Scope:
    """What every clause of one sentence is read with."""

    article: Article
    sentence: Sentence
    lexicon: EventLexicon
    people: dict[str, str]
    #: The sentence's temporal expressions (birth years left out).
    timexes: Sequence[Timex]
    clauses: list[Clause]
    #: The saying tails that name a speaker, and every span of attribution left out.
    said: list[tuple[int, int]]
    removed: list[tuple[int, int]]
    published: Interval | None

    @property
    def text(self) -> str:
        return self.article.text


@dataclass(frozen=True, slots=True)
class Dates:
    """The sentence's calendar dates a clause may borrow, by what may borrow them."""

    #: The dates no chosen clause claims, outside clauses set inside another.
    free: list[Timex]
    #: Every calendar date, and those outside clauses set inside another.
    every: list[Timex]
    calendar: list[Timex]
    #: Whether a clause of the sentence is ordered in time against another ("nadat").
    sequenced: bool


def clause_anchoring(
    scope: Scope,
    told: Told,
    dates: Dates,
    context: tuple[Timex | None, Timex | None, Timex | None],
    dated: Mapping[str, EventMention],
) -> tuple[Anchoring, str, bool, list[Timex]] | None:
    """When a chosen clause's event happened (its anchoring), its tense, whether it is only a
    passing reference, and the dates of its own that dated it; None when the clause turns out
    to tell no event (a generality, a habit, a denied reference, one's own words)."""
    text, lexicon = scope.text, scope.lexicon
    _, clause, trigger, own, is_weak = told
    previous, last, present_story = context
    if is_weak and trigger is not None and _own_date(lexicon, text, trigger, own):
        is_weak = False  # "tijdens de verkiezingen van 2016": a dated happening told
    clause_text = text[clause.start : clause.end]
    tense = lexicon.tense.tense(clause_text)
    if (
        trigger is not None
        and not is_weak
        and describes(lexicon, clause_text, tense, own, clause.start > scope.sentence.start)
    ):
        # "Weduwen die Shell verantwoordelijk houden voor de dood van hun mannen": what a
        # relative clause in the present says of a noun describes it, in passing
        is_weak = True
    simple_past = _simple_past(lexicon, text, clause, tense)
    position = (
        trigger.start
        if trigger
        else next(t.start for t in own if is_calendar(t) or goes_on(t, lexicon.cues, text))
    )
    dating, borrowable = _dating(scope, told, tense, dates)
    anchoring = anchor(
        text=text,
        position=position,
        end=trigger.end if trigger else None,
        own=dating,
        borrowable=borrowable,
        previous=previous,
        published=scope.article.published,
        tense=tense,
        cues=lexicon.cues,
        after_event=bool(lexicon.event_relative and lexicon.event_relative.search(clause_text)),
        narrative=(last if simple_past else present_story if tense == "present" else None),
        simple_past=simple_past,
        pluperfect=simple_past and _pluperfect(lexicon, text, clause),
        sides=_sides(scope.clauses, clause, borrowable) if dates.sequenced else None,
    )
    if (
        trigger is not None
        and not is_weak
        and not own
        and not anchoring.explicit
        and tense == "present"
        and present_story is None
        and generic(lexicon, text, clause, trigger)
    ):
        # "Huisartsen doen er verstandig aan deze mensen te bezoeken": a happening in the
        # present with no time of its own, by nobody named, is a habit or a generality,
        # no event and no reference to one (not a past told in the present: "Op 14 juli
        # 2016 rijdt hij de boulevard op. Hij rijdt in op de menigte.")
        return None
    if trigger is not None and not own and not anchoring.explicit and habit(lexicon, text, clause):
        # "Er wordt zelden iemand gearresteerd vanwege de aanslagen": how often something
        # is done, with no time of its own, tells a habit: no event and no reference to one
        return None
    if is_weak and trigger is not None and denied(lexicon, text, clause, trigger):
        # "Ik heb helemaal geen akkoord", "Niemand zei destijds dat ...": a reference
        # denied refers to no event
        return None
    if trigger is not None and not scope.said and own_words(lexicon, text, clause, trigger):
        # "Ik heb steeds gezegd dat ...", "zeg ik": the writer's or an interviewee's own
        # words, no statement and no reference to one (in a quote a saying tail gives a
        # speaker, "ik" is that speaker: "'Ik beloof het', zei Zelensky")
        return None
    if is_weak:
        anchoring = _referred(scope, clause, trigger, own, anchoring, dated)
    return anchoring, tense, is_weak, dating


def _dating(scope: Scope, told: Told, tense: str, dates: Dates) -> tuple[list[Timex], list[Timex]]:
    """The dates of its own that may date a clause's event, and those of the sentence it may
    borrow."""
    lexicon, published, said = scope.lexicon, scope.published, scope.said
    index, clause, trigger, own, _ = told
    # a clause told in the past is not dated by another clause's time to come
    # ("Volgende maand beslissen de Britten ... | en België stelde een onderzoek in")
    borrowable = (
        [t for t in dates.calendar if not after_publication(t, published)]
        if tense == "past"
        else dates.free
    )
    if trigger is not None and _antecedent(scope.text, scope.clauses, index, trigger):
        # "Bij zijn aanhouding, die vorige week plaatsvond, ...": the clause set inside
        # tells when the event it follows happened
        borrowable = dates.every
    dating = own
    if trigger is not None and trigger.type in lexicon.reporting:
        # what is said is dated by its own words: "verklaarde dat Rusland in 2012 drones
        # leverde" was said now, not in 2012
        borrowable = [t for t in borrowable if t.start < clause.end]
        if tense == "present":
            # nor is a saying in the present by a past date its object is about, one
            # after a preposition ("wil tien jaar cel voor de overval in oktober 2017"
            # is wanted now; "zegt dinsdag" was said on Tuesday, and "pleit sinds 2017"
            # has since 2017: a side of a date is the saying's span)
            dating = [
                t
                for t in own
                if t.start < trigger.start
                or t.signal is None
                or t.mod in ("BEFORE", "AFTER")
                or not before_publication(t, published)
            ]
    elif trigger is not None:
        # the date of a saying tail is when it was said: "dat ze hem heeft geschorst,
        # vertelt hij later die middag" was not done that afternoon
        dating = [t for t in own if not any(a <= t.start < b for a, b in said)]
        borrowable = [t for t in borrowable if not any(a <= t.start < b for a, b in said)]
    return dating, borrowable


def _referred(
    scope: Scope,
    clause: Clause,
    trigger: Trigger | None,
    own: Sequence[Timex],
    anchoring: Anchoring,
    dated: Mapping[str, EventMention],
) -> Anchoring:
    """The anchoring of a passing reference: the event it names happened by the time of its
    clause (or, framed ahead, after it), or is the one a day is counted from."""
    lexicon = scope.lexicon
    base = dated.get(lexicon.link_group(trigger.type)) if trigger else None
    if base is not None and any(
        t.rule == OFFSET_RULE and t.value == anchoring.time_value for t in own
    ):
        # the event a day is counted from ("twee dagen na de aanslag") is the one told
        return replace(
            anchoring,
            date=base.date,
            mod=base.mod,
            interval=base.interval,
            status=base.status,
            time_text=base.mention.time_text,
            time_value=base.mention.time_value,
        )
    if anchoring.explicit and anchoring.status == "reported":
        # a passing reference in a dated clause ("protesteren half oktober tegen de
        # wapenleveranties"): the event it names had happened by then, or, framed
        # ahead ("gisteren, 48 uur voor de verkiezingen"), was still to come
        ahead = trigger is not None and framed(lexicon, scope.text, clause, trigger, ahead=True)
        return replace(anchoring, mod="AFTER" if ahead else "BEFORE")
    if anchoring.status == "reported" and anchoring.mod is None:
        # one without a date ("de moord op Khashoggi"): by the time it was written
        return replace(anchoring, mod="BEFORE", time_value=anchoring.time_value or PAST)
    return anchoring


def _antecedent(text: str, clauses: Sequence[Clause], index: int, trigger: Trigger) -> bool:
    """Whether an event word ends its clause right before a relative clause set inside it,
    which is then about the event ("Bij zijn aanhouding, | die vorige week plaatsvond")."""
    return (
        index + 1 < len(clauses)
        and clauses[index + 1].embedded
        and not text[trigger.end : clauses[index].end].strip()
    )


def _simple_past(lexicon: EventLexicon, text: str, clause: Clause, tense: str) -> bool:
    """A clause told in the simple past ("haalde binnen"), not the perfect ("heeft gehaald")."""
    if tense != "past":
        return False
    cues = lexicon.tense
    # the words of the article's text, which are cut once per article (a clause's own string
    # would be cut anew, and push the article's words out of the cache)
    words = [w.lower for w in words_of(text, clause.start, clause.end, lexicon.language)]
    return not cues.is_perfect(words)


def _pluperfect(lexicon: EventLexicon, text: str, clause: Clause) -> bool:
    """A clause told in the pluperfect ("had aangehouden"): before the time of the story."""
    words = [w.lower for w in words_of(text, clause.start, clause.end, lexicon.language)]
    return lexicon.tense.is_pluperfect(words)


def _own_date(lexicon: EventLexicon, text: str, trigger: Trigger, own: Sequence[Timex]) -> bool:
    """An event noun with a calendar date of its own right after it ("de verkiezingen van
    2016", "de aanslag op 18 maart")."""
    link = lexicon.own_date
    return link is not None and any(
        is_calendar(t) and t.start > trigger.end and link.fullmatch(text, trigger.end, t.start)
        for t in own
    )


#: The side of a borrowed date an event lies on, by the side of the clause the date is in:
#: what a "nadat" clause dates happened before the rest.
_LENT = {"precedes": "AFTER", "follows": "BEFORE"}


_BORROWED = {"precedes": "BEFORE", "follows": "AFTER"}


def _sides(
    clauses: Sequence[Clause], clause: Clause, borrowable: Sequence[Timex]
) -> dict[int, str]:
    """By the id of each expression `clause` may borrow, the side of its date the clause's
    event lies on: after the date of a "nadat" clause ("trad af | nadat de raad in januari
    ..."), before the date a "nadat" clause borrows; nothing between plain clauses."""
    sides: dict[int, str] = {}
    for timex in borrowable:
        home = next((c for c in clauses if c.start <= timex.start < c.end), None)
        if home is not None and home.side is not None and home.side != clause.side:
            sides[id(timex)] = _LENT[home.side]
        elif clause.side is not None and (home is None or home.side != clause.side):
            sides[id(timex)] = _BORROWED[clause.side]
    return sides
