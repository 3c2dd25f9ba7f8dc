"""What a word form names out of its clause: the event types its parts name (the form, its
lemma, their verb stems and compound heads) and the separable verbs it may be the verb part
of, looked up in the lexicon's indexes (built on first use, kept on the lexicon) and memoised
by form. `trigger_reading` reads the form in its clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from timeline.events.spec import InflectionSpec
from timeline.events.stems import stem_candidates, stem_rules
from timeline.events.words import Word
from timeline.temporal.needs import Need, WordFinder

if TYPE_CHECKING:
    from timeline.events.lexicon import EventLexicon


class WordForm(NamedTuple):
    """What a word form names whatever its clause: the types its parts name (type, as a verb),
    the separable verbs it may be the verb part of (type, particles), and whether it is
    inert: it names no type in any clause (no lookup, no separable verb)."""

    named: tuple[tuple[str, bool], ...]
    separable: tuple[tuple[str, frozenset[str]], ...]
    inert: bool


#: What a word form that holds no form of the lexicon names: nothing, in any clause.
_NAMES_NOTHING = WordForm(named=(), separable=(), inert=True)
#: Word forms kept per lexicon before the memo is cleared (a bound for very large corpora).
_FORMS_MAX = 200_000


def form_of(lexicon: EventLexicon, word: Word) -> WordForm:
    """What a word names out of context (memoised: the same forms recur)."""
    key = (word.lower, word.lemma)
    form = lexicon.forms.get(key)
    if form is not None:
        return form
    if len(lexicon.forms) > _FORMS_MAX:
        lexicon.forms.clear()
    finder = form_finder(lexicon)
    if (
        finder is not None
        and not finder.any_in(word.lower)
        and (word.lemma == word.lower or not finder.any_in(word.lemma))
    ):
        # every form looked up below (the word, its lemma, their stems and compound heads)
        # is part of one of them: when neither holds a verb, stem or noun of the lexicon,
        # nothing is found (85 % of an article's new forms), without the look-ups
        form = lexicon.forms[key] = _NAMES_NOTHING
        return form
    parts = [word.lemma, word.lower]
    if "-" in word.lower:
        parts.append(word.lower.rsplit("-", 1)[1])
    separable = separable_verbs(lexicon)
    # a noun that looks like a participle: the lemmatiser gives "gebouwen" the lemma
    # "gebouw", no infinitive, so it is not ge-bouw-en and its stems make no verb
    inflection = lexicon.spec.inflection
    nominal = (
        word.lemma != word.lower
        and not word.lemma.endswith(tuple(inflection.infinitive_endings) or ("\0",))
        and word.lemma.startswith(tuple(inflection.participle_prefixes) or ("\0",))
    )
    stems = stem_candidates_of(lexicon, word.lower)  # the same for any lemma: cached by form
    named = [named_types(lexicon, part, stems if part == word.lower else None) for part in parts]
    verbs: tuple[tuple[str, frozenset[str]], ...] = ()
    if nominal:
        named = [tuple(t for t in types if not t[1]) for types in named]
    else:
        verbs = tuple(v for part in (*parts, *stems) for v in separable.get(part, ()))
    form = lexicon.forms[key] = WordForm(
        named=tuple(t for types in named for t in types),
        separable=verbs,
        # inert only when no clause can make it name a type: a separable verb of one of
        # its stems may ("durft ... aan"), and a word passed over once is passed over in
        # every later clause, so an inert word that is not would make the result depend
        # on the articles analysed before
        inert=not verbs
        and not any(types or separable.get(part) for part, types in zip(parts, named, strict=True)),
    )
    return form


def form_finder(lexicon: EventLexicon) -> WordFinder | None:
    """Finds whether a word holds any verb, stem, noun or separable verb part of the
    lexicon (built once); None when one of them is empty, which every word holds."""
    if not lexicon.form_finder:
        index = form_index(lexicon)
        keys = {
            *index["verbs"],
            *index["stems"],
            *index["nouns"],
            *(part for part, verbs in separable_verbs(lexicon).items() if verbs),
        }
        usable = "" not in keys
        lexicon.form_finder.append(WordFinder([Need(tuple(keys), False)]) if usable else None)
    return lexicon.form_finder[0]


def separable_verbs(lexicon: EventLexicon) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """The separable verbs of all types by their verb part (built on first use)."""
    index = lexicon.separable_index
    if not index:
        grouped: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for event_type in lexicon.types:
            for part, particles in event_type.separable.items():
                grouped.setdefault(part, []).append((event_type.name, particles))
        index.update({part: tuple(v) for part, v in grouped.items()})
        index.setdefault("", ())  # built, even for a lexicon without separable verbs
    return index


def named_types(
    lexicon: EventLexicon, part: str, stems: set[str] | None = None
) -> tuple[tuple[str, bool], ...]:
    """The types a word form names out of context (cached: the same forms recur).

    `stems` are the part's `stem_candidates_of`, when the caller has them.
    """
    cached = lexicon.cache.get(part)
    if cached is not None:
        return cached
    index = form_index(lexicon)
    verbs, stem_index, nouns = index["verbs"], index["stems"], index["nouns"]
    verbal = set(verbs.get(part, ()))
    # C-level maps: a word is looked up as ~10 stems and ~15 compound heads
    candidates = stem_candidates_of(lexicon, part) if stems is None else stems
    for found in filter(None, map(stem_index.get, candidates)):
        verbal.update(found)
    nominal = set(nouns.get(part, ()))
    # compound nouns: "wapenleveranties" ends in a noun of the type, after a modifier
    if part not in lexicon.spec.inflection.not_compounds:
        heads = map(part.__getitem__, _heads(lexicon, len(part)))
        for found in filter(None, map(nouns.get, heads)):
            nominal.update(found)
    named = verbal | nominal
    types = lexicon.types
    result = tuple((types[i].name, i in verbal) for i in sorted(named)) if named else ()
    if lexicon.spec.inflection.shared_forms:
        # a form that is a verb and a noun of one type ("attack": an infinitive without
        # an ending) names it both ways: after a determiner ("the attack") it is the noun
        result += tuple((types[i].name, False) for i in sorted(verbal & nominal))
    lexicon.cache[part] = result
    return result


def _heads(lexicon: EventLexicon, size: int) -> tuple[slice, ...]:
    """Where a word of `size` characters may hold a compound's head: the slices as long as
    a noun of the lexicon that leave a modifier before them (built once per size)."""
    heads = lexicon.head_slices.get(size)
    if heads is None:
        inflection = lexicon.spec.inflection
        longest = size - inflection.min_compound_modifier
        heads = lexicon.head_slices[size] = tuple(
            slice(size - length, None)
            for length in _noun_lengths(lexicon)
            if inflection.min_compound_head <= length <= longest
        )
    return heads


def _noun_lengths(lexicon: EventLexicon) -> list[int]:
    """The lengths of the nouns of all types, shortest first: a compound's head has one."""
    lengths = lexicon.noun_lengths
    if not lengths:
        lengths.extend(sorted({len(noun) for noun in form_index(lexicon)["nouns"]}))
    return lengths


