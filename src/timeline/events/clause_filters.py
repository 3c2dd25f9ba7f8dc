"""Clauses that name a type of event but tell none, or tell it only in passing.

Detection (`detect`) asks these of each clause with a trigger: one's own present or words
("ik ga", "zeg ik"), a habit ("zelden"), a denial ("geen akkoord"), a generality told in the
present ("Agenten worden getraind"), a description of a noun ("weduwen die Shell ... houden"),
a wish ("hoopt dat de regering aftreedt"), a condition ("Als Ajax vanavond wint"), or a verb
of saying with nobody official to say it.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.anchor import before_publication, is_calendar
from timeline.events.clauses import Clause, inflected_verb
from timeline.events.lexicon import EventLexicon, Trigger
from timeline.events.officials import official_speaker
from timeline.events.titles import QUOTES
from timeline.events.words import words_of
from timeline.model import Interval, Timex


def own_present(lexicon: EventLexicon, text: str, clause: Clause) -> bool:
    """Whether a clause is told in the present (not the perfect) by a pronoun of the first or
    second person singular (`own_voice`: "ik", "je"), anywhere in it."""
    words = words_of(text, clause.start, clause.end, lexicon.language)
    # the pronoun first: most clauses have none, and their tense need not be read
    return (
        any(w.lower in lexicon.own_voice for w in words)
        and lexicon.tense.tense(text[clause.start : clause.end]) == "present"
        and not lexicon.tense.is_perfect([w.lower for w in words])
    )


def habit(lexicon: EventLexicon, text: str, clause: Clause) -> bool:
    """Whether a clause says how often something is done (`habits`: "zelden", "vaak")."""
    return bool(lexicon.habits) and any(
        w.lower in lexicon.habits
        for w in words_of(text, clause.start, clause.end, lexicon.language)
    )


def denied(lexicon: EventLexicon, text: str, clause: Clause, trigger: Trigger) -> bool:
    """Whether the event word is denied: right after a word of `denying_determiners` ("geen
    akkoord", "geen doden gevallen"; not a saying: "geen commentaar" is said), or a verb right
    after or before a word of `denying_subjects` ("Niemand zei", "is niemand aangehouden")."""
    before = words_of(text, clause.start, trigger.start, lexicon.language)[-1:]
    if trigger.type not in lexicon.reporting and any(
        w.lower in lexicon.denying_determiners for w in before
    ):
        return True
    after = words_of(text, trigger.end, clause.end, lexicon.language)[:1]
    return trigger.verbal and any(w.lower in lexicon.denying_subjects for w in (*before, *after))


def own_words(lexicon: EventLexicon, text: str, clause: Clause, trigger: Trigger) -> bool:
    """Whether a verb of saying has a pronoun of the first or second person singular for its
    subject (`own_voice`), in its clause before it (after any comma) or right after it ("Toen
    heb ik tegen hem gezegd", "zeg ik", "Je zou zeggen"): someone's own words, not a
    statement."""
    if trigger.type not in lexicon.reporting or not lexicon.own_voice:
        return False
    # not a quote before a saying tail: "'Ik wil Trump bedanken,' zei Netanyahu"
    start = max(clause.start, text.rfind(",", clause.start, trigger.start) + 1)
    before = words_of(text, start, trigger.start, lexicon.language)
    after = words_of(text, trigger.end, clause.end, lexicon.language)[:1]
    return any(w.lower in lexicon.own_voice for w in (*before, *after))


def generic(lexicon: EventLexicon, text: str, clause: Clause, trigger: Trigger) -> bool:
    """Whether a clause told in the present with no time of its own tells what is done in
    general rather than a happening: its event is named by one word, not a saying, and the
    clause names nobody, no actor, person or official ("Dus kopen ze een hybride auto",
    "Agenten worden getraind om ..."). Not a clause opened by an article that makes its
    subject a particular one (`specific`: "De schutter wordt aangeklaagd"), nor a relative
    clause (what happens at a place is told: "Soedan, waar de drones de haven aanvallen"; a
    describing one is `describes`'s). A phrase of the lexicon ("Uit onderzoek blijkt dat",
    "wordt verdacht van") names its event whatever the clause's subject."""
    first = words_of(text, clause.start, clause.end, lexicon.language)[:1]
    return (
        trigger.type not in lexicon.reporting
        and " " not in text[trigger.start : trigger.end].strip()
        # "De schutter wordt aangeklaagd": a particular subject, whose present is news
        and not (
            first and (first[0].lower in lexicon.relative or first[0].lower in lexicon.specific)
        )
        and not names_someone(lexicon, text, clause)
    )


def names_someone(lexicon: EventLexicon, text: str, clause: Clause) -> bool:
    """Whether a clause names an actor, a person or an official ("de premier")."""
    gazetteer = lexicon.actors
    known = gazetteer.known(text, clause.start, clause.end)
    named = known or gazetteer.people(text, clause.start, clause.end, known)
    return bool(named) or official_speaker(lexicon, text, clause.start, clause.end)


def describes(
    lexicon: EventLexicon, clause_text: str, tense: str | None, own: Sequence[Timex], inside: bool
) -> bool:
    """Whether a clause is a relative clause in the present (not a sentence's first: "Die
    aanval ..." opens with a demonstrative) with no calendar date of its own."""
    first = clause_text.split(maxsplit=1)[:1]
    return (
        inside
        and tense == "present"
        and bool(first)
        and first[0].lower() in lexicon.describing
        and not any(is_calendar(t) for t in own)
    )


def wished(lexicon: EventLexicon, text: str, before: Clause, clause: Clause) -> int | None:
    """Where the wanted part of `clause` ends, when it is the complement of a verb of wishing
    in the clause `before` it ("De oppositie hoopt | dat de regering aftreedt"): up to a
    coordinated clause of its own ("wil niet dat ze terugkeren | en heeft ... ingetrokken")."""
    if not lexicon.wishing_verbs:
        return None
    head = text[clause.start : min(clause.end, clause.start + 24)].split(maxsplit=1)
    if not head or head[0].lower() not in lexicon.complementisers:
        return None
    words = words_of(text, before.start, before.end, lexicon.language)
    if not any(w.lemma in lexicon.wishing_verbs for w in words):
        return None
    # (not "dat de bond instemt en meer partners zich aansluiten": words coordinated under
    # the wish, with no verb right after the coordinator)
    endings = lexicon.infinitive_endings
    for joined in lexicon.coordinator.finditer(text, clause.start, clause.end):
        after = words_of(text, joined.end(), clause.end, lexicon.language)[:1]
        if after and inflected_verb(after[0], endings):
            return joined.start("at")
    return clause.end


def conditional(
    lexicon: EventLexicon,
    text: str,
    clause: Clause,
    timexes: Sequence[Timex],
    published: Interval | None,
    sentence_end: int,
) -> bool:
    """Whether `clause` states a condition: it opens (after a quote, or a low quote typed as
    ",,") with a word of condition and a subject ("Als Ajax vanavond wint", not "als
    voorzitter maak ik"), and names no time before the publication ("Als De Gaulle in 1970
    sterft" narrates: when). With a consequence after it in its sentence (", dan ..."), any
    subject will do ("Als regeringen zeggen ..., dan"), and so will a verb opening the clause
    before its subject ("Doen ze dat niet, dan ...", not a determiner: "Grofweg de helft
    wil liever X, dan Y")."""
    head = text[clause.start : min(clause.end, clause.start + 40)].split(maxsplit=2)
    if len(head) < 2:
        return False
    opening, subject = head[0].lstrip(QUOTES + ",").lower(), head[1]
    named = subject[:1].isupper() or subject.lower() in lexicon.condition_subjects
    if opening in lexicon.conditionals:
        if not named and not (
            subject.isalpha() and _consequent(lexicon, text, clause, sentence_end)
        ):
            return False
    elif not named or not _verb_first(lexicon, opening):
        return False
    elif not subject[:1].isupper() and subject.lower() in lexicon.determiners:
        return False  # a verb has its subject right after it: "Grofweg de helft ..., dan"
    elif not _consequent(lexicon, text, clause, sentence_end):
        return False
    return not any(
        clause.start <= t.start < clause.end and is_calendar(t) and before_publication(t, published)
        for t in timexes
    )


def free_relative(lexicon: EventLexicon, text: str, clause: Clause) -> bool:
    """Whether `clause` opens (after a quote) with a pronoun that stands for anyone it fits
    (`free_relatives`: "Wie zich meldt, wordt gearresteerd")."""
    head = text[clause.start : min(clause.end, clause.start + 40)].split(maxsplit=1)
    return bool(head) and head[0].lstrip(QUOTES + ",").lower() in lexicon.free_relatives


def inner_condition(lexicon: EventLexicon, text: str, clause: Clause, position: int) -> bool:
    """Whether `position` (an event word's start) lies in a condition opened inside its
    clause: a word of `inner_conditionals` right after a word (no quote or colon between), its
    subject right after it, and no comma up to the event word ("praat alleen als de president
    aftreedt"). Not a likeness or a role (a `likened` word or a quote after it: "ziet het als
    een aanval"), a comparison or an indirect question (a `comparing` or `asking` word before
    it in the clause: "zowel de VS als de EU", "niet duidelijk wanneer de bouw begint")."""
    if not lexicon.inner_conditionals:
        return False
    words = words_of(text, clause.start, position, lexicon.language)
    for i in range(len(words) - 2, 0, -1):
        word = words[i]
        if word.lower not in lexicon.inner_conditionals:
            continue
        subject = words[i + 1]
        if (
            "," in text[word.end : position]
            or text[words[i - 1].end : word.start].strip()
            or text[word.end : subject.start].strip()
            or subject.lower not in lexicon.condition_subjects
            or subject.lower in lexicon.likened
        ):
            return False
        return not any(w.lower in lexicon.comparing or w.lower in lexicon.asking for w in words[:i])
    return False


def _consequent(lexicon: EventLexicon, text: str, clause: Clause, sentence_end: int) -> bool:
    """Whether a consequence (", dan ...") follows the clause's opening in its sentence."""
    return any(
        text.find(f", {word} ", clause.start, sentence_end) >= 0
        for word in lexicon.condition_consequents
    )


def _verb_first(lexicon: EventLexicon, word: str) -> bool:
    """Whether a clause's lower-cased first word may be its verb: no function word opens it."""
    return word.isalpha() and not (
        word in lexicon.prepositions
        or word in lexicon.openers
        or word in lexicon.determiners
        or word in lexicon.complementisers
        or word in lexicon.title_strip
        or word in lexicon.conditionals
    )


def needs_actor(lexicon: EventLexicon, text: str, clause: Clause, trigger: Trigger) -> bool:
    """A verb that tells of an event only when someone speaks officially ("de premier zei",
    "Ardern zei" where the article gives her an office, ", meldt de NOS" is no office), and
    nobody in the clause does: not "ze zegt", nor a private person quoted by name."""
    if trigger.type not in lexicon.reporting:
        return False  # "stelde hem op non-actief" is no saying
    lemma = words_of(text, trigger.start, trigger.end, lexicon.language)
    # the infinitive may be lemmatised as a noun ("stellen" -> "stel")
    if not lemma or not {lemma[0].lemma, lemma[0].lower} & lexicon.actor_verbs:
        return False
    # "Premier Rutte, | die in Brussel was, | zei": the subject stands before the aside
    start = clause.start if clause.outer is None else clause.outer
    return not official_speaker(lexicon, text, start, clause.end)


def asks(lexicon: EventLexicon, text: str, clause: Clause) -> bool:
    """Whether a clause opens with a conjunction of an indirect question (`questions`) and
    its subject, and ends at the comma before its main clause ("Of de regering valt, | moet
    nog blijken"; not "Of zoals de minister zegt, ...": or)."""
    body = text[clause.start : clause.end].rstrip()
    head = body.split(maxsplit=2)[:2]
    if len(head) < 2 or head[0].lower() not in lexicon.questions:
        return False
    # a subject after it, as after a condition: "Of de bond ...", "Of er ...", "Of Tuf ..."
    subject = head[1][:1].isupper() or head[1].lower() in lexicon.condition_subjects
    return subject and (body.endswith(",") or text[clause.end : clause.end + 1] == ",")
