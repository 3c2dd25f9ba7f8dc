"""Where a separable verb's particle stands in its clause ("zet ... drones in", "bekend wil
maken"), and the words that close a verb's clause: what makes a verb of the lexicon another
verb, or a separable verb of it."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.words import Word

#: Marks after a word that end its clause for a particle ("levert ... in, ongeveer ...").
BREAKS = frozenset(",;:")


def closing_word(text: str, words: Sequence[Word], i: int) -> str:
    """The word that closes the clause of verb i, lower-cased: the clause's last word, or
    one before a comma, a semicolon or a colon ("levert in Maasdriel 500 kiezers in, ..."); ""
    for a verb that ends the clause itself."""
    last = len(words) - 1
    if i >= last:
        return ""
    j = next((j for j in range(i + 1, last) if breaks_after(text, words[j].end)), last)
    return "" if words[j].text.isupper() else words[j].lower  # "het OM" is no particle


def up_to_break(text: str, words: Sequence[Word], i: int) -> list[str]:
    """The words after word i up to a comma, a semicolon or a colon, lower-cased; a word in
    capitals as "" ("het OM" is no particle "om")."""
    following: list[str] = []
    if breaks_after(text, words[i].end):
        return following
    for word in words[i + 1 :]:
        following.append("" if word.text.isupper() else word.lower)
        if breaks_after(text, word.end):
            break
    return following


def breaks_after(text: str, end: int) -> bool:
    """Whether a comma, a semicolon or a colon follows `end`, not a decimal comma ("11,6")."""
    return text[end : end + 1] in BREAKS and not text[end + 1 : end + 2].isdigit()


def particle_follows(
    words: Sequence[Word],
    i: int,
    particles: frozenset[str],
    final: frozenset[str],
    openers: frozenset[str] = frozenset(),
    markers: frozenset[str] = frozenset(),
) -> bool:
    """A separable verb's particle later in its clause: "zet ... drones in", "trad ... toe tot".

    Particles that are also prepositions ("in", "op") count only at the end of the clause,
    before a word that opens the next one ("riep zijn achterban op | om te stemmen"), or
    before an infinitive complement ("riep Haftar op zijn offensief te staken").
    """
    if not particles:
        return False
    last = len(words) - 1
    for j in range(i + 1, len(words)):
        word = words[j].lower
        if word not in particles or words[j].text.isupper():
            continue  # "het OM" (the prosecution) is no particle "om"
        if j >= last or word not in final or words[j + 1].lower in openers:
            return True
        if markers and word not in openers and infinitive_after(words, i, j, openers, markers):
            return True
    return False


def infinitive_after(
    words: Sequence[Word], i: int, j: int, openers: frozenset[str], markers: frozenset[str]
) -> bool:
    """Whether an infinitive complement follows particle j of verb i, not right after it
    ("riep Haftar op zijn offensief te staken"; "op te treden" is the infinitive's own), with
    no clause opener from the verb on ("hield hem aan de kant om ... te ontzien")."""
    if any(words[k].lower in openers for k in range(i + 1, j)):
        return False
    for k in range(j + 1, len(words)):
        word = words[k].lower
        if word in openers:
            return False
        if word in markers:
            return k > j + 1
    return False


def particle_precedes(
    words: Sequence[Word], i: int, particles: frozenset[str], between: frozenset[str]
) -> bool:
    """A separable verb's particle written apart right before it, or before one auxiliary
    of its verb cluster: "bekend gemaakt", "dat hij het plan bekend wil maken"."""
    j = i - 1
    if j >= 0 and words[j].lower in between:
        j -= 1
    return j >= 0 and words[j].lower in particles
