"""Whether the one who speaks in a clause speaks officially: a government, an organisation
or someone speaking for one ("zei premier Rutte", "volgens het ministerie", "meldt de Nasa"),
not an expert or a private person ("zegt onderzoeker Vatanka", "volgens persbureau AP").

A quoted saying with an official speaker is a statement; a verb that tells an event only
when someone speaks officially ("zei", "stelt") needs one in its clause (`detect`).
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.lexicon import EventLexicon
from timeline.events.sayers import is_official, official_names
from timeline.events.speakers import is_expert, is_title
from timeline.events.words import Word, words_of

#: How far back the person a speaking pronoun stands for is looked for (characters).
PRONOUN_REACH = 300


def official_speaker(lexicon: EventLexicon, text: str, start: int, end: int) -> bool:
    """Whether a speaker is a government, an organisation or someone speaking for one.

    A country inside a compound names a field, not a speaker ("Iran-deskundige"); the words
    after an audience marker name whom the speaker told ("tegen journalisten").
    """
    words = words_of(text, start, end, lexicon.language)
    heard = next((w.start for w in words[1:] if w.lower in lexicon.audience_markers), None)
    if heard is not None:
        end = heard
        words = [w for w in words if w.start < end]
    if any(is_expert(w, lexicon.expert_speakers) for w in words):
        # "zegt onderzoeker Vatanka", also when he directs an institute; "volgens de
        # Nederlandse historicus" is no more official for his country
        return False
    if _former(lexicon, words):
        # "de voormalig voorzitter stelt", "waarschuwen oud-adviseurs van het Witte Huis":
        # who held an office speaks for nobody now
        return False
    known = lexicon.actors.known(text, start, end)
    people = lexicon.actors.people(text, start, end, known)
    # a country or town after a person named as the speaker is no speaker: "zegt Eloy da
    # Silva (60) ... aan het strand van Beira"; one before the name qualifies it ("de
    # Russische president Poetin")
    first = min(people, default=(end, end, ""))
    # the press named before any person is the speaker: "volgens persbureau AP" is journalism
    if any(w.lemma in lexicon.press_speakers for w in words if w.start < first[0]) and not any(
        is_official(lexicon, w)
        for w in words
        if w.start < first[0] and w.lemma not in lexicon.press_speakers
    ):
        return False
    for s, e, _ in known:
        if _placed(lexicon, text, s):
            continue  # "hun kinderen in Amerika te vertellen": a place, not a speaker
        if s < first[0] and text[s - 1 : s] != "-" and text[e : e + 1] != "-":
            return True
    if _affiliated(text, people, known):
        return True
    # a name's later word is a surname, not an office, though it be written as one ("zegt
    # Cortessa Leider", "Piet de Koning"); a title opening the name is one ("Koning Willem"),
    # and so is a compound's ("Linda Zeegers van de VO-raad")
    if any(
        is_official(lexicon, w)
        for w in words
        if "-" in w.text or not any(s < w.start < e for s, e, _ in people)
    ):
        return True
    # "volgens het bedrijf", not "zegt Jan Smit, projectleider bij vredesorganisatie PAX"
    if any(
        is_title(w, frozenset(), lexicon.organisation_kinds) for w in words if w.start < first[0]
    ):
        return True
    # an organisation named in capitals speaks, not one a person named first works for
    if (
        _organisation_speaks(lexicon, words)
        or any(_acronym(w.text) for w in words if w.start < first[0])
        or _organisation_named(lexicon, [w for w in words if w.start < first[0]])
    ):
        return True
    titled = official_names(lexicon, text)
    # the speaker's own name, or one before it: not a town named after it
    if any(w.text in titled for w in words if w.start < first[1]):
        return True
    # "zei hij": the person named last before speaks, when the article gives him a title
    return (
        not people
        and any(w.lower in lexicon.speaker_pronouns for w in words)
        and _last_named(lexicon, text, start, titled)
    )


def _last_named(lexicon: EventLexicon, text: str, start: int, titled: frozenset[str]) -> bool:
    """Whether the person named last before `start` (a full name, within `PRONOUN_REACH`
    characters) is one the article gives a title (`titled`): whom a pronoun that speaks there
    stands for."""
    before = max(0, start - PRONOUN_REACH)
    known = lexicon.actors.known(text, before, start)
    people = lexicon.actors.people(text, before, start, known)
    if not people:
        return False
    first, last, _ = max(people)
    return not titled.isdisjoint(text[first:last].split())


def _affiliated(
    text: str, people: Sequence[tuple[int, int, str]], known: Sequence[tuple[int, int, str]]
) -> bool:
    """A person named with a known party or organisation in brackets right after the name
    ("Attje Kuiken (PvdA)") speaks for it."""
    opened = {s - 2 for s, e, _ in known if text[s - 2 : s] == " (" and text[e : e + 1] == ")"}
    return any(e in opened for _, e, _ in people)


def _acronym(word: str) -> bool:
    """A name written in capitals names an organisation ("volgens VNO-NCW", "MKB-Nederland"):
    people are not written so."""
    head = word.partition("-")[0]
    return len(head) >= 2 and head.isalpha() and head.isupper()


def _organisation_speaks(lexicon: EventLexicon, words: Sequence[Word]) -> bool:
    """Whether a verb of saying is followed by an organisation's name (", zegt de Nasa",
    ", waarschuwt de VIG"): a determiner and a capitalised word that is no adjective of place."""
    saying = lexicon.attributions.saying
    for verb, determiner, name in zip(words, words[1:], words[2:], strict=False):
        # a capitalised "De" is part of a name: "legt De Wijk uit"
        if verb.lower in saying and determiner.text in lexicon.organisation_determiners:
            return name.text[:1].isupper() and not name.lower.endswith(
                lexicon.demonym_endings or ("\0",)
            )
    return False


def _organisation_named(lexicon: EventLexicon, words: Sequence[Word]) -> bool:
    """Whether the words name an organisation by an article no person takes
    (`organisation_articles`) before a capitalised name, after any adjectives of place
    ("het Voedingscentrum", "het Franse Total")."""
    endings = lexicon.demonym_endings or ("\0",)
    for i, word in enumerate(words[:-1]):
        if word.lower not in lexicon.organisation_articles:
            continue
        name = next(
            (w for w in words[i + 1 :] if not (w.text[:1].isupper() and w.lower.endswith(endings))),
            None,
        )
        if name is not None and name.text[:1].isupper():
            return True
    return False


def _former(lexicon: EventLexicon, words: Sequence[Word]) -> bool:
    """Whether the words name someone by what they are no more: a word with a prefix of
    `former_prefixes` ("oud-minister"), or one right after a word of `former_words` ("de
    voormalige voorzitter")."""
    for word, after in zip(words, [*words[1:], None], strict=True):
        prefix = next((p for p in lexicon.former_prefixes if word.lower.startswith(p)), None)
        if prefix is not None and len(word.lower) > len(prefix):
            return True
        if word.lower in lexicon.former_words and after is not None:
            return True
    return False


def _placed(lexicon: EventLexicon, text: str, start: int) -> bool:
    """Whether the name at `start` follows a preposition of place (`place_prepositions`:
    "in Amerika"), which makes it a place rather than a speaker."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in lexicon.place_prepositions
