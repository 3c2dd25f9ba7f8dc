"""Tell whether a sentence speaks of the past, the present or the future."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from timeline.lemmatiser import lemmatize
from timeline.lexicon_files import load_yaml, validate
from timeline.regex_store import compile_regex
from timeline.regexes import phrase_regex
from timeline.temporal.needs import WordFinder, fold, led_by_first_chars, needed_words

Tense = Literal["past", "present", "future"]
_PARTICIPLE, _PAST = itemgetter(0), itemgetter(1)  # of a `TenseCues.shapes` value
#: Words whose shape `TenseCues` keeps before the memo is cleared (a bound for large corpora).
#: Sentences whose tense is kept (`TenseCues.tenses`) before the memo is cleared.
_TENSES_MAX = 4096
_SHAPES_MAX = 200_000
_WORD = re.compile(r"\w+(?:-\w+)*")


class _FutureSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]
    patterns: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)


class _PastSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]
    auxiliaries: list[str]
    participle: str
    #: A participle of a separable verb: its particle before the participle prefix
    #: ("aangehouden", "afgesproken"). Like `participle`, counted only when the lemmatiser
    #: makes it a form of a verb ("verkiezingen", "bekend" are not).
    separable_participle: str | None = None
    weak_past_suffix: str
    #: Prefixes a participle adds to its verb ("ge-": huren -> gehuurd): a word that looks
    #: like a weak past but has one its lemma lacks is an inflected participle ("een
    #: gehuurde vrachtwagen"), an adjective, not a verb in the past.
    participle_prefixes: list[str] = Field(default_factory=list)
    #: How the lemma of a verb ends ("-en": leverde -> leveren): a word with the weak past
    #: ending is a past only when its lemma is a verb. Empty: any lemma other than the word.
    lemma_endings: list[str] = Field(default_factory=list)
    #: How the lemma of a participle's verb ends ("-n": geweest -> zijn, gegaan -> gaan);
    #: None: as `lemma_endings`.
    participle_lemma_endings: list[str] | None = None
    #: What a present participle adds to its infinitive ("naderen" + "de"): "de naderende
    #: storm" has the weak past's ending but is an adjective.
    present_participle_endings: list[str] = Field(default_factory=list)
    #: What the plural of a weak past adds to its singular ("verklaarde" + "n"): a plural
    #: shaped like a participle ("verklaarden", "belden") is a past when its singular is one.
    plural_endings: list[str] = Field(default_factory=list)
    #: Words after which a verb form is an adjective ("de mislukte veldtocht", "een beperkte
    #: verlenging", "de afgewezen asielzoeker"), not the verb of the clause: words that are
    #: never a pronoun or a verb. The event lexicon's `_attributive` reads them too.
    adjective_determiners: list[str] = Field(default_factory=list)
    #: Past forms that make a condition when they open the sentence ("Mocht het misgaan, dan
    #: ..."): no past there.
    condition_openers: list[str] = Field(default_factory=list)
    #: Auxiliaries in the past: with a participle they make the pluperfect, told before the
    #: time the story is at ("had ... aangehouden", "was veroordeeld").
    past_auxiliaries: list[str] = Field(default_factory=list)
    #: A listed past behind a prefix or particle of its verb is a past too ("onderbrak",
    #: "afging"), unless it ends like this: a prefixed plural is mostly a noun's ("uitgaven").
    prefixed_plural_endings: list[str] = Field(default_factory=list)
    #: Auxiliaries that are also possessives ("zijn"): one right after one of `prepositions`
    #: owns the noun after it ("wordt in zijn geboorteland verdacht"), no perfect there.
    possessive_auxiliaries: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)


class _InfinitiveSpec(BaseModel):
    """An infinitive clause: its opener ("om") and, further on, its marker ("te"). A future
    cue between them is the infinitive's, not the finite verb's: "riep op om komende zaterdag
    te demonstreren" was a call made in the past."""

    model_config = ConfigDict(extra="forbid")
    openers: list[str] = Field(default_factory=list)
    markers: list[str] = Field(default_factory=list)


class TenseSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str
    future: _FutureSpec
    past: _PastSpec
    #: Words that open a subordinate clause: a date takes the tense of its own clause ("De
    #: gebeurtenissen van zaterdag bewijzen | dat het moeilijk zal zijn" is not the future).
    clause_openers: list[str] = Field(default_factory=list)
    #: Marks that end a clause: "De campagne is opgedeeld in twee periodes: van 11 tot en met
    #: 21 juni" (the perfect before the colon is not the tense of the dates after it).
    clause_marks: list[str] = Field(default_factory=list)
    infinitive: _InfinitiveSpec = Field(default_factory=_InfinitiveSpec)
    present_examples: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class TenseCues:
    """Compiled tense cues of one language."""

    language: str
    future: re.Pattern[str]
    past_words: frozenset[str]
    auxiliaries: frozenset[str]
    participle: re.Pattern[str]
    weak_past: re.Pattern[str]
    spec: TenseSpec
    participle_prefixes: tuple[str, ...] = ()
    clause_break: re.Pattern[str] | None = None
    lemma_endings: tuple[str, ...] = ()
    participle_lemma_endings: tuple[str, ...] = ()
    separable_participle: re.Pattern[str] | None = None
    clause_mark: re.Pattern[str] | None = None
    present_participle_endings: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    adjective_determiners: frozenset[str] = frozenset()
    condition_openers: frozenset[str] = frozenset()
    past_auxiliaries: frozenset[str] = frozenset()
    prefixed_plural_endings: tuple[str, ...] = ()
    possessive_auxiliaries: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    #: An infinitive clause from its opener to its marker ("om ... te"), of words that open
    #: no other clause: see `_InfinitiveSpec`.
    infinitive_clause: re.Pattern[str] | None = None
    #: lower-cased word -> (a participle, a past by its own form): see `_shape`. Sentences
    #: share most of their words, so each is matched against the cues once, not per sentence.
    shapes: dict[str, tuple[bool, bool]] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    #: sentence -> its tense, for the sentences and clauses asked about lately (detection asks
    #: again about a clause for each of its event words, and about a one-clause sentence).
    tenses: dict[str, Tense] = field(default_factory=dict, repr=False, compare=False, hash=False)
    #: [the words every match of `future` holds] once found (None: none can be said). Most
    #: sentences hold none, and a pass of a word finder is cheaper than the search.
    future_words: list[WordFinder | None] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )

    def clause_breaks(self, sentence: str) -> list[int]:
        """Where subordinate clauses open in a sentence, in order (see `clause_of`)."""
        breaks = [] if self.clause_break is None else self.clause_break.finditer(sentence)
        marks = [] if self.clause_mark is None else self.clause_mark.finditer(sentence)
        return sorted({match.start() for found in (breaks, marks) for match in found})

    def tense(self, sentence: str) -> Tense:
        """The tense a sentence is told in: future cues win, then past verbs, else present.

        >>> nl = Path(__file__).parent.parent / "lang" / "nl"
        >>> load_tense_cues(nl).tense("Hij leverde de wapens")
        'past'
        """
        tenses = self.tenses
        told = tenses.get(sentence)
        if told is None:
            if len(tenses) >= _TENSES_MAX:
                tenses.clear()
            told = tenses[sentence] = self._tense(sentence)
        return told

    def _tense(self, sentence: str) -> Tense:
        if not self.future_words:
            self.future_words.append(needed_words(self.future))
        finder = self.future_words[0]
        if (finder is None or finder.any_in(fold(sentence))) and self._future(sentence):
            return "future"
        words = list(map(str.lower, _WORD.findall(sentence)))
        if words and words[0] in self.condition_openers:
            words = words[1:]  # "Mocht het misgaan, dan staken ze": a condition, no past
        if not self.past_words.isdisjoint(words):
            return "past"
        found = self._shapes_of(words)
        if self._perfect(words, found):
            return "past"
        determiners = self.adjective_determiners
        if any(
            shape[1] and (i == 0 or words[i - 1] not in determiners)
            for i, shape in enumerate(found)
        ):
            return "past"
        return "present"

    def _future(self, sentence: str) -> bool:
        """Whether a future cue stands in a sentence outside its infinitive clauses ("riep op
        om komende zaterdag te demonstreren" tells a call in the past)."""
        found = self.future.search(sentence)
        if found is None or self.infinitive_clause is None:
            return found is not None
        inside = [m.span() for m in self.infinitive_clause.finditer(sentence)]
        if not inside:
            return True
        return any(
            not any(a <= m.start() and m.end() <= b for a, b in inside)
            for m in self.future.finditer(sentence, found.start())
        )

    def is_participle(self, word: str) -> bool:
        """Whether a lower-cased word is shaped as a participle ("gezegd", "opgepakt"), by
        the same shapes `tense` reads."""
        return self._shapes_of([word])[0][0]

    def is_perfect(self, words: list[str]) -> bool:
        """Whether lower-cased words hold an auxiliary and a participle: the perfect
        ("heeft ... aangehouden"), by the same shapes `tense` reads."""
        return self._perfect(words, self._shapes_of(words))

    def is_pluperfect(self, words: list[str]) -> bool:
        """Whether lower-cased words hold a past auxiliary and a participle, and no other
        past: the pluperfect ("had ... aangehouden", "was veroordeeld"), not a simple past
        beside one ("Nadat hij was ontslagen, kregen agenten meer macht")."""
        if self.past_auxiliaries.isdisjoint(words):
            return False
        if not self.past_words.isdisjoint(set(words) - self.past_auxiliaries):
            return False
        shapes = self._shapes_of(words)
        return any(map(_PARTICIPLE, shapes)) and not any(shape[1] for shape in shapes)

    def _perfect(self, words: list[str], shapes: list[tuple[bool, bool]]) -> bool:
        auxiliaries = self.auxiliaries
        if auxiliaries.isdisjoint(words) or not any(map(_PARTICIPLE, shapes)):
            return False
        possessive, prepositions = self.possessive_auxiliaries, self.prepositions
        # "wordt in zijn geboorteland verdacht": a possessive after a preposition
        return any(
            word in auxiliaries
            and not (word in possessive and i > 0 and words[i - 1] in prepositions)
            for i, word in enumerate(words)
        )

    def _shapes_of(self, words: list[str]) -> list[tuple[bool, bool]]:
        """The shape of each word (see `_shape`), found once per word and kept."""
        shapes = self.shapes
        unseen = set(words).difference(shapes)
        if unseen:
            if len(shapes) > _SHAPES_MAX:
                shapes.clear()
                unseen = set(words)
            shapes.update((word, self._shape(word)) for word in unseen)
        return list(map(shapes.__getitem__, words))

    def _shape(self, word: str) -> tuple[bool, bool]:
        """Whether a word is a participle (of a verb: see `_is_verb_form`), and whether it is
        a past by its own form (a weak past that is no participle, nor an inflected one, nor
        a present participle: see `_is_past_form`)."""
        shaped = self.participle.fullmatch(word) is not None
        separable = self.separable_participle
        participle = (
            shaped or (separable is not None and separable.fullmatch(word) is not None)
        ) and _is_verb_form(word, self.language, self.participle_lemma_endings)
        past = (
            self.weak_past.fullmatch(word) is not None
            and (not shaped or self._plural_of_a_past(word))
            and _is_past_form(word, self.language, self.participle_prefixes, self.lemma_endings)
            and not _is_present_participle(word, self.language, self.present_participle_endings)
        ) or (not shaped and not participle and self._prefixed_past(word))
        return participle, past

    def _prefixed_past(self, word: str) -> bool:
        """Whether a word is a listed past behind a prefix or a particle of its verb:
        "onderbrak" (onderbreken: "onder" + breken, the verb of "brak"), "afging" (af_gaan).
        Not a plural ("uitgaven", "ingrepen" are mostly nouns), nor a past that is also its
        participle ("onderzocht": "ge" + "zocht" is a participle, and an inseparable verb's
        participle takes no "ge")."""
        words = self.past_words
        tails = [
            i
            for i in range(2, len(word) - 2)  # a tail of three letters at least
            if word[i:] in words and not word.endswith(self.prefixed_plural_endings)
        ]
        if not tails:
            return False
        lemma = lemmatize(word, self.language)
        if lemma.replace("_", "") == word:
            return False
        for i in tails:
            tail = word[i:]
            verb = lemmatize(tail, self.language).replace("_", "")
            if verb == tail or lemma.replace("_", "") != word[:i] + verb:
                continue
            if "_" not in lemma and any(
                self.participle.fullmatch(prefix + tail) for prefix in self.participle_prefixes
            ):
                continue
            return True
        return False

    def _plural_of_a_past(self, word: str) -> bool:
        """Whether a word shaped like a participle is the plural of a weak past: "belden"
        (be + ld + en?) is "belde" + "n"; "besloten" is no "beslote" + "n"."""
        for ending in self.plural_endings:
            single = word[: len(word) - len(ending)]
            if (
                word.endswith(ending)
                and self.participle.fullmatch(single) is None
                and self.weak_past.fullmatch(single) is not None
                and lemmatize(single, self.language) == lemmatize(word, self.language)
            ):
                return True
        return False


