"""Build an `EventLexicon` from a language folder's `events.yaml`, its gazetteer and tense
cues, and a user's lexicon file: validated on load, the types compiled into lemma lists and
the cue lists into regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from timeline.errors import LexiconError
from timeline.events.actors import load_gazetteer
from timeline.events.anchor import AnchorCues
from timeline.events.attributes import compile_date_attributes
from timeline.events.attributions import compile_attributions
from timeline.events.idioms import idioms_regex
from timeline.events.lexicon import EventLexicon, EventType
from timeline.events.offsets import compile_offsets
from timeline.events.spec import (
    EventLexiconSpec,
    EventTypeSpec,
    InflectionSpec,
    UserLexiconSpec,
)
from timeline.events.titles import Headline, TitleShape
from timeline.events.word_forms import verb_stems
from timeline.lexicon_files import load_yaml, validate
from timeline.regex_store import compile_regex
from timeline.regexes import between_words, phrase_regex
from timeline.temporal.guarded import GuardedRegex
from timeline.temporal.tense import load_tense_cues


def compile_type(spec: EventTypeSpec, rank: int, inflection: InflectionSpec) -> EventType:
    """Compile a type's lemma lists: joined verbs, their stems and separable particles."""
    verbs: set[str] = set()
    stems: dict[str, str] = {}
    separable: dict[str, set[str]] = {}
    for verb in spec.verbs:
        joined = verb.replace("_", "").lower()
        verbs.add(joined)
        for stem in verb_stems(joined, inflection):
            stems[stem] = joined
        if "_" in verb:
            particle, _, base = verb.lower().partition("_")
            separable.setdefault(base, set()).add(particle)
            for stem in verb_stems(base, inflection):
                # its present and past stems, for forms the lemmatiser gets wrong ("wijst ...
                # aan" is lemmatised as the adjective "wijs")
                separable.setdefault(stem, set()).add(particle)
                # the participle and past of a separable verb: "neer-ge-stort", "neer-stort-te"
                stems[f"{particle}ge{stem}"] = joined
    return EventType(
        name=spec.name,
        rank=rank,
        verbs=frozenset(verbs),
        stems=stems,
        separable={k: frozenset(v) for k, v in separable.items()},
        nouns=frozenset(n.replace("_", "").lower() for n in spec.nouns),
        patterns=tuple(compile_regex(p) for p in spec.patterns),
        spec=spec,
    )


