"""Who says a statement: the speaker its verb of saying or its attribution names.

The speaker is a key for linking an article's sayings: two sayings of one speaker on one day
are one statement, sayings of two speakers are two. It is the gazetteer's name of a country
or an organisation ("Verenigde Staten"), a person's surname ("Trump" for "de Amerikaanse
president Donald Trump"), an official title resolved to the one name the article gives it
("zei de premier" -> "Ardern"), for a pronoun ("gaf hij toe") `PRONOUN`, and for a speaker
known only by a common noun or a title with no name ("De verdachte gaf toe", "aldus de
officier van justitie") `GROUP` and that noun.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from timeline.events.actors import Gazetteer
from timeline.events.lexicon import EventLexicon
from timeline.events.speakers import (
    TitleCues,
    compound_name,
    is_title,
    particled,
    title_holders,
    title_key,
    titled_names,
)
from timeline.events.words import Word, words_of

#: A pronoun that says something ("zei hij"): a speaker, but no name to key on.
PRONOUN = "\0"
#: The mark of a speaker known only by a common noun or a title the article gives no name
#: ("De verdachte gaf toe", "aldus de officier van justitie"): `GROUP` and the noun. Another
#: voice than any name, and than another noun.
GROUP = "\1"
#: A noun phrase of at most this many words, determiner included, names a speaker by a common
#: noun ("De 82-jarige politicus").
SUBJECT_WORDS = 3
#: How many words may stand between a verb and the speaker after it ("zei de Amerikaanse
#: president Trump"), and between a title and the name it is given.
REACH = 4
#: The end of a quotation: a closing quote mark, or a quote after a stop or comma ("...,'").
_QUOTE_END = re.compile(r"[.,!?]['’]|[\"”»]")
#: What cannot stand between a verb and its speaker: the end of a phrase or a quote.
_BREAKS = frozenset(",;:()\"'“”„«».!?")


class Candidate(NamedTuple):
    """A word or name that may say something, with its speaker key (`GROUP` and the title for
    an official title the article gives no single name, "de premier")."""

    start: int
    end: int
    key: str
    #: An official title ("de premier"), which is the name linked after it, if any.
    title: bool = False


def span_speaker(
    lexicon: EventLexicon, text: str, start: int, end: int, people: Mapping[str, str]
) -> str | None:
    """The speaker an attribution names: the first candidate of '", zei de premier gisteren"'
    or "volgens Halsema"."""
    found = candidates(lexicon, text, start, end, people)
    return found[0].key if found else None


def clause_speaker(
    lexicon: EventLexicon,
    text: str,
    clause: tuple[int, int],
    verb: tuple[int, int],
    people: Mapping[str, str],
    removed: Sequence[tuple[int, int]] = (),
    times: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The subject of a verb of saying in its clause: the name the clause opens with
    ("Mogherini benadrukte", "Netanyahu heeft beloofd", "dat de VS aankondigden"); else the
    one right after its finite verb, past a determiner ("Gisteren zei de premier", "liet hij
    weten", "heeft premier Netanyahu ... beloofd"), unless a noun phrase opens the clause
    ("De stafchef riep Bouteflika op"); else the one right before the verb ("zoals Netanyahu
    het noemt"), unless the clause opens with a preposition.

    Candidates inside `removed` (attributions: "volgens X") are not the verb's subject; with
    no candidate, a common noun may be (`_common_subject`), not one inside `times` (the
    clause's time expressions: "Die dag zei iedereen").
    """
    # a quote before the verb is what is said, not who says it ("'Ik wil Nielsen bedanken,'
    # twitterde Trump")
    start = max((m.end() for m in _QUOTE_END.finditer(text, clause[0], verb[0])), default=clause[0])
    found = [
        c
        for c in candidates(lexicon, text, start, clause[1], people)
        if not any(s <= c.start < e for s, e in removed)
    ]
    words = words_of(text, start, clause[1], lexicon.language)
    if not words:
        return None
    if not found:
        return _common_subject(lexicon, text, words, verb, times)
    determiners = lexicon.attributions.determiners
    openers = determiners | lexicon.complementisers | lexicon.openers | lexicon.title_strip
    first = found[0]
    if first.end <= verb[0] and all(w.lower in openers for w in words if w.end <= first.start):
        return first.key
    finite = next(
        (w for w in words if w.end <= verb[0] and w.lower in lexicon.verb_cluster_words), None
    )
    end = finite.end if finite is not None else verb[1]
    after = [c for c in found if c.start >= end]
    subject_first = words[0].lower in determiners and words[0].start < first.start
    if after and not subject_first and _between(text, end, after[0].start, determiners, 2):
        return after[0].key
    before = [c for c in found if c.end <= verb[0]]
    fronted = words[0].lower in lexicon.prepositions
    if before and not fronted and _between(text, before[-1].end, verb[0], frozenset(), 0):
        # of names joined as one subject, the first ("A en B vinden")
        k, joiners = len(before) - 1, lexicon.attributions.list_joiners
        while k and _between(text, before[k - 1].end, before[k].start, joiners, 1):
            k -= 1
        return before[k].key
    return None


