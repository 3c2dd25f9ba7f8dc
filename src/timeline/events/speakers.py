"""Names an article gives an official title: "premier Netanyahu", "Kirby, woordvoerder van".

A quoted name speaks for a government or an organisation when the article titles it so
somewhere: '"...", zei Netanyahu' is then a statement, while '"...", zegt Van Veen' (an
expert the article gives no such title) stays an attribution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from timeline.events.words import Word, words_of

#: How many words may stand between a title and the name it gives ("minister van justitie").
GAP = 3

#: What a word is to `titled_names`: neither, an official's title, an expert's title, a kind
#: of organisation.
_OTHER, _TITLE, _EXPERT, _KIND = 0, 1, 2, 3
#: (titles, heads, experts, kinds) -> lower-cased word -> its kind. A word's lemma follows from its
#: lower-cased form, so the kind does too; an article's ~500 words are then classified by
#: C-level maps.
_KINDS: dict[
    tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]], dict[str, int]
] = {}
_KINDS_MAX = 200_000
_lower = itemgetter(3)


@dataclass(frozen=True)
class TitleCues:
    """What `titled_names` and `title_holders` read titles by: one value for both, so that
    they classify an article's words once (hashable: the two functions are memoised)."""

    titles: frozenset[str]
    experts: frozenset[str]
    #: Words that may stand between a title and its name ("minister van Defensie").
    linkers: frozenset[str]
    #: Verbs of saying: a name a comma before one is not titled by what follows it.
    saying: frozenset[str]
    #: The ISO code of the language, for the lemmatiser.
    language: str
    #: Heads that make a compound a title ("politiewoordvoerder").
    heads: tuple[str, ...] = ()
    #: Kinds of organisation ("taxidienst Uber"): they name the name after them only.
    kinds: tuple[str, ...] = ()
    #: Name particles: "burgemeester Van der Bijl" titles "Van der Bijl".
    particles: frozenset[str] = frozenset()
    #: Function words (in lower case): capitalised, they end a run of names where a heading
    #: runs into the text ("terreurorganisatie Islamitische Staat | In de loop van 2014").
    function_words: frozenset[str] = frozenset()
    #: Determiners among the linkers: they link a name to a title only after another linker
    #: ("woordvoerder van de politie"), not alone ("verwijt de zegsman de regering").
    determiners: frozenset[str] = frozenset()
    #: Titles that are another's word for it, as (word, the other) pairs ("zegsman" is a
    #: "woordvoerder").
    same: frozenset[tuple[str, str]] = frozenset()
    #: The words that end a ministry's name: "minister Grapperhaus van Justitie" titles
    #: "Grapperhaus", not "Van Justitie".
    departments: frozenset[str] = frozenset()


@lru_cache(maxsize=2)
def titled_names(text: str, cues: TitleCues) -> frozenset[str]:
    """The surnames `text` gives one of the `cues`' titles, right before or after the name,
    and never one of its experts' titles ("Alex Vatanka, directeur van het Iranprogramma" is
    also "onderzoeker Vatanka"). A compound ending in one of the heads is a title too
    ("politiewoordvoerder"). A word ending in a kind of organisation names the name right
    after it only ("taxidienst Uber"): "Jan Smit, projectleider bij vredesorganisatie Pax" is
    no company.

    Linkers may stand between a title and its name ("minister van Defensie Ank Bijleveld"),
    each followed by at most one lower-case word ("minister van justitie William Barr"). A
    name a comma before a verb of saying is not titled by what follows it ('Trump, zei de
    minister').
    """
    words, classes = _classified(text, cues)
    found: dict[bool, set[str]] = {True: set(), False: set()}
    for i in compress(range(len(words)), classes):
        expert = classes[i] == _EXPERT
        before = None if classes[i] == _KIND else _name_before(text, words, i, cues.saying)
        after = _name_after(text, words, i, cues)
        # a first name the surname follows stays found: its candidate is keyed by the surname
        surname = None if after is None else _surname_after(text, words, i, after, cues)
        for name in (after, surname, before, compound_name(text, words[i])):
            if name:
                # "Van der Bijl" and "Bijl": a name is asked about by its words
                found[expert].update({name, name.rpartition(" ")[2]})
    return frozenset(found[False] - found[True])


def compound_name(text: str, word: Word) -> str | None:
    """The name a hyphenated title opens with, which it holds the title of: "ING" for
    "ING-woordvoerder", "Tesla" for "de Tesla-topman"; not "oud-premier", nor "Oud-premier"
    opening a sentence (there only an abbreviation, "KLM-woordvoerder", is surely a name)."""
    name, hyphen, _ = word.text.rpartition("-")
    if not hyphen or not name[:1].isupper() or "-" in name:
        return None
    opening = not text[max(0, word.start - 20) : word.start].rstrip()[-1:].isalnum()
    return name if not opening or any(map(str.isupper, name[1:])) else None


