"""Detect event mentions in the sentences of one article.

Each sentence is cut into clauses; a clause with a trigger of the lexicon reports an event of
that type, and a clause dated by a calendar expression reports one even without a trigger
(type `other`). Each event is dated by `anchor`, gets its actors, a title and linking terms.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace
from operator import le

from timeline.events.actors import actors_in, article_people
from timeline.events.anchor import (
    Anchoring,
    after_publication,
    before_publication,
    governs,
    is_calendar,
)
from timeline.events.attributions import according_spans, attribution_spans, saying_spans
from timeline.events.clause_dating import Dates, Scope, Told, clause_anchoring
from timeline.events.clause_filters import (
    asks,
    conditional,
    free_relative,
    names_someone,
    own_present,
    wished,
)
from timeline.events.clause_triggers import also_told, clause_triggers
from timeline.events.clauses import (
    Clause,
    continued,
    split_clauses,
)
from timeline.events.lexicon import EventLexicon, Trigger
from timeline.events.mentions import make_mention
from timeline.events.offsets import FindEvents, offset_from_event
from timeline.events.quoted import one_saying, quoted_statements
from timeline.events.sayers import (
    clause_speaker,
    span_speaker,
)
from timeline.events.terms import ACTOR, linking_terms
from timeline.events.titles import keep_spans, make_title, relative_headline, without_date
from timeline.events.untyped import other_event
from timeline.events.words import Word, words_of
from timeline.model import OTHER, Article, EventMention, Interval, Sentence, Timex
from timeline.temporal.values import parse_value


def detect_events(
    article: Article, sentences: Sequence[Sentence], timexes: Sequence[Timex], lexicon: EventLexicon
) -> list[EventMention]:
    """The event mentions of an article, in text order."""
    text = article.text
    people = article_people(lexicon.actors, text, article.body_start)
    found: list[EventMention] = []
    published = parse_value(article.published)
    previous: Timex | None = None
    last: Timex | None = None  # the date of the sentence just before, if it had one
    story: Timex | None = None  # the date of a past story told in the present, going on
    before: Sentence | None = None  # the sentence just before
    dated: dict[str, EventMention] = {}  # the last event of each group told with a date
    starts = [t.start for t in timexes]
    # the tagger gives them in text order: a sentence's are a slice, found by bisection
    ordered = all(map(le, starts, starts[1:]))
    for sentence in sentences:
        if ordered:
            first = bisect_left(starts, sentence.start)
            inside = list(timexes[first : bisect_left(starts, sentence.end, first)])
        else:
            inside = [t for t in timexes if sentence.start <= t.start < sentence.end]
        calendar = [t for t in inside if is_calendar(t) and t.type in ("DATE", "TIME")]
        # the tense of the sentence matters only for a story told in the present
        told = calendar and before_publication(calendar[-1], published)
        present = bool(story or told) and lexicon.tense.tense(sentence.text) == "present"
        # a question asks, a word alone is a heading ("Dreigementen"): neither tells
        aside: frozenset[int] = frozenset()
        if not sentence.text.rstrip(" \"'”’").endswith("?") and " " in sentence.text:
            context = (previous, last, story if present else None)
            events, aside = _sentence_events(
                article, sentence, inside, context, lexicon, people, dated
            )
            found.extend(_told_before(m, before, text, timexes, lexicon) for m in events)
            dated.update((m.group, m) for m in events if m.explicit and not m.weak and m.interval)
        before = sentence
        previous = calendar[-1] if calendar else previous
        # a date set aside in a relative clause ("Turkije, dat sinds 1975 ...,") is no date of
        # the story the next sentence goes on with
        told_on = [t for t in calendar if id(t) not in aside]
        last = told_on[-1] if told_on else None
        if calendar:
            # "Op 14 juli 2016 rijdt hij de boulevard op": a past told in the present tense
            story = calendar[-1] if present and told else None
        elif not present:
            story = None
    return found


def _told_before(
    mention: EventMention,
    before: Sentence | None,
    text: str,
    timexes: Sequence[Timex],
    lexicon: EventLexicon,
) -> EventMention:
    """A report with no content of its own ("Dit wordt door Noord-Korea ontkend") is about
    what the sentence before told: it takes that sentence's words for linking."""
    if before is None or mention.type not in lexicon.reporting:
        return mention
    if any(not t.startswith(ACTOR) for t in mention.terms):
        return mention
    spans = [(before.start, before.end)]
    borrowed = linking_terms(lexicon, text, spans, (), None, timexes)
    if not borrowed:
        return mention
    return replace(mention, terms=tuple(sorted(set(mention.terms) | set(borrowed))))