def _common_subject(
    lexicon: EventLexicon,
    text: str,
    words: Sequence[Word],
    verb: tuple[int, int],
    times: Sequence[tuple[int, int]],
) -> str | None:
    """The speaker of a clause that names no candidate: a noun phrase of two or three words
    that opens it and stands right before its finite verb names one by a common noun ("De
    verdachte gaf toe", "De 82-jarige politicus kondigde aan", "Italiaanse critici zeggen"):
    `GROUP` and its last word in lower case. None for anything else: a single word may be a
    name the gazetteer lacks ("Atasoy ontkent"), and a time is no speaker ("Deze week werd
    bekendgemaakt")."""
    finite = next(
        (w for w in words if w.end <= verb[0] and w.lower in lexicon.verb_cluster_words), None
    )
    limit = finite.start if finite is not None else verb[0]
    before = [w for w in words if w.end <= limit]
    # one word in another form than its lemma is a plural noun ("Werkgeversorganisaties
    # zeiden"), no name
    plural = len(before) == 1 and before[0].lower != before[0].lemma
    if not (2 <= len(before) <= SUBJECT_WORDS or plural):
        return None
    if _BREAKS.intersection(text[before[0].start : limit]) or any(
        s < limit and before[0].start < e for s, e in times
    ):
        return None
    function = (
        lexicon.attributions.determiners
        | lexicon.complementisers
        | lexicon.openers
        | lexicon.prepositions
        | lexicon.verb_cluster_words
        | lexicon.speaker_pronouns
    )
    # a determiner may open it ("De verdachte"), no other function word stands in it; a
    # relative pronoun in lower case opens a clause about a noun before it ("..., die zwaar
    # werden getroffen, zeggen"), whose speaker is that noun, not a word of the clause
    if before[0].text in lexicon.relative:
        return None
    if any(w.lower in function for w in before[1:]) or (
        before[0].lower in function and before[0].lower not in lexicon.attributions.determiners
    ):
        return None
    return GROUP + before[-1].lower


