"""The schema of the event lexicon files, validated on load (pydantic).

A file that does not fit fails with its name, the YAML path and the fix, through
`timeline.lexicon_files.validate`.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from timeline.events.lowercase import capitals_in
from timeline.regex_store import compile_regex

_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _compiling(what: str, patterns: list[str]) -> list[str]:
    """`patterns` when every one compiles and asks for no capital (they are searched in the
    lower case of the text), else the error naming the one that does not."""
    for pattern in patterns:
        try:
            compile_regex(pattern)
        except re.error as error:
            raise ValueError(
                f"{what} {pattern!r} is not a valid regular expression: {error}"
            ) from None
        capitals = capitals_in(pattern)
        if capitals:
            raise ValueError(
                f"{what} {pattern!r} asks for {', '.join(map(repr, capitals))}, but it is "
                "searched in the lower case of the text: write it in lower case"
            )
    return patterns


class InflectionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    participle_prefixes: list[str]
    verb_endings: list[str]
    #: Endings not written twice when the stem already ends in them ("hij zet" = zet + t).
    merged_endings: list[str] = []
    min_compound_head: int = 5
    min_compound_modifier: int = 3
    #: Linking letters between the parts of a compound ("vergelding-s-aanval").
    compound_links: list[str] = Field(default_factory=list)
    #: Words that end in an event noun without naming its event: "overeenstemming" is
    #: agreement, not a vote ("stemming"); "bloedonderzoek" is a test, not an investigation.
    not_compounds: frozenset[str] = frozenset()
    clause_final_particles: list[str] = Field(default_factory=list)
    #: Particles that close their verb's clause also right before a preposition opening a
    #: phrase put after it ("levert een negatief gevoel op | bij de inwoners").
    extraposing_particles: list[str] = Field(default_factory=list)
    #: Conjunctions before which such a particle closes its verb's clause too ("leverde
    #: woningen op | en werkte ...", "levert niets op | omdat ...").
    particle_conjunctions: list[str] = Field(default_factory=list)
    #: What a present participle adds to its infinitive ('vliegen' + 'de'): used as an adjective.
    present_participle_endings: list[str] = Field(default_factory=list)
    adjective_inflection: list[str] = Field(default_factory=list)
    particles: list[str] = Field(default_factory=list)
    #: Auxiliaries that may stand between a separable verb's particle and its verb ("dat hij
    #: het bekend wil maken").
    verb_cluster_words: list[str] = Field(default_factory=list)
    #: Words that mark an infinitive ("te"): a particle before one closes its verb ("riep
    #: hen op de straat op te gaan").
    infinitive_markers: list[str] = Field(default_factory=list)
    #: Particles that make another verb when they stand before the infinitive marker: "uit te
    #: bouwen" is uitbouwen, not bouwen ("om te bouwen" is a purpose: "om" is not one).
    marked_particles: list[str] = Field(default_factory=list)
    #: Words with which an infinitive after them tells no happening ("om ... aan te vallen",
    #: "overweegt ... aan te vechten"): before the verb in its clause, no particle before the
    #: infinitive marker closes the verb.
    undone_markers: list[str] = Field(default_factory=list)
    infinitive_endings: list[str] = Field(default_factory=list)
    vowels: str = ""
    open_vowels: str = ""
    final_devoicing: dict[str, str] = Field(default_factory=dict)
    #: Words that count what follows them: an infinitive's form after one, or after a number,
    #: is a plural noun ("drie aanvallen", "vele verkiezingen"), not a verb.
    quantifiers: frozenset[str] = frozenset()
    #: Whether a verb and a noun share their forms (English "they attack", "the attack"): a
    #: form listed as both is then also a noun, which a determiner before it leaves standing.
    shared_forms: bool = False


class ClauseSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    openers: list[str]
    openers_bare: list[str] = Field(default_factory=list)
    #: Words after which a bare opener is a determiner ("kwam met die keus"), not a clause.
    bare_not_after: list[str] = Field(default_factory=list)
    #: Relative pronouns that open a clause with one of `bare_not_after` (the prepositions)
    #: before them: the clause starts at the preposition ("21 gedetineerden | van wie ...").
    openers_after_preposition: list[str] = Field(default_factory=list)
    #: Bare openers that are also demonstratives: right after a verb, its clause may go on
    #: past one to the verb's particle ("levert | dat af en toe problemen op").
    demonstratives: list[str] = Field(default_factory=list)
    coordinators: list[str] = Field(default_factory=list)
    relative: list[str] = Field(default_factory=list)
    #: Relative pronouns whose clause in the present, with no calendar date of its own,
    #: describes the noun before it: its event is told in passing ("weduwen die Shell
    #: verantwoordelijk houden voor de dood van hun mannen"). Not a place's ("waar de drones
    #: worden ingezet"): what happens there is told.
    describing: list[str] = Field(default_factory=list)
    #: Articles that, opening a clause, make its subject a particular one ("De schutter wordt
    #: aangeklaagd"): its present with no time of its own is news, not a habit ("Agenten
    #: worden getraind om ...", "Dus kopen ze een hybride auto").
    specific: list[str] = Field(default_factory=list)
    #: Relative pronouns that, after a comma, open a clause set inside another one: it ends
    #: at its next comma, where the outer clause goes on ("Turkije, dat sinds 1975 ...,
    #: waarschuwde"), and its dates are its own.
    embedded: list[str] = Field(default_factory=list)
    #: Verbs of wishing and demanding: the clause they open with a complementiser tells what
    #: is wanted, not what happened ("hoopt dat de regering aftreedt").
    wishing_verbs: list[str] = Field(default_factory=list)
    complementisers: list[str] = Field(default_factory=list)
    #: Words that open a condition: such a clause followed by another clause of its sentence
    #: tells what would happen, not what happened ("Als Ajax vanavond wint, ...").
    conditionals: list[str] = Field(default_factory=list)
    #: Words that begin the subject of a condition ("als de", "als je"); with a name, they
    #: tell a condition from "als voorzitter" (as chairman).
    condition_subjects: list[str] = Field(default_factory=list)
    #: Words that open the consequence after a comma (", dan ..."): with one, a clause opened
    #: by a word of condition is one whatever its subject ("Als regeringen zeggen ..., dan"),
    #: and so is a clause opened by its verb ("Doen ze dat niet, dan ...").
    condition_consequents: list[str] = Field(default_factory=list)
    #: Pronouns that open a clause standing for anyone it fits ("Wie zich meldt, wordt
    #: gearresteerd"): opening a sentence's first clause, with a clause after it, they make
    #: the sentence a generality, like a condition, whatever its time.
    free_relatives: list[str] = Field(default_factory=list)
    #: Words of condition that open one inside a clause, with no comma before it ("wil
    #: alleen praten als de president aftreedt"): an event word after one and its subject
    #: names what would happen; not after a word of comparison (`comparing`: "zowel de VS
    #: als de EU", "net als de VS").
    inner_conditionals: list[str] = Field(default_factory=list)
    comparing: list[str] = Field(default_factory=list)
    #: Words after a word of condition that make it a likeness or a role, not a condition
    #: ("ziet het als een aanval").
    likened: list[str] = Field(default_factory=list)
    #: Words before a word of condition that make it open an indirect question ("het is
    #: niet duidelijk wanneer de bouw begint").
    asking: list[str] = Field(default_factory=list)
    #: Words that open a clause telling what happened before the clause it hangs on ("nadat"):
    #: a date borrowed from such a clause says the other happened after it, and the reverse.
    earlier: list[str] = Field(default_factory=list)
    #: Words that open a clause telling what happened after the clause it hangs on
    #: ("voordat").
    later: list[str] = Field(default_factory=list)
    #: Conjunctions whose clause, opening a sentence, ends at the comma before the main
    #: clause's verb ("Omdat de zaak nooit is opgehelderd, | begon ..."); `earlier` and `later`
    #: are such conjunctions too.
    fronted: list[str] = Field(default_factory=list)
    #: Conjunctions that open an indirect question ("Of het plan doorgaat, | is onzeker"):
    #: opening a sentence before its main clause, their clause tells no happening.
    questions: list[str] = Field(default_factory=list)


class AttributionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    saying: list[str]
    #: Particles that close a separable verb of saying's tail (", legt X uit").
    particles: list[str] = Field(default_factory=list)
    #: Verbs that make a saying tail only with one of `particles` closing it: ", laat de
    #: burgemeester weten", not ", laat staan dat ...".
    particle_saying: list[str] = Field(default_factory=list)
    according_to: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    pronouns: list[str] = Field(default_factory=list)
    linkers: list[str] = Field(default_factory=list)
    #: Words that close a list of names: "volgens het ministerie van Landbouw, Natuur en
    #: Voedselkwaliteit" names one source.
    list_joiners: list[str] = Field(default_factory=list)


class EventOffsetsSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    after: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)


class DateAttributesSpec(BaseModel):
    """Words that make a date describe a noun, not time the clause's happening."""

    model_config = ConfigDict(extra="forbid")
    #: Before the date, after a word of the clause: "een film uit 1981".
    links: list[str] = Field(default_factory=list)
    #: After the date, they make it a range's start instead ("van 2010 tot 2015").
    range_words: list[str] = Field(default_factory=list)
    #: Before a date after a publication: a citation ("de krant van 8 april").
    citation_links: list[str] = Field(default_factory=list)
    publication_nouns: list[str] = Field(default_factory=list)
    #: ... or a title written with capitals after one of these ("in Het Dagblad van 8 april").
    edition_prepositions: list[str] = Field(default_factory=list)
    #: A comparison, the last or the second last word before the date, after a comparative
    #: (these endings): "20 procent meer dan in 2015".
    comparison_words: list[str] = Field(default_factory=list)
    comparative_endings: list[str] = Field(default_factory=list)
    #: Phrases of a comparison right before a date: "ten opzichte van een jaar eerder".
    comparison_phrases: list[str] = Field(default_factory=list)
    #: Between a figure (a number, or a number and its unit) and a date: "van 366 in 2001".
    figure_links: list[str] = Field(default_factory=list)
    #: Before the date, after a word of the clause: what that word is about ("de cijfers over
    #: 2018"), no time of the clause's happening: such a date keeps no hedge off (`detect`).
    topic_links: list[str] = Field(default_factory=list)


