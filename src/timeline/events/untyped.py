"""A clause dated by a calendar expression that names no type of event: whether it tells a
happening of that date (type `other`: "In 1907 deelde Moskou Iran op") or only a state, a
statistic or a description that the date qualifies ("tot 1961 heette ze Akmolinsk")."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.anchor import goes_on, is_calendar
from timeline.events.attributes import attribute_date
from timeline.events.clause_filters import describes
from timeline.events.clauses import Clause, inflected_verb, opening_verb
from timeline.events.lexicon import EventLexicon
from timeline.events.titles import keep_spans
from timeline.events.words import Word, words_of
from timeline.model import Timex

#: The fewest words besides its dates that make a dated clause tell something.
_MIN_OTHER_WORDS = 3


def other_event(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    own: Sequence[Timex],
    removed: Sequence[tuple[int, int]],
    sentence_start: int,
) -> bool:
    """A clause dated by a calendar expression that tells more than the date itself."""
    if not own:
        return False  # (most clauses: no expression of their own)
    dates = [
        t
        for t in own
        if is_calendar(t)
        and t.type in ("DATE", "TIME")
        # a date in brackets is a citation or an aside: "(Het Hoogste Woord, maandag)"
        and not in_brackets(text, t.start, t.end, clause.start, clause.end)
        and not attribute_date(lexicon.date_attributes, text, t, clause.start, clause.end)
    ]
    # "ligt al honderd dagen in een ziekenhuis": a span going on up to now dates its start
    dates += [
        t
        for t in own
        if goes_on(t, lexicon.cues, text)
        and not in_brackets(text, t.start, t.end, clause.start, clause.end)
    ]
    if dates and lexicon.tense.tense(text[clause.start : clause.end]) == "past":
        dates = [t for t in dates if is_calendar(t)]  # "was al twee jaar": before a past time
    if not dates:
        return False
    # "sinds 2017 zitten ze in voorarrest" tells the turn that began what still holds (the
    # gold's `other` with AFTER); "sinds 2017 woont ze in Brussel" is a state (its verb)
    kept = keep_spans(clause.start, clause.end, removed)
    words = [w for s, e in kept for w in words_of(text, s, e, lexicon.language)]
    outside = [w for w in words if not any(t.start <= w.start < t.end for t in dates)]
    if len(outside) < _MIN_OTHER_WORDS:
        return False
    statistic = lexicon.statistics is not None and any(
        lexicon.statistics.search(text, s, e) for s, e in kept
    )
    # "die al dertien jaar aan de macht is": what a span goes on with, told only by "zijn"
    # or "hebben", is a state
    lasting = not any(is_calendar(t) for t in dates)
    clause_text = text[clause.start : clause.end]
    tense = lexicon.tense.tense(clause_text)
    if lasting and describes(lexicon, clause_text, tense, (), clause.start > sentence_start):
        # "Tjia, die al twintig jaar zakendoet met ...": how long a relative clause in the
        # present says something has gone on describes its noun, no turn that began it
        return False
    if _only_a_state(lexicon, outside, sentence_start, statistic, lasting=lasting):
        return False  # "tot 1961 heette ze Akmolinsk": a state, dated
    if _possible(lexicon, clause_text, outside, sentence_start):
        return False  # "is tot 7 april te zien": what can be done, a state
    if _always(lexicon, clause_text) and not any(t.mod == "AFTER" for t in dates):
        # "was in 1997 altijd neutraal": what always held, no happening; but what always held
        # since a date tells the turn that began it, as above ("was sinds 1979 altijd")
        return False
    # "Op 22 juni kunnen ze zwemmen": what can happen on a day written in the clause
    # (not a time counted from one told before: "Die nacht kan hij nauwelijks slapen", "ze
    # kunnen zich een jaar later bedenken" tell what can be, at a time of the story)
    dated = any(is_calendar(t) and t.anchor != "previous" for t in dates)
    return not lexicon.is_hedged(text[clause.start : clause.end], dated=dated)


def _only_a_state(
    lexicon: EventLexicon,
    words: Sequence[Word],
    sentence_start: int,
    statistic: bool,
    *,
    lasting: bool = False,
) -> bool:
    """Whether the verbs of a clause tell a state ("heette", "bedroeg") and nothing else: not
    "werd opgericht en bestaat uit", "is begonnen en duurt tot". A verb may open the sentence
    with a capital ("Telde de school in 2015 nog 734 leerlingen, ..."). A share or a count
    that is had, is, grows or is shown by figures is a statistic ("In 2018 had de helft
    overgewicht", "was in 2018 te zwaar, blijkt uit cijfers"). What goes on up to now
    (`lasting`) is a state with no verb but companions too ("is al acht jaar een failed
    state")."""
    endings = lexicon.infinitive_endings
    allowed = lexicon.state_verbs | lexicon.state_companions
    forms = [
        i
        for i, w in enumerate(words)
        # a word counted is a noun ("8964 gevallen" are cases, nothing fell), unless it is a
        # verb of state ("Industriestraat 9 duurt van ...")
        if not (i and words[i - 1].text.isdigit() and w.lemma not in allowed)
        and _verb_form(w, endings, sentence_start)
    ]
    verbs = [words[i].lemma for i in forms]
    if statistic:
        return all(v in allowed or v in lexicon.statistic_verbs for v in verbs)
    if lasting:
        # (a plural is written as its infinitive: "Ze kennen elkaar al dertig jaar"); a verb
        # form after an article is an adjective: "is al acht jaar een mislukte staat"
        articles = lexicon.tense.adjective_determiners
        held = [words[i].lemma for i in forms if not (i and words[i - 1].lower in articles)]
        stated = bool(verbs) or any(w.lemma in lexicon.state_verbs for w in words)
        return stated and all(v in allowed for v in held)
    return any(v in lexicon.state_verbs for v in verbs) and all(v in allowed for v in verbs)


def _possible(
    lexicon: EventLexicon, clause_text: str, words: Sequence[Word], sentence_start: int
) -> bool:
    """Whether a clause tells only what can be seen, ordered or visited (`possibilities`: "is
    tot 7 april te zien", "dat te bezoeken is"): no verb but a state's companions."""
    if not any(p.search(clause_text) for p in lexicon.possibilities):
        return False
    endings = lexicon.infinitive_endings
    allowed = lexicon.state_verbs | lexicon.state_companions
    return all(w.lemma in allowed for w in words if _verb_form(w, endings, sentence_start))


def _verb_form(word: Word, endings: tuple[str, ...], sentence_start: int) -> bool:
    """Whether a word is an inflected verb, or a verb opening the sentence with a capital."""
    return inflected_verb(word, endings) or (
        word.start == sentence_start and opening_verb(word, endings)
    )


def _always(lexicon: EventLexicon, text: str) -> bool:
    """Whether a clause says that something always holds or recurs (`always`: "altijd"; not
    `not_always`: "nog altijd" is still)."""
    if lexicon.always is None or not lexicon.always.search(text):
        return False
    return lexicon.not_always is None or bool(
        lexicon.always.search(lexicon.not_always.sub(" ", text))
    )


def in_brackets(text: str, start: int, end: int, low: int, high: int) -> bool:
    """Whether `text[start:end]` stands inside round brackets within `text[low:high]`."""
    opening = text.rfind("(", low, start)
    closing = text.find(")", end, high)
    return opening >= 0 and closing >= 0 and ")" not in text[opening:start]