def candidates(
    lexicon: EventLexicon, text: str, start: int, end: int, people: Mapping[str, str]
) -> list[Candidate]:
    """The possible speakers in `text[start:end]`, in text order: gazetteer actors, names,
    surnames the article introduced or gave a title ("president Trump"), official titles and
    speaker pronouns. What qualifies the
    name right after it is that name ("de Amerikaanse president Trump"), as is a title linked
    to one ("een woordvoerder van het Witte Huis")."""
    gazetteer = lexicon.actors
    ends = gazetteer.organisation_ends
    known = gazetteer.known(text, start, end)
    found = [Candidate(s, e, name) for s, e, name in known]
    found += [
        Candidate(
            _titled_from(gazetteer, text, s, start, known),
            e,
            surname(name, ends, gazetteer.particles),
        )
        for s, e, name in gazetteer.people(text, start, end, known)
    ]
    # the article's titles and the names they give: made at the first official title, as
    # most stretches hold none
    holders: dict[str, str] | None = None
    titled = official_names(lexicon, text)
    for word in words_of(text, start, end, lexicon.language):
        if any(c.start <= word.start < c.end for c in found):
            continue
        if word.text[:1].isupper() and (word.text in people or word.text in titled):
            found.append(_named(text, word, people, titled, lexicon))
        elif word.lower in lexicon.speaker_pronouns:
            found.append(Candidate(word.start, word.end, PRONOUN))
        elif is_official(lexicon, word):
            if holders is None:
                holders = title_holders(text, title_cues(lexicon))
            # a title the article gives no one name is a voice of its own all the same
            key = title_key(word, lexicon.same_titles)
            named = holders.get(key)
            holder = (
                compound_name(text, word)
                or (named and _name_key(named, people, ends, gazetteer.particles))
                or GROUP + key
            )
            found.append(Candidate(word.start, word.end, holder, True))
    found.sort(key=lambda c: (c.start, c.end))
    places = {(s, e) for s, e, name in known if _of_place(text[s:e], name, lexicon)}
    out: list[Candidate] = []
    begin: int | None = None  # where the qualifiers of the next candidate began
    for i, c in enumerate(found):
        if begin is not None:
            c = c._replace(start=begin)
            begin = None
        if (c.start, c.end) in places:
            # an adjective of place qualifies the name after it ("de Nederlandse
            # inlichtingendienst AIVD"); it says nothing itself ("een Italiaanse zakenkrant")
            if i + 1 < len(found) and _between(text, c.end, found[i + 1].start, None, 1):
                begin = c.start
            continue
        if i + 1 < len(found) and (
            _between(text, c.end, found[i + 1].start, frozenset(), 0)
            or (
                c.title
                and (
                    _linked(lexicon, text, c.end, found[i + 1].start)
                    or _department(text, c.end, found[i + 1].start, gazetteer)
                )
            )
            or _bracketed(text, c, found[i + 1], known)
        ):
            begin = c.start
            continue
        out.append(c)
    return out


def _named(
    text: str,
    word: Word,
    people: Mapping[str, str],
    titled: AbstractSet[str],
    lexicon: EventLexicon,
) -> Candidate:
    """The candidate of a name written as one word, with the particles written before it
    when its key has them ("Van der Bijl zei", after "Ruud van der Bijl"), or when the article
    gives a title to it so written ("burgemeester Van der Bijl"). A first name followed by
    particles in lower case and one capitalised word is keyed by the surname they make
    (`particled`: "volgens directeur Anna van der Berg van het bedrijf" -> "Van der Berg"), not
    by the first name."""
    gazetteer = lexicon.actors
    words = words_of(text, word.start, min(len(text), word.end + 80), lexicon.language)
    after = particled(text, words, 0, title_cues(lexicon)) if words else None
    if after is not None:
        surname, last = after
        return Candidate(word.start, words[last].end, surname)
    at, particled_name = particles_before(text, word, gazetteer.particles)
    key = _name_key(word.text, people, gazetteer.organisation_ends, gazetteer.particles)
    if at < word.start and (key.lower() == particled_name.lower() or particled_name in titled):
        return Candidate(at, word.end, particled_name)
    return Candidate(word.start, word.end, key)


def particles_before(text: str, word: Word, particles: AbstractSet[str]) -> tuple[int, str]:
    """A name with the name particles written right before it, the first of them capitalised
    ("Van der Bijl", "De Jong"), and where it starts; else the word and its start."""
    at, parts = word.start, [word.text]
    while at > 1 and text[at - 1] == " ":
        prev = text[max(0, at - 12) : at - 1].rpartition(" ")[2]
        begin = at - 1 - len(prev)
        if not prev or prev.lower() not in particles or (begin and text[begin - 1].isalnum()):
            break
        parts.insert(0, prev)
        at = begin
    while len(parts) > 1 and not parts[0][:1].isupper():
        at += len(parts.pop(0)) + 1
    return (at, " ".join(parts)) if len(parts) > 1 else (word.start, word.text)