def _sentence_events(
    article: Article,
    sentence: Sentence,
    timexes: Sequence[Timex],
    context: tuple[Timex | None, Timex | None, Timex | None],
    lexicon: EventLexicon,
    people: dict[str, str],
    dated: Mapping[str, EventMention],
) -> tuple[list[EventMention], frozenset[int]]:
    """The event mentions of a sentence, and the ids of its expressions that date only a
    relative clause set inside another."""
    text = article.text
    timexes = _without_birth_years(lexicon, text, sentence, timexes)
    said = saying_spans(lexicon.attributions, text, sentence.start, sentence.end)
    according = according_spans(lexicon.attributions, text, sentence.start, sentence.end)
    if not (timexes or said or according) and not lexicon.may_trigger(
        text, sentence.start, sentence.end
    ):
        # no date, no attribution and no word or phrase that names a type: no clause of the
        # sentence makes an event (half the sentences), and its clauses need not be cut
        return [], frozenset()
    removed = attribution_spans(
        lexicon.attributions, text, sentence.start, sentence.end, said, according
    )
    scope = Scope(
        article,
        sentence,
        lexicon,
        people,
        timexes,
        split_clauses(lexicon, text, sentence, timexes),
        said,
        removed,
        parse_value(article.published),  # cached: `detect_events` parsed it already
    )
    chosen, weak = _chosen_clauses(scope, dated)
    claimed = {id(t) for _, _, _, own, _ in chosen for t in own}
    reporting = {i for i, _, t, _, _ in chosen if t is not None and t.type in lexicon.reporting}
    # the dates of a clause set inside another are its own: "Turkije, dat sinds 1975 ...,
    # waarschuwde" did not warn in 1975
    aside = frozenset(
        id(t) for c in scope.clauses if c.embedded for t in timexes if c.start <= t.start < c.end
    )
    every = [t for t in timexes if is_calendar(t)]
    dates = Dates(
        free=[t for t in timexes if is_calendar(t) and id(t) not in claimed | aside],
        every=every,
        calendar=[t for t in every if id(t) not in aside],
        sequenced=any(c.side for c in scope.clauses),
    )
    out: list[EventMention] = []
    seen: set[tuple[str, str | None]] = set()
    for told in chosen + weak:
        found = clause_anchoring(scope, told, dates, context, dated)
        if found is None:
            continue
        anchoring, tense, is_weak, dating = found
        index, clause, trigger, own, _ = told
        event_type = trigger.type if trigger else OTHER
        key = (lexicon.link_group(event_type), anchoring.date)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            _clause_mention(
                scope, (index, clause, trigger, own, is_weak), anchoring, tense, dating, reporting
            )
        )
    return _with_quoted(scope, according, context[0], out, seen), aside


