"""Short titles for events: the clause that reports them, readable in a list.

A title leaves out the clause's attributions (`attributions`: "zegt Van Veen") and the
expression that dates its event (shown beside it), puts the subject before its verb where
what opened the clause is left out, and is cut short at a finished phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: Quotation marks and brackets: blanked in titles, passed over before a clause's first word.
QUOTES = "\"'“”‘’«»„()[]"
_QUOTES_TO_BLANKS = str.maketrans(dict.fromkeys(QUOTES, " "))
#: An apostrophe inside a word ("z'n", "camera's"): no quotation mark, kept in a title.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
#: Apostrophes to keep, held as characters no text holds while the quotes are blanked.
_HELD = {"'": "\x00", "’": "\x01"}
_RELEASED = str.maketrans({held: mark for mark, held in _HELD.items()})
#: Two commas before a word: a quotation mark typed as commas (",,Nee"), blanked in a title.
_COMMA_QUOTE = re.compile(r",,(?=\w)")
_MAX_WORDS = 16
#: Marks around a word in a title's word list; a title cut short ends on none.
_MARKS = ",;:-–"
#: The most words a heading run into a title's sentence has.
_HEADING_WORDS = 8
#: The fewest words a title cut short keeps when it drops an unfinished ending.
_MIN_WORDS = 6
_ASIDE = re.compile(r"\([^()]*\)")
_BLANK_BEFORE_MARK = re.compile(r"\s+([,.;:])")
_WORD = re.compile(r"\w+")
#: A word with the hyphens and apostrophes inside it: "Noord-Korea", "z'n".
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
#: How far after a dating expression its verb and subject are looked for.
_LOOK_AHEAD = 80
#: The most words a name that is a subject put before its verb has.
_NAME_WORDS = 3
#: A hyphen or a word character: an expression with one right before or after it is part of
#: a word.
_ATTACHED = re.compile(r"[-\w]")
#: How far before a dating expression the word before it is looked for.
_LOOK_BACK = 40
#: Marks that may follow a clause's last word.
_CLOSING = " .,;:!?\"'”’"
#: Marks after which another clause may go on.
_CLAUSE_MARKS = ",;:"


@dataclass(frozen=True)
class TitleShape:
    """The word lists a title is shaped by: where it may put its subject before its verb,
    once what opened the clause before the verb is left out ("In 2018 sloot Iran" -> "Iran
    sloot"), and, from `adjective_endings` on, which words it keeps or leaves out at its
    ends."""

    #: Words that are no verb: prepositions, determiners, clause openers.
    function_words: frozenset[str]
    #: Pronouns that may be the subject.
    subjects: frozenset[str]
    #: Words that may go on with a name before another capital ("van"): a subject followed
    #: by one may be longer.
    name_links: frozenset[str]
    #: Words that join a subject to another ("en"): a subject followed by one is longer.
    joiners: frozenset[str]
    #: Words that open a main clause before its verb and are left out of a title ("zo").
    openers: frozenset[str] = frozenset()
    #: Determiners: one and a noun may be the subject when another determiner follows
    #: ("sloot | de regering | een akkoord").
    determiners: frozenset[str] = frozenset()
    #: Words that are no noun of such a subject ("er", "weer": "leek het er een tijdje op").
    not_nouns: frozenset[str] = frozenset()
    #: Endings of an inflected adjective ("vroege") and of nouns that end so too ("politie"):
    #: a determiner and such a word before a dating expression are left hanging without it.
    adjective_endings: tuple[str, ...] = ()
    noun_endings: tuple[str, ...] = ()
    #: Demonstratives a title keeps when they open their sentence as the subject of its
    #: verb ("Dat blijkt uit cijfers"), though they are left out as conjunctions.
    demonstratives: frozenset[str] = frozenset()
    #: Conjunctions a title does not end on when its sentence goes on after them
    #: (`_without_hanging`).
    conjunctions: frozenset[str] = frozenset()
    #: Auxiliaries a title puts after a pronoun subject rather than leave out
    #: (`_opening_left_out`).
    auxiliaries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Headline:
    """The words a title drops from a relative clause it gives with the name the clause is
    about, as a headline does: "Mahsa Amini die door de politie werd gearresteerd" ->
    "Mahsa Amini door de politie gearresteerd"."""

    #: Relative pronouns that are the subject of their clause ("die", not "waar").
    relatives: frozenset[str] = frozenset()
    #: Auxiliaries that may end such a clause, before or after its last word.
    auxiliaries: frozenset[str] = frozenset()
    #: Words that keep the auxiliary next to them: prepositions ("met zijn vriend"), modals.
    function_words: frozenset[str] = frozenset()


def keep_spans(start: int, end: int, removed: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `[start, end)` outside the removed spans."""
    out: list[tuple[int, int]] = []
    cursor = start
    for s, e in removed:
        if e <= cursor or s >= end:
            continue
        if s > cursor:
            out.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        out.append((cursor, end))
    return out


def without_date(
    text: str,
    spans: Sequence[tuple[int, int]],
    date: tuple[int, int],
    signal: str | None,
    signals: frozenset[str],
    strip_words: frozenset[str],
    bound: frozenset[str] = frozenset(),
    cues: TitleShape | None = None,
) -> list[tuple[int, int]]:
    """The spans of a title without the expression `text[date[0]:date[1]]` that dates its
    event (the chronology shows the date beside the title), with the signal before it when
    that is one of `signals` ("in 2018"). An expression after another signal stays: "sinds
    maart" tells more than the date, and one after a word of `bound` is part of a
    phrase ("de actie van maandag"). One that opens the title goes only when the subject can
    be put before the verb that follows it (`_inverted`).
    """
    start, end = date
    if (start and _ATTACHED.match(text, start - 1)) or _ATTACHED.match(text, end):
        return list(spans)  # part of a word: "de mid-jaren negentig", "de 2019-editie"
    if signal is not None:
        if signal not in signals:
            return list(spans)
        before = start - 1 - len(signal)
        if before >= 0 and text[before : start - 1].lower() == signal:
            start = before
            previous = _WORD.findall(text, max(0, start - _LOOK_BACK), start)
            if previous and previous[-1].lower() in bound:
                return list(spans)  # "meer dan | in 2017": a comparison with that time
    else:
        previous = _WORD.findall(text, max(0, start - _LOOK_BACK), start)
        if previous and previous[-1].lower() in bound:
            return list(spans)
        if cues is not None:
            opening = max((s for s, _ in spans if s <= start), default=start)
            own = _WORD.findall(text, max(opening, start - _LOOK_BACK), start)
            if not text[start].isupper() and _modified(own, cues):
                return list(spans)
    if not any(s <= start and end <= e for s, e in spans):
        return list(spans)
    lead = [w for s, e in spans if s < start for w in _WORD.findall(text, s, min(e, start))]
    if all(w.lower() in strip_words for w in lead):
        inverted = _inverted(text, spans, end, cues) if cues else None
        return inverted or list(spans)
    return [part for s, e in spans for part in keep_spans(s, e, [(start, end)])]


def _modified(previous: Sequence[str], cues: TitleShape) -> bool:
    """Whether the words of a title before an expression are a preposition, a determiner and
    an adjective ("in die vroege | zomer van 1886"): left out, the expression would leave them
    hanging. An adjective ends in one of `cues.adjective_endings` and in none of its
    `noun_endings`; the preposition tells it from a noun ("wijzigde de gemeente | vorig
    jaar")."""
    if len(previous) < 3 or not cues.adjective_endings:
        return False
    word = previous[-1]
    return (
        word.islower()
        and word.endswith(cues.adjective_endings)
        and not word.endswith(cues.noun_endings)
        and previous[-2].lower() in cues.determiners
        and previous[-3].lower() in cues.function_words
    )


def _inverted(
    text: str,
    spans: Sequence[tuple[int, int]],
    end: int,
    cues: TitleShape,
    names: bool = True,
) -> list[tuple[int, int]] | None:
    """The spans of a title that opens with words ending at `end`, without them, its subject
    before its verb: "In 2018 sloot Iran een akkoord" -> "Iran sloot een akkoord". None
    unless these words are followed by a word in lower case that is no function word or
    pronoun (the verb) and then by a pronoun or a name (words with a capital, none but the
    first ending in "e", which may be an adjective: "Russische"; not followed by a mark,
    another capital, a joiner or a word that may go on with the name), a name only if
    `names`, or a determiner and a noun (`_determined`).
    """
    function_words, subjects, name_links = (
        cues.function_words,
        cues.subjects,
        cues.name_links,
    )
    at = next((i for i, (s, e) in enumerate(spans) if s <= end <= e), None)
    if at is None:
        return None
    stop = spans[at][1]
    words = [m.span() for m in _TOKEN.finditer(text, end, min(stop, end + _LOOK_AHEAD))]
    if len(words) < 2 or text[end : words[0][0]].strip():
        return None
    verb = text[words[0][0] : words[0][1]]
    if not verb.isalpha() or not verb.islower() or verb in function_words or verb in subjects:
        return None
    subject: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(words[1 : 1 + _NAME_WORDS], 1):
        word = text[s:e]
        if text[words[i - 1][1] : s].strip():
            break
        if not subject and word.lower() in subjects:
            subject = [(s, e)]
            break
        if not subject and word.lower() in cues.determiners:
            subject = _determined(text, words, i, cues)
            break
        if not names or not word[:1].isupper() or (subject and word.endswith("e")):
            break
        subject.append((s, e))
    if not subject:
        return None
    rest = [w for w in words if w[0] >= subject[-1][1]]
    if rest and (
        text[rest[0][0]].isupper()
        or text[subject[-1][1] : rest[0][0]].strip()
        or text[rest[0][0] : rest[0][1]] in cues.joiners
        or (
            text[rest[0][0] : rest[0][1]] in name_links
            and (len(rest) == 1 or text[rest[1][0]].isupper())
        )
    ):
        # the subject may go on ("Jan Peter | Balkenende", "Jan | van Dijk", "hij | en Piet")
        # or have an apposition ("Jan, de voorzitter,")
        return None
    named = (subject[0][0], subject[-1][1])
    return [named, words[0], (named[1], stop), *spans[at + 1 :]]


def relative_headline(
    text: str, spans: Sequence[tuple[int, int]], headline: Headline
) -> list[tuple[int, int]]:
    """The spans of a title that gives a name (`spans[0]`) and the relative clause about it
    (the rest), without the clause's pronoun and the auxiliary next to its last word, as a
    headline has them: "Roma | die in de oorlog zijn vermoord" -> "Roma in de oorlog
    vermoord". Unchanged unless the clause opens with one of `headline.relatives`, runs to
    the end without a comma or colon, holds one auxiliary, and ends on it and a word in lower
    case, in either order, with no word of `headline.function_words` next to the pair
    ("met zijn vriend", "zouden worden gehouden").
    """
    if len(spans) < 2:
        return list(spans)
    first = _TOKEN.search(text, spans[1][0], spans[1][1])
    if first is None or first.group().lower() not in headline.relatives:
        return list(spans)
    words = [m for s, e in spans[1:] for m in _TOKEN.finditer(text, s, e)]
    auxiliaries = [m for m in words if m.group() in headline.auxiliaries]
    if (
        len(words) < 4
        or len(auxiliaries) != 1
        or text[words[-1].end() : spans[-1][1]].strip(_CLOSING)
        or any(
            mark in text[s : min(e, words[-1].end())]
            for s, e in spans[1:]
            for mark in _CLAUSE_MARKS
        )
    ):
        return list(spans)
    auxiliary, last = auxiliaries[0], words[-1]
    if auxiliary is last:
        word, before = words[-2].group(), words[-3].group()
    elif auxiliary is words[-2]:
        word, before = last.group(), words[-3].group()
    else:
        return list(spans)
    if not (word.isalpha() and word.islower()) or before.lower() in headline.function_words:
        return list(spans)
    cut = [first.span(), auxiliary.span()]
    return [part for s, e in spans for part in keep_spans(s, e, cut)]


def _determined(
    text: str, words: Sequence[tuple[int, int]], i: int, cues: TitleShape
) -> list[tuple[int, int]]:
    """The subject that `words[i]`, a determiner, opens with the noun after it, when another
    determiner follows that noun: "de politie | de man"."""
    if i + 2 >= len(words) or text[words[i][1] : words[i + 1][0]].strip():
        return []
    noun = text[words[i + 1][0] : words[i + 1][1]]
    if (
        not noun.isalpha()
        or not noun.islower()
        or noun in cues.function_words
        or noun in cues.not_nouns
    ):
        return []
    after = words[i + 2]
    if text[words[i + 1][1] : after[0]].strip() or text[after[0] : after[1]] not in (
        cues.determiners
    ):
        return []
    return [words[i], words[i + 1]]


def _after_opener(
    text: str,
    spans: Sequence[tuple[int, int]],
    strip_words: frozenset[str],
    cues: TitleShape,
) -> list[tuple[int, int]] | None:
    """`_inverted` after the words a title leaves out at its start, one an opener, with a
    pronoun or a determiner and a noun for its subject ("Daarom wees de verdachte ..." ->
    "De verdachte wees ...")."""
    start, stop = spans[0]
    end = None
    for match in _WORD.finditer(text, start, min(stop, start + _LOOK_AHEAD)):
        word = match.group().lower()
        if word not in strip_words:
            break
        if word in cues.openers:
            end = match.end()
    # no name: a noun before a name may be no verb but a title ("Ook premier Jan zei")
    return _inverted(text, spans, end, cues, names=False) if end is not None else None


def _after_heading(words: list[str], cues: TitleShape) -> list[str]:
    """The words of a title after a heading run into its sentence ("Extra kosten De dieren
    ..."): a capitalised determiner, pronoun or function word within the first words, with a
    word in lower case after it, and none of these words before it (which would make it a
    name or a quoted title inside the sentence: "de campagne Het geweten van ...")."""
    for k, word in enumerate(words[: _HEADING_WORDS + 1]):
        lower = word.lower()
        opener = lower in cues.function_words or lower in cues.subjects
        if (
            k
            and opener
            and word[:1].isupper()
            and word[1:].islower()  # not an acronym: "OM"
            and k + 1 < len(words)
            and words[k + 1][:1].islower()
        ):
            return words[k:]
        if opener or lower.strip(_MARKS) in cues.function_words:
            return words
    return words


def _left_out(words: Sequence[str], strip_words: frozenset[str], cues: TitleShape | None) -> bool:
    """Whether a title leaves out its first word: one of `strip_words`, unless it is a
    demonstrative opening its sentence as the subject of the verb after it ("Dat blijkt uit
    cijfers", not "Dat de regering ...": a word in lower case that is no function word,
    pronoun or determiner follows)."""
    first = words[0].strip(",;:")
    if first.lower() not in strip_words:
        return False
    if cues is None or len(words) < 2 or first.lower() not in cues.demonstratives:
        return True
    after = words[1]
    return not (
        first[:1].isupper()
        and first[1:].islower()
        and after.isalpha()
        and after.islower()
        and after not in cues.function_words
        and after not in cues.subjects
        and after not in cues.determiners
    )


def _without_hanging(
    text: str, spans: Sequence[tuple[int, int]], cues: TitleShape
) -> list[tuple[int, int]]:
    """The spans of a title without its last word when that is a conjunction its sentence
    goes on after ("... was omgekomen in Afghanistan en | dat hij ..."): the clause it opens
    is not in the title."""
    words = [m for s, e in spans for m in _TOKEN.finditer(text, s, e)]
    if not words or words[-1].group().lower() not in cues.conjunctions:
        return list(spans)
    last = words[-1]
    if not text[last.end() : last.end() + _LOOK_AHEAD].lstrip()[:1].isalnum():
        return list(spans)  # "Hoogma ontkent dat.", "Zo'n 90 van hen kwamen om."
    return [part for s, e in spans for part in keep_spans(s, e, [(last.start(), e)])]


def _opening_left_out(
    words: list[str], strip_words: frozenset[str], cues: TitleShape | None
) -> list[str]:
    """A title's words without the ones it leaves out at its start (`_left_out`); an
    auxiliary left in front once an attribution is cut, with a pronoun subject after it,
    goes after that subject instead ("(Volgens X) is er geen bewijs" -> "Er is geen bewijs",
    not "Er geen bewijs")."""
    while words and _left_out(words, strip_words, cues):
        if (
            cues is not None
            and len(words) > 1
            and words[0].lower() in cues.auxiliaries
            and words[1].lower() in cues.subjects
        ):
            return [words[1][:1].upper() + words[1][1:], words[0].lower(), *words[2:]]
        words = words[1:]
    return words


def make_title(
    text: str,
    spans: Sequence[tuple[int, int]],
    strip_words: frozenset[str],
    unfinished: frozenset[str] = frozenset(),
    cues: TitleShape | None = None,
) -> str:
    """A readable title from the kept spans of a clause: trimmed, capitalised, not too long.

    A title cut short does not end on a word of `unfinished` ("... met de"). One that opens
    with a word of `cues.openers` ("Zo zei Jan") has its subject before its verb when
    `_inverted` can tell them ("Jan zei").
    """
    if cues is not None and cues.openers and spans:
        spans = _after_opener(text, spans, strip_words, cues) or spans
    if cues is not None and cues.conjunctions:
        spans = _without_hanging(text, spans, cues)
    raw = " ".join(text[s:e] for s, e in spans)
    if "(" in raw:  # (most clauses have no bracket: no scan)
        raw = _ASIDE.sub(" ", raw)  # "(andersom niet, ...)" is an aside, not the event
    if ",," in raw:
        raw = _COMMA_QUOTE.sub(" ", raw)
    inner = ("'" in raw or "’" in raw) and _INNER_APOSTROPHE.search(raw) is not None
    if inner:
        raw = _INNER_APOSTROPHE.sub(lambda m: _HELD[m.group()], raw)
    raw = raw.translate(_QUOTES_TO_BLANKS)
    if inner:
        raw = raw.translate(_RELEASED)
    words = _opening_left_out(raw.split(), strip_words, cues)
    if cues is not None:
        words = _opening_left_out(_after_heading(words, cues), strip_words, cues)
    if len(words) > _MAX_WORDS:
        words = words[:_MAX_WORDS]
        while len(words) > _MIN_WORDS and (
            not words[-1].strip(_MARKS) or words[-1].strip(_MARKS).lower() in unfinished
        ):
            words.pop()
        words = [*words[:-1], words[-1].rstrip(_MARKS), "…"]
    title = " ".join(words).strip(" ,;:-–.")
    # the words are joined by single spaces: a blank before a mark is one of these four
    if " ," in title or " ." in title or " ;" in title or " :" in title:
        title = _BLANK_BEFORE_MARK.sub(r"\1", title)
        if ",," in title:  # the words between two commas left out ("heeft, in 2018, een")
            title = title.replace(",,", ",")
    return title[:1].upper() + title[1:]