def form_index(lexicon: EventLexicon) -> dict[str, dict[str, tuple[int, ...]]]:
    """Verbs, verb stems and nouns, each to the positions of the types that have them
    (built on first use): a word is looked up once instead of in every type."""
    index = lexicon.form_index
    if not index:
        for kind in ("verbs", "stems", "nouns"):
            positions: dict[str, list[int]] = {}
            for i, event_type in enumerate(lexicon.types):
                for form in sorted(getattr(event_type, kind)):
                    positions.setdefault(form, []).append(i)
            index[kind] = {form: tuple(types) for form, types in positions.items()}
    return index


def is_infinitive(lexicon: EventLexicon, form: str) -> bool:
    """Whether a form is the infinitive of a verb of the lexicon, or of a separable
    verb's verb part ("komen" of omkomen)."""
    if form in form_index(lexicon)["verbs"]:
        return True
    endings = tuple(lexicon.spec.inflection.infinitive_endings)
    return bool(endings) and form.endswith(endings) and form in separable_verbs(lexicon)


def stem_candidates_of(lexicon: EventLexicon, part: str) -> set[str]:
    """The stems an unknown verb form may have: "getraind" = ge + train + d."""
    rules = lexicon.stem_rules
    if not rules:
        rules.append(stem_rules(lexicon.spec.inflection))
    return stem_candidates(rules[0], part)


def verb_stems(verb: str, inflection: InflectionSpec) -> list[str]:
    """The stems of an infinitive: "trainen" -> "train", "zetten" -> "zet", "leven" -> "leef"."""
    ending = next((e for e in inflection.infinitive_endings if verb.endswith(e)), None)
    if ending is None or len(verb) - len(ending) < 3:
        return []
    stem = verb[: len(verb) - len(ending)]
    out = [stem]
    vowels = inflection.vowels
    if stem[-1] == stem[-2]:
        out.append(stem[:-1])  # a doubled consonant: zett-en -> zet
    elif stem[-2] in inflection.open_vowels and stem[-3] not in vowels and stem[-1] not in vowels:
        out.append(stem[:-1] + stem[-2] + stem[-1])  # an open syllable: veroordel-en -> veroordeel
    devoice = inflection.final_devoicing
    return [s[:-1] + devoice[s[-1]] if s[-1] in devoice else s for s in out]