def _frame_regex(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """A preposition phrase and up to three words of the noun phrase, at the end of a text."""
    if not phrases:
        return None
    alternatives = sorted(
        (re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True
    )
    return compile_regex(
        rf"(?<!\w)(?:{'|'.join(alternatives)})\s+(?:[^\s.,;:!?()]+\s+){{0,3}}\Z", re.IGNORECASE
    )


def _pronoun_regex(pronouns: Sequence[str]) -> re.Pattern[str] | None:
    """Any of `pronouns` as a word in lower case, or with a capital where it opens the text
    after quotes and blanks ("Je hoeft ..."): a capital inside a text is a title's word."""
    if not pronouns:
        return None
    lower = "|".join(re.escape(p.lower()) for p in pronouns)
    upper = "|".join(re.escape(p[:1].upper() + p[1:].lower()) for p in pronouns)
    # not the diminutive after an apostrophe: "een sms'je"
    return compile_regex(rf"(?<![\w'’])(?:{lower})(?!\w)|\A\W*(?:{upper})(?!\w)")


def load_event_lexicon(folder: Path, extra: Path | None = None) -> EventLexicon:
    """Load `events.yaml` and `actors.yaml` from a language folder, plus a user lexicon.

    Raises:
        LexiconError: naming the file, the YAML path and the fix.
    """
    path = folder / "events.yaml"
    spec = validate(EventLexiconSpec, load_yaml(path), path)
    types = list(spec.types)
    _check_unique(types, path)
    if extra is not None:
        user = validate(UserLexiconSpec, load_yaml(extra), extra)
        if user.language is not None and user.language != spec.language:
            raise LexiconError(
                f"{extra}: language: {user.language!r} does not match {spec.language!r}; "
                f"write language: {spec.language}"
            )
        by_name = {t.name: i for i, t in enumerate(types)}
        for user_type in user.types:
            if user_type.name in by_name:
                types[by_name[user_type.name]] = user_type
            else:
                types.insert(0, user_type)
                by_name = {t.name: i for i, t in enumerate(types)}
        _check_unique(user.types, extra)
    related: dict[str, str] = {}
    for group in spec.related_types:
        for name in group:
            related[name] = group[0]
    attributions = spec.attributions
    clauses = spec.clauses
    openers = "|".join(re.escape(w) for w in clauses.openers) or "(?!)"
    bare = "|".join(re.escape(w) for w in clauses.openers_bare) or "(?!)"
    coordinators = "|".join(re.escape(w) for w in clauses.coordinators) or "(?!)"
    # one fixed-width lookbehind a word (`re` takes no alternatives of different lengths
    # there), tried only where a bare opener follows a space, not at every position
    determined = "".join(rf"(?<!\b(?i:{re.escape(w)})\s)" for w in clauses.bare_not_after)
    relatives = "|".join(re.escape(w) for w in clauses.openers_after_preposition)
    demonstratives = "|".join(re.escape(w) for w in clauses.demonstratives)
    return EventLexicon(
        language=spec.language,
        types=tuple(compile_type(t, rank, spec.inflection) for rank, t in enumerate(types)),
        spec=spec.model_copy(update={"types": types}),
        tense=load_tense_cues(folder),
        actors=load_gazetteer(
            folder / "actors.yaml",
            spec.not_names,
            spec.stopwords,
            # a title before a name is no part of it: "Kamerlid Sjoerd Sjoerdsma"
            [*spec.official_speakers, *spec.expert_speakers, *spec.press_speakers],
            [*spec.official_heads, *spec.expert_speakers],
        ),
        support=frozenset(v.replace("_", "").lower() for v in spec.support_verbs),
        hedges=_guarded(phrase_regex(spec.hedges)),
        generic=_guarded(_pronoun_regex(spec.generic_pronouns)),
        not_hedges=phrase_regex(spec.not_hedges),
        dated_hedges=phrase_regex(spec.dated_hedges),
        always=phrase_regex(spec.always),
        not_always=phrase_regex(spec.not_always),
        state_verbs=frozenset(spec.state_verbs),
        state_companions=frozenset(spec.state_companions),
        statistics=phrase_regex(spec.statistic_phrases),
        statistic_verbs=frozenset(spec.statistic_verbs),
        possibilities=tuple(
            compile_regex(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for p in spec.possibilities
        ),
        infinitive_endings=tuple(spec.infinitive_endings),
        related=related,
        attributions=compile_attributions(
            attributions.saying,
            attributions.particles,
            attributions.according_to,
            attributions.determiners,
            attributions.pronouns,
            attributions.linkers,
            spec.language,
            attributions.list_joiners,
            clauses.relative,
            clauses.complementisers,
            attributions.particle_saying,
        ),
        cues=AnchorCues(
            began_before=_lowered(spec.began_before),
            recent_spans=_lowered(spec.recent_spans),
            range_openers=_lowered(spec.range_openers),
            range_links=_lowered(spec.range_links),
            within_signals=_lowered(spec.within_signals),
            anaphoric=_lowered(spec.anaphoric),
        ),
        clause_cut=compile_regex(
            rf"(?:;|:\s+(?=[a-zß-ÿ])|\s[–—]\s|,\s*(?=(?:{openers})\b)"
            rf"|\s(?=(?:{bare})\b){determined})(?P<at>)"
        ),
        coordinator=compile_regex(rf"\s(?P<at>)(?:{coordinators})\s"),
        relative=_lowered(clauses.relative),
        embedded=_lowered(clauses.embedded),
        describing=_lowered(clauses.describing),
        earlier=_lowered(clauses.earlier),
        later=_lowered(clauses.later),
        fronted=_lowered([*clauses.fronted, *clauses.earlier, *clauses.later, *clauses.questions]),
        questions=_lowered(clauses.questions),
        specific=_lowered(clauses.specific),
        habits=_lowered(spec.habits),
        denying_determiners=_lowered(spec.denying_determiners),
        denying_subjects=_lowered(spec.denying_subjects),
        # " wie": a literal lead the engine finds fast; the word before it is checked after
        preposed_relative=GuardedRegex(compile_regex(rf"\s(?:{relatives})\b"))
        if relatives
        else None,
        prepositions=_lowered(clauses.bare_not_after),
        # the demonstrative, then the words up to the next break
        demonstrative_tail=compile_regex(rf"\s+(?i:{demonstratives})\s([^,;:.!?\n]*)")
        if demonstratives
        else None,
        openers=_lowered(clauses.openers),
        wishing_verbs=_lowered(clauses.wishing_verbs),
        complementisers=_lowered(clauses.complementisers),
        conditionals=_lowered(clauses.conditionals),
        condition_subjects=_lowered(clauses.condition_subjects),
        condition_consequents=_lowered(clauses.condition_consequents),
        free_relatives=_lowered(clauses.free_relatives),
        inner_conditionals=_lowered(clauses.inner_conditionals),
        comparing=_lowered(clauses.comparing),
        likened=_lowered(clauses.likened),
        asking=_lowered(clauses.asking),
        title_strip=_lowered(spec.title_strip),
        title_date_signals=_lowered(spec.title_date_signals),
        title_unfinished=_lowered(spec.title_unfinished),
        title_headline=Headline(
            _lowered(spec.title_headline_relatives),
            _lowered(spec.title_headline_auxiliaries),
            _lowered(spec.title_unfinished),
        ),
        title_date_bound=_lowered(spec.title_date_bound),
        title_date_joiners=_lowered([*spec.range_links, *spec.title_date_alternatives]),
        title_shape=TitleShape(
            _lowered(
                [
                    *clauses.bare_not_after,
                    *attributions.determiners,
                    *clauses.openers,
                    *spec.title_date_signals,
                ]
            ),
            _lowered(spec.title_subjects),
            _lowered(attributions.linkers),
            _lowered(attributions.list_joiners),
            _lowered(spec.title_inverting),
            _lowered(attributions.determiners),
            _lowered(spec.stopwords),
            adjective_endings=tuple(spec.title_adjective_endings),
            noun_endings=tuple(spec.title_noun_endings),
            demonstratives=_lowered(spec.title_demonstratives),
            conjunctions=_lowered(spec.title_hanging),
            auxiliaries=_lowered(spec.inflection.verb_cluster_words),
        ),
        stopwords=_lowered(spec.stopwords),
        determiners=_lowered(attributions.determiners),
        final_particles=_lowered(spec.inflection.clause_final_particles),
        extraposing_particles=_lowered(spec.inflection.extraposing_particles),
        particle_conjunctions=_lowered(spec.inflection.particle_conjunctions),
        reporting=frozenset(spec.reporting_types),
        occasions=frozenset(spec.occasion_types),
        indefinite_articles=_lowered(spec.indefinite_articles),
        occasion_prepositions=_lowered(spec.occasion_prepositions),
        quotation_type=spec.quotation_type,
        idioms=idioms_regex(spec.idioms) if spec.idioms else None,
        outcomes={k: frozenset(v) for k, v in spec.outcomes.items()},
        event_relative=_guarded(phrase_regex(spec.event_relative)),
        reference_frame=_frame_regex([*spec.reference_frames, *spec.ahead_frames]),
        ahead_frame=_frame_regex(spec.ahead_frames),
        actor_verbs=frozenset(v.replace("_", "").lower() for v in spec.actor_verbs),
        official_speakers=_lowered(spec.official_speakers),
        official_heads=_lowered_tuple(spec.official_heads),
        same_titles={k.lower(): v.lower() for k, v in spec.same_titles.items()},
        agencies=tuple(
            sorted(
                {w.lower() for w in spec.official_speakers}
                & {n.lower() for t in types for n in t.nouns}
            )
        ),
        agency_complements=_lowered(spec.agency_complements),
        organisation_kinds=_lowered_tuple(spec.organisation_kinds),
        expert_speakers=_lowered(spec.expert_speakers),
        former_prefixes=_lowered_tuple(spec.former_prefixes),
        former_words=_lowered(spec.former_words),
        place_prepositions=_lowered(spec.place_prepositions),
        press_speakers=_lowered(spec.press_speakers),
        audience_markers=_lowered(spec.audience_markers),
        speaker_pronouns=_lowered(spec.speaker_pronouns),
        own_voice=_lowered(spec.own_voice),
        organisation_determiners=_lowered(spec.organisation_determiners),
        organisation_articles=_lowered(spec.organisation_articles),
        demonym_endings=_lowered_tuple(spec.demonym_endings),
        particles=_lowered(spec.inflection.particles),
        verb_cluster_words=_lowered(spec.inflection.verb_cluster_words),
        infinitive_markers=_lowered(spec.inflection.infinitive_markers),
        marked_particles=_lowered(spec.inflection.marked_particles),
        undone_markers=_lowered(spec.inflection.undone_markers),
        offsets=compile_offsets(spec.event_offsets.after, spec.event_offsets.before),
        own_date=between_words(spec.own_date_links),
        date_attributes=compile_date_attributes(spec.date_attributes, spec.language),
        source=str(path) + (f" + {extra}" if extra else ""),
    )


def _lowered(words: Iterable[str]) -> frozenset[str]:
    """A cue list's words in lower case, for look-ups."""
    return frozenset(w.lower() for w in words)


def _lowered_tuple(words: Iterable[str]) -> tuple[str, ...]:
    """A cue list's words in lower case, in their order (for `str.endswith`)."""
    return tuple(w.lower() for w in words)


def _guarded(regex: re.Pattern[str] | None) -> GuardedRegex | None:
    return None if regex is None else GuardedRegex(regex)


def _check_unique(types: Sequence[EventTypeSpec], path: Path) -> None:
    seen: set[str] = set()
    for i, event_type in enumerate(types):
        if event_type.name in seen:
            raise LexiconError(
                f"{path}: types[{i}].name: {event_type.name!r} is defined twice; rename or merge it"
            )
        seen.add(event_type.name)