@lru_cache(maxsize=2)
def _classified(text: str, cues: TitleCues) -> tuple[list[Word], list[int]]:
    """The words of `text` and the kind of each: `titled_names` and `title_holders` ask
    about the same article one after the other, and classify its words once (not to be
    changed: the lists are shared by the callers)."""
    words = words_of(text, 0, None, cues.language)
    return words, _kinds(words, cues)


def _kinds(words: Sequence[Word], cues: TitleCues) -> list[int]:
    """The kind of each word; an expert's title wins over an official's, which wins over a
    kind of organisation."""
    titles, heads, experts, kinds = cues.titles, cues.heads, cues.experts, cues.kinds
    memo = _KINDS.setdefault((titles, heads, experts, kinds), {})
    if len(memo) > _KINDS_MAX:
        memo.clear()
    lowers = list(map(_lower, words))
    new = set(lowers).difference(memo)
    if new:
        # a word of each new form (its lemma is the form's: what is asked of it is the same)
        of_form = dict(zip(lowers, words, strict=True))
        for word in map(of_form.__getitem__, new):
            if is_expert(word, experts):
                memo[word.lower] = _EXPERT
            elif is_title(word, titles, heads):
                memo[word.lower] = _TITLE
            else:
                memo[word.lower] = _KIND if is_title(word, frozenset(), kinds) else _OTHER
    return list(map(memo.__getitem__, lowers))


def word_kinds(words: Sequence[Word], cues: TitleCues) -> bytes:
    """The kind of each word, as `titled_names` classifies it (one byte a word): what
    `common_words` keeps of the common words, and gives back (`remember_kinds`)."""
    return bytes(_kinds(words, cues))


def remember_kinds(cues: TitleCues, kinds: Mapping[str, int]) -> None:
    """Take lower-cased words with their kinds, as `word_kinds` gives them, into the memo an
    article's words are classified from."""
    _KINDS.setdefault((cues.titles, cues.heads, cues.experts, cues.kinds), {}).update(kinds)


def is_expert(word: Word, experts: frozenset[str]) -> bool:
    """An expert's title, also as the end of a compound ("Rusland-kenner", "defensiedeskundige")."""
    return word.lemma in experts or word.lower.endswith(_as_tuple(experts))


@lru_cache(maxsize=16)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """The words as a tuple, for `str.endswith` (made once per set, not per word asked)."""
    return tuple(words)


def is_title(word: Word, titles: frozenset[str], heads: tuple[str, ...] = ()) -> bool:
    """A title, also as the head of a hyphenated one ("luitenant-generaal", "oud-premier")
    or of a compound ending in one of `heads` ("politiewoordvoerder")."""
    return (
        word.lower in titles
        or word.lemma in titles
        or word.lower.rpartition("-")[2] in titles
        or word.lower.endswith(heads)
        or word.lemma.endswith(heads)
    )


def _adjacent(text: str, first: Word, second: Word) -> bool:
    """Only spaces between two words: no punctuation, no sentence or line end."""
    between = text[first.end : second.start]
    return not between.strip() and "\n" not in between


def _name_after(text: str, words: Sequence[Word], i: int, cues: TitleCues) -> str | None:
    """The last word of a capitalised run after a title: "premier Benjamin Netanyahu"; a
    surname that opens with particles, whole: "burgemeester Van der Bijl"; not a function
    word the run runs into ("Islamitische Staat In de loop")."""
    linkers, particles = cues.linkers, cues.particles
    j, gap, linked, prepositioned = i + 1, 0, False, False
    while j < len(words) and _adjacent(text, words[j - 1], words[j]):
        word = words[j]
        if word.text[:1].isupper() and word.lower in particles:
            k = j + 1
            while k < len(words) and _adjacent(text, words[k - 1], words[k]):
                if words[k].text[:1].isupper():
                    last = k + 1 == len(words) or not (
                        _adjacent(text, words[k], words[k + 1]) and words[k + 1].text[:1].isupper()
                    )
                    # one surname ("Van der Bijl"), not a longer name ("Ten Brinke Slot")
                    if last:
                        return " ".join(w.text for w in words[j : k + 1])
                    break
                if words[k].lower not in particles:
                    break
                k += 1
        if word.text[:1].isupper():
            first = j
            while (
                j + 1 < len(words)
                and _adjacent(text, words[j], words[j + 1])
                and words[j + 1].text[:1].isupper()
            ):
                j += 1
            while j > first and words[j].lower in cues.function_words:
                j -= 1  # no name ends in one ("Dan Na Amassagou" does not)
            return words[j].text
        gap += 1
        if gap > GAP:
            return None
        if word.lower in linkers and (prepositioned or word.lower not in cues.determiners):
            linked = prepositioned = True
        elif linked:
            linked = False  # one lower-case word after a linker: "van justitie"
        else:
            return None
        j += 1
    return None


