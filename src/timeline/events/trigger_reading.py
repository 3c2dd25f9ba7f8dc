"""Reading a word in its clause: the event types it names there, as a verb or a noun, given
what its form names out of context (`word_forms`): a particle closing the clause makes
another verb, a verb form after an article is an adjective, a counted form is a plural noun,
an official body is no happening.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.events.particles import (
    BREAKS,
    closing_word,
    particle_follows,
    particle_precedes,
    up_to_break,
)
from timeline.events.word_forms import WordForm, is_infinitive, named_types, verb_stems
from timeline.events.words import Word
from timeline.temporal.quotes import quotes_within
from timeline.wordsplit import split_words

if TYPE_CHECKING:
    from timeline.events.lexicon import EventLexicon


def word_triggers(
    lexicon: EventLexicon, words: Sequence[Word], i: int, text: str, form: WordForm
) -> list[tuple[str, bool]]:
    """The types word i names (`form`, its `word_forms.form_of`): (type, True) as a verb,
    (type, False) as a noun."""
    verbs: set[str] = set()
    nouns: set[str] = set()
    if (form.named or form.separable) and i + 1 < len(words):
        # a quote opened after the verb holds no particle of it: "beschreef het als 'van
        # begin af aan gedoemd'", "reageert: ,,Wij keuren geweld af" (not "stapt 'om
        # persoonlijke redenen' op")
        quoted = quotes_within(text, words[i].end, words[-1].end)
        if quoted:
            # (its particles stand as blanks, which no particle is)
            words = [
                *words[: i + 1],
                *(
                    w._replace(text="", lower="", lemma="")
                    if w.lower in lexicon.particles and any(a <= w.start < b for a, b in quoted)
                    else w
                    for w in words[i + 1 :]
                ),
            ]
    # a particle closing the clause makes another verb: "bouwde ... in" is inbouwen,
    # "levert in Maasdriel 500 kiezers in, ..." inleveren
    going_on, going_end = (
        _going_on(lexicon, text, words, i) if form.named or form.separable else ((), 0)
    )
    after = going_on[-1] if going_on else ""
    other_verb = bool(form.named) and (
        (closing_word(text, words, i) or after) in lexicon.particles
        # ... or one with a phrase put after it: "levert een negatief gevoel op bij de
        # inwoners", "leveren arbeidstijd in voor zorgtijd"
        or _extraposed(lexicon, up_to_break(text, words, i))
        or _extraposed(lexicon, going_on)
    )
    # ... and so does one before the infinitive marker: "uit te bouwen" is uitbouwen
    other_verb = other_verb or (
        i >= 2
        and words[i - 1].lower in lexicon.infinitive_markers
        and words[i - 2].lower in lexicon.marked_particles
    )
    for name, verbal in form.named:
        if verbal and other_verb:
            continue
        (verbs if verbal else nouns).add(name)
    # a verb of saying takes its own infinitive: "zegt op de hoogte te zijn" is no opzeggen
    says = bool(form.separable) and any(
        verbal and name in lexicon.reporting for name, verbal in form.named
    )
    markers = frozenset() if says else lexicon.infinitive_markers
    for name, particles in form.separable:
        if (
            particles
            and (
                particle_follows(
                    words, i, particles, lexicon.final_particles, lexicon.openers, markers
                )
                or particle_precedes(words, i, particles, lexicon.verb_cluster_words)
                # ... or before the infinitive marker, unless the clause makes it no
                # happening: "besloot af te treden" is aftreden, "kwam om de stad aan te
                # vallen" tells no attack
                or (
                    particle_precedes(words, i, particles, lexicon.infinitive_markers)
                    and not any(w.lower in lexicon.undone_markers for w in words[:i])
                )
                # (what the idioms of the clause's words would drop: "nam | die aanbeveling
                # over" takes nothing over)
                or (after in particles and not _idiomatic(lexicon, text, words[i].start, going_end))
                # ... or one that is no preposition anywhere in them, as in its own clause
                # ("kwam | dat eerder overeen met de zorgverlener")
                or any(w in particles and w not in lexicon.final_particles for w in going_on[:-1])
            )
        ):
            verbs.add(name)
    if not verbs and not nouns:
        return []
    if verbs and (_attributive(lexicon, text, words, i) or _plural_noun(lexicon, words, i)):
        verbs = set()  # "de geannexeerde Krim": an adjective, it may still be a noun
    elif verbs and nouns and _counted(lexicon, words, i):
        verbs = set()  # "drie aanvallen": the plural of the type's noun
    nouns -= verbs
    if nouns and _agency(lexicon, words, i):
        nouns = set()  # "de Onderwijsinspectie stelt": the body, no inspection
    position = _positions(lexicon)
    if position is not None:  # in lexicon order, by sorting the few named
        out = [(name, True) for name in sorted(verbs, key=position.__getitem__)]
        out += [(name, False) for name in sorted(nouns, key=position.__getitem__)]
        return out
    out = [(t.name, True) for t in lexicon.types if t.name in verbs]
    out += [(t.name, False) for t in lexicon.types if t.name in nouns]
    return out


def _agency(lexicon: EventLexicon, words: Sequence[Word], i: int) -> bool:
    """Whether word i names an official body that is also an event noun (`agencies`):
    after a determiner, not before a complement ("de inspectie van het pand")."""
    word = words[i]
    return (
        i > 0
        and words[i - 1].lower in lexicon.organisation_determiners
        and (word.lower.endswith(lexicon.agencies) or word.lemma.endswith(lexicon.agencies))
        and not (i + 1 < len(words) and words[i + 1].lower in lexicon.agency_complements)
    )


def _positions(lexicon: EventLexicon) -> dict[str, int] | None:
    """Each type name to its position in the lexicon (built once); None when a name is
    given to two types (then a word's types are listed by walking all of them)."""
    if not lexicon.type_positions:
        names = [t.name for t in lexicon.types]
        unique = len(set(names)) == len(names)
        lexicon.type_positions.append({n: i for i, n in enumerate(names)} if unique else None)
    return lexicon.type_positions[0]


def _attributive(lexicon: EventLexicon, text: str, words: Sequence[Word], i: int) -> bool:
    """A verb form used as an adjective: "de dode hoek", "geannexeerde Krim", "vliegende"."""
    word = words[i].lower
    inflection = lexicon.spec.inflection
    for ending in inflection.present_participle_endings:
        if word.endswith(ending) and is_infinitive(lexicon, word[: len(word) - len(ending)]):
            return True  # "dreigende taal"; not "erkende", the past of erkennen
    inflected = word.endswith(tuple(inflection.adjective_inflection) or ("\0",))
    if inflected and any(word.startswith(p) for p in inflection.participle_prefixes):
        return True
    if not 0 < i < len(words) - 1:
        return False
    # an infinitive after a determiner is a noun ("na diens overlijden", "het vertrek");
    # another form only after an article ("de afgewezen asielzoeker"; not after a word
    # that may be a pronoun or a verb: "zijn gearresteerd in Parijs", "heeft haar
    # aangehouden"), or after one and a short phrase before its noun ("De in Nederland
    # afgewezen Al-Showaikh", "De voor de moord veroordeelde Avery")
    articles = lexicon.tense.adjective_determiners  # the tense cues' list: one for both
    before = words[i - 1].lower
    if before in articles or (word == words[i].lemma and before in lexicon.determiners):
        return True
    return (
        words[i + 1].lower not in lexicon.prepositions
        and not BREAKS.intersection(text[words[max(0, i - 4)].start : words[i].start])
        and any(
            words[k].lower in articles and words[k + 1].lower in lexicon.prepositions
            for k in range(max(0, i - 4), i - 1)
        )
    )


def _counted(lexicon: EventLexicon, words: Sequence[Word], i: int) -> bool:
    """A form after a word that counts ("drie", "vele", "12"): a plural, not a verb."""
    if i == 0:
        return False
    before = words[i - 1]
    return before.lower in lexicon.spec.inflection.quantifiers or (
        before.text.isdigit() and len(before.text) < 4  # not a year: "in 2015 aangevallen"
    )


def _plural_noun(lexicon: EventLexicon, words: Sequence[Word], i: int) -> bool:
    """An infinitive's form used as the plural of a noun that names no event: after a
    preposition ("voldoet aan eisen") or an inflected adjective ("strenge eisen"; not an
    auxiliary, "wilde eisen"). "kritische onderzoeken" names the investigation's noun."""
    word = words[i]
    if i == 0 or word.lower != word.lemma:
        return False  # only the infinitive's form: not "aangehouden", "reageerden"
    before = words[i - 1]
    inflection = lexicon.spec.inflection
    if before.lower not in lexicon.prepositions and not _inflected_adjective(lexicon, before):
        return False
    stems = verb_stems(word.lower, inflection)
    return bool(stems) and not any(
        not verbal for stem in stems for _, verbal in named_types(lexicon, stem)
    )


def _inflected_adjective(lexicon: EventLexicon, word: Word) -> bool:
    """Whether a word is an inflected adjective: "strenge" (streng), not "gemeente" (its own
    lemma), an auxiliary ("wilde") or a verb's past ("probeerde": proberen)."""
    inflection = lexicon.spec.inflection
    return (
        word.text.islower()
        and word.lower != word.lemma
        and word.lower.endswith(tuple(inflection.adjective_inflection) or ("\0",))
        and not word.lemma.endswith(tuple(inflection.infinitive_endings) or ("\0",))
        and word.lower not in lexicon.verb_cluster_words
    )


def _extraposed(lexicon: EventLexicon, following: Sequence[str]) -> bool:
    """Whether one of the lower-cased words `following` a verb is an extraposing particle
    right before a preposition that opens a phrase (not the particle's own phrase, "aan
    Rusland", nor a clause: "over die ..."): "levert een negatief gevoel op | bij de
    inwoners"; or right before the first conjunction after the verb, one that opens the
    next clause (not one joining two prepositions, "in en rond de stad"): "leverde meer
    woningen op | en werkte", "levert niets op | omdat ..." (not "beloofde ... en zette
    ... in | om": the particle of a verb after a conjunction)."""
    particles, prepositions, openers = (
        lexicon.extraposing_particles,
        lexicon.prepositions,
        lexicon.openers,
    )
    conjunctions = lexicon.particle_conjunctions
    first = next((j for j, word in enumerate(following) if word in conjunctions), 0)
    return any(
        word in particles
        and (
            (j + 1 == first and (j + 2 >= len(following) or following[j + 2] not in prepositions))
            or (
                following[j + 1] in prepositions
                and (j + 2 >= len(following) or following[j + 2] not in openers)
            )
        )
        for j, word in enumerate(following[:-1])
    )


def _going_on(
    lexicon: EventLexicon, text: str, words: Sequence[Word], i: int
) -> tuple[tuple[str, ...], int]:
    """The words, lower-cased, that the clause of verb i goes on with when the verb ends
    its clause before a demonstrative opener (`demonstrative_tail`), up to the next break
    ("Natuurlijk levert | dat af en toe problemen op": "af", "en", ..., "op"), and where
    they end; a word in capitals as "" ("het OM" is no particle "om")."""
    tail = lexicon.demonstrative_tail
    if tail is None or i != len(words) - 1:
        return (), 0
    found = tail.match(text, words[i].end)
    if found is None:
        return (), 0
    # the project's one word cut ("af-en-toe" is a word, not the particle "toe")
    cut = split_words(text, found.start(1), found.end(1))
    pairs = zip(cut.surfaces, cut.lowers, strict=True)
    going_on = tuple("" if surface.isupper() else lower for surface, lower in pairs)
    return going_on, found.end()


def _idiomatic(lexicon: EventLexicon, text: str, start: int, end: int) -> bool:
    """Whether an idiom matches in `text[start:end]`."""
    return lexicon.idioms is not None and bool(
        lexicon.idiom_finder().spans(text[start:end].lower())
    )
