"""Which event word of a clause tells its happening: a verb before a noun, a noun only when
dated or with a support verb; the other event words are passing references, unless a
second verb tells a happening of its own."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from timeline.events.anchor import governs
from timeline.events.attributes import cites, topic
from timeline.events.clause_filters import inner_condition, needs_actor
from timeline.events.clauses import Clause
from timeline.events.lexicon import EventLexicon, Trigger
from timeline.events.officials import official_speaker
from timeline.events.words import words_of
from timeline.model import Timex
from timeline.temporal.quotes import quotes_within

#: Quotation marks and the stops around them.
_MARKS = " ,.;:!?\"'“”„‘’«»"

#: How far before an event noun its time preposition is looked for (characters).
_FRAME_REACH = 60

#: How many words before an event noun its article is looked for: the article and one
#: adjective ("tijdens een recent werkbezoek").
_ARTICLE_WORDS = 2


def clause_triggers(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    own: Sequence[Timex],
    removed: Sequence[tuple[int, int]],
) -> tuple[Trigger | None, list[Trigger]]:
    """The trigger that makes the clause an event, and the other event words it refers to.

    A verb wins over nouns; a noun makes an event only in a dated clause or with a support
    verb. The other triggers (one per type group) become weak mentions: references such as
    "na de crash in Ethiopie" that join an event reported elsewhere but make none alone.
    """
    # "praat alleen als de president aftreedt": what would happen if makes no event, nor a
    # reference to one (its words and date are the supposition's)
    triggers = [
        t
        for t in lexicon.triggers(text, clause.start, clause.end)
        if not any(s <= t.start < e for s, e in removed)
        and (t.type in lexicon.reporting or not inner_condition(lexicon, text, clause, t.start))
    ]
    if not triggers:
        return None, []
    chosen = _strong_trigger(lexicon, text, clause, own, triggers)
    groups = {lexicon.link_group(chosen.type)} if chosen else set()
    others: list[Trigger] = []
    for trigger in triggers:
        group = lexicon.link_group(trigger.type)
        if group not in groups:
            groups.add(group)
            others.append(trigger)
    return chosen, others


def _strong_trigger(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    own: Sequence[Timex],
    triggers: Sequence[Trigger],
) -> Trigger | None:
    clause_text = text[clause.start : clause.end]
    dated = any(governs(t, lexicon.cues, text) for t in own)
    # a hedge in a clause with a time of its own hedges it still when the time is only what
    # a noun is about: "De jaarcijfers over 2018 zijn nog niet bekendgemaakt"
    happening = dated and not all(
        topic(lexicon.date_attributes, text, t, clause.start)
        for t in own
        if governs(t, lexicon.cues, text)
    )
    if lexicon.is_hedged(clause_text) and not happening:
        # (unless the hedge is only in the quoted words of a saying, or is what a saying's
        # own words say)
        return _hedge_said(lexicon, text, clause, triggers) or _said_outside_quotes(
            lexicon, text, clause, triggers
        )
    frames = _frames(lexicon, text, clause)
    verbal = [t for t in triggers if _verb_told(lexicon, text, clause, t, frames)]
    if verbal:
        causes = lexicon.outcomes.get(verbal[0].type, frozenset())
        cause = [
            t
            for t in triggers
            if t.type in causes and not t.verbal and not framed(lexicon, text, clause, t)
        ]
        # "Bij de aanslag kwamen vier mensen om het leven" tells the attack
        return cause[0] if cause else verbal[0]
    anaphoric = any(t.text.lower() in lexicon.cues.anaphoric for t in own)
    nouns = [t for t in triggers if not framed(lexicon, text, clause, t, triggers)]
    if not nouns:
        return None  # only the event it is dated by ("na de crash"): a reference, not news
    # "In Het Dagblad van 16 maart pleit een lezer ...": a date citing an edition dates no
    # noun, nor a saying told as one
    cited = dated and not any(
        governs(t, lexicon.cues, text) and not cites(lexicon.date_attributes, text, t, clause.start)
        for t in own
    )
    if (
        (dated and not cited)
        or anaphoric
        or lexicon.has_support_verb(words_of(text, clause.start, clause.end, lexicon.language))
    ):
        return nouns[0]
    return None


def _hedge_said(
    lexicon: EventLexicon, text: str, clause: Clause, triggers: Sequence[Trigger]
) -> Trigger | None:
    """A saying after a verb of saying whose own words hold every hedge of its clause: the
    negation is what was said ("zegt niet achter de actie te zitten", "zegt niets te weten
    van" deny), told from the verb of saying on."""
    verbs = [t for t in triggers if t.type in lexicon.reporting and t.verbal]
    for trigger in triggers:
        saying = next((v for v in verbs if v.end <= trigger.start), None)
        if (
            saying is None
            or trigger.type not in lexicon.reporting
            or not trigger.verbal
            or not lexicon.is_hedged(text[trigger.start : trigger.end])
            or needs_actor(lexicon, text, clause, trigger)
        ):
            continue
        kept = (
            text[clause.start : trigger.start]
            + " " * (trigger.end - trigger.start)
            + text[trigger.end : clause.end]
        )
        if not lexicon.is_hedged(kept):
            return Trigger(trigger.type, saying.start, trigger.end, True)
    return None


def _said_outside_quotes(
    lexicon: EventLexicon, text: str, clause: Clause, triggers: Sequence[Trigger]
) -> Trigger | None:
    """A verb of saying outside the quotes of a clause hedged only inside them: the quoted
    words' negation or possibility is what was said, not whether it was said ("'Dat is niet
    zo', zegt de minister", "reageert: ,,Wij kunnen ...")."""
    # the quote is the saying's words when it opens the clause and closes in it ("'Dat is
    # niet zo', zegt ...") or runs on to the clause's end ("reageert: ,,Wij kunnen ... |
    # want ..."); a few words quoted inside what is said ("zegt 'niet echt' te hebben
    # gestreden") are the reporter's, and their hedge the saying's
    paragraph = text.rfind("\n", 0, clause.start) + 1
    quotes = [
        (max(a, clause.start), b)
        for a, b in quotes_within(text, paragraph, clause.end)
        if b > clause.start
        and (
            (b < clause.end and not text[clause.start : max(a, clause.start)].strip(_MARKS))
            or not text[b : clause.end].strip(_MARKS)
        )
    ]
    if not quotes:
        return None
    outside = [
        t
        for t in triggers
        if t.type in lexicon.reporting
        and t.verbal
        and not any(a <= t.start < b for a, b in quotes)
        and not needs_actor(lexicon, text, clause, t)
    ]
    if not outside:
        return None
    kept = list(text[clause.start : clause.end])
    for a, b in quotes:
        kept[a - clause.start : b - clause.start] = " " * (b - a)
    return None if lexicon.is_hedged("".join(kept)) else outside[0]


def also_told(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    trigger: Trigger | None,
    others: Sequence[Trigger],
) -> list[Trigger]:
    """The other event words of a clause that tell a happening of their own beside its
    trigger's: in a clause told in the past whose trigger is a verb, another verb (of another
    type group) tells one ("In oktober werd hij gevangengenomen en vermoord"), not a passing
    reference as a noun does ("na de aanslag"); not one word naming two types ("schoot dood"
    is an attack and a death, one happening), and not in the present, which may tell a
    state ("zit vast en wordt verdacht"). A verb of saying also tells the occasion it was
    said at, in any tense (`_occasions`)."""
    if not others or trigger is None or not trigger.verbal:
        return []
    occasions = _occasions(lexicon, text, clause, trigger, others)
    if lexicon.tense.tense(text[clause.start : clause.end]) != "past":
        return occasions
    frames = _frames(lexicon, text, clause)
    verbs = [
        t
        for t in others
        if t.start != trigger.start and _verb_told(lexicon, text, clause, t, frames)
    ]
    return verbs + [t for t in occasions if t not in verbs]


def _occasions(
    lexicon: EventLexicon, text: str, clause: Clause, trigger: Trigger, others: Sequence[Trigger]
) -> list[Trigger]:
    """The occasions a verb of saying tells beside its saying: a noun of an occasion type
    after a preposition of setting and an indefinite article ("zei tijdens een ontmoeting
    met de president", "eiste in een debat") names a new happening where the saying was
    made, not a passing reference to one told before ("na de ontmoeting")."""
    if trigger.type not in lexicon.reporting:
        return []
    return [
        t
        for t in others
        if not t.verbal
        and t.type in lexicon.occasions
        and _at_an_occasion(lexicon, text, clause, t)
    ]


def _at_an_occasion(lexicon: EventLexicon, text: str, clause: Clause, noun: Trigger) -> bool:
    """Whether an event noun follows a preposition of setting and an indefinite article
    ("tijdens een ontmoeting", "in een kort debat"), not the object of a wish or request ("om
    een gesprek")."""
    words = words_of(text, clause.start, noun.start, lexicon.language)[-_ARTICLE_WORDS - 1 :]
    return any(
        a.lower in lexicon.occasion_prepositions and b.lower in lexicon.indefinite_articles
        for a, b in pairwise(words)
    )


def _frames(lexicon: EventLexicon, text: str, clause: Clause) -> list[tuple[int, int]]:
    """The spans of a clause that frame it by another event ("in het begin van de oorlog
    heeft Iran drones geleverd": the war frames the delivery)."""
    if lexicon.event_relative is None:
        return []
    return [
        (clause.start + m.start(), clause.start + m.end())
        for m in lexicon.event_relative.finditer(text[clause.start : clause.end])
    ]


def _verb_told(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    trigger: Trigger,
    frames: Sequence[tuple[int, int]],
) -> bool:
    """Whether an event word is a verb that tells its happening: one with the actor it needs,
    not a poll's finding, not in a span framing the clause by another event."""
    return (
        trigger.verbal
        and not needs_actor(lexicon, text, clause, trigger)
        and not _polled(lexicon, text, clause, trigger)
        and not any(s <= trigger.start < e for s, e in frames)
    )


def _polled(lexicon: EventLexicon, text: str, clause: Clause, trigger: Trigger) -> bool:
    """Whether a verb of saying has a share or a count before it in its clause ("terwijl 30
    procent aangaf tevreden te zijn", "de helft zegt") and nobody official in it: a poll's
    finding, a statistic, not a statement (not what follows the verb: "noemt de groei van
    het aantal auto's")."""
    return (
        trigger.type in lexicon.reporting
        and lexicon.statistics is not None
        and lexicon.statistics.search(text, clause.start, trigger.start) is not None
        # (the figures an official gives are said: "zo meldde het CBS", "zal de regering een
        # groei van 6 procent aankondigen")
        and not official_speaker(lexicon, text, clause.start, clause.end)
    )


def framed(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    trigger: Trigger,
    others: Sequence[Trigger] = (),
    *,
    ahead: bool = False,
) -> bool:
    """An event noun after a time preposition ("na de Indonesische ramp") dates the clause
    by an earlier event; it is a reference to that event, not what the clause reports. With
    `ahead`, only the frames that name a later event ("kort voor de verkiezingen"). A frame
    holds the first event word after it only: with one of `others` between, the noun is
    what the clause tells ("Na zijn dood braken rellen uit")."""
    frame = lexicon.ahead_frame if ahead else lexicon.reference_frame
    if frame is None:
        return False
    low = max(clause.start, trigger.start - _FRAME_REACH)
    found = frame.search(text[low : trigger.start])
    return found is not None and not any(
        low + found.start() <= t.start and t.end <= trigger.start for t in others
    )