def find_name(text: str, name: str) -> int:
    """Where a speaker's key stands in `text`, also with its first letter in lower case ("Van
    der Bijl" in "Ruud van der Bijl"); -1 where it does not."""
    at = text.find(name)
    return at if at >= 0 or not name else text.find(name[:1].lower() + name[1:])


def _titled_from(
    gazetteer: Gazetteer, text: str, at: int, start: int, known: Sequence[tuple[int, int, str]]
) -> int:
    """Where a name at `at` begins with the title written right before it ("Advocaat (Wim
    Brus) noemt"), not before `start`; not over a known actor the title holds ("AIVD-directeur
    Dick Schoof" speaks for the AIVD)."""
    begin = max(start, gazetteer.titled_from(text, at))
    return at if any(begin < e and s < at for s, e, _ in known) else begin


def _linked(lexicon: EventLexicon, text: str, start: int, end: int) -> bool:
    """Whether the words between a title and a name link the name to it ("woordvoerder van
    de politie"): linkers only, not determiners only ("verwijt de zegsman de regering": the
    object after the title's verb, not whom the title is of)."""
    cues = lexicon.attributions
    between = text[start:end].split()
    return _between(text, start, end, cues.linkers, REACH) and (
        not between or any(w.lower() not in cues.determiners for w in between)
    )