def _chosen_clauses(
    scope: Scope, dated: Mapping[str, EventMention]
) -> tuple[list[Told], list[Told]]:
    """The clauses that tell an event, and the passing references to events of the others."""
    text, lexicon, clauses, timexes = scope.text, scope.lexicon, scope.clauses, scope.timexes
    sentence, published = scope.sentence, scope.published
    chosen: list[Told] = []
    weak: list[Told] = []

    def find_events(text: str, start: int, end: int) -> list[tuple[str, int]]:
        return [(lexicon.link_group(t.type), t.start) for t in lexicon.triggers(text, start, end)]

    # "Als Ajax vanavond wint, is de ploeg door": what would happen if; "Als minister heeft
    # hij ..." (no clause after it) is no condition
    supposed = anyone = False
    if clauses:
        first = clauses[0]
        main = first.end < clauses[-1].end or "," in text[first.start : first.end]
        supposed = main and conditional(lexicon, text, first, timexes, published, sentence.end)
        # "Wie zich meldt, wordt gearresteerd": whoever does so, a generality; a clause after
        # it with a calendar date of its own tells its own happening ("..., gezien de groep
        # die dertig jaar geleden bommen legde")
        anyone = main and free_relative(lexicon, text, first)
    # "Vorig jaar, | toen de crisis uitbrak, vertrok hij": a date alone before a comma and
    # the clause it opens dates that clause
    lead = _lone_date(lexicon, text, clauses, timexes)
    for index, clause in enumerate(clauses):
        if supposed:
            continue
        own = [t for t in timexes if clause.start <= t.start < clause.end]
        if anyone and not (index and any(is_calendar(t) for t in own)):
            continue
        if lead and index == 1 and not any(is_calendar(t) for t in own):
            own = [*lead, *own]
        if dated:
            # "twee dagen na de aanslag": a day counted from an event told before
            own = [_counted(lexicon, text, clause, t, find_events, dated, published) for t in own]
        trigger, others = clause_triggers(
            lexicon, text, _subject_before(lexicon, text, clauses, index), own, scope.removed
        )
        if trigger is None and not others and not own:
            continue  # no event word and no date (most clauses): no event, whatever it states
        if index and conditional(lexicon, text, clause, timexes, published, sentence.end):
            continue
        if not index and len(clauses) > 1 and asks(lexicon, text, clause):
            continue  # "Of de regering valt, | moet nog blijken": whether, not what happened
        wanted = (
            wished(lexicon, text, clauses[index - 1], clause)
            if index and trigger is not None
            else None
        )
        if trigger is not None and wanted is not None and trigger.start < wanted:
            # the wish's own clause made an event already ("De VVD eist | dat ...")
            wish_told = bool(chosen) and chosen[-1][0] == index - 1
            trigger = _call(lexicon, text, clauses[index - 1], trigger, own, wish_told)
        happenings = also_told(lexicon, text, clause, trigger, others)
        weak.extend((index, clause, t, own, t not in happenings) for t in others)
        if trigger is None and not other_event(
            lexicon, text, clause, own, scope.removed, sentence.start
        ):
            continue
        if (
            trigger is None or (trigger.type not in lexicon.reporting and not scope.said)
        ) and own_present(lexicon, text, clause):
            # "Vanavond geef ik een voorstelling", "Ik kijk nu al uit naar ... over twee jaar",
            # "Ik ga meteen een vignet bestellen": what someone tells of their own present or
            # plans is an interviewee's or the writer's life, not news (a happening of a type
            # only where no tail names a speaker: "'Ik stap op', zegt de minister"; a saying
            # is `own_words`'s)
            continue
        chosen.append((index, clause, trigger, own, False))
    return chosen, weak


def _subject_before(
    lexicon: EventLexicon, text: str, clauses: Sequence[Clause], index: int
) -> Clause:
    """A clause opened by a coordinator and its verb ("..., maar benadrukte dat"), with no
    subject of its own, goes on from the clause before, whose subject speaks there: that
    clause's start as the one it goes on from (`outer`); other clauses as they are."""
    clause = clauses[index]
    if not index or clause.outer is not None or lexicon.coordinator is None:
        return clause
    head = words_of(text, clause.start, clause.end, lexicon.language)[:2]
    if len(head) < 2 or not lexicon.coordinator.fullmatch(f" {head[0].lower} "):
        return clause
    if not any(
        t.start == head[1].start and t.verbal
        for t in lexicon.triggers(text, head[1].start, clause.end)
    ):
        return clause
    return clause._replace(outer=clauses[index - 1].start)


