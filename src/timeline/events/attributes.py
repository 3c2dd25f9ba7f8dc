"""Dates that qualify a noun rather than time a happening.

A clause dated by a calendar expression makes an untyped event (`detect`), but not when the
date only describes something: a film "uit 2002", a letter about "de krant van 8 april", a
figure "meer dan in 2015", "ten opzichte van een jaar eerder" or "van 366 in 2001". The words
that tell so are the language's (`date_attributes` in the event lexicon).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events.spec import DateAttributesSpec
from timeline.events.words import Word, words_of
from timeline.model import Timex

#: How far before and after a date its words are looked at (characters).
_BEFORE, _AFTER = 40, 20


@dataclass(frozen=True)
class DateAttributes:
    """The compiled `date_attributes` of a lexicon (see `DateAttributesSpec`)."""

    links: frozenset[str] = frozenset()
    range_words: frozenset[str] = frozenset()
    citation_links: frozenset[str] = frozenset()
    publication_nouns: frozenset[str] = frozenset()
    edition_prepositions: frozenset[str] = frozenset()
    comparison_words: frozenset[str] = frozenset()
    comparative_endings: tuple[str, ...] = ()
    comparison_phrases: tuple[str, ...] = ()
    figure_links: frozenset[str] = frozenset()
    topic_links: frozenset[str] = frozenset()
    #: The ISO code of the language, for the lemmatiser.
    language: str = ""


def compile_date_attributes(spec: DateAttributesSpec, language: str) -> DateAttributes:
    """Lower-case the word lists of a lexicon's `date_attributes`."""

    def words(values: Sequence[str]) -> frozenset[str]:
        return frozenset(w.lower() for w in values)

    return DateAttributes(
        links=words(spec.links),
        range_words=words(spec.range_words),
        citation_links=words(spec.citation_links),
        publication_nouns=words(spec.publication_nouns),
        edition_prepositions=words(spec.edition_prepositions),
        comparison_words=words(spec.comparison_words),
        comparative_endings=tuple(w.lower() for w in spec.comparative_endings),
        comparison_phrases=tuple(w.lower() for w in spec.comparison_phrases),
        figure_links=words(spec.figure_links),
        topic_links=words(spec.topic_links),
        language=language,
    )


def attribute_date(cues: DateAttributes, text: str, timex: Timex, start: int, end: int) -> bool:
    """Whether a date of the clause `text[start:end]` qualifies the noun before it ("een film
    uit 1981"), cites a publication ("de krant van 8 april") or is compared with ("meer dan
    in 2015", "vergeleken met 2007", "van 366 in 2001"): not a range's start ("van 2010 tot
    2015")."""
    low = max(start, timex.start - _BEFORE)
    if text[low : timex.start].rstrip().lower().endswith(cues.comparison_phrases):
        return True
    before = words_of(text, low, timex.start, cues.language)
    if len(before) < 2:
        return False
    if _figure_compared(cues, text, low, before):
        return True
    link = before[-1].lower
    cited = link in cues.citation_links and _edition(cues, before)
    figure = link in cues.figure_links and _figure_before(before)
    if not (link in cues.links or cited or figure or _compared(cues, before)):
        return False
    if figure:
        return True  # "van 600 in 2011 tot 5000 in 2017": a range of figures, not of dates
    after = words_of(text, timex.end, min(end, timex.end + _AFTER), cues.language)
    return not (after and after[0].lower in cues.range_words)


def _figure_compared(cues: DateAttributes, text: str, low: int, before: Sequence[Word]) -> bool:
    """Whether a comparison phrase and a figure stand before the date: "4300 acties, ten
    opzichte van 2500 vorig jaar", "vergeleken met 12 procent vorig jaar"."""
    for k in (len(before) - 1, len(before) - 2):
        if k >= 0 and _is_number(before[k].text):
            return text[low : before[k].start].rstrip().lower().endswith(cues.comparison_phrases)
    return False


def _is_number(word: str) -> bool:
    return word.replace(".", "").replace(",", "").isdigit()


def _figure_before(before: Sequence[Word]) -> bool:
    """Whether a number, or a number and its unit, stands before the link word: "van 366 in
    2001", "1065 incidenten in 2017", "2,5 procent in 2019"."""
    number = (
        before[-2] if not before[-2].text.islower() else (before[-3] if len(before) > 2 else None)
    )
    # a number alone: not a name with digits ("C1000") nor a score ("3-0")
    return number is not None and _is_number(number.text)


def _compared(cues: DateAttributes, before: Sequence[Word]) -> bool:
    """Whether the words before a date compare a figure with that time's: "20 procent meer
    dan (in) 2015", a comparative before the comparison word ("Maar dan, in 1963" is "then")."""
    for k in (len(before) - 1, len(before) - 2):
        if k >= 1 and before[k].lower in cues.comparison_words:
            return before[k - 1].lower.endswith(cues.comparative_endings)
    return False


def topic(cues: DateAttributes, text: str, timex: Timex, start: int) -> bool:
    """Whether a date of the clause from `start` follows a word and a topic link: what the
    word is about ("de jaarcijfers over 2018"), not when something happened."""
    low = max(start, timex.start - _BEFORE)
    before = words_of(text, low, timex.start, cues.language)
    return len(before) >= 2 and before[-1].lower in cues.topic_links


def cites(cues: DateAttributes, text: str, timex: Timex, start: int) -> bool:
    """Whether a date after a citation link names an edition (`_edition`), not when
    something happened: "in de krant van 8 april pleit ..." dates no saying."""
    low = max(start, timex.start - _BEFORE)
    before = words_of(text, low, timex.start, cues.language)
    return len(before) >= 2 and before[-1].lower in cues.citation_links and _edition(cues, before)


def _edition(cues: DateAttributes, before: Sequence[Word]) -> bool:
    """Whether the words before the link name an edition: a publication noun ("de krant van
    8 april") or a title written with capitals right after an edition preposition ("in Het
    Dagblad van 8 april", "op Radio Stad van maandag"; not "de beslissing van John Bercow van
    maandag")."""
    noun = before[-2]
    if noun.lemma in cues.publication_nouns or noun.lower in cues.publication_nouns:
        return True
    k = len(before) - 2
    while (
        k >= 0 and before[k].text[:1].isupper() and before[k].lower not in cues.edition_prepositions
    ):
        k -= 1
    return 0 <= k < len(before) - 2 and before[k].lower in cues.edition_prepositions