def _is_verb_form(word: str, language: str, lemma_endings: tuple[str, ...]) -> bool:
    """Whether the lemmatiser makes a word another form of a verb: "gekozen" (kiezen), not
    "verkiezingen" (verkiezing), "bekend" (itself) or "betalen" (the infinitive itself)."""
    lemma = lemmatize(word, language)
    return lemma.replace("_", "") != word and (not lemma_endings or lemma.endswith(lemma_endings))


def _is_present_participle(word: str, language: str, endings: tuple[str, ...]) -> bool:
    """Whether a word is its lemma with a present participle's ending ("naderende")."""
    if not endings:
        return False
    lemma = lemmatize(word, language).replace("_", "")  # "opvallende": op_vallen
    return any(word == lemma + ending for ending in endings)


def _is_past_form(
    word: str, language: str, participle_prefixes: tuple[str, ...], lemma_endings: tuple[str, ...]
) -> bool:
    lemma = lemmatize(word, language)
    # "aftreden" (af_treden) is a separable verb's infinitive, not its past
    if lemma.replace("_", "") == word or (lemma_endings and not lemma.endswith(lemma_endings)):
        return False
    # "gehuurde" (lemma huren) is an inflected participle; "gebeurde" (gebeuren) a past;
    # so is "doodgeschoten" (dood_schieten): the prefix after a separable verb's particle
    particle = lemma.split("_")[0] if "_" in lemma else ""
    return not any(
        word.startswith(particle + p) and not lemma.startswith(p) for p in participle_prefixes
    )


