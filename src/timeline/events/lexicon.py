"""The event lexicon: event types and the words and phrases that trigger them in a text.

`events.yaml` holds the types and the language's cue words, `actors.yaml` the actor gazetteer;
a user file given with `--lexicon` adds types or replaces those with the same name
(`lexicon_load.load_event_lexicon` reads and validates them). What a word form names out of
its clause is looked up in `word_forms`, how it reads in its clause in `trigger_reading`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter, ne

from timeline.events.actors import Gazetteer
from timeline.events.anchor import AnchorCues
from timeline.events.attributes import DateAttributes
from timeline.events.attributions import Attributions
from timeline.events.idioms import IdiomSearch
from timeline.events.offsets import EventOffsets
from timeline.events.phrases import PhraseMatcher
from timeline.events.speakers import TitleCues
from timeline.events.spec import EventLexiconSpec, EventTypeSpec
from timeline.events.stems import StemRules
from timeline.events.titles import Headline, TitleShape
from timeline.events.trigger_reading import word_triggers
from timeline.events.word_forms import WordForm, form_finder, form_of
from timeline.events.words import Word, words_of
from timeline.temporal.guarded import GuardedRegex
from timeline.temporal.needs import WordFinder
from timeline.temporal.tense import TenseCues

_BRACKETS = re.compile(r"\([^()]*\)")
_LOWER, _LEMMA = itemgetter(3), itemgetter(4)  # of a `Word`


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase of a clause that names an event of a type."""

    type: str
    start: int
    end: int
    verbal: bool


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
    #: Types of an occasion a saying is made at, and the articles that introduce a new one
    #: ("zei tijdens een ontmoeting": `clause_triggers.also_told`).
    occasions: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    occasion_prepositions: frozenset[str] = frozenset()
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
    #: Words with which a later infinitive tells no happening ("om ... aan te vallen").
    undone_markers: frozenset[str] = frozenset()
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
    #: (lower-cased word, lemma) -> what it names out of its clause (see `word_forms.form_of`).
    forms: dict[tuple[str, str], WordForm] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: surface form -> the linking terms the word gives (see `terms.word_terms`).
    word_terms: dict[str, tuple[str, ...]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: lower-cased word -> the lemma it had when found to name no type (see `triggers`).
    inert: dict[str, str] = field(default_factory=dict, repr=False, compare=False, hash=False)
    #: [the idioms' search, by the words they need] once built (see `idiom_finder`).
    idiom_search: list[IdiomSearch] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )
    #: [whether a word holds a form of the lexicon] once built (see `word_forms.form_finder`).
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
    #: word size -> where a compound head may stand in it (see `word_forms._heads`), built on
    #: first use.
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
            form = form_of(self, word)
            if form.inert:  # it names nothing here, nor in any later clause
                inert[word.lower] = word.lemma
                continue
            for name, verbal in word_triggers(self, words, i, text, form):
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
            fixed = [(start + s, start + e) for s, e in self.idiom_finder().spans(lower)]
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
            form = form_of(self, word)
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

    def idiom_finder(self) -> IdiomSearch:
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
            self.idiom_finder()
        form_finder(self)

    def names_nothing(self, word: Word) -> bool:
        """Whether a word names no type in any clause, as `triggers` finds at its first sight
        and then passes it over (`inert`); its form is memoised."""
        return form_of(self, word).inert

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
