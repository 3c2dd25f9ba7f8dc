"""The words that identify an event across articles: content lemmas, model names, actors.

Linking (`within`, `across`) compares events by these terms; `detect` gives each mention the
terms of its clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.lexicon import EventLexicon, Trigger
from timeline.events.words import Word, lemma_of, model_name, words_of
from timeline.model import Timex

#: Marks the linking term that names the kind of an event ("#raket" for a "raketaanval").
KIND = "#"
#: Marks the linking term that names an actor ("@Iran").
ACTOR = "@"


def compound_modifier(lexicon: EventLexicon, trigger: Trigger, word: Word) -> str | None:
    """The first part of a compound event noun ("raket" in "raketaanval"), as a lemma."""
    nouns = next((t.nouns for t in lexicon.types if t.name == trigger.type), frozenset())
    inflection = lexicon.spec.inflection
    for form in (word.lemma, word.lower):
        for cut in range(inflection.min_compound_modifier, len(form) - 1):
            if len(form) - cut >= inflection.min_compound_head and form[cut:] in nouns:
                first = form[:cut].rstrip("-")
                for link in inflection.compound_links:
                    if first.endswith(link) and len(first) - len(link) >= 3:
                        first = first[: -len(link)]
                        break
                modifier = lemma_of(first, lexicon.language)
                if modifier not in lexicon.stopwords and len(modifier) >= 3:
                    return modifier
    return None


def linking_terms(
    lexicon: EventLexicon,
    text: str,
    spans: Sequence[tuple[int, int]],
    actors: Sequence[str],
    trigger: Trigger | None,
    timexes: Sequence[Timex] = (),
) -> tuple[str, ...]:
    """Words that identify an event across articles: content lemmas, model names, actors.

    The trigger itself is left out: every event of the type has it ("de brexit", "de crash");
    so are the time expressions given in `timexes`.
    """
    terms: set[str] = set()
    # only the trigger's first word: a phrase pattern may span the whole clause
    skip = (trigger.start, trigger.start + 1) if trigger else (-1, -1)
    memo = lexicon.word_terms
    if len(memo) > _WORD_TERMS_MAX:
        memo.clear()
    for start, end in spans:
        # the expressions a word of the stretch may start in (most stretches hold none)
        near = [(t.start, t.end) for t in timexes if t.start < end and t.end > start]
        for word in words_of(text, start, end, lexicon.language):
            if skip[0] <= word.start < skip[1]:
                # "raketaanval" and "vergeldingsaanval" are two attacks: keep what kind
                modifier = compound_modifier(lexicon, trigger, word) if trigger else None
                if modifier:
                    terms.add(KIND + modifier)
                continue
            if near and any(s <= word.start < e for s, e in near):
                continue  # "maandag" is shared by every story of that day
            found = memo.get(word.text)
            if found is None:
                found = memo[word.text] = word_terms(lexicon, word)
            terms.update(found)
    terms.update(f"{ACTOR}{a}" for a in actors)
    return tuple(sorted(terms))


#: Surface forms whose terms are kept per lexicon before the memo is cleared.
_WORD_TERMS_MAX = 200_000


def word_terms(lexicon: EventLexicon, word: Word) -> tuple[str, ...]:
    """The linking terms a word gives wherever it stands: a model name, or the lemmas of its
    parts that are neither stop words, numbers nor verb forms (none for a known actor)."""
    model = model_name(word.text)
    if model:
        return (model,)
    if word.text in lexicon.actors.forms:
        return ()
    infinitives = tuple(lexicon.spec.inflection.infinitive_endings) or ("\0",)
    terms: list[str] = []
    for part in word.lower.split("-"):
        lemma = lemma_of(part, lexicon.language)
        if part in lexicon.stopwords or lemma in lexicon.stopwords or len(lemma) < 3:
            continue
        verb = lemma != part and lemma.endswith(infinitives)
        if part.isdigit() or verb:
            continue  # numbers and verb forms say little about which event it is
        # without an apostrophe s: "Rutte's" is Rutte
        terms.append(lemma[:-2] if lemma.endswith(("’s", "'s")) else lemma)
    return tuple(terms)