def _department(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a department's name stands between a title and a name ("minister | van Handel
    | Ruhsar Pekcan", "van Buitenlandse Zaken"): a word it follows, then capitalised words and
    linking words ending in one of the gazetteer's department words."""
    between = text[start:end]
    words = between.split()
    return (
        not _BREAKS.intersection(between)
        and 2 <= len(words) <= REACH + 1
        and words[0] in gazetteer.department_after
        and words[-1] in gazetteer.departments
        and all(w[:1].isupper() or w in gazetteer.department_after for w in words[1:])
    )


def _of_place(written: str, name: str, lexicon: EventLexicon) -> bool:
    """Whether a gazetteer name is written as an adjective or a person of the place
    ("Nederlandse", "Fransman" for "Nederland", "Frankrijk"; not "Niger" itself)."""
    return written != name and written.lower().endswith(lexicon.demonym_endings or ("\0",))


def _bracketed(
    text: str, name: Candidate, after: Candidate, known: Sequence[tuple[int, int, str]]
) -> bool:
    """A known party or organisation in brackets right after a name ("Lodewijk Asscher
    (PvdA)"): the person speaks for it."""
    return (
        text[name.end : after.start] == " ("
        and text[after.end : after.end + 1] == ")"
        and any(s == after.start and e == after.end for s, e, _ in known)
    )


def surname(
    name: str,
    organisation_ends: AbstractSet[str] = frozenset(),
    particles: AbstractSet[str] = frozenset(),
) -> str:
    """A person's name by its surname: "Jacinda Ardern" -> "Ardern", "Florence Parly van
    Defensie" -> "Parly" (a name and what follows its particle), "Mark van der Laan" -> "Van
    der Laan" (particles after the first name open the surname, written as it stands alone),
    "Erik ten Hag van Ajax" -> "Ten Hag", but "Koolmees van Sociale Zaken" -> "Koolmees" (one
    capitalised word, no abbreviation, after particles in lower case makes a surname); an
    organisation's, ending in one of `organisation_ends`, is the whole name ("Amnesty
    International"). One of `particles` after the first name opens the surname also when
    capitalised ("Rachid El Messaoudi")."""
    words = name.split()
    if words[-1] in organisation_ends or (
        len(words) > 1 and all(w.lower() in particles for w in words[:-1])
    ):
        return name  # an organisation, or a surname alone ("El Messaoudi")
    lower = [
        i
        for i, word in enumerate(words)
        if not word[:1].isupper() or (i == 1 < len(words) - 1 and word.lower() in particles)
    ]
    if not lower:
        return words[-1]
    if lower[0] >= 2:
        return words[lower[0] - 1]
    # the particles after the first name, then the capitalised words after them
    end = lower[0]
    while end < len(words) and (end == lower[0] or not words[end][:1].isupper()):
        end += 1
    after = end
    while end < len(words) and words[end][:1].isupper():
        end += 1
    if words[lower[0]].islower() and (end - after != 1 or words[after].isupper()):
        # not one surname but a department or an organisation: "Koolmees van Sociale Zaken",
        # "Vonk van de ANWB"
        return words[lower[0] - 1]
    particled = " ".join(words[lower[0] : end])
    return particled[:1].upper() + particled[1:]


def _name_key(
    word: str,
    people: Mapping[str, str],
    organisation_ends: AbstractSet[str],
    particles: AbstractSet[str] = frozenset(),
) -> str:
    """The key of a name written as one word: the key of the full name the article gave it
    when that key ends in the word ("International" of "Amnesty International"), else the
    word (not "Zaev" for "Noord-Macedonië" of "Zoran Zaev van Noord-Macedonië")."""
    full = people.get(word)
    key = surname(full, organisation_ends, particles) if full else word
    return key if key.endswith(word) else word


def is_official(lexicon: EventLexicon, word: Word) -> bool:
    """A title of office ("de premier"), also as a compound's head ("de ING-woordvoerder",
    "een politiewoordvoerder", "de Onderwijsinspectie")."""
    return is_title(word, lexicon.official_speakers, lexicon.official_heads)


def same_voice(first: str, second: str) -> bool:
    """Whether two speaker keys are one voice: the same key, or two common nouns (`GROUP`) of
    which one is the other's head ("de Onderwijsinspectie" and "de inspectie"; not
    "legerwoordvoerder" and "politiewoordvoerder")."""
    if first == second:
        return True
    if not (first.startswith(GROUP) and second.startswith(GROUP)) or GROUP in (first, second):
        return False  # a noun on both sides, none of them empty
    return first.endswith(second[1:]) or second.endswith(first[1:])


def _between(text: str, start: int, end: int, allowed: frozenset[str] | None, most: int) -> bool:
    """No phrase break between two offsets, and at most `most` words, each of `allowed`
    (None: any word in lower case)."""
    between = text[start:end]
    words = between.split()
    return (
        not _BREAKS.intersection(between)
        and len(words) <= most
        and all(w.islower() if allowed is None else w.lower() in allowed for w in words)
    )


def official_names(lexicon: EventLexicon, text: str) -> frozenset[str]:
    """The surnames `text` gives a title of office or a kind of organisation ("premier
    Netanyahu", "politiewoordvoerder Don", "taxidienst Uber"): one set for the speaker of a
    statement and for whether a speaker is official."""
    return titled_names(text, title_cues(lexicon))


def title_cues(lexicon: EventLexicon) -> TitleCues:
    """What `titled_names` and `title_holders` read titles by: one value for both, so that
    they classify an article's words once, made once per lexicon (`office_cues`)."""
    if not lexicon.office_cues:
        lexicon.office_cues.append(_title_cues(lexicon))
    return lexicon.office_cues[0]


def _title_cues(lexicon: EventLexicon) -> TitleCues:
    cues = lexicon.attributions
    return TitleCues(
        lexicon.official_speakers,
        lexicon.expert_speakers,
        cues.linkers,
        cues.saying,
        lexicon.language,
        lexicon.official_heads,
        lexicon.organisation_kinds,
        lexicon.actors.particles,
        lexicon.actors.function_words,
        lexicon.attributions.determiners,
        frozenset(lexicon.same_titles.items()),
        lexicon.actors.departments,
    )