def _clause_mention(
    scope: Scope,
    told: Told,
    anchoring: Anchoring,
    tense: str,
    dating: Sequence[Timex],
    reporting: set[int],
) -> EventMention:
    """The mention of a clause's event: its title, actors, speaker and linking terms."""
    text, lexicon, people, removed = scope.text, scope.lexicon, scope.people, scope.removed
    clauses, sentence, said = scope.clauses, scope.sentence, scope.said
    index, clause, trigger, own, is_weak = told
    event_type = trigger.type if trigger else OTHER
    kept = keep_spans(clause.start, clause.end, removed)
    if event_type in lexicon.reporting and index + 1 < len(clauses):
        # what is said, denied or warned about: "ontkent Iran | dat het drones levert"
        kept += keep_spans(clauses[index + 1].start, clauses[index + 1].end, removed)
    head = continued(clauses, index)
    if head is not None:
        # "Turkije, | dat sinds 1975 ..., | waarschuwde dat": the clause goes on from
        # before the one set inside it, which names its subject
        kept = keep_spans(head.start, head.end, removed) + kept
    prefix = _relative_prefix(lexicon, text, clauses, index)
    spans = _undated(lexicon, text, prefix + kept, anchoring, dating)
    if prefix:
        spans = relative_headline(text, spans, lexicon.title_headline)
    title = make_title(
        text,
        spans,
        lexicon.title_strip,
        lexicon.title_unfinished,
        lexicon.title_shape,
    )
    actors = actors_in(lexicon.actors, text, kept, people) or actors_in(
        lexicon.actors, text, keep_spans(sentence.start, sentence.end, removed), people
    )
    if index - 1 in reporting:
        # what a report says shares its participants: "ontkent Iran | dat het drones
        # levert aan Rusland" is about Iran too
        before = clauses[index - 1]
        reported = actors_in(
            lexicon.actors, text, keep_spans(before.start, before.end, removed), people
        )
        actors = tuple(sorted(set(actors) | set(reported)))
    return make_mention(
        scope.article,
        sentence,
        anchoring,
        event_type,
        title,
        actors,
        # an event is told by its content words, not by its date words ("maandag" is
        # in every story of that week; dates are compared as intervals)
        linking_terms(lexicon, text, kept, actors, trigger, scope.timexes),
        tense,
        lexicon.link_group(event_type),
        weak=is_weak,
        verbal=bool(trigger and trigger.verbal),
        saying=event_type in lexicon.reporting,
        causes=tuple(sorted(lexicon.outcomes.get(event_type, ()))),
        speaker=(
            # the sentence is what its attribution's speaker says ('dat Trump de
            # Russen aanspoorde ..., stellen Pelosi en Schumer')
            span_speaker(lexicon, text, *said[0], people)
            if said and trigger and event_type in lexicon.reporting
            else clause_speaker(
                lexicon,
                text,
                (head.start if head else clause.start, clause.end),
                (trigger.start, trigger.end),
                people,
                # not the names of the clause set inside ("Van Mierlo, die Caspar
                # Hermans opvolgt, zegt")
                [*removed, (head.end, clause.start)] if head else removed,
                [(t.start, t.end) for t in own],
            )
            if trigger and trigger.verbal and event_type in lexicon.reporting
            else None
        ),
    )


def _with_quoted(
    scope: Scope,
    according: Sequence[tuple[int, int]],
    previous: Timex | None,
    out: list[EventMention],
    seen: set[tuple[str, str | None]],
) -> list[EventMention]:
    """The sentence's mentions with the statements its saying tails tell, each in the place
    of a mention its saying made already."""
    said = scope.said
    sources = list(said)
    if according and not any(m.type != OTHER and not m.weak for m in out):
        # "volgens het leger ..." with no happening of a type: what the source claims
        sources += [span for span in according if not any(a <= span[0] < b for a, b in said)]
    quoted = one_saying(
        quoted_statements(
            scope.article,
            scope.sentence,
            scope.timexes,
            scope.lexicon,
            scope.people,
            sources,
            scope.removed,
            previous,
        )
    )
    for statement in quoted:
        key = (statement.group, statement.date)
        if key in seen and not any(m.weak and (m.group, m.date) == key for m in out):
            continue
        seen.add(key)
        # the date of the saying made an untyped event of the clause, or its verb of saying
        # a passing one ('"... hebben we geconcludeerd", aldus een Applebestuurder'): it is
        # this one
        out = [
            m
            for m in out
            if not (m.type == OTHER and m.date == statement.date)
            and not (m.weak and (m.group, m.date) == key)
        ]
        out.append(statement)
    return out


def _lone_date(
    lexicon: EventLexicon, text: str, clauses: Sequence[Clause], timexes: Sequence[Timex]
) -> list[Timex]:
    """The calendar dates of a sentence's first clause when they are all it holds but
    prepositions ("Op 3 maart", "Vorig jaar"), a comma after it and a word that
    opens a clause after that ("Op 3 maart, | toen ..."); none otherwise."""
    if len(clauses) < 2:
        return []
    first, second = clauses[0], clauses[1]
    dates = [t for t in timexes if first.start <= t.start < first.end and is_calendar(t)]
    if not dates or text[first.end : second.start].strip() != ",":
        return []
    opening = words_of(text, second.start, second.end, lexicon.language)[:1]
    if not opening or opening[0].lower not in lexicon.openers:
        return []
    words = words_of(text, first.start, first.end, lexicon.language)
    rest = [w for w in words if not any(t.start <= w.start < t.end for t in dates)]
    return dates if all(w.lower in lexicon.prepositions for w in rest) else []