class EventTypeSpec(BaseModel):
    """One event type as written in YAML."""

    model_config = ConfigDict(extra="forbid")
    name: str
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    examples: list[str] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _snake_case(cls, value: str) -> str:
        if not _NAME.fullmatch(value):
            raise ValueError(f"{value!r} is not a snake_case name; write it like 'arms_delivery'")
        return value

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        return _compiling("pattern", value)


class EventLexiconSpec(BaseModel):
    """The whole `events.yaml` of a language."""

    model_config = ConfigDict(extra="forbid")
    language: str
    inflection: InflectionSpec
    support_verbs: list[str]
    clauses: ClauseSpec
    hedges: list[str] = Field(default_factory=list)
    #: Phrases that hold a hedge's word but hedge nothing ("zo snel mogelijk", "zoveel
    #: mogelijk": as fast, as much as can be).
    not_hedges: list[str] = Field(default_factory=list)
    #: Hedges of what may or can happen that a calendar date written in the clause makes a
    #: happening of its date ("Op 22 juni kunnen ze in Stavoren zwemmen").
    dated_hedges: list[str] = Field(default_factory=list)
    #: Pronouns of anyone ("je"): a clause they are in hedges like `hedges`, written in lower
    #: case or with a capital opening the clause (inside it, "Je" is a title's word).
    generic_pronouns: list[str] = Field(default_factory=list)
    #: Words of how often something is done ("zelden", "vaak"): a clause with one and no time
    #: of its own tells a habit, no event and no passing reference either.
    habits: list[str] = Field(default_factory=list)
    #: Words of what always holds or always recurs ("altijd"): a dated clause naming no type
    #: with one tells a state or a habit, no happening of its date; not in `not_always`
    #: ("nog altijd": still).
    always: list[str] = Field(default_factory=list)
    not_always: list[str] = Field(default_factory=list)
    #: Determiners that deny the event noun right after them ("geen akkoord"), and subjects
    #: that deny the event verb right before or after them ("niemand zei", "zei niemand"): a
    #: passing reference so denied refers to no event.
    denying_determiners: list[str] = Field(default_factory=list)
    denying_subjects: list[str] = Field(default_factory=list)
    #: Verbs of a state, not a happening: a clause they head, with no other verb but
    #: `state_companions`, makes no untyped event by its date alone ("Tot 1961 heette de stad
    #: Akmolinsk", "In 2017 bedroeg de winst 21 miljoen").
    state_verbs: list[str] = Field(default_factory=list)
    state_companions: list[str] = Field(default_factory=list)
    #: Phrases of a share or a count ("procent", "het aandeel"): with no verb but a state's
    #: companions and `statistic_verbs` (a change, figures showing it), a clause is a
    #: statistic, a state ("In 2018 had de helft overgewicht", "Sinds 2012 is het aandeel
    #: geslonken").
    statistic_phrases: list[str] = Field(default_factory=list)
    statistic_verbs: list[str] = Field(default_factory=list)
    #: Patterns of a possibility ("is tot 7 april te zien", "te bezoeken is"): a clause
    #: holding one, with no verb but a state's companions, is a state.
    possibilities: list[str] = Field(default_factory=list)
    #: How a verb's lemma (its infinitive) ends, as the lemmatiser gives it ("heten").
    infinitive_endings: list[str] = Field(default_factory=list)
    began_before: list[str] = Field(default_factory=list)
    #: Words in a duration that make it the span up to now ("de afgelopen weken"): an event
    #: in it happened before the publication.
    recent_spans: list[str] = Field(default_factory=list)
    #: The word opening a range of dates and those linking its ends ("tussen 2013 en 2018"):
    #: what happens in the range is dated by its start.
    range_openers: list[str] = Field(default_factory=list)
    range_links: list[str] = Field(default_factory=list)
    within_signals: list[str] = Field(default_factory=list)
    anaphoric: list[str] = Field(default_factory=list)
    attributions: AttributionSpec
    title_strip: list[str] = Field(default_factory=list)
    #: Signals a title leaves out with the expression that dates its event ("in 2018").
    title_date_signals: list[str] = Field(default_factory=list)
    #: Pronouns a title may put before its verb once the dating expression that opened it
    #: is left out ("In 2018 sloot hij" -> "Hij sloot").
    title_subjects: list[str] = Field(default_factory=list)
    #: Words that open a main clause before its verb, left out of a title, after which the
    #: title puts its subject before its verb ("Zo zei Jan" -> "Jan zei").
    title_inverting: list[str] = Field(default_factory=list)
    #: Words that bind a dating expression after them into a phrase ("de actie van maandag").
    title_date_bound: list[str] = Field(default_factory=list)
    #: Words that join two expressions as alternatives ("2003 of 2005"): with the
    #: `range_links`, what a title keeps both expressions across.
    title_date_alternatives: list[str] = Field(default_factory=list)
    #: Endings of an inflected adjective and of nouns that end so too: a title keeps an
    #: expression after a determiner and an adjective ("die vroege zomer van 1886").
    title_adjective_endings: list[str] = Field(default_factory=list)
    title_noun_endings: list[str] = Field(default_factory=list)
    #: Demonstratives kept at the start of a title as its subject ("Dat blijkt uit ...").
    title_demonstratives: list[str] = Field(default_factory=list)
    #: Conjunctions a title does not end on when its sentence goes on after them.
    title_hanging: list[str] = Field(default_factory=list)
    #: Words a title cut short does not end on: "... met de".
    title_unfinished: list[str] = Field(default_factory=list)
    #: Relative pronouns that are the subject of their clause, and the auxiliaries that end
    #: such a clause before or after its participle: a title of the name and the clause drops
    #: both, as a headline does (`relative_headline`).
    title_headline_relatives: list[str] = Field(default_factory=list)
    title_headline_auxiliaries: list[str] = Field(default_factory=list)
    stopwords: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    related_types: list[list[str]] = Field(default_factory=list)
    #: Types that are the outcome of others named in their clause: deaths "bij de aanslag"
    #: tell the attack ({death: [attack, accident]}).
    outcomes: dict[str, list[str]] = Field(default_factory=dict)
    reporting_types: list[str] = Field(default_factory=list)
    #: Types of an occasion a saying is made at ("zei tijdens een ontmoeting"): a noun of one
    #: after one of the `occasion_prepositions` and one of the `indefinite_articles` in a
    #: clause told by a verb of saying tells a happening of its own, not a passing reference
    #: to one told before.
    occasion_types: list[str] = Field(default_factory=list)
    occasion_prepositions: list[str] = Field(default_factory=list)
    indefinite_articles: list[str] = Field(default_factory=list)
    #: The type of an official's quoted words when the word that attributes them names no
    #: type of its own: '"...", aldus de minister', '"...", schreef de aanklager'.
    quotation_type: str | None = None
    event_relative: list[str] = Field(default_factory=list)
    reference_frames: list[str] = Field(default_factory=list)
    #: Frames that look ahead to the event they name ("48 uur voor de verkiezingen", "in de
    #: aanloop naar"): a reference too, to an event after the clause's date (AFTER).
    ahead_frames: list[str] = Field(default_factory=list)
    actor_verbs: list[str] = Field(default_factory=list)
    official_speakers: list[str] = Field(default_factory=list)
    #: Titles of office that are one also as the head of a compound ("politiewoordvoerder",
    #: "defensieminister"); the others only alone, whose compounds mean other things.
    official_heads: list[str] = Field(default_factory=list)
    #: Titles that are another's word for it ("zegsman" for "woordvoerder"): a title named
    #: so is the one the article gives a name under the other.
    same_titles: dict[str, str] = Field(default_factory=dict)
    #: Kinds of organisation, also as a compound's head ("taxidienst"): one named before any
    #: person speaks for itself, and a name the article gives such a kind is an organisation.
    organisation_kinds: list[str] = Field(default_factory=list)
    #: Nouns that make a speaker an expert, whatever other title the article gives them:
    #: their quoted words are attribution, not an event ("zegt onderzoeker Vatanka").
    expert_speakers: list[str] = Field(default_factory=list)
    #: Who held an office and holds it no more speaks for nobody: a prefix of the title
    #: ("oud-minister") or a word right before it ("de voormalige voorzitter").
    former_prefixes: list[str] = Field(default_factory=list)
    former_words: list[str] = Field(default_factory=list)
    #: Prepositions of place: a country or town right after one is where someone is or
    #: something happens ("hun kinderen in Amerika te vertellen"), not who speaks.
    place_prepositions: list[str] = Field(default_factory=list)
    #: The press, whose reports are journalism, not events ("volgens persbureau AP"), when
    #: it is the speaker (not in "zei de minister tegen persbureau AP").
    press_speakers: list[str] = Field(default_factory=list)
    #: Prepositions that name whom a speaker talks to ("zei Guaidó tegen journalisten"):
    #: the words after one are the audience, not the speaker.
    audience_markers: list[str] = Field(default_factory=list)
    #: Pronouns that can say something ("zei hij"): the speaker, though no name.
    speaker_pronouns: list[str] = Field(default_factory=list)
    #: Pronouns of the first and second person singular: a verb of saying with one for its
    #: subject tells someone's own words ("Ik heb steeds gezegd", "zeg ik"), no statement.
    own_voice: list[str] = Field(default_factory=list)
    #: A saying verb followed by one of these and a capitalised name has an organisation
    #: speak (", zegt de Nasa"); a capitalised word with a `demonym_endings` ending is an
    #: adjective of place ("de Zweedse psycholoog"), not a name.
    organisation_determiners: list[str] = Field(default_factory=list)
    #: Articles no person's name takes: before a capitalised name (after any adjectives of
    #: place) they make it an organisation that speaks ("het Franse Total").
    organisation_articles: list[str] = Field(default_factory=list)
    #: Prepositions after an official body that is also an event noun that make it the
    #: happening ("de inspectie van het pand"), not the body ("de inspectie stelt").
    agency_complements: list[str] = Field(default_factory=list)
    demonym_endings: list[str] = Field(default_factory=list)
    #: Words between a duration and an event noun that count the duration from the event:
    #: after ("twee dagen na de aanslag") and before ("drie weken voor de verkiezingen").
    event_offsets: EventOffsetsSpec = Field(default_factory=lambda: EventOffsetsSpec())
    #: Words between an event noun and a date of its own: "de verkiezingen van 2016".
    own_date_links: list[str] = Field(default_factory=list)
    #: Words that make a date describe a noun rather than time a happening.
    date_attributes: DateAttributesSpec = Field(default_factory=lambda: DateAttributesSpec())
    non_events: list[str] = Field(default_factory=list)
    #: Fixed expressions (regular expressions, lower case) whose words name no event: "te
    #: koop" (for sale), "schiet ... tekort" (falls short).
    idioms: list[str] = Field(default_factory=list)
    types: list[EventTypeSpec] = Field(min_length=1)

    @field_validator("idioms")
    @classmethod
    def _idioms_compile(cls, value: list[str]) -> list[str]:
        return _compiling("idiom", value)

    @model_validator(mode="after")
    def _named_types_exist(self) -> EventLexiconSpec:
        names = {t.name for t in self.types}
        named = [*self.reporting_types, *([self.quotation_type] if self.quotation_type else [])]
        named += self.occasion_types
        named += [n for outcome, causes in self.outcomes.items() for n in (outcome, *causes)]
        unknown = sorted(set(named) - names)
        if unknown:
            raise ValueError(
                f"{', '.join(unknown)} named as a reporting, quotation, occasion or outcome "
                "type but not defined under `types`; define it or remove the name"
            )
        return self


class UserLexiconSpec(BaseModel):
    """A user lexicon: types that are added, or replace a built-in type of the same name."""

    model_config = ConfigDict(extra="forbid")
    language: str | None = None
    types: list[EventTypeSpec] = Field(min_length=1)
