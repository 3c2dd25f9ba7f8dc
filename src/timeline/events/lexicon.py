"""The event lexicon: event types and the words and phrases that trigger them in a text.

`events.yaml` holds the types and the language's cue words, `actors.yaml` the actor gazetteer;
a user file given with `--lexicon` adds types or replaces those with the same name
(`lexicon_load.load_event_lexicon` reads and validates them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter, ne
from typing import NamedTuple

from timeline.events.actors import Gazetteer
from timeline.events.anchor import AnchorCues
from timeline.events.attributes import DateAttributes
from timeline.events.attributions import Attributions
from timeline.events.idioms import IdiomSearch
from timeline.events.offsets import EventOffsets
from timeline.events.particles import (
    BREAKS,
    closing_word,
    particle_follows,
    particle_precedes,
    up_to_break,
)
from timeline.events.phrases import PhraseMatcher
from timeline.events.speakers import TitleCues
from timeline.events.spec import (
    EventLexiconSpec,
    EventTypeSpec,
    InflectionSpec,
)
from timeline.events.stems import StemRules, stem_candidates, stem_rules
from timeline.events.titles import Headline, TitleShape
from timeline.events.words import Word, words_of
from timeline.temporal.guarded import GuardedRegex
from timeline.temporal.needs import (
    Need,
    WordFinder,
)
from timeline.temporal.quotes import quotes_within
from timeline.temporal.tense import TenseCues
from timeline.wordsplit import split_words

_BRACKETS = re.compile(r"\([^()]*\)")
_LOWER, _LEMMA = itemgetter(3), itemgetter(4)  # of a `Word`


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase of a clause that names an event of a type."""

    type: str
    start: int
    end: int
    verbal: bool


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


@dataclass(frozen=True)
class EventType:
    """A compiled event type: lemma sets and phrase patterns."""

    name: str
    rank: int
    verbs: frozenset[str]
    stems: dict[str, str]
    separable: dict[str, frozenset[str]]
    nouns: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    spec: EventTypeSpec