def clause_of(breaks: list[int], length: int, position: int) -> tuple[int, int]:
    """The span of the clause around `position` in a sentence of `length` characters cut at
    its `breaks`: a date takes the tense of its own clause.

    >>> nl = Path(__file__).parent.parent / "lang" / "nl"
    >>> text = "De beelden van zaterdag bewijzen dat het moeilijk zal zijn"
    >>> breaks = load_tense_cues(nl).clause_breaks(text)
    >>> start, end = clause_of(breaks, len(text), text.index("zaterdag"))
    >>> text[start:end]
    'De beelden van zaterdag bewijzen '
    """
    i = bisect.bisect_right(breaks, position)
    return (breaks[i - 1] if i else 0), (breaks[i] if i < len(breaks) else length)


def load_tense_cues(folder: Path) -> TenseCues:
    """Load `tense.yaml` from a language folder."""
    path = folder / "tense.yaml"
    spec = validate(TenseSpec, load_yaml(path), path)
    future = "|".join(
        [re.escape(w).replace(r"\ ", r"\s+") for w in spec.future.words] + spec.future.patterns
    )
    return TenseCues(
        language=spec.language,
        future=led_by_first_chars(compile_regex(rf"(?<!\w)(?:{future})(?!\w)", re.IGNORECASE)),
        past_words=frozenset(w.lower() for w in spec.past.words),
        auxiliaries=frozenset(w.lower() for w in spec.past.auxiliaries),
        participle=compile_regex(spec.past.participle),
        weak_past=compile_regex(rf"\w{{3,}}{spec.past.weak_past_suffix}"),
        spec=spec,
        participle_prefixes=tuple(spec.past.participle_prefixes),
        clause_break=phrase_regex(spec.clause_openers),
        lemma_endings=tuple(spec.past.lemma_endings),
        separable_participle=(
            compile_regex(spec.past.separable_participle)
            if spec.past.separable_participle
            else None
        ),
        present_participle_endings=tuple(spec.past.present_participle_endings),
        plural_endings=tuple(spec.past.plural_endings),
        participle_lemma_endings=tuple(
            spec.past.lemma_endings
            if spec.past.participle_lemma_endings is None
            else spec.past.participle_lemma_endings
        ),
        adjective_determiners=frozenset(w.lower() for w in spec.past.adjective_determiners),
        condition_openers=frozenset(w.lower() for w in spec.past.condition_openers),
        past_auxiliaries=frozenset(w.lower() for w in spec.past.past_auxiliaries),
        prefixed_plural_endings=tuple(spec.past.prefixed_plural_endings),
        possessive_auxiliaries=frozenset(w.lower() for w in spec.past.possessive_auxiliaries),
        prepositions=frozenset(w.lower() for w in spec.past.prepositions),
        infinitive_clause=_infinitive_clause(spec),
        clause_mark=(
            compile_regex("|".join(map(re.escape, spec.clause_marks)))
            if spec.clause_marks
            else None
        ),
    )


def _infinitive_clause(spec: TenseSpec) -> re.Pattern[str] | None:
    """An infinitive clause from its opener to its marker, over words that open no other
    clause and mark none, with no punctuation between ("om komende zaterdag te"), or None
    for a language without one."""
    infinitive = spec.infinitive
    if not infinitive.openers or not infinitive.markers:
        return None
    openers = "|".join(map(re.escape, infinitive.openers))
    markers = "|".join(map(re.escape, infinitive.markers))
    stops = "|".join(
        map(re.escape, [*spec.clause_openers, *infinitive.openers, *infinitive.markers])
    )
    return compile_regex(
        rf"(?<!\w)(?:{openers})(?:\s+(?!(?:{stops})(?!\w))[\w'-]+)*?\s+(?:{markers})(?!\w)",
        re.IGNORECASE,
    )