def _counted(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    timex: Timex,
    find_events: FindEvents,
    dated: Mapping[str, EventMention],
    published: Interval | None,
) -> Timex:
    """`timex` as the day it counts from an event told before ("twee dagen na de aanslag"),
    but not a day after the publication in a clause not told as to come: "Negen maanden na
    hun eerste ontmoeting zijn ze in Hanoi" counts from another meeting than the one told."""
    counted = offset_from_event(timex, text, clause.end, lexicon.offsets, find_events, dated)
    if counted is None:
        return timex
    if after_publication(counted, published) and (
        lexicon.tense.tense(text[clause.start : clause.end]) != "future"
    ):
        return timex
    return counted


def _call(
    lexicon: EventLexicon,
    text: str,
    wish: Clause,
    trigger: Trigger,
    own: Sequence[Timex],
    told: bool,
) -> Trigger | None:
    """What a wanted event makes: nothing ("Zij hopen dat het leger aanvalt"), or, wanted in
    a `wish` clause that names someone and `told` nothing itself, a call ("De VS willen dat
    er onderzoek wordt gedaan": a statement). A dated wish stays the event it names, as a
    hedged clause does."""
    if any(governs(t, lexicon.cues, text) for t in own):
        return trigger
    if lexicon.quotation_type is None or told or not names_someone(lexicon, text, wish):
        return None
    return replace(trigger, type=lexicon.quotation_type)


def _without_birth_years(
    lexicon: EventLexicon, text: str, sentence: Sentence, timexes: Sequence[Timex]
) -> Sequence[Timex]:
    """The dates of a sentence but a year in brackets after a person's name: "Gerard
    Sanderink (1948) begon ..." is born then, which dates nothing the sentence tells (not so
    "het klimaatakkoord van Parijs (2015)" or "De Monitor (7 april)")."""
    bracketed = [
        t
        for t in timexes
        if t.type == "DATE"
        and len(t.value) == 4
        and text[t.start - 2 : t.start] == " ("
        and text[t.end : t.end + 1] == ")"
    ]
    if not bracketed:
        return timexes
    gazetteer = lexicon.actors
    known = gazetteer.known(text, sentence.start, sentence.end)
    names = {e for _, e, _ in gazetteer.people(text, sentence.start, sentence.end, known)}
    born = {id(t) for t in bracketed if t.start - 2 in names}
    return [t for t in timexes if id(t) not in born]


def _undated(
    lexicon: EventLexicon,
    text: str,
    spans: list[tuple[int, int]],
    anchoring: Anchoring,
    dating: Sequence[Timex],
) -> list[tuple[int, int]]:
    """A title's spans without the expression of its clause that dates it (`without_date`),
    unless it is one of two joined by a range link or an alternative (`title_date_joiners`:
    "tussen 2013 en 2018", "in 2003 of 2005"): the other would be left hanging."""
    if not anchoring.explicit or anchoring.time_text is None:
        return spans
    for timex in dating:
        if timex.text == anchoring.time_text and timex.type in ("DATE", "TIME"):
            joiners = lexicon.title_date_joiners
            if any(
                _joined(text, timex, other, joiners) or _joined(text, other, timex, joiners)
                for other in dating
            ):
                return spans
            return without_date(
                text,
                spans,
                (timex.start, timex.end),
                timex.signal,
                lexicon.title_date_signals,
                lexicon.title_strip,
                lexicon.title_date_bound,
                lexicon.title_shape,
            )
    return spans


def _joined(text: str, first: Timex, second: Timex, joiners: frozenset[str]) -> bool:
    """Whether one of `joiners` joins two expressions: "2003 of 2005"."""
    return first.end < second.start and " ".join(text[first.end : second.start].split()) in joiners


def _relative_prefix(
    lexicon: EventLexicon, text: str, clauses: Sequence[Clause], index: int
) -> list[tuple[int, int]]:
    """For a relative clause ("die op 13 september werd gearresteerd"), the name it is about,
    or the noun with its determiner ("de omzet | die het bedrijf boekte")."""
    if index == 0:
        return []
    clause = clauses[index]
    first = words_of(text, clause.start, clause.end, lexicon.language)[:1]
    if not first or first[0].lower not in lexicon.relative:
        return []
    before = words_of(text, clauses[index - 1].start, clauses[index - 1].end, lexicon.language)
    tail: list[Word] = []
    for word in reversed(before):
        if not word.text[:1].isupper() and tail:
            break
        tail.append(word)
        if len(tail) >= 3:
            break
    if not tail:
        return []
    if len(tail) == 1 and len(before) > 1 and not tail[0].text[:1].isupper():
        determiner = before[-2]
        if determiner.lower in lexicon.determiners:
            tail.append(determiner)
    return [(tail[-1].start, tail[0].end)]