@dataclass(frozen=True)
class EventLexicon:
    """Everything event detection knows about one language."""

    language: str
    types: tuple[EventType, ...]
    spec: EventLexiconSpec
    tense: TenseCues
    actors: Gazetteer
    support: frozenset[str]
    hedges: GuardedRegex | None
    #: A pronoun of anyone ("je"), in lower case or opening the clause: it hedges too.
    generic: GuardedRegex | None
    related: dict[str, str]
    attributions: Attributions
    cues: AnchorCues
    clause_cut: re.Pattern[str]
    coordinator: re.Pattern[str]
    relative: frozenset[str]
    title_strip: frozenset[str]
    #: Signals a title leaves out with the expression that dates its event (`without_date`).
    title_date_signals: frozenset[str]
    #: Where a title may put its subject before its verb (`without_date`, `make_title`).
    title_shape: TitleShape
    #: Words that bind a dating expression after them into a phrase (`without_date`).
    title_date_bound: frozenset[str]
    #: Words that join two expressions: a title keeps both ("in 2003 of 2005").
    title_date_joiners: frozenset[str]  # the range links and the alternatives
    #: Words a title cut short does not end on (`make_title`).
    title_unfinished: frozenset[str]
    #: What a title of a name and its relative clause drops (`relative_headline`).
    title_headline: Headline
    stopwords: frozenset[str]
    determiners: frozenset[str]
    final_particles: frozenset[str]
    #: Particles that close their verb's clause also before a preposition ("op | bij de").
    extraposing_particles: frozenset[str] = frozenset()
    #: Conjunctions before which an extraposing particle closes its verb's clause too.
    particle_conjunctions: frozenset[str] = frozenset()
    #: Words that open a clause: a particle just before one ends its verb's clause.
    openers: frozenset[str] = frozenset()
    #: A relative pronoun that opens a clause with the preposition before it ("van wie").
    preposed_relative: GuardedRegex | None = None
    #: A demonstrative opener right after a verb and the words up to the next break (group
    #: 1): the verb's clause may go on to there ("levert | dat ... problemen op").
    demonstrative_tail: re.Pattern[str] | None = None
    #: Phrases holding a hedge's word that hedge nothing ("zo snel mogelijk").
    not_hedges: re.Pattern[str] | None = None
    #: Hedges a calendar date in the clause overrides ("kunnen": what may happen on a day).
    dated_hedges: re.Pattern[str] | None = None
    #: Words of what always holds (`untyped.other_event`), and phrases holding them that
    #: say something else ("nog altijd": still).
    always: re.Pattern[str] | None = None
    not_always: re.Pattern[str] | None = None
    prepositions: frozenset[str] = frozenset()
    #: Relative pronouns that open a clause inside another after a comma ("Turkije, dat ...,").
    embedded: frozenset[str] = frozenset()
    #: Relative pronouns whose clause in the present describes the noun before it.
    describing: frozenset[str] = frozenset()
    #: Words that open a clause of what happened before (`earlier`) or after (`later`) the
    #: clause it hangs on ("nadat", "voordat"): their order in time (`clauses.Clause.side`).
    earlier: frozenset[str] = frozenset()
    later: frozenset[str] = frozenset()
    #: Conjunctions whose clause opening a sentence ends before the main clause's verb.
    fronted: frozenset[str] = frozenset()
    #: Conjunctions opening an indirect question that opens a sentence ("Of ..., | is
    #: onzeker"): no happening is told in it.
    questions: frozenset[str] = frozenset()
    #: Articles that, opening a clause, make its subject a particular one
    #: (`clause_filters.generic`).
    specific: frozenset[str] = frozenset()
    #: Words of how often something is done: a clause with one and no time of its own tells
    #: a habit (`clause_filters.habit`).
    habits: frozenset[str] = frozenset()
    #: Words that deny the event noun right after them (`clause_filters.denied`).
    denying_determiners: frozenset[str] = frozenset()
    #: Subjects that deny the event verb right before or after them (`clause_filters.denied`).
    denying_subjects: frozenset[str] = frozenset()
    #: Lemmas of verbs whose complement clause is wanted, not told (`wished`).
    wishing_verbs: frozenset[str] = frozenset()
    complementisers: frozenset[str] = frozenset()
    #: Words that open a condition when the clause has another after it (`conditional`).
    conditionals: frozenset[str] = frozenset()
    condition_subjects: frozenset[str] = frozenset()
    condition_consequents: frozenset[str] = frozenset()
    #: Pronouns that open a sentence's generality ("Wie zich meldt, ..."; `free_relative`).
    free_relatives: frozenset[str] = frozenset()
    #: Words of condition inside a clause; words before one that make it a comparison or an
    #: indirect question, and words after one that make it a likeness
    #: (`clause_filters.inner_condition`).
    inner_conditionals: frozenset[str] = frozenset()
    comparing: frozenset[str] = frozenset()
    likened: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    quotation_type: str | None = None
    #: Fixed expressions whose words name no event ("te koop"): triggers inside are dropped.
    idioms: re.Pattern[str] | None = None
    #: An outcome type to the types that cause it ("death" -> attack, accident).
    outcomes: dict[str, frozenset[str]] = field(default_factory=dict)
    event_relative: GuardedRegex | None = None
    #: Matches the end of the text before an event noun that a preposition makes a time
    #: reference ("na de Indonesische | ramp"): that event is not the clause's news.
    reference_frame: re.Pattern[str] | None = None
    #: The same for the frames that look ahead ("kort voor de | verkiezingen"): the event
    #: named comes after the clause's date.
    ahead_frame: re.Pattern[str] | None = None
    actor_verbs: frozenset[str] = frozenset()
    #: Nouns that make a quoted speaker official ("de premier", "een woordvoerder").
    official_speakers: frozenset[str] = frozenset()
    #: Titles of office that make one also as a compound's head ("politiewoordvoerder").
    official_heads: tuple[str, ...] = ()
    #: Titles that are another's word for it ("zegsman" for "woordvoerder").
    same_titles: Mapping[str, str] = field(default_factory=dict)
    #: Official speakers that are also an event noun ("inspectie"): with a definite article
    #: they name the body ("de inspectie stelt"), not the happening.
    agencies: tuple[str, ...] = ()
    agency_complements: frozenset[str] = frozenset()
    #: Lemmas of verbs of a state ("heten", "kosten") and of the verbs that may stand beside
    #: them ("zijn", "zullen"): such a clause makes no untyped event by a date alone.
    state_verbs: frozenset[str] = frozenset()
    state_companions: frozenset[str] = frozenset()
    #: Phrases of a share or a count, and verbs of their change or of the figures showing
    #: it: a statistic is a state.
    statistics: re.Pattern[str] | None = None
    statistic_verbs: frozenset[str] = frozenset()
    #: What can be seen, ordered or visited ("is te zien"), each pattern's group the
    #: infinitive: a possibility is a state, its infinitive names no event.
    possibilities: tuple[re.Pattern[str], ...] = ()
    infinitive_endings: tuple[str, ...] = ()
    #: Kinds of organisation, also as a compound's head ("het bedrijf", "taxidienst Uber").
    organisation_kinds: tuple[str, ...] = ()
    #: Nouns that make a speaker an expert ("onderzoeker"): not official, whatever else.
    expert_speakers: frozenset[str] = frozenset()
    #: What makes a title a former one ("oud-minister", "de voormalige voorzitter").
    former_prefixes: tuple[str, ...] = ()
    former_words: frozenset[str] = frozenset()
    #: Prepositions after which a country or town is a place, not a speaker ("in Amerika").
    place_prepositions: frozenset[str] = frozenset()
    press_speakers: frozenset[str] = frozenset()
    #: Prepositions after which a saying tail names the audience ("tegen journalisten").
    audience_markers: frozenset[str] = frozenset()
    #: Pronouns that can say something ("zei hij"): the speaker, though no name.
    speaker_pronouns: frozenset[str] = frozenset()
    #: Pronouns whose verb of saying tells someone's own words, no statement (`own_voice`).
    own_voice: frozenset[str] = frozenset()
    #: What names an organisation right after a verb of saying (", zegt de Nasa").
    organisation_determiners: frozenset[str] = frozenset()
    #: An article no person's name takes: before a capitalised name it names an organisation
    #: ("het Voedingscentrum", "het Franse Total").
    organisation_articles: frozenset[str] = frozenset()
    demonym_endings: tuple[str, ...] = ()
    particles: frozenset[str] = frozenset()
    #: Auxiliaries that may stand between a particle and its verb ("bekend wil maken").
    verb_cluster_words: frozenset[str] = frozenset()
    #: Words that mark an infinitive: a complement after a particle ("riep hen op ... te gaan").
    infinitive_markers: frozenset[str] = frozenset()
    #: Particles that make another verb before the infinitive marker ("uit te bouwen").
    marked_particles: frozenset[str] = frozenset()
    #: The words that count a duration from an event ("twee dagen na de aanslag").
    offsets: EventOffsets = field(default_factory=lambda: EventOffsets(None, None))
    #: Matches what stands between an event noun and its own date (" van ").
    own_date: re.Pattern[str] | None = None
    #: Words that make a date describe a noun rather than time a happening ("uit 1981").
    date_attributes: DateAttributes = field(default_factory=DateAttributes)
    cache: dict[str, tuple[tuple[str, bool], ...]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: word -> (type, particles) of the types with a separable verb on that word; built once.
    separable_index: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: (lower-cased word, lemma) -> what it names out of its clause (see `_form`).
    forms: dict[tuple[str, str], WordForm] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: surface form -> the linking terms the word gives (see `terms.word_terms`).
    word_terms: dict[str, tuple[str, ...]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: lower-cased word -> the lemma it had when found to name no type (see `triggers`).
    inert: dict[str, str] = field(default_factory=dict, repr=False, compare=False, hash=False)
    #: [the idioms' search, by the words they need] once built (see `_idiom_search`).
    idiom_search: list[IdiomSearch] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )
    #: [whether a word holds a form of the lexicon] once built (see `_form_finder`).
    form_finder: list[WordFinder | None] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )
    #: [type name -> position] once built ([None]: a name given to two types).
    type_positions: list[dict[str, int] | None] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )
    #: type name -> rank (first type of a name), built on first use.
    type_ranks: dict[str, int] = field(default_factory=dict, repr=False, compare=False, hash=False)
    #: "verbs", "stems" and "nouns": each word -> the positions of the types that have it;
    #: built on first use.
    form_index: dict[str, dict[str, tuple[int, ...]]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: the lengths of the nouns of all types, built on first use.
    noun_lengths: list[int] = field(default_factory=list, repr=False, compare=False, hash=False)
    #: word size -> where a compound head may stand in it (see `_heads`), built on first use.
    head_slices: dict[int, tuple[slice, ...]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: the inflection's `StemRules`, once arranged.
    stem_rules: list[StemRules] = field(default_factory=list, repr=False, compare=False, hash=False)
    #: [the titles of office speakers are known by (`sayers.title_cues`)] once built: one
    #: value per lexicon, so that the caches keyed by it find it at once.
    office_cues: list[TitleCues] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )
    #: [the end of a support verb -> the starts it is written after (`has_support_verb`)]
    #: once built.
    support_splits: list[dict[str, frozenset[str]]] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )
    source: str = ""

    def type_names(self) -> list[str]:
        """The names of all types, in lexicon order."""
        return [t.name for t in self.types]

    def triggers(self, text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
        """Every trigger in `text[start:end]`, in text order."""
        words = words_of(text, start, end, self.language)
        found: list[Trigger] = []
        # most words name no type in any context: known by their form, they are passed over
        inert = self.inert
        # the words not known to be inert, by C-level maps (a clause has ~15 words); the maps
        # are lazy, so a word found inert earlier in this clause is passed over too
        live = map(ne, map(inert.get, map(_LOWER, words)), map(_LEMMA, words))
        for i in compress(range(len(words)), live):
            word = words[i]
            form = self._form(word)
            if form.inert:  # it names nothing here, nor in any later clause
                inert[word.lower] = word.lemma
                continue
            for name, verbal in self._word_triggers(words, i, text, form):
                found.append(Trigger(name, word.start, word.end, verbal))
        matcher = self.phrase_matcher
        phrases = matcher.within(text, start, len(text) if end is None else end)
        # the stretch's lower case, for the patterns and idioms (most clauses need neither)
        lower = (
            (text[start:end] if end is not None else text[start:]).lower()
            if phrases or found
            else ""
        )
        if matcher.may_run(phrases, lower):
            for name, pattern in phrases:
                for match in pattern.finditer(lower):
                    found.append(Trigger(name, start + match.start(), start + match.end(), True))
        if found and self.idioms is not None:
            fixed = [(start + s, start + e) for s, e in self._idiom_search().spans(lower)]
            if fixed:
                found = [t for t in found if not any(s <= t.start and t.end <= e for s, e in fixed)]
        if found and self.possibilities:
            found = self._not_possible(found, lower, start)
        if found:
            ranks = self._ranks()
            found.sort(key=lambda t: (t.start, ranks.get(t.type, len(self.types))))
        return found

    def _not_possible(self, found: list[Trigger], lower: str, start: int) -> list[Trigger]:
        """`found` without the infinitive of a possibility (`possibilities`, each pattern's
        group: "is via de uitgever te bestellen" orders nothing); `lower` is the stretch's
        lower case from `start`."""
        if not lower:
            return found
        infinitives = {
            start + m.start(1) for pattern in self.possibilities for m in pattern.finditer(lower)
        }
        if not infinitives:
            return found
        return [t for t in found if t.start not in infinitives]

    def may_trigger(self, text: str, start: int, end: int) -> bool:
        """Whether some stretch of `text[start:end]` (a clause of a sentence) may hold a
        trigger: a word whose form names a type or a separable verb, or the needs of a phrase
        pattern. False means `triggers` finds none in any stretch of it (a stretch's words are
        some of its words, and a stretch meets no needs it does not meet)."""
        words = words_of(text, start, end, self.language)
        inert = self.inert
        live = map(ne, map(inert.get, map(_LOWER, words)), map(_LEMMA, words))
        for i in compress(range(len(words)), live):
            word = words[i]
            form = self._form(word)
            if form.named or form.separable:
                return True
            if form.inert:  # as `triggers` records it: it names nothing in any clause
                inert[word.lower] = word.lemma
        return bool(self.phrase_matcher.within(text, start, end))

    @cached_property
    def phrase_matcher(self) -> PhraseMatcher:
        """The types' phrase patterns, in lexicon order, and the search for those that may
        match in a clause (`phrases.PhraseMatcher`)."""
        return PhraseMatcher([(t.name, pattern) for t in self.types for pattern in t.patterns])

    def _idiom_search(self) -> IdiomSearch:
        """The idioms searched by the words they need (`idioms.IdiomSearch`, built once)."""
        if not self.idiom_search:
            assert self.idioms is not None
            self.idiom_search.append(IdiomSearch(self.spec.idioms, self.idioms))
        return self.idiom_search[0]

    def rank(self, name: str) -> int:
        """The position of a type in the lexicon (earlier types win ties)."""
        return self._ranks().get(name, len(self.types))

    def _ranks(self) -> dict[str, int]:
        ranks = self.type_ranks
        if not ranks:
            # the first type of a name wins, as a search in lexicon order would find it
            for event_type in reversed(self.types):
                ranks[event_type.name] = event_type.rank
        return ranks

    def prepare(self) -> None:
        """Build now what the first clause analysed would build: the phrase patterns' needs
        and their word finder, the idioms' search, the word forms' finder. Worker processes
        forked afterwards share it instead of each building its own (inside `kept_needs()`,
        the patterns' readings come from the store)."""
        self.phrase_matcher.prepare()
        if self.idioms is not None:
            self._idiom_search()
        self._form_finder()

    def names_nothing(self, word: Word) -> bool:
        """Whether a word names no type in any clause, as `triggers` finds at its first sight
        and then passes it over (`inert`); its form is memoised."""
        return self._form(word).inert

    def _form(self, word: Word) -> WordForm:
        """What a word names out of context (memoised: the same forms recur)."""
        key = (word.lower, word.lemma)
        form = self.forms.get(key)
        if form is not None:
            return form
        if len(self.forms) > _FORMS_MAX:
            self.forms.clear()
        finder = self._form_finder()
        if (
            finder is not None
            and not finder.any_in(word.lower)
            and (word.lemma == word.lower or not finder.any_in(word.lemma))
        ):
            # every form looked up below (the word, its lemma, their stems and compound heads)
            # is part of one of them: when neither holds a verb, stem or noun of the lexicon,
            # nothing is found (85 % of an article's new forms), without the look-ups
            form = self.forms[key] = _NAMES_NOTHING
            return form
        parts = [word.lemma, word.lower]
        if "-" in word.lower:
            parts.append(word.lower.rsplit("-", 1)[1])
        separable = self._separable()
        # a noun that looks like a participle: the lemmatiser gives "gebouwen" the lemma
        # "gebouw", no infinitive, so it is not ge-bouw-en and its stems make no verb
        inflection = self.spec.inflection
        nominal = (
            word.lemma != word.lower
            and not word.lemma.endswith(tuple(inflection.infinitive_endings) or ("\0",))
            and word.lemma.startswith(tuple(inflection.participle_prefixes) or ("\0",))
        )
        stems = self._stem_candidates(word.lower)  # the same for any lemma: cached by form
        named = [self._lookup(part, stems if part == word.lower else None) for part in parts]
        verbs: tuple[tuple[str, frozenset[str]], ...] = ()
        if nominal:
            named = [tuple(t for t in types if not t[1]) for types in named]
        else:
            verbs = tuple(v for part in (*parts, *stems) for v in separable.get(part, ()))
        form = self.forms[key] = WordForm(
            named=tuple(t for types in named for t in types),
            separable=verbs,
            # inert only when no clause can make it name a type: a separable verb of one of
            # its stems may ("durft ... aan"), and a word passed over once is passed over in
            # every later clause, so an inert word that is not would make the result depend
            # on the articles analysed before
            inert=not verbs
            and not any(
                types or separable.get(part) for part, types in zip(parts, named, strict=True)
            ),
        )
        return form

    def _form_finder(self) -> WordFinder | None:
        """Finds whether a word holds any verb, stem, noun or separable verb part of the
        lexicon (built once); None when one of them is empty, which every word holds."""
        if not self.form_finder:
            index = self._form_index()
            keys = {
                *index["verbs"],
                *index["stems"],
                *index["nouns"],
                *(part for part, verbs in self._separable().items() if verbs),
            }
            usable = "" not in keys
            self.form_finder.append(WordFinder([Need(tuple(keys), False)]) if usable else None)
        return self.form_finder[0]

    def has_support_verb(self, words: Sequence[Word]) -> bool:
        """Whether a clause has a verb that turns an event noun into a happening."""
        splits = self._support_splits()
        for i, word in enumerate(words):
            if word.lemma in self.support:
                return True
            # a separable support verb: "stelt een onderzoek in" (instellen), a later word
            # and the lemma written together
            starts = splits.get(word.lemma)
            if starts and any(later.lower in starts for later in words[i + 1 :]):
                return True
        return False

    def _support_splits(self) -> dict[str, frozenset[str]]:
        """Each end of a support verb -> the starts that make the verb with it (built once):
        "stellen" -> {"in", ...} for "instellen"."""
        if not self.support_splits:
            splits: dict[str, set[str]] = {}
            for verb in self.support:
                for at in range(len(verb) + 1):
                    splits.setdefault(verb[at:], set()).add(verb[:at])
            self.support_splits.append({end: frozenset(s) for end, s in splits.items()})
        return self.support_splits[0]

    def is_hedged(self, text: str, *, dated: bool = False) -> bool:
        """Whether a clause speaks of a possibility, a habit, a negation or of anyone ("je");
        `dated`: of a clause with a calendar date, which the `dated_hedges` do not hedge."""
        # an aside in brackets ("(andersom niet)") does not hedge the clause around it
        text = _BRACKETS.sub(" ", text)
        if dated and self.dated_hedges is not None:
            text = self.dated_hedges.sub(" ", text)
        if not self._hedged(text):
            return False
        # (looked for only in a hedged clause: "zoveel mogelijk openbaar maken" hedges nothing)
        return self.not_hedges is None or self._hedged(self.not_hedges.sub(" ", text))

    def _hedged(self, text: str) -> bool:
        # each regex skips a clause lacking the words every match of it holds (most clauses
        # hold no hedge word: a pass of a word finder is cheaper than the search)
        return any(
            regex is not None and regex.search(text) for regex in (self.hedges, self.generic)
        )

    def link_group(self, name: str) -> str:
        """The group of related types a type links within (delivery and purchase are one)."""
        return self.related.get(name, name)

    def _word_triggers(
        self, words: Sequence[Word], i: int, text: str, form: WordForm
    ) -> list[tuple[str, bool]]:
        """The types word i names (`form`, its `_form`): (type, True) as a verb, (type, False)
        as a noun."""
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
                        if w.lower in self.particles and any(a <= w.start < b for a, b in quoted)
                        else w
                        for w in words[i + 1 :]
                    ),
                ]
        # a particle closing the clause makes another verb: "bouwde ... in" is inbouwen,
        # "levert in Maasdriel 500 kiezers in, ..." inleveren
        going_on, going_end = (
            self._going_on(text, words, i) if form.named or form.separable else ((), 0)
        )
        after = going_on[-1] if going_on else ""
        other_verb = bool(form.named) and (
            (closing_word(text, words, i) or after) in self.particles
            # ... or one with a phrase put after it: "levert een negatief gevoel op bij de
            # inwoners", "leveren arbeidstijd in voor zorgtijd"
            or self._extraposed(up_to_break(text, words, i))
            or self._extraposed(going_on)
        )
        # ... and so does one before the infinitive marker: "uit te bouwen" is uitbouwen
        other_verb = other_verb or (
            i >= 2
            and words[i - 1].lower in self.infinitive_markers
            and words[i - 2].lower in self.marked_particles
        )
        for name, verbal in form.named:
            if verbal and other_verb:
                continue
            (verbs if verbal else nouns).add(name)
        # a verb of saying takes its own infinitive: "zegt op de hoogte te zijn" is no opzeggen
        says = bool(form.separable) and any(
            verbal and name in self.reporting for name, verbal in form.named
        )
        markers = frozenset() if says else self.infinitive_markers
        for name, particles in form.separable:
            if (
                particles
                and (
                    particle_follows(
                        words, i, particles, self.final_particles, self.openers, markers
                    )
                    or particle_precedes(words, i, particles, self.verb_cluster_words)
                    # (what the idioms of the clause's words would drop: "nam | die aanbeveling
                    # over" takes nothing over)
                    or (after in particles and not self._idiomatic(text, words[i].start, going_end))
                    # ... or one that is no preposition anywhere in them, as in its own clause
                    # ("kwam | dat eerder overeen met de zorgverlener")
                    or any(w in particles and w not in self.final_particles for w in going_on[:-1])
                )
            ):
                verbs.add(name)
        if not verbs and not nouns:
            return []
        if verbs and (self._attributive(text, words, i) or self._plural_noun(words, i)):
            verbs = set()  # "de geannexeerde Krim": an adjective, it may still be a noun
        elif verbs and nouns and self._counted(words, i):
            verbs = set()  # "drie aanvallen": the plural of the type's noun
        nouns -= verbs
        if nouns and self._agency(words, i):
            nouns = set()  # "de Onderwijsinspectie stelt": the body, no inspection
        position = self._positions()
        if position is not None:  # in lexicon order, by sorting the few named
            out = [(name, True) for name in sorted(verbs, key=position.__getitem__)]
            out += [(name, False) for name in sorted(nouns, key=position.__getitem__)]
            return out
        out = [(t.name, True) for t in self.types if t.name in verbs]
        out += [(t.name, False) for t in self.types if t.name in nouns]
        return out

    def _agency(self, words: Sequence[Word], i: int) -> bool:
        """Whether word i names an official body that is also an event noun (`agencies`):
        after a determiner, not before a complement ("de inspectie van het pand")."""
        word = words[i]
        return (
            i > 0
            and words[i - 1].lower in self.organisation_determiners
            and (word.lower.endswith(self.agencies) or word.lemma.endswith(self.agencies))
            and not (i + 1 < len(words) and words[i + 1].lower in self.agency_complements)
        )

    def _positions(self) -> dict[str, int] | None:
        """Each type name to its position in the lexicon (built once); None when a name is
        given to two types (then a word's types are listed by walking all of them)."""
        if not self.type_positions:
            names = [t.name for t in self.types]
            unique = len(set(names)) == len(names)
            self.type_positions.append({n: i for i, n in enumerate(names)} if unique else None)
        return self.type_positions[0]

    def _separable(self) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
        """The separable verbs of all types by their verb part (built on first use)."""
        index = self.separable_index
        if not index:
            grouped: dict[str, list[tuple[str, frozenset[str]]]] = {}
            for event_type in self.types:
                for part, particles in event_type.separable.items():
                    grouped.setdefault(part, []).append((event_type.name, particles))
            index.update({part: tuple(v) for part, v in grouped.items()})
            index.setdefault("", ())  # built, even for a lexicon without separable verbs
        return index

    def _lookup(self, part: str, stems: set[str] | None = None) -> tuple[tuple[str, bool], ...]:
        """The types a word form names out of context (cached: the same forms recur).

        `stems` are the part's `_stem_candidates`, when the caller has them.
        """
        cached = self.cache.get(part)
        if cached is not None:
            return cached
        index = self._form_index()
        verbs, stem_index, nouns = index["verbs"], index["stems"], index["nouns"]
        verbal = set(verbs.get(part, ()))
        # C-level maps: a word is looked up as ~10 stems and ~15 compound heads
        candidates = self._stem_candidates(part) if stems is None else stems
        for found in filter(None, map(stem_index.get, candidates)):
            verbal.update(found)
        nominal = set(nouns.get(part, ()))
        # compound nouns: "wapenleveranties" ends in a noun of the type, after a modifier
        if part not in self.spec.inflection.not_compounds:
            heads = map(part.__getitem__, self._heads(len(part)))
            for found in filter(None, map(nouns.get, heads)):
                nominal.update(found)
        named = verbal | nominal
        types = self.types
        result = tuple((types[i].name, i in verbal) for i in sorted(named)) if named else ()
        if self.spec.inflection.shared_forms:
            # a form that is a verb and a noun of one type ("attack": an infinitive without
            # an ending) names it both ways: after a determiner ("the attack") it is the noun
            result += tuple((types[i].name, False) for i in sorted(verbal & nominal))
        self.cache[part] = result
        return result

    def _heads(self, size: int) -> tuple[slice, ...]:
        """Where a word of `size` characters may hold a compound's head: the slices as long as
        a noun of the lexicon that leave a modifier before them (built once per size)."""
        heads = self.head_slices.get(size)
        if heads is None:
            inflection = self.spec.inflection
            longest = size - inflection.min_compound_modifier
            heads = self.head_slices[size] = tuple(
                slice(size - length, None)
                for length in self._noun_lengths()
                if inflection.min_compound_head <= length <= longest
            )
        return heads

    def _noun_lengths(self) -> list[int]:
        """The lengths of the nouns of all types, shortest first: a compound's head has one."""
        lengths = self.noun_lengths
        if not lengths:
            lengths.extend(sorted({len(noun) for noun in self._form_index()["nouns"]}))
        return lengths

    def _form_index(self) -> dict[str, dict[str, tuple[int, ...]]]:
        """Verbs, verb stems and nouns, each to the positions of the types that have them
        (built on first use): a word is looked up once instead of in every type."""
        index = self.form_index
        if not index:
            for kind in ("verbs", "stems", "nouns"):
                positions: dict[str, list[int]] = {}
                for i, event_type in enumerate(self.types):
                    for form in sorted(getattr(event_type, kind)):
                        positions.setdefault(form, []).append(i)
                index[kind] = {form: tuple(types) for form, types in positions.items()}
        return index

    def _attributive(self, text: str, words: Sequence[Word], i: int) -> bool:
        """A verb form used as an adjective: "de dode hoek", "geannexeerde Krim", "vliegende"."""
        word = words[i].lower
        inflection = self.spec.inflection
        for ending in inflection.present_participle_endings:
            if word.endswith(ending) and self._infinitive(word[: len(word) - len(ending)]):
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
        articles = self.tense.adjective_determiners  # the tense cues' list: one for both
        before = words[i - 1].lower
        if before in articles or (word == words[i].lemma and before in self.determiners):
            return True
        return (
            words[i + 1].lower not in self.prepositions
            and not BREAKS.intersection(text[words[max(0, i - 4)].start : words[i].start])
            and any(
                words[k].lower in articles and words[k + 1].lower in self.prepositions
                for k in range(max(0, i - 4), i - 1)
            )
        )

    def _counted(self, words: Sequence[Word], i: int) -> bool:
        """A form after a word that counts ("drie", "vele", "12"): a plural, not a verb."""
        if i == 0:
            return False
        before = words[i - 1]
        return before.lower in self.spec.inflection.quantifiers or (
            before.text.isdigit() and len(before.text) < 4  # not a year: "in 2015 aangevallen"
        )

    def _plural_noun(self, words: Sequence[Word], i: int) -> bool:
        """An infinitive's form used as the plural of a noun that names no event: after a
        preposition ("voldoet aan eisen") or an inflected adjective ("strenge eisen"; not an
        auxiliary, "wilde eisen"). "kritische onderzoeken" names the investigation's noun."""
        word = words[i]
        if i == 0 or word.lower != word.lemma:
            return False  # only the infinitive's form: not "aangehouden", "reageerden"
        before = words[i - 1]
        inflection = self.spec.inflection
        if before.lower not in self.prepositions and not self._inflected_adjective(before):
            return False
        stems = verb_stems(word.lower, inflection)
        return bool(stems) and not any(
            not verbal for stem in stems for _, verbal in self._lookup(stem)
        )

    def _inflected_adjective(self, word: Word) -> bool:
        """Whether a word is an inflected adjective: "strenge" (streng), not "gemeente" (its own
        lemma), an auxiliary ("wilde") or a verb's past ("probeerde": proberen)."""
        inflection = self.spec.inflection
        return (
            word.text.islower()
            and word.lower != word.lemma
            and word.lower.endswith(tuple(inflection.adjective_inflection) or ("\0",))
            and not word.lemma.endswith(tuple(inflection.infinitive_endings) or ("\0",))
            and word.lower not in self.verb_cluster_words
        )

    def _infinitive(self, form: str) -> bool:
        """Whether a form is the infinitive of a verb of the lexicon, or of a separable
        verb's verb part ("komen" of omkomen)."""
        if form in self._form_index()["verbs"]:
            return True
        endings = tuple(self.spec.inflection.infinitive_endings)
        return bool(endings) and form.endswith(endings) and form in self._separable()

    def _extraposed(self, following: Sequence[str]) -> bool:
        """Whether one of the lower-cased words `following` a verb is an extraposing particle
        right before a preposition that opens a phrase (not the particle's own phrase, "aan
        Rusland", nor a clause: "over die ..."): "levert een negatief gevoel op | bij de
        inwoners"; or right before the first conjunction after the verb, one that opens the
        next clause (not one joining two prepositions, "in en rond de stad"): "leverde meer
        woningen op | en werkte", "levert niets op | omdat ..." (not "beloofde ... en zette
        ... in | om": the particle of a verb after a conjunction)."""
        particles, prepositions, openers = (
            self.extraposing_particles,
            self.prepositions,
            self.openers,
        )
        conjunctions = self.particle_conjunctions
        first = next((j for j, word in enumerate(following) if word in conjunctions), 0)
        return any(
            word in particles
            and (
                (
                    j + 1 == first
                    and (j + 2 >= len(following) or following[j + 2] not in prepositions)
                )
                or (
                    following[j + 1] in prepositions
                    and (j + 2 >= len(following) or following[j + 2] not in openers)
                )
            )
            for j, word in enumerate(following[:-1])
        )

    def _going_on(self, text: str, words: Sequence[Word], i: int) -> tuple[tuple[str, ...], int]:
        """The words, lower-cased, that the clause of verb i goes on with when the verb ends
        its clause before a demonstrative opener (`demonstrative_tail`), up to the next break
        ("Natuurlijk levert | dat af en toe problemen op": "af", "en", ..., "op"), and where
        they end; a word in capitals as "" ("het OM" is no particle "om")."""
        tail = self.demonstrative_tail
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

    def _idiomatic(self, text: str, start: int, end: int) -> bool:
        """Whether an idiom matches in `text[start:end]`."""
        return self.idioms is not None and bool(self._idiom_search().spans(text[start:end].lower()))

    def _stem_candidates(self, part: str) -> set[str]:
        """The stems an unknown verb form may have: "getraind" = ge + train + d."""
        rules = self.stem_rules
        if not rules:
            rules.append(stem_rules(self.spec.inflection))
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