def _name_before(text: str, words: Sequence[Word], i: int, saying: frozenset[str]) -> str | None:
    """A capitalised word a comma before the title: "John Kirby, (de) woordvoerder"."""
    for j in range(i - 1, max(-1, i - 1 - GAP), -1):
        between = text[words[j].end : words[j + 1].start].strip()
        if between == ",":
            return words[j].text if words[j].text[:1].isupper() else None
        if between or words[j].text[:1].isupper() or words[j].lower in saying:
            return None
    return None


def _surname_after(text: str, words: Sequence[Word], i: int, name: str, cues: TitleCues) -> str:
    """The surname of the `name` found after the title `words[i]`: a first name right after the
    title, with particles in lower case and a capitalised word after it, stands for the
    surname they make (`particled`: "minister Anna van der Berg" -> "Van der Berg", as the
    person's saying is keyed)."""
    if i + 1 < len(words) and words[i + 1].text == name and _adjacent(text, words[i], words[i + 1]):
        surname = particled(text, words, i + 1, cues)
        return name if surname is None else surname[0]
    return name


def particled(text: str, words: Sequence[Word], j: int, cues: TitleCues) -> tuple[str, int] | None:
    """The surname after a first name `words[j]`, where particles in lower case open it and
    one capitalised word ends it: "minister Anna van der Berg" -> "Van der Berg", as the
    person's saying is keyed, with the place of its last word in `words`; None where none
    follows, or where the word is no surname but a ministry's ("minister Grapperhaus van
    Justitie"), an abbreviation or the start of a longer name."""
    k = j + 1
    while (
        k < len(words)
        and _adjacent(text, words[k - 1], words[k])
        and words[k].text.islower()
        and words[k].lower in cues.particles
    ):
        k += 1
    if k == j + 1 or k >= len(words) or not _adjacent(text, words[k - 1], words[k]):
        return None
    last = words[k].text
    if not last[:1].isupper() or last.isupper() or last in cues.departments:
        return None
    if (
        k + 1 < len(words)
        and _adjacent(text, words[k], words[k + 1])
        and words[k + 1].text[:1].isupper()
    ):
        return None  # a longer name: "Koolmees van Sociale Zaken"
    particled = " ".join(w.text for w in words[j + 1 : k + 1])
    return particled[:1].upper() + particled[1:], k


@lru_cache(maxsize=2)
def title_holders(text: str, cues: TitleCues) -> dict[str, str]:
    """The one surname `text` gives each of the `cues`' titles, by the title's `title_key`:
    "premier" -> "Ardern" for "premier Jacinda Ardern", so that "zei de premier" names her. A
    title given to several names ("minister Blok", "minister Grapperhaus") names no one, nor
    does a plural ("de AOW, eisen de bonden": `_inflected`). Not to be changed: the mapping is
    shared by the callers of one text. A compound ending in a head is a title; a kind of
    organisation holds no title (as for `titled_names`, whose classification of the article's
    words it shares).
    """
    words, classes = _classified(text, cues)
    same = dict(cues.same)
    found: dict[str, set[str]] = {}
    for i in compress(range(len(words)), classes):
        if classes[i] != _TITLE or _inflected(words[i], cues):
            continue
        after = _name_after(text, words, i, cues)
        if after is not None:
            after = _surname_after(text, words, i, after, cues)
        for name in (
            after,
            _name_before(text, words, i, cues.saying),
            compound_name(text, words[i]),
        ):
            if name:
                found.setdefault(title_key(words[i], same), set()).add(name)
    # "Van Sta" and "Sta" are one name
    ones = {
        t: names - {n.rpartition(" ")[2] for n in names if " " in n} for t, names in found.items()
    }
    return {title: min(names) for title, names in ones.items() if len(names) == 1}


def _inflected(word: Word, cues: TitleCues) -> bool:
    """Whether a title is one only by its lemma, in another form: a plural ("de bonden", "de
    ministers") is held by no one name."""
    return (
        word.lower != word.lemma
        and word.lower not in cues.titles
        and word.lower.rpartition("-")[2] not in cues.titles
        and not word.lower.endswith(cues.heads)
    )


def title_key(word: Word, same: Mapping[str, str] | None = None) -> str:
    """How a title is known whatever its compound or form: "PVV-leider" is a "leider"; with
    `same`, a title that is another's word for it is that one ("zegsman": "woordvoerder")."""
    key = word.lower.rpartition("-")[2]
    return same.get(key, key) if same else key
